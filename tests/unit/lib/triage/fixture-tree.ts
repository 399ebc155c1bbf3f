import { buildTree } from '../../../../src/lib/triage/graph';
import type { TriageNode } from '../../../../src/lib/triage/types';

/** A small sound tree: start → (a) where → outcomes, (b) outcome. */
export const NODES: TriageNode[] = [
  { id: 'start', type: 'question', question: 'What do you see?', answers: [
    { id: 'page', label: 'An error page', next: 'where' },
    { id: 'message', label: 'A message', next: 'done-limit' },
  ] },
  { id: 'where', type: 'question', question: 'Where does it fail?', answers: [
    { id: 'everywhere', label: 'Everywhere', next: 'done-outage' },
    { id: 'here', label: 'Only here', next: 'done-browser' },
  ] },
  { id: 'done-outage', type: 'outcome', verdict: 'service-outage', title: 'An outage', why: 'It fails everywhere.', where: { usually: ['servers'], sometimes: [] }, errors: ['502'], guides: ['check-status-page'] },
  { id: 'done-browser', type: 'outcome', verdict: 'your-browser', title: 'Your browser', why: 'Only here.', where: { usually: ['device'], sometimes: [] }, errors: [], guides: ['private-window', 'clear-site-data'] },
  { id: 'done-limit', type: 'outcome', verdict: 'your-account-or-limit', title: 'A limit', why: 'Too many.', where: { usually: ['account'], sometimes: [] }, errors: [], guides: ['wait-out-a-limit'] },
];

export const TREE = buildTree(NODES);
export const KNOWN = {
  errors: new Set(['502']),
  guides: new Set(['check-status-page', 'private-window', 'clear-site-data', 'wait-out-a-limit']),
};
