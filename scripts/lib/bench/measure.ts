/**
 * The arithmetic and the table of `npm run bench`. Pure: the runner
 * (scripts/bench/index.ts) collects raw numbers from the browser, the builds
 * and Lighthouse, and this turns them into the report.
 */

/** The byte buckets a first page load is split into. */
export const CATEGORIES = ['html', 'css', 'js', 'fonts', 'images', 'other'] as const;
export type Category = (typeof CATEGORIES)[number];

/** Which bucket a request belongs to, from the browser's resource type (Playwright's `request.resourceType()`). */
export function categoryOf(resourceType: string): Category {
  switch (resourceType) {
    case 'document': return 'html';
    case 'stylesheet': return 'css';
    case 'script': return 'js';
    case 'font': return 'fonts';
    case 'image': return 'images';
    default: return 'other';
  }
}

/** One finished request: its type, the body bytes on the wire (gzip where served so) and the header bytes. */
export interface RequestSample {
  url: string;
  resourceType: string;
  bodyBytes: number;
  headerBytes: number;
}

export interface LoadSummary {
  bytes: Record<Category, number> & { total: number };
  /** Response header bytes, kept apart: they depend on the host, not the page. */
  headerBytes: number;
  requests: number;
}

export function summariseLoad(samples: RequestSample[]): LoadSummary {
  const bytes = { html: 0, css: 0, js: 0, fonts: 0, images: 0, other: 0, total: 0 };
  let headerBytes = 0;
  for (const sample of samples) {
    bytes[categoryOf(sample.resourceType)] += sample.bodyBytes;
    bytes.total += sample.bodyBytes;
    headerBytes += sample.headerBytes;
  }
  return { bytes, headerBytes, requests: samples.length };
}

/** One timed build. */
export interface BuildSample {
  label: string;
  extraPages: number;
  /** HTML pages written (Astro's count). */
  pages: number;
  astroSeconds: number;
  indexSeconds: number;
  distBytes: number;
  distFiles: number;
}

export interface BuildCost extends BuildSample {
  totalSeconds: number;
  /** Whole build time divided by the pages it wrote. */
  msPerPage: number;
  /** Extra time over the base build divided by the extra pages; undefined for the base build. */
  msPerExtraPage?: number;
}

/**
 * Per-page costs. The marginal cost (per extra page over the base build) is
 * the fair comparison between 100 and 1,000 extra pages: it leaves out the
 * fixed start-up cost that a small build is dominated by.
 */
export function buildCosts(samples: BuildSample[]): BuildCost[] {
  const base = samples.find((s) => s.extraPages === 0);
  return samples.map((sample) => {
    const totalSeconds = sample.astroSeconds + sample.indexSeconds;
    const cost: BuildCost = { ...sample, totalSeconds, msPerPage: (totalSeconds * 1000) / Math.max(sample.pages, 1) };
    if (base && sample.extraPages > 0) {
      const baseSeconds = base.astroSeconds + base.indexSeconds;
      cost.msPerExtraPage = ((totalSeconds - baseSeconds) * 1000) / sample.extraPages;
    }
    return cost;
  });
}

/** Page sizes in one build against another, in the base build's order: a page's HTML must not grow with the site. */
export function growth(base: ReadonlyMap<string, number>, grown: ReadonlyMap<string, number>): Array<{ page: string; base: number; grown: number; change: number }> {
  return [...base]
    .filter(([page]) => grown.has(page))
    .map(([page, bytes]) => ({ page, base: bytes, grown: grown.get(page)!, change: grown.get(page)! - bytes }));
}

/** `1234` → `1.2 KB`; bytes below 1 KB stay exact. KB are 1,000 bytes, as the budgets are written. */
export function formatBytes(bytes: number): string {
  if (bytes < 1000) return `${bytes} B`;
  if (bytes < 1_000_000) return `${(bytes / 1000).toFixed(1)} KB`;
  return `${(bytes / 1_000_000).toFixed(1)} MB`;
}

/** A plain-text table with aligned columns; the first column is labels, numbers (and `–`) after it are right-aligned. */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const numeric = (text: string) => /^[-+]?[\d.,]+( ?[A-Za-z%]+)?$|^–$/.test(text);
  const line = (cells: string[]) =>
    cells.map((cell, i) => (i > 0 && numeric(cell) ? cell.padStart(widths[i]!) : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

/**
 * `{ cold: { ms: 120 }, index: 5 }` → `[['cold.ms', '120'], ['index', '5']]`:
 * a report from another module (the search benchmark) printed without
 * knowing its shape.
 */
export function flatten(value: unknown, prefix = ''): Array<[string, string]> {
  if (Array.isArray(value)) return value.flatMap((item, i) => flatten(item, `${prefix}[${i}]`));
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).flatMap(([key, item]) => flatten(item, prefix ? `${prefix}.${key}` : key));
  }
  return [[prefix, typeof value === 'number' && !Number.isInteger(value) ? value.toFixed(1) : String(value)]];
}
