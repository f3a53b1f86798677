import * as assert from 'node:assert/strict';
import { mergeMentions, type MergeTrace, type TypedMention } from '../analysis/coreference';
import type { BlockNames, Candidate } from '../analysis/entities';
import { MentionIndex } from '../analysis/mentionIndex';
import { remerge, type Merged } from '../analysis/mergedEntities';
import { linkedGroups } from '../analysis/mergeLinks';
import { normIds, voteEvidence } from '../analysis/typeVote';
import type { Block, EntityType } from '../analysis/types';

// Blocks' names made by hand: the vote is left out (each candidate keeps its own type), so that
// what remerge makes can be checked against merging the moved mentions afresh.
suite('merged entities moved by an edit', () => {
  const block = (start: number, end: number): Block => ({ kind: 'paragraph', level: 0, start, end, sentences: [] }) as unknown as Block;
  const candidate = (start: number, text: string, type: EntityType | null): Candidate => ({
    sentence: 0, first: 0, last: 0, start, end: start + text.length, text, words: text.split(' '), type, strength: type ? 2 : 0, shouted: false,
    norm: text, roles: [], aliases: [], speaks: false, gender: undefined,
  });
  const date = (start: number, end: number, text: string): TypedMention => ({ start, end, text, type: 'date', key: `date:${text}`, words: [text] });
  const names = (candidates: Candidate[], others: TypedMention[], order: number[]): BlockNames => ({ candidates, others, order, asked: new Map() });

  function typedOf(blocks: readonly Block[], all: readonly BlockNames[]): TypedMention[] {
    const typed: TypedMention[] = [];
    all.forEach((n, b) => {
      const base = blocks[b]!.start;
      for (const k of n.order) {
        const m = k < 0 ? n.others[-1 - k]! : n.candidates[k]!;
        if (m.type) typed.push({ ...m, type: m.type, start: m.start + base, end: m.end + base });
      }
    });
    return typed;
  }

  function merged(blocks: readonly Block[], all: readonly BlockNames[]): Merged {
    const typed = typedOf(blocks, all);
    let trace: MergeTrace | undefined;
    const entities = mergeMentions(typed, true, (t) => (trace = t));
    const typedBefore = new Int32Array(all.length + 1);
    const candidatesBefore = new Int32Array(all.length + 1);
    all.forEach((n, b) => {
      typedBefore[b + 1] = typedBefore[b]! + n.others.length + n.candidates.filter((c) => c.type).length;
      candidatesBefore[b + 1] = candidatesBefore[b]! + n.candidates.length;
    });
    return {
      ...trace!, names: all, types: all.flatMap((n) => n.candidates.map((c) => c.type)), geos: all.flatMap((n) => n.candidates.map((c) => c.geo)), keys: all.flatMap((n) => n.candidates.map((c) => c.key)),
      evidence: voteEvidence(all.flatMap((n) => n.candidates)), norms: normIds(all.flatMap((n) => n.candidates)), ...linkedGroups(typed, trace!.entityOf, entities.length), starts: Int32Array.from(typed, (m) => m.start), ends: Int32Array.from(typed, (m) => m.end),
      blockStarts: Int32Array.from(blocks, (block) => block.start), typedBefore, candidatesBefore, entities,
    };
  }

  /** What remerge makes of the edit from `before` to `after`: undefined, or what merging afresh makes. */
  function moved(blocks: readonly Block[], before: readonly BlockNames[] | Merged, after: readonly BlockNames[]): Merged | undefined {
    const again = remerge('entities' in before ? before : merged(blocks, before), blocks, after);
    if (again) {
      const fresh = mergeMentions(typedOf(blocks, after));
      assert.deepEqual(again.entities, fresh);
      const listing = (index: MentionIndex) => index.within(0, 1000).map((m) => [m.start, m.end, m.entity.id, m.listed]);
      assert.deepEqual(listing(MentionIndex.of(again.entities)), listing(new MentionIndex(fresh)));
    }
    return again;
  }

  test('mentions that moved with the text make the same entities, those before the edit the very same objects', () => {
    const blocks = [block(0, 30), block(40, 80)];
    const before = [names([candidate(0, 'Ivo Vell', 'person')], [date(12, 18, 'Monday')], [0, -1]), names([candidate(5, 'Vell', 'person')], [], [0])];
    const after = [names([candidate(0, 'Ivo Vell', 'person')], [date(14, 20, 'Monday')], [0, -1]), before[1]!];
    const previous = merged(blocks, before);
    const again = moved(blocks, previous, after);
    assert.ok(again);
    assert.equal(again.entities[0], previous.entities[0]);
    assert.notEqual(again.entities[1], previous.entities[1]);
    assert.deepEqual(again.entities[1]!.mentions, [{ start: 14, end: 20, text: 'Monday' }]);
  });

  test('mentions that start together now and did not before are merged again (the entities are ordered by first mention)', () => {
    const blocks = [block(0, 40)];
    const person = candidate(7, 'Ivo Vell', 'person');
    // the date comes first in the merger's order, the person's entity is opened first
    const before = [names([person], [date(5, 20, 'Monday')], [-1, 0])];
    const after = [names([{ ...person, start: 5, end: 13 }], [date(5, 20, 'Monday')], [-1, 0])];
    assert.equal(moved(blocks, before, after), undefined);
  });

  test('candidates listed in another order, though their mentions read the same in document order, are merged again', () => {
    const blocks = [block(0, 40)];
    const untyped = candidate(0, 'Green', null);
    const person = candidate(10, 'Ivo Vell', 'person');
    const before = [names([untyped, person], [], [0, 1])];
    // the vote read the candidates in this order: the type of each is kept by its place in it
    const after = [names([{ ...person, start: 2, end: 10 }, { ...untyped, start: 12, end: 17 }], [], [1, 0])];
    assert.equal(moved(blocks, before, after), undefined);
  });

  test('a mention that says anything else than before is merged again', () => {
    const blocks = [block(0, 40)];
    const before = [names([candidate(0, 'Ivo Vell', 'person'), candidate(20, 'Dorn', 'place')], [], [0, 1])];
    const changes: ((c: Candidate) => Candidate)[] = [
      (c) => ({ ...c, strength: 3 }),
      (c) => ({ ...c, type: 'organization' }),
      (c) => ({ ...c, roles: ['envoy'] }),
      (c) => ({ ...c, aliases: ['Dorn front'] }),
      (c) => ({ ...c, geo: { kind: 'region' } }),
      (c) => ({ ...c, key: 'place:1' }),
      (c) => ({ ...c, text: 'Dorn ' }),
      (c) => ({ ...c, words: ['Dorm'] }),
      (c) => ({ ...c, shouted: true }),
    ];
    for (const change of changes) {
      const after = [names([before[0]!.candidates[0]!, change(before[0]!.candidates[1]!)], [], [0, 1])];
      assert.equal(moved(blocks, before, after), undefined, String(change));
    }
    const date2 = [names([], [date(0, 6, 'Monday')], [-1])];
    assert.equal(moved(blocks, date2, [names([], [date(0, 6, 'Sunday')], [-1])]), undefined);
  });
});
