/**
 * The tree's graph rules, checked at build time and in tests. Each problem
 * names the node, so an author knows where to look in content/triage/tree.yaml.
 */
import type { TriageNode, TriageTree } from './types';

export const ROOT_ID = 'start';
/** No path may ask more questions than this before it reaches an outcome. */
export const MAX_QUESTIONS_PER_PATH = 8;

export interface TreeProblem {
  node: string;
  field: string;
  message: string;
}

export function buildTree(nodes: TriageNode[], root = ROOT_ID): TriageTree {
  return { root, nodes: Object.fromEntries(nodes.map((n) => [n.id, n])) };
}

export function checkTree(tree: TriageTree, known: { errors: ReadonlySet<string>; guides: ReadonlySet<string> }): TreeProblem[] {
  const problems: TreeProblem[] = [];
  const { nodes } = tree;
  const has = (id: string) => Object.hasOwn(nodes, id);
  if (!has(tree.root)) {
    problems.push({ node: tree.root, field: '(entry)', message: `the root node "${tree.root}" does not exist. The first question must have id "${tree.root}".` });
    return problems;
  }

  for (const node of Object.values(nodes)) {
    if (node.type === 'question') {
      const seen = new Set<string>();
      node.answers.forEach((answer, i) => {
        if (seen.has(answer.id)) problems.push({ node: node.id, field: `answers[${i}].id`, message: `answer id "${answer.id}" is used twice in this question.` });
        seen.add(answer.id);
        if (!has(answer.next)) problems.push({ node: node.id, field: `answers[${i}].next`, message: `leads to "${answer.next}", which is not a node of the tree.` });
      });
    } else {
      node.guides.forEach((guide, i) => {
        if (!known.guides.has(guide)) problems.push({ node: node.id, field: `guides[${i}]`, message: `guide "${guide}" does not exist.` });
      });
      node.errors.forEach((error, i) => {
        if (!known.errors.has(error)) problems.push({ node: node.id, field: `errors[${i}]`, message: `error "${error}" does not exist.` });
      });
    }
  }

  // Depth-first from the root: finds cycles and over-long paths, and marks what is reachable.
  const reachable = new Set<string>();
  const onPath: string[] = [];
  const reported = new Set<string>();
  const visit = (id: string, questionsSoFar: number) => {
    if (!has(id)) return;
    const node = nodes[id] as TriageNode;
    if (onPath.includes(id)) {
      const key = `cycle:${id}`;
      if (!reported.has(key)) {
        reported.add(key);
        problems.push({ node: id, field: 'answers', message: `is part of a cycle: ${[...onPath.slice(onPath.indexOf(id)), id].join(' → ')}. Every path must end at an outcome.` });
      }
      return;
    }
    reachable.add(id);
    if (node.type === 'outcome') return;
    const asked = questionsSoFar + 1;
    if (asked > MAX_QUESTIONS_PER_PATH) {
      const key = `deep:${id}`;
      if (!reported.has(key)) {
        reported.add(key);
        problems.push({ node: id, field: '(entry)', message: `is question ${asked} on the path ${[...onPath, id].join(' → ')}; a path may ask at most ${MAX_QUESTIONS_PER_PATH}.` });
      }
      return;
    }
    onPath.push(id);
    for (const answer of node.answers) visit(answer.next, asked);
    onPath.pop();
  };
  visit(tree.root, 0);

  for (const id of Object.keys(nodes)) {
    if (!reachable.has(id)) problems.push({ node: id, field: '(entry)', message: `cannot be reached from "${tree.root}": no answer leads to it.` });
  }
  return problems;
}
