import * as assert from 'node:assert/strict';
import type { AnnotationsJson } from '../../../server/src/analysis/serialize';
import { BOUNDS_MARGIN, boundsOf } from '../map/bounds';
import { CLAIM_TYPE_COLORS, OTHER_CLAIM_COLOR, PLAIN_PLACE_COLOR, buildMapModel, excerpt, nameKey, placesAtOffset, readGeo } from '../map/model';
import { numericCodeOfAlpha2, numericCodeOfName } from '../map/countries';

type Entity = AnnotationsJson['entities'][number];
type Claim = AnnotationsJson['claims'][number];

// A made-up article: two claims about invented-but-real-looking places, one place the
// gazetteer does not know, and a claimant that is only named in claims.
const TEXT = [
  'Freedonia says Lakeside and Port Amber belong to it.',
  'Sylvania rejects that, and its army holds Port Amber.',
  'Visitors in Oldtown shrugged.',
  'Nobody has mapped Misty Vale.',
].join('\n');

function at(word: string, nth = 0): { start: number; end: number; text: string } {
  let i = -1;
  for (let k = 0; k <= nth; k++) i = TEXT.indexOf(word, i + 1);
  assert.ok(i >= 0, `fixture lacks ${word}`);
  return { start: i, end: i + word.length, text: word };
}

function place(id: string, name: string, geo: object | undefined, mentions: { start: number; end: number; text: string }[], aliases: string[] = []): Entity {
  return { id, type: 'place', name, aliases, roles: [], mentions, ...(geo ? { geo } : {}) };
}

function sentence(n: number): { start: number; end: number } {
  const lines = TEXT.split('\n');
  const start = lines.slice(0, n).reduce((sum, l) => sum + l.length + 1, 0);
  return { start, end: start + lines[n].length };
}

function claim(n: number, type: string, claimant: string | null, territories: string[], source: string | null = null): Claim {
  return { ...sentence(n), type, claimant, territories, extent: null, source, trigger: 'x' };
}

const ENTITIES: Entity[] = [
  place('e1', 'Freedonia', { kind: 'country', countryCode: 'UA', country: 'Ukraine', lat: 49, lon: 32 }, [at('Freedonia')]),
  place('e2', 'Lakeside', { kind: 'city', country: 'Ukraine', countryCode: 'UA', lat: 47, lon: 37 }, [at('Lakeside')]),
  place('e3', 'Port Amber', { kind: 'city', name: 'Port Ambér', lat: 46, lon: 33 }, [at('Port Amber'), at('Port Amber', 1)]),
  place('e4', 'Oldtown', { kind: 'city', lat: 50, lon: 30 }, [at('Oldtown')]),
  place('e5', 'Misty Vale', { kind: 'place' }, [at('Misty Vale')]),
  { id: 'e6', type: 'person', name: 'Ann Other', aliases: [], roles: [], mentions: [] },
];

function json(claims: Claim[], entities: Entity[] = ENTITIES): AnnotationsJson {
  return { file: 'article.txt', quotes: [], entities, claims };
}

suite('map model', () => {
  test('every place with coordinates is a marker; people are not', () => {
    const model = buildMapModel(json([]), TEXT);
    assert.deepEqual(model.markers.map((m) => m.id), ['e1', 'e2', 'e3', 'e4']);
    assert.deepEqual(model.markers.map((m) => [m.lat, m.lon]), [[49, 32], [47, 37], [46, 33], [50, 30]]);
  });

  test('places named in claims are emphasised and coloured by their claim type', () => {
    const model = buildMapModel(json([claim(0, 'sovereignty', 'Freedonia', ['Lakeside', 'Port Amber']), claim(1, 'control', 'Sylvania', ['Port Amber'])]), TEXT);
    const byId = new Map(model.markers.map((m) => [m.id, m]));
    assert.equal(byId.get('e2')?.emphasised, true);
    assert.equal(byId.get('e2')?.claimType, 'sovereignty');
    assert.equal(byId.get('e2')?.color, CLAIM_TYPE_COLORS.sovereignty);
    assert.equal(byId.get('e4')?.emphasised, false);
    assert.equal(byId.get('e4')?.claimType, null);
    assert.equal(byId.get('e4')?.color, PLAIN_PLACE_COLOR);
    assert.deepEqual(byId.get('e3')?.claims.map((c) => [c.type, c.claimant]), [['sovereignty', 'Freedonia'], ['control', 'Sylvania']]);
  });

  test('a place claimed in several ways takes the most frequent type, ties to the first', () => {
    const tie = buildMapModel(json([claim(0, 'annexation', 'X', ['Port Amber']), claim(1, 'capture', 'Y', ['Port Amber'])]), TEXT);
    assert.equal(tie.markers.find((m) => m.id === 'e3')?.claimType, 'annexation');
    const most = buildMapModel(json([claim(0, 'annexation', 'X', ['Port Amber']), claim(1, 'capture', 'Y', ['Port Amber']), claim(2, 'capture', 'Y', ['Port Amber'])]), TEXT);
    assert.equal(most.markers.find((m) => m.id === 'e3')?.color, CLAIM_TYPE_COLORS.capture);
  });

  test('every claim type has its own theme colour; unknown types a neutral one', () => {
    const colours = Object.values(CLAIM_TYPE_COLORS);
    assert.equal(new Set(colours).size, colours.length);
    for (const c of colours) assert.match(c, /^var\(--vscode-[\w-]+, #[0-9a-f]{6}\)$/);
    const model = buildMapModel(json([claim(0, 'secession', null, ['Lakeside'])]), TEXT);
    assert.equal(model.markers.find((m) => m.id === 'e2')?.color, OTHER_CLAIM_COLOR);
  });

  test('territories match places by alias, gazetteer name, case and accents', () => {
    const entities = ENTITIES.map((e) => (e.id === 'e2' ? { ...e, aliases: ['Lakeshire'] } : e));
    const model = buildMapModel(json([claim(0, 'loss', null, ['lakeshire', 'Port Ambér'])], entities), TEXT);
    assert.deepEqual(model.markers.filter((m) => m.emphasised).map((m) => m.id), ['e2', 'e3']);
  });

  test('places without coordinates and unknown claimed territories are listed, not dropped', () => {
    const model = buildMapModel(json([claim(3, 'recovery', 'Freedonia', ['Misty Vale', 'Greyland'])]), TEXT);
    assert.deepEqual(model.unplaced.map((u) => [u.id, u.name, u.claimTypes]), [['e5', 'Misty Vale', ['recovery']], [null, 'Greyland', ['recovery']]]);
    assert.deepEqual(model.unplaced[0].reveal, sentence(3));
    assert.ok(!model.markers.some((m) => m.id === 'e5'));
  });

  test('stances (rejection, recognition) are rings, claims to land are dots', () => {
    const model = buildMapModel(json([claim(0, 'rejection', 'Sylvania', ['Lakeside']), claim(1, 'sovereignty', 'Freedonia', ['Port Amber'])]), TEXT);
    const hollow = new Map(model.markers.map((m) => [m.id, m.hollow]));
    assert.deepEqual([hollow.get('e2'), hollow.get('e3'), hollow.get('e4')], [true, false, false]);
    assert.deepEqual(model.legend.map((l) => [l.type, l.hollow]), [['sovereignty', false], ['rejection', true]]);
  });

  test('the legend lists the types present, in the fixed order, with counts', () => {
    const model = buildMapModel(json([claim(1, 'control', 'Sylvania', ['Port Amber']), claim(0, 'sovereignty', 'Freedonia', ['Lakeside']), claim(2, 'control', null, [])]), TEXT);
    assert.deepEqual(model.legend.map((l) => [l.type, l.count]), [['sovereignty', 1], ['control', 2]]);
    assert.equal(model.claimCount, 3);
  });

  test('claimant countries are found through the article place or the English name', () => {
    const model = buildMapModel(json([claim(0, 'sovereignty', 'Freedonia', ['Lakeside']), claim(1, 'control', 'Russia', ['Port Amber']), claim(2, 'control', 'the rebels', [])]), TEXT);
    // Freedonia is a country place with gazetteer code UA (804); Russia is found by name (643).
    assert.deepEqual(model.claimants, [{ name: 'Freedonia', code: '804' }, { name: 'Russia', code: '643' }]);
  });

  test('clicking reveals the first claim, else the first mention; labels speak the claims', () => {
    const model = buildMapModel(json([claim(1, 'control', 'Sylvania', ['Port Amber'])]), TEXT);
    const amber = model.markers.find((m) => m.id === 'e3');
    assert.deepEqual(amber?.reveal, sentence(1));
    assert.equal(amber?.claims[0].excerpt, TEXT.split('\n')[1]);
    assert.match(amber?.label ?? '', /^Port Amber \(city\), 1 claim, mostly control: control by Sylvania$/);
    const oldtown = model.markers.find((m) => m.id === 'e4');
    assert.deepEqual(oldtown?.reveal, { start: at('Oldtown').start, end: at('Oldtown').end });
    assert.equal(oldtown?.label, 'Oldtown (city), mentioned 1 time');
  });

  test('the cursor on a place name or inside a claim finds its places', () => {
    const model = buildMapModel(json([claim(0, 'sovereignty', 'Freedonia', ['Lakeside', 'Port Amber'])]), TEXT);
    assert.deepEqual(placesAtOffset(model, at('Oldtown').start + 2), ['e4']);
    assert.deepEqual(placesAtOffset(model, at('Misty Vale').end), ['e5']);
    assert.deepEqual(placesAtOffset(model, at('says').start), ['e2', 'e3']);
    assert.deepEqual(placesAtOffset(model, at('shrugged').start), []);
  });
});

suite('map model framing', () => {
  test('the first view leaves out mentioned countries far away, and says so', () => {
    const far = [...ENTITIES, place('e7', 'Farland', { kind: 'country', lat: 38, lon: -97 }, [])];
    const model = buildMapModel(json([claim(0, 'control', null, ['Lakeside'])], far), TEXT);
    assert.equal(model.bounds.west < -97, true);
    // Freedonia (a country, 49 N 32 E) is inside the cities' frame; Farland is not.
    assert.deepEqual(model.focus, boundsOf([{ lat: 47, lon: 37 }, { lat: 46, lon: 33 }, { lat: 50, lon: 30 }]));
    assert.equal(model.focusLeavesOut, true);
  });

  test('a claimed country is part of the first view; only countries means all of them', () => {
    const countries = [place('e1', 'Freedonia', { kind: 'country', lat: 49, lon: 32 }, []), place('e2', 'Farland', { kind: 'country', lat: 38, lon: -97 }, [])];
    const plain = buildMapModel(json([], countries), TEXT);
    assert.deepEqual(plain.focus, plain.bounds);
    assert.equal(plain.focusLeavesOut, false);
    const claimed = buildMapModel(json([claim(0, 'recognition', null, ['Farland'])], countries), TEXT);
    assert.deepEqual(claimed.focus, boundsOf([{ lat: 38, lon: -97 }]));
    assert.equal(claimed.focusLeavesOut, true);
  });

  test('the model fits the markers only', () => {
    const model = buildMapModel(json([]), TEXT);
    assert.equal(model.bounds.west, 30 - 7 * BOUNDS_MARGIN);
    assert.equal(model.bounds.north, 50 + 4 * BOUNDS_MARGIN);
  });
});

suite('map model helpers', () => {
  test('readGeo refuses coordinates that are missing, not numbers or off the globe', () => {
    assert.equal(readGeo(undefined), null);
    assert.equal(readGeo({ kind: 'city', lat: '1', lon: 2 })?.coords, null);
    assert.equal(readGeo({ kind: 'city', lat: 91, lon: 2 })?.coords, null);
    assert.equal(readGeo({ kind: 'city', lat: NaN, lon: 2 })?.coords, null);
    assert.deepEqual(readGeo({ kind: 'city', lat: -33.9, lon: 151.2 })?.coords, { lat: -33.9, lon: 151.2 });
  });

  test('nameKey folds case, accents, spaces and a leading "the"', () => {
    assert.equal(nameKey('  The  Gambia'), 'gambia');
    assert.equal(nameKey('Zaporižžja'), 'zaporizzja');
  });

  test('excerpt collapses whitespace and cuts at a word', () => {
    const text = 'One  two\nthree four five six seven';
    assert.equal(excerpt(text, { start: 0, end: text.length }), 'One two three four five six seven');
    assert.equal(excerpt(text, { start: 0, end: text.length }, 16), 'One two three…');
    assert.equal(excerpt(text, { start: -5, end: 999 }, 100), 'One two three four five six seven');
    assert.equal(excerpt('😀 \u0000 \ud800', { start: 0, end: 99 }), '😀 \u0000 \ud800');
  });

  test('excerpt moves its window to show the trigger', () => {
    const text = 'alpha beta gamma delta epsilon zeta eta theta iota kappa lambda annexed mu nu xi omicron pi rho sigma tau upsilon phi chi psi omega';
    const span = { start: 0, end: text.length };
    const out = excerpt(text, span, 40, 'annexed');
    assert.ok(out.startsWith('…') && out.endsWith('…'), out);
    assert.ok(out.includes('annexed'), out);
    assert.ok(out.length <= 42, out);
    // A trigger within the first window changes nothing.
    assert.equal(excerpt(text, span, 40, 'beta'), excerpt(text, span, 40));
    assert.equal(excerpt(text, span, 40, 'not there'), excerpt(text, span, 40));
    assert.equal(excerpt(text, span, 40, 'omega'), `…${text.slice(text.length - 40).replace(/^\S*\s/, '')}`);
  });

  test('country codes for world-atlas shapes', () => {
    assert.equal(numericCodeOfAlpha2('fr'), '250');
    assert.equal(numericCodeOfName('United States'), '840');
    assert.equal(numericCodeOfName('The Netherlands'), '528');
    assert.equal(numericCodeOfName('Kremlin'), null);
    assert.equal(numericCodeOfName(''), null);
  });
});
