import { describe, expect, it } from 'vitest';
import { buildReport, formatLocalTime, MAX_PASTED_IN_REPORT, reportOutline } from '../../../../src/lib/triage/report';
import { describeUserAgent } from '../../../../src/lib/user-agent';

const CHROME_MAC = 'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36';

describe('buildReport', () => {
  it('lists everything support asks for, in a fixed order', () => {
    const report = buildReport({
      outcome: { title: 'It is an outage on the service\'s side', verdict: 'Service outage' },
      answers: [
        { question: 'What are you looking at right now?', answer: 'A whole page with an error code' },
        { question: 'Which code does the page show?', answer: '500, 502, 503 or 504' },
      ],
      tried: [{ title: 'Check the status page', fixed: false }],
      userAgent: CHROME_MAC,
      now: new Date('2026-11-21T13:05:00Z'),
      timeZone: 'Europe/Berlin',
      pastedText: '502 Bad Gateway\nRay ID: 8f2b3c4d5e6f7a8b',
      rayId: '8f2b3c4d5e6f7a8b',
      from: '502',
      pageUrl: 'https://fixpath.example/triage/outcome-outage/?answers=code-page,server,incident',
    });
    expect(report).toBe([
      'Support report (made with Fixpath)',
      '',
      "Likely cause: It is an outage on the service's side (Service outage)",
      'Error page I started from: 502',
      '',
      'Error text on my screen:',
      '502 Bad Gateway',
      'Ray ID: 8f2b3c4d5e6f7a8b',
      'Cloudflare Ray ID: 8f2b3c4d5e6f7a8b',
      '',
      'What I answered:',
      '1. What are you looking at right now? A whole page with an error code',
      '2. Which code does the page show? 500, 502, 503 or 504',
      '',
      'What I tried:',
      '- Check the status page: did not fix it',
      '',
      'Browser and system: Chrome 150 on macOS',
      'When: 2026-11-21 14:05 (Europe/Berlin, UTC+01:00)',
      'Page: https://fixpath.example/triage/outcome-outage/?answers=code-page,server,incident',
    ].join('\n'));
  });

  it('says plainly when nothing was answered or tried, and leaves out empty parts', () => {
    const report = buildReport({ answers: [], tried: [], userAgent: '', now: new Date('2026-01-01T00:00:00Z'), timeZone: 'UTC', pageUrl: 'https://x/' });
    expect(report).toContain('What I answered:\n- (no questions answered)');
    expect(report).toContain('What I tried:\n- (nothing yet)');
    expect(report).toContain('Browser and system: Unknown browser on an unknown system');
    expect(report).not.toContain('Error text on my screen');
    expect(report).not.toContain('Ray ID');
  });

  it('shortens a huge paste and strips control characters', () => {
    const report = buildReport({ answers: [], tried: [], userAgent: '', now: new Date(0), timeZone: 'UTC', pageUrl: 'https://x/', pastedText: `\u0007${'x'.repeat(10_000)}` });
    const lines = report.split('\n');
    const pasted = lines[lines.indexOf('Error text on my screen:') + 1];
    expect(pasted).toBe(`${'x'.repeat(MAX_PASTED_IN_REPORT)} […]`);
  });
});

it('keeps the request ID and the time the error page showed', () => {
  const report = buildReport({ answers: [], tried: [], userAgent: '', now: new Date(0), timeZone: 'UTC', pageUrl: 'https://x/', requestId: 'req_abc123', errorTime: '2026-11-21 10:00:00 UTC' });
  expect(report).toContain('Request ID: req_abc123\nTime on the error page: 2026-11-21 10:00:00 UTC');
});

describe('formatLocalTime', () => {
  it('gives the local time with the zone name and offset', () => {
    expect(formatLocalTime(new Date('2026-07-01T12:00:00Z'), 'America/New_York')).toBe('2026-07-01 08:00 (America/New_York, UTC-04:00)');
    expect(formatLocalTime(new Date('2026-07-01T12:00:00Z'), 'UTC')).toBe('2026-07-01 12:00 (UTC, UTC+00:00)');
  });

  it('falls back to UTC for a zone it does not know', () => {
    expect(formatLocalTime(new Date('2026-07-01T12:00:00Z'), 'Mars/Olympus')).toBe('2026-07-01 12:00 (UTC, UTC+00:00)');
  });
});

describe('describeUserAgent', () => {
  it.each([
    [CHROME_MAC, 'Chrome 150 on macOS'],
    ['Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0', 'Edge 150 on Windows'],
    ['Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0', 'Firefox 140 on Linux'],
    ['Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1', 'Safari 18 on iOS'],
    ['Mozilla/5.0 (Linux; Android 15; Pixel 9) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Mobile Safari/537.36', 'Chrome 150 on Android'],
    ['Mozilla/5.0 (X11; Linux x86_64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/150.0.0.0 Safari/537.36', 'Chrome 150 on Linux'],
  ])('%s → %s', (ua, expected) => {
    expect(describeUserAgent(ua)).toBe(expected);
  });
});

describe('reportOutline', () => {
  it('lists the report lines with blanks to fill in, under the same headings as the filled-in report', () => {
    const outline = reportOutline('A browser extension is in the way');
    expect(outline.split('\n')).toEqual([
      'Support report (made with Fixpath)',
      '',
      'Likely cause: A browser extension is in the way',
      'Error text on my screen: ',
      'Ray ID or request ID (if shown): ',
      'What I tried: ',
      'Browser and system: ',
      'When (date, time and time zone): ',
    ]);
    const filled = buildReport({ answers: [], tried: [], userAgent: '', now: new Date(0), timeZone: 'UTC', pageUrl: 'x', pastedText: 'e' });
    for (const heading of ['Support report (made with Fixpath)', 'Error text on my screen', 'What I tried', 'Browser and system', 'When']) expect(filled).toContain(heading);
  });
});
