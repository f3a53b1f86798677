// No super-linear time: every adversarial input (runs of quotation marks, separators,
// capitalised words, unclosed quotations, one huge line, many tiny ones…) must take about ten
// times as long at 1 MB as at 100 KB. The bound is generous (30×) because the machine is noisy and
// a 1 MB run pays for old-space garbage collection that a 100 KB run does not;
// a quadratic stage gives ~100× and a backtracking regex far more.
import * as assert from 'node:assert/strict';
import { ADVERSARIAL } from '../bench/adversarial';
import { createAnalyzer } from '../analysis';
import { loadGazetteer } from '../node/gazetteerFile';

const SMALL = 100_000;
const LARGE = 1_000_000;
const MAX_RATIO = 30;
/**
 * Below this a timing is mostly noise (a warm 100 KB run fits in the CPU caches, a 1 MB run pays
 * for old-space GC), so the small input counts as at least this long. A quadratic stage that
 * takes this long at 100 KB takes a second at 1 MB and is still caught.
 */
const FLOOR_MS = 10;

const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });

/**
 * The least CPU time of `runs` analyses, in milliseconds: CPU time rather than wall time, since
 * on a loaded machine (tests of other projects, parallel builds) wall time measures the others.
 */
function time(text: string, runs: number): number {
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = process.cpuUsage();
    analyzer.analyze(text);
    const used = process.cpuUsage(t0);
    best = Math.min(best, (used.user + used.system) / 1000);
  }
  return best;
}

suite('linear time on adversarial input (100 KB vs 1 MB)', function () {
  this.timeout(120_000);
  for (const input of ADVERSARIAL) {
    test(input.name, () => {
      const small = input.make(SMALL);
      const large = input.make(LARGE);
      time(small, 1); // warm up the JIT on this shape
      const tSmall = time(small, 3);
      // best of two: one 1 MB run can meet a major GC or a neighbour's burst; a quadratic stage
      // is slow every time
      const tLarge = time(large, 2);
      const ratio = tLarge / Math.max(tSmall, FLOOR_MS);
      assert.ok(ratio <= MAX_RATIO, `${input.name}: ${tSmall.toFixed(1)} ms at 100 KB, ${tLarge.toFixed(1)} ms at 1 MB (${ratio.toFixed(1)}×, limit ${MAX_RATIO}×)`);
    });
  }

  test('the generators make the sizes asked for', () => {
    for (const input of ADVERSARIAL) {
      assert.ok(Math.abs(input.make(LARGE).length - LARGE) <= 2, input.name);
      assert.ok(Math.abs(input.make(SMALL).length - SMALL) <= 2, input.name);
    }
  });
});
