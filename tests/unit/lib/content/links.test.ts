import { describe, expect, it } from 'vitest';
import { isExternalHref } from '../../../../src/lib/content/links';

describe('isExternalHref', () => {
  it('is true for links that leave the site', () => {
    expect(isExternalHref('https://www.rfc-editor.org/rfc/rfc9110')).toBe(true);
    expect(isExternalHref('HTTP://example.com')).toBe(true);
    expect(isExternalHref('//cdn.example.com/x.js')).toBe(true);
  });

  it('is false for site paths, fragments and other schemes', () => {
    for (const href of ['/guides/', '#source-1', 'errors/502/', 'mailto:help@example.com', '']) expect(isExternalHref(href)).toBe(false);
  });
});
