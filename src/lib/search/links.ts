/** Addresses the search UI links to, built in one place so tests and pages agree. */

/** The step-by-step check reads at most this much of the pasted text. */
export const TRIAGE_TEXT_LIMIT = 500;

/** Replaces unpaired UTF-16 surrogates, which `encodeURIComponent` refuses. */
function wellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/**
 * "Find out step by step" with the paste carried over: the wizard reads `text`.
 * Truncates to 500 characters (code points, so an emoji is never cut in half).
 *
 * @example triageHref('Error 1020') // → '/triage/?text=Error%201020'
 */
export function triageHref(text: string): string {
  const trimmed = Array.from(wellFormed(String(text ?? '').trim())).slice(0, TRIAGE_TEXT_LIMIT).join('');
  return trimmed ? `/triage/?text=${encodeURIComponent(trimmed)}` : '/triage/';
}

/** The shareable results page for a query. */
export function searchHref(query: string): string {
  const q = wellFormed(String(query ?? '').trim());
  return q ? `/search/?q=${encodeURIComponent(q).replace(/%20/g, '+')}` : '/search/';
}
