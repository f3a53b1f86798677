import * as assert from 'node:assert/strict';
import { tokenAt, tokenize } from '../analysis/tokens';

const texts = (s: string, start = 0, end = s.length): string[] => tokenize(s, { start, end }).map((t) => `${t.text}/${t.kind[0]}`);

suite('tokens', () => {
  test('initialisms, inner apostrophes, ampersands and number separators stay whole', () => {
    assert.deepEqual(texts('AT&T deal, U.S. and U.N. on 1996-08-30: 6,000 troops.'), [
      'AT&T/w', 'deal/w', ',/p', 'U.S./w', 'and/w', 'U.N./w', 'on/w', '1996-08-30/n', ':/p', '6,000/n', 'troops/w', './p',
    ]);
  });
  test('non-ASCII letters, curly possessives and numerals tokenise as ASCII ones do', () => {
    assert.deepEqual(texts('José’s café-bar, Anna’s 2nd 3.5% ½ x²'), ['José/w', '’s/p', 'café-bar/w', ',/p', 'Anna/w', '’s/p', '2/n', 'nd/w', '3.5/n', '%/p', '½/n', 'x²/w']);
  });
  test('titles and initials keep their stops; a separator with nothing after it ends the word', () => {
    assert.deepEqual(texts('Mr. J. Smith-Jones- ok 5-'), ['Mr./w', 'J./w', 'Smith-Jones/w', '-/p', 'ok/w', '5/n', '-/p']);
  });
  test('capitalised and all-capitals words, ASCII or not', () => {
    const flags = (s: string): string[] => tokenize(s, { start: 0, end: s.length }).map((t) => `${t.text}:${t.cap ? 'C' : ''}${t.upper ? 'U' : ''}`);
    assert.deepEqual(flags('NATO Nato nATO N Élan éLAN ÉTAT ÉtAT U.S. AT&T McDonald MCDONALD’S x2 X2'), [
      'NATO:CU', 'Nato:C', 'nATO:', 'N:C', 'Élan:C', 'éLAN:', 'ÉTAT:CU', 'ÉtAT:C', 'U.S.:CU', 'AT&T:CU', 'McDonald:C', 'MCDONALD:CU', '’S:', 'x2:', 'X2:C',
    ]);
  });
  test('a span cuts the token at its end and skips non-ASCII spaces', () => {
    assert.deepEqual(texts('\u00a0Kyiv\u2009region', 0, 8), ['Kyiv/w', 're/w']);
  });

  test("splits a possessive 's after two or more characters, in either case, but not after a capital and an apostrophe", () => {
    assert.deepEqual(texts("Ed's A's O'Hare's JAMES’S it's x’s Anna’s’s"), ['Ed/w', "'s/p", "A's/w", "O'Hare's/w", 'JAMES/w', '’S/p', 'it/w', "'s/p", 'x’s/w', 'Anna’s/w', '’s/p']);
  });

  test('tokenAt reads a token, and nothing before the first or past the last', () => {
    const tokens = tokenize('Ann said', { start: 0, end: 8 });
    assert.equal(tokenAt(tokens, 0)?.text, 'Ann');
    assert.equal(tokenAt(tokens, 1)?.text, 'said');
    assert.equal(tokenAt(tokens, -1), undefined);
    assert.equal(tokenAt(tokens, -2), undefined);
    assert.equal(tokenAt(tokens, 2), undefined);
  });
});
