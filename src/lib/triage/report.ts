/**
 * The support report: plain text a reader pastes into a message to support.
 * Built in the browser from what the reader did; nothing is sent anywhere.
 */
import { describeUserAgent } from '../user-agent';

export interface ReportInput {
  outcome?: { title: string; verdict: string };
  /** Questions and the answers chosen, in order. */
  answers: Array<{ question: string; answer: string }>;
  /** Guides tried on the outcome page and whether each fixed it. */
  tried: Array<{ title: string; fixed: boolean }>;
  userAgent: string;
  now: Date;
  /** IANA zone such as "Europe/Berlin", from Intl.DateTimeFormat().resolvedOptions(). */
  timeZone: string;
  /** The error text the reader pasted into search, if any. */
  pastedText?: string;
  rayId?: string;
  requestId?: string;
  /** An id the reader typed that is neither a recognised Ray ID nor request ID. */
  referenceId?: string;
  /** A date or time found in the pasted text, as it was written there. */
  errorTime?: string;
  /** The error page the reader came from, e.g. "502". */
  from?: string;
  pageUrl: string;
}

/** The report's headings, shared by the filled-in report and the outline shown without JavaScript. */
const REPORT_LABEL = {
  title: 'Support report (made with Fixpath)',
  cause: 'Likely cause',
  errorText: 'Error text on my screen',
  referenceId: 'Ray ID or request ID',
  answered: 'What I answered',
  tried: 'What I tried',
  system: 'Browser and system',
  when: 'When',
} as const;

/** Longest pasted text kept in a report; support needs the start, not 10,000 characters. */
export const MAX_PASTED_IN_REPORT = 1500;

/** "2026-11-21 14:05 (Europe/Berlin, UTC+01:00)": local time with its zone, as Cloudflare and OpenAI ask. */
export function formatLocalTime(now: Date, timeZone: string): string {
  let zone = timeZone;
  let parts: Intl.DateTimeFormatPart[];
  try {
    parts = new Intl.DateTimeFormat('en-CA', { timeZone: zone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' }).formatToParts(now);
  } catch {
    zone = 'UTC';
    parts = new Intl.DateTimeFormat('en-CA', { timeZone: 'UTC', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZoneName: 'longOffset' }).formatToParts(now);
  }
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? '';
  const offset = get('timeZoneName').replace('GMT', 'UTC') || 'UTC';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')} (${zone}, ${offset === 'UTC' ? 'UTC+00:00' : offset})`;
}

function clean(text: string): string {
  // Control characters would garble the report; keep line breaks and tabs.
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '').trim();
}

export function buildReport(input: ReportInput): string {
  const lines: string[] = [REPORT_LABEL.title, ''];
  if (input.outcome) lines.push(`${REPORT_LABEL.cause}: ${input.outcome.title} (${input.outcome.verdict})`);
  if (input.from) lines.push(`Error page I started from: ${input.from}`);

  const pasted = input.pastedText ? clean(input.pastedText) : '';
  if (pasted) {
    const shown = pasted.length > MAX_PASTED_IN_REPORT ? `${pasted.slice(0, MAX_PASTED_IN_REPORT)} […]` : pasted;
    lines.push('', `${REPORT_LABEL.errorText}:`, shown);
  }
  if (input.rayId) lines.push(`Cloudflare Ray ID: ${input.rayId}`);
  if (input.requestId) lines.push(`Request ID: ${input.requestId}`);
  if (input.referenceId) lines.push(`${REPORT_LABEL.referenceId}: ${clean(input.referenceId)}`);
  if (input.errorTime) lines.push(`Time on the error page: ${input.errorTime}`);

  lines.push('', `${REPORT_LABEL.answered}:`);
  if (input.answers.length === 0) lines.push('- (no questions answered)');
  input.answers.forEach((a, i) => lines.push(`${i + 1}. ${a.question} ${a.answer}`));

  lines.push('', `${REPORT_LABEL.tried}:`);
  if (input.tried.length === 0) lines.push('- (nothing yet)');
  for (const t of input.tried) lines.push(`- ${t.title}: ${t.fixed ? 'fixed it' : 'did not fix it'}`);

  lines.push(
    '',
    `${REPORT_LABEL.system}: ${describeUserAgent(input.userAgent)}`,
    `${REPORT_LABEL.when}: ${formatLocalTime(input.now, input.timeZone)}`,
    `Page: ${input.pageUrl}`,
  );
  return lines.join('\n');
}

/**
 * The report as an outline with blanks, for the outcome page without
 * JavaScript: the reader copies it and fills it in by hand.
 */
export function reportOutline(outcomeTitle: string): string {
  return [
    REPORT_LABEL.title,
    '',
    `${REPORT_LABEL.cause}: ${outcomeTitle}`,
    `${REPORT_LABEL.errorText}: `,
    `${REPORT_LABEL.referenceId} (if shown): `,
    `${REPORT_LABEL.tried}: `,
    `${REPORT_LABEL.system}: `,
    `${REPORT_LABEL.when} (date, time and time zone): `,
  ].join('\n');
}
