/**
 * Synthetic content for the build benchmark: N extra pages (half errors, half
 * guides) that pass the schemas and the integrity rules, shaped like the real
 * pages (headings, lists, a callout, citations, a few hundred words) so the
 * build and the search index do comparable work per page. Never part of the site.
 *
 * Pure: returns file names and text; scripts/bench/generate-content.ts writes them.
 */

export interface SyntheticFile {
  /** Relative to the content folder, e.g. `errors/synthetic-e0007.mdx`. */
  path: string;
  text: string;
}

export interface SyntheticOptions {
  /** How many extra pages, at least 2; an odd count gives the extra page to errors. */
  pages: number;
  /** Source ids from the real content/sources/ to cite (at least one). */
  sourceIds: string[];
  /** For each cited source, the key of one of its quotes, so every citation names its evidence. */
  quoteKeys?: Record<string, string>;
  /** The `reviewed` date, YYYY-MM-DD; must not be in the future. */
  reviewed: string;
}

// A small vocabulary so the index sees many distinct but realistic words.
const WORDS = (
  'request server browser network connection reply message session account page cache cookie proxy gateway ' +
  'timeout limit outage status refresh reload device router signal window tab extension setting profile token ' +
  'upload download answer chat history model load queue retry minute hour wait check confirm restart switch clear ' +
  'open close sign mobile desktop app office school home firewall filter address domain certificate secure'
).split(' ');

/** A deterministic pseudo-random sequence (mulberry32), so every run builds the same pages. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function sentence(next: () => number, words: number): string {
  const picked = Array.from({ length: words }, () => WORDS[Math.floor(next() * WORDS.length)]!);
  const text = picked.join(' ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number, sentences: number): string {
  return Array.from({ length: sentences }, () => sentence(next, 8 + Math.floor(next() * 10))).join(' ');
}

const pad = (n: number) => String(n).padStart(4, '0');
export const syntheticErrorId = (i: number) => `synthetic-e${pad(i)}`;
export const syntheticGuideId = (i: number) => `synthetic-g${pad(i)}`;

/** A citation tag that names the source's quote when one is known. */
function citeTag(id: string, quoteKeys: Record<string, string>): string {
  const key = quoteKeys[id];
  return key ? `<Cite id="${id}" q="${key}" />` : `<Cite id="${id}" />`;
}

function errorFile(i: number, guideIds: string[], sourceIds: string[], reviewed: string, quoteKeys: Record<string, string>): SyntheticFile {
  const next = random(i * 2 + 1);
  const cite = (k: number) => citeTag(sourceIds[k % sourceIds.length] as string, quoteKeys);
  const text = `---
code: ${syntheticErrorId(i)}
title: Synthetic error ${i}
summary: A generated page for the build benchmark, number ${i}; it is never part of the site.
kind: app-message
messages:
  - Synthetic benchmark message number ${i}
  - Benchmark test message ${i} failed
where:
  usually: [device, servers]
fixes: [${guideIds.join(', ')}]
sources: [${sourceIds.join(', ')}]
reviewed: ${reviewed}
---

<Callout title="Copy your text first">

${paragraph(next, 2)}

</Callout>

## What it means

${paragraph(next, 4)}${cite(0)}

${paragraph(next, 3)}${cite(1)}

## Is it them or you?

1. ${sentence(next, 12)}
2. ${sentence(next, 10)}
3. ${sentence(next, 14)}${cite(2)}

## What to try, in order

<Fixes />

## What not to do

- **${sentence(next, 4)}** ${paragraph(next, 2)}
- **${sentence(next, 4)}** ${paragraph(next, 2)}

## Questions people ask

### ${sentence(next, 6).replace(/\.$/, '?')}

${paragraph(next, 3)}

### ${sentence(next, 5).replace(/\.$/, '?')}

${paragraph(next, 3)}
`;
  return { path: `errors/${syntheticErrorId(i)}.mdx`, text };
}

function guideFile(i: number, sourceIds: string[], reviewed: string, quoteKeys: Record<string, string>): SyntheticFile {
  const next = random(i * 2 + 2);
  const text = `---
title: Synthetic fix ${i}
summary: A generated guide for the build benchmark, number ${i}; it is never part of the site.
minutes: ${1 + (i % 9)}
risk: none
platforms: [any]
sources: [${sourceIds[0]}]
reviewed: ${reviewed}
---

## Steps

1. **${sentence(next, 4)}** ${paragraph(next, 2)}
2. **${sentence(next, 4)}** ${paragraph(next, 2)}${citeTag(sourceIds[0] as string, quoteKeys)}
3. **${sentence(next, 4)}** ${paragraph(next, 2)}

## If it did not help

${paragraph(next, 4)}
`;
  return { path: `guides/${syntheticGuideId(i)}.mdx`, text };
}

/**
 * The extra files. Error i lists guide i first and guide i+1 second (wrapping),
 * so every guide is used and the pages link to each other as real ones do.
 */
export function syntheticContent({ pages, sourceIds, reviewed, quoteKeys = {} }: SyntheticOptions): SyntheticFile[] {
  if (sourceIds.length === 0) throw new Error('syntheticContent needs at least one source id to cite.');
  // Every error needs a guide to list, and every guide an error that lists it.
  if (!Number.isInteger(pages) || pages < 2) throw new Error(`syntheticContent makes at least 2 pages (one error, one guide); got ${pages}.`);
  const errors = Math.ceil(pages / 2);
  const guides = pages - errors;
  const files: SyntheticFile[] = [];
  const cited = sourceIds.slice(0, 3);
  for (let i = 0; i < errors; i++) {
    // Only synthetic guides: a real guide listed here would grow its real page.
    const guideIds = [...new Set([syntheticGuideId(i % guides), syntheticGuideId((i + 1) % guides)])];
    files.push(errorFile(i, guideIds, cited, reviewed, quoteKeys));
  }
  for (let i = 0; i < guides; i++) files.push(guideFile(i, cited, reviewed, quoteKeys));
  return files;
}
