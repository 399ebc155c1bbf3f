import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../../../scripts/lib/frontmatter';

describe('splitFrontmatter', () => {
  it('parses the YAML between the two --- lines and keeps the body after them', () => {
    expect(splitFrontmatter('---\ntitle: "502"\nreviewed: 2026-11-30\n---\n# Heading\n\ntext --- more\n')).toEqual({
      data: { title: '502', reviewed: '2026-11-30' },
      body: '# Heading\n\ntext --- more\n',
    });
  });

  it('reads Windows line endings and a file that is only frontmatter', () => {
    expect(splitFrontmatter('---\r\ncode: 504\r\n---\r\nBody').data).toEqual({ code: 504 });
    expect(splitFrontmatter('---\ncode: 504\n---')).toEqual({ data: { code: 504 }, body: '' });
  });

  it('gives empty data for a file without frontmatter, and a body with a --- rule untouched', () => {
    expect(splitFrontmatter('text\n---\nmore')).toEqual({ data: {}, body: 'text\n---\nmore' });
    expect(splitFrontmatter('---\n---\nbody').data).toEqual({});
  });
});
