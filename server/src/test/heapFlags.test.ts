import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { Worker } from 'node:worker_threads';
import { WORKER_LIMITS } from '../node/analysisWorker';

suite('heap flags', () => {
  test('a young generation kept small stays small under garbage; growingYoung lets it grow to the worker\'s limit, and it stays so', async function () {
    this.timeout(30_000);
    // On a thread with the analysis worker's limits, as the worker runs: garbage with survivors,
    // which a scavenge copies (an edit's analysis makes the like), then the same inside growingYoung.
    const code = `
      const { growingYoung, keepYoungSmall } = require(${JSON.stringify(require.resolve('../node/heapFlags'))});
      const { getHeapSpaceStatistics } = require('node:v8');
      const { parentPort } = require('node:worker_threads');
      const young = () => getHeapSpaceStatistics().find((space) => space.space_name === 'new_space').space_size;
      const churn = () => {
        const kept = [];
        for (let round = 0; round < 80; round++) {
          const made = [];
          for (let i = 0; i < 40000; i++) made.push({ i, word: 'w' + i });
          kept.push(made);
          if (kept.length > 4) kept.shift();
        }
      };
      keepYoungSmall();
      churn();
      const small = young();
      growingYoung(churn);
      const grown = young();
      churn();
      parentPort.postMessage({ small, grown, after: young() });`;
    try {
      const sizes = await new Promise<{ small: number; grown: number; after: number }>((resolve, reject) => {
        const worker = new Worker(code, { eval: true, resourceLimits: WORKER_LIMITS });
        worker.once('message', resolve);
        worker.once('error', reject);
      });
      const mb = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(1)} MB`;
      assert.ok(sizes.small <= 4 * 2 ** 20, `kept small: ${mb(sizes.small)}`);
      // two semi-spaces of a third of the limit each
      assert.ok(sizes.grown >= ((2 / 3) * WORKER_LIMITS.maxYoungGenerationSizeMb - 1) * 2 ** 20, `grown: ${mb(sizes.grown)}`);
      assert.equal(sizes.after, sizes.grown);
    } finally {
      // the flag is the process's: the tests after this one run with V8's default, as before it
      setFlagsFromString('--semi-space-growth-factor=2');
    }
  });
});
