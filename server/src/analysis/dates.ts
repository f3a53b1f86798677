// Dates: years (2014), weekdays (Saturday), month with day or year (Nov. 8, 8 November 2024,
// March 2022), ISO dates (1996-08-30).
import { AMBIGUOUS_MONTHS, MONTH_CUES } from './lexicon';
import { bare, type Token, tokenAt } from './tokens';
import { factsOf, MONTH, WEEKDAY, writtenFactsOf } from './wordFacts';
import { isYear } from './wordShapes';

/** A date: tokens first..last, inclusive. */
export interface DateSpan {
  readonly first: number;
  readonly last: number;
}

const DAY = /^(?:[1-9]|[12]\d|3[01])(?:st|nd|rd|th)?$/;
const ISO_DATE = /^(?:1[89]|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])$/;
const NOT_AFTER_YEAR = new Set(['%', 'percent', 'per', 'km', 'kilometres', 'kilometers', 'miles', 'metres', 'meters', 'people', 'troops', 'soldiers', 'tonnes', 'tons', 'dollars', 'euros', 'points']);

const isMonth = (t: Token | undefined): boolean => t !== undefined && t.cap && (factsOf(t) & MONTH) !== 0;
// the patterns' lengths tell most numbers apart before a regex runs: a day is one to four
// characters, a year four, an ISO date ten
const isDay = (t: Token | undefined): boolean => t !== undefined && t.kind === 'number' && t.text.length <= 4 && DAY.test(t.text);
const isYearToken = (t: Token | undefined): boolean => t !== undefined && t.kind === 'number' && isYear(t.text);

/**
 * The date that starts at token i (or at i - 1, a day before a month), or null. The dates of a
 * sentence are found by asking it of each token from the end of the last date found on (the
 * entity finder asks it as it walks the tokens for other mentions).
 */
export function dateAt(tokens: readonly Token[], i: number): DateSpan | null {
  const t = tokens[i]!;
  // a date starts at a capitalised word (a month, a weekday) or a number: most tokens are neither
  if (!t.cap && t.kind !== 'number') return null;
  const prev = tokenAt(tokens, i - 1);
  if (isMonth(t)) {
    let last = i;
    if (isDay(tokens[i + 1])) {
      last = i + 1;
      if (tokens[i + 2]?.text === ',' && isYearToken(tokens[i + 3])) last = i + 3;
      else if (isYearToken(tokens[i + 2])) last = i + 2;
    } else if (isYearToken(tokens[i + 1])) last = i + 1;
    if (isDay(prev) && !(prev !== undefined && tokenAt(tokens, i - 2)?.text === '$')) return { first: i - 1, last };
    if (last > i || (!AMBIGUOUS_MONTHS.has(bare(t)) && (t.text.length > 4 || t.text.endsWith('.'))) || (prev !== undefined && MONTH_CUES.has(prev.text.toLowerCase()))) return { first: i, last };
    return null;
  }
  if (t.cap && (writtenFactsOf(t) & WEEKDAY) !== 0) return { first: i, last: i };
  if (t.kind === 'number' && t.text.length === 10 && ISO_DATE.test(t.text)) return { first: i, last: i };
  if (isYearToken(t) && prev?.text !== '$' && prev?.text !== '£' && prev?.text !== '€' && !NOT_AFTER_YEAR.has(tokens[i + 1]?.text.toLowerCase() ?? '') && tokens[i + 1]?.text !== '-') return { first: i, last: i };
  return null;
}
