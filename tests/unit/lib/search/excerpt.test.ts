import { describe, expect, it } from 'vitest';
import { decodeEntities, excerptSegments, highlightSegments } from '../../../../src/lib/search/excerpt';

describe('excerptSegments', () => {
  it('keeps <mark> as the only highlight', () => {
    expect(excerptSegments('a <mark>bad</mark> gateway')).toEqual([
      { text: 'a ', mark: false },
      { text: 'bad', mark: true },
      { text: ' gateway', mark: false },
    ]);
  });

  it('turns every other tag into nothing and escaped markup into plain text', () => {
    expect(excerptSegments('<script>alert(1)</script> <img src=x onerror=alert(1)> &lt;b&gt;hi&lt;/b&gt;')).toEqual([
      { text: 'alert(1)  <b>hi</b>', mark: false },
    ]);
  });

  it('decodes character references once', () => {
    expect(decodeEntities('&amp;lt; &#x1F600; &#39; &nbsp; &bogus; &#xD800;')).toBe('&lt; 😀 \' \u00a0 &bogus; &#xD800;');
  });

  it('survives an unclosed mark and empty input', () => {
    expect(excerptSegments('<mark>open')).toEqual([{ text: 'open', mark: true }]);
    expect(excerptSegments('')).toEqual([]);
  });
});

describe('highlightSegments', () => {
  it('marks whole words from the query, whatever their case', () => {
    expect(highlightSegments('Bad gateway, badly', ['bad'])).toEqual([
      { text: 'Bad', mark: true },
      { text: ' gateway, badly', mark: false },
    ]);
  });
});
