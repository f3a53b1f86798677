import { CUE_WORDS } from './cues';
import abbreviations from './data/abbreviations.json';
import type { Span } from './types';

const ABBREVIATIONS = new Set([...abbreviations.titles, ...abbreviations.others]);
const BEFORE_NUMBER_ONLY = new Set(abbreviations.notBeforeNumber);
const TITLES = new Set(abbreviations.titles);
// ("Roe v. Wade", "Kent vs. Surrey": a name always follows)
const BEFORE_NAMES = new Set(abbreviations.beforeNames);

// Characters that may stand between a sentence's final stop and the space after it.
const CLOSERS = new Set(['"', '\'', '”', '’', '»', '›', ')', ']', '*', '_']);
const TERMINATORS = new Set(['.', '!', '?', '…']);
const TERMINATOR = /[.!?…]/g;

const isUpper = (ch: string): boolean => ch !== ch.toLowerCase() && ch === ch.toUpperCase();
const isLower = (ch: string): boolean => ch !== ch.toUpperCase() && ch === ch.toLowerCase();
const isSpace = (ch: string): boolean => ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0';

/** The word (letters, digits, inner dots) ending at `end`, exclusive. */
function wordBefore(text: string, end: number, from: number): string {
  let i = end;
  while (i > from && isWordChar(text.charCodeAt(i - 1), text[i - 1]!)) i--;
  return text.slice(i, end);
}

// ASCII by code (the common case, and the hot path of sentence splitting), the rest by Unicode class.
const isWordChar = (c: number, ch: string): boolean =>
  c < 128 ? (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 : /[\p{L}\p{N}]/u.test(ch);

/** True when the stop at `dot` ends a title ("Mr.", "Gov.") or a word that stands before names ("v."), which no sentence ends at. */
export function isTitleStop(text: string, dot: number, from = Math.max(0, dot - 12)): boolean {
  const bare = wordBefore(text, dot, from).replace(/^\.+/, '');
  return TITLES.has(bare) || BEFORE_NAMES.has(bare);
}

/** True when the stop at `dot` belongs to an abbreviation, an initial or an initialism. */
function isAbbreviationStop(text: string, dot: number, from: number, to: number, next: string): boolean {
  const word = wordBefore(text, dot, from);
  if (word === '') return false;
  const bare = word.replace(/^\.+/, '');
  // an initial (Donald J. Trump), unless a sentence plainly starts after it or a preposition
  // stands before it ("wrote on X. Congolese troops …", "Plan B. The")
  if (/^\p{Lu}$/u.test(bare)) return !(startsSentence(text, dot, to) || LETTER_AFTER_PREPOSITION.test(text.slice(Math.max(from, dot - 12), dot)));
  if (isTitleStop(text, dot, from)) return true;
  if (ABBREVIATIONS.has(bare)) {
    if (BEFORE_NUMBER_ONLY.has(bare)) return /\d/.test(next);
    return isLower(next) || /\d/.test(next) || (MONTHLIKE.has(bare) && !startsSentence(text, dot, to));
  }
  // an initialism (U.S., U.N., a.m.) ends a sentence only when a new one plainly starts
  if (/^(?:\p{L}\.)+\p{L}$/u.test(bare)) return !startsSentence(text, dot, to);
  return false;
}

// a single capital letter after a preposition in lower case: a name (the platform X), no initial
const LETTER_AFTER_PREPOSITION = /\b(?:on|in|at|via|to|from|with|about|of)\s\p{Lu}$/u;

// Month and weekday abbreviations are followed by a capitalised day name or a number more often
// than they end a sentence.
const MONTHLIKE = new Set(['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec']);
// Reads no further than the block's end, so a block's sentences depend on its text alone.
const startsSentence = (text: string, dot: number, to: number): boolean => SENTENCE_STARTERS.test(text.slice(dot + 1, Math.min(dot + 40, to)).trimStart());
const SENTENCE_STARTERS = /^["“‘]?(?:The|A|An|He|She|It|They|We|I|In|On|At|But|And|This|That|These|Those|His|Her|Their|Its|Our|As|If|When|While|After|Before|So|Yet|There|What|Who|Why|How)\b/;

/**
 * Splits a block of prose into sentences. Stops inside quotations end a sentence only where the
 * quotation closes and a new sentence starts; a stop glued to a capitalised word ("region.The")
 * still ends a sentence, because articles pasted from the web lose those spaces.
 */
export function splitSentences(text: string, block: Span): Span[] {
  const sentences: Span[] = [];
  let start = skipSpace(text, block.start, block.end);
  // the block alone, so that a search for the next stop never reads past it
  const body = text.slice(block.start, block.end);
  let i = start;
  while (i < block.end) {
    // . ! ? …, found by a one-class expression: this loop reads every character of the document
    TERMINATOR.lastIndex = i - block.start;
    if (!TERMINATOR.test(body)) break;
    i = block.start + TERMINATOR.lastIndex - 1;
    const ch = text[i]!;
    let end = i + 1;
    while (end < block.end && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end++;
    const nextStart = skipSpace(text, end, block.end);
    const next = text[nextStart] ?? '';
    const spaced = nextStart > end;
    let boundary = false;
    if (nextStart >= block.end) boundary = true;
    else if (spaced) {
      boundary = (isUpper(next) || /[\d"“‘«„‹›»¿¡(\[`]/.test(next) || next === '\'' && /^''|^'\p{Lu}/u.test(text.slice(nextStart, nextStart + 2))) && !(ch === '.' && isAbbreviationStop(text, i, start, block.end, next));
      // "“Why wait?” Ruiz asked.": a question or exclamation quoted, then its speaker and verb
      if (boundary && ch !== '.' && end > i + 1 && CLOSERS.has(text[end - 1]!) && isUpper(next) && speakerThenVerb(text, nextStart, block.end)) boundary = false;
    } else if (ch === '.' && end === i + 1 && i > block.start && nextStart + 1 < block.end && isUpper(next) && isLower(text[i - 1]!) && isLower(text[nextStart + 1]!)) {
      // "region.The": a lowercase word glued to a capitalised one; not "U.S." or "Yahoo.Com"-like initialisms
      boundary = wordBefore(text, i, start).length > 1;
    }
    if (boundary) {
      sentences.push({ start, end });
      start = nextStart;
      i = nextStart;
      continue;
    }
    i = end;
  }
  const end = trimEnd(text, start, block.end);
  if (end > start) sentences.push({ start, end });
  return sentences;
}

// One to four capitalised words (a name, with a title's stop: "Mr. Lee"; any script's capitals:
// "Ólafur Dýrason"), then a word. No class overlaps the spaces, so it cannot backtrack.
const NAME_THEN_WORD = /^(?:\p{Lu}[\p{L}’'.-]*\s+){1,4}(\p{Ll}+)/u;

/** A name and a verb of saying in the past or present (said, asks), not its plain form. */
function speakerThenVerb(text: string, from: number, to: number): boolean {
  const m = NAME_THEN_WORD.exec(text.slice(from, Math.min(to, from + 80)));
  const cue = m ? CUE_WORDS.get(m[1]!) : undefined;
  return cue !== undefined && cue.clause && !cue.participle && !cue.homograph && m![1] !== cue.lemma;
}

function skipSpace(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text[i]!)) i++;
  return i;
}

function trimEnd(text: string, from: number, to: number): number {
  let i = to;
  while (i > from && isSpace(text[i - 1]!)) i--;
  return i;
}
