import * as assert from 'node:assert/strict';
import { tokenize, wordKey } from '../analysis/quoteTokens';

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

  test('a word in ASCII carries the key of its lower case; any other none', () => {
    const text = 'Said SAID said it’s AT&T x-Ray well-Être naïve , 42';
    const tokens = tokenize(text, 0, text.length, []);
    for (const t of tokens) {
      const ascii = t.word && !/[^\x00-\x7f]/.test(t.text);
      assert.equal(t.key, ascii ? wordKey(t.lower) : -1, t.text);
    }
    assert.equal(tokens[0]!.key, tokens[2]!.key);
    assert.notEqual(wordKey('said'), wordKey('sad'));
  });
});
