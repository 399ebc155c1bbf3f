import { describe, expect, it } from 'vitest';
import { citationsIn, quotesBySource } from '../../../../src/lib/content/citations';

describe('citations in an MDX body', () => {
  it('reads id and the quote keys, in order, with either quote style', () => {
    const body = `One.<Cite id="rfc9110-502" q="gateway" /> Two.<Cite q='inbound proxy' id='mdn-502'/> Three.<Cite id="cf" />`;
    expect(citationsIn(body)).toEqual([
      { id: 'rfc9110-502', quotes: ['gateway'] },
      { id: 'mdn-502', quotes: ['inbound', 'proxy'] },
      { id: 'cf', quotes: [] },
    ]);
  });

  it('collects the keys each source needs, once each, in first-use order', () => {
    const used = quotesBySource([
      { id: 'a', quotes: ['x'] },
      { id: 'b', quotes: [] },
      { id: 'a', quotes: ['y', 'x'] },
    ]);
    expect([...used]).toEqual([['a', ['x', 'y']], ['b', []]]);
  });
});
