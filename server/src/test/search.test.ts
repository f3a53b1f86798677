import * as assert from 'node:assert/strict';
import { lowerBound } from '../analysis/search';

suite('search: lowerBound', () => {
  const starts = [{ start: 2 }, { start: 5 }, { start: 5 }, { start: 9 }];
  const key = (s: { start: number }) => s.start;

  test('the first item at or after the offset, the first of equal keys', () => {
    assert.equal(lowerBound(starts, 0, key), 0);
    assert.equal(lowerBound(starts, 3, key), 1);
    assert.equal(lowerBound(starts, 5, key), 1);
    assert.equal(lowerBound(starts, 9, key), 3);
  });

  test('the length past the last item, and for no items', () => {
    assert.equal(lowerBound(starts, 10, key), 4);
    assert.equal(lowerBound([], 1, key), 0);
  });
});
