// Where a sentence's territory mentions may stand, told without finding them. territoryMentions
// (territories.ts) looks every capitalised run of the sentence up in the gazetteer, runs the
// anaphor expression over it and sorts what it finds; most sentences with a cue are read only to
// learn that no territory stands in the cue's object slot (claims.ts). Every mention it finds is
// a place mention of the entities, or what a capitalised run names (within the run and the region
// word after it), or an anaphor (a determiner, up to three words and a noun), or a generic noun:
// the few of these near a cue are cheaper to bound than the sentence's mentions are to find. Each
// answer is a necessary condition: false means territoryMentions finds no such mention there.
import cueData from './data/claim-cues.json';
import { execFromCapital } from './capitalScan';
import { caselessSource } from './caseless';
import type { ClaimantResolver } from './claimants';
import type { IndexedMention, MentionIndex } from './mentionIndex';
import { ANAPHOR, ANAPHOR_DETERMINERS, ANAPHOR_NOUN_WORDS, ANAPHOR_WORD_CHARACTER, CAPITALISED_RUN, REGION_READ, RUN_CONNECTORS, runTerritory, type TerritoryMention } from './territories';
import { isAsciiSpace } from './wordShapes';

// The words alone, each letter as the class of what matches it under 'iu' (caseless.ts), with no
// \b and no u flag: they match wherever the anaphor's words or the generic noun do, and more.
const caselessWords = (words: readonly string[]) => new RegExp(words.map(caselessSource).join('|'), 'g');
const NOUNS = caselessWords(ANAPHOR_NOUN_WORDS);
const LONGEST_NOUN = Math.max(...ANAPHOR_NOUN_WORDS.map((w) => w.length));
const GENERICS = caselessWords(cueData.genericNouns);
const LONGEST_GENERIC = Math.max(...cueData.genericNouns.map((w) => w.length));
const DETERMINERS = caselessWords(ANAPHOR_DETERMINERS);
// what may open a generic noun or an anaphor, and the words of either, each as one expression
const OPENINGS = caselessWords([...cueData.genericNouns, ...ANAPHOR_DETERMINERS]);
const LONGEST_OPENING = Math.max(LONGEST_GENERIC, ...ANAPHOR_DETERMINERS.map((w) => w.length));
// copies: these keep their own place (lastIndex) while territoryMentions uses the originals
const RUN = new RegExp(CAPITALISED_RUN);
const ANAPHORS = new RegExp(ANAPHOR);
const ANAPHOR_AT = new RegExp(ANAPHOR.source, ANAPHOR.flags.replace('g', 'y'));
// The rest of a word and up to four more, as the anaphor expression reads words (letters, marks,
// digits, apostrophes and hyphens, and commas between digits, between spaces): an anaphor holding
// a span has its noun within them.
const WORDS_AHEAD = new RegExp(`${ANAPHOR_WORD_CHARACTER}*(?:\\s+${ANAPHOR_WORD_CHARACTER}+){0,4}`, 'uy');

// the first two letters of each connector: a word starting so may join a run
const CONNECTOR_STARTS: ReadonlySet<string> = new Set(RUN_CONNECTORS.map((w) => w.slice(0, 2)));

const NO_SPANS: readonly number[] = Object.freeze([]);
const PLACES = ['place'] as const;

const asciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const asciiDigit = (c: number): boolean => c >= 48 && c <= 57;
// the determiners of one word ("all the" opens with "all")
const SINGLE_DETERMINERS: ReadonlySet<string> = new Set(ANAPHOR_DETERMINERS.filter((w) => !w.includes(' ')));
const SHORTEST_DETERMINER = Math.min(...[...SINGLE_DETERMINERS].map((w) => w.length));
const LONGEST_DETERMINER = Math.max(...[...SINGLE_DETERMINERS].map((w) => w.length));

/** A-Z or any code unit outside ASCII: what may be a capital (\p{Lu}) as a run's expression reads it. */
const mayBeCapital = (c: number): boolean => (c >= 65 && c <= 90) || c >= 128;

/** Where the territory mentions of the sentence [start, end) may stand (offsets in the text). */
export class TerritoryBounds {
  private sentence: string | undefined;
  private places: readonly IndexedMention[] | undefined;
  /** What each run read so far names (runTerritory), by where it starts: null for nothing. */
  private readonly named = new Map<number, TerritoryMention | null>();
  /** The anaphor expression's matches in the sentence, as start, end…, once needed. */
  private anaphors: readonly number[] | undefined;

  constructor(
    private readonly text: string,
    private readonly start: number,
    private readonly end: number,
    private readonly entities: MentionIndex,
    private readonly claimants: ClaimantResolver,
  ) {}

  /** Whether a mention may start in [from, to); an unknown capitalised name counts only where `candidates()`. */
  mayStartIn(from: number, to: number, candidates: () => boolean): boolean {
    if (from >= to) return false;
    for (const p of this.placeMentions()) if (p.start < to && p.end > from) return true;
    // a run's mention starts at one of its words
    if (this.runNaming(from, to, from, to - 1, candidates, true)) return true;
    // most spans hold neither a generic noun nor a determiner
    if (!this.occurs(OPENINGS, LONGEST_OPENING, from, to)) return false;
    if (this.occurs(GENERICS, LONGEST_GENERIC, from, to)) return true;
    // an anaphor starts with its determiner: the expression is tried where one stands
    const slice = this.slice();
    const last = Math.min(to, this.end) - this.start;
    DETERMINERS.lastIndex = Math.max(0, from - this.start);
    for (let d = DETERMINERS.exec(slice); d !== null && d.index < last; d = DETERMINERS.exec(slice)) {
      ANAPHOR_AT.lastIndex = d.index;
      if (ANAPHOR_AT.test(slice)) return true;
      // every place where one starts ("all the" holds "the")
      DETERMINERS.lastIndex = d.index + 1;
    }
    return false;
  }

  /** Whether a mention may end in [from, to]; an unknown capitalised name counts only where `candidates()`. */
  mayEndIn(from: number, to: number, candidates: () => boolean): boolean {
    if (from > to) return false;
    for (const p of this.placeMentions()) if (p.end >= from && p.end <= to) return true;
    // a run's mention ends within it or in the region word read after it
    if (this.runNaming(from - REGION_READ - 1, to, from, to, candidates, false)) return true;
    // an anaphor ends with its noun
    return this.occurs(NOUNS, LONGEST_NOUN, from - LONGEST_NOUN, to) || this.occurs(GENERICS, LONGEST_GENERIC, from - LONGEST_GENERIC, to);
  }

  /** Whether an anaphor or a generic noun may hold [from, to). */
  mayHold(from: number, to: number): boolean {
    if (this.genericMayHold(from, to)) return true;
    if (!this.determinerNear(from)) return false;
    // an anaphor holding the span ends with a noun ending at `to` or later, within four words
    WORDS_AHEAD.lastIndex = to - this.start;
    const ahead = WORDS_AHEAD.exec(this.slice());
    if (!this.occurs(NOUNS, LONGEST_NOUN, to - LONGEST_NOUN, to + (ahead ? ahead[0].length : 0))) return false;
    const anaphors = this.anaphorSpans();
    for (let i = 0; i < anaphors.length; i += 2) if (anaphors[i]! <= from && anaphors[i + 1]! >= to) return true;
    return false;
  }

  /** Whether a generic noun may hold [from, to): one word of letters, no longer than the longest. */
  private genericMayHold(from: number, to: number): boolean {
    if (to - from > LONGEST_GENERIC) return false;
    for (let i = from; i < to; i++) {
      const c = this.text.charCodeAt(i);
      if (c < 128 && !asciiLetter(c)) return false;
    }
    return this.occurs(GENERICS, LONGEST_GENERIC, to - LONGEST_GENERIC, to);
  }

  /**
   * Whether an anaphor holding `at` may open there or before: with a determiner opening the word
   * holding `at` or one of the three before it (an anaphor is a determiner, up to three words and
   * its noun, all separated by spaces; "all the" holds "the"). Read backwards over ASCII only:
   * any other character answers that one may.
   */
  private determinerNear(at: number): boolean {
    const text = this.text;
    const start = this.start;
    let i = at;
    for (let words = 0; ; words++) {
      // back to the start of the word (a modifier may hold digits: "the 160,000-square-kilometre area")
      for (; i > start; i--) {
        const c = text.charCodeAt(i - 1);
        if (c >= 128) return true;
        if (!asciiLetter(c) && c !== 39 && c !== 45 && !asciiDigit(c) && !(c === 44 && i - 1 > start && asciiDigit(text.charCodeAt(i - 2)) && asciiDigit(text.charCodeAt(i)))) break;
      }
      if (this.determinerAt(i)) return true;
      if (words === 3) return false;
      // the spaces before it, if any: without them no word before is the anaphor's
      let j = i;
      for (; j > start; j--) {
        const c = text.charCodeAt(j - 1);
        if (c >= 128) return true;
        if (!isAsciiSpace(c)) break;
      }
      if (j === i || j === start) return false;
      i = j;
    }
  }

  /** Whether a determiner followed by a space (or a character outside ASCII) may stand at `at`. */
  private determinerAt(at: number): boolean {
    const text = this.text;
    let end = at;
    for (; end < this.end; end++) {
      const c = text.charCodeAt(end);
      if (c >= 128) return true;
      if (!asciiLetter(c)) break;
    }
    if (end - at < SHORTEST_DETERMINER || end - at > LONGEST_DETERMINER) return false;
    const next = end < this.end ? text.charCodeAt(end) : -1;
    if (next < 128 && !isAsciiSpace(next)) return false;
    return SINGLE_DETERMINERS.has(text.slice(at, end).toLowerCase());
  }

  /** Whether `words` (global, caseless words no longer than `longest`) match in the sentence at a start in [from, to). */
  private occurs(words: RegExp, longest: number, from: number, to: number): boolean {
    const a = Math.max(this.start, from);
    const b = Math.min(this.end, to - 1 + longest);
    if (a >= Math.min(to, b)) return false;
    words.lastIndex = 0;
    const m = words.exec(this.text.slice(a, b));
    return m !== null && a + m.index < to;
  }

  /**
   * Whether a run overlapping [over, before) names a territory (an unknown name only where
   * `candidates()`) whose start (`atStart`) or end lies in [from, to].
   */
  private runNaming(over: number, before: number, from: number, to: number, candidates: () => boolean, atStart: boolean): boolean {
    const slice = this.slice();
    // the runs read from an offset no run holds are those read from the sentence's start
    let at = this.uncovered(over) - this.start;
    // each starts with a capital: most spans near a cue have none
    const last = Math.min(before, this.end) - this.start;
    let capital = at;
    while (capital < last && !mayBeCapital(slice.charCodeAt(capital))) capital++;
    if (capital >= last) return false;
    for (let run = execFromCapital(RUN, slice, at); run !== null && this.start + run.index < before; run = execFromCapital(RUN, slice, at)) {
      at = RUN.lastIndex;
      const runStart = this.start + run.index;
      if (runStart + run[0].length <= over) continue;
      let named = this.named.get(runStart);
      if (named === undefined) this.named.set(runStart, (named = runTerritory(this.text, run[0], runStart, this.claimants) ?? null));
      if (named === null) continue;
      const end = atStart ? named.start : named.end;
      if (end >= from && end <= to && (named.kind !== 'candidate' || candidates())) return true;
    }
    return false;
  }

  /**
   * An offset of the sentence at or before `at` that no capitalised run holds (or the sentence's
   * start): a character no run holds, or a lower-case word after a space that is no connector.
   */
  private uncovered(at: number): number {
    const text = this.text;
    for (let i = Math.min(at, this.end - 1); i > this.start; i--) {
      const c = text.charCodeAt(i);
      // letters, marks, dots, apostrophes, hyphens, spaces and no-break spaces may be a run's
      if (c >= 128 || (c >= 65 && c <= 90) || c === 46 || c === 39 || c === 45 || c === 32) continue;
      if (c < 97 || c > 122) return i;
      if (text.charCodeAt(i - 1) === 32 && !CONNECTOR_STARTS.has(text.slice(i, i + 2))) return i;
    }
    return this.start;
  }

  private placeMentions(): readonly IndexedMention[] {
    return (this.places ??= this.entities.within(this.start, this.end, PLACES));
  }

  private slice(): string {
    return (this.sentence ??= this.text.slice(this.start, this.end));
  }

  /** The anaphor expression's matches as territoryMentions finds them (before it drops any). */
  private anaphorSpans(): readonly number[] {
    if (this.anaphors) return this.anaphors;
    const spans: number[] = [];
    const slice = this.slice();
    ANAPHORS.lastIndex = 0;
    for (let a = ANAPHORS.exec(slice); a !== null; a = ANAPHORS.exec(slice)) spans.push(this.start + a.index, this.start + a.index + a[0].length);
    return (this.anaphors = spans.length ? spans : NO_SPANS);
  }
}
