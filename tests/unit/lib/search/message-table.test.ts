import { describe, expect, it } from 'vitest';
import { buildMessageTable, isMessageTable, searchKind } from '../../../../src/lib/search/message-table';

describe('the message table', () => {
  it('maps error kinds to the search filter', () => {
    expect(searchKind('http')).toBe('error');
    expect(searchKind('cloudflare')).toBe('error');
    expect(searchKind('app-message')).toBe('app message');
  });

  it('keeps only what search needs, and validates what comes back', () => {
    const table = buildMessageTable([{ code: '502', title: '502 Bad Gateway', kind: 'http', summary: 'S.', messages: ['502 Bad Gateway'] }]);
    expect(table).toEqual({ version: 1, entries: [{ code: '502', title: '502 Bad Gateway', kind: 'error', summary: 'S.', messages: ['502 Bad Gateway'] }] });
    expect(isMessageTable(JSON.parse(JSON.stringify(table)))).toBe(true);
    expect(isMessageTable({ version: 2, entries: [] })).toBe(false);
    expect(isMessageTable({ version: 1, entries: [{ code: 1 }] })).toBe(false);
    expect(isMessageTable(null)).toBe(false);
  });
});
