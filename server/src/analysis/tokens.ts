import { mayEndLowercaseOrg, mayEndLowercaseOrgShaped, takesStop } from './lexicon';
import type { Span } from './types';
import { isAsciiSpace, joinedByParticle } from './wordShapes';

export type TokenKind = 'word' | 'number' | 'punct';

export interface Token {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: TokenKind;
  /** Starts with a capital letter (or is an initialism such as U.S.). */
  readonly cap: boolean;
  /** Two or more letters, all capitals (NATO, LONDON). */
  readonly upper: boolean;
  /** What the word lists say of `bare(text)`, once asked (wordFacts.ts `factsOf`); -1 before. */
  facts: number;
  /** `mayEndLowercaseOrg(text)` (lexicon.ts), said by the tokenizer, which has the word's characters at hand. */
  readonly mayEndOrg: boolean;
}

const CAP_BIT = 1;
const UPPER_BIT = 2;
const ORG_END_BIT = 4;
/** Bits of `info` below the word facts. */
const FACTS_SHIFT = 3;

/**
 * A token in four fields where an object of its seven took seven: the entity finder makes one per
 * token of the text, and their size was the tokenizer's main allocation. Its end is where its
 * text ends, its case and its word facts share one small integer.
 */
class PackedToken implements Token {
  /** CAP_BIT, UPPER_BIT, ORG_END_BIT, and the word facts plus one above them (0: not asked yet). */
  private info: number;

  constructor(
    readonly start: number,
    readonly text: string,
    readonly kind: TokenKind,
    bits: number,
  ) {
    this.info = bits;
  }

  get end(): number {
    return this.start + this.text.length;
  }

  get cap(): boolean {
    return (this.info & CAP_BIT) !== 0;
  }

  get upper(): boolean {
    return (this.info & UPPER_BIT) !== 0;
  }

  get mayEndOrg(): boolean {
    return (this.info & ORG_END_BIT) !== 0;
  }

  get facts(): number {
    return (this.info >> FACTS_SHIFT) - 1;
  }

  set facts(facts: number) {
    this.info = (this.info & (CAP_BIT | UPPER_BIT | ORG_END_BIT)) | ((facts + 1) << FACTS_SHIFT);
  }
}

// Initialisms with their stops (U.S., U.N.), words with inner apostrophes, hyphens or ampersands
// (O'Neill, Ukrainian-held, AT&T), numbers with inner separators (1996-08-30, 6,000), or any
// other single character. Every repetition starts with a separator, so nothing backtracks.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/\-]\p{N}+)*|\S/gu;
const CAP = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** A word token: capitalised, and all capitals with two or more letters; ASCII words take the fast way. */
function wordToken(text: string, start: number): Token {
  return new PackedToken(start, text, 'word', caseBits(text) | (mayEndLowercaseOrg(text) ? ORG_END_BIT : 0));
}

/** CAP_BIT and UPPER_BIT as they hold for a word. */
function caseBits(text: string): number {
  const c = text.charCodeAt(0);
  // the common cases need no scan: a word in lower case is neither (whatever follows its first
  // letter), and a capitalised word with a lower-case letter in it is not all capitals
  if (c >= 97 && c <= 122) return joinedByParticle(text) ? CAP_BIT : 0;
  if (c >= 65 && c <= 90) {
    const d = text.charCodeAt(1);
    if (d >= 97 && d <= 122) return CAP_BIT;
  }
  let letters = 0;
  let lower = false;
  let ascii = true;
  for (let i = 0; i < text.length; i++) {
    const k = text.charCodeAt(i);
    if (k >= 97 && k <= 122) {
      lower = true;
      letters++;
    } else if (k >= 65 && k <= 90) letters++;
    else if (k > 127) {
      ascii = false;
      break;
    }
  }
  let cap: boolean;
  let upper: boolean;
  if (ascii) {
    cap = c >= 65 && c <= 90;
    upper = cap && letters >= 2 && !lower;
  } else {
    cap = CAP.test(text);
    const only = cap ? text.replace(NOT_LETTER, '') : '';
    upper = cap && only.length >= 2 && !LOWER_LETTER.test(only);
  }
  return (cap ? CAP_BIT : 0) | (upper ? UPPER_BIT : 0);
}

function make(text: string, start: number, kind: TokenKind): Token {
  if (kind !== 'word') return new PackedToken(start, text, kind, 0);
  return wordToken(text, start);
}

const isDigit = (ch: string): boolean => (ch >= '0' && ch <= '9') || /\p{N}/u.test(ch);
const isLetterStart = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\u007f' && /\p{L}/u.test(ch));

// what each ASCII code is, one look-up per character where the scan below ran two or three comparisons
const LETTER = 1;
const DIGIT = 2;
const ASCII_CLASS = new Uint8Array(128);
for (let k = 0; k < 128; k++) ASCII_CLASS[k] = (k >= 97 && k <= 122) || (k >= 65 && k <= 90) ? LETTER : k >= 48 && k <= 57 ? DIGIT : 0;
/** Letter or digit; false for any code outside ASCII (and NaN past the end). */
// each ASCII character as a string, for the marks read without a call to cut them from the text
const ASCII_TEXT: readonly string[] = Array.from({ length: 128 }, (_, k) => String.fromCharCode(k));
const isAsciiWordChar = (k: number): boolean => (ASCII_CLASS[k] ?? 0) !== 0;
const isAsciiLetter = (k: number): boolean => ASCII_CLASS[k] === LETTER;
const isAsciiDigit = (k: number): boolean => ASCII_CLASS[k] === DIGIT;
const isApostrophe = (k: number): boolean => k === 39 || k === 0x2019;

const enum Scanned {
  Unknown,
  Punct,
  Number,
  /** U.S., with its stops */
  Initialism,
  /** letters, digits, hyphens and ampersands */
  Word,
  /** a word with an inner apostrophe, which may be a possessive */
  Apostrophe,
}
/** What the last asciiTokenEnd found. */
let scanned = Scanned.Punct;

/**
 * The end of the token TOKEN would match at `p` (an ASCII non-space character), found with
 * character codes; -1 wherever a character outside ASCII (save ’) could change the answer,
 * for the regex to decide. Most news text is ASCII, and the Unicode-property regex is the
 * tokenizer's main cost.
 */
function asciiTokenEnd(text: string, p: number): number {
  const n = text.length;
  scanned = Scanned.Punct;
  const c = text.charCodeAt(p);
  if (isAsciiLetter(c)) {
    // initialisms: a letter and a stop, two or more times
    let q = p;
    let pairs = 0;
    for (;;) {
      const k = q < n ? text.charCodeAt(q) : 0;
      if (k > 127) return -1;
      if (!isAsciiLetter(k) || text.charCodeAt(q + 1) !== 46) break;
      pairs++;
      q += 2;
    }
    if (pairs >= 2) {
      scanned = Scanned.Initialism;
      return q;
    }
    scanned = Scanned.Word;
    q = p + 1;
    for (;;) {
      let k = q < n ? text.charCodeAt(q) : 0;
      while (isAsciiWordChar(k)) k = ++q < n ? text.charCodeAt(q) : 0;
      if (k === 39 || k === 45 || k === 38 || k === 0x2019) {
        const after = q + 1 < n ? text.charCodeAt(q + 1) : 0;
        if (after > 127) return -1;
        if (!isAsciiWordChar(after)) return q;
        if (k === 39 || k === 0x2019) scanned = Scanned.Apostrophe;
        q += 2;
        continue;
      }
      return k > 127 ? -1 : q;
    }
  }
  if (isAsciiDigit(c)) {
    scanned = Scanned.Number;
    let q = p + 1;
    for (;;) {
      let k = q < n ? text.charCodeAt(q) : 0;
      while (isAsciiDigit(k)) k = ++q < n ? text.charCodeAt(q) : 0;
      if (k > 127) return -1;
      if (k === 46 || k === 44 || k === 58 || k === 47 || k === 45) {
        const after = q + 1 < n ? text.charCodeAt(q + 1) : 0;
        if (after > 127) return -1;
        if (!isAsciiDigit(after)) return q;
        q += 2;
        continue;
      }
      return q;
    }
  }
  return p + 1;
}

const splitsPair = (text: string, p: number): boolean => {
  const k = text.charCodeAt(p);
  const h = text.charCodeAt(p - 1);
  return k >= 0xdc00 && k <= 0xdfff && h >= 0xd800 && h <= 0xdbff;
};

/** Words of two or more characters, and those of them in capitals, counted as a tokenizer makes them. */
export interface WordCounts {
  words: number;
  upper: number;
}

/** Counts a word token into `counts` (see `WordCounts`). */
function counted(t: Token, counts: WordCounts | undefined): Token {
  if (counts !== undefined && t.text.length >= 2) {
    counts.words++;
    if (t.upper) counts.upper++;
  }
  return t;
}

/**
 * The tokens of `text` between span.start and span.end; possessive 's is a token of its own.
 * `counts`, when given, has the words added to it (see `WordCounts`), which saves its caller a pass;
 * `marked`, when given, the indices of the capitalised words, the numbers and the words that may
 * end a lower-case organisation's name (`mayEndOrg`), ascending, which saves it another.
 */
export function tokenize(text: string, span: Span, counts?: WordCounts, marked?: number[]): Token[] {
  const tokens: Token[] = [];
  const re = TOKEN;
  const n = text.length;
  let p = span.start;
  for (;;) {
    while (p < n && isAsciiSpace(text.charCodeAt(p))) p++;
    // the regex, unicode-aware, steps back from a low surrogate to its pair's start
    if (p >= span.end && !splitsPair(text, p)) break;
    const c = text.charCodeAt(p);
    // Most tokens are a plain ASCII word or a single ASCII mark, read here in one pass over their
    // characters; the rest take the general way below (asciiTokenEnd, then the regex).
    if (c < 128) {
      const cls = ASCII_CLASS[c]!;
      // a letter not followed by a stop (which may start an initialism)
      if (cls === LETTER && text.charCodeAt(p + 1) !== 46) {
        let q = p + 1;
        let k = q < n ? text.charCodeAt(q) : 0;
        while (k < 128 && ASCII_CLASS[k] !== 0) k = ++q < n ? text.charCodeAt(q) : 0;
        // ended by an ASCII character that joins no more word (not ' - &) and inside the span
        if (k < 128 && k !== 39 && k !== 45 && k !== 38 && q <= span.end) {
          const start = p;
          let word = text.slice(p, q);
          p = q;
          // a title or abbreviation keeps its stop (Mr., Nov., Corp.), as does an initial (Donald J. Trump)
          if (k === 46 && q < span.end && (takesStop(word) || (q - start === 1 && c >= 65 && c <= 90))) {
            word += '.';
            p++;
          }
          // a word in lower case (most words) is neither capitalised nor in capitals, and counts
          // by its length alone: no second reading of its characters
          if (c >= 97) {
            if (counts !== undefined && word.length >= 2) counts.words++;
            const orgEnd = mayEndLowercaseOrgShaped(c, word.length);
            if (orgEnd && marked !== undefined) marked.push(tokens.length);
            tokens.push(new PackedToken(start, word, 'word', orgEnd ? ORG_END_BIT : 0));
          } else pushMarked(tokens, counted(wordToken(word, start), counts), marked);
          continue;
        }
      } else if (cls === 0) {
        // not a letter, digit or space (skipped above): a mark of its own
        tokens.push(make(ASCII_TEXT[c]!, p, 'punct'));
        p++;
        continue;
      }
    }
    let start = p;
    let end = c <= 127 ? asciiTokenEnd(text, p) : -1;
    // what the ASCII scan found, when it read a whole token inside the span
    let kind = Scanned.Unknown;
    if (end < 0) {
      re.lastIndex = p;
      const m = re.exec(text);
      if (m === null || m.index >= span.end) break;
      start = m.index;
      end = start + m[0].length;
    } else if (end <= span.end) kind = scanned;
    p = end;
    let word = text.slice(start, Math.min(end, span.end));
    if (kind === Scanned.Punct || kind === Scanned.Number) {
      pushMarked(tokens, make(word, start, kind === Scanned.Number ? 'number' : 'punct'), marked);
      continue;
    }
    if (kind === Scanned.Unknown) {
      const first = word[0]!;
      if (!isLetterStart(first)) {
        pushMarked(tokens, make(word, start, isDigit(first) ? 'number' : 'punct'), marked);
        continue;
      }
    }
    if (kind === Scanned.Initialism || (kind === Scanned.Unknown && word.includes('.'))) {
      pushMarked(tokens, counted(make(word, start, 'word'), counts), marked);
      continue;
    }
    // a possessive 's (or ’S) after two or more characters, read by code where a regex ran on every
    // word with an apostrophe; but not after a capital and an apostrophe (O'Hare's stays whole)
    const length = word.length;
    if (kind !== Scanned.Word && length >= 4 && isApostrophe(word.charCodeAt(length - 2)) && (word.charCodeAt(length - 1) | 32) === 115 && !/^[\p{Lu}]['’]/u.test(word)) {
      const mark = word.slice(length - 2);
      word = word.slice(0, length - 2);
      pushMarked(tokens, counted(make(word, start, 'word'), counts), marked);
      tokens.push(make(mark, start + word.length, 'punct'));
      continue;
    }
    // a title or abbreviation keeps its stop (Mr., Nov., Corp.), as does an initial (Donald J. Trump)
    const after = start + word.length;
    if (text.charCodeAt(after) === 46 && after < span.end && (takesStop(word) || (word.length <= 2 && /^\p{Lu}$/u.test(word)))) {
      word += '.';
      p++;
    }
    pushMarked(tokens, counted(make(word, start, 'word'), counts), marked);
  }
  return tokens;
}

/** A token a name, a date or a lower-case organisation may start or end at: a capitalised word, a number, a word that may end such an organisation. */
export const isMarked = (t: Token): boolean => t.cap || t.mayEndOrg || t.kind === 'number';

/** Adds `t` to `tokens`, and its index to `marked` (when asked for) if `isMarked`. */
function pushMarked(tokens: Token[], t: Token, marked: number[] | undefined): void {
  if (marked !== undefined && isMarked(t)) marked.push(tokens.length);
  tokens.push(t);
}

/** The token's text without a final stop: "Mr." → "Mr". */
export const bare = (t: Token): string => {
  const text = t.text;
  // by code: every name test asks this of every capitalised word (a token holds no line break,
  // so "two stops anywhere" is a first stop before the last)
  if (text.charCodeAt(text.length - 1) !== 46) return text;
  return text.indexOf('.') === text.length - 1 ? text.slice(0, -1) : text;
};

/**
 * tokens[i], or undefined before the first: V8 reads an array at a negative index as a property
 * by name, many times dearer than an element, and the name tests look before every
 * sentence's first word.
 */
export const tokenAt = (tokens: readonly Token[], i: number): Token | undefined => (i >= 0 ? tokens[i] : undefined);

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.text === "'s" || t.text === '’s');

/** A word in capitals as a name is written ("KYIV" → "Kyiv"), so that a shouted name matches its other mentions. */
export const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();
