import { describe, expect, it } from 'vitest';
import { searchHref, TRIAGE_TEXT_LIMIT, triageHref } from '../../../../src/lib/search/links';

describe('triageHref', () => {
  it('carries the pasted text over, URL-encoded', () => {
    expect(triageHref('Error 1020 & more')).toBe('/triage/?text=Error%201020%20%26%20more');
  });

  it('truncates to 500 characters without cutting an emoji in half', () => {
    const text = `${'x'.repeat(499)}😀😀`;
    const carried = decodeURIComponent(triageHref(text).split('=')[1]!);
    expect(Array.from(carried)).toHaveLength(TRIAGE_TEXT_LIMIT);
    expect(carried.endsWith('😀')).toBe(true);
  });

  it('links to the plain wizard when there is no text', () => {
    expect(triageHref('   ')).toBe('/triage/');
  });

  it('does not throw on a broken surrogate pair', () => {
    expect(triageHref('a\uD800b')).toBe('/triage/?text=a%EF%BF%BDb');
  });
});

describe('searchHref', () => {
  it('builds the shareable results address', () => {
    expect(searchHref('502 Bad Gateway')).toBe('/search/?q=502+Bad+Gateway');
    expect(searchHref('')).toBe('/search/');
  });
});
