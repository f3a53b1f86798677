import * as assert from 'node:assert/strict';
import { AnnotationStore } from '../annotationStore';
import { payload } from './fixtures';

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
});
