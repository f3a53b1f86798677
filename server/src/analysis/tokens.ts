import { takesStop } from './lexicon';
import type { Span } from './types';

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
}

// Initialisms with their stops (U.S., U.N.), words with inner apostrophes, hyphens or ampersands
// (O'Neill, Ukrainian-held, AT&T), numbers with inner separators (1996-08-30, 6,000), or any
// other single character. Every repetition starts with a separator, so nothing backtracks.
const TOKEN = /(?:\p{L}\.){2,}|\p{L}[\p{L}\p{M}\p{N}]*(?:['’\-&][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,:/\-]\p{N}+)*|\S/gu;
const POSSESSIVE = /^(.+?)(['’][sS])$/u;
const CAP = /^\p{Lu}/u;
const LOWER_LETTER = /\p{Ll}/u;
const NOT_LETTER = /[^\p{L}]/gu;

/** A word token: capitalised, and all capitals with two or more letters; ASCII words take the fast way. */
function wordToken(text: string, start: number): Token {
  const c = text.charCodeAt(0);
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
  return { start, end: start + text.length, text, kind: 'word', cap, upper };
}

function make(text: string, start: number, kind: TokenKind): Token {
  if (kind !== 'word') return { start, end: start + text.length, text, kind, cap: false, upper: false };
  return wordToken(text, start);
}

const isDigit = (ch: string): boolean => (ch >= '0' && ch <= '9') || /\p{N}/u.test(ch);
const isLetterStart = (ch: string): boolean => (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch > '\u007f' && /\p{L}/u.test(ch));

/** The tokens of `text` between span.start and span.end; possessive 's is a token of its own. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const re = TOKEN;
  re.lastIndex = span.start;
  for (let m = re.exec(text); m !== null && m.index < span.end; m = re.exec(text)) {
    let word = m[0];
    const start = m.index;
    if (start + word.length > span.end) word = word.slice(0, span.end - start);
    const first = word[0]!;
    if (!isLetterStart(first)) {
      tokens.push(make(word, start, isDigit(first) ? 'number' : 'punct'));
      continue;
    }
    if (word.includes('.')) {
      tokens.push(make(word, start, 'word'));
      continue;
    }
    const possessive = word.includes("'") || word.includes('’') ? POSSESSIVE.exec(word) : null;
    if (possessive && possessive[1]!.length > 1 && !/^[\p{Lu}]['’]/u.test(word)) {
      word = possessive[1]!;
      tokens.push(make(word, start, 'word'));
      tokens.push(make(possessive[2]!, start + word.length, 'punct'));
      continue;
    }
    // a title or abbreviation keeps its stop (Mr., Nov., Corp.), as does an initial (Donald J. Trump)
    const after = start + word.length;
    if (text[after] === '.' && after < span.end && (takesStop(word) || /^\p{Lu}$/u.test(word))) {
      word += '.';
      re.lastIndex++;
    }
    tokens.push(make(word, start, 'word'));
  }
  return tokens;
}

/** The token's text without a final stop: "Mr." → "Mr". */
export const bare = (t: Token): string => (t.text.endsWith('.') && !/\..*\./.test(t.text) ? t.text.slice(0, -1) : t.text);

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.text === "'s" || t.text === '’s');
