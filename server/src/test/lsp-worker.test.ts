import * as assert from 'node:assert/strict';
import { join } from 'node:path';
import { createAnalyzer, CancelledError } from '../analysis';
import { cancellationSource } from '../analysis/cancellation';
import { MessageChannel } from 'node:worker_threads';
import { serveAnalyses, WorkerAnalyzer, type ServeOptions } from '../node/analysisWorker';
import { IdleCollector } from '../node/idleCollector';
import { isPacked, unpackAnnotations, type PackedAnnotations } from '../lsp/packedAnnotations';
import type { AnalyzeOptions, Annotations } from '../analysis';
import type { ObservableToken } from '../analysis/cancellation';

// The compiled worker script serves analyses when it finds its mark in workerData.
const SCRIPT = join(__dirname, '..', 'worker.js');


/** The worker's result for `text`, unpacked. */
async function analyzed(worker: WorkerAnalyzer, uri: string, text: string, token: ObservableToken): Promise<Annotations> {
  const got = await worker.analyze(uri, text, false, token);
  return isPacked(got) ? unpackAnnotations(got, text) : got;
}

suite('lsp: analysis worker', function () {
  this.timeout(60000);
  let worker: WorkerAnalyzer;
  setup(() => {
    worker = new WorkerAnalyzer(SCRIPT);
  });
  teardown(async () => {
    await worker.dispose();
  });

  test('gives what the analysis gives in process', async () => {
    const text = '“We will rebuild the bridge,” said Mayor Lena Hart on Tuesday.\n';
    const got = await analyzed(worker, 'file:///a.txt', text, cancellationSource().token);
    // The worker loads the gazetteer; compare on what does not depend on it.
    const local = createAnalyzer().analyze(text);
    assert.deepEqual(got.quotes.map((q) => [q.start, q.end, q.kind]), local.quotes.map((q) => [q.start, q.end, q.kind]));
    assert.deepEqual(got.blocks, local.blocks);
  });

  /**
   * `requests` ([document name, text]) served in process by serveAnalyses with `options`: the
   * options each analysis was asked with, and which results (by request index) were released.
   */
  async function served(requests: readonly (readonly [string, string])[], options: ServeOptions) {
    const asked: AnalyzeOptions[] = [];
    const results: Annotations[] = [];
    const released: number[] = [];
    const analyzer = createAnalyzer();
    const { port1, port2 } = new MessageChannel();
    serveAnalyses(port1, {
      analyze: (text, analyzeOptions, token) => {
        asked.push(analyzeOptions ?? {});
        const result = analyzer.analyze(text, analyzeOptions, token);
        results.push(result);
        return result;
      },
      release: (result) => released.push(results.indexOf(result)),
    }, options);
    try {
      let replies = 0;
      // two replies each: the products, then the whole result
      const answered = new Promise<void>((resolve) => port2.on('message', () => ++replies === requests.length * 2 && resolve()));
      requests.forEach(([name, text], id) => {
        port2.postMessage({ type: 'analyze', id, uri: `file:///${name}.txt`, text, markdown: false, flag: new SharedArrayBuffer(4), version: id, base: undefined });
      });
      await answered;
      return { asked, released };
    } finally {
      port1.close();
      port2.close();
    }
  }

  test('the newest long document opened keeps its memos for its first edit; an older one only opened lets them go, a short one keeps none', async () => {
    // d is shorter than a document worth keeping memos for
    const requests = [['a', 'Tom Reed said so.'], ['a', 'Tom Reed said no.'], ['b', 'Ana Vell spoke now.'], ['c', 'Ivo Vell spoke now.'], ['b', 'Ana Vell spoke again.'], ['d', 'Ana.']] as const;
    const { asked, released } = await served(requests, { keepOpenedFrom: 'Tom Reed said so.'.length });
    assert.deepEqual(asked.map((o) => [o.keep, o.previous !== undefined]), [[true, false], [true, true], [true, false], [true, false], [true, true], [false, false]]);
    // b's opening let go when c opened; a, being edited, and c, the newest opened, keep theirs
    assert.deepEqual(released, [2]);
  });

  test('a document only opened that drops out of the recent ones lets its memos go', async () => {
    // b is too short to keep memos, but its opening pushes a out of the one document kept
    const { released } = await served([['a', 'Tom Reed said so.'], ['b', 'Ana.']], { documents: 1, keepOpenedFrom: 'Tom Reed said so.'.length });
    assert.deepEqual(released, [0]);
  });

  /**
   * serveAnalyses in process with `options`, watched: every analysis asked for (its text and the
   * result it read on from) and its result; `send` resolves with a request's whole result.
   */
  function serving(options: ServeOptions, growing?: { depth: number }) {
    const analyzer = createAnalyzer();
    const asked: { text: string; previous: Annotations | undefined; result: Annotations; grown?: boolean }[] = [];
    const { port1, port2 } = new MessageChannel();
    serveAnalyses(port1, {
      analyze: (text, analyzeOptions, token) => {
        const result = analyzer.analyze(text, analyzeOptions, token);
        asked.push({ text, previous: analyzeOptions?.previous, result, grown: growing && growing.depth > 0 });
        return result;
      },
      release: (result) => analyzer.release(result),
    }, options);
    let id = 0;
    const send = (uri: string, text: string): Promise<Annotations> => new Promise((resolve) => {
      const mine = id++;
      const answer = (reply: { id: number; annotations?: Annotations | PackedAnnotations }): void => {
        if (reply.id !== mine || !reply.annotations) return;
        port2.off('message', answer);
        resolve(isPacked(reply.annotations) ? unpackAnnotations(reply.annotations, text) : reply.annotations);
      };
      port2.on('message', answer);
      port2.postMessage({ type: 'analyze', id: mine, uri, text, markdown: false, flag: new SharedArrayBuffer(4), version: mine, base: undefined });
    });
    const close = (): void => {
      port1.close();
      port2.close();
    };
    return { asked, send, close, analyzer };
  }

  const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
  const LONG = '“We will rebuild the bridge,” said Mayor Lena Hart on Tuesday.\n\nThe council of Northtown agreed. Ivo Vell spoke later.\n'.repeat(4);

  test('the first long document opened is rehearsed on once the worker is quiet; its next edit reads on from the last pair; no other document is', async () => {
    const { asked, send, close, analyzer } = serving({ keepOpenedFrom: 100, rehearse: { afterMs: 0, pairs: 3 } });
    try {
      await send('file:///a.txt', LONG);
      for (let waited = 0; asked.length < 7 && waited < 20_000; waited += 10) await pause(10);
      await pause(50);
      // the opening, then three pairs of edits that undo each other (a name in and out, then a
      // character out and in, in and out), each from the result before
      assert.deepEqual(asked.map((a) => a.text.length - LONG.length), [0, 'Ilsa Vardemann '.length, 0, -1, 0, 1, 0]);
      asked.slice(1).forEach((a, k) => assert.equal(a.previous, asked[k]!.result, `analysis ${k + 1}`));
      const edited = LONG.replace('Lena Hart', 'Lena Harte');
      const got = await send('file:///a.txt', edited);
      assert.equal(asked[7]!.previous, asked[6]!.result);
      assert.deepEqual(JSON.stringify(got), JSON.stringify(analyzer.analyze(edited)));
      await send('file:///b.txt', LONG.replace(/Northtown/g, 'Southtown'));
      await pause(50);
      assert.equal(asked.length, 9, 'once per worker');
    } finally {
      close();
    }
  });

  test('the work on a long document runs with the young generation free to grow: its analysis, its products, its rehearsal; a short one\'s does not', async () => {
    const growing = { depth: 0, calls: 0 };
    const grow = <T>(work: () => T): T => {
      growing.depth++;
      growing.calls++;
      try {
        return work();
      } finally {
        growing.depth--;
      }
    };
    const { asked, send, close } = serving({ keepOpenedFrom: LONG.length, growing: grow, rehearse: { afterMs: 0, pairs: 1 } }, growing);
    try {
      await send('file:///b.txt', 'Tom Reed said so.');
      assert.equal(growing.calls, 0, 'a short document');
      await send('file:///a.txt', LONG);
      assert.equal(growing.calls, 2, 'the analysis and the products of a long one');
      for (let waited = 0; asked.length < 4 && waited < 20_000; waited += 10) await pause(10);
      await pause(50);
      assert.deepEqual(asked.map((a) => a.grown), [false, true, true, true]);
      // the rehearsal: its pair, then the step that finds no other
      assert.equal(growing.calls, 4);
    } finally {
      close();
    }
  });

  test('after an edit, not after an opening, the young generation is collected once the worker is free', async () => {
    const idle = new IdleCollector(60_000);
    const { send, close } = serving({ idle, rehearse: { afterMs: 0, pairs: 0 } });
    try {
      await send('file:///a.txt', 'Tom Reed said so.');
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(idle.youngCollections, 0, 'opened');
      await send('file:///a.txt', 'Tom Reed said no.');
      await new Promise((resolve) => setImmediate(resolve));
      assert.equal(idle.youngCollections, 1, 'edited');
    } finally {
      idle.dispose();
      close();
    }
  });

  test('a request, for any document, stops a rehearsal at the end of its pair; an edit reads on from that pair', async () => {
    const { asked, send, close, analyzer } = serving({ keepOpenedFrom: 100, rehearse: { afterMs: 0, pairs: 500 } });
    try {
      await send('file:///a.txt', LONG);
      for (let waited = 0; asked.length < 3 && waited < 20_000; waited += 10) await pause(10);
      await send('file:///other.txt', 'Short.');
      const count = asked.length;
      await pause(50);
      assert.equal(asked.length, count, 'stopped');
      const edited = `${LONG}Later, the mayor left.\n`;
      const got = await send('file:///a.txt', edited);
      const at = asked.findIndex((a) => a.text === edited);
      // the opening, whole pairs, the other document, the edit
      assert.ok(at >= 4 && at < 1000 && at % 2 === 0, `the edit came after ${at - 2} rehearsed edits`);
      assert.equal(asked[at]!.previous, asked[at - 2]!.result);
      assert.equal(asked[at - 2]!.text, LONG);
      assert.deepEqual(JSON.stringify(got), JSON.stringify(analyzer.analyze(edited)));
    } finally {
      close();
    }
  });

  test('a token cancelled before the start, or during the work, rejects with CancelledError', async () => {
    const before = cancellationSource();
    before.cancel();
    await assert.rejects(worker.analyze('file:///a.txt', 'Text.', false, before.token), CancelledError);

    const line = 'The minister of the interior, Anna Example, said the talks in Northtown would go on. ';
    const big = `${line.repeat(40)}\n`.repeat(300);
    const warm = await worker.analyze('file:///w.txt', 'Warm up.', false, cancellationSource().token);
    assert.ok(warm);
    const started = Date.now();
    const full = cancellationSource();
    await worker.analyze('file:///full.txt', big, false, full.token);
    const fullTime = Date.now() - started;
    const during = cancellationSource();
    const running = worker.analyze('file:///big.txt', big, false, during.token);
    setTimeout(during.cancel, 5);
    const cancelStarted = Date.now();
    await assert.rejects(running, CancelledError);
    assert.ok(Date.now() - cancelStarted < fullTime / 2, `cancelled after ${Date.now() - cancelStarted} ms; the whole analysis takes ${fullTime} ms`);
  });

  test('a worker that is gone fails what it had, and the next request starts a new one', async () => {
    const failed = assert.rejects(worker.analyze('file:///a.txt', 'Some text here.', false, cancellationSource().token));
    await worker.dispose();
    await failed;
    const again = await analyzed(worker, 'file:///a.txt', 'Some text here.', cancellationSource().token);
    assert.equal(again.blocks.length, 1);
    worker.forget('file:///a.txt');
  });

  test('a cancelled analysis that does not stop is ended with its worker; the others still get answers', async () => {
    const deaf = new WorkerAnalyzer(join(__dirname, 'fixtures', 'hangingWorker.js'), 200);
    try {
      const hung = cancellationSource();
      const hanging = deaf.analyze('file:///hang.txt', 'hang', false, hung.token);
      const waiting = deaf.analyze('file:///other.txt', 'other text', false, cancellationSource().token);
      const started = Date.now();
      hung.cancel();
      await assert.rejects(hanging, CancelledError);
      const got = await waiting;
      const other = isPacked(got) ? unpackAnnotations(got, 'other text') : got;
      assert.deepEqual([other.blocks[0]!.start, other.blocks[0]!.end], [0, 10]);
      assert.ok(Date.now() - started < 20000, `${Date.now() - started} ms`);
      const after = await analyzed(deaf, 'file:///later.txt', 'later', cancellationSource().token);
      assert.equal(after.blocks[0]!.end, 5);
    } finally {
      await deaf.dispose();
    }
  });
});
