/** Turns validated triage entries (references as { collection, id }) into the engine's plain tree. */
import { buildTree } from './graph';
import type { Verdict } from '../content/enums';
import type { Where } from '../content/where';
import type { TriageNode, TriageTree } from './types';

interface Ref { id: string }
type AnswerData = { id: string; label: string; next: Ref };
export type TriageEntryData =
  | { type: 'question'; question: string; hint?: string | undefined; answers: AnswerData[] }
  | { type: 'outcome'; verdict: Verdict; title: string; why: string; where: Where; errors: Ref[]; guides: Ref[] };

export function nodeFromEntry(id: string, data: TriageEntryData): TriageNode {
  if (data.type === 'question') {
    return {
      id,
      type: 'question',
      question: data.question,
      ...(data.hint ? { hint: data.hint } : {}),
      answers: data.answers.map((a) => ({ id: a.id, label: a.label, next: a.next.id })),
    };
  }
  return {
    id,
    type: 'outcome',
    verdict: data.verdict,
    title: data.title,
    why: data.why,
    where: data.where,
    errors: data.errors.map((e) => e.id),
    guides: data.guides.map((g) => g.id),
  };
}

export function treeFromEntries(entries: ReadonlyArray<{ id: string; data: TriageEntryData }>): TriageTree {
  return buildTree(entries.map((e) => nodeFromEntry(e.id, e.data)));
}
