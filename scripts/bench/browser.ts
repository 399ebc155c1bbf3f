// What a first visit costs, measured in real Chromium against the built site:
// bytes on the wire per kind of file and the number of requests, and which
// JavaScript runs on a page before the visitor does anything.
import { gzipSync } from 'node:zlib';
import type { Browser, Page } from '@playwright/test';
import { summariseLoad, type LoadSummary, type RequestSample } from '../lib/bench/measure.ts';

export interface PageLoad extends LoadSummary {
  status: number;
  samples: RequestSample[];
}

/**
 * Counts a page's requests in flight; `settled()` resolves once none is (at
 * once if none is). A concrete signal, unlike `networkidle`'s 500 ms of quiet,
 * which stretches under load. Call before `goto`.
 */
export function trackInFlight(page: Page): { settled: () => Promise<void> } {
  let pending = 0;
  let waiting: Array<() => void> = [];
  const done = () => {
    pending -= 1;
    if (pending > 0) return;
    for (const resolve of waiting) resolve();
    waiting = [];
  };
  page.on('request', () => void (pending += 1));
  page.on('requestfinished', done);
  page.on('requestfailed', done);
  return { settled: () => (pending <= 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve))) };
}

/**
 * Loads `url` in a fresh browser context (empty cache, no cookies) and waits
 * for the load event and then until no request is in flight, so anything the
 * page fetches as it starts counts as part of its first load.
 */
export async function measureLoad(browser: Browser, url: string): Promise<PageLoad> {
  const context = await browser.newContext();
  const page = await context.newPage();
  const pending: Array<Promise<RequestSample | undefined>> = [];
  page.on('requestfinished', (request) => {
    pending.push((async () => {
      // data: URLs (the favicon) never touch the network.
      if (request.url().startsWith('data:')) return undefined;
      const sizes = await request.sizes();
      return { url: request.url(), resourceType: request.resourceType(), bodyBytes: sizes.responseBodySize, headerBytes: sizes.responseHeadersSize };
    })());
  });
  const inFlight = trackInFlight(page);
  const response = await page.goto(url, { waitUntil: 'load' });
  await inFlight.settled();
  const samples = (await Promise.all(pending)).filter((s): s is RequestSample => s !== undefined);
  await context.close();
  return { status: response?.status() ?? 0, samples, ...summariseLoad(samples) };
}

export interface ExecutedJs {
  scripts: Array<{ url: string; inline: boolean; bytes: number; gzip: number }>;
  bytes: number;
  gzip: number;
}

/**
 * Every script Chromium ran on `url` from navigation until the load event and
 * no request in flight, with no interaction: inline scripts and files alike
 * (V8 coverage lists each script it compiled).
 */
export async function executedJs(browser: Browser, url: string): Promise<ExecutedJs> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  const inFlight = trackInFlight(page);
  await page.goto(url, { waitUntil: 'load' });
  await inFlight.settled();
  const entries = await page.coverage.stopJSCoverage();
  await context.close();
  const scripts = entries
    // Playwright's own injected helpers have no URL; the page's scripts all do.
    .filter((entry) => entry.url.startsWith('http'))
    .map((entry) => {
      const source = Buffer.from(entry.source ?? '');
      return { url: entry.url, inline: entry.url === url, bytes: source.length, gzip: source.length === 0 ? 0 : gzipSync(source, { level: 9 }).length };
    });
  return { scripts, bytes: scripts.reduce((sum, s) => sum + s.bytes, 0), gzip: scripts.reduce((sum, s) => sum + s.gzip, 0) };
}
