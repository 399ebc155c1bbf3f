import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { clampWords, extractIds, fallbackTerms, normalise, tokens, withoutStopWords } from '../../../../src/lib/search/normalise';

const CLOUDFLARE_502 = `Bad gateway Error code 502
Visit cloudflare.com for more information.
2026-11-21 14:03:12 UTC
You  Browser  Working
London  Cloudflare  Working
chatgpt.com  Host  Error
What happened?
The web server reported a bad gateway error.
Cloudflare Ray ID: 8e4b0f1c2a3d4e5f • Your IP: 203.0.113.7 • Performance & security by Cloudflare`;

describe('normalise', () => {
  it('drops the protocol from a status line', () => {
    expect(normalise('HTTP/1.1 502 Bad Gateway')).toBe('502 Bad Gateway');
    expect(normalise('HTTP/2 429')).toBe('429');
  });

  it('drops URLs but keeps the words around them', () => {
    expect(normalise('Error at https://chatgpt.com/c/abc-123?x=1 Network error')).toBe('Error at Network error');
    expect(normalise('see www.example.com/path now')).toBe('see now');
  });

  it('drops timestamps, clock times and unix times', () => {
    expect(normalise('2026-11-21T14:03:12.123Z Network error')).toBe('Network error');
    expect(normalise('Timestamp: 2026-11-21 14:03:12 UTC')).toBe('Timestamp:');
    expect(normalise('Sat, 21 Nov 2026 14:03:12 GMT 503')).toBe('503');
    expect(normalise('at 2:03 PM it said 504')).toBe('at it said 504');
    expect(normalise('"created": 1763733792 oops')).toBe('created : oops');
  });

  it('drops Ray IDs, request IDs, UUIDs and IP addresses', () => {
    expect(normalise('Cloudflare Ray ID: 8e4b0f1c2a3d4e5f • Your IP: 203.0.113.7')).toBe('Cloudflare • Your IP:');
    expect(normalise('cf-ray: 8e4b0f1c2a3d4e5f-LHR 502')).toBe('502');
    expect(normalise('request ID req_3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c overloaded')).toBe('overloaded');
    expect(normalise('trace 3f2504e0-4f89-11d3-9a0c-0305e82c3301 x')).toBe('trace x');
  });

  it('drops quotes and a leading "Error:", and collapses whitespace', () => {
    expect(normalise('Error: "Network error"')).toBe('Network error');
    expect(normalise('error:  Error: Something   went\n\twrong')).toBe('Something went wrong');
    expect(normalise("“Conversation not found”")).toBe('Conversation not found');
    expect(normalise("'insufficient_quota'")).toBe('insufficient_quota');
  });

  it("keeps apostrophes inside words and a mid-sentence 'error code:'", () => {
    expect(normalise("ChatGPT app won't open")).toBe("ChatGPT app won't open");
    expect(normalise('error code: 1020')).toBe('error code: 1020');
  });

  it('cleans a whole pasted Cloudflare page down to its words', () => {
    const out = normalise(CLOUDFLARE_502);
    expect(out).toContain('Bad gateway Error code 502');
    expect(out).toContain('The web server reported a bad gateway error.');
    expect(out).not.toMatch(/8e4b0f1c|203\.0\.113|14:03|2026/);
    expect(out).not.toMatch(/\s{2}|\n/);
  });

  it('turns input with no words into an empty string', () => {
    expect(normalise('?!… --- ***')).toMatch(/^[^\p{L}\p{N}]*$/u);
    expect(tokens(normalise('?!… --- ***'))).toEqual([]);
    expect(normalise('   ')).toBe('');
  });

  it('never throws and never leaves runs of whitespace, whatever is pasted', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (text) => {
        const out = normalise(text);
        expect(out).toBe(out.trim());
        expect(out).not.toMatch(/\s{2}/);
      }),
    );
  });

  it('handles a 10,000-character paste quickly', () => {
    const paste = `${CLOUDFLARE_502}\n`.repeat(20).padEnd(10_000, 'x ');
    const start = performance.now();
    expect(normalise(paste).length).toBeGreaterThan(0);
    expect(performance.now() - start).toBeLessThan(200);
  });
});

describe('extractIds', () => {
  it('keeps the Ray ID and timestamp from a Cloudflare page', () => {
    expect(extractIds(CLOUDFLARE_502)).toEqual({ rayId: '8e4b0f1c2a3d4e5f', timestamp: '2026-11-21 14:03:12 UTC' });
  });

  it('reads a cf-ray header with its data centre', () => {
    expect(extractIds('cf-ray: 8e4b0f1c2a3d4e5f-LHR')).toEqual({ rayId: '8e4b0f1c2a3d4e5f-LHR' });
    expect(extractIds('8e4b0f1c2a3d4e5f-FRA')).toEqual({ rayId: '8e4b0f1c2a3d4e5f-FRA' });
  });

  it('reads request IDs from API errors and help-centre messages', () => {
    expect(extractIds('x-request-id: req_3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c').requestId).toBe('req_3f9a8b7c6d5e4f3a2b1c0d9e8f7a6b5c');
    expect(extractIds('(Request ID: 0a1b2c3d4e5f6a7b)').requestId).toBe('0a1b2c3d4e5f6a7b');
    expect(extractIds('"request_id": "abc123def456"').requestId).toBe('abc123def456');
  });

  it('reads ISO and HTTP-date timestamps as written', () => {
    expect(extractIds('at 2026-11-21T14:03:12Z').timestamp).toBe('2026-11-21T14:03:12Z');
    expect(extractIds('date: Sat, 21 Nov 2026 14:03:12 GMT').timestamp).toBe('Sat, 21 Nov 2026 14:03:12 GMT');
  });

  it('returns an empty object when there is nothing to keep', () => {
    expect(extractIds('Network error')).toEqual({});
    expect(extractIds('')).toEqual({});
  });
});

describe('tokens, fallbackTerms and clampWords', () => {
  it('splits into lower-case words, keeping underscores', () => {
    expect(tokens('Hmm…something seems, insufficient_quota RateLimitError')).toEqual(['hmm', 'something', 'seems', 'insufficient_quota', 'ratelimiterror']);
  });

  it('searches codes first, then longer words, without stop words or repeats', () => {
    expect(fallbackTerms('works on my phone but not my laptop 502 phone')).toEqual(['502', 'laptop', 'works', 'phone']);
  });

  it('caps the number of per-word searches', () => {
    expect(fallbackTerms('alpha bravo charlie delta echo foxtrot golf hotel india juliet kilo lima', 4)).toHaveLength(4);
  });

  it('leaves the fillers of a typed question out of the Pagefind query', () => {
    expect(withoutStopWords('is ChatGPT down right now?')).toBe('down');
    expect(withoutStopWords('turn off vpn chatgpt')).toBe('turn off vpn');
    expect(withoutStopWords('what is it')).toBe('what is it');
  });

  it('keeps only the first words of a long query', () => {
    expect(clampWords('a b c d', 2)).toBe('a b');
    expect(clampWords('a b', 2)).toBe('a b');
  });
});

describe('normalise, compact JSON and markup', () => {
  it('ends a URL at the quote in compact JSON, keeping the fields after it', () => {
    const json = '{"error":{"message":"You exceeded your current quota. Read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.","type":"insufficient_quota","param":null,"code":"insufficient_quota"}}';
    const out = normalise(json);
    expect(out).not.toMatch(/platform\.openai\.com/);
    expect(out.match(/insufficient_quota/g)).toHaveLength(2);
    expect(normalise("{'message': 'Visit https://platform.openai.com/account/rate-limits to learn more.', 'code': 'rate_limit_exceeded'}")).toMatch(/to learn more\..*rate_limit_exceeded/);
  });

  it('takes markup out and keeps its text', () => {
    expect(normalise('<html><head><title>502 Bad Gateway</title></head><body><center><h1>502 Bad Gateway</h1></center></body></html>')).toBe('502 Bad Gateway 502 Bad Gateway');
    expect(normalise('<img src=x onerror=alert(1)>')).toBe('');
    expect(normalise('<script>alert(1)</script>')).toBe('alert(1)');
    expect(normalise('Tom &amp; Jerry&#39;s')).toBe('Tom Jerry s');
  });

  it('drops the markers secrets were replaced with', () => {
    expect(normalise('Incorrect API key provided: [API key removed].')).toBe('Incorrect API key provided: .');
  });
});
