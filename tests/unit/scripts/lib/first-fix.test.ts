import { describe, expect, it } from 'vitest';
import { checkFirstFix, wordsBeforeFirstFix } from '../../../../scripts/lib/first-fix.ts';

const page = (beforeMain: string, inMain: string) =>
  `<!doctype html><html><head><title>t</title></head><body><header>${beforeMain}</header><main>${inMain}</main></body></html>`;

describe('wordsBeforeFirstFix', () => {
  it('counts the words of <main> up to the first guide link in the fix list', () => {
    const html = page('Skip to content Search', '<h1>502 Bad Gateway</h1><p>Usually their side.</p><ol data-fix-list><li><a href="/guides/check-status-page/">Check the status page</a></li></ol>');
    expect(wordsBeforeFirstFix(html)).toBe(6);
  });

  it('ignores guide links outside the fix list, scripts and lone punctuation', () => {
    const html = page('', '<p>Read <a href="/guides/x/">this guide</a> first — now.</p><script>var a = "many words here";</script><ol data-fix-list><li><a href="/guides/y/">Y</a></li></ol>');
    expect(wordsBeforeFirstFix(html)).toBe(5);
  });

  it('leaves out the boxes of the path picture but counts its caption', () => {
    const html = page('', '<figure><ol data-path-hops><li>Your device</li><li>Their servers Usually here</li></ol><figcaption>Usually breaks at their servers.</figcaption></figure><ol data-fix-list><li><a href="/guides/y/">Y</a></li></ol>');
    expect(wordsBeforeFirstFix(html)).toBe(5);
  });

  it('is undefined when the fix list has no guide link', () => {
    expect(wordsBeforeFirstFix(page('', '<p>No fixes here.</p>'))).toBeUndefined();
  });
});

describe('checkFirstFix', () => {
  const long = Array.from({ length: 201 }, (_, i) => `w${i}`).join(' ');
  const fixList = '<ol data-fix-list><li><a href="/guides/g/">G</a></li></ol>';

  it('reports an error page whose first fix comes after 200 words, with the count', () => {
    const problems = checkFirstFix([{ file: 'errors/429/index.html', html: page('', `<div data-verdict></div><p>${long}</p>${fixList}`) }]);
    expect(problems).toEqual([{ file: 'errors/429/index.html', message: 'the first fix link comes after 201 words of <main>; put the one-minute check and <Fixes /> first so it starts within 200.' }]);
  });

  it('accepts 200 words and leaves other pages alone', () => {
    const exactly = Array.from({ length: 199 }, (_, i) => `w${i}`).join(' ');
    expect(checkFirstFix([
      { file: 'errors/502/index.html', html: page('', `<div data-verdict>x</div><p>${exactly}</p>${fixList}`) },
      { file: 'guides/g/index.html', html: page('', `<p>${long}</p>`) },
    ])).toEqual([]);
  });

  it('reports an error page with no fix link', () => {
    expect(checkFirstFix([{ file: 'errors/1020/index.html', html: page('', '<div data-verdict></div>') }])[0]?.message).toMatch(/has no link to a fix guide/);
  });
});
