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
}

// Words keep inner apostrophes, hyphens, dots and ampersands (country’s, U.S, AT&T, vice-presidential);
// every other non-space character is a token of its own. One pass, no backtracking: each
// alternative consumes at least one character and the inner group needs a letter or digit after
// its joiner.
const TOKEN = /[\p{L}\p{N}\p{M}]+(?:[’'.\-&][\p{L}\p{N}\p{M}]+)*|[^\s\p{L}\p{N}\p{M}]/gu;

/** The tokens of `prose` between `start` and `end`, each tagged with its sentence in `sentences`. */
export function tokenize(prose: string, start: number, end: number, sentences: readonly Span[]): Token[] {
  const tokens: Token[] = [];
  const slice = prose.slice(start, end);
  let s = 0;
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(slice); m !== null; m = TOKEN.exec(slice)) {
    const a = start + m.index;
    const text = m[0];
    while (s < sentences.length - 1 && a >= sentences[s]!.end) s++;
    const first = text.charCodeAt(0);
    // lone surrogate halves and combining marks count as punctuation-like tokens
    const word = /[\p{L}\p{N}]/u.test(text);
    tokens.push({ start: a, end: a + text.length, text, lower: text.toLowerCase(), word: word && first !== 0, sentence: s, quote: -1 });
  }
  return tokens;
}

export const isCapitalised = (t: Token): boolean => t.word && /^\p{Lu}/u.test(t.text);
export const isAllCaps = (t: Token): boolean => t.word && /^[\p{Lu}][\p{Lu}.’'\-]+$/u.test(t.text) && /\p{Lu}.*\p{Lu}/u.test(t.text);
