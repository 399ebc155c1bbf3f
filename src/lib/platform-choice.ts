/**
 * Which platform tab to show first: the reader's last choice if this page has
 * it, else what their browser says it is, else the first tab.
 */

/** Platform names a user agent suggests, most specific first, e.g. ["edge", "windows"]. */
export function platformsFromUserAgent(userAgent: string): string[] {
  const found: string[] = [];
  if (/\bEdg(?:e|A|iOS)?\//.test(userAgent)) found.push('edge');
  else if (/\b(?:Firefox|FxiOS)\//.test(userAgent)) found.push('firefox');
  else if (/\b(?:Chrome|CriOS|Chromium)\//.test(userAgent)) found.push('chrome');
  else if (/\bVersion\/\d+.*Safari\//.test(userAgent)) found.push('safari');
  // Section names become slugs ("iPhone and iPad" → iphone-and-ipad), so list those too.
  if (/\b(?:iPhone|iPad|iPod)\b/.test(userAgent)) found.push('ios', 'iphone-and-ipad');
  else if (/\bAndroid\b/.test(userAgent)) found.push('android');
  else if (/\bWindows\b/.test(userAgent)) found.push('windows');
  else if (/\bMac OS X\b/.test(userAgent)) found.push('macos');
  else if (/\bLinux\b/.test(userAgent)) found.push('linux');
  return found;
}

/** Index of the tab to open among `available` (slugs such as "chrome", "macos"). */
export function pickPlatform(available: readonly string[], remembered: readonly string[], userAgent: string): number {
  for (const wanted of [...remembered, ...platformsFromUserAgent(userAgent)]) {
    const index = available.indexOf(wanted);
    if (index >= 0) return index;
  }
  return 0;
}

/** The remembered list after choosing `slug`: newest first, no repeats, short. */
export function remember(remembered: readonly string[], slug: string): string[] {
  return [slug, ...remembered.filter((s) => s !== slug)].slice(0, 6);
}
