import * as assert from 'node:assert/strict';
import { describeStatus } from '../statusText';
import { payload } from './fixtures';

suite('status text', () => {
  test('counts quotes, people and claims, in the singular where it is one', () => {
    const many = describeStatus('running', payload({ counts: { quotes: 3, people: 5, claims: 2 } }));
    assert.equal(many.text, '3 quotes · 5 people · 2 claims');
    assert.equal(many.severity, 'information');
    assert.equal(describeStatus('running', payload({ counts: { quotes: 1, people: 1, claims: 1 } })).text, '1 quote · 1 person · 1 claim');
    assert.equal(describeStatus('running', payload({ counts: { quotes: 0, people: 0, claims: 0 } })).text, '0 quotes · 0 people · 0 claims');
  });

  test('says why a document was skipped, as a warning', () => {
    const s = describeStatus('running', payload({ skipped: { reason: 'too-large', message: 'larger than the limit of 2.0 MB (3.1 MB)' } }));
    assert.equal(s.text, 'Not analysed');
    assert.equal(s.detail, 'larger than the limit of 2.0 MB (3.1 MB)');
    assert.equal(s.severity, 'warning');
    const minified = describeStatus('running', payload({ skipped: { reason: 'minified', message: 'not analysed: looks like minified code or encoded data, not prose' } }));
    assert.deepEqual([minified.text, minified.severity], ['Not analysed', 'warning']);
    assert.match(minified.detail ?? '', /minified/);
    const off = describeStatus('running', payload({ skipped: { reason: 'disabled', message: '' } }));
    assert.equal(off.severity, 'information');
  });

  test('is busy until the first payload, and says when the server is off or stopped', () => {
    assert.equal(describeStatus('starting', undefined).busy, true);
    assert.equal(describeStatus('running', undefined).busy, true);
    assert.equal(describeStatus('off', payload()).text, 'Off');
    assert.equal(describeStatus('failed', payload()).severity, 'warning');
  });
});
