import { readFileSync } from 'node:fs';
import { parse as parseYaml } from 'yaml';

/**
 * Splits an `.mdx` file into its YAML frontmatter (parsed) and its body, as
 * Astro reads it: a first line `---`, the YAML, a line `---`. A file without
 * that block has empty data. For scripts and tests that read content without
 * Astro; the build itself goes through the content collections.
 */
export function splitFrontmatter(text: string): { data: Record<string, unknown>; body: string } {
  const match = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)([\s\S]*)$/.exec(text);
  if (!match) return { data: {}, body: text };
  return { data: (parseYaml(match[1] ?? '') ?? {}) as Record<string, unknown>, body: match[2] ?? '' };
}

/** The parsed frontmatter of the file at `path`. */
export function readFrontmatter(path: string | URL): Record<string, unknown> {
  return splitFrontmatter(readFileSync(path, 'utf8')).data;
}
