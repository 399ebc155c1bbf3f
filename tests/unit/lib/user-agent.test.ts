import { describe, expect, it } from 'vitest';
import { describeUserAgent, parseUserAgent, platformsFromUserAgent } from '../../../src/lib/user-agent';

const OPERA = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 OPR/120.0.0.0';
const SAFARI_IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';

describe('one user-agent table for the report and the tabs', () => {
  it('names the browser as people call it, and opens the tab that fits it', () => {
    expect(describeUserAgent(OPERA)).toBe('Opera 120 on Windows');
    expect(platformsFromUserAgent(OPERA)).toEqual(['chrome', 'windows']);
  });

  it('reads an iPhone as iOS, not macOS, in both uses', () => {
    expect(describeUserAgent(SAFARI_IPHONE)).toBe('Safari 18 on iOS');
    expect(platformsFromUserAgent(SAFARI_IPHONE)).toEqual(['safari', 'ios', 'iphone-and-ipad']);
  });

  it('says nothing it cannot read', () => {
    expect(parseUserAgent('curl/8.0')).toEqual({});
    expect(describeUserAgent('')).toBe('Unknown browser on an unknown system');
    expect(platformsFromUserAgent('')).toEqual([]);
  });
});
