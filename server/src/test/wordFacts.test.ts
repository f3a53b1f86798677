import * as assert from 'node:assert/strict';
import { keyFilter, LOWERCASE_ORG_HEADS, mayEndLowercaseOrg } from '../analysis/lexicon';
import { CALENDAR, COMMON, FIRST_NAME, FUNCTION, HONORIFIC, wordFacts } from '../analysis/wordFacts';

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

  test('the lower-case organisation heads pass their own filter', () => {
    for (const key of LOWERCASE_ORG_HEADS.keys()) assert.ok(mayEndLowercaseOrg(key), key);
    assert.equal(mayEndLowercaseOrg('said'), false);
  });
});
