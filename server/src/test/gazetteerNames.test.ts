import * as assert from 'node:assert/strict';
import { Gazetteer } from '../analysis/gazetteer';
import { GazetteerNames, NAME_HEAD, SAME_NAME } from '../analysis/gazetteerNames';

// A hand-written gazetteer in the build's format (no keys column: parse computes them).
const SMALL = [
  'C\tUkraine\tUA\t49\t32\t\t\t',
  'Tca\tKyiv\tUA\t50.454\t30.524\t703448\t2797553\t!Kiev',
  'Ta\tKöln\tDE\t50.9\t6.9\t2886242\t1000000\tCologne',
  'R\tLuhansk Oblast\tUA\t48.57\t39.31\t\t\tLuhanska|~Luhansk',
].join('\n');

suite('gazetteerNames', () => {
  const gazetteer = Gazetteer.parse(SMALL);
  const names = GazetteerNames.of(gazetteer);

  test('gives the place the gazetteer gives, asked once or again, short or long', () => {
    for (const name of ['Kyiv', 'Kiev', 'Ukraine', 'Nowhere', 'Luhansk Oblast', 'Luhanska oblast region', 'Kiev', 'Nowhere']) {
      assert.deepEqual(names.lookup(name), gazetteer.lookup(name), name);
    }
    assert.equal(GazetteerNames.of(gazetteer), names);
  });

  test("tells whether the place's own name, folded, is the name or starts with it", () => {
    assert.equal(names.match('Kyiv'), SAME_NAME);
    assert.equal(names.match('KYIV'), SAME_NAME);
    assert.equal(names.match('Kiev'), 0);
    assert.equal(names.match('Koln'), SAME_NAME);
    assert.equal(names.match('Luhansk'), NAME_HEAD);
    assert.equal(names.match('Nowhere'), 0);
    // asked again, from its memory
    assert.equal(names.match('Luhansk'), NAME_HEAD);
  });
});
