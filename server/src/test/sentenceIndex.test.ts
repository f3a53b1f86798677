import * as assert from 'node:assert/strict';
import { sentenceIndex } from '../analysis/sentenceIndex';
import type { Block } from '../analysis/types';

suite('sentence index', () => {
  test('numbers the sentences across blocks, each with its block and place there; a block without sentences starts where the next does', () => {
    const block = (start: number, ends: number[]): Block => ({
      start, end: ends.length ? ends[ends.length - 1]! : start, kind: 'paragraph', level: 0,
      sentences: ends.map((end, k) => ({ start: k === 0 ? start : ends[k - 1]! + 1, end })),
    });
    const blocks = [block(0, [10, 20]), block(21, []), block(22, [30]), block(31, [40, 50, 60])];
    const index = sentenceIndex(blocks);
    assert.deepEqual(index.sentences.map((s) => s.end), [10, 20, 30, 40, 50, 60]);
    assert.deepEqual(index.blockOf.map((b) => blocks.indexOf(b)), [0, 0, 2, 3, 3, 3]);
    assert.deepEqual([...index.blockIndex], [0, 0, 2, 3, 3, 3]);
    assert.deepEqual([...index.within], [0, 1, 0, 0, 1, 2]);
    assert.deepEqual([...index.firstSentence], [0, 2, 2, 3]);
  });
});
