import * as assert from 'node:assert/strict';
import { ChangedSides } from '../analysis/changedSides';
import type { Quote } from '../analysis/types';

/** A quote spoken by `speaker` in a sentence starting at `at` (ChangedSides reads only who speaks, and where). */
const quote = (speaker: string | null, at: number): Quote => ({ start: at + 2, end: at + 3, text: 'x', kind: 'direct', speaker, speakerEntity: null, cue: null, sentence: { start: at, end: at + 5 } });

suite('changed sides', () => {
  const sides = () => new ChangedSides('', []);

  test('two logs of learnt sides differ under the keys they set otherwise after their common start', () => {
    const before = ['Ivo Reed', 'Russia', 'Tom Green', 'Ukraine'];
    assert.deepEqual(sides().differing(before, 4, before, 4), []);
    // the same changes in other lists
    assert.deepEqual(sides().differing([...before], 4, before, 4), []);
    // one change more, or less
    assert.deepEqual(sides().differing(['Ivo Reed', 'Russia'], 2, before, 4), ['tom green', 'green']);
    assert.deepEqual(sides().differing(before, 4, ['Ivo Reed', 'Russia'], 2), ['tom green', 'green']);
    // another side for the same person
    assert.deepEqual(sides().differing(['Ivo Reed', 'Norway', 'Tom Green', 'Ukraine'], 4, before, 4), ['ivo reed', 'reed']);
    // the person given the same side last in both, by other changes
    assert.deepEqual(sides().differing(['Ivo Reed', 'Norway', 'Ivo Reed', 'Russia', 'Tom Green', 'Ukraine'], 6, before, 4), []);
    // other people given the same side: the logs end alike in a side, not in a change
    assert.deepEqual(sides().differing(['Ivo Reed', 'Russia'], 2, ['Tom Green', 'Russia'], 2), ['ivo reed', 'reed', 'tom green', 'green']);
    // only the first entries of each log count
    assert.deepEqual(sides().differing(['Ivo Reed', 'Russia', 'Ann Vell', 'Russia'], 2, before, 2), []);
  });

  test('a person the common end of the logs gives a side again has the same side in both', () => {
    const now = ['Ivo Reed', 'Norway', 'Tom Green', 'Ukraine', 'Ivo Reed', 'Russia'];
    const before = ['Ivo Reed', 'Russia', 'Tom Green', 'Ukraine', 'Ivo Reed', 'Russia'];
    assert.deepEqual(sides().differing(now, 6, before, 6), []);
    assert.deepEqual(sides().differing(now, 4, before, 4), ['ivo reed', 'reed']);
  });

  test('logs that differ over too many entries are not compared', () => {
    const many = Array.from({ length: 300 }, (_, i) => (i % 2 ? 'Russia' : `Person ${i}`));
    assert.equal(sides().differing(many, many.length, [], 0), undefined);
    assert.deepEqual(sides().differing(many, many.length, many, many.length), []);
  });

  test('asked again as the logs grow, the keys are those of the logs as they stand', () => {
    const changed = sides();
    const now = ['Ivo Reed', 'Norway'];
    const before = ['Ivo Reed', 'Russia', 'Tom Green', 'Ukraine', 'Ann Vell', 'Russia', 'Ivo Reed', 'Russia'];
    assert.deepEqual(changed.differing(now, 2, before, 2), ['ivo reed', 'reed']);
    // both logs went on alike
    now.push('Tom Green', 'Ukraine');
    assert.deepEqual(changed.differing(now, 4, before, 4), ['ivo reed', 'reed']);
    // as many entries more in each, but not the same ones
    now.push('Ann Vell', 'Ukraine');
    assert.deepEqual(changed.differing(now, 6, before, 6), ['ivo reed', 'reed', 'ann vell', 'vell']);
    // alike again, giving Reed his side again in both
    now.push('Ivo Reed', 'Russia');
    assert.deepEqual(changed.differing(now, 8, before, 8), ['ann vell', 'vell']);
  });

  test('a walk may first ask about a person where a name of theirs is written, in any case, from where it reads on', () => {
    const text = 'Ivo Reed spoke. It rained. REED left. It snowed.';
    const changed = new ChangedSides(text, []);
    assert.equal(changed.firstAsked(['ivo reed', 'reed'], 0, 0), text.indexOf('Reed'));
    assert.equal(changed.firstAsked(['reed'], text.indexOf('It rained'), 0), text.indexOf('REED'));
    assert.equal(changed.firstAsked(['reed'], text.indexOf('It snowed'), 0), Infinity);
    assert.equal(changed.firstAsked(['green'], 0, 0), Infinity);
    assert.equal(changed.firstAsked([], 0, 0), Infinity);
    // of several people, the first asked about
    assert.equal(new ChangedSides('Vell left. Reed left.', []).firstAsked(['reed', 'vell'], 0, 0), 0);
    // a name's last word is what is searched: "anna vell" is asked wherever "Vell" stands
    assert.equal(new ChangedSides('Vell spoke.', []).firstAsked(['anna vell'], 0, 0), 0);
    // characters a regular expression would read otherwise
    assert.equal(new ChangedSides('Said O.(Reed) spoke.', []).firstAsked(['o.(reed)'], 0, 0), 5);
    assert.equal(new ChangedSides('Said Ox(Reed) spoke.', []).firstAsked(['o.(reed)'], 0, 0), Infinity);
  });

  test('a walk may first ask about a person who speaks a quote where the sentence of the first such quote from the one it reads on starts', () => {
    const quotes = [quote('Ivo Reed', 10), quote(null, 20), quote('Tom Green', 30), quote('Reed', 40)];
    const changed = new ChangedSides('He said it.', quotes);
    assert.equal(changed.firstAsked(['reed'], 0, 0), 10);
    assert.equal(changed.firstAsked(['tom green'], 0, 1), 30);
    assert.equal(changed.firstAsked(['reed'], 0, 1), 40);
    assert.equal(changed.firstAsked(['green'], 0, 3), Infinity);
  });

  test('every character that lowers to a key\'s character is found by its search', () => {
    for (let c = 0; c <= 0x10ffff; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const upper = String.fromCodePoint(c);
      const lower = upper.toLowerCase();
      if (lower === upper) continue;
      assert.ok(new ChangedSides(`1 ${upper} 1`, []).firstAsked([lower], 0, 0) <= 2, `U+${c.toString(16)} → ${JSON.stringify(lower)}`);
    }
    // "İ" lowers to "i̇", which stands for no one character: any key with its dot is taken as written
    assert.equal(new ChangedSides('x', []).firstAsked(['i\u0307van'], 0, 0), 0);
  });
});
