// One entity per referent: typed mentions in, entities out. People merge by surname ("Peskov"
// is "Dmitry Peskov"), organisations by name, acronym or a shorter lower-case form ("foreign
// ministry"), places by what the gazetteer says they are (Kiev and Kyiv), nationalities by
// country, dates by their words.
import { detached, rememberDetached } from './detached';
import { MentionIndex, orderRunsAsListed, type IndexedMention } from './mentionIndex';
import { forEachOrganisationStem } from './orgStems';
import { type Gender, genderOfWord } from './lexicon';
import type { Entity, EntityType, GeoInfo, Mention } from './types';
import { mapPacked } from './packed';
import { isAscii, withoutMarks } from './wordShapes';
import { NAME_PARTICLES } from './cues';

/** A mention with its type decided, ready to be merged. */
export interface TypedMention extends Mention {
  readonly type: EntityType;
  /** Merging key decided by the mention's finder (a place's gazetteer id, a country code). */
  readonly key?: string;
  /** The words of the name, for people and organisations. */
  readonly words: readonly string[];
  readonly roles?: readonly string[];
  readonly aliases?: readonly string[];
  readonly geo?: GeoInfo;
  /** Written in capitals throughout (a headline): not to be the entity's canonical name. */
  readonly shouted?: boolean;
  /** A person's sex, as an honorific before the name says ("Mrs. Clinton"). */
  readonly gender?: Gender;
}

/** The sex the first name of a cluster's full name says, if any. */
function clusterGender(cluster: Cluster): Gender | undefined {
  const words = cluster.mentions[0]?.words;
  return words === undefined || words.length < 2 ? undefined : genderOfWord(words[0]!, false);
}

/**
 * The person a surname after an honorific of `gender` ("Mrs. Clinton") stands for: of the full
 * names it ends, the one whose first name is of that sex, else the latest named (`recent`) or the
 * first whose first name says no other sex; none when every one's does.
 */
function genderedSurname(recent: Cluster | undefined, named: readonly Cluster[] | undefined, gender: Gender): Cluster | undefined {
  const candidates = recent === undefined ? named ?? [] : [recent, ...(named ?? [])];
  return candidates.find((c) => clusterGender(c) === gender) ?? candidates.find((c) => clusterGender(c) === undefined);
}

interface Cluster {
  type: EntityType;
  mentions: TypedMention[];
  first: number;
  /** A person's: the folded last word of its first mention, which `recent` is keyed by. */
  last: string | undefined;
  /** Its entity's index, once the entities are ordered. */
  index: number;
  /** When it was opened (see `Apart.opened`). */
  opened: number;
}

const GIVEN_NAME_SYLLABLES = /^\p{Lu}\p{Ll}+-\p{Ll}+$/u;

const STOP = new Set(['of', 'the', 'and', '&', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der']);
const foldAfresh = (s: string): string => (isAscii(s) ? s.toLowerCase() : withoutMarks(s).toLowerCase().replace(/[’]/g, "'"));

function initials(words: readonly string[]): string {
  return words.filter((w) => !STOP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Adds `value` to the list under `key` (in place: copying it each time costs the square of its length). */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

// What merging reads of a mention's words, folded (lower case, marks dropped): per words array,
// kept across analyses (an edited document's unchanged blocks hand the merger the same arrays
// each time), so that each is folded and joined once rather than at every edit.
interface FoldedWords {
  /** "first last" folded: a person's key without its prefix. */
  readonly ends: string;
  /** All the words folded and joined by spaces. */
  readonly joined: string;
  readonly first: string;
  readonly last: string;
  // Keys made as asked, kept in the object itself: merging reads one per mention, and a map per
  // words array costs a look-up in another scattered object each time.
  /** `person:${ends}`. */
  personKey: string | undefined;
  /** `${keyType}:${joined}`: a name is nearly always typed the same. */
  typeKey: string | undefined;
  keyType: EntityType | undefined;
  /** The links of a mention with these words (see `linksOf`), and the type and key they were made for. */
  links: Links | undefined;
  linksType: EntityType | undefined;
  linksKey: string | undefined;
  // What an organisation's name files it under, made once per name (the words alone decide them)
  // where every new cluster filtered, folded and joined them again (see `orgFiling`)
  /** `initials(words)`. */
  initials: string | undefined;
  /** The folded shorter forms (`forEachOrgShortForm`), in its order, and which are tails. */
  shortForms: readonly string[] | undefined;
  shortFormTails: readonly boolean[] | undefined;
  /** A one-word name without its stops (U.S. → US), as organisations' initials are asked. */
  dotless: string | undefined;
}
const foldedWords = new WeakMap<readonly string[], FoldedWords>();
// An analysis that keeps nothing makes its words arrays afresh: what merging makes of a one-word
// name (most mentions are one word, and the same few) is kept by the word instead, for every
// document, its strings copies (see detached.ts), and starts over past this many words.
const oneWords = new Map<string, FoldedWords>();
const ONE_WORDS = 20_000;
// … and so is what it makes of a name of more words, by the words joined: a joining is cheaper
// than the folding, and the keys kept with it are strings hashed once, not at every mention (a
// token holds no space, so the joined words tell the words)
const manyWords = new Map<string, FoldedWords>();
function foldedOf(words: readonly string[], fold: (w: string) => string, keep: boolean): FoldedWords {
  if (!keep) {
    if (words.length === 1) {
      const word = words[0]!;
      let f = oneWords.get(word);
      if (f === undefined) {
        f = foldedAfresh([detached(word)], foldAfresh);
        rememberDetached(oneWords, word, f, ONE_WORDS);
      }
      return f;
    }
    const joined = words.join(' ');
    let f = manyWords.get(joined);
    if (f === undefined) {
      f = foldedAfresh(words.map(detached), foldAfresh);
      rememberDetached(manyWords, joined, f, ONE_WORDS);
    }
    return f;
  }
  let f = keep ? foldedWords.get(words) : undefined;
  if (f === undefined) {
    f = foldedAfresh(words, fold);
    if (keep) foldedWords.set(words, f);
  }
  return f;
}
// A person's first and last words are compared as spelled alike across transliterations:
// "Zelensky", "Zelenskiy" and "Zelenskyy", "Dmitry" and "Dmitri" (y for i, doubled letters once).
const spelledAlike = (folded: string): string => folded.replace(/y/g, 'i').replace(/(\p{L})\1+/gu, '$1');

function foldedAfresh(words: readonly string[], fold: (w: string) => string): FoldedWords {
  const plainFirst = fold(words[0] ?? '');
  const first = spelledAlike(plainFirst);
  const last = spelledAlike(fold(words[words.length - 1] ?? ''));
  return {
    ends: `${first} ${last}`, joined: words.length === 1 ? plainFirst : foldAfresh(words.join(' ')), first, last, personKey: undefined, typeKey: undefined, keyType: undefined, links: undefined, linksType: undefined, linksKey: undefined,
    initials: undefined, shortForms: undefined, shortFormTails: undefined, dotless: undefined,
  };
}

/**
 * Fills in what an organisation's name files it under (see `FoldedWords`): kept with the words,
 * which outlive the text, so its strings are `detached` copies.
 */
function orgFiling(f: FoldedWords, words: readonly string[]): void {
  if (f.shortForms !== undefined) return;
  f.initials = detached(initials(words));
  const forms: string[] = [];
  const tails: boolean[] = [];
  forEachOrgShortForm(words, (form, tail) => {
    forms.push(detached(form));
    tails.push(tail);
  });
  f.shortForms = forms;
  f.shortFormTails = tails;
}

/** Whether text starts with a lower-case letter (/^\p{Ll}/u), without the regex for ASCII. */
function startsLower(text: string): boolean {
  const c = text.charCodeAt(0);
  if (c < 128) return c >= 97 && c <= 122;
  return /^\p{Ll}/u.test(text);
}

/**
 * Where merging put each mention, so that an edited document's next analysis can move the
 * entities' mentions instead of merging them again (mergedEntities.ts).
 */
export interface MergeTrace {
  /** Per mention as given: its entity's index, or -1 when it made none. */
  readonly entityOf: Int32Array;
  /** Per mention as given: its place among its entity's mentions. */
  readonly placeOf: Int32Array;
  /** The entities' mention index (mentionIndex.ts), in its order. */
  readonly index: readonly IndexedMention[];
  /** Per entry of `index`: the mention it stands for. */
  readonly indexed: Int32Array;
  /** Per entity: when the merger opened it (see `Apart.opened`). */
  readonly opened: Int32Array;
}

/**
 * Merges mentions (in document order) into entities, ids in order of first mention. `keep`: the
 * mentions' words arrays are kept from one analysis to the next (an edited document's), and
 * what merging makes of them is kept with them. `trace` hears where each mention went, when the
 * mentions came in the mention index's order (only then is the index made from the merger's).
 */
export function mergeMentions(mentions: readonly TypedMention[], keep = false, trace?: (trace: MergeTrace) => void): Entity[] {
  const { entities, entityOf, placeOf, opened } = mergeApart(mentions, keep);
  const starts = new Array<number>(mentions.length);
  const ends = new Array<number>(mentions.length);
  for (let i = 0; i < mentions.length; i++) {
    starts[i] = mentions[i]!.start;
    ends[i] = mentions[i]!.end;
  }
  const made = indexMentions(starts, ends, entityOf, placeOf, entities, opened, trace !== undefined);
  if (made && trace) trace(made);
  return entities;
}

/** Merged mentions: the entities, and per mention its entity's index (-1: none) and its place among the entity's mentions. */
export interface Apart {
  readonly entities: Entity[];
  readonly entityOf: readonly number[];
  readonly placeOf: readonly number[];
  /**
   * Per entity, when the merger opened it: the index of the mention that opened it, plus
   * `OPENED_LATE` when that was after the full names. Entities that start together are ordered so.
   */
  readonly opened: readonly number[];
}

/** Added to `Apart.opened` for an entity opened after the full names (beyond any mention's index). */
export const OPENED_LATE = 2 ** 30;

/**
 * What a mention's merging reads and writes of the merger's tables (see `mergeApart`), as links:
 * `emits` holds a link for each key it reads ("r…") or writes ("w…"), `hits` the link of the
 * other side ("w…" for a key it reads, "r…" for one it writes). Mentions not linked so, even
 * through others, are merged alike whether merged together or apart (what one writes, only those
 * reading the same key see; two that only write a key never read each other's): an edited
 * document merges again only the mentions the edit reaches through these (mergedLocally.ts).
 * Linking more than need be costs time, never correctness.
 */
export function linksOf(m: TypedMention, keep: boolean, sets: { readonly emits: Set<string>; readonly hits: Set<string> }): void {
  // most mentions name what others name too: the links of their words are made once, kept with them
  const f = foldedOf(m.words, foldAfresh, keep);
  if (f.links === undefined || f.linksType !== m.type || f.linksKey !== m.key) {
    // … and shared by every words array of the same name: a document names the same few again and again
    const name = `${m.type}\u0000${m.key ?? ''}\u0000${m.words.join('\u0000')}`;
    let links = linksByName.get(name);
    if (links === undefined) rememberDetached(linksByName, name, (links = linksAfresh(m, f)), LINKED_NAMES);
    f.links = links;
    f.linksType = m.type;
    f.linksKey = m.key;
  }
  for (const link of f.links.emits) sets.emits.add(link);
  for (const link of f.links.hits) sets.hits.add(link);
}

// the links of each name (type, key and words as written) lately linked, for any document
const linksByName = new Map<string, Links>();
const LINKED_NAMES = 20_000;

/** What a group of mentions reads and writes of the merger's tables (see `linksOf`). */
export interface Links {
  readonly emits: readonly string[];
  readonly hits: readonly string[];
}

function linksAfresh(m: TypedMention, f: FoldedWords): Links {
  const emits: string[] = [];
  const hits: string[] = [];
  const reads = (link: string): void => {
    emits.push(`r${link}`);
    hits.push(`w${link}`);
  };
  const writes = (link: string): void => {
    emits.push(`w${link}`);
    hits.push(`r${link}`);
  };
  const both = (link: string): void => {
    reads(link);
    writes(link);
  };
  const links = { emits, hits };
  // the table of keys: every key is prefixed by its type ("person:…", "place:…"), the other links by a character no key starts with
  if (m.key !== undefined && m.type !== 'person' && m.type !== 'organization') {
    both(m.key);
    return links;
  }
  if (m.type === 'person') {
    if (m.words.length >= 2 && particleSurname(m.words)) {
      // (looked up as a surname: mergeApart)
      both(`person:${f.ends}`);
      both(`\u0001${f.last}`);
      return links;
    }
    if (m.words.length >= 2) {
      both(`person:${f.ends}`);
      // the surname and forename tables (a surname's latest entity is filed under its word too)
      writes(`\u0001${f.last}`);
      writes(`\u0002${f.first}`);
      return links;
    }
    both(m.key ?? `person:${f.joined}`);
    reads(`\u0002${f.first}`);
    both(`\u0001${f.first}`);
    return links;
  }
  both(m.key ?? `${m.type}:${f.joined}`);
  if (m.type !== 'organization') return links;
  // acronyms, and the shorter forms of organisations' names
  if (m.words.length === 1) reads(`\u0003${(m.words[0] ?? '').replace(/\./g, '')}`);
  else writes(`\u0003${initials(m.words)}`);
  reads(`\u0004${f.joined}`);
  forEachOrgShortForm(m.words, (form) => writes(`\u0004${form}`));
  return links;
}

/** Each folded shorter form of an organisation's name the merger files it under: its lower-case tail, its stems. */
function forEachOrgShortForm(words: readonly string[], visit: (form: string, tail: boolean) => void): void {
  // a lower-case organisation is also named without its country ("foreign ministry")
  for (let k = 1; k < words.length; k++) {
    if (!/^\p{Ll}/u.test(words[k]!)) continue;
    visit(foldAfresh(words.slice(k).join(' ')), true);
    break;
  }
  // … and without the words that end it ("Harrow" for "Harrow Bancorp Inc.")
  forEachOrganisationStem(words, (stem) => visit(foldAfresh(stem), false));
  // … and by its head before "of" ("the House" for "the House of Representatives", "the Bank" for "the Bank of England")
  const head = words[0] === 'The' ? 1 : 0;
  if (words.length >= head + 3 && words[head + 1] === 'of' && /^\p{Lu}/u.test(words[head]!)) visit(foldAfresh(words[head]!), false);
}

/**
 * Merges mentions (in document order) into entities, ids in order of first mention, and says
 * where each mention went. Every table below is keyed by one of the mention's `linksOf`.
 */
/**
 * "De Laurentiis", "von der Leyen", "Le Pen": a name whose words before the last are all particles
 * is a surname alone ("Al", a given name as often as a particle, is none: "Al Gore").
 */
function particleSurname(words: readonly string[]): boolean {
  for (let k = 0; k < words.length - 1; k++) {
    const w = words[k]!.toLowerCase();
    if (w === 'al' || !NAME_PARTICLES.has(w)) return false;
  }
  return true;
}

export function mergeApart(mentions: readonly TypedMention[], keep: boolean): Apart {
  // an article names the same few people and places again and again: each word is folded once
  const folded = new Map<string, string>();
  const fold = (w: string): string => {
    let f = folded.get(w);
    if (f === undefined) {
      f = foldAfresh(w);
      folded.set(w, f);
    }
    return f;
  };
  const n = mentions.length;
  // each mention's keys, made once: a person's by first and last word, any mention's by all its words
  const personKeys = new Array<string>(n);
  const keys = new Array<string>(n);
  const folds = new Array<FoldedWords>(n);
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    // places, nationalities and dates come keyed, and only people's and organisations' words are read below
    if (m.key !== undefined && m.type !== 'person' && m.type !== 'organization') {
      keys[i] = m.key;
      continue;
    }
    const f = foldedOf(m.words, fold, keep);
    folds[i] = f;
    if (m.type === 'person') {
      personKeys[i] = f.personKey ??= `person:${f.ends}`;
    }
    let key = m.key;
    if (key === undefined) {
      if (f.keyType !== m.type) {
        f.typeKey = `${m.type}:${f.joined}`;
        f.keyType = m.type;
      }
      key = f.typeKey!;
    }
    keys[i] = key;
  }
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const open = (m: TypedMention, key: string, opened: number): Cluster => {
    const c: Cluster = { type: m.type, mentions: [], first: m.start, last: undefined, index: -1, opened };
    clusters.push(c);
    byKey.set(key, c);
    return c;
  };

  // an organisation named by another's shorter form ("Harlow Steel" in a headline before "Harlow
  // Steel Plc") opens no entity of its own: it joins the longer name below
  const stemsOfLonger = new Set<string>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.type !== 'organization' || m.words.length < 3 || startsLower(m.text)) continue;
    const f = folds[i]!;
    orgFiling(f, m.words);
    const tails = f.shortFormTails!;
    f.shortForms!.forEach((form, k) => {
      if (!tails[k] && form.includes(' ')) stemsOfLonger.add(form);
    });
  }
  // people: full names first, so that a surname before its full name still finds it
  const surnames = new Map<string, Cluster[]>();
  const forenames = new Map<string, Cluster[]>();
  const orgInitials = new Map<string, Cluster>();
  const orgTails = new Map<string, Cluster[]>();
  const orgStems = new Map<string, Cluster[]>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    if (m.words.length < 2 || (m.type !== 'person' && m.type !== 'organization') || startsLower(m.text)) continue;
    // ("De Laurentiis", "Le Pen": a surname that opens with its particle is looked up as a surname, below)
    if (m.type === 'person' && particleSurname(m.words)) continue;
    const key = m.type === 'person' ? personKeys[i]! : keys[i]!;
    if (byKey.has(key)) continue;
    if (m.type === 'organization' && stemsOfLonger.size > 0 && stemsOfLonger.has(folds[i]!.joined)) continue;
    const c = open(m, key, i);
    if (m.type === 'person') {
      append(surnames, folds[i]!.last, c);
      append(forenames, folds[i]!.first, c);
      // "Ban Ki-moon", "Chen Yu-fan": the family name first, before a given name whose syllables a hyphen joins
      if (m.words.length === 2 && GIVEN_NAME_SYLLABLES.test(m.words[1]!)) append(surnames, folds[i]!.first, c);
    } else {
      const f = folds[i]!;
      orgFiling(f, m.words);
      const acronym = f.initials!;
      if (acronym.length >= 2 && !orgInitials.has(acronym)) orgInitials.set(acronym, c);
      const forms = f.shortForms!;
      const tails = f.shortFormTails!;
      for (let k = 0; k < forms.length; k++) append(tails[k] ? orgTails : orgStems, forms[k]!, c);
    }
  }

  // each mention's cluster and its place among the cluster's mentions (for the mention index)
  const clusterOf = new Array<Cluster | undefined>(n);
  // plain arrays: a typed one of more than 64 bytes has its buffer made outside the heap, dear
  // for a few dozen numbers made once per article
  const placeOf = new Array<number>(n).fill(0);
  const recent = new Map<string, Cluster>();
  for (let i = 0; i < n; i++) {
    const m = mentions[i]!;
    let cluster: Cluster | undefined;
    if (m.type === 'person') {
      if (m.words.length >= 2 && particleSurname(m.words)) {
        const w = folds[i]!.last;
        cluster = recent.get(w) ?? surnames.get(w)?.[0] ?? byKey.get(personKeys[i]!);
      } else if (m.words.length >= 2) cluster = byKey.get(personKeys[i]!);
      else {
        const w = folds[i]!.first;
        const gender = m.gender;
        // ("Mrs. Clinton" after Hillary and Bill Clinton: the one whose first name may be a woman's)
        cluster = gender === undefined
          ? recent.get(w) ?? surnames.get(w)?.[0] ?? (forenames.get(w)?.length === 1 ? forenames.get(w)![0] : undefined)
          : genderedSurname(recent.get(w), surnames.get(w), gender);
      }
    } else if (m.type === 'organization') {
      cluster = byKey.get(keys[i]!);
      // (most documents name no organisation in two words or more: nothing to look up then)
      if (!cluster && m.words.length === 1 && orgInitials.size > 0) {
        const f = folds[i]!;
        cluster = orgInitials.get((f.dotless ??= detached(m.words[0]!.replace(/\./g, ''))));
      }
      if (!cluster && (orgTails.size > 0 || orgStems.size > 0)) {
        const tails = orgTails.get(folds[i]!.joined) ?? orgStems.get(folds[i]!.joined);
        if (tails?.length === 1) cluster = tails[0];
      }
    } else cluster = byKey.get(keys[i]!);
    if (!cluster) {
      // an organisation's bare lower-case form with nothing to attach to is no entity
      if (m.type === 'organization' && startsLower(m.text)) continue;
      cluster = open(m, m.type === 'person' && m.words.length >= 2 ? personKeys[i]! : keys[i]!, OPENED_LATE + i);
      if (m.type === 'person' && m.words.length === 1 && !surnames.has(folds[i]!.first)) surnames.set(folds[i]!.first, [cluster]);
    }
    if (m.type === 'person' && cluster.type === 'person') {
      let last = cluster.last;
      if (last === undefined) {
        const words = cluster.mentions[0]?.words ?? m.words;
        // (as the mention's own folding has it: one rule for the surname tables and `recent`)
        last = foldedOf(words, fold, keep).last;
        if (cluster.mentions.length > 0) cluster.last = last;
      }
      recent.set(last, cluster);
    }
    clusterOf[i] = cluster;
    placeOf[i] = cluster.mentions.length;
    cluster.mentions.push(m);
    if (m.start < cluster.first || cluster.mentions.length === 1) cluster.first = Math.min(cluster.first, m.start);
  }

  const live = clusters.filter((c) => c.mentions.length > 0);
  for (const c of live) {
    // a live cluster has a mention: starting from it keeps `first` an integer (from Infinity,
    // optimised code stored it as a double and changed the clusters' hidden class)
    let first = c.mentions[0]!.start;
    for (const m of c.mentions) if (m.start < first) first = m.start;
    c.first = first;
  }
  sortNearlySorted(live);
  const entities = mapPacked(live, (c, i) => {
    c.index = i;
    return toEntity(c, i);
  });
  const entityOf = new Array<number>(n);
  for (let i = 0; i < n; i++) entityOf[i] = clusterOf[i]?.index ?? -1;
  return { entities, entityOf, placeOf, opened: live.map((c) => c.opened) };
}

/**
 * Sorts clusters by their first mention, stably, as `Array.prototype.sort` would: they come
 * nearly in that order (opened mention by mention, full names first), which an insertion sort
 * puts right in a pass where the builtin called back into the comparison for every pair. Past a
 * budget of moves linear in their number it leaves the rest to the builtin, which, the moves so
 * far having kept equal clusters in their order, sorts them as it would have from the start.
 */
export function sortNearlySorted<T extends { readonly first: number }>(clusters: T[]): void {
  let budget = 4 * clusters.length;
  for (let i = 1; i < clusters.length; i++) {
    const c = clusters[i]!;
    let j = i - 1;
    while (j >= 0 && clusters[j]!.first > c.first) {
      if (--budget < 0) {
        clusters[j + 1] = c;
        clusters.sort((a, b) => a.first - b.first);
        return;
      }
      clusters[j + 1] = clusters[j]!;
      j--;
    }
    clusters[j + 1] = c;
  }
}

/**
 * The entities' mention index (mentionIndex.ts) made from the merger's own order, and where each
 * mention went: mentions come in document order (by start, the longer first), which is the
 * index's, so no sort is needed; only mentions with the same start and end are put in the order
 * the entities list them. When the mentions came in another order, or an entity's came out of
 * order (its entity lists them sorted), the index is left to be made the usual way. Where each
 * mention went is returned only when `traced`, in the arrays given when they are Int32Arrays.
 */
export function indexMentions(
  starts: ArrayLike<number>, ends: ArrayLike<number>, entityOf: ArrayLike<number>, placeOf: ArrayLike<number>, entities: readonly Entity[], opened: ArrayLike<number>, traced = true,
): MergeTrace | undefined {
  const n = entityOf.length;
  // plain arrays: a typed one of more than 64 bytes has its buffer made outside the heap, dear
  // for a few dozen numbers made once per article
  // an entry's `listed` is its entity's first place in the listing plus the mention's place
  const firstListed = new Array<number>(entities.length + 1);
  firstListed[0] = 0;
  for (let e = 0; e < entities.length; e++) firstListed[e + 1] = firstListed[e]! + entities[e]!.mentions.length;
  const lastStart = new Array<number>(entities.length).fill(-1);
  const mentionListed = traced ? new Int32Array(firstListed[entities.length]!) : undefined;
  const list: IndexedMention[] = [];
  for (let i = 0; i < n; i++) {
    const e = entityOf[i]!;
    if (e < 0) continue;
    const start = starts[i]!;
    const end = ends[i]!;
    if (start < lastStart[e]!) return undefined;
    lastStart[e] = start;
    const last = list[list.length - 1];
    if (last && (start < last.start || (start === last.start && end > last.end))) return undefined;
    const listed = firstListed[e]! + placeOf[i]!;
    if (mentionListed) mentionListed[listed] = i;
    list.push({ start, end, entity: entities[e]!, listed });
  }
  // the same span in two entities: as listed
  orderRunsAsListed(list, (a, b) => a.start === b.start && a.end === b.end);
  MentionIndex.preset(entities, list);
  if (!mentionListed) return undefined;
  const indexed = new Int32Array(list.length);
  for (let k = 0; k < list.length; k++) indexed[k] = mentionListed[list[k]!.listed]!;
  const own = (list: ArrayLike<number>): Int32Array => (list instanceof Int32Array ? list : Int32Array.from(list));
  return { entityOf: own(entityOf), placeOf: own(placeOf), index: list, indexed, opened: own(opened) };
}

function inOrder(mentions: readonly TypedMention[]): boolean {
  for (let i = 1; i < mentions.length; i++) if (mentions[i - 1]!.start > mentions[i]!.start) return false;
  return true;
}

/** Negative when `a` is the fuller form of a name than `b`. */
function fuller(a: TypedMention, b: TypedMention): number {
  return Number(isLoud(a)) - Number(isLoud(b)) || Number(ownName(b)) - Number(ownName(a)) || b.words.length - a.words.length || b.text.length - a.text.length;
}

/** A place written as the gazetteer names it ("West Bank", not the "Judea and Samaria" it also knows). */
const ownName = (m: TypedMention): boolean => m.geo?.name === m.text;

/** In a line of capitals, or itself in capitals where another mention may not be: a dateline's "KYIV". */
function isLoud(m: TypedMention): boolean {
  if (m.shouted) return true;
  const text = m.text;
  // most names have a lower-case letter second ("Kyiv"): refused at once
  const second = text.charCodeAt(1);
  if (second >= 97 && second <= 122) return false;
  return text.length > 1 && text === text.toUpperCase() && text !== text.toLowerCase();
}

function toEntity(c: Cluster, index: number): Entity {
  // mentions come in document order: sorted already, but for a stable sort's sake check
  const mentions = inOrder(c.mentions) ? c.mentions : [...c.mentions].sort((a, b) => a.start - b.start);
  // most entities are named once: their name, aliases and roles are the mention's
  if (mentions.length === 1) {
    const m = mentions[0]!;
    return entityOf(c, index, mentions, m.text, distinct(m.aliases, m.text), distinct(m.roles, undefined), m.geo);
  }
  // the fullest form is the one with most words, then the longest; headline capitals come last;
  // each text ranked as its first mention has it, the first written first on a tie
  const forms = new Set<string>();
  let best = mentions[0]!;
  for (const m of mentions) {
    if (forms.has(m.text)) continue;
    forms.add(m.text);
    if (fuller(m, best) < 0) best = m;
  }
  const name = best.text;
  const aliases = new Set<string>();
  const roles = new Set<string>();
  let geo: GeoInfo | undefined;
  for (const m of mentions) {
    if (m.text !== name) aliases.add(m.text);
    const mentionAliases = m.aliases;
    if (mentionAliases) for (let k = 0; k < mentionAliases.length; k++) if (mentionAliases[k] !== name) aliases.add(mentionAliases[k]!);
    const mentionRoles = m.roles;
    if (mentionRoles) for (let k = 0; k < mentionRoles.length; k++) roles.add(mentionRoles[k]!);
    if (!geo || (geo.kind === 'place' && m.geo && m.geo.kind !== 'place')) geo = m.geo ?? geo;
  }
  return entityOf(c, index, mentions, name, [...aliases], [...roles], geo);
}

function entityOf(c: Cluster, index: number, mentions: readonly TypedMention[], name: string, aliases: string[], roles: string[], geo: GeoInfo | undefined): Entity {
  return entity(`e${index + 1}`, c.type, name, aliases, roles, mapPacked(mentions, (m) => ({ start: m.start, end: m.end, text: m.text })), c.type === 'place' ? geo : undefined);
}

/**
 * `entity` renumbered or with its mentions moved, as the merger would make it (an edited
 * document's, mergedEntities.ts): one shape for all, which a spread of entities with and without
 * a place would not keep.
 */
export function entityAs(e: Entity, id: string, mentions: readonly Mention[]): Entity {
  return entity(id, e.type, e.name, e.aliases, e.roles, mentions, e.geo);
}

function entity(id: string, type: EntityType, name: string, aliases: readonly string[], roles: readonly string[], mentions: readonly Mention[], geo: GeoInfo | undefined): Entity {
  // the key order is the annotations' JSON
  return geo ? { id, type, name, aliases, roles, mentions, geo } : { id, type, name, aliases, roles, mentions };
}

/** The distinct words of a list but `except`, in order: what a Set of them would hold. */
function distinct(list: readonly string[] | undefined, except: string | undefined): string[] {
  if (!list || list.length === 0) return [];
  if (list.length === 1) return list[0] === except ? [] : [list[0]!];
  const out = new Set<string>();
  for (const w of list) if (w !== except) out.add(w);
  return [...out];
}
