/** True for an absolute http(s) URL or a protocol-relative one: a link that leaves the site. */
export function isExternalHref(href: string): boolean {
  return /^(https?:)?\/\//i.test(href.trim());
}
