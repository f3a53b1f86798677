import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../annotationStore';
import type { AnnotationsDeltaNotification, AnnotationsNotification } from '../../../server/src/protocol';
import { payload } from './fixtures';

type QuoteInfo = AnnotationsNotification.QuoteInfo;
const quote = (line: number, from: number, to: number, speaker: string | null = null): QuoteInfo => ({
  range: { start: { line, character: from }, end: { line, character: to } }, kind: 'direct', speaker, speakerId: null, colorIndex: speaker ? 0 : -1, cue: null, speakerFar: false,
});

suite('annotation store', () => {
  const uri = 'file:///articles/harbour.news';

  test('keeps the newest payload and ignores older ones', () => {
    const store = new AnnotationStore();
    assert.equal(store.update(payload({ version: 3 })), true);
    assert.equal(store.update(payload({ version: 2 })), false);
    assert.equal(store.get(uri)?.version, 3);
    // The same version again (a restarted server re-analysing) is taken.
    assert.equal(store.update(payload({ version: 3 })), true);
  });

  test('tells listeners which document changed, or undefined when cleared', () => {
    const store = new AnnotationStore();
    const heard: (string | undefined)[] = [];
    const sub = store.onDidChange((u) => heard.push(u));
    store.update(payload());
    store.delete(uri);
    store.delete(uri);
    store.update(payload());
    store.clear();
    store.clear();
    sub.dispose();
    store.update(payload());
    assert.deepEqual(heard, [uri, uri, uri, undefined]);
  });

  test('a throwing listener does not stop the others', () => {
    const store = new AnnotationStore();
    let heard = 0;
    store.onDidChange(() => {
      throw new Error('boom');
    });
    store.onDidChange(() => heard++);
    store.update(payload());
    assert.equal(heard, 1);
  });

  test('waitFor resolves with the first payload at least as new as asked, after listeners ran', async () => {
    const store = new AnnotationStore();
    const order: string[] = [];
    store.onDidChange(() => order.push('listener'));
    const waiting = store.waitFor(uri, 2).then((p) => {
      order.push(`waiter v${p.version}`);
    });
    store.update(payload({ version: 1 }));
    store.update(payload({ version: 2 }));
    await waiting;
    assert.deepEqual(order, ['listener', 'listener', 'waiter v2']);
    assert.equal((await store.waitFor(uri, 1)).version, 2);
  });

  test('rejectWaiters fails pending waits', async () => {
    const store = new AnnotationStore();
    const waiting = store.waitFor(uri);
    store.rejectWaiters('turned off');
    await assert.rejects(waiting, /turned off/);
  });

  suite('deltas', () => {
    const delta = (p: Partial<AnnotationsDeltaNotification.Params>): AnnotationsDeltaNotification.Params => ({
      uri, version: 2, baseVersion: 1, quotes: [], claims: [], entities: [], counts: { quotes: 0, people: 0, claims: 0 }, ...p,
    });

    test('a delta from the version held is applied: splices, then kept entries moved by the line shift', () => {
      const store = new AnnotationStore();
      const heard: (string | undefined)[] = [];
      store.onDidChange((u) => heard.push(u));
      store.update(payload({ version: 1, quotes: [quote(0, 1, 5), quote(2, 0, 3), quote(4, 2, 9, 'Orlov')] }));
      const outcome = store.applyDelta(delta({
        quotes: [{ start: 1, deleteCount: 1, items: [quote(2, 0, 4), quote(3, 1, 2)] }],
        lineShift: { from: 3, by: 1 },
        counts: { quotes: 4, people: 0, claims: 0 },
      }));
      assert.equal(outcome, 'applied');
      assert.deepEqual(store.get(uri), payload({ version: 2, quotes: [quote(0, 1, 5), quote(2, 0, 4), quote(3, 1, 2), quote(5, 2, 9, 'Orlov')] }));
      assert.deepEqual(heard, [uri, uri]);
    });

    test('an older delta is stale; one from a version not held asks for a full payload', () => {
      const store = new AnnotationStore();
      assert.equal(store.applyDelta(delta({})), 'resync', 'nothing held');
      store.update(payload({ version: 5 }));
      assert.equal(store.applyDelta(delta({ version: 4, baseVersion: 3 })), 'stale');
      assert.equal(store.applyDelta(delta({ version: 5, baseVersion: 4 })), 'stale');
      assert.equal(store.applyDelta(delta({ version: 7, baseVersion: 6 })), 'resync', 'a payload was missed');
      assert.equal(store.applyDelta(delta({ version: 6, baseVersion: 5, quotes: [{ start: 3, deleteCount: 1, items: [] }] })), 'resync', 'a splice past the end');
      assert.equal(store.get(uri)?.version, 5);
      assert.equal(store.applyDelta(delta({ version: 6, baseVersion: 5 })), 'applied');
      assert.equal(store.get(uri)?.version, 6);
    });

    test('waiters wake up to a version reached by a delta', async () => {
      const store = new AnnotationStore();
      store.update(payload({ version: 1 }));
      const waiting = store.waitFor(uri, 2);
      store.applyDelta(delta({ counts: { quotes: 0, people: 3, claims: 0 } }));
      assert.equal((await waiting).counts.people, 3);
    });
  });
});
