// The worker sends an edit's annotations as a delta from the last ones: applied to those, it must
// give exactly the new annotations, and it must be small when little changed.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { join } from 'node:path';
import { createAnalyzer } from '../analysis';
import { cancellationSource } from '../analysis/cancellation';
import { applyDelta, diffAnnotations, textEdit } from '../lsp/annotationsDelta';
import { WorkerAnalyzer } from '../node/analysisWorker';

const PARAGRAPHS = [
  'Kremlin spokesman Dmitry Peskov said Russia controls most of the Donetsk region.',
  '“We will never give up Crimea,” Volodymyr Zelensky told reporters in Kyiv.',
  'The minister said on Tuesday that the talks would resume, adding that Kyiv had agreed.',
  'Ukrainian forces recaptured the town, the Ministry of Defence said in a statement.',
];

suite('lsp: annotations delta', function () {
  this.timeout(60_000);
  const analyzer = createAnalyzer();

  test('textEdit finds the one replaced stretch', () => {
    assert.deepEqual(textEdit('abcdef', 'abXdef'), { at: 2, removed: 1, inserted: 1 });
    assert.deepEqual(textEdit('abc', 'abc'), { at: 3, removed: 0, inserted: 0 });
    assert.deepEqual(textEdit('aaa', 'aaaa'), { at: 3, removed: 0, inserted: 1 });
    assert.deepEqual(textEdit('abcd', 'ad'), { at: 1, removed: 2, inserted: 0 });
  });

  test('applying the delta to the old annotations gives the new ones, whatever the edit', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...PARAGRAPHS), { minLength: 1, maxLength: 6 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.nat(10),
        fc.constantFrom('', 'a', 'X', ' ', '\n', '“', 'Putin said ', 'é'),
        (paras, where, remove, insert) => {
          const before = paras.join('\n');
          const at = Math.floor(where * before.length);
          const after = before.slice(0, at) + insert + before.slice(at + remove);
          const old = analyzer.analyze(before);
          const next = analyzer.analyze(after, { previous: old });
          const delta = diffAnnotations(textEdit(before, after), old, next);
          assert.equal(JSON.stringify(applyDelta(old, structuredClone(delta))), JSON.stringify(next));
        },
      ),
      { numRuns: 150 },
    );
  });

  test('an edit in the last paragraph sends only what changed there', () => {
    const before = PARAGRAPHS.join('\n');
    const after = `${before} More.`;
    const old = analyzer.analyze(before);
    const delta = diffAnnotations(textEdit(before, after), old, analyzer.analyze(after, { previous: old }));
    assert.equal(delta.blocks.keep, PARAGRAPHS.length - 1);
    assert.equal(delta.blocks.items.length, 1);
    assert.ok(delta.entities.keep + delta.entities.tail >= old.entities.length - 1);
  });

  test('a paragraph added at the start moves what follows without sending it again', () => {
    const before = PARAGRAPHS.join('\n');
    const after = `Breaking.\n${before}`;
    const old = analyzer.analyze(before);
    const next = analyzer.analyze(after, { previous: old });
    const delta = diffAnnotations(textEdit(before, after), old, next);
    assert.equal(delta.quotes.items.length, 0);
    assert.equal(delta.quotes.keep + delta.quotes.tail, old.quotes.length);
    assert.equal(applyDelta(old, delta).quotes[0]!.start, old.quotes[0]!.start + 10);
  });

  test('the worker sends deltas after the first result, and its results equal in-process analysis', async () => {
    const worker = new WorkerAnalyzer(join(__dirname, '..', 'server.js'));
    try {
      const local = createAnalyzer({ gazetteer: undefined });
      let text = PARAGRAPHS.join('\n');
      for (const edit of ['', 'X', ' Moscow said so.', '\n“No,” he said.']) {
        text = edit === '' ? text : text.slice(0, 40) + edit + text.slice(40);
        const got = await worker.analyze('file:///d.txt', text, false, cancellationSource().token);
        // the worker's gazetteer may type more places: compare what does not depend on it
        const want = local.analyze(text);
        assert.deepEqual(got.blocks, want.blocks);
        assert.deepEqual(got.quotes.map((q) => [q.start, q.end, q.kind]), want.quotes.map((q) => [q.start, q.end, q.kind]));
      }
    } finally {
      await worker.dispose();
    }
  });
});
