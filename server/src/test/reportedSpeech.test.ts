import * as assert from 'node:assert/strict';
import { createAnalyzer, type Quote } from '../analysis';

// General frames of reported speech: who says what, when the sentence gives the speaker an
// age, a home town or a role, and when the reported clause has an irregular verb.
const analyzer = createAnalyzer();
const indirect = (text: string): Quote[] => (analyzer.analyze(text).quotes as Quote[]).filter((q) => q.kind === 'indirect');
const pairs = (text: string): [string, string | null][] => indirect(text).map((q) => [q.text, q.speaker]);

suite('reported speech: a bare clause with an irregular past', () => {
  test('said, then a clause whose only verb is an irregular past', () => {
    assert.deepEqual(pairs('Martin Hale said the farmers lost their fields.'), [['the farmers lost their fields', 'Martin Hale']]);
    assert.deepEqual(pairs('Ruth Obi thinks the council knew about the leak.').map(([t]) => t), ['the council knew about the leak']);
  });

  test('a noun phrase with the same word after a determiner is no clause', () => {
    // "the lost fields": an adjective, so "said" has no content here
    assert.deepEqual(indirect('Martin Hale said the lost fields.').map((q) => q.text), []);
  });
});

suite('reported speech: a clause opened by a contracted subject', () => {
  test('he’s, they\'ll, it’s after the cue or its listener', () => {
    assert.deepEqual(pairs('The mayor told The Daily Courier he’s not planning a second term.'), [['he’s not planning a second term', 'The mayor']]);
    assert.deepEqual(pairs("Ines Walde said they'll vote against the plan.").map(([t]) => t), ["they'll vote against the plan"]);
    assert.deepEqual(pairs('Ines Walde told The Courier it’s too early to judge.').map(([t]) => t), ['it’s too early to judge']);
  });

  test('a name’s possessive after the cue is no subject', () => {
    assert.deepEqual(indirect('Ines Walde said Ken’s name twice.').map((q) => q.text), []);
  });
});

suite('reported speech: a name with its age, home or role between commas', () => {
  test('name, age, role: the name speaks, not the age', () => {
    assert.deepEqual(pairs('Maria Lopez, 34, a nurse from Leeds, said she voted for the mayor.'), [['she voted for the mayor', 'Maria Lopez']]);
  });

  test('name, home town: the name speaks', () => {
    assert.deepEqual(pairs('Tom Reyes, of Dayton, said the plant would close.'), [['the plant would close', 'Tom Reyes']]);
    assert.deepEqual(pairs('Tom Reyes, 61, of Dayton, said the plant would close.'), [['the plant would close', 'Tom Reyes']]);
  });

  test('a number in a clause of its own names no speaker', () => {
    assert.ok(indirect('The count reached 34, a record, and officials said turnout was high.').every((q) => q.speaker !== '34'));
  });
});
