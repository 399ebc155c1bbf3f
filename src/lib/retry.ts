/**
 * When to retry, read from a pasted error: a `Retry-After` header (seconds or
 * an HTTP date), OpenAI's `x-ratelimit-reset-*` headers ("1m3s", "6ms"), the
 * API's "Please try again in 20s" / "in 1.2s" / "in 120ms", or ChatGPT's "try
 * again after 6:42 PM".
 *
 * A relative wait counts from when the error appeared, which this code cannot
 * know: callers count from the paste and say so. A clock time on screen is
 * already the reader's local time.
 *
 * Pure: no DOM, no astro:*. Dates are passed in, never read from the clock.
 */

export type Wait =
  /** Wait this long, counted from when the error appeared. */
  | { kind: 'relative'; seconds: number; text: string }
  /** A time of day on the reader's own clock, as the screen showed it (24-hour). */
  | { kind: 'clock'; hours: number; minutes: number; text: string }
  /** An exact moment, from an HTTP date (`Retry-After: Wed, 21 Oct 2026 07:28:00 GMT`). */
  | { kind: 'date'; at: string; text: string };

const UNIT_SECONDS: Record<string, number> = {
  ms: 0.001, millisecond: 0.001, milliseconds: 0.001,
  s: 1, sec: 1, secs: 1, second: 1, seconds: 1,
  m: 60, min: 60, mins: 60, minute: 60, minutes: 60,
  h: 3600, hr: 3600, hrs: 3600, hour: 3600, hours: 3600,
  d: 86400, day: 86400, days: 86400,
};

const PART = String.raw`(\d+(?:\.\d+)?)\s?(ms|milliseconds?|s|secs?|seconds?|m|mins?|minutes?|h|hrs?|hours?|d|days?)(?![a-z])`;

/**
 * Seconds in a duration such as "1m3s", "5m2.4s", "120ms", "1.2s", "20 seconds"
 * or "2 minutes 30 seconds"; undefined if it is not one.
 */
export function parseDuration(text: string): number | undefined {
  const trimmed = text.trim().toLowerCase();
  const whole = new RegExp(String.raw`^(?:${PART}\s*(?:and\s+)?)+$`);
  if (!whole.test(trimmed)) return undefined;
  let seconds = 0;
  for (const match of trimmed.matchAll(new RegExp(PART, 'g'))) seconds += Number(match[1]) * UNIT_SECONDS[match[2]!]!;
  return seconds;
}

const MONTHS = 'jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec';
const HTTP_DATE = new RegExp(String.raw`(?:mon|tue|wed|thu|fri|sat|sun),\s+\d{1,2}\s+(?:${MONTHS})\s+\d{4}\s+\d{2}:\d{2}:\d{2}\s+gmt`, 'i');

/** The value of header `name` in a pasted block, in any case, with `:` or `=`. */
function header(text: string, name: string): string | undefined {
  const match = new RegExp(String.raw`(?:^|[\s{,"'])${name}["']?\s*[:=]\s*["']?([^"'\r\n,}]+(?:,\s*\d{1,2}\s+[a-z]{3}\s+\d{4}[^"'\r\n,}]*)?)`, 'im').exec(text);
  return match?.[1]?.trim();
}

/**
 * The wait a paste asks for, or undefined. Retry-After wins, then the
 * API's "try again in …", then the reset headers (the longest of them), then a
 * clock time.
 *
 * @example findWait('Please try again in 20s.') // → { kind: 'relative', seconds: 20, text: '20s' }
 */
export function findWait(input: string): Wait | undefined {
  const text = String(input ?? '').slice(0, 20_000);

  const retryAfter = header(text, 'retry-after');
  if (retryAfter) {
    if (/^\d+(?:\.\d+)?$/.test(retryAfter)) return { kind: 'relative', seconds: Number(retryAfter), text: `${retryAfter} seconds` };
    const date = HTTP_DATE.exec(retryAfter);
    if (date) {
      const at = Date.parse(date[0]);
      if (!Number.isNaN(at)) return { kind: 'date', at: new Date(at).toISOString(), text: date[0] };
    }
  }

  // The server's own "try again in", before a client library's "Retrying in 4.0 seconds".
  for (const lead of [String.raw`try\s+(?:your\s+request\s+)?again`, String.raw`retry(?:ing)?(?:\s+(?:your\s+request|again))?`]) {
    const tryIn = new RegExp(String.raw`\b${lead}\s+in\s+((?:${PART}\s*(?:and\s+)?)+)`, 'i').exec(text);
    const seconds = tryIn ? parseDuration(tryIn[1]!) : undefined;
    if (seconds !== undefined) return { kind: 'relative', seconds, text: tryIn![1]!.trim() };
  }

  const resets = ['x-ratelimit-reset-requests', 'x-ratelimit-reset-tokens', 'x-ratelimit-reset']
    .map((name) => header(text, name))
    .flatMap((value) => {
      const seconds = value === undefined ? undefined : parseDuration(value);
      return seconds === undefined ? [] : [{ seconds, text: value! }];
    });
  if (resets.length > 0) {
    const longest = resets.reduce((a, b) => (b.seconds > a.seconds ? b : a));
    return { kind: 'relative', seconds: longest.seconds, text: longest.text };
  }

  const clock = /\b(?:try\s+again|retry|available|resets?)\s+(?:after|at)\s+(\d{1,2})(?::(\d{2}))?\s*([ap]\.?m\.?)?(?![\d:])/i.exec(text);
  if (clock) {
    let hours = Number(clock[1]);
    const minutes = Number(clock[2] ?? 0);
    const meridiem = clock[3]?.toLowerCase().replace(/\./g, '');
    if (meridiem && (hours < 1 || hours > 12)) return undefined;
    if (!clock[2] && !meridiem) return undefined; // "after 6" says too little
    if (meridiem === 'pm' && hours < 12) hours += 12;
    if (meridiem === 'am' && hours === 12) hours = 0;
    if (hours > 23 || minutes > 59) return undefined;
    return { kind: 'clock', hours, minutes, text: `${clock[1]}${clock[2] ? `:${clock[2]}` : ''}${meridiem ? ` ${meridiem.toUpperCase()}` : ''}` };
  }
  return undefined;
}

/**
 * The moment to retry. A relative wait counts from `pastedAt`; a clock time is
 * the next such time on the local clock at or after `pastedAt` (allowing for a
 * time a few minutes past, which has simply passed).
 */
export function retryAt(wait: Wait, pastedAt: Date): Date {
  if (wait.kind === 'relative') return new Date(pastedAt.getTime() + Math.ceil(wait.seconds * 1000));
  if (wait.kind === 'date') return new Date(wait.at);
  const at = new Date(pastedAt);
  at.setHours(wait.hours, wait.minutes, 0, 0);
  // "after 6:42 PM" seen at 6:50 PM has passed; seen at 1 AM it means tomorrow… or
  // yesterday evening. Over 12 hours back, it is the next one.
  if (pastedAt.getTime() - at.getTime() > 12 * 3600_000) at.setDate(at.getDate() + 1);
  return at;
}

/**
 * "1 h 2 min", "3 min 5 s", "45 s", "under a second"; `stepSeconds` rounds up
 * to whole minutes for a calmer display (reduced motion).
 */
export function formatRemaining(ms: number, stepSeconds = 1): string {
  if (ms <= 0) return 'now';
  let total = Math.ceil(ms / 1000 / stepSeconds) * stepSeconds;
  if (total < 1) return 'under a second';
  const h = Math.floor(total / 3600);
  total -= h * 3600;
  const m = Math.floor(total / 60);
  const s = total - m * 60;
  const parts = [h > 0 ? `${h} h` : '', m > 0 ? `${m} min` : '', s > 0 && h === 0 ? `${s} s` : ''].filter(Boolean);
  return parts.join(' ') || 'under a second';
}
