import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml } from '../../../../src/lib/seo/atom';

describe('atomFeed', () => {
  it('escapes text so content cannot break the XML', () => {
    expect(escapeXml(`<b>"Tom" & 'Jerry'</b>`)).toBe('&lt;b&gt;&quot;Tom&quot; &amp; &apos;Jerry&apos;&lt;/b&gt;');
  });

  it('writes one entry per item and the latest date as the feed date', () => {
    const xml = atomFeed({
      id: 'https://x/incidents/', title: 'T', selfUrl: 'https://x/incidents/feed.xml', siteUrl: 'https://x/incidents/',
      entries: [
        { id: 'a', title: 'A <1>', updated: new Date('2024-01-01T00:00:00Z'), link: 'https://x/#a', summary: 's' },
        { id: 'b', title: 'B', updated: new Date('2025-06-10T00:00:00Z'), link: 'https://x/#b', summary: 's' },
      ],
    });
    expect(xml.match(/<entry>/g)).toHaveLength(2);
    expect(xml).toContain('<title>A &lt;1&gt;</title>');
    expect(xml).toContain('  <updated>2025-06-10T00:00:00.000Z</updated>\n  <link rel="self"');
  });
});
