/** Words shown to readers for schema enums. One place, so pages and tests agree. */

export type Fault = 'upstream' | 'local' | 'either';
export type Risk = 'none' | 'loses-unsaved-text' | 'signs-you-out' | 'resets-site-settings' | 'interrupts-network';
export type ErrorKind = 'http' | 'cloudflare' | 'app-message';

export const FAULT_VERDICT: Record<Fault, { label: string; advice: string }> = {
  upstream: {
    label: 'Usually their side: an outage or overload',
    advice: 'Check the status page before you change anything on your device.',
  },
  local: {
    label: 'Usually your side: browser, device, network or account',
    advice: 'The fixes below are things you can do yourself, in order.',
  },
  either: {
    label: 'Could be either side',
    advice: 'A one-minute check tells you which: see below.',
  },
};

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
  'app-message': 'App message',
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
