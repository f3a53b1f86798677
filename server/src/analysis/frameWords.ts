// The word tables the frame rules ask of the tokens around every cue, as one bit each. A token's
// bits are found with one look-up (wordTable.ts) the first time they are asked; each table is then
// an AND, where a Set would hash and probe again for each of the dozens of questions a cue asks of
// its neighbours.
import { ADJUNCTS, APPOSITION_STARTERS, AUXILIARIES, BOUNDARY_WORDS, CUE_WORDS, DETERMINERS, FRAME_WORDS, MODALS, PERSON_ROLES, PRONOUNS } from './cues';
import type { Token } from './quoteTokens';
import { WordTable } from './wordTable';

export const DETERMINER = 1 << 0;
export const AUXILIARY = 1 << 1;
export const BOUNDARY = 1 << 2;
export const MODAL = 1 << 3;
export const SUBJECT_PRONOUN = 1 << 4;
export const ADJUNCT = 1 << 5;
export const CUE = 1 << 6;
export const PHRASE_BREAK = 1 << 7;
export const PRONOUN = 1 << 8;
export const BE_FORM = 1 << 9;
export const WH_WORD = 1 << 10;
export const TIME_WORD = 1 << 11;
export const POSSESSIVE = 1 << 12;
export const RELATIVE_PRONOUN = 1 << 13;
export const PERSON_ROLE = 1 << 14;
export const WH_RELATIVE = 1 << 15;
export const INDEFINITE_ARTICLE = 1 << 16;
export const POSSESSIVE_RELATIVE = 1 << 17;
export const PHRASE_END_TIME = 1 << 18;
export const PAST_TENSE = 1 << 19;
export const NP_PREPOSITION = 1 << 20;
export const NOT_PARTICIPLE = 1 << 21;
export const FUTURE_MODAL = 1 << 22;
export const EVENT_PREPOSITION = 1 << 23;
export const DOCUMENT = 1 << 24;
export const COORDINATOR = 1 << 25;
export const CONTENT_BREAK = 1 << 26;
export const APPOSITION_STARTER = 1 << 27;
export const FRONTED_OPENER = 1 << 28;

const TABLES: readonly (readonly [Iterable<string>, number])[] = [
  [DETERMINERS, DETERMINER],
  [AUXILIARIES, AUXILIARY],
  [BOUNDARY_WORDS, BOUNDARY],
  [MODALS, MODAL],
  [FRAME_WORDS.subjectPronouns, SUBJECT_PRONOUN],
  [ADJUNCTS, ADJUNCT],
  [CUE_WORDS.keys(), CUE],
  [FRAME_WORDS.phraseBreaks, PHRASE_BREAK],
  [PRONOUNS.keys(), PRONOUN],
  [FRAME_WORDS.beForms, BE_FORM],
  [FRAME_WORDS.whWords, WH_WORD],
  [FRAME_WORDS.timeWords, TIME_WORD],
  [FRAME_WORDS.possessives, POSSESSIVE],
  [FRAME_WORDS.relativePronouns, RELATIVE_PRONOUN],
  [PERSON_ROLES, PERSON_ROLE],
  [FRAME_WORDS.whRelatives, WH_RELATIVE],
  [FRAME_WORDS.indefiniteArticles, INDEFINITE_ARTICLE],
  [FRAME_WORDS.possessiveRelatives, POSSESSIVE_RELATIVE],
  [FRAME_WORDS.phraseEndTimes, PHRASE_END_TIME],
  [FRAME_WORDS.pastTenses, PAST_TENSE],
  [FRAME_WORDS.nounPhrasePrepositions, NP_PREPOSITION],
  [FRAME_WORDS.notParticiples, NOT_PARTICIPLE],
  [FRAME_WORDS.futureModals, FUTURE_MODAL],
  [FRAME_WORDS.eventPrepositions, EVENT_PREPOSITION],
  [FRAME_WORDS.documents, DOCUMENT],
  [FRAME_WORDS.coordinators, COORDINATOR],
  [FRAME_WORDS.contentBreaks, CONTENT_BREAK],
  [APPOSITION_STARTERS, APPOSITION_STARTER],
  [FRAME_WORDS.frontedOpeners, FRONTED_OPENER],
];

const BITS = (() => {
  const bits = new Map<string, number>();
  for (const [words, bit] of TABLES) for (const word of words) bits.set(word, (bits.get(word) ?? 0) | bit);
  return new WordTable(bits);
})();

/** The tables that hold the token's word (its lower case), as bits. */
export function wordBits(t: Token): number {
  let bits = t.bits;
  if (bits < 0) {
    bits = BITS.get(t) ?? 0;
    t.bits = bits;
  }
  return bits;
}

/** The token's word is in a table of `bits`: `TABLE.has(t.lower)`. */
export const isIn = (t: Token, bits: number): boolean => (wordBits(t) & bits) !== 0;

/** As `isIn`, false without a token: `TABLE.has(t?.lower ?? '')`. */
export const isInAt = (t: Token | undefined, bits: number): boolean => t !== undefined && (wordBits(t) & bits) !== 0;
