import * as assert from 'node:assert/strict';
import { sameStrings } from '../analysis/sameStrings';

suite('sameStrings', () => {
  test('the same strings in the same order, or both lists absent, are the same; anything else is not', () => {
    assert.ok(sameStrings(['Ivo', 'Vell'], ['Ivo', 'Vell']));
    assert.ok(sameStrings([], []));
    assert.ok(sameStrings(undefined, undefined));
    assert.ok(!sameStrings(['Ivo', 'Vell'], ['Vell', 'Ivo']));
    assert.ok(!sameStrings(['Ivo'], ['Ivo', 'Vell']));
    assert.ok(!sameStrings(['Ivo', 'Vell'], ['Ivo']));
    assert.ok(!sameStrings([], undefined));
    assert.ok(!sameStrings(undefined, ['Ivo']));
  });
});
