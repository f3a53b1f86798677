import * as assert from 'node:assert/strict';
import { endsInApostropheS, endsInIngAfter, endsInPlainS, isAllDigits, isAsciiSpace, isSpaceAt, passiveEnding, personNounEnding, startsWithDigit } from '../analysis/wordShapes';

suite('wordShapes', () => {
  const words = ['', 'd', 'ed', 'id', 'xd', 'eed', 'agreed', 'said', 'paid', 'led', 'shown', 'wn', 'n', 'written', 'ten', 'brought', 'ght', 'ran', 'd\n', '\nd', 'it’s', "it's", 's', '’s', "'s", 'Ruiz’S', 'kids', '3rd', '42', 'x1', '٣', '\u{1F600}d', 'activist', 'activists', 'protesters', 'mayor', 'governors', 'historian', 'republicans', 'residents', 'officials', 'fans', 'ist', 'or', 'rs', 'list', 'ian', 'means', 'event', 'als', 'dials'];

  test('each test answers as the expression it stands for', () => {
    for (const w of words) {
      assert.equal(startsWithDigit(w), /^\d/.test(w), w);
      assert.equal(isAllDigits(w), /^\d+$/.test(w), w);
      assert.equal(endsInApostropheS(w), /[’']s$/.test(w), w);
      assert.equal(passiveEnding(w, 'ten'), /[^e]ed$|[^i]d$|wn$|ten$/.test(w), w);
      assert.equal(passiveEnding(w, 'ten'), /ed$|[^i]d$|wn$|ten$/.test(w), w);
      assert.equal(passiveEnding(w, 'ght'), /ed$|[^i]d$|wn$|ght$/.test(w), w);
    }
    for (const w of words) assert.equal(personNounEnding(w), /(?:ists?|ers|ors?|ians?|ents|als|ans)$/.test(w), w);
    for (const w of [...words, 'plans', 'boss', 'bus', 'us', 'says', 'its', 'x\ns', '\u{1F600}s']) {
      assert.equal(endsInPlainS(w, false), /[^s’']s$/.test(w), w);
      assert.equal(endsInPlainS(w, true), /[^su’']s$/.test(w), w);
    }
  });

  test('endsInIngAfter answers as /[a-z]{n}ing$/', () => {
    const ings = ['', 'ing', 'sing', 'bring', 'string', 'staking', 'Staking', 'STAKING', 'saying', 'x-ing', 'o’ing', 'doing', 'going\n', 'rüing', 'abcing', '1bcing', 'ings', 'ingg', 'kinging'];
    for (const w of ings) {
      assert.equal(endsInIngAfter(w, 2), /[a-z]{2}ing$/.test(w), `2 ${w}`);
      assert.equal(endsInIngAfter(w, 3), /[a-z]{3}ing$/.test(w), `3 ${w}`);
    }
    assert.ok(ings.some((w) => endsInIngAfter(w, 3)) && !ings.every((w) => endsInIngAfter(w, 2)));
  });

  test('isSpaceAt answers as /\s/ on the character, and no past the end', () => {
    const text = ' \t\n\v\f\r\u00a0\u2003\u3000\ufeffa1.-\u0085\u200b\u{1F600}';
    for (let i = 0; i <= text.length; i++) assert.equal(isSpaceAt(text, i), /\s/.test(text.charAt(i)), `at ${i}`);
    assert.ok(isSpaceAt(text, 0) && !isSpaceAt(text, text.length));
  });

  test('isAsciiSpace answers as /\s/ on every ASCII code, and no past the end', () => {
    for (let c = 0; c < 128; c++) assert.equal(isAsciiSpace(c), /\s/.test(String.fromCharCode(c)), `code ${c}`);
    assert.ok(!isAsciiSpace(''.charCodeAt(0)));
  });

  test('the words cover both answers of each', () => {
    for (const test of [startsWithDigit, isAllDigits, endsInApostropheS, (w: string) => passiveEnding(w, 'ten'), (w: string) => passiveEnding(w, 'ght'), personNounEnding, (w: string) => endsInPlainS(w, false), (w: string) => endsInPlainS(w, true)]) {
      assert.ok(words.some(test) && !words.every(test));
    }
  });
});
