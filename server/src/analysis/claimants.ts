// Words that stand for a state or side, and the state they stand for: country names, their
// nationality words (Russian → Russia), seats of government (the Kremlin), national capitals
// used as agents ("rejected by Moscow"), and people whose role names their side ("Ukrainian
// foreign ministry spokesman Georgiy Tykhy", later just "Tykhy").
import claimantData from './data/claimants.json';
import nameWords from './data/name-words.json';
import { execFromCapital } from './capitalScan';
import { demonym } from './lexicon';
import { rememberDetached } from './detached';
import type { Gazetteer } from './gazetteer';
import type { MentionIndex } from './mentionIndex';
import type { Entity, GeoInfo, Span } from './types';
import { isSpaceAt } from './wordShapes';

export interface Agent extends Span {
  /** The state or side, as the gazetteer names the country ("Russia", "United States"). */
  readonly state: string;
  /** The entity that names it, when the article's entities include it. */
  readonly entity: string | null;
  /** True for a person or office (whose side it is), false for the state's own name. */
  readonly byRole: boolean;
  /** Always true: an agent stands for a state or side. */
  readonly isSide: true;
}

/**
 * `a` placed `by` characters further on, naming `entity`. Written field by field: a spread of an
 * agent into a literal that sets fields again is made property by property, and agents are moved
 * at every memo reused and every edit.
 */
export function placedAgent(a: Agent, by: number, entity: string | null): Agent {
  return { start: a.start + by, end: a.end + by, state: a.state, entity, byRole: a.byRole, isSide: a.isSide };
}

// an armed group stands for its own side as a seat of government stands for its state
// (and a union of states for itself: "the European Union does not recognise …")
const METONYMS = new Map([...Object.entries(claimantData.metonyms), ...Object.entries(claimantData.armedGroups), ...Object.entries(claimantData.blocs)].map(([k, v]) => [k.toLowerCase(), v]));
const DEMONYMS = new Map(Object.entries(claimantData.demonyms).map(([k, v]) => [k.toLowerCase(), v]));
const LONGEST_METONYM = Math.max(...[...METONYMS.keys()].map((k) => k.split(' ').length));

// A capital is an agent unless a preposition makes it a place: "in Moscow", "from Kyiv".
const LOCATIVE_BEFORE = /\b(?:in|at|near|from|to|into|of|outside|around|toward|towards|across|via|through|between)\s+(?:the\s+)?$/i;

/** True when `before` (the text just before a name) ends with a place-marking preposition. */
export function endsLocative(before: string): boolean {
  return LOCATIVE_BEFORE.test(before);
}

// a dateline: a place in capitals opening a line, its region or country, then its agency, date or
// dash ("BANGKOK —", "KYIV, Ukraine (AP) —", "MANILA, June 17 —"): where the story was filed, not
// who acts in it
const DATELINE_HEAD = /^[ \t]*\p{Lu}[\p{Lu}.'’ -]*\p{Lu}(?:,[ \t]*\p{L}[\p{L}.'’]*(?: [\p{L}.'’]+)*)?[ \t]*(?:\(|[—–-]|,)/u;
/** Characters from a line's start to the end of a dateline's place and region at most. */
const MAX_DATELINE = 60;

/** Whether text[start, end) is the place, or its region, that opens a dateline. */
function opensDateline(text: string, start: number, end: number): boolean {
  const line = text.lastIndexOf('\n', start - 1) + 1;
  if (end - line > MAX_DATELINE) return false;
  const head = DATELINE_HEAD.exec(text.slice(line, end + 3));
  return head !== null && line + head[0].length >= end;
}

/** The sides the entities give people: each name (in lower case) and its side, and `ClaimantResolver.initialSides`. */
export interface EntityPeople {
  readonly people: ReadonlyMap<string, string>;
  readonly sides: readonly string[];
}

/** Resolves nationality words and names to states; remembers people's sides through a document. */
export class ClaimantResolver {
  /** The sides the entities give people, then those learnt since (which come first). */
  private fromEntities: ReadonlyMap<string, string> = new Map();
  private readonly learnt = new Map<string, string>();
  /**
   * How the people's sides came about, for comparing this document's with another analysis's
   * (sentenceAgents.ts): the entities' sides (side, how many names, the names…), then each change that
   * `rememberPerson` made, as its arguments (name, side…), in order. Equal logs, equal sides.
   */
  private sidesFromEntities: readonly string[] = [];
  readonly changes: string[] = [];
  // the entities' people and their sides, gathered when first asked: most articles' claims
  // stage never asks (no cue of theirs can make a claim)
  private entities: readonly Entity[] | null;
  // each name's side as last asked, until a person is remembered: sentences ask again and again
  private readonly sides = new Map<string, string | null>();
  private readonly stateCache: Map<string, string | null>;
  private readonly placeCache: Map<string, GeoInfo | null>;

  // first words of the names of several words ("saudi", "white"): only these start a phrase
  private readonly phraseHeads: ReadonlySet<string>;
  // what a capitalised word is, apart from people's sides (which the document adds to)
  private readonly wordCache: Map<string, WordSense>;
  private readonly phraseCache: Map<string, WordSense>;
  private readonly roleCache: Map<string, string | null>;

  /** `known`: what `entityPeople` gave for these entities (or others with the same names, types and roles). */
  constructor(private readonly gazetteer: Gazetteer, entities: readonly Entity[], known?: EntityPeople) {
    this.phraseHeads = phraseHeadsOf(gazetteer);
    const caches = cachesOf(gazetteer);
    this.stateCache = caches.states;
    this.placeCache = caches.places;
    this.wordCache = caches.words;
    this.phraseCache = caches.phrases;
    this.roleCache = caches.roles;
    this.entities = entities;
    if (known) {
      this.entities = null;
      this.fromEntities = known.people;
      this.sidesFromEntities = known.sides;
    }
  }

  get initialSides(): readonly string[] {
    this.knowPeople();
    return this.sidesFromEntities;
  }

  /** The sides the entities give people, which this resolver never changes (for another analysis of entities that only moved). */
  get entityPeople(): EntityPeople {
    this.knowPeople();
    return { people: this.fromEntities, sides: this.sidesFromEntities };
  }

  private knowPeople(): void {
    const entities = this.entities;
    if (entities === null) return;
    this.entities = null;
    const people = new Map<string, string>();
    const sides: string[] = [];
    for (const e of entities) {
      if (e.type !== 'person' && e.type !== 'organization') continue;
      // (an organisation's name says its side, "Russian Defence Ministry", but not a people's
      // movement's: "Eritrean People's Liberation Front" is a side of its own)
      const side = this.sideOfRoles([...e.roles, e.type === 'organization' && !PEOPLES.test(e.name) ? e.name : '']);
      if (side) {
        for (const n of [e.name, ...e.aliases]) people.set(n.toLowerCase(), side);
        sides.push(side, String(1 + e.aliases.length), e.name, ...e.aliases);
      }
    }
    this.fromEntities = people;
    this.sidesFromEntities = sides;
  }

  /** The side of a person by name in lower case, as the document has taught so far. */
  private person(key: string): string | undefined {
    return this.learnt.get(key) ?? this.fromEntities.get(key);
  }

  /** The state a nationality word, country name, metonym or capital stands for. */
  stateOf(word: string): string | null {
    const key = withoutPossessive(word).trim();
    if (!key || key.length > 60) return null;
    const cached = this.stateCache.get(key);
    if (cached !== undefined) return cached;
    const state = this.resolve(key);
    remember(this.stateCache, key, state);
    return state;
  }

  private resolve(word: string): string | null {
    const lower = word.toLowerCase();
    const named = METONYMS.get(lower) ?? DEMONYMS.get(lower);
    if (named) return named;
    const country = this.gazetteer.country(word);
    if (country) return country;
    if (!/^\p{Lu}/u.test(word) || /\s/.test(word)) return null;
    // nationality words: Russian, Ukrainian, Israeli, Azerbaijani, Armenian, Taiwanese, Moroccan
    for (const [suffix, replacements] of DEMONYM_RULES) {
      if (!lower.endsWith(suffix) || lower.length <= suffix.length + 2) continue;
      const stem = word.slice(0, word.length - suffix.length);
      for (const r of replacements) {
        const named = this.gazetteer.country(stem + r);
        if (named) return named;
      }
    }
    // the nationality words the entities know, whose country the rules above miss (Mauritian,
    // Filipino); as adjectives only: a people ("Palestinians want …") is no state's side
    const people = lower.endsWith('s') ? undefined : demonym(word);
    return people?.code ? this.gazetteer.country(people.name) ?? null : null;
  }

  /** What a word or phrase stands for as a side, looked up once per document. */
  private senseOf(bare: string, single: boolean): WordSense {
    // keyed by the words themselves (a built key would be a new string to hash every time)
    const cache = single ? this.wordCache : this.phraseCache;
    const cached = cache.get(bare);
    if (cached) return cached;
    // ("Russian-backed": the side; "English-speaking": a language, none)
    const hyphenParts = bare.includes('-') && single ? bare.split('-') : null;
    // ("a Britain-based monitor": where it is, no side)
    const tail = hyphenParts?.[hyphenParts.length - 1]!.toLowerCase();
    const hyphenHead = hyphenParts && !LANGUAGE_TAILS.has(tail!) && !PLACE_TAILS.has(tail!) ? hyphenParts[0] : null;
    let state = this.stateOf(bare);
    if (!state && hyphenHead) state = this.stateOf(hyphenHead);
    const capitalOf = METONYMS.has(bare.toLowerCase()) ? undefined : this.gazetteer.capitalOf(bare);
    const sense = { state, capitalOf, isCountryName: this.gazetteer.country(bare) !== undefined };
    remember(cache, bare, sense);
    return sense;
  }

  /** The side a list of role words names: "Kremlin spokesman" → Russia. */
  sideOfRoles(roles: readonly string[]): string | null {
    for (const role of roles) {
      let side = this.roleCache.get(role);
      if (side === undefined) {
        side = this.sideOfRole(role);
        remember(this.roleCache, role, side);
      }
      if (side) return side;
    }
    return null;
  }

  private sideOfRole(role: string): string | null {
    for (const m of role.matchAll(/[\p{Lu}][\p{L}.’'-]*(?:\s+[\p{Lu}][\p{L}.’'-]*)?/gu)) {
      const words = m[0].split(/\s+/);
      for (const w of [m[0], ...words]) {
        const state = this.stateOf(w.includes('-') ? w.replace(/-\p{L}+$/u, '') : w);
        if (state) return state;
      }
    }
    return null;
  }

  /** True when the gazetteer knows the name as a place (not a side's name). */
  isPlace(name: string): boolean {
    return this.place(name) !== undefined;
  }

  /** The gazetteer's answer for a name, asked once per document. */
  place(name: string): GeoInfo | undefined {
    let hit = this.placeCache.get(name);
    if (hit === undefined) {
      hit = this.gazetteer.lookup(name) ?? null;
      remember(this.placeCache, name, hit);
    }
    return hit ?? undefined;
  }

  /** Records "Kremlin spokesman Dmitry Peskov": Peskov speaks for Russia from here on. */
  rememberPerson(name: string, side: string): void {
    if (this.learn(name, side)) this.sides.clear();
  }

  /** `rememberPerson` for each (name, side) of `log` from `from` to `to` (a log of `changes`). */
  rememberAll(log: readonly string[], from: number, to: number): void {
    let learnt = false;
    for (let k = from; k < to; k += 2) learnt = this.learn(log[k]!, log[k + 1]!) || learnt;
    if (learnt) this.sides.clear();
  }

  /** Whether the person's side is news, which is then learnt and logged. */
  private learn(name: string, side: string): boolean {
    this.knowPeople();
    const [whole, last] = learntKeys(name);
    if (this.person(whole) === side && this.person(last) === side) return false;
    this.learnt.set(whole, side);
    this.learnt.set(last, side);
    this.changes.push(name, side);
    return true;
  }

  sideOfPerson(name: string): string | null {
    this.knowPeople();
    if (this.learnt.size === 0 && this.fromEntities.size === 0) return null;
    let side = this.sides.get(name);
    if (side === undefined) {
      const trimmed = name.trim();
      side = this.person(trimmed.toLowerCase()) ?? this.person(lastWord(trimmed).toLowerCase()) ?? null;
      this.sides.set(name, side);
    }
    return side;
  }

  /** Every word or name in [start, end) of the text that stands for a side, in order. */
  agentsIn(text: string, start: number, end: number, mentions: MentionIndex): Agent[] {
    // pushed, not mapped: once its caller is optimised, map makes a holey array, a shape the
    // claim walk then meets for the first time (and is compiled anew for) a dozen passes on
    const agents = this.agentsInRuns(text, start, end);
    const placed: Agent[] = [];
    for (let k = 0; k < agents.length; k++) {
      const agent = agents[k]!;
      const mention = mentions.at(agent.start);
      // "the Jordan Valley": a state's name opening a place's is no side ("the Kingdom of Denmark",
      // "the State of Israel", which end in it, are the state)
      if (mention !== undefined && mention.entity.type === 'place' && mention.start === agent.start && mention.end > agent.end) continue;
      placed.push(placedAgent(agent, 0, mention?.entity.id ?? null));
    }
    return placed;
  }

  /**
   * As `agentsIn` without their entities; when `readsRun` is given, only in the runs of
   * capitalised words it keeps (given the run's number of words and its end): the others are not
   * looked up.
   */
  agentsInRuns(text: string, start: number, end: number, readsRun?: (words: number, runEnd: number) => boolean): Agent[] {
    return this.sidesIn(text, start, end, (name) => this.sideOfPerson(name), (at) => LOCATIVE_BEFORE.test(text.slice(Math.max(0, at - 20), at)), readsRun);
  }

  /**
   * The agents of [start, end) without their entities, asking the document what it knows only
   * through `sideOf` (the sides of people named so far) and `locative` (whether a place-marking
   * preposition stands just before an offset), so that a caller can tell what they depended on;
   * only in the runs `readsRun` keeps, when given.
   */
  sidesIn(
    text: string, start: number, end: number, sideOf: (name: string) => string | null, locative: (at: number) => boolean,
    readsRun?: (words: number, runEnd: number) => boolean,
  ): Agent[] {
    const agents: Agent[] = [];
    const slice = text.slice(start, end);
    // capitalised words, runs of them, and dotted initialisms (U.S.)
    const runs = CAPITALISED_RUN;
    // the words of a run: where each starts and ends
    const starts: number[] = [];
    const ends: number[] = [];
    let from = 0;
    for (let run = execFromCapital(runs, slice, from); run; run = execFromCapital(runs, slice, from)) {
      from = runs.lastIndex;
      const runStart = start + run.index;
      const count = wordsOf(run[0], runStart, starts, ends);
      if (readsRun && !readsRun(count, ends[count - 1]!)) continue;
      let i = 0;
      while (i < count) {
        let matched = 0;
        // longest phrase first: "White House", "Saudi Arabia", then single words (the run's
        // last word, as most runs' only one, starts no phrase and needs no look-up)
        const longest = i + 1 < count && this.phraseHeads.has(text.slice(starts[i], ends[i]).toLowerCase()) ? Math.min(count - i, Math.max(LONGEST_METONYM, 4)) : 1;
        for (let n = longest; n >= 1 && !matched; n--) {
          const first = starts[i];
          const phraseEnd = ends[i + n - 1];
          const bare = withoutPossessive(trimWord(text.slice(first, phraseEnd)));
          const sense = this.senseOf(bare, n === 1);
          let state = sense.state;
          let byRole = false;
          const capitalOf = sense.capitalOf;
          // (a city-state's name is its country's too: "awarded the rock to Singapore")
          if (capitalOf && !sense.isCountryName) {
            state = capitalOf;
            // a capital stands for its state only as an agent, not as a place
            if (locative(first)) state = null;
            else byRole = true;
          }
          if (!state) {
            const side = sideOf(bare);
            if (side && !this.isPlace(bare)) {
              state = side;
              byRole = true;
            }
          }
          // "Spanish workers": a nationality's civilians are no side
          // (nor do its rebels: "Syrian rebels took Aleppo" fight the state)
          // (an armed group's own rebels are that group: "Houthi rebels", "M23 rebels")
          if (state && !capitalOf && !sense.isCountryName && byRole === false && (civiliansAfter(text, phraseEnd) || !ARMED_SIDES.has(state) && nounAfter(text, phraseEnd, INSURGENT_NOUNS))) state = null;
          // (nor does a dateline's place or country act)
          if (state && opensDateline(text, first, phraseEnd)) state = null;
          if (state) {
            const isCountryName = sense.isCountryName;
            agents.push({ start: first, end: first + bare.length, state, entity: null, byRole: byRole || !isCountryName, isSide: true });
            matched = n;
          }
        }
        i += matched || 1;
      }
    }
    return agents;
  }
}

const CIVILIAN_NOUNS: ReadonlySet<string> = new Set(claimantData.civilianNouns);
const LANGUAGE_TAILS: ReadonlySet<string> = new Set(claimantData.languageTails);
const PLACE_TAILS: ReadonlySet<string> = new Set(claimantData.placeTails);
const INSURGENT_NOUNS: ReadonlySet<string> = new Set(claimantData.insurgentNouns);
const ARMED_SIDES: ReadonlySet<string> = new Set(Object.values(claimantData.armedGroups));
// a people's possessive inside a name (name-words.json possessiveNameWords, as names.ts reads them)
const PEOPLES = new RegExp(`\\b(?:${nameWords.possessiveNameWords.join('|')})['’]s?\\s`);
// the word after a name: a space, then lower-case letters
const WORD_AFTER = /^ ([a-z]+)\b/;
// how far after a name its noun is read
const NOUN_REACH = 16;

/** Whether a noun naming civilians ("workers", "tourists") follows the name ending at `end`. */
function civiliansAfter(text: string, end: number): boolean {
  return nounAfter(text, end, CIVILIAN_NOUNS);
}

/** Whether a noun of `nouns` follows the name ending at `end`. */
function nounAfter(text: string, end: number, nouns: ReadonlySet<string>): boolean {
  const m = WORD_AFTER.exec(text.slice(end, end + NOUN_REACH));
  return m !== null && nouns.has(m[1]!);
}

// (digits inside a name's word: "M23")
const CAPITALISED_RUN = /\p{Lu}[\p{L}\p{M}\p{N}.’'-]*(?:\s+\p{Lu}[\p{L}\p{M}\p{N}.’'-]*)*/gu;

/**
 * The whitespace-separated words of `run` (which stands at `offset`), into the first places of
 * `starts` and `ends`; returns how many. The arrays are reused from run to run, keeping their
 * room: emptied, they would be grown anew for each run.
 */
function wordsOf(run: string, offset: number, starts: number[], ends: number[]): number {
  let count = 0;
  let i = 0;
  while (i < run.length) {
    while (i < run.length && isSpaceAt(run, i)) i++;
    if (i >= run.length) break;
    const from = i;
    while (i < run.length && !isSpaceAt(run, i)) i++;
    starts[count] = offset + from;
    ends[count] = offset + i;
    count++;
  }
  return count;
}

/** The keys under which `rememberPerson(name, …)` sets a side: the whole name and its last word, in lower case. */
export function learntKeys(name: string): readonly [string, string] {
  const parts = name.split(/\s+/);
  return [name.toLowerCase(), parts[parts.length - 1]!.toLowerCase()];
}

/** The last whitespace-separated word of a trimmed name. */
function lastWord(name: string): string {
  let i = name.length;
  while (i > 0 && !isSpaceAt(name, i - 1)) i--;
  return i === 0 ? name : name.slice(i);
}

/** A word without a final possessive 's or apostrophe: what /(?:['’]s|['’])$/ would strip. */
export function withoutPossessive(word: string): string {
  const n = word.length;
  const last = word.charCodeAt(n - 1);
  if (last === 39 || last === 0x2019) return word.slice(0, -1);
  if (last === 115 /* s */ && n >= 2) {
    const before = word.charCodeAt(n - 2);
    if (before === 39 || before === 0x2019) return word.slice(0, -2);
  }
  return word;
}

interface WordSense {
  readonly state: string | null;
  readonly capitalOf: string | undefined;
  readonly isCountryName: boolean;
}

// What words are as states, places and senses depends on the gazetteer alone, not on the
// document: kept per gazetteer, so that a short article does not look up the same words again.
// Bounded: each map is emptied when it reaches this many words, even within one long article.
export const CACHE_SIZE = 50_000;
// No word, name or role is longer: a longer key (a run of capitals with no stop in a malformed
// file) is answered afresh rather than copied and kept.
export const MAX_KEY = 120;

function remember<V>(cache: Map<string, V>, key: string, value: V): void {
  if (key.length <= MAX_KEY) rememberDetached(cache, key, value, CACHE_SIZE);
}

/** How many answers the gazetteer's sense caches hold (for tests of their bound). */
export function rememberedSenses(gazetteer: Gazetteer): number {
  const caches = senseCaches.get(gazetteer);
  return caches ? caches.states.size + caches.places.size + caches.words.size + caches.phrases.size + caches.roles.size : 0;
}

interface SenseCaches {
  readonly states: Map<string, string | null>;
  readonly places: Map<string, GeoInfo | null>;
  readonly words: Map<string, WordSense>;
  readonly phrases: Map<string, WordSense>;
  readonly roles: Map<string, string | null>;
}

const senseCaches = new WeakMap<Gazetteer, SenseCaches>();

function cachesOf(gazetteer: Gazetteer): SenseCaches {
  let caches = senseCaches.get(gazetteer);
  if (!caches) {
    caches = { states: new Map(), places: new Map(), words: new Map(), phrases: new Map(), roles: new Map() };
    senseCaches.set(gazetteer, caches);
  }
  return caches;
}

// The first words of multi-word country names and metonyms ("saudi", "white"), per gazetteer:
// the same for every document, so gathered once.
const phraseHeadSets = new WeakMap<Gazetteer, ReadonlySet<string>>();

function phraseHeadsOf(gazetteer: Gazetteer): ReadonlySet<string> {
  let heads = phraseHeadSets.get(gazetteer);
  if (!heads) {
    const set = new Set<string>();
    for (const name of [...gazetteer.countryNameKeys(), ...METONYMS.keys()]) {
      const space = name.indexOf(' ');
      if (space > 0) set.add(name.slice(0, space));
    }
    heads = set;
    phraseHeadSets.set(gazetteer, heads);
  }
  return heads;
}

// suffix → what to put back to get the country's name
const DEMONYM_RULES: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['ian', ['ia', 'ie', 'e', '', 'y']],
  ['an', ['a', 'o', '']],
  ['n', ['']],
  ['ese', ['', 'a', 'e']],
  ['i', ['', 'a']],
  ['ish', ['', 'y', 'land']],
];

const TRAILING_PUNCTUATION = '.,;:!?';

/** A word without the stop or comma after it, but keeping an initialism's dots (U.S.). */
export function trimWord(word: string): string {
  if (!TRAILING_PUNCTUATION.includes(word.charAt(word.length - 1))) return word;
  if (/^(?:\p{L}\.){2,}$/u.test(word)) return word;
  let end = word.length;
  while (end > 0 && '.,;:!?'.includes(word.charAt(end - 1))) end--;
  return word.slice(0, end);
}
