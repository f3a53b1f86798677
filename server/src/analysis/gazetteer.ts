import regionWords from './data/region-words.json';
import { rememberDetached } from './detached';
import { KEY_VERSION, foldName, skeletonKey, variantKey } from './placeKeys';
import type { GeoInfo, PlaceKind } from './types';

export interface LookupOptions {
  /**
   * Refuse a one-word town or region name that is also an everyday English word ("Nice",
   * "Mobile", "Reading", "Bath", "Split", "Of", "March"), unless it is a country's name.
   * Default true: callers that already know from context that the word names a place
   * ("in Nice", "the town of Split") pass `{ strict: false }`.
   */
  readonly strict?: boolean;
}

// How one name's senses rank (the highest wins): a preferred name from place-variants.json,
// then countries, national capitals, the seats of first-level regions (a seat beats the region
// named for it: "Donetsk" is the city, "the Donetsk region" the oblast) and towns as big as
// BIG_TOWN, regions under their own name, other towns by population, and last a region under
// its seat's name.
const PREFERRED = 6e12;
const COUNTRY = 5e12;
const CAPITAL = 4e12;
const SEAT = 3e12;
const REGION = 2e12;
const SEAT_ALIAS = -1;
// A town this big is known beyond its country, as a region's seat is, and ranks among the seats
// by population: "San Francisco" is the Californian city, not a department seat in El Salvador
// of 16,000 people. (build-gazetteer.mjs ranks senses alike.)
export const BIG_TOWN = 500_000;
// Skeleton keys merge more names, so only notable places are filed under them.
const NOTABLE_POPULATION = 100_000;
// Towns found under a variant spelling only (not as written) must have this many people.
const VARIANT_MIN_POPULATION = 30_000;
// Distinct names whose lookups are remembered before the memory starts afresh.
export const FIND_CACHE_SIZE = 50_000;
// No place name is longer: a longer one is refused at once, and never remembered, so that a
// run of capitalised words thousands long cannot make the memory hold copies of it.
const MAX_NAME = 120;
// the default options, made once: lookups come by the thousand
const STRICT: LookupOptions = {};


const REGION_SUFFIX = new RegExp(`^(.+?) (?:${sortedAlternation(regionWords.suffixes)})$`);
const REGION_PREFIX = new RegExp(`^(?:${sortedAlternation(regionWords.prefixes)}) (.+)$`);

function sortedAlternation(words: readonly string[]): string {
  return [...words].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

// Filing tags, one letter before each key in a line's keys column: which index, at what score.
//   v/V/S  name index: own score / preferred name / a region's seat name
//   k/K    skeleton index: own score / preferred name
//   r/R/Q  region index: own score / preferred name / seat name
type Tag = 'v' | 'V' | 'S' | 'k' | 'K' | 'r' | 'R' | 'Q';

/**
 * The keys a gazetteer line is filed under, tagged, |-separated. The build script writes them
 * into the file (so loading computes none); parse recomputes them for files without them.
 */
export function gazetteerKeys(flags: string, name: string, population: number, aliases: readonly string[]): string {
  const isRegion = flags.charAt(0) === 'R';
  const notable = flags.charAt(0) !== 'T' || population >= NOTABLE_POPULATION || flags.includes('c') || flags.includes('a');
  const out = new Set<string>();
  const add = (n: string, nameTag: Tag, skeletonTag: Tag | null, regionTag: Tag | null) => {
    const folded = foldName(n);
    if (!folded) return;
    const vkey = variantKey(folded);
    out.add(nameTag + vkey);
    const skey = skeletonTag ? skeletonKey(vkey) : undefined;
    if (skeletonTag && skey !== undefined) out.add(skeletonTag + skey);
    if (regionTag) {
      out.add(regionTag + vkey);
      const base = REGION_SUFFIX.exec(folded)?.[1] ?? REGION_PREFIX.exec(folded)?.[1];
      if (base !== undefined) out.add(regionTag + variantKey(base));
    }
  };
  add(name, 'v', notable ? 'k' : null, isRegion ? 'r' : null);
  for (const alias of aliases) {
    if (!alias) continue;
    if (alias.startsWith('!')) add(alias.slice(1), 'V', 'K', isRegion ? 'R' : null);
    else if (alias.startsWith('~')) add(alias.slice(1), 'S', null, isRegion ? 'Q' : null);
    else add(alias, 'v', notable ? 'k' : null, isRegion ? 'r' : null);
  }
  return [...out].join('|');
}

const TAGS: readonly Tag[] = ['v', 'V', 'S', 'k', 'K', 'r', 'R', 'Q'];
// The three indices, and the letter each one's keys start with in a compiled file's key section.
const NAMES = 0;
const SKELETONS = 1;
const REGIONS = 2;
const INDEX_LETTERS = 'nkr';
// A compiled file says near its top which key version its key section holds; the section follows the rows.
const INDEXED = '#indexed ';
const INDEX_START = '#index';
const isIndexStart = (data: string, pos: number, end: number): boolean =>
  data.startsWith(INDEX_START, pos) && data.slice(pos + INDEX_START.length, end).trim() === '';
const TAG_CODE: Readonly<Record<string, number>> = { v: 0, V: 1, S: 2, k: 3, K: 4, r: 5, R: 6, Q: 7 };
const KIND_LETTERS = 'CRT';
const KIND_NAMES: readonly PlaceKind[] = ['country', 'region', 'city'];

/** The people a national capital has at least for its name to stand for its state ("Moscow says"). */
const METONYM_CAPITAL_POPULATION = 25_000;

/** Place names to what they are and where. Built from GeoNames data at build time. */
export class Gazetteer {
  // Loading must take milliseconds, so a row stays a line of the file until asked for: parse
  // records where each line starts and its kind. A key maps to (row × 8 + tag) of its best-scored
  // sense: in a compiled file (see compile) through the file's own sorted key section, searched
  // where it lies in the file's text (no key is copied out of it); otherwise through the maps,
  // filled by computing each row's keys and comparing scores.
  private data = '';
  /** Where each line of a compiled file's key section starts. */
  private index: Int32Array | undefined;
  private readonly starts: number[] = [];
  private readonly kinds: number[] = [];
  private readonly scores: number[] = [];
  private readonly infos = new Map<number, GeoInfo>();
  private readonly countries = new Map<string, string>();
  private readonly names = new Map<string, number>();
  // country and national-capital names (own and preferred), folded, for fast side resolution
  private readonly countryNames = new Map<string, string>();
  private readonly capitalNames = new Map<string, string>();
  private readonly capitalRows: number[] = [];
  private readonly skeletons = new Map<string, number>();
  private readonly regions = new Map<string, number>();
  // The gazetteer never changes after parse, so a name's lookup is the same every time: articles
  // ask for the same few names over and over. Bounded, so a huge odd input cannot grow it.
  private readonly found = new Map<string, GeoInfo | null>();
  private readonly foundLoose = new Map<string, GeoInfo | null>();

  /**
   * Parses the TSV that server/scripts/build-gazetteer.mjs writes (see there for the format);
   * malformed lines are skipped. Keys precomputed for another key version are recomputed.
   */
  static parse(data: string): Gazetteer {
    const g = new Gazetteer();
    g.data = data;
    let indexed = false;
    let pos = 0;
    while (pos < data.length) {
      let end = data.indexOf('\n', pos);
      if (end < 0) end = data.length;
      const first = data.charCodeAt(pos);
      if (first === 35 /* # */) {
        if (data.startsWith(INDEXED, pos)) indexed = data.slice(pos + INDEXED.length, end).trim() === KEY_VERSION;
        else if (isIndexStart(data, pos, end)) {
          // keys for another key version are not used: the rows' keys were computed instead
          if (indexed) g.readIndex(end + 1);
          break;
        }
      } else if (end > pos) {
        g.addLine(pos, end, indexed);
      }
      pos = end + 1;
    }
    for (let i = 0; i < g.starts.length; i++) {
      if (g.kinds[i] === 0) {
        const f = g.fields(i);
        g.countries.set(f[2], f[1]);
        for (const n of [f[1], ...aliasesOf(f)]) g.countryNames.set(foldName(n), f[1]);
      }
    }
    // a capital stands for its state only where news writes it so: not a hamlet's name that is
    // also a word or a given name ("The Valley", "Stanley", "Hamilton"); and of two capitals of
    // one name, the bigger (Kingston, Jamaica)
    const capitalPopulations = new Map<string, number>();
    for (const row of g.capitalRows) {
      const f = g.fields(row);
      const country = g.countries.get(f[2]);
      const population = Number(f[6]);
      if (!country || population < METONYM_CAPITAL_POPULATION) continue;
      for (const n of [f[1], ...aliasesOf(f)]) {
        const key = foldName(n);
        if ((capitalPopulations.get(key) ?? -1) >= population) continue;
        capitalPopulations.set(key, population);
        g.capitalNames.set(key, country);
      }
    }
    return g;
  }

  /**
   * For the build: the same gazetteer followed by a key section, every key with the sense it
   * resolves to (the best of each), sorted, one `<index letter><key>\t<row × 8 + tag>` a line, so
   * that loading it computes and compares nothing and looks keys up by binary search.
   */
  static compile(data: string): string {
    const lines = data.split('\n');
    const indexAt = lines.findIndex((l) => isIndexStart(l, 0, l.length));
    const source = (indexAt < 0 ? lines : lines.slice(0, indexAt)).filter((l) => !l.startsWith(INDEXED) && !l.startsWith('#keys '));
    const g = Gazetteer.parse(source.join('\n'));
    const keys: [string, number][] = [];
    [g.names, g.skeletons, g.regions].forEach((map, m) => {
      for (const [key, value] of map) keys.push([INDEX_LETTERS[m] + key, value]);
    });
    keys.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const header = source.filter((l) => l.startsWith('#')).join('\n');
    const rows = g.starts.map((_, row) => padded(g.fields(row)).join('\t'));
    return `${header}\n${INDEXED}${KEY_VERSION}\n${rows.join('\n')}\n${INDEX_START}\n${keys.map(([k, v]) => `${k}\t${v}`).join('\n')}\n`;
  }

  static empty(): Gazetteer {
    return new Gazetteer();
  }

  /** Number of places held. */
  get size(): number {
    return this.starts.length;
  }

  /**
   * The most important place of that name, or undefined. Case-insensitive; ignores accents,
   * punctuation and a leading "the"; resolves transliteration variants (Lugansk → Luhansk,
   * Zaporozhye → Zaporizhia), exonyms and short forms (Kiev, U.S., Britain), and region
   * phrasings ("Donetsk region", "the Kursk Oblast", "Idlib province") to the region.
   * Senses rank: preferred names, countries, capitals, region seats and big towns, regions, towns by size.
   */
  lookup(name: string, options: LookupOptions = STRICT): GeoInfo | undefined {
    // one memory per strictness, keyed by the name itself (a key built by concatenation would be
    // a new string to hash on every call), holding the answer itself: the entity finder asks it
    // of nearly every name it types
    const found = options.strict ?? true ? this.found : this.foundLoose;
    if (name.length > MAX_NAME) return undefined;
    let answer = found.get(name);
    if (answer === undefined) {
      const row = this.find(name, options);
      answer = row === undefined ? null : this.info(row);
      rememberDetached(found, name, answer, FIND_CACHE_SIZE);
    }
    return answer ?? undefined;
  }

  /** How many answers `lookup` remembers now (both strictnesses), for the test of its bound. */
  get remembered(): number {
    return this.found.size + this.foundLoose.size;
  }

  /** The country whose national capital this name is ("Moscow" → "Russia"), for metonymy. */
  capitalOf(name: string): string | undefined {
    return name.length > 60 ? undefined : this.capitalNames.get(foldName(name));
  }

  /** The folded names (own and short forms) of every country. */
  countryNameKeys(): IterableIterator<string> {
    return this.countryNames.keys();
  }

  /**
   * The country this name (or a short form: "U.S.", "Britain") is, as the gazetteer names it.
   * Spelling variants are not folded here: it is meant for many quick checks of words.
   */
  country(name: string): string | undefined {
    return name.length > 60 ? undefined : this.countryNames.get(foldName(name));
  }

  private find(name: string, options: LookupOptions): number | undefined {
    if (name.length === 0 || this.starts.length === 0) return undefined;
    const folded = foldName(name);
    if (folded.length === 0) return undefined;
    const vkey = variantKey(folded);
    let hit = this.key(NAMES, vkey);
    if (hit !== undefined && !this.acceptable(hit >> 3, folded, vkey, VARIANT_MIN_POPULATION)) hit = undefined;
    if (hit === undefined || this.kinds[hit >> 3] === 2) {
      const base = REGION_SUFFIX.exec(folded)?.[1] ?? REGION_PREFIX.exec(folded)?.[1];
      const regionHit = base === undefined ? undefined : this.key(REGIONS, variantKey(base)) ?? this.regionOfPlace(base);
      if (regionHit !== undefined) hit = regionHit;
    }
    if (hit === undefined) hit = this.skeletonHit(folded, vkey);
    if (hit === undefined) return undefined;
    const row = hit >> 3;
    const f = this.fields(row);
    if ((options.strict ?? true) && f[0].includes('w') && this.kinds[row] !== 0 && everydayWord(folded, foldName(f[1]), this.kinds[row])) return undefined;
    return row;
  }

  private skeletonHit(folded: string, vkey: string): number | undefined {
    const skey = skeletonKey(vkey);
    const hit = skey === undefined ? undefined : this.key(SKELETONS, skey);
    // (never a country: their few names and spellings are all listed, and a skeleton that matches one
    // is another word's, "Angela" no Angola, "Comorian" no Cameroon)
    return hit !== undefined && this.kinds[hit >> 3] !== 0 && this.acceptable(hit >> 3, folded, vkey, NOTABLE_POPULATION, true) ? hit : undefined;
  }

  // "the Zaporozhye region", "Chernigov region", "Dnepropetrovsk region": the region index holds
  // the region's own names and its seat's, each folded only as loosely as variantKey; the place
  // lookup folds further (skeletons, exonyms). So the phrase's name is looked up as a place, and
  // a town found is taken by every name it has to the region of that name in its country.
  private regionOfPlace(base: string): number | undefined {
    const vkey = variantKey(base);
    let hit = this.key(NAMES, vkey);
    if (hit !== undefined && !this.acceptable(hit >> 3, base, vkey, VARIANT_MIN_POPULATION)) hit = undefined;
    hit ??= this.skeletonHit(base, vkey);
    if (hit === undefined) return undefined;
    const row = hit >> 3;
    if (this.kinds[row] === 1) return hit;
    if (this.kinds[row] !== 2) return undefined;
    const f = this.fields(row);
    for (const spelling of [f[1], ...aliasesOf(f)]) {
      const region = this.key(REGIONS, variantKey(foldName(spelling)));
      if (region !== undefined && region >> 3 !== row && this.fields(region >> 3)[2] === f[2]) return region;
    }
    return undefined;
  }

  // A key shared by spellings that differ (g/h, doubled letters, vowels) is taken for a town
  // only when the town is a big one: "Sahara" is not the Japanese town Sagara. The consonant
  // skeleton must also end alike and be of a length (not Dmitry → Damaturu, Ukrainian → Ukraine).
  private acceptable(row: number, folded: string, vkey: string, minPopulation: number, skeleton = false): boolean {
    const f = this.fields(row);
    const aliases = (f[7] ?? '').split('|').map((a) => a.replace(/^[!~]/, ''));
    const spellings = [f[1], ...aliases].map(foldName);
    if (spellings.includes(folded)) return true;
    // a short word spelt otherwise is another word more often than a variant ("Hulu" is no Gulu,
    // "Va." no Wa)
    if (folded.length <= 4 && this.kinds[row] !== 0) return false;
    if (this.kinds[row] === 2 && !/[ca]/.test(f[0]) && (Number.parseInt(f[6], 10) || 0) < minPopulation) return false;
    if (!skeleton) return true;
    // (the skeleton drops spaces too: "Far East" is no "Forest"; and it drops every vowel, where a
    // transliteration keeps the syllables and the first vowel's class: "Gorlovka" is "Horlivka",
    // but "Netanyahu" is no "Natitingou", "border" no "Burdur")
    const words = wordCount(vkey);
    const syllables = syllableCount(vkey);
    const vowel = firstVowel(vkey);
    return spellings.some((sp) => {
      const other = variantKey(sp);
      return (
        other.charAt(other.length - 1) === vkey.charAt(vkey.length - 1) &&
        Math.abs(other.length - vkey.length) <= 2 &&
        wordCount(other) === words &&
        syllableCount(other) === syllables &&
        firstVowel(other) === vowel
      );
    });
  }

  private fields(row: number): string[] {
    const start = this.starts[row];
    let end = this.data.indexOf('\n', start);
    if (end < 0) end = this.data.length;
    if (this.data.charCodeAt(end - 1) === 13) end--;
    return this.data.slice(start, end).split('\t');
  }

  private info(row: number): GeoInfo {
    const cached = this.infos.get(row);
    if (cached) return cached;
    const f = this.fields(row);
    const lat = Number.parseFloat(f[3]);
    const lon = Number.parseFloat(f[4]);
    const id = Number.parseInt(f[5], 10);
    const population = Number.parseInt(f[6], 10);
    const info: GeoInfo = {
      kind: KIND_NAMES[this.kinds[row]],
      name: f[1],
      countryCode: f[2] || undefined,
      country: this.countries.get(f[2]),
      lat: Number.isFinite(lat) ? lat : undefined,
      lon: Number.isFinite(lon) ? lon : undefined,
      geonameId: Number.isFinite(id) ? id : undefined,
      population: population > 0 ? population : undefined,
    };
    this.infos.set(row, info);
    return info;
  }

  private score(value: number): number {
    const own = this.scores[value >> 3];
    switch (TAGS[value & 7]) {
      case 'V': case 'K': case 'R': return PREFERRED + own;
      case 'S': return SEAT_ALIAS;
      case 'Q': return REGION - 1;
      // a consonant skeleton is shared by unrelated names ("Noting", "Nantong"): there a big town
      // ranks by its size among towns only, not with the seats
      case 'k': return own;
      // (a town's own score is its population, below every seat's, region's and country's)
      default: return own >= BIG_TOWN && own < REGION ? SEAT + own : own;
    }
  }

  private keep(map: Map<string, number>, key: string, value: number): void {
    const old = map.get(key);
    if (old === undefined) {
      map.set(key, value);
      return;
    }
    const score = this.score(value);
    const before = this.score(old);
    // (between equals, the place of that very name: "Maryland" is the state, not Liberia's
    // Maryland County; read only on a tie, which few keys meet)
    if (score > before || (score === before && this.ownKey(value >> 3) === key && this.ownKey(old >> 3) !== key)) map.set(key, value);
  }

  private ownKey(row: number): string {
    return variantKey(foldName(this.fields(row)[1]));
  }

  /** The sense filed under `key` in one of the three indices. */
  private key(which: number, key: string): number | undefined {
    if (!this.index) return (which === NAMES ? this.names : which === SKELETONS ? this.skeletons : this.regions).get(key);
    const target = INDEX_LETTERS[which] + key;
    const index = this.index;
    let lo = 0;
    let hi = index.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = this.compareKey(index[mid]!, target);
      if (order === 0) return this.valueAt(index[mid]! + target.length + 1);
      if (order < 0) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  /** How the key of the key line at `at` orders against `target` (as JavaScript orders strings). */
  private compareKey(at: number, target: string): number {
    const data = this.data;
    for (let i = 0; ; i++) {
      const c = data.charCodeAt(at + i);
      const ended = c === 9 /* tab */ || c === 10 || Number.isNaN(c);
      if (i === target.length) return ended ? 0 : 1;
      if (ended) return -1;
      const t = target.charCodeAt(i);
      if (c !== t) return c - t;
    }
  }

  private valueAt(at: number): number | undefined {
    const data = this.data;
    let value = 0;
    let i = at;
    for (let c = data.charCodeAt(i); c >= 48 && c <= 57; c = data.charCodeAt(++i)) value = value * 10 + (c - 48);
    return i > at && value >> 3 < this.starts.length ? value : undefined;
  }

  private readIndex(pos: number): void {
    const data = this.data;
    const starts: number[] = [];
    while (pos < data.length) {
      let end = data.indexOf('\n', pos);
      if (end < 0) end = data.length;
      if (end > pos) starts.push(pos);
      pos = end + 1;
    }
    this.index = Int32Array.from(starts);
  }

  private addLine(start: number, end: number, indexed: boolean): void {
    const data = this.data;
    if (data.charCodeAt(end - 1) === 13) end--;
    const kind = KIND_LETTERS.indexOf(data.charAt(start));
    if (kind < 0) return;
    const row = this.starts.length;
    if (kind === 2) {
      const flagsEnd = data.indexOf('\t', start);
      for (let i = start + 1; i < flagsEnd; i++) if (data.charCodeAt(i) === 99 /* c */) this.capitalRows.push(row);
    }
    if (indexed) {
      // the build resolved every key to its best sense, in the key section
      this.starts.push(start);
      this.kinds.push(kind);
      return;
    }
    const f = data.slice(start, end).split('\t');
    if (f.length < 7 || !f[1]) return;
    const flags = f[0];
    const population = Number.parseInt(f[6], 10) || 0;
    this.starts.push(start);
    this.kinds.push(kind);
    this.scores[row] = kind === 0 ? COUNTRY : kind === 1 ? REGION : flags.includes('c') ? CAPITAL + population : flags.includes('a') ? SEAT + population : population;
    const keys = gazetteerKeys(flags, f[1], population, (f[7] ?? '').split('|'));
    for (const token of keys.split('|')) {
      const code = TAG_CODE[token.charAt(0)];
      if (code === undefined || token.length < 2) continue;
      this.keep(code <= 2 ? this.names : code <= 4 ? this.skeletons : this.regions, token.slice(1), row * 8 + code);
    }
  }
}

/** The other names of a line (its aliases column, without their markers). */
function aliasesOf(fields: readonly string[]): string[] {
  return (fields[7] ?? '').split('|').filter((a) => a && !a.startsWith('~')).map((a) => a.replace(/^!/, ''));
}

/** The first eight fields of a line, empty ones added where a line stops short. */
function padded(fields: readonly string[]): string[] {
  const out = fields.slice(0, 8);
  while (out.length < 8) out.push('');
  return out;
}

function wordCount(key: string): number {
  let n = 1;
  for (let i = key.indexOf(' '); i >= 0; i = key.indexOf(' ', i + 1)) n++;
  return n;
}

const VOWEL_RUNS = /[aeiou]+/g;

/** The runs of vowels in a variant key (y and j are i there). */
function syllableCount(key: string): number {
  return key.match(VOWEL_RUNS)?.length ?? 0;
}

/**
 * The class of the first vowel, past a glide: e and i are one (Russian е, Ukrainian і: "Severodonetsk",
 * "Sievierodonetsk"), a and o another (an unstressed o spoken a: "Slavyansk", "Sloviansk").
 */
function firstVowel(key: string): string {
  const at = key.search(/[aeiou]/);
  if (at < 0) return '';
  const vowel = key.charAt(at) === 'i' && /[aeou]/.test(key.charAt(at + 1)) ? key.charAt(at + 1) : key.charAt(at);
  return vowel === 'e' ? 'i' : vowel === 'o' ? 'a' : vowel;
}

/**
 * Whether a place whose name makes an everyday word (the build's `w` flag) is looked up by that
 * word: a town by its whole name ("split"); a region by anything but its full name with its
 * generic word ("northern", "capitol" for "capital region", which is found as "Capital Region" only).
 */
function everydayWord(folded: string, own: string, kind: number): boolean {
  if (kind !== 1) return folded === own;
  return folded !== own || own === (REGION_SUFFIX.exec(own)?.[1] ?? REGION_PREFIX.exec(own)?.[1] ?? own);
}
