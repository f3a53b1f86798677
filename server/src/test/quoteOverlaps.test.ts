import * as assert from 'node:assert/strict';
import { createAnalyzer, type Quote } from '../analysis';

const analyzer = createAnalyzer();
const reported = (text: string): Array<[string | null, string | null, string]> =>
  (analyzer.analyze(text).quotes as Quote[]).filter((q) => q.kind === 'indirect').map((q) => [q.speaker, q.cue, q.text]);

suite('quote overlaps: one reading of each report', () => {
  test('an adjunct between commas ends before its subject’s main verb', () => {
    assert.deepEqual(reported('The mayor, Anna Berg, conceding the budget gaps, has proposed that the bridge could be repaired next year.'), [
      ['Anna Berg', 'conceding', 'the budget gaps'],
      ['Anna Berg', 'proposed', 'the bridge could be repaired next year'],
    ]);
  });

  test('a noun that opens the content is not a second report of it', () => {
    const found = reported('Farmers are seeking guarantees that the new tariffs will not hurt their exports.');
    assert.deepEqual(found.map(([, cue, text]) => [cue, text]), [['seeking', 'guarantees that the new tariffs will not hurt their exports']]);
  });

  test('reported speech within reported speech keeps the outer content whole', () => {
    const found = reported('Anna Berg said that the council claimed the bridge was safe.');
    assert.deepEqual(found[0], ['Anna Berg', 'said', 'the council claimed the bridge was safe']);
    assert.ok(found.some(([, cue, text]) => cue === 'claimed' && text === 'the bridge was safe'));
  });

  test('the same speaker’s second report after "by" stays inside the first', () => {
    const found = reported('The minister defended the plan by insisting that the costs would fall.');
    assert.equal(found[0]?.[2], 'the plan by insisting that the costs would fall');
  });

  test('offsets still slice the text after a content is cut', () => {
    const text = 'Intro.\r\nThe mayor, Anna Berg 🙂, conceding the gaps, will propose that taxes rise.';
    for (const q of analyzer.analyze(text).quotes) assert.equal(text.slice(q.start, q.end), q.text);
  });
});
