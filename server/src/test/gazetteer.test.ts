import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FIND_CACHE_SIZE, Gazetteer } from '../analysis/gazetteer';
import { foldName, skeletonKey, variantKey } from '../analysis/placeKeys';
import { loadGazetteer } from '../node/gazetteerFile';

// A hand-written gazetteer in the build's format (no keys column: parse computes them).
const SMALL = [
  '# test gazetteer',
  'C\tUkraine\tUA\t49\t32\t\t\t',
  'C\tUnited States\tUS\t38\t-97\t\t\t!U.S.|!US',
  'C\tGeorgia\tGE\t42\t43.5\t\t\t',
  'R\tGeorgia\tUS\t32.2\t-83.4\t\t\t',
  'R\tLuhansk Oblast\tUA\t48.57\t39.31\t\t\tLuhanska|Luhanska oblast|~Luhansk',
  'Ta\tLuhansk\tUA\t48.567\t39.317\t702658\t452000\t',
  'T\tLuhansk\tRU\t50.1\t40.1\t1\t6000\t',
  'Tca\tKyiv\tUA\t50.454\t30.524\t703448\t2797553\t!Kiev',
  'Ta\tKharkiv\tUA\t49.981\t36.253\t706483\t1430885\t',
  'Ta\tZaporizhia\tUA\t47.823\t35.19\t687700\t796217\t',
  'R\tZaporizhzhia Oblast\tUA\t47.28\t35.39\t\t\tZaporizhzhia',
  'Ta\tChernihiv\tUA\t51.506\t31.285\t710735\t307684\t',
  'R\tChernihiv Oblast\tUA\t51.17\t31.86\t\t\tChernihiv|~Chernihiv',
  'Ta\tDnipro\tUA\t48.459\t35.039\t709930\t1032822\t!Dnepropetrovsk|!Dnepr',
  'R\tDnipropetrovsk Oblast\tUA\t48.36\t34.69\t\t\tDnipropetrovsk|!Dnipro Oblast',
  'T\tChernihiv\tRU\t55\t40\t5\t9000\t',
  'R\tBelgorod Oblast\tUA\t50.1\t36.1\t\t\tBelgorod',
  'Ta\tBelgorod\tRU\t50.6\t36.6\t7\t390000\t',
  'Ta\tOdessa\tUA\t46.477\t30.733\t698740\t1001558\t',
  'Taw\tSplit\tHR\t43.509\t16.439\t3190261\t176314\t',
  'T\tSagara\tJP\t34.68\t138.2\t2\t25922\t',
  'T\tDamaturu\tNG\t11.75\t11.96\t3\t46000\t',
  'Ta\tSan Francisco\tSV\t13.7\t-88.1\t3583747\t16152\t',
  'T\tSan Francisco\tUS\t37.775\t-122.419\t5391959\t864816\t',
  'R\tLagos\tNG\t6.5\t3.6\t\t\t',
  'T\tLagos\tNG\t6.454\t3.394\t2332459\t9000000\t',
  'T\tLagos\tPT\t37.1\t-8.67\t2267827\t22000\t',
  'T\tKarstan\tKZ\t48.1\t66.9\t9000001\t210000\t',
  'T\tGulo\tUG\t2.7\t32.3\t9000002\t150000\t',
].join('\r\n');

suite('gazetteer', () => {
  const g = Gazetteer.parse(SMALL);

  test('remembers a bounded number of answers, and never an overlong name', () => {
    const fresh = Gazetteer.parse(SMALL);
    assert.equal(fresh.lookup('Kiev')?.name, 'Kyiv');
    for (let i = 0; i <= FIND_CACHE_SIZE; i++) fresh.lookup(`Nowhere ${i}`);
    fresh.lookup('Somewhere', { strict: false });
    assert.ok(fresh.remembered > 0 && fresh.remembered <= FIND_CACHE_SIZE + 1, `${fresh.remembered} answers remembered`);
    // answers stay right after the memory started afresh
    assert.equal(fresh.lookup('Kiev')?.name, 'Kyiv');
    const before = fresh.remembered;
    assert.equal(fresh.lookup(`${'Kyiv '.repeat(100)}Kyiv`), undefined);
    assert.equal(fresh.remembered, before);
  });

  test('reads every well-formed line, CRLF or not', () => {
    assert.equal(g.size, 29);
    assert.equal(Gazetteer.parse(SMALL.replace(/\r\n/g, '\n')).size, 29);
  });

  test('looks names up case-insensitively, without accents or a leading "the"', () => {
    assert.equal(g.lookup('kyiv')?.name, 'Kyiv');
    assert.equal(g.lookup('KHARKIV')?.geonameId, 706483);
    assert.equal(g.lookup('the Ukraine')?.kind, 'country');
    assert.equal(g.lookup('Kýiv')?.name, 'Kyiv');
  });

  test('gives the place what it is and where', () => {
    assert.deepEqual(g.lookup('Kharkiv'), {
      kind: 'city', name: 'Kharkiv', countryCode: 'UA', country: 'Ukraine', lat: 49.981, lon: 36.253, geonameId: 706483, population: 1430885,
    });
  });

  test('resolves transliteration variants to one place', () => {
    for (const [written, name] of [['Lugansk', 'Luhansk'], ['Zaporizhzhia', 'Zaporizhia'], ['Zaporozhye', 'Zaporizhia'], ['Zaporizhzhya', 'Zaporizhia'], ['Kharkov', 'Kharkiv'], ['Odesa', 'Odessa']]) {
      assert.equal(g.lookup(written)?.name, name, written);
    }
  });

  test('resolves exonyms and short forms listed as preferred names', () => {
    assert.equal(g.lookup('Kiev')?.name, 'Kyiv');
    assert.equal(g.lookup('U.S.')?.name, 'United States');
    assert.equal(g.lookup('US')?.name, 'United States');
  });

  test('prefers the most important sense of a shared name', () => {
    assert.equal(g.lookup('Georgia')?.countryCode, 'GE');
    assert.equal(g.lookup('Luhansk')?.countryCode, 'UA');
    assert.equal(g.lookup('Luhansk')?.kind, 'city');
  });

  test('a town of half a million or more ranks with the seats, by population', () => {
    // a department seat of 16,000 people does not outrank the Californian city
    assert.equal(g.lookup('San Francisco')?.countryCode, 'US');
    // a big town beats the region of its name, as a seat does; a small one does not
    assert.equal(g.lookup('Lagos')?.kind, 'city');
    assert.equal(g.lookup('Lagos')?.countryCode, 'NG');
    // a seat still beats a smaller town elsewhere, and the region named for it
    assert.equal(g.lookup('Belgorod')?.kind, 'city');
  });

  test('finds a region by "X region" or "X Oblast", also under its seat name', () => {
    assert.equal(g.lookup('Luhansk Oblast')?.kind, 'region');
    assert.equal(g.lookup('the Lugansk region')?.name, 'Luhansk Oblast');
    assert.equal(g.lookup('Luhanska oblast')?.name, 'Luhansk Oblast');
  });

  test('finds a region by any spelling its name or its seat\'s has as a place', () => {
    // the region's own name, folded as loosely as a town's name (Zaporozhye is Zaporizhzhia)
    assert.equal(g.lookup('the Zaporozhye region')?.name, 'Zaporizhzhia Oblast');
    assert.equal(g.lookup('Zaporizhia oblast')?.name, 'Zaporizhzhia Oblast');
    assert.equal(g.lookup('Zaporozhye Oblast')?.name, 'Zaporizhzhia Oblast');
    // a transliteration of the seat's name
    assert.equal(g.lookup('Chernigov region')?.name, 'Chernihiv Oblast');
    assert.equal(g.lookup('Chernigov Province')?.name, 'Chernihiv Oblast');
    // the seat's former name, listed as one of the seat's names
    assert.equal(g.lookup('the Dnepropetrovsk region')?.name, 'Dnipropetrovsk Oblast');
    assert.equal(g.lookup('Dnepr region')?.name, 'Dnipropetrovsk Oblast');
    // the name alone stays the town
    assert.equal(g.lookup('Chernigov')?.kind, 'city');
    assert.equal(g.lookup('Zaporozhye')?.kind, 'city');
  });

  test('takes a town to a region of its name only in its own country', () => {
    // "Bielgorod" is found as the Russian town Belgorod; a (made-up) Ukrainian region of that name is not its region
    assert.equal(g.lookup('Bielgorod')?.countryCode, 'RU');
    assert.equal(g.lookup('the Bielgorod region'), undefined);
    assert.equal(g.lookup('Kharkov region'), undefined);
  });

  test('refuses everyday English words unless told the context says place', () => {
    assert.equal(g.lookup('Split'), undefined);
    assert.equal(g.lookup('Split', { strict: false })?.countryCode, 'HR');
  });

  test('a repeated lookup answers as the first did, strict and lenient apart', () => {
    for (let i = 0; i < 3; i++) {
      assert.equal(g.lookup('Split'), undefined);
      assert.equal(g.lookup('Split', { strict: false })?.countryCode, 'HR');
      assert.equal(g.lookup('Lugansk')?.name, g.lookup('Luhansk')?.name);
      assert.equal(g.lookup('Sahara'), undefined);
    }
  });

  test('does not stretch variants to unrelated names', () => {
    assert.equal(g.lookup('Sahara'), undefined); // only a small town spelt Sagara
    assert.equal(g.lookup('Dmitry'), undefined); // skeleton of Damaturu
    assert.equal(g.lookup('Ukrainian'), undefined);
    assert.equal(g.lookup('Kyivan'), undefined);
    // a short word spelt otherwise is another word: "Hulo" is no Gulo
    assert.equal(g.lookup('Gulo')?.countryCode, 'UG');
    assert.equal(g.lookup('Hulo'), undefined);
    // a skeleton (consonants only) drops spaces too: two words are no one-word town
    assert.equal(g.lookup('Karsten')?.name, 'Karstan');
    assert.equal(g.lookup('Kar Stan'), undefined);
    // … and every vowel, where a transliteration keeps the syllables and the first vowel's class
    assert.equal(g.lookup('Korstan')?.name, 'Karstan');
    assert.equal(g.lookup('Kirstan'), undefined);
    assert.equal(g.lookup('Karastan'), undefined);
  });

  test('never throws on odd input', () => {
    for (const odd of ['', ' ', '\u0000', '\ud800', '🇺🇦', 'Kyiv\ud83d', 'x'.repeat(5000), 'the', '—']) {
      assert.doesNotThrow(() => g.lookup(odd));
    }
    assert.equal(Gazetteer.empty().lookup('Kyiv'), undefined);
    assert.doesNotThrow(() => Gazetteer.parse('garbage\n\tno kind\nX\tbad\n\u0000'));
  });

  test('a compiled file (keys resolved at build) answers as the plain one does', () => {
    const compiled = Gazetteer.compile(SMALL);
    assert.match(compiled, /^#indexed /m);
    assert.match(compiled, /^#index$/m);
    const c = Gazetteer.parse(compiled);
    // compiled again (the build may run on its own output), and with keys of another version, which are recomputed
    const again = Gazetteer.parse(Gazetteer.compile(compiled));
    const otherVersion = Gazetteer.parse(compiled.replace(/^#indexed .*$/m, '#indexed 0-other'));
    const names = ['Lugansk', 'Kiev', 'U.S.', 'Georgia', 'the Lugansk region', 'Kharkov', 'Split', 'Sahara', 'Luhanska oblast', 'Nowhere', 'a', 'zzz', 'Kyiv region', 'San Francisco', 'Lagos'];
    for (const name of names) {
      for (const strict of [true, false]) {
        assert.deepEqual(c.lookup(name, { strict }), g.lookup(name, { strict }), name);
        assert.deepEqual(again.lookup(name, { strict }), g.lookup(name, { strict }), name);
        assert.deepEqual(otherVersion.lookup(name, { strict }), g.lookup(name, { strict }), name);
      }
    }
    assert.equal(c.size, g.size);
  });

  test('a damaged key section finds nothing it should not, and never throws', () => {
    const compiled = Gazetteer.compile(SMALL);
    const damaged = Gazetteer.parse(compiled.replace(/^(n[^\t\n]*)\t\d+$/gm, '$1').concat('nzzzz\t99999999\n'));
    for (const name of ['Lugansk', 'Kiev', 'zzzz', '']) assert.doesNotThrow(() => damaged.lookup(name));
    assert.equal(damaged.lookup('zzzz'), undefined);
  });

  test('keys fold spelling, variants and vowel shifts', () => {
    assert.equal(foldName('the U.S.'), 'us');
    assert.equal(foldName('St. Petersburg'), 'saint petersburg');
    assert.equal(variantKey(foldName('Avdiivka')), variantKey(foldName('Avdiyivka')));
    assert.equal(variantKey(foldName('Kramators’k')), variantKey(foldName('Kramatorsk')));
    assert.equal(skeletonKey(variantKey(foldName('Chernigov'))), skeletonKey(variantKey(foldName('Chernihiv'))));
    assert.equal(skeletonKey('kiv'), undefined);
  });
});

// The real file, as the build makes it from the GeoNames packages.
const BUILT = join(__dirname, '..', '..', 'data', 'gazetteer.tsv');

suite('gazetteer (built file)', function () {
  suiteSetup(function () {
    if (!existsSync(BUILT)) this.skip();
  });

  test('loads the built table', () => {
    // How fast it loads is the bench's business (npm run bench prints the load time); here, that it loads whole.
    const g = Gazetteer.parse(readFileSync(BUILT, 'utf8'));
    assert.ok(g.size > 50_000, `${g.size} places`);
    assert.equal(g.lookup('Luhansk')?.countryCode, 'UA');
  });

  test('knows countries, regions and towns with their spellings', () => {
    const g = loadGazetteer();
    assert.equal(g.lookup('Lugansk')?.name, 'Luhansk');
    assert.equal(g.lookup('Kiev')?.name, 'Kyiv');
    assert.equal(g.lookup('Zaporozhye')?.countryCode, 'UA');
    assert.equal(g.lookup('United States')?.kind, 'country');
    assert.equal(g.lookup('USA')?.countryCode, 'US');
    assert.equal(g.lookup('Britain')?.countryCode, 'GB');
    assert.equal(g.lookup('Crimea')?.kind, 'region');
    assert.equal(g.lookup('Donetsk region')?.kind, 'region');
    assert.equal(g.lookup('Donetsk')?.kind, 'city');
    assert.equal(g.lookup('the Kursk region')?.countryCode, 'RU');
    assert.equal(g.lookup('Idlib province')?.countryCode, 'SY');
    for (const [phrase, region] of [['Kharkov region', 'Kharkiv Oblast'], ['the Zaporozhye region', 'Zaporizhzhia Oblast'], ['Chernigov region', 'Chernihiv Oblast'],
      ['Dnepropetrovsk region', 'Dnipropetrovsk Oblast'], ['Lugansk oblast', 'Luhansk Oblast'], ['Nikolaev region', 'Mykolaiv Oblast'], ['Krasnodar region', 'Krasnodar Krai']]) {
      assert.equal(g.lookup(phrase)?.name, region, phrase);
    }
    assert.equal(g.lookup('Stepanakert')?.countryCode, 'AZ');
    assert.equal(g.lookup('Western Sahara')?.kind, 'country');
    assert.equal(g.lookup('Taiwan')?.kind, 'country');
    // big cities over small seats and regions of their name elsewhere
    assert.equal(g.lookup('San Francisco')?.countryCode, 'US');
    assert.equal(g.lookup('Charlotte')?.countryCode, 'US');
    assert.equal(g.lookup('New York')?.name, 'New York City');
    // … but not in a consonant skeleton, which unrelated names share (Noting, Nantong)
    assert.equal(g.lookup('Noting'), undefined);
    // a region under its own name over another's bare alias (Liberia's Maryland County)
    assert.equal(g.lookup('Maryland')?.countryCode, 'US');
    // a region named by an adjective and a generic word, found by the whole only
    assert.equal(g.lookup('Northern Territory')?.countryCode, 'AU');
    assert.equal(g.lookup('Northern'), undefined);
    assert.equal(g.lookup('Federal'), undefined);
    // … nor by a spelling of the adjective (the US Capitol is no Danish Capital Region)
    assert.equal(g.lookup('Capitol'), undefined);
    assert.equal(g.lookup('Capital Region')?.kind, 'region');
    // the English names of cities GeoNames names in their own language
    assert.equal(g.lookup('Geneva')?.kind, 'city');
    assert.equal(g.lookup('Frankfurt')?.countryCode, 'DE');
    assert.equal(g.lookup('Cologne')?.countryCode, 'DE');
    // an Arab country's town without the article its GeoNames name keeps
    assert.equal(g.lookup('Fallujah')?.countryCode, 'IQ');
    assert.equal(g.lookup('Sulaymaniyah')?.countryCode, 'IQ');
    // a US state by the abbreviation news writes after a town, none that folds as another name
    assert.equal(g.lookup('Calif.')?.name, 'California');
    assert.equal(g.lookup('N.H.')?.name, 'New Hampshire');
    assert.equal(g.lookup('New'), undefined);
    assert.equal(g.lookup('NY')?.name, undefined);
  });

  test('refuses common English words that are also towns', () => {
    const g = loadGazetteer();
    for (const word of ['Nice', 'Mobile', 'Reading', 'Bath', 'Split', 'Of', 'March']) assert.equal(g.lookup(word), undefined, word);
    assert.equal(g.lookup('Turkey')?.kind, 'country');
    assert.equal(g.lookup('Nice', { strict: false })?.countryCode, 'FR');
  });
});
