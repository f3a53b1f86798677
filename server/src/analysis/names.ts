// Capitalised-sequence chunking: the runs of tokens that may be names, per sentence. What kind
// of name each run is, is decided elsewhere (entities.ts); this file only decides where names
// start and stop, which is where capitalisation misleads: sentence starts, headings, ALL-CAPS.
import nameWords from './data/name-words.json';
import type { ProseDocument } from './document';
import { COMMON_WORDS, hasCommonNounShape, isPluralOfCommon, KNOWN_ORG_FIRST_WORDS, RELATIVE_DAYS, KNOWN_ORGS, MONTH_CUES, ORG_KINDS_BEFORE, ORG_LINK_HEADS, ORG_LINKS_AFTER_KIND, ORG_OPENERS, ORG_LINK_WORDS, ORG_OF_HEADS, PLACE_OF_HEADS, ROLE_HEADS } from './lexicon';
import { bare, isMarked, isPossessive, tokenAt, tokenize, type Token, titleCase, type WordCounts } from './tokens';
import { CALENDAR, COMMON, COUNTRY, DEMONYM, FIRST_NAME, FUNCTION, HONORIFIC, isRoleHeadWord, MONTH, ORG_SUFFIX, ROLE_MODIFIER, factsOf, writtenFactsOf } from './wordFacts';
import type { Block, Span } from './types';
import { WordSet } from './wordSet';
import { isPartyTag, professionPlural } from './wordShapes';

export type CaseMode = 'normal' | 'title' | 'caps';

export interface Sentence {
  readonly span: Span;
  readonly tokens: readonly Token[];
  readonly mode: CaseMode;
  /**
   * The indices, ascending, of the tokens that are capitalised words, numbers or words that may end
   * a lower-case organisation's name (`Token.mayEndOrg`): all a name, a date or such an organisation
   * may start at. The passes that look for those visit these alone, not every word in lower case.
   */
  readonly marked: readonly number[];
}

/** The indices of the tokens from..to (exclusive) a sentence marks (see `Sentence.marked`), less `from`: a run-in heading's and the rest's. */
function markedOf(tokens: readonly Token[], from: number, to: number): number[] {
  const marked: number[] = [];
  for (let i = from; i < to; i++) {
    if (isMarked(tokens[i]!)) marked.push(i - from);
  }
  return marked;
}

/** What the whole document says about words, for deciding the hard places. */
export interface CaseEvidence {
  /** Words seen capitalised inside a normal sentence (not at its start). */
  readonly midCaps: { has(word: string): boolean };
}

const OPENERS: ReadonlySet<string> = new Set(nameWords.openers);
const PARTICLES = new WordSet(nameWords.particles);
const POSSESSIVE_NAME_WORDS: ReadonlySet<string> = new Set(nameWords.possessiveNameWords);
const ADJECTIVE_TAILS: ReadonlySet<string> = new Set(nameWords.adjectiveTails);
const SAINTS: ReadonlySet<string> = new Set(nameWords.saints);

export function sentencesOf(doc: ProseDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const block of doc.blocks) out.push(...blockSentences(doc.prose, block));
  return out;
}

// Each sentence's marked indices are cut from one array per block at their length: an array grown
// by pushes holds room for 16 or more, ~90 bytes for a sentence of one or two marks, which a text
// of many short sentences ("Abc. Def. Ghi.") paid per sentence.
const NONE_MARKED: readonly number[] = Object.freeze([]);

/** The sentences of one block, tokenised, with the case mode the block's words give them. */
export function blockSentences(prose: string, block: Block): Sentence[] {
  const out: Sentence[] = [];
  const counts: WordCounts = { words: 0, upper: 0 };
  // loops, not map and forEach: callbacks made per block cost more than they do
  const spans = block.sentences;
  const blockTokens: Token[][] = [];
  // the block's marked indices, sentence after sentence, from ends[i - 1] to ends[i]
  const marked: number[] = [];
  const ends: number[] = [];
  for (let i = 0; i < spans.length; i++) {
    blockTokens.push(tokenize(prose, spans[i]!, counts, marked));
    ends.push(marked.length);
  }
  const markedAt = (i: number): readonly number[] => {
    const from = i === 0 ? 0 : ends[i - 1]!;
    return from === ends[i] ? NONE_MARKED : marked.slice(from, ends[i]);
  };
  const { words, upper } = counts;
  const mode: CaseMode = upper >= 1 && upper >= 0.6 * words && !(words === 1 && upper === 1 && blockTokens.length === 1 && block.end - block.start <= 6)
    ? 'caps'
    : block.kind === 'heading' ? 'title' : 'normal';
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const tokens = blockTokens[i]!;
    const colon = mode === 'normal' ? leadHeading(tokens) : -1;
    if (colon < 0) out.push({ span, tokens, mode: mode === 'normal' && titleCased(tokens) ? 'title' : mode, marked: markedAt(i) });
    else {
      // "Slow Steps to Clean Rivers: The Water Board was…": a run-in heading
      out.push({ span: { start: span.start, end: tokens[colon]!.end }, tokens: tokens.slice(0, colon + 1), mode: 'title', marked: markedOf(tokens, 0, colon + 1) });
      out.push({ span: { start: tokens[colon + 1]?.start ?? span.end, end: span.end }, tokens: tokens.slice(colon + 1), mode, marked: markedOf(tokens, colon + 1, tokens.length) });
    }
  }
  return out;
}

const MINOR = new WordSet(nameWords.minor);

/** The index of the colon ending a run-in heading at the sentence's start, or -1. */
function leadHeading(tokens: readonly Token[]): number {
  let words = 0;
  for (let i = 0; i < tokens.length && i < 12; i++) {
    const t = tokens[i]!;
    if (t.text === ':') return words >= 2 ? i : -1;
    if (t.kind !== 'word') return -1;
    if (!t.cap && !MINOR.has(t.text)) return -1;
    words++;
  }
  return -1;
}

/** A sentence of five or more words, every one capitalised but the minor ones: a title. */
function titleCased(tokens: readonly Token[]): boolean {
  let words = 0;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (!t.cap && !MINOR.has(t.text)) return false;
    words++;
  }
  return words >= 5;
}

/** Starts a sentence, or a quotation or clause after a colon or dash within it. */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    // (the dash may open a sentence of its own, the dateline's abbreviation having closed one: "Calif. —")
    if (j === i - 1 && DATELINE_DASHES.has(t.text)) return j === 0 || datelineBefore(tokens, j);
    if (t.kind !== 'punct') return false;
    if (!OPENERS.has(t.text)) return false;
  }
  return true;
}

// the dashes that end a dateline ("SAN JOSE, Calif. — Shares of …")
const DATELINE_DASHES: ReadonlySet<string> = new Set(['—', '–', '--']);
/** Tokens a dateline runs to at most before its dash ("WASHINGTON, Oct. 3 (Reuters) —"). */
const MAX_DATELINE = 12;

/** The tokens before the dash at `dash` are a dateline: a place in capitals, then no word in lower case. */
function datelineBefore(tokens: readonly Token[], dash: number): boolean {
  if (dash > MAX_DATELINE || !isLoudWord(tokens[0])) return false;
  for (let k = 1; k < dash; k++) if (tokens[k]!.kind === 'word' && !tokens[k]!.cap) return false;
  return true;
}

/** The words capitalised inside normal sentences (see `CaseEvidence`), added to `midCaps`. */
export function caseEvidence(sentences: readonly Sentence[], midCaps = new Set<string>()): Set<string> {
  for (const s of sentences) {
    if (s.mode !== 'normal') continue;
    const tokens = s.tokens;
    // the first word of a sentence (after any opening quotes) says nothing about its case
    let first = 0;
    while (first < tokens.length && tokens[first]!.kind === 'punct' && OPENERS.has(tokens[first]!.text)) first++;
    // only the capitalised words matter, which the sentence marks
    const marked = s.marked;
    for (let m = 0; m < marked.length; m++) {
      const i = marked[m]!;
      if (i <= first) continue;
      const t = tokens[i]!;
      if (t.cap && !isInitial(tokens, i)) midCaps.add(t.text);
    }
  }
  return midCaps;
}

// the per-token regexes below run only on words with the character they look for
const CONTRACTION = /['’](?:ve|ll|re|d|m|t)$/i;
const STARTS_UPPER = /^\p{Lu}/u;
const isApostrophe = (k: number): boolean => k === 39 || k === 0x2019;
/** Whether CONTRACTION may match: its apostrophe stands two or three from the end. */
const mayBeContraction = (word: string): boolean => isApostrophe(word.charCodeAt(word.length - 2)) || isApostrophe(word.charCodeAt(word.length - 3));

export interface NameKnowledge {
  /** True when the word (as written, or title-cased) is known as a name outside this document. */
  isKnownName(word: string): boolean;
}

/**
 * A verb's ending on a common word the word lists lack in that form: after a name in a headline,
 * its verb ("Azerbaijan Retakes", "Israel Shelled", "Mark Brown Resigns"), a name there only where
 * the document knows it as one; elsewhere a plural may be a name's ("Queens Park").
 */
function isCommonInflection(word: string): boolean {
  const lower = word.toLowerCase();
  const end = lower.endsWith('es') || lower.endsWith('ed') ? 2 : lower.endsWith('s') ? 1 : 0;
  return end > 0 && lower.length - end >= 3 && (COMMON_WORDS.has(lower.slice(0, -end)) || end === 2 && COMMON_WORDS.has(lower.slice(0, -1)));
}

/** The two words before token i are a first name and another name word ("Will Smith" before "Wins"). */
function afterFullName(tokens: readonly Token[], i: number): boolean {
  const first = tokenAt(tokens, i - 2);
  return first !== undefined && first.cap && (writtenFactsOf(first) & FIRST_NAME) !== 0;
}

/** `isCommonInflection` after a capitalised word, unless the two are a name known as a whole ("United States"). */
function isHeadlineVerb(word: string, before: Token, known: NameKnowledge): boolean {
  return isCommonInflection(word) && !known.isKnownName(`${bare(before)} ${word}`);
}

/**
 * "Ukrainian-held", "Saudi-led", "London-based", "Soviet-era": a name and a word in lower case make
 * an adjective; but not a given name's syllables ("Lai Ching-te", "Moon Jae-in", "Kim Jong-un"),
 * nor an acronym's ("NATO-led" is read apart).
 */
function isCompoundAdjective(word: string): boolean {
  const tail = /-(\p{Ll}+)$/u.exec(word)?.[1];
  if (tail === undefined || /^\p{Lu}+-/u.test(word)) return false;
  // (after a head of two or three letters a given name's second syllable: "Chen Yu-fan", "Kim Ji-min";
  // but not "World War Two-era")
  return tail.endsWith('ed') || ADJECTIVE_TAILS.has(tail) || tail.endsWith('en') || (tail.length >= 3 && COMMON_WORDS.has(tail) && !/^\p{Lu}\p{Ll}{1,2}-/u.test(word));
}

/**
 * A month's abbreviation that is also a first name, without a stop, before a capitalised word that
 * is no date's, and after no word that leads to a date ("Jan Kowalczyk"; not "Jan 5", "Jan. 5" or
 * "from Jan to Mar").
 */
function firstNameBeforeSurname(s: Sentence, i: number, facts: number): boolean {
  const t = s.tokens[i]!;
  const next = s.tokens[i + 1];
  const before = tokenAt(s.tokens, i - 1);
  return (facts & FIRST_NAME) !== 0 && t.text.length === 3 && next !== undefined && next.kind === 'word' && next.cap && !(factsOf(next) & CALENDAR) && !(before !== undefined && !before.cap && MONTH_CUES.has(before.text));
}

/**
 * A month's name that is a first name: right after a role, or after a role and a comma, before a
 * capitalised word that is no date's ("foreign minister, January Makamba,"; not "in January 2024").
 */
function monthAfterRole(s: Sentence, i: number, facts: number): boolean {
  const next = s.tokens[i + 1];
  if (!(facts & MONTH) || next === undefined || next.kind !== 'word' || !next.cap || factsOf(next) & CALENDAR) return false;
  let before = tokenAt(s.tokens, i - 1);
  if (before?.text === ',') before = tokenAt(s.tokens, i - 2);
  return before !== undefined && before.kind === 'word' && isRoleHeadWord(before);
}

/** Whether a capitalised word may be (part of) a name where it stands. */
export function mayBeName(s: Sentence, i: number, evidence: CaseEvidence, known: NameKnowledge): boolean {
  const t = s.tokens[i]!;
  if (t.kind !== 'word' || !t.cap) return false;
  const word = bare(t);
  const facts = factsOf(t);
  if (facts & HONORIFIC) return false;
  // I've, We'll: a pronoun and a verb
  if (mayBeContraction(word) && CONTRACTION.test(word)) return false;
  // "Sen. Ana Ruiz, D-Mass., said": a party and a state, not a name
  if (isPartyTag(word)) return false;
  // "Pages & Co.", "Marks & Spencer": a capitalised word before "&" and another opens a firm's name, even a common word opening the sentence
  if (s.tokens[i + 1]?.text === '&' && s.tokens[i + 2]?.kind === 'word' && s.tokens[i + 2]!.cap && s.mode === 'normal') return true;
  // an initial (A. Dale) before a capitalised word, even one that spells a common word
  if (t.text.length === 2 && t.text.charCodeAt(1) === 46 && STARTS_UPPER.test(t.text)) return s.tokens[i + 1]?.cap === true;
  const before = tokenAt(s.tokens, i - 1);
  // a first name as written before this word
  const afterFirstName = before !== undefined && before.cap && (writtenFactsOf(before) & FIRST_NAME) !== 0;
  // a date's words are no name, save a surname after a first name (Theresa May), or a first name
  // spelled like a month's abbreviation before a surname (Jan Kowalczyk, not Jan 5)
  if (facts & CALENDAR && !(afterFirstName && s.tokens[i + 1]?.kind !== 'number') && !firstNameBeforeSurname(s, i, facts) && !monthAfterRole(s, i, facts)) return false;
  // Ukrainian-held, Russian-backed: a word, not a name (the nationality in it is found apart)
  if (word.includes('-') && isCompoundAdjective(word)) return false;
  if (s.mode === 'title') {
    // a first name and the surname after it (Stuart Law) in a heading or a list of names; but two
    // common words ("Land Swap", "Rose Garden") only where the document writes the first
    // capitalised in its prose too
    const next = s.tokens[i + 1];
    if (facts & FIRST_NAME && next?.cap === true && !(facts & COMMON && writtenFactsOf(next) & COMMON && !evidence.midCaps.has(word))) return true;
    // (not after a country that is also a first name: "Israel Expands Settlements")
    // (nor a common word after a first name and a surname: "Will Smith Wins")
    if (afterFirstName && !(facts & FUNCTION) && !(writtenFactsOf(before) & COUNTRY) && !(facts & COMMON && (writtenFactsOf(before) & COMMON && !evidence.midCaps.has(bare(before)) || afterFullName(s.tokens, i)))) return true;
    // a first name alone amid a headline's words is its noun ("Border Bill", "Wins Grant"): headlines
    // name people by their surnames; not after a name word ("Tunbridge Wells", "San Diego"), nor in
    // a list of names ("Staunton, Irwin, McAteer"), nor where the prose writes it capitalised
    // (nor at a clause's end: "Democrats Block Border Bill, Setting Up …")
    if (facts & FIRST_NAME && next?.cap !== true && (next?.kind === 'word' || next === undefined || next.text === ',' || next.text === ':') && before?.kind === 'word' && (!before.cap || writtenFactsOf(before) & COMMON) && !evidence.midCaps.has(word) && !known.isKnownName(word)) return false;
  }
  // a word in capitals for emphasis inside normal prose (MEDICAL CLAIMS) is no acronym
  const shouting = t.upper && s.mode === 'normal' && (facts & (COMMON | FUNCTION)) !== 0;
  // "Lisbon Newsroom", "Tomsk Shipping Desk" in a heading: an organisation's words after a proper name
  if (s.mode === 'title' && facts & ORG_SUFFIX && before !== undefined && before.cap && orgWordMayFollow(s.tokens, i - 1)) return true;
  if (s.mode === 'caps' || shouting || (s.mode === 'title' && (facts & COMMON || before !== undefined && before.cap && isHeadlineVerb(word, before, known)))) {
    // headlines and headings capitalise every word: a word is a name there only if the
    // document or the lexicons know it as one
    if (known.isKnownName(word)) return true;
    if (facts & FUNCTION) return false;
    const title = t.upper ? titleCase(word) : word;
    // an initialism in a headline (U.S.) or a word the document writes capitalised elsewhere
    if (t.text.includes('.') && t.text.length <= 6) return true;
    // an all-capitals common word counts only where the document writes it in title case
    const seen = evidence.midCaps.has(title) || (!(t.upper && facts & COMMON) && evidence.midCaps.has(word));
    return seen || known.isKnownName(title);
  }
  // a surname that is also a word, after a first name (Stuart Law, Michael Green)
  if (afterFirstName && !(facts & FUNCTION) && !(writtenFactsOf(before) & COMMON)) return true;
  const initial = isInitial(s.tokens, i);
  if (!initial) return t.upper || !(facts & FUNCTION);
  if (facts & FUNCTION) return false;
  // ("Von der Leyen said", "De la Cruz said": a particle opening a sentence before its name's capitalised word)
  if (particleOpensName(s.tokens, i)) return true;
  // ("Meteorologists said": a plural of a profession's noun opening a sentence is as common a word)
  // (nor the plural of a common noun, "Retailers said", "Librarians had": a name there only where the document writes it mid-sentence or the lexicons know it)
  // (nor a word whose shape is a common noun's: "Expropriation is …", "Herders said")
  if (!(facts & COMMON) && !professionPlural(word) && !(commonNounInShape(word.toLowerCase()) && !(facts & FIRST_NAME))) return true;
  return evidence.midCaps.has(word) || known.isKnownName(word) || (KNOWN_ORG_FIRST_WORDS.has(word) && opensKnownOrg(s.tokens, i, word)) || opensSuffixedOrg(s.tokens, i, facts) || HYPHENED_GIVEN_NAME.test(s.tokens[i + 1]?.text ?? '');
}

/** A word in lower case that is the plural of a common noun or shaped as one ("retailers", "expropriation", "herders"). */
const commonNounInShape = (lower: string): boolean => isPluralOfCommon(lower) || hasCommonNounShape(lower);

/** The capitalised particle at `i` runs through particles in lower case to a capitalised word that is no function word. */
function particleOpensName(tokens: readonly Token[], i: number): boolean {
  if (!PARTICLES.has(tokens[i]!.text.toLowerCase())) return false;
  let k = i + 1;
  while (k < i + 3 && tokens[k]?.kind === 'word' && !tokens[k]!.cap && PARTICLES.has(tokens[k]!.text)) k++;
  const name = tokens[k];
  return name !== undefined && name.kind === 'word' && name.cap && !(writtenFactsOf(name) & FUNCTION);
}

// a given name of two syllables joined by a hyphen, the second in lower case ("Ji-won", "Jae-in"):
// the word before it, though a common one ("Park", "Moon"), is the family name
const HYPHENED_GIVEN_NAME = /^\p{Lu}\p{Ll}{1,4}-\p{Ll}{2,5}$/u;

/**
 * "Human Rights Watch said", "Climate Action Network said": a sentence's first word, a common one,
 * opens a run of three capitalised words or more that an organisation's word ends (not a time:
 * "Yesterday Bank …").
 */
function opensSuffixedOrg(tokens: readonly Token[], i: number, facts: number): boolean {
  if (facts & CALENDAR || tokens[i]!.text.endsWith('ly') || RELATIVE_DAYS.has(tokens[i]!.text)) return false;
  for (let k = i + 1; k <= i + 3 && tokens[k]?.kind === 'word' && tokens[k]!.cap; k++) {
    const f = writtenFactsOf(tokens[k]!);
    if (f & FUNCTION) return false;
    // (a word between: "Buy Mines, Sell Coal" in a headline is two words and no name)
    if (f & ORG_SUFFIX) return k > i + 1;
  }
  return false;
}

/**
 * Where a run of name words starts once a common word before it is taken in that opens a name the
 * lexicons or the gazetteer know as a whole ("New York is …", "Great Britain left", "New York
 * Energy Desk"): mayBeName refuses a common word at a sentence's start or in a heading.
 * (Asked of each run apart: the same test inside mayBeName, however rarely reached, made the
 * whole analysis 2-4% slower, as the optimising compiler then left its word-facts look-ups out of
 * line.)
 */
/** Words after an organisation's opener (ORG_OPENERS) its last word may stand at most. */
const ORG_OPENER_REACH = 3;

export function withKnownOpener(s: Sentence, first: number, known: NameKnowledge): number {
  const k = first - 1;
  const t = tokenAt(s.tokens, k);
  if (t === undefined || t.kind !== 'word' || !t.cap || t.upper) return first;
  if (s.mode !== 'title' && !isInitial(s.tokens, k)) return first;
  const facts = factsOf(t);
  if (!(facts & COMMON) || facts & (FUNCTION | HONORIFIC | CALENDAR)) return first;
  const opener = bare(t);
  let name = opener;
  for (let n = first; n <= first + 1 && s.tokens[n]?.kind === 'word' && s.tokens[n]!.cap; n++) {
    name += ` ${bare(s.tokens[n]!)}`;
    if (known.isKnownName(name)) return k;
  }
  // "National Security Council spokesperson …": an organisation's name that its last word tells
  if (s.mode !== 'title' && ORG_OPENERS.has(opener)) {
    for (let n = first; n <= first + ORG_OPENER_REACH && s.tokens[n]?.kind === 'word' && s.tokens[n]!.cap; n++) {
      if (factsOf(s.tokens[n]!) & ORG_SUFFIX) return k;
    }
  }
  return first;
}

/** The word at k is a proper name, or an organisation word that itself follows one ("Tomsk Shipping"). */
function orgWordMayFollow(tokens: readonly Token[], k: number): boolean {
  for (let n = k; n >= 0 && k - n < 4 && tokens[n]!.cap; n--) {
    const facts = writtenFactsOf(tokens[n]!);
    if (!(facts & (COMMON | FUNCTION))) return true;
    if (!(facts & ORG_SUFFIX)) return false;
  }
  return false;
}

/** "White House officials said", "State Department spokesman …": a sentence's first word opens an organisation known as a whole. */
function opensKnownOrg(tokens: readonly Token[], i: number, word: string): boolean {
  let name = word;
  for (let k = i + 1; k <= i + 2 && tokens[k]?.kind === 'word' && tokens[k]!.cap; k++) {
    name += ` ${bare(tokens[k]!)}`;
    if (KNOWN_ORGS.has(name)) return true;
  }
  return false;
}

/**
 * Marks on one sentence's tokens at a time, for an analysis to reuse from sentence to sentence
 * (a typed array made per sentence is an object of a hundred bytes or more, and past 64 elements
 * one outside the heap; one per analysis, so that analyses never share them): each sentence's
 * marks carry a number of their own, so that a new sentence starts unmarked without clearing the
 * array (a call into the runtime per sentence), and only the tokens marked are written.
 */
export class TokenMarks {
  // a sentence's worth, small enough for V8 to keep in the heap: a larger one's buffer is made
  // outside it, dear for an analysis of a short article
  private array = new Uint8Array(64);
  private stamp = 0;

  /** Unmarks every token, for a sentence of `length` tokens. */
  begin(length: number): void {
    if (length > this.array.length) this.array = new Uint8Array(Math.max(length, this.array.length * 2));
    if (++this.stamp > 255) {
      this.array.fill(0);
      this.stamp = 1;
    }
  }

  mark(i: number): void {
    this.array[i] = this.stamp;
  }

  marked(i: number): boolean {
    return this.array[i] === this.stamp;
  }
}

/** Hears the runs of a sentence (tokens first..last, inclusive), left to right. */
export interface ChunkSink {
  chunk(first: number, last: number): void;
}

/**
 * The word at i is a capitalised plural whose possessive's apostrophe, written against it, comes
 * before an organisation's head ("Workers' Party", "Farmers’ Union").
 */
function pluralPossessiveInName(tokens: readonly Token[], i: number): boolean {
  // (the apostrophe first: it is asked of most capitalised words, and few have one after them)
  const mark = tokens[i + 1];
  if (mark === undefined || (mark.text !== '\'' && mark.text !== '’')) return false;
  const word = tokens[i]!;
  const head = tokens[i + 2];
  return word.cap && word.text.length > 3 && word.text.endsWith('s') && mark.start === word.end && head !== undefined && head.cap && head.start === mark.end + 1 && (factsOf(head) & ORG_SUFFIX) !== 0;
}

const isLoudWord = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && t.upper;

/** Marks the two or three words in capitals from i that are known as one name (NEW YORK, SAN DIEGO). */
function markKnownLoudRun(tokens: readonly Token[], i: number, known: NameKnowledge, candidate: TokenMarks): void {
  // a run needs a word in capitals at i and at i + 1
  if (!isLoudWord(tokens[i]) || !isLoudWord(tokens[i + 1])) return;
  for (let n = 3; n >= 2; n--) {
    if (i + n > tokens.length || (n === 3 && !isLoudWord(tokens[i + 2]))) continue;
    let name = titleCase(tokens[i]!.text);
    for (let k = i + 1; k < i + n; k++) name += ` ${titleCase(tokens[k]!.text)}`;
    if (!known.isKnownName(name)) continue;
    for (let k = i; k < i + n; k++) candidate.mark(k);
    return;
  }
}

// the quotation marks around a nickname inside a name (Margaret "Peggy" Holloway)
const NICKNAME_OPENERS: ReadonlySet<string> = new Set(['"', '“', '\'', '‘']);
const NICKNAME_CLOSERS: ReadonlySet<string> = new Set(['"', '”', '\'', '’']);

/**
 * The runs of possible name words in a sentence, handed to `sink` as found (no object or array
 * for them). Runs join across "of" after an organisation's or place's head (Bank of England, Gulf
 * of Mexico), across name particles (Ursula von der Leyen) and across "&" (Procter & Gamble).
 */
export function forEachChunk(s: Sentence, evidence: CaseEvidence, known: NameKnowledge, candidate: TokenMarks, sink: ChunkSink): void {
  const tokens = s.tokens;
  // the joins below look up to two places past the last token: no candidates there
  candidate.begin(tokens.length + 2);
  // only capitalised words may be candidates, which the sentence marks
  const marked = s.marked;
  for (let m = 0; m < marked.length; m++) {
    const i = marked[m]!;
    const t = tokens[i]!;
    if (t.cap && t.kind === 'word' && mayBeName(s, i, evidence, known)) candidate.mark(i);
  }
  const caps = s.mode === 'caps';
  if (caps) {
    // a dateline names a place, known or not: MONTE CARLO 1996-08-30, NICE , France 1996-08-30
    const date = tokens.findIndex((t) => t.kind === 'number' && /^\d{4}-\d\d-\d\d$/.test(t.text));
    if (date > 0 && date <= 6) {
      for (let k = 0; k < date && tokens[k]!.kind === 'word'; k++) candidate.mark(k);
    }
    // names of two or three words in a headline (NEW YORK, SAN DIEGO), known as a whole
    for (let i = 0; i + 1 < tokens.length; i++) markKnownLoudRun(tokens, i, known, candidate);
  } else if (tokens.length > 2 && isLoudWord(tokens[0]!)) {
    // a dateline opening a sentence: its place's common words too ("LA PAZ, March 23 —", "THE HAGUE")
    markKnownLoudRun(tokens, 0, known, candidate);
  }
  // "the Farmers’ Union": a capitalised plural before its possessive's apostrophe opens the
  // organisation's name (alone, a common word is no candidate)
  for (let m = 0; m < marked.length; m++) {
    const i = marked[m]!;
    if (!candidate.marked(i) && tokens[i]!.kind === 'word' && pluralPossessiveInName(tokens, i) && candidate.marked(i + 2)) candidate.mark(i);
  }
  // runs start at a candidate, which outside headlines is a marked token: those are visited alone
  let i = 0;
  let m = 0;
  while (i < tokens.length) {
    if (!caps) {
      while (m < marked.length && marked[m]! < i) m++;
      if (m === marked.length) break;
      i = marked[m++]!;
    }
    if (!candidate.marked(i)) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    // the run has taken "for" or "on" after an organisation's head: "and" may join a common word next
    let linked = false;
    // the run has taken "of" after a body's head ("Office of Management")
    let ofHead = false;
    // a kind of body in lower case stands before the run ("the charity Homes for …"): asked once a run
    const afterKind = kindOfBodyBefore(tokens, first);
    for (;;) {
      const next = last + 1;
      if (next < tokens.length && candidate.marked(next)) {
        last = next;
        continue;
      }
      const link = tokens[next];
      if (link === undefined) break;
      const head = tokens[last]!.text;
      // Margaret "Peggy" Holloway: a nickname in quotation marks between a first name and the surname
      if (NICKNAME_OPENERS.has(link.text) && last === first && factsOf(tokens[last]!) & FIRST_NAME && tokens[next + 1]?.cap === true && tokens[next + 1]!.kind === 'word' && NICKNAME_CLOSERS.has(tokens[next + 2]?.text ?? '') && candidate.marked(next + 3) && s.mode === 'normal') {
        last = next + 3;
        continue;
      }
      // "Donetsk People's Republic", "People's Republic of China": a people's possessive inside a state's or body's name
      if (isPossessive(link) && link.start === tokens[last]!.end && POSSESSIVE_NAME_WORDS.has(head) && candidate.marked(next + 1) && s.mode === 'normal') {
        last = next + 1;
        continue;
      }
      // "St. Luke's Hospital", "St. George's University Hospital": a saint's possessive inside the name of a body named for the saint
      if (isPossessive(link) && link.start === tokens[last]!.end && last > first && SAINTS.has(tokens[first]!.text) && s.mode === 'normal' && bodyRunAt(tokens, next + 1, candidate)) {
        last = next + 1;
        continue;
      }
      // "Kurdistan Workers' Party", "the Farmers’ Union": a plural's possessive inside an organisation's name
      if (pluralPossessiveInName(tokens, last) && candidate.marked(next + 1) && s.mode === 'normal') {
        last = next + 1;
        continue;
      }
      // (and inside a name a link word has joined: "Institute for the Study of War")
      // (or, after capitalised common words, a run that an organisation's head ends: "Gold Mines of
      // Northern Ruritania Ltd"; not one sentence-opening word, "Shares of Acme Corp", nor a person's
      // name, "Ann Lee of Acme News")
      if (link.text === 'of' && (linked || ORG_OF_HEADS.has(head) || PLACE_OF_HEADS.has(head) || ROLE_HEADS.has(head.toLowerCase()) || (last > 0 && commonWords(tokens, first, last) && orgHeadAt(tokens, next + 1, candidate) >= 0))) {
        const skip = tokens[next + 1]?.text === 'the' ? 2 : 1;
        if (candidate.marked(next + skip)) {
          ofHead ||= ORG_OF_HEADS.has(head);
          last = next + skip;
          continue;
        }
      }
      // "Center for American Progress", "Council on Foreign Relations" (not "the Council on
      // Monday"), "Institute for the Study of War"
      const linkWord = ORG_LINK_WORDS.has(link.text);
      const the = linkWord && tokens[next + 1]?.text === 'the' ? 1 : 0;
      const after = tokens[next + 1 + the];
      const joins = linkWord || (linked && link.text === 'and');
      if (joins && after !== undefined && candidate.marked(next + 1 + the) && s.mode === 'normal' && !(factsOf(after) & CALENDAR)) {
        if (ORG_LINK_HEADS.get(link.text)?.has(head)) {
          last = next + 1 + the;
          linked = true;
          continue;
        }
        // "Organisation for Security and Cooperation": a common word in capitals goes on with the name
        if (linked && link.text === 'and' && after.cap && factsOf(after) & COMMON && !(factsOf(after) & FIRST_NAME)) {
          last = next + 1;
          continue;
        }
      }
      // "Office of Management and Budget", "Ministry of Agriculture and Food": one common word in
      // capitals after "and" ends the body's name (not "Bank of England and Bank of France")
      if (link.text === 'and' && ofHead && s.mode === 'normal' && endsBodyName(tokens, last, next + 1, candidate)) {
        last = next + 1;
        continue;
      }
      // "the charity Homes for Karabakh": after a kind of body in lower case, its name's link words
      if (afterKind && link.kind === 'word' && ORG_LINKS_AFTER_KIND.has(link.text.toLowerCase()) && candidate.marked(next + 1) && s.mode === 'normal') {
        last = next + 1;
        continue;
      }
      // "Federation of Red Cross and Red Crescent Societies", "Department of Health and Human Services":
      // after "of", capitalised words up to a plural head of a body join too (not a second body: "Bank of England and Barclays Bank")
      const pluralHead = link.text === 'and' && ofHead && s.mode === 'normal' ? orgHeadAt(tokens, next + 1, candidate) : -1;
      if (pluralHead >= 0 && tokens[pluralHead]!.text.endsWith('s')) {
        last = pluralHead;
        continue;
      }
      if (link.text === 'and' && s.mode === 'normal' && joinsOrganization(tokens, last, next + 1, candidate, first === last)) {
        last = next + 1;
        continue;
      }
      // "Judea and Samaria", "Trinidad and Tobago": one word on each side of "and" that the
      // gazetteer knows joined as one place
      if (link.text === 'and' && first === last && standsAlone(tokens, next + 1, candidate) && known.isKnownName(`${tokens[last]!.text} and ${tokens[next + 1]!.text}`)) {
        last = next + 1;
        continue;
      }
      if ((link.text === '&' || (link.kind === 'word' && PARTICLES.has(link.text))) && candidate.marked(next + 1) && s.mode === 'normal') {
        last = next + 1;
        continue;
      }
      // particles come in pairs too: "Ursula von der Leyen", "Juan de la Cruz"
      const second = tokens[next + 1];
      if (link.kind === 'word' && PARTICLES.has(link.text) && second?.kind === 'word' && PARTICLES.has(second.text) && candidate.marked(next + 2) && s.mode === 'normal') {
        last = next + 2;
        continue;
      }
      break;
    }
    sink.chunk(possessiveOpening(tokens, first, last), last);
    i = last + 1;
  }
}

/** A kind of body in lower case stands right before `first`: "the charity", "the group". */
function kindOfBodyBefore(tokens: readonly Token[], first: number): boolean {
  const kind = tokens[first - 1];
  return kind !== undefined && kind.kind === 'word' && !kind.cap && ORG_KINDS_BEFORE.has(kind.text);
}

/** The candidate at `k` stands alone: no candidate follows it. */
function standsAlone(tokens: readonly Token[], k: number, candidate: TokenMarks): boolean {
  return k < tokens.length && candidate.marked(k) && !candidate.marked(k + 1);
}

/**
 * "the People's Liberation Army", "the Farmers' Union": a capitalised common word's possessive
 * opens the organisation's name its head ends; the first token of the name, with it.
 */
function possessiveOpening(tokens: readonly Token[], first: number, last: number): number {
  const mark = tokens[first - 1];
  const word = tokens[first - 2];
  if (mark === undefined || word === undefined || !isPossessive(mark) || word.end !== mark.start || !word.cap || word.kind !== 'word') return first;
  const facts = factsOf(word);
  return facts & COMMON && !(facts & (FIRST_NAME | COUNTRY)) && factsOf(tokens[last]!) & ORG_SUFFIX ? first - 2 : first;
}

/**
 * "Metals and Grains Exchange", "Test and County Cricket Board": "and" between capitalised common
 * words and the organisation's head that ends them joins one name. (Not after a name or a head of
 * its own: "Acme Ltd and Bell Holdings Ltd" are two.)
 */
function joinsOrganization(tokens: readonly Token[], last: number, after: number, candidate: TokenMarks, alone: boolean): boolean {
  const before = factsOf(tokens[last]!);
  // (a suffix alone before "and" is no name of its own: "Securities and Exchange Commission")
  if (!(before & COMMON) || before & FIRST_NAME || before & ORG_SUFFIX && !alone) return false;
  // (common words up to the head: "Kansai Power and Kansai Airport Ltd" are two)
  const head = orgHeadAt(tokens, after, candidate);
  return head >= 0 && commonWords(tokens, after, head - 1);
}

/** The capitalised common words on both sides of "and" at `after - 1`, and nothing of the name after the second. */
function endsBodyName(tokens: readonly Token[], last: number, after: number, candidate: TokenMarks): boolean {
  const before = factsOf(tokens[last]!);
  const word = tokens[after];
  // (a ministry's field is often a role's too: "Agriculture Minister")
  if (!(before & (COMMON | ROLE_MODIFIER)) || before & (FIRST_NAME | COUNTRY | DEMONYM) || word === undefined || !candidate.marked(after) || candidate.marked(after + 1) || tokens[after + 1]?.text === 'of') return false;
  const facts = factsOf(word);
  return (facts & (COMMON | ROLE_MODIFIER)) !== 0 && !(facts & (FIRST_NAME | CALENDAR | ORG_SUFFIX | COUNTRY | DEMONYM));
}

/** Tokens first..last are capitalised common words, none a first name ("Grains", "County Cricket"). */
function commonWords(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k <= last; k++) {
    const facts = factsOf(tokens[k]!);
    if (!(facts & COMMON) || facts & FIRST_NAME) return false;
  }
  return true;
}

/** Where the run of name words from `from` on ends, when it is two words or more and the last an organisation's head ("Grains Exchange"); else -1. */
/** The marked run from `from` ends in an organisation's word ("Hospital", "University Hospital"). */
function bodyRunAt(tokens: readonly Token[], from: number, candidate: TokenMarks): boolean {
  return candidate.marked(from) && (factsOf(tokens[markedRunEnd(candidate, from)]!) & ORG_SUFFIX) !== 0;
}

/** The last marked token of the run from `from`. */
function markedRunEnd(candidate: TokenMarks, from: number): number {
  let end = from;
  while (candidate.marked(end + 1)) end++;
  return end;
}

function orgHeadAt(tokens: readonly Token[], from: number, candidate: TokenMarks): number {
  if (!candidate.marked(from) || !candidate.marked(from + 1)) return -1;
  const end = markedRunEnd(candidate, from + 1);
  return factsOf(tokens[end]!) & ORG_SUFFIX ? end : -1;
}
