/**
 * The triage engine: pure transitions over the tree. The static pages and the
 * <fixpath-triage> island both use it, so a URL means the same thing to both.
 *
 * A state is the node the reader started from plus the answers given since.
 * The URL carries it: the path names the current node, `?answers=` the answers,
 * `?start=` a start other than the root (error pages link into the middle).
 */
import type { TriageNode, TriageOutcome, TriageQuestion, TriageState, TriageTree, TriedGuide } from './types';

/** Anything longer is not a real state: no honest URL needs it. */
export const MAX_PARAM_LENGTH = 600;
const ID = /^[a-z0-9][a-z0-9-]{0,60}$/;

export interface Step {
  question: TriageQuestion;
  answerId: string;
}

export interface Replay {
  /** The questions answered, in order, with the answer chosen. */
  steps: Step[];
  /** Where the valid answers lead. */
  node: TriageNode;
  /** The answers that fit the tree; shorter than the input when some did not. */
  answers: string[];
  /** True when every answer given fitted the tree. */
  complete: boolean;
}

/** The node with this id; own properties only, so "constructor" or "valueOf" in a URL finds nothing. */
export function nodeById(tree: TriageTree, id: string | undefined): TriageNode | undefined {
  return id !== undefined && Object.hasOwn(tree.nodes, id) ? tree.nodes[id] : undefined;
}

export function isQuestion(node: TriageNode | undefined): node is TriageQuestion {
  return node?.type === 'question';
}

export function isOutcome(node: TriageNode | undefined): node is TriageOutcome {
  return node?.type === 'outcome';
}

/** The node an answer leads to, or undefined when the answer does not belong to the question. */
export function nextNodeId(tree: TriageTree, nodeId: string, answerId: string): string | undefined {
  const node = nodeById(tree, nodeId);
  if (!isQuestion(node)) return undefined;
  return node.answers.find((a) => a.id === answerId)?.next;
}

/** Follows `answers` from `start` and stops at the first one that does not fit. */
export function replay(tree: TriageTree, state: TriageState): Replay {
  const startNode = nodeById(tree, state.start) ?? nodeById(tree, tree.root);
  if (!startNode) throw new RangeError(`[fixpath/triage] the tree has no root node "${tree.root}"`);
  let node: TriageNode = startNode;
  const steps: Step[] = [];
  for (const answerId of state.answers) {
    if (!isQuestion(node)) break;
    const next = nextNodeId(tree, node.id, answerId);
    const nextNode = nodeById(tree, next);
    if (!nextNode) break;
    steps.push({ question: node, answerId });
    node = nextNode;
  }
  const answers = steps.map((s) => s.answerId);
  return { steps, node, answers, complete: answers.length === state.answers.length && state.start === startNode.id };
}

/** The state after choosing `answerId` at the current node, or undefined if it does not fit. */
export function choose(tree: TriageTree, state: TriageState, answerId: string): TriageState | undefined {
  const { node } = replay(tree, state);
  if (nextNodeId(tree, node.id, answerId) === undefined) return undefined;
  return { start: state.start, answers: [...replay(tree, state).answers, answerId] };
}

/** One step back; at the start it stays put. */
export function back(state: TriageState): TriageState {
  return { start: state.start, answers: state.answers.slice(0, -1) };
}

export function startOver(tree: TriageTree): TriageState {
  return { start: tree.root, answers: [] };
}

/** The page address of a node: the root question lives at /triage/. */
export function nodePath(tree: TriageTree, nodeId: string): string {
  return nodeId === tree.root ? '/triage/' : `/triage/${nodeId}/`;
}

export interface UrlExtras {
  /** The error code the reader came from, e.g. "502". */
  from?: string;
  /** Guides tried on the outcome, with whether they fixed it. */
  tried?: TriedGuide[];
}

/** The shareable URL (path and query) for a state. */
export function urlForState(tree: TriageTree, state: TriageState, extras: UrlExtras = {}): string {
  const { node, answers } = replay(tree, state);
  const query = new URLSearchParams();
  if (state.start !== tree.root) query.set('start', state.start);
  if (answers.length > 0) query.set('answers', answers.join(','));
  if (extras.from) query.set('from', extras.from);
  if (extras.tried && extras.tried.length > 0) query.set('tried', extras.tried.map((t) => `${t.guide}:${t.fixed ? 'yes' : 'no'}`).join(','));
  const qs = query.toString().replace(/%2C/g, ',').replace(/%3A/g, ':');
  return nodePath(tree, node.id) + (qs ? `?${qs}` : '');
}

export interface ParsedUrl {
  state: TriageState;
  from?: string;
  tried: TriedGuide[];
  /** Set when the URL did not describe a valid state and was reset; shown to the reader. */
  notice?: string;
}

/** What the reader is told when a link could not be followed as written; each says what actually happened. */
export const NOTICES = {
  /** Nothing in the link fitted: the check starts again at its first question. */
  restart: 'That link did not match the questions, so the check starts again from its first question.',
  /** Some answers fitted: the reader is at the last step they lead to. */
  lastStep: 'Part of that link did not match the questions, so you are at the last step its answers lead to.',
  /** The answers fitted but lead to another step than the page in the link. */
  jump: 'That link named a different step than its answers lead to, so you are at the step the answers lead to.',
  /** Only the "Did this fix it?" results could not be read. */
  tried: 'Some "Did this fix it?" results in that link could not be read, so they were left out.',
} as const;

function nodeIdFromPath(tree: TriageTree, pathname: string): string | undefined {
  const match = /^\/triage\/(?:([^/]+)\/?)?$/.exec(pathname);
  if (!match) return undefined;
  return match[1] === undefined ? tree.root : decodeURIComponentSafe(match[1]);
}

function decodeURIComponentSafe(text: string): string {
  try { return decodeURIComponent(text); } catch { return text; }
}

function idList(raw: string | null): string[] | undefined {
  if (raw === null || raw === '') return [];
  const parts = raw.split(',');
  return parts.every((p) => ID.test(p)) ? parts : undefined;
}

function tooLong(params: URLSearchParams, key: string): boolean {
  return (params.get(key) ?? '').length > MAX_PARAM_LENGTH;
}

/**
 * Reads a state from a page URL. Never throws: a forged, stale or oversized URL
 * resets to the last valid step, with a notice that says what happened.
 */
export function stateFromUrl(tree: TriageTree, pathname: string, search: string): ParsedUrl {
  const params = new URLSearchParams(search);
  // Other parameters (such as the pasted `text`) are not part of the state.
  // An oversized `tried` or `from` loses only itself, never the answers.
  const stateTooLong = tooLong(params, 'start') || tooLong(params, 'answers');
  const pageNode = nodeIdFromPath(tree, pathname);
  const rawStart = params.get('start');
  const rawAnswers = params.get('answers');
  const fromRaw = tooLong(params, 'from') ? null : params.get('from');
  const from = fromRaw && ID.test(fromRaw) ? fromRaw : undefined;

  const tried: TriedGuide[] = [];
  let triedOk = !tooLong(params, 'tried');
  for (const item of (triedOk ? params.get('tried') ?? '' : '').split(',').filter(Boolean).slice(0, 20)) {
    const [guide, result] = item.split(':');
    if (guide && ID.test(guide) && (result === 'yes' || result === 'no')) tried.push({ guide, fixed: result === 'yes' });
    else triedOk = false;
  }
  const triedNotice = triedOk ? {} : { notice: NOTICES.tried };

  const answers = stateTooLong ? undefined : idList(rawAnswers);
  const startValid = rawStart === null || (ID.test(rawStart) && nodeById(tree, rawStart) !== undefined);
  const start = rawStart !== null && startValid ? rawStart : undefined;

  // No answers: the page's own node is where the reader is (a shared or no-JS link).
  if (answers !== undefined && answers.length === 0 && startValid) {
    const here = nodeById(tree, pageNode) ? pageNode : undefined;
    const state = { start: start ?? here ?? tree.root, answers: [] };
    const fine = here !== undefined && (start === undefined || start === here);
    return { state, ...(from ? { from } : {}), tried, ...(fine ? triedNotice : { notice: here === undefined ? NOTICES.restart : NOTICES.jump }) };
  }

  const candidate: TriageState = { start: start ?? tree.root, answers: answers ?? [] };
  const result = replay(tree, candidate);
  const state = { start: candidate.start, answers: result.answers };
  const given = answers ?? [];
  let notice: string | undefined;
  if (result.answers.length === 0 && (answers === undefined || given.length > 0 || !startValid)) notice = NOTICES.restart;
  else if (!result.complete || !startValid) notice = NOTICES.lastStep;
  else if (result.node.id !== pageNode) notice = NOTICES.jump;
  return { state, ...(from ? { from } : {}), tried, ...(notice ? { notice } : triedNotice) };
}

/** Every node reachable from `start`, for static page generation and tests. */
export function reachableFrom(tree: TriageTree, start = tree.root): string[] {
  const seen = new Set<string>();
  const queue = [start];
  while (queue.length > 0) {
    const id = queue.shift() as string;
    const node = nodeById(tree, id);
    if (!node || seen.has(id)) continue;
    seen.add(id);
    if (isQuestion(node)) queue.push(...node.answers.map((a) => a.next));
  }
  return [...seen];
}

/**
 * Every question that leads to `nodeId`, in tree order. Without JavaScript a
 * step page cannot know which of them the reader came from, so it offers all.
 */
export function parentsOf(tree: TriageTree, nodeId: string): TriageQuestion[] {
  return reachableFrom(tree)
    .map((id) => nodeById(tree, id))
    .filter((node): node is TriageQuestion => isQuestion(node) && node.answers.some((a) => a.next === nodeId));
}

/** The first question that leads to `nodeId`. */
export function firstParent(tree: TriageTree, nodeId: string): string | undefined {
  return parentsOf(tree, nodeId)[0]?.id;
}
