import { describe, expect, it } from 'vitest';
import { pickPlatform, platformsFromUserAgent, platformSlug, remember } from '../../../src/lib/platform-choice';

const FIREFOX_LINUX = 'Mozilla/5.0 (X11; Linux x86_64; rv:140.0) Gecko/20100101 Firefox/140.0';
const EDGE_WINDOWS = 'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/150.0.0.0 Safari/537.36 Edg/150.0.0.0';

describe('choosing the first platform tab', () => {
  it('reads browser and system from the user agent', () => {
    expect(platformsFromUserAgent(FIREFOX_LINUX)).toEqual(['firefox', 'linux']);
    expect(platformsFromUserAgent(EDGE_WINDOWS)).toEqual(['edge', 'windows']);
  });

  it('prefers what the reader chose before, when the page has it', () => {
    expect(pickPlatform(['chrome', 'edge', 'firefox'], ['safari', 'firefox'], EDGE_WINDOWS)).toBe(2);
  });

  it('falls back to the user agent, then to the first tab', () => {
    expect(pickPlatform(['windows', 'macos', 'linux'], ['firefox'], FIREFOX_LINUX)).toBe(2);
    expect(pickPlatform(['ios', 'android'], [], FIREFOX_LINUX)).toBe(0);
  });

  it('slugs section names the way the user-agent table expects', () => {
    expect(platformSlug('iPhone and iPad')).toBe('iphone-and-ipad');
    expect(platformSlug('  Chrome ')).toBe('chrome');
    const IPAD = 'Mozilla/5.0 (iPad; CPU OS 18_0 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/18.0 Mobile/15E148 Safari/604.1';
    expect(platformsFromUserAgent(IPAD)).toContain(platformSlug('iPhone and iPad'));
  });

  it('remembers newest first without repeats', () => {
    expect(remember(['chrome', 'linux'], 'linux')).toEqual(['linux', 'chrome']);
  });
});
