// Builds result links with DOM calls only. Every string from a search, the
// query or a page excerpt, goes in as a text node; the only element made from
// search data is <mark>. Nothing is ever parsed as HTML.
import type { Segment } from '../../lib/search/excerpt';
import type { ResultItem } from '../../lib/search/run';

function span(className: string, text?: string): HTMLSpanElement {
  const element = document.createElement('span');
  element.className = className;
  if (text !== undefined) element.textContent = text;
  return element;
}

export function appendSegments(parent: HTMLElement, segments: readonly Segment[]): void {
  for (const segment of segments) {
    if (segment.mark) {
      const mark = document.createElement('mark');
      mark.textContent = segment.text;
      parent.append(mark);
    } else {
      parent.append(segment.text);
    }
  }
}

/** One result as a link: label, title, then the excerpt with matches marked. */
export function resultLink(item: ResultItem): HTMLAnchorElement {
  const link = document.createElement('a');
  link.href = item.url;
  link.className = 'search-result';
  link.dataset.result = '';
  const head = span('search-result-head');
  const label = span('search-result-label', item.label);
  // "502" beside "502 Bad Gateway" is for the eye; a screen reader hears the title once.
  if (item.title.includes(item.label)) label.setAttribute('aria-hidden', 'true');
  head.append(label, ' ', span('search-result-title', item.title));
  const excerpt = span('search-result-excerpt');
  appendSegments(excerpt, item.excerpt);
  link.append(head, excerpt);
  return link;
}
