// The only place that imports `astro:content`. It checks the content once per
// build, then hands plain, ordered data to pages and to `src/lib/`.
import { getCollection, getEntries, type CollectionEntry } from 'astro:content';
import { AstroError } from 'astro/errors';
import { citationsIn, quotesBySource } from '../lib/content/citations';
import { checkIntegrity, checkWarnings, formatProblems, type SnapshotEntry } from '../lib/content/integrity';
import { featuredErrors } from '../lib/content/featured';
import { compareCodes, usedBy } from '../lib/content/order';
import { buildMessageTable, buildVocabulary, type MessageTable } from '../lib/search/message-table';

export type ErrorEntry = CollectionEntry<'errors'>;
export type GuideEntry = CollectionEntry<'guides'>;
export type SourceEntry = CollectionEntry<'sources'>;
export type TriageEntry = CollectionEntry<'triage'>;
export type IncidentEntry = CollectionEntry<'incidents'>;

// Entries from the `file()` loader carry no per-entry path.
const DATA_FILE: Record<string, string> = { triage: 'content/triage/tree.yaml', incidents: 'content/incidents.yaml' };

function toSnapshot(entry: ErrorEntry | GuideEntry | SourceEntry | TriageEntry | IncidentEntry): SnapshotEntry {
  return {
    collection: entry.collection,
    id: entry.id,
    file: ('filePath' in entry && entry.filePath) || DATA_FILE[entry.collection] || `${entry.collection}/${entry.id}`,
    data: entry.data as Record<string, unknown>,
    ...('body' in entry && typeof entry.body === 'string' ? { body: entry.body } : {}),
  };
}

let verified: Promise<void> | undefined;

/**
 * Astro 7 only logs a broken `reference()`; this makes the build fail instead,
 * naming the file, the field and the missing entry. Every data getter awaits it,
 * so whichever page renders first stops the build before any page crashes.
 */
export function assertContentIntegrity(): Promise<void> {
  verified ??= (async () => {
    const [errors, guides, sources, triage, incidents] = await Promise.all([
      getCollection('errors'),
      getCollection('guides'),
      getCollection('sources'),
      getCollection('triage'),
      getCollection('incidents'),
    ]);
    const snapshot = [...errors, ...guides, ...sources, ...triage, ...incidents].map(toSnapshot);
    const problems = checkIntegrity(snapshot);
    if (problems.length > 0) {
      throw new AstroError(formatProblems(problems));
    }
    const warnings = checkWarnings(snapshot);
    if (warnings.length > 0) {
      console.warn(`Fixpath content warnings (${warnings.length}):\n${warnings.map((w) => `  ${w.file} → ${w.field}: ${w.message}`).join('\n')}`);
    }
  })();
  return verified;
}

export async function getErrors(): Promise<ErrorEntry[]> {
  await assertContentIntegrity();
  const errors = await getCollection('errors');
  return errors.sort((a, b) => compareCodes(a.data.code, b.data.code));
}

export async function getGuides(): Promise<GuideEntry[]> {
  await assertContentIntegrity();
  const guides = await getCollection('guides');
  return guides.sort((a, b) => a.data.title.localeCompare(b.data.title, 'en'));
}

export async function getSources(): Promise<SourceEntry[]> {
  await assertContentIntegrity();
  return getCollection('sources');
}

/** Documented outages, newest first. */
export async function getIncidents(): Promise<IncidentEntry[]> {
  await assertContentIntegrity();
  const incidents = await getCollection('incidents');
  return incidents.sort((a, b) => b.data.date.getTime() - a.data.date.getTime());
}

/** Everything an error page shows besides its own body, resolved and in order. */
export async function getErrorView(error: ErrorEntry) {
  await assertContentIntegrity();
  const [fixes, related, sources, allIncidents] = await Promise.all([
    getEntries(error.data.fixes),
    getEntries(error.data.related),
    getEntries(error.data.sources),
    getIncidents(),
  ]);
  const incidents = allIncidents.filter((incident) => incident.data.errors.some((ref) => ref.id === error.id));
  return { fixes, related, sources, incidents, quotes: quotesUsed(error.body) };
}

/** A guide's sources and the errors that list it as a fix. */
export async function getGuideView(guide: GuideEntry) {
  const [errors, sources] = await Promise.all([getErrors(), getEntries(guide.data.sources)]);
  const usedByErrors = usedBy(guide.id, errors.map((e) => ({ id: e.id, fixes: e.data.fixes, entry: e }))).map((e) => e.entry);
  return { usedByErrors, sources, quotes: quotesUsed(guide.body) };
}

/** Every error with its first fix, for the errors table: one guide lookup per error, nothing else resolved. */
export async function getErrorRows(): Promise<Array<{ error: ErrorEntry; first: GuideEntry | undefined }>> {
  const [errors, guides] = await Promise.all([getErrors(), getGuides()]);
  const byId = new Map(guides.map((guide) => [guide.id, guide]));
  return errors.map((error) => ({ error, first: error.data.fixes[0] ? byId.get(error.data.fixes[0].id) : undefined }));
}

/** The featured errors (FEATURED_CODES) that exist, in that order: the home page's cards. */
export async function getFeaturedErrors(): Promise<ErrorEntry[]> {
  const errors = await getErrors();
  return featuredErrors(errors.map((e) => ({ code: e.data.code, entry: e }))).map((e) => e.entry);
}

/** The quote keys an article's citations name, per source: what its source list shows. */
function quotesUsed(body: string | undefined): Map<string, string[]> {
  return quotesBySource(citationsIn(body ?? ''));
}

/** Every error's code, title, messages and searchTerms, and every guide's title and searchTerms: the table search answers most pastes from. */
export async function getMessageTable(): Promise<MessageTable> {
  const [errors, guides] = await Promise.all([getErrors(), getGuides()]);
  return buildMessageTable(errors.map((e) => e.data), guides.map((g) => ({ slug: g.id, ...g.data })));
}

/** The words typo correction corrects towards (/search/vocabulary.json). */
export async function getVocabulary(): Promise<string[]> {
  return buildVocabulary((await getMessageTable()).entries);
}

/** Renders an entry's MDX body. Re-exported so pages need not import `astro:content`. */
export { render as renderEntry } from 'astro:content';
