/**
 * The closed word lists of the content model, in one place. Schemas build their
 * `z.enum()`s from these tuples and the label maps are typed by them, so adding
 * a value without its label fails the type check.
 */

/** How an error reaches the reader: an HTTP status, a Cloudflare page, the browser's own error page, or the service's own wording. */
export const ERROR_KINDS = ['http', 'cloudflare', 'browser', 'app-message'] as const;
export type ErrorKind = (typeof ERROR_KINDS)[number];

/**
 * The hops of a request, in order, from the reader to their account: your
 * device and browser, your network (Wi-Fi, office proxy, VPN), the service's
 * edge (for ChatGPT, Cloudflare), the service's servers, your account or plan.
 */
export const HOPS = ['device', 'network', 'edge', 'servers', 'account'] as const;
export type Hop = (typeof HOPS)[number];

/** Whose side a problem sits on. Derived from where it breaks (src/lib/content/where.ts), never typed. */
export const FAULTS = ['upstream', 'local', 'either', 'none'] as const;
export type Fault = (typeof FAULTS)[number];

/** What a guide can cost the reader. Shown beside every step that links to it. */
export const RISKS = ['none', 'loses-unsaved-text', 'signs-you-out', 'resets-site-settings', 'interrupts-network'] as const;
export type Risk = (typeof RISKS)[number];

/** Platforms a guide has steps for. `any` means the steps do not depend on the platform. */
export const PLATFORMS = [
  'any', 'chrome', 'edge', 'firefox', 'safari', 'windows', 'macos', 'linux', 'ios', 'android', 'api',
] as const;
export type PlatformId = (typeof PLATFORMS)[number];

/** The verdicts a triage outcome can give. */
export const VERDICTS = ['service-outage', 'your-browser', 'your-network', 'your-account-or-limit', 'the-app', 'unclear'] as const;
export type Verdict = (typeof VERDICTS)[number];

/** A primary source is the standard or the vendor's own text; a secondary one reports it (news, forums, mirrors). */
export const SOURCE_KINDS = ['primary', 'secondary'] as const;
export type SourceKind = (typeof SOURCE_KINDS)[number];
