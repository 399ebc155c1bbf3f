import { describe, expect, it } from 'vitest';
import { errorHref, guideHref, incidentAnchor, incidentHref, searchHref, TRIAGE_TEXT_LIMIT, triageHref } from '../../../src/lib/routes';

describe('page addresses', () => {
  it('builds error, guide and incident addresses', () => {
    expect(errorHref('502')).toBe('/errors/502/');
    expect(errorHref('network-error')).toBe('/errors/network-error/');
    expect(guideHref('check-status-page')).toBe('/guides/check-status-page/');
    expect(incidentHref('2024-06-04')).toBe('/incidents/#incident-2024-06-04');
    expect(incidentHref('x').endsWith(`#${incidentAnchor('x')}`)).toBe(true);
  });
});

describe('triageHref', () => {
  it('puts the first question at /triage/, whether named start or not at all', () => {
    expect(triageHref()).toBe('/triage/');
    expect(triageHref('start')).toBe('/triage/');
    expect(triageHref('start', { from: '502' })).toBe('/triage/?from=502');
  });

  it('puts every other node at /triage/<id>/', () => {
    expect(triageHref('which-code', { from: '502' })).toBe('/triage/which-code/?from=502');
  });

  it('carries pasted text, encoded and cut to the limit in code points', () => {
    expect(triageHref(undefined, { text: 'Error 1020 & more' })).toBe('/triage/?text=Error%201020%20%26%20more');
    const text = '😀'.repeat(TRIAGE_TEXT_LIMIT + 5);
    const carried = decodeURIComponent(triageHref(undefined, { text }).split('=')[1]!);
    expect(Array.from(carried)).toHaveLength(TRIAGE_TEXT_LIMIT);
    expect(triageHref(undefined, { text: '   ' })).toBe('/triage/');
    expect(triageHref(undefined, { text: 'a\uD800b' })).toBe('/triage/?text=a%EF%BF%BDb');
  });
});

describe('searchHref', () => {
  it('is the shareable results address, spaces as +', () => {
    expect(searchHref('502 Bad Gateway')).toBe('/search/?q=502+Bad+Gateway');
    expect(searchHref('')).toBe('/search/');
  });
});
