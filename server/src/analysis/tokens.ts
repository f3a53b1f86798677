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
const POSSESSIVE = /^(.+?)(['’]s)$/u;
const CAP = /^\p{Lu}/u;
const LETTER = /\p{L}/u;
const LOWER_LETTER = /\p{Ll}/u;

function make(text: string, start: number, kind: TokenKind): Token {
  const cap = kind === 'word' && CAP.test(text);
  const letters = kind === 'word' ? text.replace(/[^\p{L}]/gu, '') : '';
  return { start, end: start + text.length, text, kind, cap, upper: cap && letters.length >= 2 && !LOWER_LETTER.test(letters) };
}

/** The tokens of `text` between span.start and span.end; possessive 's is a token of its own. */
export function tokenize(text: string, span: Span): Token[] {
  const tokens: Token[] = [];
  const slice = text.slice(span.start, span.end);
  for (const m of slice.matchAll(TOKEN)) {
    let word = m[0];
    const start = span.start + m.index;
    if (!LETTER.test(word[0]!)) {
      tokens.push(make(word, start, /\p{N}/u.test(word[0]!) ? 'number' : 'punct'));
      continue;
    }
    if (word.includes('.')) {
      tokens.push(make(word, start, 'word'));
      continue;
    }
    const possessive = POSSESSIVE.exec(word);
    if (possessive && possessive[1]!.length > 1 && !/^[\p{Lu}]['’]/u.test(word)) {
      word = possessive[1]!;
      tokens.push(make(word, start, 'word'));
      tokens.push(make(possessive[2]!, start + word.length, 'punct'));
      continue;
    }
    // a title or abbreviation keeps its stop (Mr., Nov., Corp.), as does an initial (Donald J. Trump)
    const after = start + word.length;
    if (text[after] === '.' && after < span.end && (takesStop(word) || /^\p{Lu}$/u.test(word))) word += '.';
    tokens.push(make(word, start, 'word'));
  }
  return tokens;
}

/** The token's text without a final stop: "Mr." → "Mr". */
export const bare = (t: Token): string => (t.text.endsWith('.') && !/\..*\./.test(t.text) ? t.text.slice(0, -1) : t.text);

export const isPossessive = (t: Token | undefined): boolean => t !== undefined && (t.text === "'s" || t.text === '’s');
