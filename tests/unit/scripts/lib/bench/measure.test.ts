import { describe, expect, it } from 'vitest';
import { buildCosts, categoryOf, flatten, formatBytes, formatTable, growth, summariseLoad } from '../../../../../scripts/lib/bench/measure';

describe('categoryOf', () => {
  it('puts each browser resource type in its bucket, and anything else in other', () => {
    expect(['document', 'stylesheet', 'script', 'font', 'image', 'fetch', 'other'].map(categoryOf)).toEqual(['html', 'css', 'js', 'fonts', 'images', 'other', 'other']);
  });
});

describe('summariseLoad', () => {
  it('adds body bytes per bucket and counts requests, keeping header bytes apart', () => {
    const summary = summariseLoad([
      { url: '/', resourceType: 'document', bodyBytes: 5000, headerBytes: 900 },
      { url: '/a.css', resourceType: 'stylesheet', bodyBytes: 2500, headerBytes: 900 },
      { url: '/pagefind/x.pf_index', resourceType: 'fetch', bodyBytes: 300, headerBytes: 100 },
    ]);
    expect(summary).toEqual({ bytes: { html: 5000, css: 2500, js: 0, fonts: 0, images: 0, other: 300, total: 7800 }, headerBytes: 1900, requests: 3 });
  });
});

describe('buildCosts', () => {
  const sample = (label: string, extraPages: number, pages: number, astroSeconds: number) =>
    ({ label, extraPages, pages, astroSeconds, indexSeconds: 1, distBytes: 0, distFiles: 0 });

  it('gives the cost per page, and per extra page over the base build', () => {
    const [base, hundred, thousand] = buildCosts([sample('real', 0, 50, 4), sample('+100', 100, 150, 6), sample('+1000', 1000, 1050, 24)]);
    expect(base).toMatchObject({ totalSeconds: 5, msPerPage: 100 });
    expect(base!.msPerExtraPage).toBeUndefined();
    expect(hundred).toMatchObject({ totalSeconds: 7, msPerExtraPage: 20 });
    expect(thousand).toMatchObject({ totalSeconds: 25, msPerExtraPage: 20 });
  });
});

describe('growth', () => {
  it('compares the pages both builds have, in the first build\'s order', () => {
    expect(growth(new Map([['/a/', 100], ['/b/', 50], ['/gone/', 9]]), new Map([['/b/', 60], ['/a/', 100], ['/c/', 1]]))).toEqual([
      { page: '/a/', base: 100, grown: 100, change: 0 },
      { page: '/b/', base: 50, grown: 60, change: 10 },
    ]);
  });
});

describe('formatBytes', () => {
  it('uses 1,000-byte kilobytes, as the budgets do', () => {
    expect([999, 1000, 15_400, 2_300_000].map(formatBytes)).toEqual(['999 B', '1.0 KB', '15.4 KB', '2.3 MB']);
  });
});

describe('formatTable', () => {
  it('aligns columns, numbers to the right', () => {
    expect(formatTable(['page', 'KB'], [['home', '1.5 KB'], ['error page', '12.0 KB'], ['404', '–']])).toBe(
      ['page        KB', '----------  -------', 'home         1.5 KB', 'error page  12.0 KB', '404               –'].join('\n'),
    );
  });
});

describe('flatten', () => {
  it('turns a nested report into dotted names and printable values', () => {
    expect(flatten({ index: { bytes: 1200 }, cold: [{ ms: 41.25 }], ok: true })).toEqual([
      ['index.bytes', '1200'],
      ['cold[0].ms', '41.3'],
      ['ok', 'true'],
    ]);
  });
});
