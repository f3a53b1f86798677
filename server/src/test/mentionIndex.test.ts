import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { mergeMentions, type TypedMention } from '../analysis/coreference';
import { MentionIndex } from '../analysis/mentionIndex';
import type { Entity, EntityType } from '../analysis/types';

const TYPES: readonly EntityType[] = ['person', 'organization', 'place', 'nationality', 'date'];

suite('mention index', () => {
  const entity = (id: number, type: EntityType, spans: readonly [number, number][]): Entity => ({
    id: `e${id}`, type, name: `N${id}`, aliases: [], roles: [],
    mentions: spans.map(([start, end]) => ({ start, end, text: 'x'.repeat(end - start) })),
  });

  test('one index per list of entities', () => {
    const entities = [entity(1, 'person', [[0, 4]])];
    assert.equal(MentionIndex.of(entities), MentionIndex.of(entities));
    assert.notEqual(MentionIndex.of(entities), MentionIndex.of([...entities]));
    const kept = MentionIndex.of(entities);
    MentionIndex.forget(entities);
    assert.notEqual(MentionIndex.of(entities), kept);
  });

  test('mentions by start, those starting together in the order the entities list them', () => {
    // "Russian" (nationality) and "Russian foreign ministry" (organisation) start together
    const entities = [entity(1, 'organization', [[10, 34]]), entity(2, 'nationality', [[10, 17], [50, 57]]), entity(3, 'date', [[0, 6]]), entity(4, 'person', [[10, 17]])];
    const byStart = MentionIndex.of(entities).byStart('date');
    assert.deepEqual(byStart.map((m) => [m.start, m.end, m.entity.id]), [[10, 34, 'e1'], [10, 17, 'e2'], [10, 17, 'e4'], [50, 57, 'e2']]);
  });

  test('byStart is the stable sort of the listed mentions by start (random entities)', () => {
    const span = fc.tuple(fc.nat(40), fc.integer({ min: 1, max: 6 })).map(([start, length]) => [start, start + length] as [number, number]);
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom(...TYPES), fc.array(span, { minLength: 1, maxLength: 4 })), { maxLength: 12 }), (specs) => {
        const entities = specs.map(([type, spans], i) => entity(i + 1, type, spans));
        const expected = entities
          .filter((e) => e.type !== 'date')
          .flatMap((e) => e.mentions.map((m) => [m.start, m.end, e.id]))
          .sort((a, b) => (a[0] as number) - (b[0] as number));
        assert.deepEqual(MentionIndex.of(entities).byStart('date').map((m) => [m.start, m.end, m.entity.id]), expected);
      }),
      { numRuns: 300 },
    );
  });

  test('the index the merger makes in its own order is the index sorted afresh (random mentions)', () => {
    const WORDS = [['Ivo', 'Vell'], ['Vell'], ['Ivo'], ['Kherson'], ['Foreign', 'Ministry'], ['foreign', 'ministry'], ['FM'], ['Russian'], ['Monday']];
    const mention = fc.record({ at: fc.nat(30), length: fc.integer({ min: 1, max: 4 }), type: fc.constantFrom(...TYPES), words: fc.constantFrom(...WORDS) });
    fc.assert(
      fc.property(fc.array(mention, { maxLength: 25 }), (drawn) => {
        // in document order, as the entities stage hands them over: by start, the longer first
        const mentions: TypedMention[] = drawn
          .map((d) => ({ start: d.at, end: d.at + d.length, text: d.words.join(' '), type: d.type, words: d.words }))
          .sort((a, b) => a.start - b.start || b.end - a.end);
        const entities = mergeMentions(mentions);
        const listing = (index: MentionIndex) => index.within(0, 1000).map((m) => [m.start, m.end, m.entity.id, m.listed]);
        assert.deepEqual(listing(MentionIndex.of(entities)), listing(new MentionIndex(entities)));
        MentionIndex.forget(entities);
      }),
      { numRuns: 500 },
    );
  });
});
