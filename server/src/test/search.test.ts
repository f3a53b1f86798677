import * as assert from 'node:assert/strict';
import { lowerBound, upperBound } from '../analysis/search';

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

suite('search: upperBound', () => {
  test('the first number past the one asked for, past every equal one', () => {
    const before = Int32Array.from([0, 3, 3, 3, 7]);
    assert.equal(upperBound(before, 0), 1);
    assert.equal(upperBound(before, 2), 1);
    assert.equal(upperBound(before, 3), 4);
    assert.equal(upperBound(before, 7), 5);
    assert.equal(upperBound(before, -1), 0);
    assert.equal(upperBound([], 1), 0);
  });
});
