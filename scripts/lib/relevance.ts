/**
 * Scoring of the search relevance suite (tests/e2e/search-relevance.cases.ts),
 * shared by the e2e gate and `npm run bench`: top-1 and top-3 per half and per
 * category, with the cases skipped because their page does not exist yet.
 *
 * Pure: the caller runs the searches and says which pages exist.
 */

/** The bar the e2e gate holds each half to. The one place these numbers live. */
export const RELEVANCE_GATE = {
  /** Issue 11's "done when": the half written before tuning. */
  check: { top1: 0.95, top3: 1, categoryTop1: 0.9 },
  /** The half tuned on. */
  tune: { top1: 0.9, top3: 1, categoryTop1: 0 },
} as const;

export interface CaseLike {
  half: 'check' | 'tune';
  category: string;
  query: string;
  expect: string;
}

export interface CaseResult<C extends CaseLike = CaseLike> {
  case: C;
  /** 1-based rank of the expected page; 0 when absent; undefined when skipped. */
  rank?: number;
  /** The first result's address, or "(no match)". */
  got?: string;
  source?: string;
}

export interface Tally {
  cases: number;
  skipped: number;
  top1: number;
  top3: number;
}

export interface HalfScore extends Tally {
  byCategory: Record<string, Tally>;
}

const empty = (): Tally => ({ cases: 0, skipped: 0, top1: 0, top3: 0 });

function add(tally: Tally, rank: number | undefined): void {
  if (rank === undefined) { tally.skipped += 1; return; }
  tally.cases += 1;
  if (rank === 1) tally.top1 += 1;
  if (rank >= 1 && rank <= 3) tally.top3 += 1;
}

/** Top-1 and top-3 counts per half and category. Skipped cases count only as skipped. */
export function scoreRelevance(results: readonly CaseResult[]): Record<'check' | 'tune', HalfScore> {
  const out = { check: { ...empty(), byCategory: {} }, tune: { ...empty(), byCategory: {} } } as Record<'check' | 'tune', HalfScore>;
  for (const r of results) {
    const half = out[r.case.half];
    add(half, r.rank);
    add((half.byCategory[r.case.category] ??= empty()), r.rank);
  }
  return out;
}

const pct = (n: number, of: number) => (of === 0 ? '-' : `${((100 * n) / of).toFixed(0)}%`);

/** One line per half and a table line per category, for test output and the bench. */
export function formatRelevance(score: Record<'check' | 'tune', HalfScore>): string[] {
  const lines: string[] = [];
  for (const half of ['check', 'tune'] as const) {
    const s = score[half];
    lines.push(`${half} half: ${s.cases} run, ${s.skipped} SKIPPED (page not built yet); top-1 ${s.top1}/${s.cases} ${pct(s.top1, s.cases)}, top-3 ${s.top3}/${s.cases} ${pct(s.top3, s.cases)}`);
    for (const [category, t] of Object.entries(s.byCategory).sort()) {
      lines.push(`  ${category.padEnd(15)} top-1 ${pct(t.top1, t.cases).padStart(4)} (${t.top1}/${t.cases})  top-3 ${pct(t.top3, t.cases).padStart(4)}  skipped ${t.skipped}`);
    }
  }
  return lines;
}

/** What falls short of RELEVANCE_GATE, one sentence each; [] when the gate passes. */
export function gateFailures(score: Record<'check' | 'tune', HalfScore>, gate = RELEVANCE_GATE): string[] {
  const failures: string[] = [];
  for (const half of ['check', 'tune'] as const) {
    const s = score[half];
    const bar = gate[half];
    if (s.cases === 0) continue;
    if (s.top1 / s.cases < bar.top1) failures.push(`${half} half top-1 ${pct(s.top1, s.cases)} is under ${bar.top1 * 100}%`);
    if (s.top3 / s.cases < bar.top3) failures.push(`${half} half top-3 ${pct(s.top3, s.cases)} is under ${bar.top3 * 100}%`);
    for (const [category, t] of Object.entries(s.byCategory)) {
      if (t.cases > 0 && t.top1 / t.cases < bar.categoryTop1) failures.push(`${half} half, ${category}: top-1 ${pct(t.top1, t.cases)} is under ${bar.categoryTop1 * 100}%`);
    }
  }
  return failures;
}
