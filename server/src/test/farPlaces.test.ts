import * as assert from 'node:assert/strict';
import { createAnalyzer, type Entity } from '../analysis';
import { distanceKm, withoutFarTowns } from '../analysis/farPlaces';
import { MentionIndex } from '../analysis/mentionIndex';
import { loadGazetteer } from '../node/gazetteerFile';

const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
const placeOf = (text: string, name: string): Entity | undefined => analyzer.analyze(text).entities.find((e) => e.type === 'place' && e.name === name);

suite('farPlaces: a small town\'s namesake far from the article', () => {
  test('"Columbus, Ohio, … Toledo": the Spanish town of the name is no link in an Ohio story', () => {
    const toledo = placeOf('The governor spoke in Columbus, Ohio, on Monday and in Toledo on Tuesday.', 'Toledo');
    assert.ok(toledo);
    assert.deepEqual(toledo.geo, { kind: 'place' });
  });

  test('the link stays beside its own country, alone, or for a city as big as The Hague', () => {
    assert.equal(placeOf('Officials in Madrid and Toledo said the fires were out.', 'Toledo')?.geo?.countryCode, 'ES');
    assert.equal(placeOf('The festival in Toledo drew large crowds on Saturday.', 'Toledo')?.geo?.countryCode, 'ES');
    assert.equal(placeOf('Judges in The Hague ruled on the cays claimed by Belize and Honduras.', 'Hague')?.geo?.countryCode, 'NL');
  });

  test('the list is the very one when nothing changes, and a new one sharing the other entities when it does', () => {
    const text = 'Officials in Madrid and Toledo said the fires were out.';
    const kept = analyzer.analyze(text).entities;
    assert.equal(withoutFarTowns(kept, text), kept);
    const far = analyzer.analyze('The governor spoke in Columbus, Ohio, on Monday and in Toledo on Tuesday.').entities;
    assert.ok(far.some((e) => e.name === 'Columbus' && e.geo?.countryCode === 'US'));
  });

  test('"SANTA CLARA, Calif.": a town whose region after its comma lies in another country loses the link; not "In Taipei, Japan\'s envoy"', () => {
    assert.deepEqual(placeOf('SANTA CLARA, Calif. — Shares of Vantor Chips rose on Wednesday in Arizona.', 'SANTA CLARA')?.geo, { kind: 'place' });
    assert.equal(placeOf('In Taipei, Japan\'s envoy said talks would resume.', 'Taipei')?.geo?.countryCode, 'TW');
  });

  test('distanceKm: London to Paris is about 340 km', () => {
    const d = distanceKm({ lat: 51.507, lon: -0.128 }, { lat: 48.857, lon: 2.352 });
    assert.ok(d > 330 && d < 350, String(d));
  });
});

suite('farPlaces: the index of mentions', () => {
  test('a new list shares the index of the list it copies, so what an edit only moved stays carried', () => {
    const text = 'The governor spoke in Columbus, Ohio, on Monday and in Toledo on Tuesday.';
    // (the entities as the entity stage gives them: the Spanish town's link still on)
    const found = createAnalyzer({ gazetteer: loadGazetteer() }).analyze(text).entities.map((e) => (e.name === 'Toledo' ? { ...e, geo: { kind: 'city' as const, name: 'Toledo', countryCode: 'ES', lat: 39.86, lon: -4.03, population: 85_000 } } : e));
    const index = MentionIndex.of(found);
    const copy = withoutFarTowns(found, text);
    assert.notEqual(copy, found);
    assert.equal(MentionIndex.of(copy), index);
    MentionIndex.forget(found);
    MentionIndex.forget(copy);
  });
});
