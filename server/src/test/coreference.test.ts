import * as assert from 'node:assert/strict';
import { mergeMentions, sortNearlySorted, type TypedMention } from '../analysis/coreference';
import { createAnalyzer } from '../analysis';

suite('coreference', () => {
  const mention = (start: number, text: string, extra: Partial<TypedMention> = {}): TypedMention => ({ start, end: start + text.length, text, type: 'person', words: text.split(' '), ...extra });

  test('an entity named once takes its mention’s aliases and roles, each once, its name left out', () => {
    const [e] = mergeMentions([mention(0, 'Ivo Vell', { aliases: ['Ivo Vell', 'Mr Vell', 'Mr Vell'], roles: ['envoy', 'envoy', 'spokesman'] })]);
    assert.deepEqual([e!.name, e!.aliases, e!.roles], ['Ivo Vell', ['Mr Vell'], ['envoy', 'spokesman']]);
  });

  test('an entity named twice gathers both mentions’ aliases and roles in order, each once', () => {
    const [e] = mergeMentions([mention(0, 'Ivo Vell', { roles: ['envoy'] }), mention(20, 'Vell', { aliases: ['Mr Vell', 'Ivo Vell'], roles: ['envoy', 'spokesman'] })]);
    assert.deepEqual([e!.name, e!.aliases, e!.roles, e!.mentions.length], ['Ivo Vell', ['Vell', 'Mr Vell'], ['envoy', 'spokesman'], 2]);
  });

  test('a place written in capitals (a dateline\'s) goes by the name its other mentions write in title case', () => {
    const [e] = mergeMentions([mention(0, 'VARNEL', { type: 'place', key: 'p:varnel' }), mention(30, 'Varnel', { type: 'place', key: 'p:varnel' })]);
    assert.deepEqual([e!.name, e!.aliases], ['Varnel', ['VARNEL']]);
    // an acronym, in capitals wherever it stands, keeps them
    const [nato] = mergeMentions([mention(0, 'NATO', { type: 'organization' }), mention(30, 'NATO', { type: 'organization' })]);
    assert.equal(nato!.name, 'NATO');
  });

  test('a place goes by the name the gazetteer gives it where a mention writes that name, before a fuller form', () => {
    const geo = { kind: 'country' as const, name: 'Varnel' };
    const [e] = mergeMentions([mention(0, 'Republic of Varnel', { type: 'place', key: 'p:varnel', geo }), mention(30, 'Varnel', { type: 'place', key: 'p:varnel', geo })]);
    assert.deepEqual([e!.name, e!.aliases], ['Varnel', ['Republic of Varnel']]);
  });

  test('a place named once keeps its mention’s place', () => {
    const [e] = mergeMentions([mention(0, 'Kherson', { type: 'place', geo: { kind: 'city', name: 'Kherson' } })]);
    assert.deepEqual(e!.geo, { kind: 'city', name: 'Kherson' });
  });

  test('a one-word name merges alike in every document, as a person and as an organisation', () => {
    // what merging makes of a one-word name is kept by the word, for later documents
    for (let round = 0; round < 2; round++) {
      const people = mergeMentions([mention(0, 'Ivo Vell'), mention(20, 'Vell'), mention(40, 'Ivo')]);
      assert.deepEqual(people.map((e) => [e.name, e.mentions.length]), [['Ivo Vell', 3]]);
      const orgs = mergeMentions([mention(0, 'Zelco Mining Corp', { type: 'organization' }), mention(30, 'ZMC', { type: 'organization' }), mention(40, 'Vell', { type: 'organization' })]);
      assert.deepEqual(orgs.map((e) => [e.name, e.mentions.length]), [['Zelco Mining Corp', 2], ['Vell', 1]]);
    }
  });

  test('an organisation is found by its initials, its stems and its lower-case tail alike in every document, kept or not', () => {
    // what an organisation's name is filed under is made once per name, for later documents
    const org = { type: 'organization' as const };
    for (let round = 0; round < 3; round++) {
      const keep = round === 2;
      const list = mergeMentions([
        mention(0, 'Harrow Bancorp Inc.', org), mention(30, 'Harrow', org), mention(40, 'H.B.I.', org),
        mention(50, 'Ukrainian foreign ministry', org), mention(80, 'foreign ministry', org), mention(100, 'ministry', org),
      ], keep);
      assert.deepEqual(list.map((e) => [e.name, e.mentions.map((m) => m.text)]), [
        ['Harrow Bancorp Inc.', ['Harrow Bancorp Inc.', 'Harrow', 'H.B.I.']],
        ['Ukrainian foreign ministry', ['Ukrainian foreign ministry', 'foreign ministry']],
      ]);
    }
  });

  test('"the Assembly" after "the Assembly of Delegates": an organisation named by its head before "of", unless two share it', () => {
    const org = { type: 'organization' as const };
    const one = mergeMentions([mention(0, 'Assembly of Delegates', org), mention(40, 'Assembly', org)]);
    assert.deepEqual(one.map((e) => [e.name, e.mentions.map((m) => m.text)]), [['Assembly of Delegates', ['Assembly of Delegates', 'Assembly']]]);
    const two = mergeMentions([mention(0, 'Bank of Ostria', org), mention(30, 'Bank of Valdoria', org), mention(60, 'Bank', org)]);
    assert.equal(two.length, 3);
  });

  test('clusters sort by first mention as the builtin stable sort would, nearly sorted or not', () => {
    // a few out of place (the budget suffices), and a reversed run that exhausts it, both with ties
    const nearly = [3, 5, 1, 5, 8, 2, 9, 9, 4].map((first, id) => ({ first, id }));
    const reversed = Array.from({ length: 40 }, (_, id) => ({ first: (40 - id) >> 1, id }));
    for (const list of [nearly, reversed, [], [{ first: 1, id: 0 }]]) {
      const expected = [...list].sort((a, b) => a.first - b.first);
      sortNearlySorted(list);
      assert.deepEqual(list, expected);
    }
  });
});


suite('coreference: an honorific says which of two full names a surname stands for', () => {
  const mention = (start: number, text: string, extra: Partial<TypedMention> = {}): TypedMention => ({ start, end: start + text.length, text, type: 'person', words: text.split(' '), ...extra });
  test('"Mrs. Lee" after Ann Lee and Tom Lee is Ann Lee; "Mr. Lee" is Tom Lee; with neither, the latest', () => {
    const entities = mergeMentions([mention(0, 'Ann Lee'), mention(20, 'Tom Lee'), mention(40, 'Lee', { gender: 'female' }), mention(60, 'Lee', { gender: 'male' }), mention(80, 'Lee')]);
    assert.deepEqual(entities.map((e) => [e.name, e.mentions.map((m) => m.start)]), [['Ann Lee', [0, 40]], ['Tom Lee', [20, 60, 80]]]);
  });
});

suite('coreference: a family name before a hyphen-joined given name', () => {
  test('"Chen Yu-fan" is a name whatever its syllables spell, and "Mr. Chen", "Chen" are the same person', () => {
    const found = createAnalyzer().analyze('Researcher Chen Yu-fan spoke first. Mr. Chen said the drills were larger. Chen added that ships had sailed.').entities.filter((e) => e.type === 'person');
    assert.deepEqual(found.map((e) => [e.name, e.mentions.length]), [['Chen Yu-fan', 3]]);
  });

  test('"De Laurentiis", "Le Pen" after the full name are the same person; "Al Gore" is a full name', () => {
    const people = (text: string): [string, number][] => createAnalyzer().analyze(text).entities.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length]);
    assert.deepEqual(people('Club president Ivo De Varnell spoke first. The sale was a business decision, De Varnell said.'), [['Ivo De Varnell', 2]]);
    assert.deepEqual(people('Party leader Ana Le Maret spoke first. Le Maret said the vote was lost.'), [['Ana Le Maret', 2]]);
    assert.deepEqual(people('Tom Garrow spoke first. Al Garrow said the vote was lost.').map(([n]) => n), ['Tom Garrow', 'Al Garrow']);
  });

  test('a compound adjective is still no name ("Kyiv-based", "Ukrainian-made")', () => {
    const found = createAnalyzer().analyze('Kyiv-based analysts counted Ukrainian-made drones.').entities;
    assert.ok(found.every((e) => e.type !== 'person'), JSON.stringify(found.map((e) => e.name)));
  });
});
