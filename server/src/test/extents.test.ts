import * as assert from 'node:assert/strict';
import { extentIn } from '../analysis/extents';

suite('extents', () => {
  test('a share of a territory says how much of it is held', () => {
    assert.equal(extentIn('almost all of '), 'most');
    assert.equal(extentIn('about 75% of '), 'most');
    assert.equal(extentIn('about 20 percent of '), 'partial');
    assert.equal(extentIn('parts of the '), 'partial');
    assert.equal(extentIn('all of '), 'full');
    assert.equal(extentIn('the city of '), null);
  });
});
