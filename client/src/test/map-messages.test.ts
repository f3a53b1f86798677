import * as assert from 'node:assert/strict';
import { isFromWebview } from '../map/messages';

suite('claims map messages', () => {
  test('the webview may say it is ready or ask to reveal a span', () => {
    assert.equal(isFromWebview({ type: 'ready' }), true);
    assert.equal(isFromWebview({ type: 'reveal', start: 3, end: 9 }), true);
    assert.equal(isFromWebview({ type: 'reveal', start: 4, end: 4 }), true);
  });

  test('anything else from the webview is refused', () => {
    for (const bad of [null, undefined, 'ready', 42, {}, { type: 'open', uri: 'file:///etc/passwd' },
      { type: 'reveal', start: -1, end: 2 }, { type: 'reveal', start: 5, end: 2 }, { type: 'reveal', start: 1.5, end: 2 },
      { type: 'reveal', start: '1', end: 2 }, { type: 'reveal', start: 1 }]) {
      assert.equal(isFromWebview(bad), false, JSON.stringify(bad));
    }
  });
});
