import * as assert from 'node:assert/strict';
import { createAnalyzer, type Entity } from '../analysis';
import { distanceKm, withoutFarTowns } from '../analysis/farPlaces';
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
    const kept = analyzer.analyze('Officials in Madrid and Toledo said the fires were out.').entities;
    assert.equal(withoutFarTowns(kept), kept);
    const far = analyzer.analyze('The governor spoke in Columbus, Ohio, on Monday and in Toledo on Tuesday.').entities;
    assert.ok(far.some((e) => e.name === 'Columbus' && e.geo?.countryCode === 'US'));
  });

  test('distanceKm: London to Paris is about 340 km', () => {
    const d = distanceKm({ lat: 51.507, lon: -0.128 }, { lat: 48.857, lon: 2.352 });
    assert.ok(d > 330 && d < 350, String(d));
  });
});
