import { describe, expect, it } from 'vitest';
import { pagefindMetaAttributes } from '../../../../src/lib/search/pagefind-meta';

describe('pagefindMetaAttributes', () => {
  it('gives an error page its kind filter, code, messages and terms, with commas kept inside values', () => {
    expect(pagefindMetaAttributes({ kind: 'error', code: '502', messages: ['Bad gateway', 'Error, try again'], terms: ['site down'] })).toEqual({
      'data-pagefind-filter': 'kind[data-kind]',
      'data-kind': 'error',
      'data-pagefind-meta': 'code[data-code], messages[data-messages], terms[data-terms]',
      'data-code': '502',
      'data-messages': 'Bad gateway · Error, try again',
      'data-terms': 'site down',
    });
  });

  it('names only the metadata a page has, and none at all for a page without', () => {
    expect(pagefindMetaAttributes({ kind: 'guide', terms: ['clear cookies'] })['data-pagefind-meta']).toBe('terms[data-terms]');
    expect(pagefindMetaAttributes({ kind: 'guide', messages: [], terms: [] })).toEqual({ 'data-pagefind-filter': 'kind[data-kind]', 'data-kind': 'guide' });
  });
});
