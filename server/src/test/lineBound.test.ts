import * as assert from 'node:assert/strict';
import { staysOnOneLine } from '../analysis/lineBound';

/** Every match of `source` (flags `flags`) in `text`, as [index, text] pairs, from a scan of the whole text. */
function whole(source: string, flags: string, text: string): [number, string][] {
  return [...text.matchAll(new RegExp(source, flags))].map((m) => [m.index, m[0]]);
}

/** The same, from a scan of each line alone. */
function byLine(source: string, flags: string, text: string): [number, string][] {
  const out: [number, string][] = [];
  let from = 0;
  for (const line of text.split('\n')) {
    for (const m of line.matchAll(new RegExp(source, flags))) out.push([from + m.index, m[0]]);
    from += line.length + 1;
  }
  return out;
}

suite('lineBound', () => {
  test('words, classes of letters, spaces, groups and word boundaries stay on one line', () => {
    for (const source of [
      "\\b(?:(?<claimant>[A-Z][\\p{L}.’']*)-(?:held|run))\\b",
      '\\b(?:under|in) [A-Z]\\w*(?:\'s)? (?:full )?control\\b',
      '(?:control|rule)\\b',
      '[\\p{Lu}\\p{M}\\d-]+ \\.\\B',
    ]) assert.equal(staysOnOneLine(source), true, source);
  });

  test('what may match a line feed, look past the match or anchor to the edges does not', () => {
    for (const source of [
      'under\\s+control', 'a.b', '[^a]b', 'a\\Wb', 'a\\nb', 'a\\x0ab', 'a\\u000ab', 'a\\cJb', '(a)\\1', 'a\n b', '\\p{Cc}', '\\P{L}',
      'a(?=b)', 'a(?!b)', '(?<=a)b', '(?<!a)b', '^a', 'a$', 'a\\Db', '[\\s]', '[\\S]',
    ]) assert.equal(staysOnOneLine(source), false, JSON.stringify(source));
  });

  test('where it says so, a scan line by line finds what a scan of the whole text finds', () => {
    const text = 'Towns under Valdor control,\nthe Kestrel-held port and\nRiver-run mills, in Ost’s full control\n\nunder\nValdor control.';
    const sources = ["\\b(?:(?<claimant>[A-Z][\\p{L}.’']*)-(?:held|run))\\b", "\\b(?:under|in) [A-Z][\\p{L}.’']*(?:'s|’s)? (?:full )?control\\b"];
    for (const source of sources) {
      assert.equal(staysOnOneLine(source), true);
      const found = whole(source, 'gu', text);
      assert.ok(found.length >= 2, `${found.length} matches of ${source}`);
      assert.deepEqual(byLine(source, 'gu', text), found);
    }
    // and one that says no finds more in the whole text
    assert.equal(staysOnOneLine('under\\s+[A-Z]\\w*'), false);
    assert.notDeepEqual(byLine('under\\s+[A-Z]\\w*', 'g', text), whole('under\\s+[A-Z]\\w*', 'g', text));
  });
});
