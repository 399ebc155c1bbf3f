import { describe, expect, it } from 'vitest';
import { buildMessageTable, buildVocabulary, isMessageTable, searchKind } from '../../../../src/lib/search/message-table';

describe('the message table', () => {
  it('maps error kinds to the search filter', () => {
    expect(searchKind('http')).toBe('error');
    expect(searchKind('cloudflare')).toBe('error');
    expect(searchKind('app-message')).toBe('app message');
  });

  it('keeps only what search needs, and validates what comes back', () => {
    const table = buildMessageTable(
      [{ code: '502', title: '502 Bad Gateway', kind: 'http', summary: 'S.', messages: ['502 Bad Gateway'], searchTerms: ['gateway keeps failing'] }],
      [{ slug: 'vpn', title: 'Turn off your VPN', summary: 'G.' }],
    );
    expect(table).toEqual({
      version: 2,
      entries: [
        { url: '/errors/502/', code: '502', title: '502 Bad Gateway', kind: 'error', summary: 'S.', messages: ['502 Bad Gateway'], terms: ['gateway keeps failing'] },
        { url: '/guides/vpn/', code: 'vpn', title: 'Turn off your VPN', kind: 'guide', summary: 'G.', messages: [], terms: [] },
      ],
    });
    // 4 letters and up, most frequent first: "gateway" is in three places.
    expect(buildVocabulary(table.entries)).toEqual(['gateway', 'failing', 'keeps', 'turn', 'your']);
    expect(isMessageTable(JSON.parse(JSON.stringify(table)))).toBe(true);
    expect(isMessageTable({ version: 1, entries: [] })).toBe(false);
    expect(isMessageTable({ version: 2, entries: [] })).toBe(true);
    expect(isMessageTable({ version: 2, entries: [{ code: 1 }] })).toBe(false);
    expect(isMessageTable(null)).toBe(false);
  });
});
