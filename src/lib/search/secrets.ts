/**
 * Pasted secrets never travel. People paste whole terminal sessions and request
 * dumps: an OpenAI key (`sk-…`), an `Authorization: Bearer …` header, a
 * `Cookie:` line, a session token, an e-mail address. This takes them out
 * before the text goes into any URL, sessionStorage, the step-by-step check or
 * the support report, and says what it took, so the page can tell the reader.
 *
 * Pure: no DOM, no astro:*.
 */

export type SecretKind = 'API key' | 'access token' | 'cookie' | 'e-mail address';

export interface Redacted {
  /** The text with every secret replaced by a marker such as "[API key removed]". */
  text: string;
  /** What was removed, each kind once, in the order found. Empty when nothing was. */
  removed: SecretKind[];
}

const marker = (kind: SecretKind) => `[${kind} removed]`;

/** Each pattern, in order, with what it removes. Order matters: a header line goes before the bare token inside it. */
const PATTERNS: ReadonlyArray<{ kind: SecretKind; pattern: RegExp; keep?: (match: string, ...groups: string[]) => string }> = [
  // A whole Cookie / Set-Cookie header line: everything after the name is someone's session.
  { kind: 'cookie', pattern: /\b((?:set-)?cookie\s*:)[^\r\n]*/gi, keep: (_m, name) => `${name} ${marker('cookie')}` },
  // curl -b 'name=value' / --cookie "…"
  { kind: 'cookie', pattern: /(--cookie|-b)(\s+)(["'])[^"'\r\n]*\3/g, keep: (_m, flag, space) => `${flag}${space}${marker('cookie')}` },
  // Authorization: Bearer …, Basic …, or any scheme; api-key / x-api-key headers; OPENAI_API_KEY=…
  { kind: 'access token', pattern: /\b(authorization\s*[:=]\s*["']?(?:(?:bearer|basic|token)\s+)?)(?!(?:bearer|basic|token)\b|\$|YOUR_KEY\b|<)[^\s"',})]+/gi, keep: (_m, name) => `${name}${marker('access token')}` },
  { kind: 'API key', pattern: /\b((?:x-)?api[-_]?key\s*[:=]\s*["']?)(?!\$|<|\[)[^\s"',})]+/gi, keep: (_m, name) => `${name}${marker('API key')}` },
  { kind: 'API key', pattern: /\b(OPENAI_API_KEY\s*[:=]\s*["']?)(?!\$|<)[^\s"',}]+/g, keep: (_m, name) => `${name}${marker('API key')}` },
  // Bearer tokens anywhere else ("Bearer eyJ…"), but not the placeholder in OpenAI's own message.
  { kind: 'access token', pattern: /\bbearer\s+(?!auth\b|YOUR_KEY\b|\$)[A-Za-z0-9._~+/=-]{12,}/gi },
  // OpenAI keys: sk-…, sk-proj-…, sk-svcacct-…, also as OpenAI masks them (sk-proj-****abcd).
  { kind: 'API key', pattern: /\bsk-[A-Za-z0-9_*-]{6,}/g },
  // JSON Web Tokens (session tokens, OAuth access tokens).
  { kind: 'access token', pattern: /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]*/g },
  // Session cookies pasted without their header.
  { kind: 'cookie', pattern: /\b((?:__Secure-|__Host-)?[\w.-]*(?:session|token|sid|auth)[\w.-]*=)[^\s;"']{8,}/gi, keep: (_m, name) => `${name}${marker('cookie')}` },
  { kind: 'e-mail address', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/gu },
];

/**
 * Removes API keys, tokens, cookies and e-mail addresses from pasted text.
 *
 * @example redactSecrets('Authorization: Bearer sk-abc123def456')
 * // → { text: 'Authorization: [access token removed]', removed: ['access token'] }
 */
export function redactSecrets(input: string): Redacted {
  let text = String(input ?? '');
  const removed: SecretKind[] = [];
  for (const { kind, pattern, keep } of PATTERNS) {
    text = text.replace(pattern, (...args: string[]) => {
      if (!removed.includes(kind)) removed.push(kind);
      return keep ? keep(...(args as [string, ...string[]])) : marker(kind);
    });
  }
  return { text, removed };
}

/** Just the cleaned text, for the places that only pass it on. */
export function withoutSecrets(input: string): string {
  return redactSecrets(input).text;
}

/** One plain sentence for the page, or undefined when nothing was removed. */
export function redactionNotice(removed: readonly SecretKind[]): string | undefined {
  if (removed.length === 0) return undefined;
  const names = removed.map((kind) => `${kind === 'API key' || kind === 'access token' ? 'an' : kind === 'e-mail address' ? 'an' : 'a'} ${kind}`);
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Your text contained ${list}. It was removed before searching and is not in the address or anything this site keeps.`;
}
