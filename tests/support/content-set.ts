// Loads a content folder the way the build does (frontmatter and YAML through
// the real schemas), then runs the real integrity check. Used by the content
// tests on `content/` and on the broken fixture sets.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse as parseYaml } from 'yaml';
import type { z } from 'astro/zod';
import { errorSchema } from '../../src/schemas/error';
import { guideSchema } from '../../src/schemas/guide';
import { incidentSchema } from '../../src/schemas/incident';
import { sourceSchema } from '../../src/schemas/source';
import { triageNodeSchema } from '../../src/schemas/triage';
import { checkIntegrity, type Problem, type SnapshotEntry } from '../../src/lib/content/integrity';
import { schemaProblems } from '../../src/lib/content/schema-issues';
import { splitFrontmatter } from '../../scripts/lib/frontmatter';

export const PROJECT_ROOT = new URL('../../', import.meta.url).pathname;

interface RawEntry { collection: string; id: string; file: string; data: unknown; body?: string }

/** Files of a collection folder, with later layers replacing earlier ones by name. */
function collectFiles(layers: string[], folder: string, ext: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const layer of layers) {
    const dir = join(layer, folder);
    if (!existsSync(dir) || !statSync(dir).isDirectory()) continue;
    for (const name of readdirSync(dir)) if (name.endsWith(ext)) files.set(name, join(dir, name));
  }
  return files;
}

function lastExisting(layers: string[], path: string): string | undefined {
  return [...layers].reverse().map((l) => join(l, path)).find((p) => existsSync(p));
}

/**
 * Reads `layers` in order (later folders override earlier files of the same
 * name), validates every entry with its schema and returns all problems.
 */
export function loadContentSet(layers: string[], today = new Date()): { problems: Problem[]; entries: SnapshotEntry[] } {
  const raw: RawEntry[] = [];
  for (const [collection, folder] of [['errors', 'errors'], ['guides', 'guides']] as const) {
    for (const [name, path] of collectFiles(layers, folder, '.mdx')) {
      const { data, body } = splitFrontmatter(readFileSync(path, 'utf8'));
      raw.push({ collection, id: name.replace(/\.mdx$/, ''), file: relative(PROJECT_ROOT, path), data, body });
    }
  }
  for (const [name, path] of collectFiles(layers, 'sources', '.yaml')) {
    raw.push({ collection: 'sources', id: name.replace(/\.yaml$/, ''), file: relative(PROJECT_ROOT, path), data: parseYaml(readFileSync(path, 'utf8')) ?? {} });
  }
  for (const [collection, name] of [['incidents', 'incidents.yaml']] as const) {
    const dataFile = lastExisting(layers, name);
    if (!dataFile) continue;
    const list = parseYaml(readFileSync(dataFile, 'utf8')) as Array<Record<string, unknown>>;
    for (const item of list) raw.push({ collection, id: String(item.id), file: relative(PROJECT_ROOT, dataFile), data: item });
  }

  const treeFile = lastExisting(layers, 'triage/tree.yaml');
  if (treeFile) {
    const list = parseYaml(readFileSync(treeFile, 'utf8')) as Array<Record<string, unknown>>;
    for (const { id, ...item } of list) raw.push({ collection: 'triage', id: String(id), file: relative(PROJECT_ROOT, treeFile), data: item });
  }

  const schemas: Record<string, z.ZodType> = { errors: errorSchema, guides: guideSchema, sources: sourceSchema, triage: triageNodeSchema, incidents: incidentSchema };
  const problems: Problem[] = [];
  const entries: SnapshotEntry[] = [];
  for (const entry of raw) {
    const result = (schemas[entry.collection] as z.ZodType).safeParse(entry.data);
    if (!result.success) {
      // Entries of a shared data file are named by id, as Astro does.
      const inDataFile = entry.body === undefined && entry.collection !== 'sources';
      problems.push(...schemaProblems(entry.file, result.error.issues.map((i) => (inDataFile ? { ...i, path: [entry.id, ...i.path] } : i))));
      continue;
    }
    entries.push({ collection: entry.collection, id: entry.id, file: entry.file, data: result.data as Record<string, unknown>, ...(entry.body === undefined ? {} : { body: entry.body }) });
  }
  // Cross-entry rules only make sense once every entry parsed.
  if (problems.length === 0) problems.push(...checkIntegrity(entries, today));
  return { problems, entries };
}
