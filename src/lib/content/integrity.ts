/**
 * Content rules that zod cannot state, because they span several entries:
 * references resolve, codes and on-screen messages are unique, every guide is
 * used somewhere, no page claims a review date in the future, every citation
 * names a quoted passage its source really has, and the triage tree is a sound graph (see src/lib/triage/graph.ts).
 *
 * Pure: it sees plain objects, never `astro:content`. `src/data/content.ts`
 * feeds it the real collections at build time; tests feed it fixtures.
 */

import { tokens } from '../search/normalise';
import { checkTree } from '../triage/graph';
import { citationsIn } from './citations';
import { STALE_AFTER_MONTHS, staleReviews } from './stale';
import { treeFromEntries, type TriageEntryData } from '../triage/from-entries';

/** A link to another entry, the shape Astro's `reference()` produces. */
export interface EntryRef {
  collection: string;
  id: string;
}

/** One content entry as the check sees it. `file` is relative to the project root. */
export interface SnapshotEntry {
  collection: string;
  id: string;
  file: string;
  data: Record<string, unknown>;
  /** Raw MDX body, for entries that have one. */
  body?: string;
}

/** One broken rule, addressed by file and dotted field path. */
export interface Problem {
  file: string;
  field: string;
  message: string;
}

export function isEntryRef(value: unknown): value is EntryRef {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const keys = Object.keys(value);
  const record = value as Record<string, unknown>;
  return keys.length === 2 && typeof record.collection === 'string' && typeof record.id === 'string';
}

/** Every reference inside `data`, with the dotted path that holds it, e.g. `fixes[1]`. */
export function findRefs(data: unknown, path = ''): Array<{ path: string; ref: EntryRef }> {
  if (isEntryRef(data)) return [{ path, ref: data }];
  if (Array.isArray(data)) return data.flatMap((item, i) => findRefs(item, `${path}[${i}]`));
  if (typeof data === 'object' && data !== null && !(data instanceof Date)) {
    return Object.entries(data).flatMap(([key, value]) => findRefs(value, path ? `${path}.${key}` : key));
  }
  return [];
}

const FIELD_FOR_COLLECTION: Record<string, string> = {
  guides: 'guide',
  errors: 'error',
  sources: 'source',
  triage: 'triage node',
  incidents: 'incident',
};

/** Entries that share one data file (incidents.yaml, tree.yaml) get their id in front of the field. */
export function fieldIn(entry: SnapshotEntry, path: string, sharedFiles: ReadonlySet<string>): string {
  return sharedFiles.has(entry.file) ? `${entry.id}.${path}` : path;
}

function sharedFiles(entries: SnapshotEntry[]): Set<string> {
  const count = new Map<string, number>();
  for (const e of entries) count.set(e.file, (count.get(e.file) ?? 0) + 1);
  return new Set([...count].filter(([, n]) => n > 1).map(([file]) => file));
}

function brokenReferences(entries: SnapshotEntry[]): Problem[] {
  const known = new Set(entries.map((e) => `${e.collection}/${e.id}`));
  const shared = sharedFiles(entries);
  const problems: Problem[] = [];
  for (const entry of entries) {
    for (const { path, ref } of findRefs(entry.data)) {
      if (known.has(`${ref.collection}/${ref.id}`)) continue;
      const noun = FIELD_FOR_COLLECTION[ref.collection] ?? ref.collection;
      problems.push({
        file: entry.file,
        field: fieldIn(entry, path, shared),
        message: `${noun} "${ref.id}" does not exist in the ${ref.collection} collection. Fix the spelling or add that entry.`,
      });
    }
  }
  return problems;
}

function duplicateCodes(errors: SnapshotEntry[]): Problem[] {
  const firstFileByCode = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of errors) {
    const code = String(entry.data.code);
    const first = firstFileByCode.get(code);
    if (first === undefined) firstFileByCode.set(code, entry.file);
    else problems.push({ file: entry.file, field: 'code', message: `code "${code}" is already used by ${first}. Each error needs its own code, because it is the page's URL.` });
  }
  return problems;
}

function duplicateMessages(errors: SnapshotEntry[]): Problem[] {
  const owner = new Map<string, string>();
  const problems: Problem[] = [];
  for (const entry of errors) {
    const messages = Array.isArray(entry.data.messages) ? entry.data.messages : [];
    messages.forEach((message, i) => {
      // Equal exactly when search's own tokens are: what search cannot tell apart.
      const key = tokens(String(message)).join(' ');
      const first = owner.get(key);
      if (first === undefined) owner.set(key, entry.file);
      else if (first !== entry.file) {
        problems.push({ file: entry.file, field: `messages[${i}]`, message: `message "${String(message)}" is also listed by ${first}. Search could not tell the two pages apart; keep it on one.` });
      }
    });
  }
  return problems;
}

function orphanGuides(entries: SnapshotEntry[]): Problem[] {
  const used = new Set<string>();
  for (const entry of entries) {
    if (entry.collection !== 'errors' && entry.collection !== 'triage') continue;
    for (const { path, ref } of findRefs(entry.data)) {
      // An error's `sources` or `related` do not use a guide; only fixes and triage plans do.
      if (ref.collection === 'guides' && (entry.collection === 'triage' || path.startsWith('fixes'))) used.add(ref.id);
    }
  }
  return entries
    .filter((e) => e.collection === 'guides' && !used.has(e.id))
    .map((e) => ({ file: e.file, field: '(entry)', message: `guide "${e.id}" is not used: no error lists it in \`fixes\` and no triage outcome names it. Link it from one, or delete it.` }));
}

function unusedSources(entries: SnapshotEntry[]): Problem[] {
  const cited = new Set(entries.flatMap((e) => findRefs(e.data)).filter(({ ref }) => ref.collection === 'sources').map(({ ref }) => ref.id));
  return entries
    .filter((e) => e.collection === 'sources' && !cited.has(e.id))
    .map((e) => ({ file: e.file, field: '(entry)', message: `source "${e.id}" is not cited by any entry. Cite it where it backs a claim, or delete it.` }));
}

function futureReviews(entries: SnapshotEntry[], today: Date): Problem[] {
  const endOfToday = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate(), 23, 59, 59);
  return entries
    .filter((e) => e.data.reviewed instanceof Date && e.data.reviewed.getTime() > endOfToday)
    .map((e) => ({ file: e.file, field: 'reviewed', message: `date ${(e.data.reviewed as Date).toISOString().slice(0, 10)} is in the future. Use the day you checked the page.` }));
}

function quotesOf(sources: Map<string, SnapshotEntry>, id: string): Record<string, unknown> {
  const quotes = sources.get(id)?.data.quotes;
  return typeof quotes === 'object' && quotes !== null ? (quotes as Record<string, unknown>) : {};
}

function bodyRules(entries: SnapshotEntry[]): Problem[] {
  const problems: Problem[] = [];
  const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e]));
  for (const entry of entries) {
    if (entry.body === undefined) continue;
    const listed = findRefs(entry.data.sources).map(({ ref }) => ref.id);
    const citations = citationsIn(entry.body);
    const cited = new Set(citations.map((c) => c.id));
    for (const id of cited) {
      if (!listed.includes(id)) problems.push({ file: entry.file, field: 'sources', message: `the text cites <Cite id="${id}" />, but "${id}" is not in this entry's \`sources\` list. Add it there.` });
    }
    listed.forEach((id, i) => {
      // A listed id that is not a source at all is already reported as a broken reference.
      if (!cited.has(id) && sources.has(id)) problems.push({ file: entry.file, field: `sources[${i}]`, message: `source "${id}" is listed but the text never cites it with <Cite id="${id}" q="…" />. Cite it where it backs a claim, or remove it from the list.` });
    });
    for (const { id, quotes } of citations) {
      if (!sources.has(id)) continue;
      if (quotes.length === 0) {
        problems.push({ file: entry.file, field: '(body)', message: `<Cite id="${id}" /> names no quote. Add q="key" with the key of the passage in content/sources/${id}.yaml that backs this sentence; if there is none, rewrite or drop the sentence.` });
        continue;
      }
      const known = quotesOf(sources, id);
      for (const key of quotes) {
        if (!(key in known)) problems.push({ file: entry.file, field: '(body)', message: `<Cite id="${id}" q="${key}" /> names a quote that content/sources/${id}.yaml does not have. Add it under \`quotes\` word for word, or fix the key.` });
      }
    }
    if (entry.collection === 'errors') {
      const placed = entry.body.match(/<Fixes\s*\/>/g)?.length ?? 0;
      if (placed !== 1) problems.push({ file: entry.file, field: '(body)', message: `the text must place the ordered fix list exactly once with <Fixes />; found ${placed}.` });
      const messages = Array.isArray(entry.data.messages) ? entry.data.messages : [];
      if (messages.length === 0 && !/^## What happens\b/m.test(entry.body)) {
        problems.push({ file: entry.file, field: 'messages', message: 'the page lists no on-screen wording. If the service shows none, describe the symptom under a "## What happens" heading in the text (and in `searchTerms`); otherwise list the wording exactly as it appears on screen.' });
      }
    }
  }
  return problems;
}

/** Every quote must back some sentence: a quote nothing cites is evidence for nothing. */
function unusedQuotes(entries: SnapshotEntry[]): Problem[] {
  const used = new Set<string>();
  for (const entry of entries) {
    if (entry.body !== undefined) for (const c of citationsIn(entry.body)) for (const key of c.quotes) used.add(`${c.id}#${key}`);
    if (entry.collection === 'incidents') {
      const source = findRefs(entry.data.source)[0]?.ref.id;
      const keys = Array.isArray(entry.data.quotes) ? entry.data.quotes : [];
      for (const key of keys) used.add(`${source}#${String(key)}`);
    }
  }
  return entries
    .filter((e) => e.collection === 'sources')
    .flatMap((e) => Object.keys(quotesOf(new Map([[e.id, e]]), e.id))
      .filter((key) => !used.has(`${e.id}#${key}`))
      .map((key) => ({ file: e.file, field: `quotes.${key}`, message: `quote "${key}" is not cited by any page. Cite it with <Cite id="${e.id}" q="${key}" /> where it backs a claim, or delete it.` })));
}

/** An incident's `quotes` must name passages its source has. */
function incidentQuotes(entries: SnapshotEntry[]): Problem[] {
  const sources = new Map(entries.filter((e) => e.collection === 'sources').map((e) => [e.id, e]));
  const shared = sharedFiles(entries);
  const problems: Problem[] = [];
  for (const entry of entries.filter((e) => e.collection === 'incidents')) {
    const source = findRefs(entry.data.source)[0]?.ref.id;
    if (source === undefined || !sources.has(source)) continue;
    const keys = Array.isArray(entry.data.quotes) ? entry.data.quotes.map(String) : [];
    if (keys.length === 0) problems.push({ file: entry.file, field: fieldIn(entry, 'quotes', shared), message: `name the passage(s) of content/sources/${source}.yaml that show this incident.` });
    const known = quotesOf(sources, source);
    keys.forEach((key, i) => {
      if (!(key in known)) problems.push({ file: entry.file, field: fieldIn(entry, `quotes[${i}]`, shared), message: `quote "${key}" is not in content/sources/${source}.yaml. Add it there word for word, or fix the key.` });
    });
  }
  return problems;
}

/** Things the build reports but lets through: pages not reviewed for six months. */
export function checkWarnings(entries: SnapshotEntry[], today: Date = new Date()): Problem[] {
  const reviewed = entries.flatMap((e) => (e.data.reviewed instanceof Date ? [{ file: e.file, reviewed: e.data.reviewed }] : []));
  return staleReviews(reviewed, today).map((e) => ({
    file: e.file,
    field: 'reviewed',
    message: `last reviewed ${e.reviewed.toISOString().slice(0, 10)}, more than ${STALE_AFTER_MONTHS} months ago. Check the page against its sources and update the date.`,
  }));
}

/** The triage tree's graph rules; only run when the content has a tree. */
function triageProblems(entries: SnapshotEntry[]): Problem[] {
  const nodes = entries.filter((e) => e.collection === 'triage');
  if (nodes.length === 0) return [];
  const tree = treeFromEntries(nodes.map((e) => ({ id: e.id, data: e.data as unknown as TriageEntryData })));
  const ids = (collection: string) => new Set(entries.filter((e) => e.collection === collection).map((e) => e.id));
  const fileOf = new Map(nodes.map((e) => [e.id, e.file]));
  const treeFile = nodes[0]?.file ?? 'content/triage/tree.yaml';
  return checkTree(tree, { errors: ids('errors'), guides: ids('guides') })
    // Missing guides and errors are already reported as broken references.
    .filter((p) => p.field.startsWith('answers') || p.field === '(entry)')
    .filter((p) => !/^answers\[\d+\]\.next$/.test(p.field))
    .map((p) => ({ file: fileOf.get(p.node) ?? treeFile, field: `${p.node}${p.field === '(entry)' ? '' : `.${p.field}`}`, message: `node "${p.node}" ${p.message}` }));
}

/** All cross-entry problems, in a stable order. An empty list means the content is sound. */
export function checkIntegrity(entries: SnapshotEntry[], today: Date = new Date()): Problem[] {
  const errors = entries.filter((e) => e.collection === 'errors');
  return [
    ...brokenReferences(entries),
    ...duplicateCodes(errors),
    ...duplicateMessages(errors),
    ...orphanGuides(entries),
    ...unusedSources(entries),
    ...futureReviews(entries, today),
    ...bodyRules(entries),
    ...unusedQuotes(entries),
    ...incidentQuotes(entries),
    ...triageProblems(entries),
  ];
}

/** The text a content author reads when the build stops. */
export function formatProblems(problems: Problem[]): string {
  const lines = problems.map((p) => `  ${p.file} → ${p.field}: ${p.message}`);
  // The advice sits in the message, not only in Astro's hint: Astro replaces the
  // hint with advice about browser APIs whenever the text contains "window".
  return [
    `Fixpath content check failed (${problems.length} problem${problems.length === 1 ? '' : 's'}):`,
    ...lines,
    'Each line names the file, then the field to change. See README.md, "Adding an error or a guide".',
  ].join('\n');
}
