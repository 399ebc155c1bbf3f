// The triage tree for pages and the island: plain data, checked with the rest of the content.
import { getCollection } from 'astro:content';
import { assertContentIntegrity, getErrors, getGuides, type ErrorEntry, type GuideEntry } from './content';
import { treeFromEntries } from '../lib/triage/from-entries';
import type { TriageTree } from '../lib/triage/types';

export interface TriageData {
  tree: TriageTree;
  guides: Map<string, GuideEntry>;
  errors: Map<string, ErrorEntry>;
}

let cached: Promise<TriageData> | undefined;

export function getTriage(): Promise<TriageData> {
  cached ??= (async () => {
    await assertContentIntegrity();
    const [entries, guides, errors] = await Promise.all([getCollection('triage'), getGuides(), getErrors()]);
    return {
      tree: treeFromEntries(entries.map((e) => ({ id: e.id, data: e.data }))),
      guides: new Map(guides.map((g) => [g.id, g])),
      errors: new Map(errors.map((e) => [e.id, e])),
    };
  })();
  return cached;
}

/**
 * What the island needs in the page: the tree, and the titles of the guides its
 * outcomes name (for the report). Only those, so triage pages do not grow with
 * the number of guides on the site.
 */
export function clientTreeData(data: TriageData) {
  const used = new Set(Object.values(data.tree.nodes).flatMap((node) => (node.type === 'outcome' ? node.guides : [])));
  return {
    tree: data.tree,
    guideTitles: Object.fromEntries([...used].map((id) => [id, data.guides.get(id)?.data.title ?? id])),
  };
}

export type ClientTreeData = ReturnType<typeof clientTreeData>;
