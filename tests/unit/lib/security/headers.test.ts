import { describe, expect, it } from 'vitest';
import { globalBlock, headerCsp, headersFile, headersFor, matchesPattern, parseHeadersFile, metaCsp, notAllowedByHeader, parseCsp, serializeCsp, unionCsp } from '../../../../src/lib/security/headers';

const page = (policy: string) =>
  `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="${policy}"></head><body></body></html>`;

describe('metaCsp', () => {
  it("reads the policy from the page's CSP meta tag", () => {
    expect(metaCsp(page("default-src 'self'; script-src 'self' 'sha256-abc='"))).toBe("default-src 'self'; script-src 'self' 'sha256-abc='");
  });

  it('decodes entities Astro may use for quotes', () => {
    expect(metaCsp(page('default-src &#39;self&#39;'))).toBe("default-src 'self'");
  });

  it('returns undefined for a page without a policy', () => {
    expect(metaCsp('<html><head><meta name="description" content="x"></head></html>')).toBeUndefined();
  });
});

describe('parseCsp and serializeCsp', () => {
  it('round-trip a policy and ignore empty parts and a repeated directive', () => {
    const csp = parseCsp("default-src 'self';img-src 'self' data:; ;default-src *;");
    expect([...csp.keys()]).toEqual(['default-src', 'img-src']);
    expect(serializeCsp(csp)).toBe("default-src 'self'; img-src 'self' data:");
  });
});

describe('unionCsp', () => {
  it("keeps every page's hashes once, in first-seen order", () => {
    const a = parseCsp("default-src 'self'; script-src 'self' 'sha256-a='");
    const b = parseCsp("default-src 'self'; script-src 'self' 'sha256-b='; style-src 'self'");
    expect(serializeCsp(unionCsp([a, b]))).toBe("default-src 'self'; script-src 'self' 'sha256-a=' 'sha256-b='; style-src 'self'");
  });
});

describe('headerCsp', () => {
  it("adds frame-ancestors 'none', which only a header can carry", () => {
    expect(headerCsp(["default-src 'self'"])).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('replaces a weaker frame-ancestors rather than adding a second one', () => {
    expect(headerCsp(["default-src 'self'; frame-ancestors *"])).toBe("default-src 'self'; frame-ancestors 'none'");
  });

  it('refuses to write a header when no page has a policy', () => {
    expect(() => headerCsp([])).toThrowErrorMatchingInlineSnapshot(`[Error: No built page carries a CSP <meta> tag; is security.csp still on in astro.config.mjs?]`);
  });
});

describe('headersFile', () => {
  const file = headersFile("default-src 'self'; frame-ancestors 'none'");

  it('is a global block for every path and a long cache for hashed assets only', () => {
    const rules = parseHeadersFile(file);
    expect(rules.map((rule) => rule.pattern)).toEqual(['/*', '/_astro/*']);
    expect(headersFor(rules, '/_astro/page.Bx1.css').get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(headersFor(rules, '/_astro/page.Bx1.css').get('x-content-type-options')).toBe('nosniff');
    expect(headersFor(rules, '/errors/502/').has('cache-control')).toBe(false);
    expect(headersFor(rules, '/pagefind/pagefind.js').has('cache-control')).toBe(false);
  });

  it('carries the policy and the other security headers', () => {
    expect(file).toContain("  Content-Security-Policy: default-src 'self'; frame-ancestors 'none'\n");
    expect(file).toContain('  X-Content-Type-Options: nosniff\n');
    expect(file).toContain('  Referrer-Policy: strict-origin-when-cross-origin\n');
    expect(file).toMatch(/ {2}Permissions-Policy: .*\bcamera=\(\).*\bgeolocation=\(\).*\bmicrophone=\(\)/);
  });
});

describe('globalBlock', () => {
  it('reads the /* block of a _headers file and skips other paths and comments', () => {
    const file = '# note\n/pagefind/*\n  Cache-Control: max-age=60\n/*\n  X-Content-Type-Options: nosniff\n  Content-Security-Policy: default-src \'self\'; img-src data:\n';
    expect([...globalBlock(file)]).toEqual([['x-content-type-options', 'nosniff'], ['content-security-policy', "default-src 'self'; img-src data:"]]);
  });

  it('reads back what headersFile writes', () => {
    expect(globalBlock(headersFile("default-src 'self'")).get('content-security-policy')).toBe("default-src 'self'");
  });
});

describe('matchesPattern', () => {
  it('treats * as any run of characters and everything else literally', () => {
    expect(matchesPattern('/*', '/')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astro/a/b.js')).toBe(true);
    expect(matchesPattern('/_astro/*', '/_astroX/a.js')).toBe(false);
    expect(matchesPattern('/a.b', '/aXb')).toBe(false);
    expect(matchesPattern('/guides/', '/guides/x/')).toBe(false);
  });
});

describe('notAllowedByHeader', () => {
  it('lists sources and directives the page allows but the header does not', () => {
    const header = "default-src 'self'; script-src 'self' 'sha256-a='";
    expect(notAllowedByHeader("default-src 'self'; script-src 'self' 'sha256-a='", header)).toEqual([]);
    expect(notAllowedByHeader("script-src 'self' 'sha256-b='; style-src 'self'", header)).toEqual(["script-src 'sha256-b='", 'style-src']);
  });
});
