/** The triage tree as the engine sees it: plain data, references already turned into ids. */
import type { Verdict } from '../content/enums';
import type { Where } from '../content/where';

export interface TriageAnswer {
  id: string;
  label: string;
  /** Id of the node this answer leads to. */
  next: string;
}

export interface TriageQuestion {
  id: string;
  type: 'question';
  question: string;
  hint?: string;
  answers: TriageAnswer[];
}

export interface TriageOutcome {
  id: string;
  type: 'outcome';
  verdict: Verdict;
  title: string;
  why: string;
  /** Where the failure sits; drawn as the path picture. */
  where: Where;
  /** Error ids this outcome concerns. */
  errors: string[];
  /** Guide ids, in the order to try them. */
  guides: string[];
}

export type TriageNode = TriageQuestion | TriageOutcome;

export interface TriageTree {
  root: string;
  nodes: Record<string, TriageNode>;
}

/** Where a reader is: the node they started from and the answers given since. */
export interface TriageState {
  start: string;
  answers: string[];
}

/** How a guide on an outcome went: the reader's answer to "Did this fix it?". */
export interface TriedGuide {
  guide: string;
  fixed: boolean;
}
