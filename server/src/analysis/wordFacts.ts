// What the word lists say of one word, asked once per distinct word: the name tests ask the same
// few lists of every capitalised token, and each ask of a list would otherwise lower-case the
// word anew and hash the copy.
import { rememberDetached } from './detached';
import { COMMON_WORDS, countryNamed, demonym, FIRST_NAMES, FUNCTION_WORDS, HONORIFICS, KNOWN_ORGS, MONTHS, ORG_SUFFIXES, ROLE_HEADS, ROLE_MODIFIERS, startsDemonym, WEEKDAYS } from './lexicon';
import { bare, type Token } from './tokens';

/** The word in lower case is an honorific (mr, dr). */
export const HONORIFIC = 1;
/** The word in lower case is a common word. */
export const COMMON = 2;
/** The word in lower case is a function word. */
export const FUNCTION = 4;
/** The word as written is a month's name (or its abbreviation). */
export const MONTH = 8;
/** The word as written is a weekday's name. */
export const WEEKDAY = 128;
/** The word as written is a month's or weekday's name. */
export const CALENDAR = MONTH | WEEKDAY;
/** The word as written is a first name. */
export const FIRST_NAME = 16;
/** The word in lower case is a role's head (spokesman, president). */
export const ROLE_HEAD = 32;
/** The word in lower case is a role's modifier (former, deputy). */
export const ROLE_MODIFIER = 64;
/** The word as written is a nationality or people (Russian, Europeans). */
export const DEMONYM = 256;
/** The word as written is a country's or region's name (Britain, U.S.). */
export const COUNTRY = 512;
/** The word as written is a known organisation's name. */
export const KNOWN_ORG = 1024;
/** The word as written ends organisations' names (Corp, Ministry). */
export const ORG_SUFFIX = 2048;
/** The word as written starts a nationality of more than one word ("South" of "South Korean"). */
export const DEMONYM_HEAD = 4096;

// Shared by every analysis; keys are detached copies, so the memo keeps no article's text alive,
// and it starts over when it grows past this many words.
const LIMIT = 50_000;
const memo = new Map<string, number>();

/** The facts (a bit set of the constants above) the word lists give `word`. */
export function wordFacts(word: string): number {
  let facts = memo.get(word);
  if (facts === undefined) {
    const lower = word.toLowerCase();
    facts =
      (HONORIFICS.has(lower) ? HONORIFIC : 0) |
      (COMMON_WORDS.has(lower) ? COMMON : 0) |
      (FUNCTION_WORDS.has(lower) ? FUNCTION : 0) |
      (MONTHS.has(word) ? MONTH : 0) |
      (WEEKDAYS.has(word) ? WEEKDAY : 0) |
      (demonym(word) !== undefined ? DEMONYM : 0) |
      (countryNamed(word) !== undefined ? COUNTRY : 0) |
      (KNOWN_ORGS.has(word) ? KNOWN_ORG : 0) |
      (ORG_SUFFIXES.has(word) ? ORG_SUFFIX : 0) |
      (startsDemonym(word) ? DEMONYM_HEAD : 0) |
      (FIRST_NAMES.has(word) ? FIRST_NAME : 0) |
      (ROLE_HEADS.has(lower) ? ROLE_HEAD : 0) |
      (ROLE_MODIFIERS.has(lower) ? ROLE_MODIFIER : 0);
    rememberDetached(memo, word, facts, LIMIT);
  }
  return facts;
}

/**
 * The facts of the token's word without a final stop (`bare`), kept on the token: the name
 * tests ask them of the same capitalised tokens many times, and each ask of the memo hashes.
 */
export function factsOf(t: Token): number {
  let facts = t.facts;
  if (facts < 0) {
    facts = wordFacts(bare(t));
    t.facts = facts;
  }
  return facts;
}

/** The facts of the token's word as written (with any final stop). */
export function writtenFactsOf(t: Token): number {
  return t.text.charCodeAt(t.text.length - 1) === 46 ? wordFacts(t.text) : factsOf(t);
}

// lengths the filters below hold; a longer member makes its filter let every word through
const MAX_FILTERED = 31;

/**
 * A quick refusal of the words whose lower-case form no member of a list of lower-case words can
 * be, by first and last character and length, without lower-casing or hashing the word: the
 * name tests ask whether the word before every name is an honorific or a role's word, and it is
 * nearly always a word in lower case that was never looked up.
 */
class LowerCaseFilter {
  /** Bit n of firsts[c]: a member of length n starts with character c. */
  private readonly firsts = new Uint32Array(128);
  private readonly lasts = new Uint32Array(128);
  /** A member the tables cannot hold: every word may be one. */
  private readonly open: boolean;

  constructor(words: Iterable<string>) {
    let open = false;
    for (const w of words) {
      const n = w.length;
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(n - 1);
      if (n === 0 || n > MAX_FILTERED || first >= 128 || last >= 128) open = true;
      else {
        this.firsts[first]! |= 1 << n;
        this.lasts[last]! |= 1 << n;
      }
    }
    this.open = open;
  }

  mayHold(word: string): boolean {
    const n = word.length;
    if (this.open || n === 0 || n > MAX_FILTERED) return true;
    let first = word.charCodeAt(0);
    let last = word.charCodeAt(n - 1);
    // a character outside ASCII may lower-case to one inside it (the Kelvin sign to k)
    if (first >= 128 || last >= 128) return true;
    if (first >= 65 && first <= 90) first |= 32;
    if (last >= 65 && last <= 90) last |= 32;
    // lower-casing never shortens a word (it lengthens one only by characters outside ASCII):
    // the members of this length or longer
    return (this.firsts[first]! & this.lasts[last]!) >>> n !== 0;
  }
}

const MAY_BE_HONORIFIC = new LowerCaseFilter(HONORIFICS);
const MAY_BE_ROLE_HEAD = new LowerCaseFilter(ROLE_HEADS);
const MAY_BE_ROLE_WORD = new LowerCaseFilter([...ROLE_HEADS, ...ROLE_MODIFIERS]);

/** `factsOf(t) & fact` is not 0, asked only of words the filter lets through. */
function hasFact(t: Token, fact: number, filter: LowerCaseFilter): boolean {
  if (t.facts >= 0) return (t.facts & fact) !== 0;
  return filter.mayHold(bare(t)) && (factsOf(t) & fact) !== 0;
}

/** The token's word is an honorific (`HONORIFIC`). */
export const isHonorific = (t: Token): boolean => hasFact(t, HONORIFIC, MAY_BE_HONORIFIC);
/** The token's word is a role's head (`ROLE_HEAD`). */
export const isRoleHeadWord = (t: Token): boolean => hasFact(t, ROLE_HEAD, MAY_BE_ROLE_HEAD);
/** The token's word is a role's head or modifier. */
export const isRoleWord = (t: Token): boolean => hasFact(t, ROLE_HEAD | ROLE_MODIFIER, MAY_BE_ROLE_WORD);
