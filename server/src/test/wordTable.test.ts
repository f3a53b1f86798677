import * as assert from 'node:assert/strict';
import { tokenize } from '../analysis/quoteTokens';
import { WordTable } from '../analysis/wordTable';

suite('wordTable', () => {
  const words = ['said', 'told', 'über', 'so-called', 'it’s', "don't", 'u.s', 'at&t'];
  const table = new WordTable(words.map((w, i) => [w, i] as const));
  const text = 'SAID Told told Über über So-Called it’s DON\'T U.S AT&T sad saidx and x';
  const tokens = tokenize(text, 0, text.length, []);

  test('finds each word by its lower case, with a key or without', () => {
    for (const t of tokens) assert.equal(table.get(t), words.includes(t.lower) ? words.indexOf(t.lower) : undefined, t.text);
    assert.equal(tokens.filter((t) => table.get(t) !== undefined).length, 10);
  });

  test('finds every word of a table far larger than its first slots', () => {
    const many = Array.from({ length: 3000 }, (_, i) => `w${i.toString(36)}`);
    const big = new WordTable(many.map((w) => [w, w.length] as const));
    const line = many.join(' ');
    const found = tokenize(line, 0, line.length, []).map((t) => big.get(t));
    assert.deepEqual(found, many.map((w) => w.length));
    const other = tokenize('wzzzz a w', 0, 9, []).map((t) => big.get(t));
    assert.deepEqual(other, [undefined, undefined, undefined]);
  });

  test('refuses at once only keys of no word it holds', () => {
    for (const t of tokens) if (t.key >= 0 && !table.mayHold(t.key)) assert.equal(table.get(t), undefined, t.text);
    for (const w of words) if (!/[^\x00-\x7f]/.test(w)) assert.ok(table.mayHold(tokenize(w, 0, w.length, [])[0]!.key), w);
    // past its filter it reads the keys themselves: the words it does not hold are turned away
    for (const t of tokens) if (t.key >= 0) assert.equal(table.mayHold(t.key), words.includes(t.lower), t.text);
  });
});
