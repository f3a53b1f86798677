import type { Span } from './types';
import { joinedByParticle, thousandsCommaAt } from './wordShapes';

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

// Words keep inner apostrophes, hyphens, dots and ampersands, and commas between digits (country’s, U.S, AT&T, vice-presidential, 4,000);
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
  /**
   * How many tokens the block has. They are made only when the block holds a mark, a word the
   * sieve lets through or a colon: the tokens of a block with none are read but not made.
   */
  readonly read: number;
}

interface Finding extends BlockFinds {
  readonly isMark: (code: number) => boolean;
  readonly sieve: KeySieve;
  colon: boolean;
  read: number;
}

/**
 * As `tokenize`, with what the block's marks, possible cue words and sentences are (see
 * `BlockFinds`); no tokens (but their count, `read`) for a block without any.
 */
export function scanBlock(prose: string, start: number, end: number, sentences: readonly Span[], isMark: (code: number) => boolean, sieve: KeySieve): { tokens: Token[]; finds: BlockFinds } {
  const finds: Finding = { marks: [], leads: [], sentenceStarts: [], colon: false, read: 0, isMark, sieve };
  return { tokens: scan(prose, start, end, sentences, finds), finds };
}

function token(prose: string, start: number, end: number, word: boolean, changes: boolean, key: number, sentence: number): Token {
  const text = word ? prose.slice(start, end) : prose[start]!;
  return { start, end, text, lower: changes ? text.toLowerCase() : text, word, sentence, quote: -1, key, bits: -1 };
}

// The tokens a block scan read before its first mark, sieved word or colon, as numbers (start,
// end, key, sentence, and whether a word and whether it changes in lower case): made once one is
// met. Kept from block to block.
const HELD = 5;
const KEPT_HELD = 1 << 14;
let held = new Int32Array(HELD * 64);

function scan(prose: string, start: number, end: number, sentences: readonly Span[], finds: Finding | undefined): Token[] {
  const tokens: Token[] = [];
  // tokens read; while `making` is false they are held, not made (see `held`)
  let n = 0;
  let making = finds === undefined;
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
      if (finds && n > 0) finds.sentenceStarts.push(n);
    }
    const from = i;
    let word = false;
    let changes = false;
    let key = -1;
    // a mark, a word the sieve lets through, or a colon
    let found = false;
    if (startsWord(prose, i)) {
      // whether the word may change in lower case (a capital, or a character outside ASCII),
      // noted as the scan reads it: most words are in lower case already
      changes = c < 91 ? c >= 65 : c >= 128;
      // the key as `wordKey` makes it, read as the scan goes (`| 32` is the lower case of every
      // ASCII character a word holds); none once a character outside ASCII is met
      let ascii = c < 128;
      key = c | 32;
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
        if (j + 1 < end && (isJoiner(prose.charCodeAt(j)) && startsWord(prose, j + 1) || thousandsCommaAt(prose, j))) {
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
      if (finds && (!ascii || finds.sieve.mayHold(key))) {
        finds.leads.push(n);
        found = true;
      }
      if (!ascii) key = -1;
      word = true;
      i = j;
    } else {
      if (finds) {
        if (finds.isMark(c)) {
          finds.marks.push(n);
          found = true;
        } else if (c === 58) finds.colon = found = true;
      }
      i++;
    }
    if (!making && found) {
      // the first one met: the tokens held before it are made
      for (let h = 0; h < n * HELD; h += HELD) tokens.push(token(prose, held[h]!, held[h + 1]!, (held[h + 4]! & 1) !== 0, (held[h + 4]! & 2) !== 0, held[h + 2]!, held[h + 3]!));
      making = true;
    }
    if (making) tokens.push(token(prose, from, i, word, changes, key, s));
    else {
      if ((n + 1) * HELD > held.length) {
        const more = new Int32Array(held.length * 2);
        more.set(held);
        held = more;
      }
      const h = n * HELD;
      held[h] = from;
      held[h + 1] = i;
      held[h + 2] = key;
      held[h + 3] = s;
      held[h + 4] = (word ? 1 : 0) | (changes ? 2 : 0);
    }
    n++;
  }
  if (finds) finds.read = n;
  // one huge block's numbers do not stay behind
  if (held.length > HELD * KEPT_HELD) held = new Int32Array(HELD * 64);
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

/** Starts with a capital letter, or with a particle joined to one ("al-Sharaa"); ASCII by code (the frames ask it of almost every word). */
export const isCapitalised = (t: Token): boolean => {
  if (!t.word) return false;
  const c = t.text.charCodeAt(0);
  // (a word in lower case has its own text as `lower`: only one with a capital inside may open with a particle joined to it, "al-Sharaa")
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && t.lower !== t.text && joinedByParticle(t.text));
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

/**
 * The apostrophe at `n` closes a plural's possessive ("the farmers’ union"): written against a word
 * in "s" and followed, after a space, by a word outside quotation marks.
 */
export function pluralPossessive(tokens: readonly Token[], n: number): boolean {
  const t = tokens[n]!;
  if (t.text !== '’' && t.text !== "'") return false;
  const before = tokens[n - 1];
  const after = tokens[n + 1];
  return before !== undefined && before.word && before.end === t.start && before.lower.endsWith('s') && after !== undefined && after.word && after.start > t.end && after.quote < 0;
}
