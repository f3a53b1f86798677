import * as assert from 'node:assert/strict';
import { execFromCapital } from '../analysis/capitalScan';

/** Every match of `re` found by skipping to capitals, as [index, text] pairs. */
function scan(re: RegExp, text: string): [number, string][] {
  const out: [number, string][] = [];
  let from = 0;
  for (let m = execFromCapital(re, text, from); m; m = execFromCapital(re, text, from)) {
    from = re.lastIndex;
    out.push([m.index, m[0]]);
  }
  return out;
}

suite('capitalScan', () => {
  const RUN = /\p{Lu}[\p{L}\p{M}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}.’'-]*)*/gu;

  test('finds what the expression finds from the start, capitals in and outside ASCII', () => {
    const text = 'talks in New York and Île-de-France with Ödön von Horváth, then 𝐀lpha and Émile Zola.';
    assert.deepEqual(scan(RUN, text), [...text.matchAll(RUN)].map((m) => [m.index, m[0]]));
    assert.deepEqual(scan(RUN, text).map(([, w]) => w), ['New York', 'Île-de-France', 'Ödön', 'Horváth', '𝐀lpha', 'Émile Zola.']);
  });

  test('none in lower-case text, and lastIndex back at 0 after the last', () => {
    assert.equal(execFromCapital(RUN, 'no capitals here at all', 0), null);
    assert.equal(RUN.lastIndex, 0);
    assert.deepEqual(scan(RUN, 'A b'), [[0, 'A']]);
    assert.equal(RUN.lastIndex, 0);
  });

  test('lone surrogates and marks do not throw or shift matches', () => {
    const text = 'x\ud800 y\udc00 Zed e\u0301 Q';
    assert.deepEqual(scan(RUN, text), [...text.matchAll(RUN)].map((m) => [m.index, m[0]]));
  });
});
