import * as assert from 'node:assert/strict';
import { ChangedRuns, sameEnds } from '../analysis/changedRuns';

suite('changed runs', () => {
  const alike = (x: string, y: string): boolean => x === y;

  test('items alike at either end are told apart from the changed ones between, the end taken from what is left', () => {
    assert.deepEqual(sameEnds(['a', 'b', 'c', 'd'], ['a', 'x', 'd'], alike), { same: 1, sameEnd: 1 });
    assert.deepEqual(sameEnds(['a', 'a'], ['a', 'a', 'a'], alike), { same: 2, sameEnd: 0 });
    assert.deepEqual(sameEnds([], ['a'], alike), { same: 0, sameEnd: 0 });
  });

  test('runs of changed items, each heard before and now; lists all alike add none', () => {
    const runs = new ChangedRuns();
    const heard: string[] = [];
    const changed = (x: string, at: number, now: boolean): number => heard.push(`${now ? '+' : '-'}${x}@${at}`);
    runs.compare(['a', 'b', 'c'], 0, ['a', 'x', 'y', 'c'], 0, alike, changed);
    runs.compare(['d'], 3, ['d'], 4, alike, changed);
    runs.compare(['e', 'f'], 4, ['e'], 5, alike, changed);
    assert.deepEqual(runs.runs, [1, 2, 1, 3, 5, 6, 6, 6]);
    assert.deepEqual(heard, ['-b@1', '+x@1', '+y@2', '-f@5']);
  });

  test('the items left alone, by their index now and before, and where each went', () => {
    const runs = new ChangedRuns();
    runs.compare(['a', 'b', 'c', 'd', 'e'], 0, ['a', 'x', 'y', 'c', 'e'], 0, (x, y) => x === y);
    // b became x y, d was dropped
    const alikeAt: [number, number][] = [];
    runs.forEachAlike(5, (now, before) => alikeAt.push([now, before]));
    assert.deepEqual(alikeAt, [[0, 0], [4, 4]]);
    const split = new ChangedRuns();
    split.runs.push(1, 2, 1, 3, 3, 4, 4, 4);
    const pairs: [number, number][] = [];
    split.forEachAlike(5, (now, before) => pairs.push([now, before]));
    assert.deepEqual(pairs, [[0, 0], [3, 2], [4, 4]]);
    const moves = split.moves(10);
    assert.deepEqual([10, 12, 14, 20].map((i) => moves.now(i)), [10, 13, 14, 20]);
    assert.deepEqual([10, 13, 14, 20].map((j) => moves.before(j)), [10, 12, 14, 20]);
  });
});
