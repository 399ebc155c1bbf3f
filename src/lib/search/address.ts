/**
 * What a mistyped or outdated address on this site was probably after:
 * "/errors/522/" → "522", "/errors/gateway-timeout/" → "gateway timeout",
 * "/guides/clear-cookies" → "clear cookies". The 404 page searches for it.
 *
 * Pure: no DOM, no astro:*.
 */

/** The words of a site address, or '' when it says nothing searchable. */
export function queryFromPath(pathname: string): string {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    path = pathname;
  }
  const words = path
    .replace(/\.(?:html?|php|aspx?)$/i, '')
    .split('/')
    .filter((part) => part !== '' && !/^(?:errors?|guides?|error-codes?|codes?|index|page|pages|fixpath)$/i.test(part))
    .join(' ')
    .replace(/[-_+.]+/g, ' ')
    // ERR_CONNECTION_RESET keeps its underscores: the address wrote it that way, as a code.
    .trim();
  const fromCode = /\b(?:err|dns_probe|net)_[a-z_]+/i.exec(path.replace(/-/g, '_'));
  return (fromCode && /[A-Z]_[A-Z]/.test(path) ? fromCode[0] : words).slice(0, 200);
}
