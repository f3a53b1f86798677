import type { Span } from './types';

/** A word or a punctuation mark of the prose, with its offsets. */
export interface Token extends Span {
  readonly text: string;
  readonly lower: string;
  readonly word: boolean;
  /** Index of the sentence in its block. */
  sentence: number;
  /** Index of the marked quotation it lies inside (marks excluded), or -1. */
  quote: number;
  /**
   * `wordKey(lower)` for a word written in ASCII, else -1: word tables (wordTable.ts) find a word
   * by it without hashing the word's string.
   */
  readonly key: number;
  /** The frames' word tables that hold the word, as bits (see frameWords.ts); -1 until asked. */
  bits: number;
}

// Words keep inner apostrophes, hyphens, dots and ampersands (country’s, U.S, AT&T, vice-presidential);
// every other non-space character is a token of its own. A hand-written scanner with an ASCII fast
// path: this runs over every character of the document.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const SPACE = /\s/u;

function startsWord(prose: string, i: number): boolean {
  const c = prose.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return LETTER_OR_DIGIT.test(prose[i]!);
}

const isJoiner = (c: number): boolean => c === 0x2019 || c === 39 || c === 46 || c === 45 || c === 38;

/** The tokens of `prose` between `start` and `end`, each tagged with its sentence in `sentences`. */
export function tokenize(prose: string, start: number, end: number, sentences: readonly Span[]): Token[] {
  return scan(prose, start, end, sentences, undefined);
}

/** A word table's quick refusal (wordTable.ts): false only for a key the table cannot hold. */
export interface KeySieve {
  mayHold(key: number): boolean;
}

/**
 * What the quote rules look for in a block, found by the pass that makes its tokens (token
 * indices, in order): the rules that read the block after it visit these, not every token.
 */
export interface BlockFinds {
  /** The marks that may be quotation marks (`isMark` of their character). */
  readonly marks: number[];
  /** The words the lead sieve lets through (every word outside ASCII among them: it has no key). */
  readonly leads: number[];
  /** The tokens whose sentence is not the one of the token before them. */
  readonly sentenceStarts: number[];
  /** Whether a colon stands in the block (a label's or a headline's, see quotes.ts and frames.ts). */
  readonly colon: boolean;
}

interface Finding extends BlockFinds {
  readonly isMark: (code: number) => boolean;
  readonly sieve: KeySieve;
  colon: boolean;
}

/** As `tokenize`, with what the block's marks, possible cue words and sentences are (see `BlockFinds`). */
export function scanBlock(prose: string, start: number, end: number, sentences: readonly Span[], isMark: (code: number) => boolean, sieve: KeySieve): { tokens: Token[]; finds: BlockFinds } {
  const finds: Finding = { marks: [], leads: [], sentenceStarts: [], colon: false, isMark, sieve };
  return { tokens: scan(prose, start, end, sentences, finds), finds };
}

function scan(prose: string, start: number, end: number, sentences: readonly Span[], finds: Finding | undefined): Token[] {
  const tokens: Token[] = [];
  let s = 0;
  // where sentence `s` ends, while another follows it
  let sentenceEnd = sentences.length > 1 ? sentences[0]!.end : Infinity;
  let i = start;
  while (i < end) {
    const c = prose.charCodeAt(i);
    if (c === 32 || c === 10 || c === 13 || c === 9 || (c > 127 && SPACE.test(prose[i]!))) {
      i++;
      continue;
    }
    if (i >= sentenceEnd) {
      while (i >= sentenceEnd) sentenceEnd = ++s < sentences.length - 1 ? sentences[s]!.end : Infinity;
      if (finds && tokens.length > 0) finds.sentenceStarts.push(tokens.length);
    }
    if (startsWord(prose, i)) {
      // whether the word may change in lower case (a capital, or a character outside ASCII),
      // noted as the scan reads it: most words are in lower case already
      let changes = c < 91 ? c >= 65 : c >= 128;
      // the key as `wordKey` makes it, read as the scan goes (`| 32` is the lower case of every
      // ASCII character a word holds); none once a character outside ASCII is met
      let ascii = c < 128;
      let key = c | 32;
      let j = i + 1;
      for (;;) {
        while (j < end) {
          const k = prose.charCodeAt(j);
          if (k < 128) {
            if (!((k >= 48 && k <= 57) || ((k | 32) >= 97 && (k | 32) <= 122))) break;
            if (k >= 65 && k <= 90) changes = true;
            key = nextKey(key, k | 32);
          } else if (WORD_CHAR.test(prose[j]!)) {
            changes = true;
            ascii = false;
          } else break;
          j++;
        }
        if (j + 1 < end && isJoiner(prose.charCodeAt(j)) && startsWord(prose, j + 1)) {
          const joiner = prose.charCodeAt(j);
          const next = prose.charCodeAt(j + 1);
          if (joiner >= 128 || (next >= 65 && next <= 90) || next >= 128) changes = true;
          if (joiner >= 128 || next >= 128) ascii = false;
          key = nextKey(nextKey(key, joiner), next | 32);
          j += 2;
          continue;
        }
        break;
      }
      const text = prose.slice(i, j);
      if (finds && (!ascii || finds.sieve.mayHold(key))) finds.leads.push(tokens.length);
      tokens.push({ start: i, end: j, text, lower: changes ? text.toLowerCase() : text, word: true, sentence: s, quote: -1, key: ascii ? key : -1, bits: -1 });
      i = j;
    } else {
      const text = prose[i]!;
      if (finds) {
        if (finds.isMark(c)) finds.marks.push(tokens.length);
        else if (c === 58) finds.colon = true;
      }
      tokens.push({ start: i, end: i + 1, text, lower: text, word: false, sentence: s, quote: -1, key: -1, bits: -1 });
      i++;
    }
  }
  return tokens;
}

// A multiplicative hash kept to 30 bits, so that it stays a small integer and never -1.
const nextKey = (key: number, code: number): number => (Math.imul(key, 31) + code) & 0x3fffffff;

/** The key of a word in lower case (see `Token.key`): -1 when it has a character outside ASCII. */
export function wordKey(lower: string): number {
  let key = 0;
  for (let i = 0; i < lower.length; i++) {
    const c = lower.charCodeAt(i);
    if (c >= 128) return -1;
    key = i === 0 ? c : nextKey(key, c);
  }
  return lower.length === 0 ? -1 : key;
}

const STARTS_UPPER = /^\p{Lu}/u;

/** Starts with a capital letter; ASCII by code (the frames ask it of almost every word). */
export const isCapitalised = (t: Token): boolean => {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return STARTS_UPPER.test(t.text);
};
export const isAllCaps = (t: Token): boolean => t.word && !startsPlainly(t.text) && /^[\p{Lu}][\p{Lu}.’'\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);

/** Shorter than two characters, or an ASCII character that is no capital letter where isAllCaps wants one (most words, at once). */
function startsPlainly(text: string): boolean {
  if (text.length < 2) return true;
  const c = text.charCodeAt(0);
  const d = text.charCodeAt(1);
  return (c < 128 && !(c >= 65 && c <= 90)) || (d < 128 && ((d >= 97 && d <= 122) || (d >= 48 && d <= 57)));
}
