import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createAnalyzer } from '../analysis';
import type { Gazetteer } from '../analysis/gazetteer';
import { loadGazetteer } from '../node/gazetteerFile';

// What the build (server/scripts/build-gazetteer.mjs) makes of its sources: GeoNames towns and
// admin1/admin2 tables, ISO 3166 country names, Natural Earth country shapes, place-variants.json.
const BUILT = join(__dirname, '..', '..', 'data', 'gazetteer.tsv');

const within = (g: Gazetteer, name: string, [south, north]: [number, number], [west, east]: [number, number]) => {
  const place = g.lookup(name);
  assert.ok(place?.lat !== undefined && place.lon !== undefined, `${name} has coordinates`);
  assert.ok(place.lat >= south && place.lat <= north && place.lon >= west && place.lon <= east, `${name} at ${place.lat}, ${place.lon}`);
};

suite('gazetteer data (built file)', function () {
  let g: Gazetteer;
  suiteSetup(function () {
    if (!existsSync(BUILT)) this.skip();
    g = loadGazetteer();
  });

  test('regions no GeoNames unit is (breakaway, disputed, historical) are filed under a country, with their short names', () => {
    assert.deepEqual([g.lookup('South Ossetia')?.kind, g.lookup('South Ossetia')?.countryCode], ['region', 'GE']);
    assert.equal(g.lookup('Karabakh')?.name, 'Nagorno-Karabakh');
    assert.equal(g.lookup('Golan')?.name, 'Golan Heights');
    within(g, 'Somaliland', [8, 11], [43, 46]);
    // found as places in news, a short name and the full name are one place
    const analyzer = createAnalyzer({ gazetteer: g });
    const list = analyzer.analyze('Officials visited South Ossetia, then Somaliland. Syria wants the Golan back; Israel holds the Golan Heights.').entities;
    assert.deepEqual(list.filter((e) => e.type === 'place').map((e) => [e.name, e.mentions.length]), [['South Ossetia', 1], ['Somaliland', 1], ['Syria', 1], ['Golan Heights', 2], ['Israel', 1]]);
  });

  test('a capital stands for its state only where it is a city of some size, and of two namesakes the bigger', () => {
    assert.equal(g.capitalOf('Moscow'), 'Russia');
    assert.equal(g.capitalOf('Kingston'), 'Jamaica');
    // hamlets' names that are words or given names: "Stanley said", "the Jordan Valley"
    assert.equal(g.capitalOf('Stanley'), undefined);
    assert.equal(g.capitalOf('Valley'), undefined);
    const claims = createAnalyzer({ gazetteer: g }).analyze('The Jordan Valley, a strip of the West Bank that Palestinians want as part of a future state, is fertile.').claims;
    assert.deepEqual(claims.map((c) => c.claimant), []);
  });

  test('"Congo" is the Democratic Republic of the Congo, as news writes it, and one entity with its full name', () => {
    assert.equal(g.lookup('Congo')?.countryCode, 'CD');
    assert.equal(g.lookup('Congo Republic')?.countryCode, 'CG');
    const places = createAnalyzer({ gazetteer: g }).analyze('Rebels seized Bukavu in Democratic Republic of Congo on Sunday. Congo accused Rwanda.').entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((e) => [e.name, e.mentions.length]), [['Bukavu', 1], ['Democratic Republic of Congo', 2], ['Rwanda', 1]]);
  });

  test('a country goes by its everyday English name, its ISO names resolving to it', () => {
    assert.equal(g.lookup('Russia')?.name, 'Russia');
    assert.equal(g.lookup('Russian Federation')?.name, 'Russia');
    assert.equal(g.lookup('Syrian Arab Republic')?.name, 'Syria');
    assert.equal(g.lookup('United States of America')?.name, 'United States');
    assert.equal(g.lookup("Côte d'Ivoire")?.name, 'Ivory Coast');
    assert.equal(g.lookup('Falkland Islands')?.kind, 'country');
  });

  test('a capital English names "X City" resolves to the town, not to the country its name folds to', () => {
    const place = g.lookup('Panama City');
    assert.deepEqual([place?.kind, place?.countryCode, place?.name], ['city', 'PA', 'Panamá']);
    assert.equal(g.lookup('Panama')?.kind, 'country');
    const list = createAnalyzer({ gazetteer: g }).analyze('In Panama City, the president rejected the demand.').entities;
    assert.deepEqual(list.map((e) => [e.type, e.name, e.geo?.countryCode]), [['place', 'Panama City', 'PA']]);
  });

  test('a country sits at the centre of its largest land mass, not of all its islands', () => {
    within(g, 'United States', [25, 49], [-125, -67]);
    within(g, 'France', [42, 51], [-5, 8]);
    within(g, 'Australia', [-39, -11], [113, 154]);
    within(g, 'Ukraine', [44, 52.5], [22, 40.5]);
  });

  test('Ukrainian oblasts read as English names them, the bare name left to the city', () => {
    assert.equal(g.lookup('Donetsk Oblast')?.name, 'Donetsk Oblast');
    assert.equal(g.lookup('the Lugansk region')?.name, 'Luhansk Oblast');
    assert.equal(g.lookup('the Zaporizhia region')?.name, 'Zaporizhzhia Oblast');
    assert.equal(g.lookup('Kherson region')?.kind, 'region');
    assert.equal(g.lookup('Volyn')?.name, 'Volyn Oblast');
    assert.equal(g.lookup('Kherson')?.kind, 'city');
    assert.equal(g.lookup('the Kharkov region')?.name, 'Kharkiv Oblast'); // the seat's exonym
    assert.equal(g.lookup('Kharkov')?.kind, 'city');
    assert.equal(g.lookup('Crimea')?.name, 'Crimea');
    assert.equal(g.lookup('Autonomous Republic of Crimea')?.name, 'Crimea');
  });

  test("GeoNames' region names are also found as English news shortens them", () => {
    assert.equal(g.lookup('North Darfur')?.countryCode, 'SD');
    assert.equal(g.lookup('Gyeonggi Province')?.countryCode, 'KR');
    assert.equal(g.lookup('Hasakah')?.countryCode, 'SY');
  });

  test('regions GeoNames names in a local form or after a federal city go by their English names', () => {
    assert.equal(g.lookup('the Leningrad region')?.name, 'Leningrad Oblast');
    assert.equal(g.lookup('Moscow region')?.name, 'Moscow Oblast');
    assert.equal(g.lookup('Moscow')?.kind, 'city');
    assert.equal(g.lookup('Kemerovo region')?.countryCode, 'RU');
  });

  test('a region sits at one of its own towns', () => {
    within(g, 'Crimea', [44.3, 46.2], [32.4, 36.7]);
    within(g, 'Donetsk Oblast', [46.9, 49.3], [36.5, 39]);
    within(g, 'Kursk Oblast', [50.8, 52.5], [34, 38.6]);
    within(g, 'Texas', [25.8, 36.5], [-106.7, -93.5]);
  });

  test('counties where the first level is a nation or a province', () => {
    assert.equal(g.lookup('Kent')?.countryCode, 'GB');
    assert.equal(g.lookup('Kent')?.kind, 'region');
    assert.equal(g.lookup('County Kerry')?.countryCode, 'IE');
    assert.equal(g.lookup('County Cork')?.kind, 'region');
    assert.equal(g.lookup('County Mayo')?.countryCode, 'IE'); // GeoNames: "Mayo County"
    assert.equal(g.lookup('Flintshire')?.name, 'Flintshire'); // GeoNames: "County of Flintshire"
    assert.equal(g.lookup('County Offaly')?.countryCode, 'IE'); // GeoNames: "Uíbh Fhailí"
  });

  test('"Florida" and "Montana" are the US states, not a department seat in Uruguay or a town in Bulgaria', () => {
    for (const name of ['Florida', 'Montana']) {
      const place = g.lookup(name);
      assert.deepEqual([place?.kind, place?.countryCode], ['region', 'US'], name);
    }
    const found = createAnalyzer({ gazetteer: g }).analyze('She bought a vacation home in Florida in 2019.').entities;
    assert.deepEqual(found.filter((e) => e.type === 'place').map((e) => [e.name, e.geo?.countryCode]), [['Florida', 'US']]);
  });
});
