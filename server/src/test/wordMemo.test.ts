import * as assert from 'node:assert/strict';
import { WordMemo, WordNumbers } from '../analysis/wordMemo';

suite('wordMemo', () => {
  test('answers as a Map of the same words, packed or not', () => {
    const words = ['a', 'A', 'ab', 'Ab', 'abcd', 'abcde', 'abcdefgh', 'abcdefghi', 'abcdefghijkl', 'abcdefghijkm', 'abcdefghijklm', 'abcdefghijklmnop', 'abcdefghijklmnoq', 'abcdefghijklmnopq', 'Hillary Clinton', 'New York', 'Kyiv', 'Kyïv', 'Zürich', 'NATO', 'U.S.', 'AT&T', 'x\u0000', '\u0000', '\u007f', 'é', 'a'.repeat(40)];
    const memo = new WordMemo<number>();
    const plain = new Map<string, number>();
    words.forEach((w, i) => {
      assert.equal(memo.get(w), undefined, JSON.stringify(w));
      memo.set(w, i);
      plain.set(w, i);
    });
    const asked = [...words, 'b', 'B', 'abc', 'abcdefg', 'abcdefghij', 'abcdefghijk', 'abcdefghijklmn', 'abcdefghijklmno', 'Hillary Clinto', 'New Yorkk', 'Kyi', 'x', 'x\u0000\u0000', '', 'a'.repeat(39)];
    for (const w of asked) assert.equal(memo.get(w), plain.get(w), JSON.stringify(w));
    assert.equal(memo.size, words.length);
  });

  test('keeps its answers as given, objects and false among them', () => {
    const memo = new WordMemo<{ name: string } | boolean | null>();
    const geo = { name: 'Lyon' };
    memo.set('Lyon', geo);
    memo.set('Lion', false);
    memo.set('Leon', null);
    assert.equal(memo.get('Lyon'), geo);
    assert.equal(memo.get('Lion'), false);
    assert.equal(memo.get('Leon'), null);
  });

  test('leaves long words to another memory when asked to', () => {
    const memo = new WordMemo<number>(false);
    memo.set('Constantinopolitan', 1);
    memo.set('Zürich', 2);
    memo.set('Paris', 3);
    assert.equal(memo.get('Constantinopolitan'), undefined);
    assert.equal(memo.get('Zürich'), undefined);
    assert.equal(memo.get('Paris'), 3);
  });

  test('starts over when full, so that it stays bounded', () => {
    const memo = new WordMemo<number>();
    const word = (i: number): string => `w${i.toString(36)}`;
    for (let i = 0; i < 100_000; i++) if (memo.get(word(i)) === undefined) memo.set(word(i), i);
    assert.ok(memo.size <= 1 << 14, `${memo.size} words`);
    assert.equal(memo.get(word(99_999)), 99_999);
  });

  test('numbers: answers as a Map of the same words, packed or not, and stays bounded', () => {
    const words = ['a', 'A', 'ab', 'abcdefgh', 'abcdefghijkl', 'abcdefghijklm', 'Zürich', 'x\u0000', 'NATO'];
    const memo = new WordNumbers();
    words.forEach((w, i) => {
      assert.equal(memo.get(w), undefined, JSON.stringify(w));
      memo.set(w, i * 4096);
    });
    words.forEach((w, i) => assert.equal(memo.get(w), i * 4096, JSON.stringify(w)));
    for (const w of ['b', 'abcdefghijk', 'Zurich', 'x']) assert.equal(memo.get(w), undefined, w);
    for (let i = 0; i < 100_000; i++) if (memo.get(`n${i.toString(36)}`) === undefined) memo.set(`n${i.toString(36)}`, i);
    assert.ok(memo.size <= (1 << 14) + words.length, `${memo.size} words`);
    assert.equal(memo.get(`n${(99_999).toString(36)}`), 99_999);
  });
});
