import * as assert from 'node:assert/strict';
import { AUXILIARIES, CUE_WORDS, DETERMINERS, FRAME_WORDS, PRONOUNS } from '../analysis/cues';
import { AUXILIARY, BE_FORM, CUE, DETERMINER, isIn, isInAt, PRONOUN, TIME_WORD, wordBits } from '../analysis/frameWords';
import { tokenize } from '../analysis/quoteTokens';

suite('frameWords', () => {
  const text = 'The mayor SAID they were told, on Monday, that Über’s plan — “ok” — HAS been voted 42 times.';
  const tokens = tokenize(text, 0, text.length, []);

  test('a token is in a table exactly when the table holds its lower case', () => {
    const tables: [{ has(word: string): boolean }, number][] = [[DETERMINERS, DETERMINER], [AUXILIARIES, AUXILIARY], [CUE_WORDS, CUE], [PRONOUNS, PRONOUN], [FRAME_WORDS.beForms, BE_FORM], [FRAME_WORDS.timeWords, TIME_WORD]];
    for (const t of tokens) for (const [table, bit] of tables) assert.equal(isIn(t, bit), table.has(t.lower), `${t.text} ${bit}`);
    // the sentence holds a word of each, so that the test can fail
    for (const [, bit] of tables) assert.ok(tokens.some((t) => isIn(t, bit)), String(bit));
  });

  test('the bits are found once and kept with the token', () => {
    const said = tokens.find((t) => t.text === 'SAID')!;
    const bits = wordBits(said);
    assert.equal(said.bits, bits);
    assert.ok((bits & CUE) !== 0);
  });

  test('no token is in no table', () => {
    assert.equal(isInAt(undefined, DETERMINER), false);
    assert.equal(isInAt(tokens[0], DETERMINER), true);
  });
});
