import * as assert from 'node:assert/strict';
import type { AnnotationsJson } from '../../../server/src/analysis/serialize';
import { buildSpeakersModel, claimLabel, firstWords } from '../speakers/model';

type Quote = AnnotationsJson['quotes'][number];
type Entity = AnnotationsJson['entities'][number];
type Claim = AnnotationsJson['claims'][number];

function person(id: string, name: string, roles: string[] = []): Entity {
  return { id, type: 'person', name, aliases: [], roles, mentions: [] };
}

function quote(start: number, text: string, speakerEntity: string | null, speaker: string | null, kind = 'direct'): Quote {
  return { start, end: start + text.length, text, kind, speaker, speakerEntity, cue: 'said' };
}

function claim(start: number, source: string | null, territories: string[] = ['Lakeside']): Claim {
  return { start, end: start + 10, type: 'control', claimant: 'Freedonia', territories, extent: null, source, trigger: 'holds' };
}

const ENTITIES = [person('e1', 'Mara Quill', ['mayor']), person('e2', 'Tom Brisk', ['army spokesman', 'colonel']), person('e3', 'Ida Fenn'),
  { id: 'e4', type: 'organization', name: 'Port Authority', aliases: [], roles: [], mentions: [] }];

function model(quotes: Quote[], claims: Claim[] = []) {
  return buildSpeakersModel({ file: 'a.txt', entities: ENTITIES, quotes, claims });
}

suite('speakers model', () => {
  test('quotes are grouped by speaker entity, with role and count', () => {
    const m = model([quote(0, 'We rebuild the bridge.', 'e1', 'Mara Quill'), quote(50, 'The road is open.', 'e2', 'Tom Brisk'), quote(90, 'Not before spring.', 'e1', 'Mara Quill')]);
    assert.deepEqual(m.speakers.map((s) => [s.key, s.name, s.roles, s.quoteCount]), [
      ['e1', 'Mara Quill', ['mayor'], 2],
      ['e2', 'Tom Brisk', ['army spokesman', 'colonel'], 1],
    ]);
    assert.deepEqual(m.speakers[0].quotes.map((q) => q.start), [0, 90]);
  });

  test('most quoted first; equal counts in order of first appearance', () => {
    const m = model([quote(10, 'a', 'e3', 'Ida Fenn'), quote(20, 'b', 'e2', 'Tom Brisk'), quote(30, 'c', 'e2', 'Tom Brisk'), quote(40, 'd', 'e1', 'Mara Quill')]);
    assert.deepEqual(m.speakers.map((s) => s.name), ['Tom Brisk', 'Ida Fenn', 'Mara Quill']);
  });

  test('quotes are listed in document order whatever the export order', () => {
    const m = model([quote(80, 'later', 'e1', 'Mara Quill'), quote(5, 'earlier', 'e1', 'Mara Quill')]);
    assert.deepEqual(m.speakers[0].quotes.map((q) => q.label), ['earlier', 'later']);
  });

  test('a speaker named without an entity is grouped by name', () => {
    const m = model([quote(0, 'x', null, 'a witness'), quote(20, 'y', null, 'a witness')]);
    assert.deepEqual(m.speakers.map((s) => [s.key, s.entityId, s.type, s.name, s.quoteCount]), [['name:a witness', null, null, 'a witness', 2]]);
  });

  test('speakers carry their entity type, so organisations can be told from people', () => {
    const m = model([quote(0, 'x', 'e4', 'Port Authority'), quote(20, 'y', 'e1', 'Mara Quill')]);
    assert.deepEqual(m.speakers.map((s) => [s.name, s.type]), [['Port Authority', 'organization'], ['Mara Quill', 'person']]);
  });

  test('claims go under the speaker that is their source, even one never quoted', () => {
    const m = model([quote(0, 'x', 'e1', 'Mara Quill')], [claim(40, 'e2'), claim(20, 'e1', ['Lakeside', 'Port Amber']), claim(60, null), claim(70, 'e404')]);
    assert.deepEqual(m.speakers.map((s) => [s.name, s.quoteCount, s.claims.map((c) => c.start)]), [['Mara Quill', 1, [20]], ['Tom Brisk', 0, [40]]]);
    assert.equal(m.speakers[0].claims[0].label, 'control: Lakeside, Port Amber');
  });

  test('quotes with no speaker are unattributed; scare quotes are nobody\'s', () => {
    const m = model([quote(0, 'so-called', null, null, 'scare'), quote(20, 'It will rain.', null, null, 'direct')]);
    assert.deepEqual(m.speakers, []);
    assert.deepEqual(m.unattributed.map((q) => q.label), ['It will rain.']);
  });
});

suite('speaker labels', () => {
  test('first words with an ellipsis when cut', () => {
    assert.equal(firstWords('one two three four five six seven eight nine ten'), 'one two three four five six seven eight…');
    assert.equal(firstWords('  short\n quote '), 'short quote');
    assert.equal(firstWords('one, two, three', 2), 'one, two…');
    assert.equal(firstWords('a'.repeat(200)), `${'a'.repeat(60)}…`);
    assert.equal(firstWords(''), '');
  });

  test('claim labels name the territories', () => {
    assert.equal(claimLabel({ type: 'rejection', territories: [] }), 'rejection');
    assert.equal(claimLabel({ type: 'loss', territories: ['A', 'B'] }), 'loss: A, B');
  });
});
