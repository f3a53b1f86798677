import * as assert from 'node:assert/strict';
import { WordSet } from '../analysis/wordSet';

suite('wordSet', () => {
  test('answers as a Set of the same words', () => {
    const members = ['said', 'in', 'of', 'x', 'vs.', 'déjà', 'über', 'a'.repeat(31), 'b'.repeat(40), '–'];
    const set = new WordSet(members);
    const plain = new Set(members);
    assert.equal(set.size, plain.size);
    const asked = [...members, 'sad', 'sand', 'saidx', 'In', 'IN', 'of.', 'o', 'y', 'vs', 'deja', 'déja', 'über', 'Über', 'a'.repeat(30), 'b'.repeat(40), 'b'.repeat(41), '—', '', '\u212A', 'said\u0000'];
    for (const w of asked) assert.equal(set.has(w), plain.has(w), JSON.stringify(w));
  });

  test('refuses a word no member matches in first and last character and length', () => {
    const set = new WordSet(['said', 'told']);
    assert.ok(set.has('said') && set.has('told'));
    assert.ok(!set.has('sold') && !set.has('taid') && !set.has('saids'));
  });
});
