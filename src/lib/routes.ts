/**
 * Every address the site links to, built in one place so pages, islands and
 * tests agree. The route files in src/pages/ serve exactly these shapes.
 *
 * Pure: strings in, strings out.
 */
import { ROOT_ID } from './triage/graph';

/** The step-by-step check reads at most this much of the pasted text. */
export const TRIAGE_TEXT_LIMIT = 500;

/** Replaces unpaired UTF-16 surrogates, which `encodeURIComponent` refuses. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** An error page: `/errors/502/`. */
export function errorHref(code: string): string {
  return `/errors/${encodeURIComponent(code)}/`;
}

/** A fix guide: `/guides/check-status-page/`. */
export function guideHref(id: string): string {
  return `/guides/${encodeURIComponent(id)}/`;
}

/** The id of an incident's entry on /incidents/, for its `id` attribute and links to it. */
export function incidentAnchor(id: string): string {
  return `incident-${id}`;
}

/** One documented outage on the incidents page: `/incidents/#incident-2024-06-04`. */
export function incidentHref(id: string): string {
  return `/incidents/#${incidentAnchor(id)}`;
}

export interface TriageParams {
  /** The error page the reader came from (its code). */
  from?: string;
  /** Pasted text to carry into the report; cut to TRIAGE_TEXT_LIMIT code points. */
  text?: string;
}

/**
 * A step of the step-by-step check. The first question (`start`, or no node)
 * lives at /triage/, every other node at /triage/<id>/; a `triage: start`
 * on an error page therefore links to /triage/, never to a page that does not exist.
 *
 * @example triageHref('which-code', { from: '502' }) // → '/triage/which-code/?from=502'
 * @example triageHref(undefined, { text: 'Error 1020' }) // → '/triage/?text=Error%201020'
 */
export function triageHref(node?: string, params: TriageParams = {}): string {
  const path = node === undefined || node === ROOT_ID ? '/triage/' : `/triage/${encodeURIComponent(node)}/`;
  const query: string[] = [];
  if (params.from) query.push(`from=${encodeURIComponent(params.from)}`);
  const text = Array.from(wellFormed(String(params.text ?? '').trim())).slice(0, TRIAGE_TEXT_LIMIT).join('');
  if (text) query.push(`text=${encodeURIComponent(text)}`);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

/** The shareable results page for a query: `/search/?q=502+Bad+Gateway`. */
export function searchHref(query: string): string {
  const q = wellFormed(String(query ?? '').trim());
  return q ? `/search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}` : '/search/';
}
