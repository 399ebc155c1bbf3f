import { describe, expect, it } from 'vitest';
import { normalise } from '../../../../src/lib/search/normalise';
import { recognise } from '../../../../src/lib/search/recognise';
import { TABLE } from './fixture-table';

/** '/errors/502/' → '502' */
const codeOf = (url: string | undefined) => url?.replace(/^\/(?:errors|guides)\/|\/$/g, '');

const best = (text: string) => {
  const { hits, strong } = recognise(normalise(text), TABLE);
  return { code: codeOf(hits[0]?.url), kind: hits[0]?.kind, strong };
};

describe('recognise', () => {
  it('matches a title or message exactly, ignoring case, punctuation and quotes', () => {
    expect(best('502 bad gateway')).toEqual({ code: '502', kind: 'exact', strong: true });
    expect(best('"Too many requests in 1 hour. Try again later."')).toEqual({ code: 'too-many-requests-1-hour', kind: 'exact', strong: true });
    expect(best('Hmm… something seems to have gone wrong — maybe try me again in a little bit')).toEqual({ code: 'hmm', kind: 'exact', strong: true });
  });

  it('recognises a code with or without words like "error" and "HTTP"', () => {
    for (const text of ['502', 'error 502', 'Error code: 502', 'what does http 502 mean', 'HTTP/1.1 502']) {
      expect(best(text), text).toEqual({ code: '502', kind: 'code', strong: true });
    }
  });

  it('lists the pages that mention a code after the page for that code', () => {
    const { hits } = recognise('429', TABLE);
    expect(hits.map((h) => codeOf(h.url))).toEqual(['429', 'api-quota', 'api-rate-limit']);
  });

  it('finds a number that is no code in the messages that show it', () => {
    expect(best('1015')).toEqual({ code: '429', kind: 'mention', strong: true });
  });

  it('recognises the start of a message', () => {
    expect(best('sign-in keeps looping back')).toEqual({ code: 'login-failing', kind: 'within', strong: true });
    expect(best('gateway time-out')).toEqual({ code: '504', kind: 'within', strong: true });
  });

  it('tolerates one wrong word in a longer message', () => {
    expect(best('Too many requests in one hour. Try again later.')).toEqual({ code: 'too-many-requests-1-hour', kind: 'close', strong: true });
  });

  it('finds the message inside a whole pasted Cloudflare page', () => {
    const page = 'Access denied\nError code 1020\nRay ID: 7a1b2c3d4e5f6a7b\nTimestamp: 2026-11-21 14:03:12 UTC\nClick to copy';
    expect(best(page)).toEqual({ code: '1020', kind: 'contains', strong: true });
  });

  it('prefers the longest message in an API error over the code in front of it', () => {
    const sdk = "openai.RateLimitError: Error code: 429 - {'error': {'message': 'You exceeded your current quota, please check your plan and billing details.', 'type': 'insufficient_quota'}}";
    expect(best(sdk)).toEqual({ code: 'api-quota', kind: 'contains', strong: true });
  });

  it('is weak when a short message or code sits in a longer description', () => {
    expect(best('network error only when I am on the office wifi')).toEqual({ code: 'network-error', kind: 'contains', strong: false });
    expect(best('502 every morning on my phone')).toEqual({ code: '502', kind: 'code', strong: false });
  });

  it('is weak for two words that several titles share', () => {
    expect(best('not working').strong).toBe(false);
  });

  it('finds nothing for words that are in no message', () => {
    expect(recognise('vpn', TABLE).hits).toEqual([]);
    expect(recognise('works on my phone but not my laptop', TABLE).hits).toEqual([]);
    expect(recognise('', TABLE)).toEqual({ hits: [], strong: false });
  });
});

describe('recognise, word overlap', () => {
  it('hints at a page whose title holds most of the telling words, in any order', () => {
    expect(best('429 rate limit api python')).toEqual({ code: 'api-rate-limit', kind: 'overlap', strong: false });
  });

  it('gives no hint when too few words are shared', () => {
    expect(recognise('rate limit python', TABLE).hits.find((h) => h.kind === 'overlap')).toBeUndefined();
  });
});

describe('recognise, searchTerms, guides and code families', () => {
  it('answers a searchTerm said in full, ranked under a message of the same match', () => {
    expect(best('is chatgpt down for everyone or just me')).toEqual({ code: 'check-status-page', kind: 'exact', strong: true });
    const exact = recognise('is chatgpt down for everyone or just me', TABLE).hits[0]!;
    expect(exact.score).toBeLessThan(1000);
  });

  it('finds a browser code the pages do not list through its family', () => {
    expect(best('ERR_CONNECTION_RESET')).toEqual({ code: 'cannot-reach-site', kind: 'exact', strong: true });
    expect(best('ERR_CONNECTION_CLOSED')).toEqual({ code: 'cannot-reach-site', kind: 'family', strong: true });
    expect(best('NET::ERR_CERT_DATE_INVALID')).toEqual({ code: 'cannot-reach-site', kind: 'family', strong: true });
  });
});
