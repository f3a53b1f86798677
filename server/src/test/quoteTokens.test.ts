import * as assert from 'node:assert/strict';
import { isAllCaps, scanBlock, tokenize, wordKey, type KeySieve } from '../analysis/quoteTokens';

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

  test('a comma between digits is inside the number; one with a space after is a token of its own', () => {
    const text = 'about 38,000 square miles, 1,250,000.5 and 12, 14 or 7,x';
    assert.deepEqual(tokenize(text, 0, text.length, []).map((t) => t.text), ['about', '38,000', 'square', 'miles', ',', '1,250,000.5', 'and', '12', ',', '14', 'or', '7', ',', 'x']);
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

  test('a word in capitals is two capitals or more, with stops, apostrophes and hyphens between', () => {
    const text = 'PENCE Pence NATO U.S N.Y.C A I OK O’NEILL ÉCOLE ÉCOLe P2 PE-IN A-1 X- ÅS aBC 3D';
    const tokens = tokenize(text, 0, text.length, []).filter((t) => t.word);
    for (const t of tokens) assert.equal(isAllCaps(t), /^[\p{Lu}][\p{Lu}.’'\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text), t.text);
    assert.deepEqual(tokens.filter(isAllCaps).map((t) => t.text), ['PENCE', 'NATO', 'U.S', 'N.Y.C', 'OK', 'O’NEILL', 'ÉCOLE', 'PE-IN', 'ÅS']);
  });

  test('each token is tagged with the sentence it starts in; the last sentence takes the rest', () => {
    const text = 'One two. Three! Four five six? Seven';
    const sentences = [
      { start: 0, end: 8 },
      { start: 9, end: 15 },
      { start: 16, end: 30 },
    ];
    const tokens = tokenize(text, 0, text.length, sentences);
    assert.deepEqual(tokens.map((t) => `${t.text}:${t.sentence}`), ['One:0', 'two:0', '.:0', 'Three:1', '!:1', 'Four:2', 'five:2', 'six:2', '?:2', 'Seven:2']);
    // a span that starts after the first sentences
    assert.deepEqual(tokenize(text, 16, text.length, sentences).map((t) => t.sentence), [2, 2, 2, 2, 2]);
  });

  test('a block scan finds the marks, the words a sieve lets through and where sentences start, as tokens', () => {
    const text = 'He said: “Yes.” Über “no” — «fine»! Then they wrote';
    const sentences = [
      { start: 0, end: 16 },
      { start: 16, end: 36 },
      { start: 36, end: text.length },
    ];
    const isMark = (c: number): boolean => c === 0x201c || c === 0x201d || c === 0xab || c === 0xbb;
    const keys = new Set(['said', 'wrote'].map(wordKey));
    const sieve: KeySieve = { mayHold: (key) => keys.has(key) };
    const { tokens, finds } = scanBlock(text, 0, text.length, sentences, isMark, sieve);
    assert.deepEqual(tokens.map((t) => t.text), tokenize(text, 0, text.length, sentences).map((t) => t.text));
    const at = (list: readonly number[]): string[] => list.map((k) => tokens[k]!.text);
    assert.deepEqual(at(finds.marks), ['“', '”', '“', '”', '«', '»']);
    // a word outside ASCII has no key: the sieve cannot refuse it
    assert.deepEqual(at(finds.leads), ['said', 'Über', 'wrote']);
    assert.deepEqual(at(finds.sentenceStarts), ['Über', 'Then']);
    for (const k of finds.sentenceStarts) assert.notEqual(tokens[k]!.sentence, tokens[k - 1]!.sentence);
    assert.equal(tokens.filter((t, k) => k > 0 && t.sentence !== tokens[k - 1]!.sentence).length, finds.sentenceStarts.length);
  });

  test('a block scan makes the tokens only of a block with a mark, a sieved word or a colon, from its first token', () => {
    const isMark = (c: number): boolean => c === 0x201c || c === 0x201d;
    const keys = new Set(['said'].map(wordKey));
    const sieve: KeySieve = { mayHold: (key) => keys.has(key) };
    const sentences = [
      { start: 0, end: 13 },
      { start: 13, end: 40 },
    ];
    const scanned = (text: string): ReturnType<typeof scanBlock> => scanBlock(text, 0, text.length, sentences, isMark, sieve);
    const plain = scanned('The storm, it went on. All of the night');
    assert.deepEqual(plain.tokens, []);
    assert.equal(plain.finds.read, tokenize('The storm, it went on. All of the night', 0, 39, sentences).length);
    const read = tokenize('The storm, it went on. All of the night', 0, 39, sentences);
    assert.deepEqual(plain.finds.sentenceStarts, [4]);
    assert.equal(read[4]!.text, 'went');
    for (const text of ['The storm, it said on. All of the night', 'The storm, it went on. All of the: night', 'The storm, it went on. All of the “night”', 'Über storm']) {
      const { tokens, finds } = scanned(text);
      assert.deepEqual(tokens, tokenize(text, 0, text.length, sentences), text);
      assert.equal(finds.read, tokens.length);
    }
    // a block of more tokens than the numbers first held
    const long = `${'word '.repeat(500)}said`;
    assert.deepEqual(scanned(long).tokens, tokenize(long, 0, long.length, sentences));
  });
});
