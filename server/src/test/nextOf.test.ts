import * as assert from 'node:assert/strict';
import { NextOf } from '../analysis/nextOf';
import { seededRandom } from './seededRandom';

/** The first place at or after `from` holding one of `chars`, read character by character. */
function plainly(text: string, chars: readonly string[], from: number): number {
  for (let i = from; i < text.length; i++) if (chars.includes(text[i]!)) return i;
  return -1;
}

suite('nextOf', () => {
  test('finds the nearest of several characters, and none past the last', () => {
    const next = new NextOf('One. Two! Three? Four… five', ['.', '!', '?', '…']);
    assert.deepEqual([next.at(0), next.at(4), next.at(9), next.at(16), next.at(22)], [3, 8, 15, 21, -1]);
  });
  test('a character absent from the text is never found (a one-byte text and a two-byte character)', () => {
    const next = new NextOf('no stops here', ['…']);
    assert.equal(next.at(0), -1);
    assert.equal(next.at(5), -1);
  });
  test('answers as a plain search does, at places that mostly go forward and sometimes step back', () => {
    const alphabet = ['a', 'b', ' ', '\n', '\r', '.', '…'];
    const random = seededRandom(3);
    for (let k = 0; k < 300; k++) {
      const text = Array.from({ length: random(60) }, () => alphabet[random(alphabet.length)]).join('');
      const chars = random(2) === 0 ? ['\n', '\r'] : ['.', '…', 'b'];
      const next = new NextOf(text, chars);
      let from = 0;
      while (from <= text.length) {
        assert.equal(next.at(from), plainly(text, chars, from), `${JSON.stringify(text)} at ${from}`);
        from += random(5) - 1;
        if (from < 0) from = 0;
      }
    }
  });
});
