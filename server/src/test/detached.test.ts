import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { detached } from '../analysis/detached';
import { Gazetteer } from '../analysis/gazetteer';
import { foldName } from '../analysis/placeKeys';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Bytes of heap still held after `use` has seen (and dropped) a fresh 8 MB article. */
function retainedBy(use: (article: string) => void): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const parts: string[] = [];
  for (let i = 0; i < 200_000; i++) parts.push(`Marisol Vandergraaf said ${i} `);
  let article: string | null = parts.join('');
  parts.length = 0;
  use(article);
  article = null;
  // RegExp's legacy last-match state holds the last string searched: give it another.
  /x/.exec('x');
  gc();
  return process.memoryUsage().heapUsed - before;
}

suite('detached strings', () => {
  test('a copy, equal to the original, whatever it holds', () => {
    for (const s of ['', 'short', 'a name of some length', 'lone \ud800 surrogate and NUL \u0000 and emoji 😀 here']) assert.equal(detached(s), s);
  });

  test('the bounded caches keep no article alive through a name cut from it', () => {
    const gazetteer = Gazetteer.parse('C\tExampleland\tEX\t1\t2\t\t\t\n');
    const limit = 2 * 2 ** 20;
    const folded = retainedBy((article) => foldName(article.slice(0, 17 + (Date.now() % 3))));
    assert.ok(folded < limit, `foldName keeps ${folded} bytes`);
    const looked = retainedBy((article) => gazetteer.lookup(article.slice(0, 18 + (Date.now() % 3))));
    assert.ok(looked < limit, `lookup keeps ${looked} bytes`);
  });
});
