import * as assert from 'node:assert/strict';
import { sortFew } from '../analysis/smallSort';

suite('smallSort', () => {
  const byKey = (a: { key: number }, b: { key: number }): number => a.key - b.key;

  test('sorts a few items as the builtin sort does, equal items in their order', () => {
    for (const length of [0, 1, 2, 5, 16, 17, 40]) {
      const items = Array.from({ length }, (_, i) => ({ key: (i * 7) % 5, at: i }));
      assert.deepEqual(sortFew(items.slice(), byKey), items.slice().sort(byKey), `length ${length}`);
    }
  });

  test('sorts in place and returns the same array', () => {
    const items = [{ key: 2 }, { key: 1 }];
    assert.equal(sortFew(items, byKey), items);
    assert.deepEqual(items, [{ key: 1 }, { key: 2 }]);
  });
});
