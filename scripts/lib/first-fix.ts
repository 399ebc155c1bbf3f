/**
 * Action first: on an error page the reader must reach the first fix guide
 * within a phone screen or two. This counts the words of `<main>` from its top
 * (breadcrumbs, title, summary, verdict, path picture, messages, the check)
 * up to the first guide link in the ordered fix list.
 *
 * Pure: it sees HTML strings; scripts/check-site.ts feeds it dist/.
 */
import { parse } from 'parse5';

/** The most words allowed before the first fix link. */
export const FIRST_FIX_WORD_LIMIT = 200;

interface P5Node {
  nodeName: string;
  value?: string;
  attrs?: Array<{ name: string; value: string }>;
  childNodes?: P5Node[];
}

const SKIPPED = new Set(['script', 'style', 'template', 'noscript']);

function countWords(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

/**
 * Words in `<main>` before the first `<a href="/guides/…">` inside the fix list
 * (`[data-fix-list]`), or undefined when the page has no such link.
 */
export function wordsBeforeFirstFix(html: string): number | undefined {
  let words = 0;
  let inMain = false;
  let found = false;
  const visit = (node: P5Node, inFixList: boolean): void => {
    if (found || SKIPPED.has(node.nodeName)) return;
    const attrs = new Map((node.attrs ?? []).map((a) => [a.name, a.value]));
    if (node.nodeName === 'main') inMain = true;
    if (attrs.has('data-path-hops')) return;
    const fixList = inFixList || attrs.has('data-fix-list');
    if (inMain && fixList && node.nodeName === 'a' && (attrs.get('href') ?? '').startsWith('/guides/')) {
      found = true;
      return;
    }
    if (inMain && node.nodeName === '#text') words += countWords(node.value ?? '');
    for (const child of node.childNodes ?? []) visit(child, fixList);
  };
  visit(parse(html) as unknown as P5Node, false);
  return found ? words : undefined;
}

/** One problem per error page whose first fix link comes too late, or is missing. */
export function checkFirstFix(pages: ReadonlyArray<{ file: string; html: string }>): Array<{ file: string; message: string }> {
  return pages
    .filter((page) => /^errors\/[^/]+\/index\.html$/.test(page.file) && page.html.includes('data-verdict'))
    .flatMap((page) => {
      const words = wordsBeforeFirstFix(page.html);
      if (words === undefined) return [{ file: page.file, message: 'has no link to a fix guide in its fix list (<Fixes />).' }];
      if (words > FIRST_FIX_WORD_LIMIT) {
        return [{ file: page.file, message: `the first fix link comes after ${words} words of <main>; put the one-minute check and <Fixes /> first so it starts within ${FIRST_FIX_WORD_LIMIT}.` }];
      }
      return [];
    });
}
