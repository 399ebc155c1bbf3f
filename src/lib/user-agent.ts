/**
 * The browser and system a user-agent string names: one table, read by the
 * support report ("Chrome 150 on Linux") and by the platform tabs (which tab
 * to open first). Never throws; says nothing when unsure.
 *
 * Pure: a string in, plain data out.
 */

export interface Browser {
  /** As people call it: "Samsung Internet". */
  name: string;
  /** The platform tab that fits it: Chromium-based browsers without a tab of their own use Chrome's. */
  tab: string;
  /** The major version. */
  version: string;
}

export interface System {
  name: string;
  /** Tab slugs that fit it, most specific first. */
  tabs: string[];
}

/** First match wins, so the more specific tokens come before the ones they contain. */
const BROWSERS: Array<[RegExp, string, string]> = [
  [/\bEdg(?:e|A|iOS)?\/(\d+)/, 'Edge', 'edge'],
  [/\bOPR\/(\d+)/, 'Opera', 'chrome'],
  [/\bSamsungBrowser\/(\d+)/, 'Samsung Internet', 'chrome'],
  [/\bFxiOS\/(\d+)/, 'Firefox', 'firefox'],
  [/\bCriOS\/(\d+)/, 'Chrome', 'chrome'],
  [/\bFirefox\/(\d+)/, 'Firefox', 'firefox'],
  [/(?:\b|Headless)Chrom(?:e|ium)\/(\d+)/, 'Chrome', 'chrome'],
  [/\bVersion\/(\d+)(?:\.\d+)*.*\bSafari\//, 'Safari', 'safari'],
];

/** iPhones say "like Mac OS X", so iOS comes before macOS. Section names become slugs ("iPhone and iPad" → iphone-and-ipad). */
const SYSTEMS: Array<[RegExp, string, string[]]> = [
  [/\b(?:iPhone|iPod)\b/, 'iOS', ['ios', 'iphone-and-ipad']],
  [/\biPad\b/, 'iPadOS', ['ios', 'iphone-and-ipad']],
  [/\bAndroid\b/, 'Android', ['android']],
  [/\bCrOS\b/, 'ChromeOS', []],
  [/\bWindows\b/, 'Windows', ['windows']],
  [/\bMac OS X\b|\bMacintosh\b/, 'macOS', ['macos']],
  [/\bLinux\b/, 'Linux', ['linux']],
];

/** What the user agent says, as far as it can be read (long strings are cut at 512 characters). */
export function parseUserAgent(userAgent: string): { browser?: Browser; system?: System } {
  const ua = String(userAgent ?? '').slice(0, 512);
  const result: { browser?: Browser; system?: System } = {};
  for (const [pattern, name, tab] of BROWSERS) {
    const match = pattern.exec(ua);
    if (match) { result.browser = { name, tab, version: match[1]! }; break; }
  }
  const system = SYSTEMS.find(([pattern]) => pattern.test(ua));
  if (system) result.system = { name: system[1], tabs: system[2] };
  return result;
}

/** "Chrome 150 on Linux", for the support report; "Unknown browser on an unknown system" at worst. */
export function describeUserAgent(userAgent: string): string {
  const { browser, system } = parseUserAgent(userAgent);
  return `${browser ? `${browser.name} ${browser.version}` : 'Unknown browser'} on ${system?.name ?? 'an unknown system'}`;
}

/** Platform tab slugs the user agent suggests, most specific first, e.g. ["edge", "windows"]. */
export function platformsFromUserAgent(userAgent: string): string[] {
  const { browser, system } = parseUserAgent(userAgent);
  return [...(browser ? [browser.tab] : []), ...(system?.tabs ?? [])];
}
