import * as assert from 'node:assert/strict';
import { caselessSource } from '../analysis/caseless';

suite('caseless words', () => {
  test('a word matches in every case, and with the long s and the Kelvin sign, as under iu', () => {
    const re = new RegExp(caselessSource('lands'));
    for (const text of ['lands', 'LANDS', 'Lands', 'lAnDs', 'lanDſ', 'in the lands of']) {
      assert.equal(re.test(text), /lands/iu.test(text), text);
      assert.ok(re.test(text), text);
    }
    const k = new RegExp(caselessSource('kin'));
    assert.ok(k.test('\u212ain') && /kin/iu.test('\u212ain'));
    for (const text of ['land', 'lanes', 'l-ands', 'ıands']) assert.equal(re.test(text), /lands/iu.test(text), text);
  });

  test('every character that matches a letter under iu matches its class, and no other', () => {
    for (const letter of 'abcdefghijklmnopqrstuvwxyz') {
      const mine = new RegExp(`^${caselessSource(letter)}$`);
      const unicode = new RegExp(`^${letter}$`, 'iu');
      for (let c = 0; c < 0x3000; c++) {
        const ch = String.fromCharCode(c);
        assert.equal(mine.test(ch), unicode.test(ch), `${letter} U+${c.toString(16)}`);
      }
    }
  });

  test('punctuation is literal', () => {
    const re = new RegExp(caselessSource('re-established.'));
    assert.ok(re.test('Re-Established.'));
    assert.ok(!re.test('reXestablishedX'));
  });
});
