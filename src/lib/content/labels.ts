/** Words shown to readers for schema enums. One place, so pages and tests agree. */

import type { ErrorKind, Risk, SourceKind } from './enums';

export const RISK_LABEL: Record<Risk, string> = {
  none: 'No risk',
  'loses-unsaved-text': 'Can lose unsent text',
  'signs-you-out': 'Signs you out',
  'resets-site-settings': 'Resets site settings',
  'interrupts-network': 'Drops your connection briefly',
};

export const KIND_LABEL: Record<ErrorKind, string> = {
  http: 'HTTP status',
  cloudflare: 'Cloudflare error',
  browser: 'Browser error page',
  'app-message': 'App message',
};

export const SOURCE_KIND_LABEL: Record<SourceKind, string> = {
  primary: 'Primary source',
  secondary: 'Secondary report',
};

/** "1 min", "5 min": short enough for a step list. */
export function minutesLabel(minutes: number): string {
  return `${minutes} min`;
}

/** Steps with these risks can lose text the reader has not sent: say "copy it first" before them. */
export function canLoseWork(risk: Risk): boolean {
  return risk === 'loses-unsaved-text' || risk === 'signs-you-out' || risk === 'resets-site-settings';
}

const LONG_DATE = new Intl.DateTimeFormat('en-GB', { dateStyle: 'long', timeZone: 'UTC' });

/** "21 November 2026": content dates are calendar days, so they are read in UTC. */
export function longDate(date: Date): string {
  return LONG_DATE.format(date);
}

/** "2026-11-21", for `datetime` attributes and structured data. */
export function isoDay(date: Date): string {
  return date.toISOString().slice(0, 10);
}
