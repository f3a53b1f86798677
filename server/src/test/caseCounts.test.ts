// The document's case evidence (caseCounts.ts), as counts kept for a next analysis or as a union.
import * as assert from 'node:assert/strict';
import { CaseCounts } from '../analysis/caseCounts';
import type { ProseDocument } from '../analysis/document';
import { BlockCache } from '../analysis/incremental';

const doc = (cache?: BlockCache): ProseDocument => ({ text: 'Vell met Reed.', prose: 'Vell met Reed.', blocks: [], cache });

suite('case counts', () => {
  test('a union the caller gathered is the evidence, whether or not the cache keeps', () => {
    for (const cache of [undefined, new BlockCache(), new BlockCache(new BlockCache())]) {
      const counts = new CaseCounts<unknown>(doc(cache), [], new Set(['Vell']));
      assert.equal(counts.has('Vell'), true);
      assert.equal(counts.has('Reed'), false);
    }
  });

  test('without a union, the shares are the evidence', () => {
    for (const cache of [undefined, new BlockCache(new BlockCache())]) {
      const counts = new CaseCounts<unknown>(doc(cache), [['Vell'], ['Reed', 'Vell']]);
      assert.equal(counts.has('Reed'), true);
      assert.equal(counts.has('Ames'), false);
    }
  });
});
