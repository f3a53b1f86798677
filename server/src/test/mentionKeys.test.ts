import * as assert from 'node:assert/strict';
import { dateKey, nationalityKey, placeKey } from '../analysis/mentionKeys';

suite('mentionKeys', () => {
  test('make the keys the merger files places and nationalities under', () => {
    assert.equal(placeKey('UA'), 'place:UA');
    assert.equal(placeKey(703448), 'place:703448');
    assert.equal(placeKey('Galilee'), 'place:Galilee');
    assert.equal(nationalityKey('RU'), 'nationality:RU');
    assert.equal(nationalityKey('Europe'), 'nationality:Europe');
  });

  test('give the same key to an id however it comes, another to another id', () => {
    const first = placeKey(2643743);
    assert.equal(placeKey(2643743), first);
    assert.equal(placeKey('2643743'), first);
    assert.notEqual(placeKey(2643744), first);
  });

  test('key dates by their words in lower case, without stops and commas, asked once or again', () => {
    for (let round = 0; round < 2; round++) {
      assert.equal(dateKey('Nov. 8, 2024'), 'date:nov 8 2024');
      assert.equal(dateKey('Monday'), 'date:monday');
      assert.equal(dateKey('8 November 2024'), 'date:8 november 2024');
      assert.equal(dateKey('1996-08-30'), 'date:1996-08-30');
    }
  });

  test('stay bounded over many keys', () => {
    for (let i = 0; i < 50_000; i++) assert.equal(placeKey(i), `place:${i}`);
    assert.equal(placeKey(49_999), 'place:49999');
  });
});
