import * as assert from 'node:assert/strict';
import { splitSentences } from '../analysis/sentences';

const split = (text: string): string[] => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

suite('sentences', () => {
  test('a sentence may open with typewriter quote marks', () => {
    assert.deepEqual(split("''We won,'' said Ann Lee. ''It was close.''"), ["''We won,'' said Ann Lee.", "''It was close.''"]);
  });

  test('a sentence may open with a single quotation mark before a capital', () => {
    assert.deepEqual(split("He left. 'Never again,' he said."), ['He left.', "'Never again,' he said."]);
  });

  test('a glued full stop still ends a sentence', () => {
    assert.deepEqual(split('Troops advanced in the region.The ministry reported gains.'), ['Troops advanced in the region.', 'The ministry reported gains.']);
  });
});
