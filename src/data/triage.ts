// The triage tree for pages and the island: plain data, checked with the rest of the content.
import { getCollection } from 'astro:content';
import { assertContentIntegrity, getErrors, getGuides, type ErrorEntry, type GuideEntry } from './content';
import { treeFromEntries } from '../lib/triage/from-entries';
import { isQuestion, nodePath, parentsOf } from '../lib/triage/engine';
import type { TriageNode, TriageTree } from '../lib/triage/types';

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

/** What one step's page shows: the node, the questions that lead to it, and for an outcome its guides and errors in order. */
export interface TriageStepView {
  node: TriageNode;
  parents: Array<{ href: string; question: string }>;
  guides: GuideEntry[];
  errors: ErrorEntry[];
}

export function triageStepView(data: TriageData, nodeId: string): TriageStepView {
  const { tree } = data;
  const node = tree.nodes[nodeId];
  if (!node) throw new Error(`triage node "${nodeId}" does not exist`);
  const outcome = isQuestion(node) ? undefined : node;
  return {
    node,
    parents: parentsOf(tree, nodeId).map((parent) => ({ href: nodePath(tree, parent.id), question: parent.question })),
    // Integrity has checked every id, so nothing is dropped here.
    guides: (outcome?.guides ?? []).flatMap((id) => data.guides.get(id) ?? []),
    errors: (outcome?.errors ?? []).flatMap((id) => data.errors.get(id) ?? []),
  };
}
