/**
 * The search UI's links. Addresses are built by src/lib/routes.ts, the one
 * place the site makes them; this module only keeps the names the search
 * islands import.
 */
import { triageHref as triageStepHref } from '../routes';

export { searchHref, TRIAGE_TEXT_LIMIT } from '../routes';

/** "Find out step by step" with the paste carried over: the wizard reads `text`. */
export function triageHref(text: string): string {
  return triageStepHref(undefined, { text });
}
