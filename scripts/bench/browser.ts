// What a first visit costs, measured in real Chromium against the built site:
// bytes on the wire per kind of file and the number of requests, and which
// JavaScript runs on a page before the visitor does anything.
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { summariseLoad, type LoadSummary, type RequestSample } from '../lib/bench/measure.ts';

export interface PageLoad extends LoadSummary {
  status: number;
  samples: RequestSample[];
}

/**
 * Loads `url` in a fresh browser context (empty cache, no cookies) and waits
 * until the network has been quiet for 500 ms, so anything a page loads when
 * idle counts as part of its first load.
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
  const response = await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
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
 * Every script Chromium ran on `url` from navigation until the network went
 * quiet, with no interaction: inline scripts and files alike (V8 coverage
 * lists each script it compiled).
 */
export async function executedJs(browser: Browser, url: string): Promise<ExecutedJs> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.coverage.startJSCoverage({ resetOnNavigation: false });
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForLoadState('networkidle');
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
