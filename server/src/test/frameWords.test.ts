import * as assert from 'node:assert/strict';
import { ADJECTIVE_CUES, AUXILIARIES, CUE_WORDS, DETERMINERS, FRAME_WORDS, PRONOUNS } from '../analysis/cues';
import cueData from '../analysis/data/cues.json';
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

  test('each cue word says what the lists say of its lemma: depicting with "as", naming, raising, wh-clauses', () => {
    const lists = cueData as unknown as { frameWords: { asVerbs: string[]; namingVerbs: string[] }; raisingPassives: string[]; whVerbs: string[] };
    for (const [word, cue] of [...CUE_WORDS, ...ADJECTIVE_CUES]) {
      assert.equal(cue.onlyWithAs, lists.frameWords.asVerbs.includes(cue.lemma), word);
      assert.equal(cue.naming, lists.frameWords.namingVerbs.includes(cue.lemma), word);
      assert.equal(cue.raising, lists.raisingPassives.includes(cue.lemma), word);
      assert.equal(cue.takesWh, lists.whVerbs.includes(cue.lemma), word);
    }
    assert.ok(CUE_WORDS.get('cast')?.onlyWithAs && CUE_WORDS.get('called')?.naming && CUE_WORDS.get('expected')?.raising && CUE_WORDS.get('asked')?.takesWh);
  });
});
