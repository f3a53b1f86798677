import * as assert from 'node:assert/strict';
import { keyFilter, keyShapeFilter, LOWERCASE_ORG_HEADS, MAY_BE_PLACE_KIND_AFTER, mayEndLowercaseOrg, PLACE_KINDS_AFTER } from '../analysis/lexicon';
import { tokenize } from '../analysis/tokens';
import { CALENDAR, COMMON, COUNTRY, DEMONYM, DEMONYM_HEAD, factsOf, FIRST_NAME, FUNCTION, HONORIFIC, isHonorific, isRoleHeadWord, isRoleWord, KNOWN_ORG, MONTH, ORG_SUFFIX, ROLE_HEAD, ROLE_MODIFIER, WEEKDAY, wordFacts, writtenFactsOf } from '../analysis/wordFacts';

suite('wordFacts', () => {
  test('reads the lists in lower case, or as written, as each list is keyed', () => {
    assert.ok(wordFacts('Mr') & HONORIFIC);
    assert.ok(wordFacts('The') & FUNCTION);
    assert.ok(wordFacts('THE') & FUNCTION);
    assert.ok(wordFacts('Monday') & CALENDAR);
    assert.equal(wordFacts('monday') & CALENDAR, 0);
    assert.ok(wordFacts('John') & FIRST_NAME);
    assert.equal(wordFacts('JOHN') & FIRST_NAME, 0);
    assert.equal(wordFacts('Zxqvw'), 0);
  });

  test('months, weekdays, nationalities, countries and organisation words as written', () => {
    assert.equal(wordFacts('May') & CALENDAR, MONTH);
    assert.equal(wordFacts('Monday') & CALENDAR, WEEKDAY);
    assert.ok(wordFacts('Russian') & DEMONYM);
    assert.equal(wordFacts('russian') & DEMONYM, 0);
    assert.ok(wordFacts('Britain') & COUNTRY);
    assert.ok(wordFacts('South') & DEMONYM_HEAD);
    assert.equal(wordFacts('Russian') & DEMONYM_HEAD, 0);
    assert.ok(wordFacts('Corp') & ORG_SUFFIX);
    assert.equal(wordFacts('Table') & (DEMONYM | COUNTRY | KNOWN_ORG | ORG_SUFFIX), 0);
  });

  test('a token keeps the facts of its word without the stop; as written, the stop counts', () => {
    const [mr, mon, may] = tokenize('Mr. Mon. May', { start: 0, end: 12 });
    assert.equal(mr!.text, 'Mr.');
    assert.equal(mr!.facts, -1);
    assert.equal(factsOf(mr!), wordFacts('Mr'));
    assert.equal(mr!.facts, wordFacts('Mr'));
    assert.equal(writtenFactsOf(mr!), wordFacts('Mr.'));
    assert.equal(mon!.text, 'Mon.');
    assert.equal(writtenFactsOf(mon!), wordFacts('Mon.'));
    assert.equal(factsOf(may!) & MONTH, MONTH);
    assert.equal(writtenFactsOf(may!), factsOf(may!));
  });

  test('asked twice, answers the same (the memo holds a copy of the word)', () => {
    const word = 'Extraordinarily'.slice(0, 13);
    assert.equal(wordFacts(word), wordFacts('Extraordinari'));
    assert.equal(wordFacts('Table') & COMMON, wordFacts('Table') & COMMON);
  });
});

suite('keyFilter', () => {
  test('passes every key, and turns away words of another first letter or length', () => {
    const may = keyFilter(['ministry', 'bank']);
    assert.ok(may('ministry'));
    assert.ok(may('bank'));
    assert.ok(may('monastry'));
    assert.equal(may('the'), false);
    assert.equal(may('banks'), false);
    assert.equal(may('tank'), false);
  });

  test('passes what it cannot judge: non-ASCII first letters and long words', () => {
    const may = keyFilter(['bank']);
    assert.ok(may('émigré'));
    assert.ok(may('b'.repeat(40)));
    assert.ok(keyFilter(['ünion'])('anything'));
  });

  test('asked by first character code and length, it answers as asked by the word', () => {
    const may = keyShapeFilter(['ministry', 'bank']);
    for (const word of ['ministry', 'bank', 'monastry', 'the', 'banks', 'émigré', 'b'.repeat(40)]) assert.equal(may(word.charCodeAt(0), word.length), keyFilter(['ministry', 'bank'])(word), word);
  });

  test('the kinds of place after a name pass their filter in any case, and most other words do not', () => {
    for (const kind of ['region', 'oblast', 'front', 'frontline', 'direction']) {
      assert.ok(PLACE_KINDS_AFTER.has(kind), kind);
      for (const written of [kind, kind.toUpperCase(), kind[0]!.toUpperCase() + kind.slice(1)]) assert.ok(MAY_BE_PLACE_KIND_AFTER.mayBeLowerCaseOf(written), written);
    }
    assert.equal(MAY_BE_PLACE_KIND_AFTER.mayBeLowerCaseOf('said'), false);
    assert.equal(MAY_BE_PLACE_KIND_AFTER.mayBeLowerCaseOf('and'), false);
  });

  test('the lower-case organisation heads pass their own filter', () => {
    for (const key of LOWERCASE_ORG_HEADS.keys()) assert.ok(mayEndLowercaseOrg(key), key);
    assert.equal(mayEndLowercaseOrg('said'), false);
  });

  test('tokens say what the filter says of their text, however the tokenizer made them', () => {
    const text = `${[...LOWERCASE_ORG_HEADS.keys()].join(' ')} said Ministry ministry. approx. émigré co-op 1990 , ${'b'.repeat(40)}`;
    const tokens = tokenize(text, { start: 0, end: text.length });
    assert.ok(tokens.some((t) => t.mayEndOrg));
    assert.ok(tokens.some((t) => !t.mayEndOrg));
    for (const t of tokens.filter((t) => t.kind === 'word')) assert.equal(t.mayEndOrg, mayEndLowercaseOrg(t.text), t.text);
  });

  test('the honorific and role questions answer as the facts do, asked before the facts or after', () => {
    const text = 'mr Mr. DR said spokesman Spokesman SPOKESMAN former deputy formerly spokesmen \u212Aing president-elect x';
    const asked = (): ReturnType<typeof tokenize> => tokenize(text, { start: 0, end: text.length });
    // fresh tokens (facts not yet looked up) and the same tokens once their facts are known
    for (const fresh of [true, false]) {
      for (const t of asked()) {
        if (!fresh) factsOf(t);
        const facts = wordFacts(t.text.endsWith('.') ? t.text.slice(0, -1) : t.text);
        assert.equal(isHonorific(t), (facts & HONORIFIC) !== 0, t.text);
        assert.equal(isRoleHeadWord(t), (facts & ROLE_HEAD) !== 0, t.text);
        assert.equal(isRoleWord(t), (facts & (ROLE_HEAD | ROLE_MODIFIER)) !== 0, t.text);
      }
    }
    const [mr, , , said, spokesman, , , former] = asked();
    assert.ok(isHonorific(mr!));
    assert.ok(!isHonorific(said!));
    assert.equal(said!.facts, -1, 'a word no honorific can be is refused without its facts');
    assert.ok(isRoleHeadWord(spokesman!));
    assert.ok(isRoleWord(former!) && !isRoleHeadWord(former!));
  });
});

