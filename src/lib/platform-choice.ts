/**
 * Which platform tab to show first: the reader's last choice if this page has
 * it, else what their browser says it is, else the first tab.
 */
import { platformsFromUserAgent } from './user-agent';

export { platformsFromUserAgent };

/**
 * The slug of a platform section, from its visible name: "iPhone and iPad" →
 * "iphone-and-ipad". Platform.astro names its panels with it, and the user
 * agent table in user-agent.ts lists the slugs it suggests.
 */
export function platformSlug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
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
