// What the word lists say of one word, asked once per distinct word: the name tests ask the same
// few lists of every capitalised token, and each ask of a list would otherwise lower-case the
// word anew and hash the copy.
import { COMMON_WORDS, countryNamed, demonym, FIRST_NAMES, FUNCTION_WORDS, HONORIFICS, KNOWN_ORG_FIRST_WORDS, KNOWN_ORGS, MISC_SUFFIXES, MISC_WORDS, MONTHS, ORG_ACRONYMS, ORG_SUFFIXES, PLACE_SUFFIXES, ROLE_HEADS, ROLE_MODIFIERS, startsCountryName, startsDemonym, WEEKDAYS } from './lexicon';
import { bare, type Token } from './tokens';
import { WordEnds } from './wordSet';
import { WordNumbers } from './wordMemo';
import { isAscii, withoutMarks } from './wordShapes';

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
/** The word as written starts a country's or region's name of more than one word ("New" of "New Zealand"). */
export const COUNTRY_HEAD = 8192;
/** The word as written starts a known organisation's name of more than one word ("White" of "White House"). */
export const KNOWN_ORG_HEAD = 16384;
/** The word as written is a known organisation's acronym (NATO, U.N.). */
export const ORG_ACRONYM = 32768;
/** The word as written is an event's, contest's or law's name (not an entity of ours). */
export const MISC_WORD = 65536;
/** The word as written ends events' names ("Cup", "Act"). */
export const MISC_SUFFIX = 131072;
/** The word as written ends places' own names ("Street", "Road"). */
export const PLACE_SUFFIX = 262144;

// Shared by every analysis (wordMemo.ts: keeps no article's text alive, and is bounded).
const memo = new WordNumbers();

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
      (startsCountryName(word) ? COUNTRY_HEAD : 0) |
      (KNOWN_ORG_FIRST_WORDS.has(word) ? KNOWN_ORG_HEAD : 0) |
      (ORG_ACRONYMS.has(word) ? ORG_ACRONYM : 0) |
      (MISC_WORDS.has(word) ? MISC_WORD : 0) |
      (MISC_SUFFIXES.has(word) ? MISC_SUFFIX : 0) |
      (PLACE_SUFFIXES.has(word) ? PLACE_SUFFIX : 0) |
      // ("María", "Zoë": the lists write first names without their accents)
      (FIRST_NAMES.has(word) || (!isAscii(word) && FIRST_NAMES.has(withoutMarks(word))) ? FIRST_NAME : 0) |
      (ROLE_HEADS.has(lower) ? ROLE_HEAD : 0) |
      (ROLE_MODIFIERS.has(lower) ? ROLE_MODIFIER : 0);
    memo.set(word, facts);
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

// The name tests ask whether the word before every name is an honorific or a role's word, and it
// is nearly always a word in lower case that was never looked up: most are refused by their ends
// and length (wordSet.ts), without lower-casing or hashing them.
const MAY_BE_HONORIFIC = new WordEnds(HONORIFICS);
const MAY_BE_ROLE_HEAD = new WordEnds(ROLE_HEADS);
const MAY_BE_ROLE_WORD = new WordEnds([...ROLE_HEADS, ...ROLE_MODIFIERS]);

/** `factsOf(t) & fact` is not 0, asked only of words the filter lets through. */
function hasFact(t: Token, fact: number, filter: WordEnds): boolean {
  if (t.facts >= 0) return (t.facts & fact) !== 0;
  return filter.mayBeLowerCaseOf(bare(t)) && (factsOf(t) & fact) !== 0;
}

/** The token's word is an honorific (`HONORIFIC`). */
export const isHonorific = (t: Token): boolean => hasFact(t, HONORIFIC, MAY_BE_HONORIFIC);
/** The token's word is a role's head (`ROLE_HEAD`). */
export const isRoleHeadWord = (t: Token): boolean => hasFact(t, ROLE_HEAD, MAY_BE_ROLE_HEAD);
/** The token's word is a role's head or modifier. */
export const isRoleWord = (t: Token): boolean => hasFact(t, ROLE_HEAD | ROLE_MODIFIER, MAY_BE_ROLE_WORD);
