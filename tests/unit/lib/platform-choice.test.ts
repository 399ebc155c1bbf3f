import { describe, expect, it } from 'vitest';
import { pickPlatform, platformsFromUserAgent, remember } from '../../../src/lib/platform-choice';

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

  it('remembers newest first without repeats', () => {
    expect(remember(['chrome', 'linux'], 'linux')).toEqual(['linux', 'chrome']);
  });
});
