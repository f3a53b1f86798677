import * as assert from 'node:assert/strict';
import { getHeapStatistics } from 'node:v8';
import { IdleCollector } from '../node/idleCollector';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const committed = () => getHeapStatistics().total_physical_size;

suite('idle collector', () => {
  test('after a quiet spell, a heap grown by garbage is collected and compacted', async () => {
    const idle = new IdleCollector(20, 8 * 2 ** 20);
    // Garbage with a few survivors on every page, as a burst of analyses leaves it.
    let junk: { n: number; s: string }[] | null = [];
    for (let i = 0; i < 600_000; i++) junk.push({ n: i, s: `word ${i}` });
    const survivors = junk.filter((_, i) => i % 50 === 0);
    junk = null;
    const grown = committed();
    idle.busy();
    idle.busy();
    await sleep(100);
    assert.equal(idle.collections, 1);
    assert.ok(committed() < grown - 8 * 2 ** 20, `${committed()} ≥ ${grown}`);
    assert.equal(survivors.length, 12_000);
    idle.dispose();
  });

  test('something big let go of is collected after the quiet spell even if the heap did not grow', async () => {
    const idle = new IdleCollector(20, 64 * 2 ** 20);
    idle.busy(true);
    idle.busy();
    await sleep(80);
    assert.equal(idle.collections, 1);
    idle.busy();
    await sleep(80);
    assert.equal(idle.collections, 1);
    idle.dispose();
  });

  test('after an edit, the young generation is collected once the thread is free, once however often asked', async () => {
    const idle = new IdleCollector(1000, 64 * 2 ** 20);
    idle.edited();
    idle.edited();
    assert.equal(idle.youngCollections, 0, 'not while the edit is being answered');
    // garbage in the young generation, as an edit leaves it
    let junk: { n: number }[] | null = [];
    for (let i = 0; i < 50_000; i++) junk.push({ n: i });
    junk = null;
    const before = getHeapStatistics().used_heap_size;
    await new Promise((r) => setImmediate(r));
    assert.equal(idle.youngCollections, 1);
    assert.ok(getHeapStatistics().used_heap_size < before, 'the garbage is gone');
    assert.equal(idle.collections, 0, 'no full collection');
    idle.edited();
    idle.dispose();
    await new Promise((r) => setImmediate(r));
    assert.equal(idle.youngCollections, 1, 'disposed before it ran');
  });

  test('no collection while busy, nor when the heap has not grown', async () => {
    const idle = new IdleCollector(30, 64 * 2 ** 20);
    for (let i = 0; i < 5; i++) {
      idle.busy();
      await sleep(10);
    }
    assert.equal(idle.collections, 0);
    await sleep(80);
    assert.equal(idle.collections, 0);
    idle.dispose();
  });
});
