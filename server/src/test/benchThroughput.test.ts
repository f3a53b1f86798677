// The bench's throughput run for one tool (bench/throughput.ts), on a corpus of the sample
// article: a cold first pass, a warm-up of at least the CPU time asked, then a figure per row,
// none for a text over the tool's limit.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT, type Corpus } from '../bench/corpus';
import { MARKDOWN_ROW, mb, OURS, sizeLabel, toolThroughput } from '../bench/throughput';

const sample = readFileSync(join(REPO_ROOT, 'samples', 'kremlin-red-line.txt'), 'utf8');
const corpus: Corpus = { source: 'the sample article', docs: [{ name: 'sample', text: sample }] };

suite('bench throughput', () => {
  test('times our analysis after a warm-up of the CPU time asked, a row per text size', () => {
    const measured = toolThroughput(OURS, corpus, { sizes: [1e3, 2e4], limitMb: 0.01, budgetMs: 30, warmUpMs: 60 })!;
    assert.equal(measured.tool, OURS);
    assert.ok(measured.warmUpMs >= 60 && measured.warmUpPasses >= 1);
    assert.ok(measured.coldMbps > 0 && Number.isFinite(measured.coldMbps));
    assert.deepEqual(measured.rows.map((r) => r.label), ['corpus, doc by doc', sizeLabel(1e3), sizeLabel(2e4), MARKDOWN_ROW]);
    assert.ok(Math.abs(measured.rows[0]!.mb - mb(sample)) < 1e-9);
    const [, small, large, markdown] = measured.rows;
    assert.ok(small!.mbps! > 0, 'a 1 KB text is under the limit');
    assert.equal(large!.mbps, null, 'a 20 KB text is over the 0.01 MB limit');
    assert.equal(markdown!.mb, measured.rows[0]!.mb);
    assert.ok(markdown!.mbps! > 0, 'the corpus read as Markdown');
  });

  test('a peer has no Markdown figure: it reads no Markdown', () => {
    const peer = toolThroughput('wink-nlp', corpus, { sizes: [], limitMb: 1, budgetMs: 20, warmUpMs: 20 })!;
    assert.deepEqual(peer.rows.map((r) => r.label), ['corpus, doc by doc', MARKDOWN_ROW]);
    assert.ok(peer.rows[0]!.mbps! > 0);
    assert.equal(peer.rows[1]!.mbps, null);
  });

  test('a peer that is not installed gives no figures', () => {
    assert.equal(toolThroughput('no-such-peer', corpus, { sizes: [], limitMb: 1, budgetMs: 1, warmUpMs: 1 }), undefined);
  });
});
