import { describe, expect, it } from 'vitest';
import { findWait, formatRemaining, parseDuration, retryAt } from '../../../src/lib/retry';

describe('parseDuration', () => {
  it('reads the forms OpenAI and people write', () => {
    expect(parseDuration('20s')).toBe(20);
    expect(parseDuration('1.2s')).toBe(1.2);
    expect(parseDuration('6ms')).toBe(0.006);
    expect(parseDuration('1m3s')).toBe(63);
    expect(parseDuration('5m2.4s')).toBeCloseTo(302.4);
    expect(parseDuration('2 minutes 30 seconds')).toBe(150);
    expect(parseDuration('1h')).toBe(3600);
  });

  it('refuses what is not a duration', () => {
    expect(parseDuration('soon')).toBeUndefined();
    expect(parseDuration('20')).toBeUndefined();
    expect(parseDuration('1 hour ago')).toBeUndefined();
  });
});

describe('findWait', () => {
  it('reads Retry-After in seconds and as an HTTP date', () => {
    expect(findWait('Retry-After: 90')).toEqual({ kind: 'relative', seconds: 90, text: '90 seconds' });
    expect(findWait('retry-after: Wed, 21 Oct 2026 07:28:00 GMT')).toEqual({ kind: 'date', at: '2026-10-21T07:28:00.000Z', text: 'Wed, 21 Oct 2026 07:28:00 GMT' });
    expect(findWait('{"retry-after": "20"}')).toMatchObject({ kind: 'relative', seconds: 20 });
  });

  it('reads "try again in …" from API messages', () => {
    expect(findWait('Please try again in 20s.')).toEqual({ kind: 'relative', seconds: 20, text: '20s' });
    expect(findWait('try again in 1.2s. Visit https://platform.openai.com')).toMatchObject({ seconds: 1.2 });
    expect(findWait('Please try again in 6ms.')).toMatchObject({ seconds: 0.006 });
    expect(findWait('Please try again in 5m2.4s.')).toMatchObject({ text: '5m2.4s' });
  });

  it("prefers the server's wait to a client library's backoff", () => {
    expect(findWait('Retrying in 4.0 seconds as it raised RateLimitError: … Please try again in 2.8s.')).toMatchObject({ seconds: 2.8 });
    expect(findWait('Retrying in 4.0 seconds')).toMatchObject({ seconds: 4 });
  });

  it('reads the reset headers in a pasted block, the longest of them', () => {
    const block = 'HTTP/2 429\nx-ratelimit-remaining-requests: 0\nx-ratelimit-reset-requests: 1m3s\nx-ratelimit-reset-tokens: 6ms\n';
    expect(findWait(block)).toEqual({ kind: 'relative', seconds: 63, text: '1m3s' });
    expect(findWait(`${block}retry-after: 63`)).toMatchObject({ seconds: 63, text: '63 seconds' });
  });

  it('reads a clock time, 12- or 24-hour', () => {
    expect(findWait("You've reached the current usage cap for GPT-4, please try again after 6:42 PM.")).toEqual({ kind: 'clock', hours: 18, minutes: 42, text: '6:42 PM' });
    expect(findWait('try again after 18:05')).toEqual({ kind: 'clock', hours: 18, minutes: 5, text: '18:05' });
    expect(findWait('try again after 12:10 am')).toMatchObject({ hours: 0, minutes: 10 });
    expect(findWait('try again after 6')).toBeUndefined();
    expect(findWait('try again after 25:00')).toBeUndefined();
  });

  it('finds no wait in a message that only names a period', () => {
    expect(findWait('Too many requests in 1 hour. Try again later.')).toBeUndefined();
    expect(findWait('Rate limit reached on requests per min (RPM)')).toBeUndefined();
    expect(findWait('')).toBeUndefined();
  });
});

describe('retryAt', () => {
  const pasted = new Date(2026, 11, 1, 17, 0, 0); // local 5:00 PM

  it('counts a relative wait from the paste', () => {
    expect(retryAt({ kind: 'relative', seconds: 63, text: '1m3s' }, pasted).getTime() - pasted.getTime()).toBe(63_000);
    expect(retryAt({ kind: 'relative', seconds: 0.006, text: '6ms' }, pasted).getTime() - pasted.getTime()).toBe(6);
  });

  it('puts a clock time on the local clock, today or, long past, tomorrow', () => {
    const later = retryAt({ kind: 'clock', hours: 18, minutes: 42, text: '6:42 PM' }, pasted);
    expect([later.getDate(), later.getHours(), later.getMinutes()]).toEqual([1, 18, 42]);
    const justPast = retryAt({ kind: 'clock', hours: 16, minutes: 55, text: '4:55 PM' }, pasted);
    expect(justPast.getDate()).toBe(1);
    const morning = retryAt({ kind: 'clock', hours: 2, minutes: 0, text: '2:00 AM' }, pasted);
    expect([morning.getDate(), morning.getHours()]).toEqual([2, 2]);
  });

  it('keeps an HTTP date as it is', () => {
    expect(retryAt({ kind: 'date', at: '2026-10-21T07:28:00.000Z', text: '' }, pasted).toISOString()).toBe('2026-10-21T07:28:00.000Z');
  });
});

describe('formatRemaining', () => {
  it('says the time left in short words, a minute at a time when asked', () => {
    expect(formatRemaining(63_000)).toBe('1 min 3 s');
    expect(formatRemaining(3_725_000)).toBe('1 h 2 min');
    expect(formatRemaining(400)).toBe('1 s');
    expect(formatRemaining(63_000, 60)).toBe('2 min');
    expect(formatRemaining(0)).toBe('now');
  });
});
