import * as assert from 'node:assert/strict';
import { tokenize } from '../analysis/quoteTokens';

suite('quoteTokens', () => {
  test('each word carries its lower case, whatever its letters', () => {
    const text = 'the USA and Über said it’s naïve, ΑΘΗΝΑ x';
    const words = tokenize(text, 0, text.length, []).filter((t) => t.word);
    assert.deepEqual(words.map((t) => t.lower), ['the', 'usa', 'and', 'über', 'said', 'it’s', 'naïve', 'αθηνα', 'x']);
    for (const t of words) assert.equal(t.lower, t.text.toLowerCase());
  });

  test('a capital or a letter outside ASCII after a joiner still makes the lower case', () => {
    const text = 'rock-N-roll at&T o’Neill x.Y well-Être 3-D mid-ÉTÉ plain-text';
    const words = tokenize(text, 0, text.length, []).filter((t) => t.word);
    assert.deepEqual(words.map((t) => t.text), ['rock-N-roll', 'at&T', 'o’Neill', 'x.Y', 'well-Être', '3-D', 'mid-ÉTÉ', 'plain-text']);
    for (const t of words) assert.equal(t.lower, t.text.toLowerCase());
  });
});
