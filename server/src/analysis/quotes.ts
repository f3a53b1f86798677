import { CUE_WORDS, FRAME_WORDS, ORGANIZATION_WORDS_LOWER, PERSON_ROLES } from './cues';
import type { ProseDocument } from './document';
import { findFrames, FRAME_LEAD_SIEVE, framingLeads, type Frame, type TokenRange } from './frames';
import { ADJUNCT, AUXILIARY, BOUNDARY, CUE, DETERMINER, isIn, PRONOUN } from './frameWords';
import { isAllCaps, isCapitalised, scanBlock, type Token } from './quoteTokens';
import { shiftOffsets, SpanMemos } from './incremental';
import type { Block, QuoteKind, Span } from './types';
import { lowerBound } from './search';
import { sortFew } from './smallSort';
import { isSpaceAt, personNounEnding, startsWithDigit } from './wordShapes';

/** A quotation found in the text, before its speaker is known. */
export interface QuoteSpan extends Span {
  readonly kind: QuoteKind;
  readonly sentence: Span;
  /** The reporting verb or phrase that frames this quote, when the text has one. */
  readonly cue?: Span;
  /** The words naming who speaks (a name, a pronoun, a noun phrase), where the text names them. */
  readonly source?: Span;
  /**
   * The quote whose speaker this one continues: its index among its block's quotes as found (see
   * `Placed.rank`), or PREVIOUS for the last speech of the block before.
   */
  readonly continues?: number;
}

type Role = 'open' | 'close' | 'either' | 'none';

interface Marked {
  /** Token index of the opening mark (or of the first word for transcript lines). */
  open: number;
  /** Token index of the closing mark, or the block's token count when unclosed. */
  close: number;
  /** Offsets of the quoted words. */
  start: number;
  end: number;
  /** Runs on into the next paragraph. */
  runsOn: boolean;
  /** Speaker label of a transcript line ("PENCE:"): token range. */
  label?: TokenRange;
}

const DOUBLE_OPEN = new Set(['“', '„', '«']);
const DOUBLE_CLOSE = new Set(['”', '»']);
const SINGLE_OPEN = new Set(['‘', '‚', '‹']);
const SINGLE_CLOSE = new Set(['’', '›']);
/** “"„«‘'‹` : what may open a paragraph's quotation. */
const opensQuotation = (c: number): boolean => c === 0x201c || c === 34 || c === 0x201e || c === 0xab || c === 0x2018 || c === 39 || c === 0x2039 || c === 96;
/** The characters pairMarks reads: straight and typewriter marks, and the curly and angled ones. */
const isMarkCode = (c: number): boolean => c === 34 || c === 39 || c === 96 || c === 0xab || c === 0xbb || (c >= 0x2018 && c <= 0x201e) || c === 0x2039 || c === 0x203a;
const SHORT_WORDS = 4;
const NOT_CONTENT = FRAME_WORDS.notContent;
// a verb of motion's way, not what was said: "pushed deeper into Syria", "moved towards the border"
const NOT_CONTENT_OPENERS = FRAME_WORDS.notContentOpeners;
// "who asked not to be named": the source's terms, not what it said
const ANONYMITY = FRAME_WORDS.anonymity;

/** Words a source's asking not to be named runs to at most ("that her surname not be published"). */
const MAX_ANONYMITY = 6;

/**
 * Content that is a source's asking not to be named: a few words ending "not (to) be" and one of
 * ANONYMITY ("not to be identified", "her surname not be published").
 */
function asksAnonymity(tokens: readonly Token[], c: { readonly start: number; readonly end: number }): boolean {
  const n = c.end - c.start;
  if (n < 3 || n > MAX_ANONYMITY || !ANONYMITY.has(tokens[c.end - 1]!.lower) || tokens[c.end - 2]!.lower !== 'be') return false;
  const not = tokens[c.end - 3]!.lower === 'to' && n >= 4 ? c.end - 4 : c.end - 3;
  return tokens[not]!.lower === 'not';
}

// /[\s([{—–\-/]/ and /[\s)\]}.,;:!?…—–\-/]/ on one character, white space by code where it is ASCII
const OPENING_SIDE = '([{—–-/';
const CLOSING_SIDE = ')]}.,;:!?…—–-/';
const isSpaceOrStart = (ch: string | undefined): boolean => ch === undefined || isSpaceAt(ch, 0) || OPENING_SIDE.includes(ch);
const isSpaceOrEnd = (ch: string | undefined): boolean => ch === undefined || isSpaceAt(ch, 0) || CLOSING_SIDE.includes(ch);

/** Whether a quotation mark opens or closes, from the characters around it. */
function roleOf(prose: string, at: number, blockStart: number, blockEnd: number, width = 1, as?: string): Role {
  const ch = as ?? prose[at]!;
  const before = at > blockStart ? prose[at - 1] : undefined;
  const after = at + width < blockEnd ? prose[at + width] : undefined;
  const spaceBefore = isSpaceOrStart(before) || (before !== undefined && (DOUBLE_OPEN.has(before) || SINGLE_OPEN.has(before) || before === '"'));
  const spaceAfter = isSpaceOrEnd(after) || (after !== undefined && (DOUBLE_CLOSE.has(after) || SINGLE_CLOSE.has(after) || after === '"' || after === '\''));
  if (DOUBLE_OPEN.has(ch) || SINGLE_OPEN.has(ch)) {
    // ‘90s, ‘em
    if (ch === '‘' && after !== undefined && /\d/.test(after) && /^\d\ds\b|^\d\d\b/.test(prose.slice(at + 1, at + 5))) return 'none';
    // „…“ and ‚…‘ (German, Czech, Polish…): “ and ‘ close a quotation there, glued to its last
    // word and followed by a space or a mark, where in English they open one
    if ((ch === '“' || ch === '‘') && !spaceBefore && spaceAfter) return 'close';
    return 'open';
  }
  if (DOUBLE_CLOSE.has(ch)) return spaceBefore && !spaceAfter ? 'open' : 'close';
  if (ch === '"') {
    if (spaceBefore && !spaceAfter) return 'open';
    if (!spaceBefore && spaceAfter) return 'close';
    return 'either';
  }
  // single marks: apostrophes inside words are part of word tokens already
  if (ch === '’' || ch === '\'') {
    if (after !== undefined && /\d/.test(after) && /^\d\ds\b|^\d\d\b/.test(prose.slice(at + 1, at + 5))) return 'none';
    if (spaceBefore && !spaceAfter) return ch === '\'' ? 'open' : 'none';
    if (!spaceBefore && spaceAfter) return 'close';
    return 'none';
  }
  return 'none';
}

/**
 * Pairs the quotation marks of one block. Singles count as quotation marks only outside doubles.
 * `candidates` are the marks the scan found (quoteTokens.ts `BlockFinds.marks`): no other token is one.
 */
function pairMarks(prose: string, block: Block, tokens: readonly Token[], reopensNext: boolean, candidates: readonly number[]): Marked[] {
  const found: Marked[] = [];
  let dOpen = -1;
  let sOpen = -1;
  // the next token to read: a typewriter double's second mark is read with its first
  let next = 0;
  for (let x = 0; x < candidates.length; x++) {
    let i = candidates[x]!;
    if (i < next) continue;
    next = i + 1;
    const t = tokens[i]!;
    let ch = t.text;
    // typewriter doubles: ''…'' and ``…''
    const doubled = (ch === '\'' || ch === '`') && tokens[i + 1]?.text === '\'' && tokens[i + 1]!.start === t.end || ch === '`' && tokens[i + 1]?.text === '`' && tokens[i + 1]!.start === t.end;
    if (doubled) ch = ch === '`' ? '“' : '"';
    const isDouble = ch === '"' || DOUBLE_OPEN.has(ch) || DOUBLE_CLOSE.has(ch);
    const isSingle = ch === '\'' || SINGLE_OPEN.has(ch) || SINGLE_CLOSE.has(ch);
    if (!isDouble && !isSingle) continue;
    const role = roleOf(prose, t.start, block.start, block.end, doubled ? 2 : 1, ch);
    const inner = doubled ? i + 1 : i;
    if (doubled) next = ++i + 1;
    if (role === 'none') continue;
    if (isDouble) {
      if (dOpen < 0) {
        if (role !== 'close') {
          dOpen = inner;
          sOpen = -1;
        }
      } else if (role === 'close' || role === 'either') {
        if (t.start > tokens[dOpen]!.end) found.push(spaced(tokens, dOpen, i - (doubled ? 1 : 0), t.start));
        dOpen = -1;
      } else {
        // a second opening mark: the first was never closed. A straight mark opening the
        // paragraph before curly pairs marks a quoted excerpt, not speech: drop it
        const opener = tokens[dOpen]!;
        const excerpt = opener.text === '"' && dOpen === 0 && ch !== '"' && !transcriptLabel(tokens, 1);
        if (!excerpt) found.push(unclosed(tokens, dOpen, i - (doubled ? 1 : 0)));
        else {
          dOpen = inner;
          continue;
        }
        dOpen = inner;
      }
    } else if (dOpen < 0) {
      if (sOpen < 0) {
        if (role === 'open') sOpen = i;
      } else if (role === 'close' || role === 'either') {
        found.push(spaced(tokens, sOpen, i, t.start));
        sOpen = -1;
      } else if (role === 'open') sOpen = i;
    }
  }
  if (dOpen >= 0) {
    const last = tokens[tokens.length - 1]!;
    // an open quotation runs to the paragraph's end, and on when the next paragraph reopens it
    found.push({ open: dOpen, close: tokens.length, start: tokens[dOpen]!.end, end: last.end, runsOn: reopensNext });
  }
  // "(CROSSTALK.)": stage directions are not speech
  if (found.length === 0) return found;
  return found.filter((m) => m.end > m.start && hasLetterOrDigit(prose, m.start, m.end) && !(opensWithParenthesis(prose, m.start, m.end) && /^\s*\([^()]*\)\W*$/u.test(prose.slice(m.start, m.end))));
}

/**
 * A closed quotation between the marks at `open` and `close` (which starts at `closeStart`),
 * without the spaces French and other typography set inside the marks ("« Non »").
 */
function spaced(tokens: readonly Token[], open: number, close: number, closeStart: number): Marked {
  const first = tokens[open + 1];
  const last = tokens[close - 1];
  const inside = close - open > 1 && first !== undefined && last !== undefined;
  return { open, close, start: inside ? first.start : tokens[open]!.end, end: inside ? last.end : closeStart, runsOn: false };
}

/** /[\p{L}\p{N}]/u in prose[from, to), without a copy: most quotations have a letter at once. */
function hasLetterOrDigit(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = prose.charCodeAt(i);
    if (c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(prose.slice(i, Math.min(to, i + 2)))) return true;
  }
  return false;
}

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]/u;

/** A "(" first after white space in prose[from, to): the one way a stage direction opens. */
function opensWithParenthesis(prose: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const ch = prose.charAt(i);
    if (!/\s/.test(ch)) return ch === '(';
  }
  return false;
}

/** An opening mark never closed before the next one: the quote ends with its sentence. */
function unclosed(tokens: readonly Token[], open: number, next: number): Marked {
  const s = tokens[open]!.sentence;
  let e = open + 1;
  while (e < next && tokens[e]!.sentence === s) e++;
  return { open, close: e, start: tokens[open]!.end, end: tokens[Math.max(open, e - 1)]!.end, runsOn: false };
}

/** "PENCE: …" or "MR. TRUMP: …" at the head of a transcript line. */
function transcriptLabel(tokens: readonly Token[], from: number): TokenRange | null {
  let k = from;
  while (k < tokens.length && k - from < 5 && (isAllCaps(tokens[k]!) || tokens[k]!.text === '.')) k++;
  if (k === from || k >= tokens.length || tokens[k]!.text !== ':' || !isAllCaps(tokens[k - 1]!)) return null;
  return { start: from, end: k + 1 };
}

/**
 * The quotations of each block of a document in turn (marked quotes: direct, partial, scare; and
 * reported speech: indirect), each block read after what the blocks before it left (`Before`).
 * While the document is edited, each block's memo and its quotes placed where it stood pass from
 * one analysis to the next (see `CarriedQuotes`).
 */
export class QuoteSpans {
  private readonly memos: SpanMemos<BlockQuotes | null>;
  // kept results are relative to the block; a result made for this analysis only is not
  private readonly kept: boolean;
  private readonly previous: CarriedQuotes | undefined;
  private readonly current: CarriedQuotes | undefined;

  constructor(private readonly doc: ProseDocument) {
    this.memos = new SpanMemos<BlockQuotes | null>(doc, 'quotes');
    this.kept = doc.cache?.keeps === true;
    const count = doc.blocks.length;
    this.previous = this.kept ? carriedQuotes(doc) : undefined;
    this.current = this.kept ? { found: new Array(count), placed: new Array(count) } : undefined;
    if (this.current) doc.cache!.carry(CARRIED, this.current);
  }

  /** Block `b`'s quotes, placed where it stands, when it has words: read after `before`. */
  of(b: number, before: Before): { readonly found: BlockQuotes; readonly placed: Placed } | null {
    const { doc, kept, previous, current } = this;
    const prose = doc.prose;
    const count = doc.blocks.length;
    const block = doc.blocks[b]!;
    const next = doc.blocks[b + 1];
    const reopensNext = next !== undefined && next.start < prose.length && opensQuotation(prose.charCodeAt(next.start));
    const base = block.start;
    // a block standing unchanged since the previous analysis: its memo then, while what it read still holds
    const old = previous ? doc.cache!.previousIndex(b, count) : -1;
    const was = old >= 0 ? previous!.found[old] : undefined;
    const found = !kept
      ? blockQuotes(prose, block, reopensNext, before)
      : was !== undefined && (was === null || holdsAfter(was, reopensNext, before, base))
        ? was
        : this.memos.get(block, block, (q) => q === null || holdsAfter(q, reopensNext, before, base), () => {
            const q = blockQuotes(prose, block, reopensNext, before);
            return q && shiftOffsets(q, -base);
          });
    if (current) current.found[b] = found;
    if (found === null) return null;
    // placed where the block stands: as the previous analysis placed them when it stood there too
    const wasPlaced = was === found ? previous!.placed[old] : undefined;
    const placed: Placed = !kept
      ? placedAt(base, found.quotes, found.announced)
      : wasPlaced?.start === base
        ? wasPlaced
        : placedAt(base, found.quotes.map((q) => shiftOffsets(q, base)), found.announced && shiftOffsets(found.announced, base));
    if (current) current.placed[b] = placed;
    return { found, placed };
  }

  /**
   * Block `b` stands as the previous analysis's block `old` did and read the same, so that its
   * quotes were taken from that analysis without being asked for (see quoteBlocks.ts): its memo
   * passes on to the next analysis as if it had been.
   */
  taken(b: number, old: number): void {
    if (!this.current || !this.previous) return;
    this.current.found[b] = this.previous.found[old];
    this.current.placed[b] = this.previous.placed[old];
  }
}

/** A block's quotes placed at `start`, in document order. */
function placedAt(start: number, quotes: readonly QuoteSpan[], announced: Announced | null): Placed {
  if (quotes.length < 2) return { start, sorted: quotes, rank: quotes.length === 0 ? NO_RANKS : ONE_RANK, announced };
  // by start, the longer first where two start together, else as found
  const order = sortFew(
    quotes.map((_, k) => k),
    (a, b) => quotes[a]!.start - quotes[b]!.start || quotes[b]!.end - quotes[a]!.end || a - b,
  );
  const rank = new Array<number>(quotes.length);
  order.forEach((k, at) => (rank[k] = at));
  return { start, sorted: order.map((k) => quotes[k]!), rank, announced };
}

const NO_RANKS: readonly number[] = Object.freeze([]);
const ONE_RANK: readonly number[] = Object.freeze([0]);

/**
 * What an analysis of an edited document hands the next, by block: the memo each block used, and
 * its quotes placed where the block stood, which serve again while the block stands there.
 */
interface CarriedQuotes {
  readonly found: (BlockQuotes | null)[];
  readonly placed: (Placed | undefined)[];
}

/** A block's quotes and announcing frame at the block's place in the document. */
export interface Placed {
  readonly start: number;
  /** The quotes in document order; `continues` is still the index among them as found (see BlockQuotes). */
  readonly sorted: readonly QuoteSpan[];
  /** For each of the block's quotes as found, its place in `sorted`. */
  readonly rank: readonly number[];
  readonly announced: Announced | null;
}

const CARRIED = 'quotes:carried';

/** The previous analysis's `CarriedQuotes`, when its blocks are the ones `previousIndex` counts. */
function carriedQuotes(doc: ProseDocument): CarriedQuotes | undefined {
  const carried = doc.cache!.take<CarriedQuotes>(CARRIED);
  return carried && carried.found.length === doc.cache!.previousCount() ? carried : undefined;
}

/** The frame a quote without one of its own takes: its cue and speaker, as offsets. */
export interface Announced {
  readonly cue: Span;
  readonly source?: Span;
}

/** What a block's quotes may take from the blocks before it. */
export interface Before {
  /** A frame announcing the quote that opens this block ("He said:"), from the block before. */
  readonly announced: Announced | null;
  /** The block before ends with quoted speech, which a quote opening this one may continue. */
  readonly speech: boolean;
}

/**
 * One block's quotations, what they took from the blocks before (recorded, so that a memo is
 * reused only while the same holds) and what they leave to the next block.
 */
export interface BlockQuotes {
  readonly reopensNext: boolean;
  /** The announcing frame this block read from the block before (undefined: it read none). */
  readonly announcedBefore: Announced | null | undefined;
  /** Whether the block before ended with speech, if this block asked. */
  readonly speechBefore: boolean | undefined;
  /** `continues` is an index among these quotes, or PREVIOUS for the speech of the block before. */
  readonly quotes: readonly QuoteSpan[];
  readonly announced: Announced | null;
  /** Index of the block's last speech among its quotes, or -1. */
  readonly lastSpeech: number;
}

export const PREVIOUS = -2;

function holdsAfter(q: BlockQuotes, reopensNext: boolean, before: Before, base: number): boolean {
  if (q.reopensNext !== reopensNext) return false;
  if (q.speechBefore !== undefined && q.speechBefore !== before.speech) return false;
  if (q.announcedBefore === undefined) return true;
  if (q.announcedBefore === null || before.announced === null) return q.announcedBefore === before.announced;
  return sameAnnounced(q.announcedBefore, shiftOffsets(before.announced, -base));
}

function sameAnnounced(a: Announced, b: Announced): boolean {
  return a.cue.start === b.cue.start && a.cue.end === b.cue.end && a.source?.start === b.source?.start && a.source?.end === b.source?.end;
}

/** The quotations of one block (see `BlockQuotes`), null when it has no tokens. */
function blockQuotes(prose: string, block: Block, reopensNext: boolean, before: Before): BlockQuotes | null {
  const out: QuoteSpan[] = [];
  let announced: Announced | null = before.announced;
  let announcedBefore: Announced | null | undefined;
  let speechBefore: boolean | undefined;
  // what is read of the blocks before is recorded: until the block's first sentence is done,
  // `announced` is what the block before left
  let announcedIsBefore = true;
  let lastSpeech = -1;
  const { tokens, finds } = scanBlock(prose, block.start, block.end, block.sentences, isMarkCode, FRAME_LEAD_SIEVE);
  if (finds.read === 0) return null;
  // no quotation mark, no word that opens a frame or names a document, no colon of a label or a
  // headline: no quote, no frame (a third of the blocks: bylines, captions, plain narration, where
  // the scan made no tokens; and those whose only leads are phrase words without their phrase)
  const leads = framingLeads(tokens, finds.leads);
  if (finds.marks.length === 0 && leads.length === 0 && !finds.colon) return { reopensNext, announcedBefore, speechBefore, quotes: out, announced: null, lastSpeech };
  const marks = block.kind === 'heading' ? [] : pairMarks(prose, block, tokens, reopensNext, finds.marks);
  const label = marks.length > 0 && marks[0]!.open === 0 ? transcriptLabel(tokens, 1) : transcriptLabel(tokens, 0);
  if (label) {
    if (marks.length > 0 && marks[0]!.open === 0) {
      const m = marks[0]!;
      m.label = label;
      m.start = tokens[label.end]?.start ?? m.start;
    } else if (label.start === 0 && label.end < tokens.length) {
      const last = tokens[tokens.length - 1]!;
      marks.unshift({ open: -1, close: tokens.length, start: tokens[label.end]!.start, end: last.end, runsOn: false, label });
    }
  }
  for (let q = 0; q < marks.length; q++) {
    const m = marks[q]!;
    for (let k = Math.max(0, m.open + 1); k < m.close && k < tokens.length; k++) if (tokens[k]!.start >= m.start) tokens[k]!.quote = q;
  }
  const units = unitsOf(tokens, marks, finds.sentenceStarts);
  let leadAt = 0;
  // Words and quoted words by prefix sums: a long sentence with many frames costs linear time,
  // not frames × content length. Summed when a content's first words do not settle it (see
  // `QUICK_TOKENS`): most blocks need none.
  let wordsBefore: Uint32Array | undefined;
  let quotedBefore: Uint32Array | undefined;
  let markAt = 0;
  for (const unit of units) {
    while (leadAt < leads.length && leads[leadAt]! < unit.from) leadAt++;
    // a frame needs a word the scan let through, or a headline's colon
    const frames = finds.colon || (leadAt < leads.length && leads[leadAt]! < unit.to) ? findFrames(tokens, unit.from, unit.to, leads, leadAt) : NO_FRAMES;
    // the unit's span, shared by its quotes: made for the first (most units have none)
    let sentence: Span | null = null;
    // the marks opened in this unit, from `firstMark` to `markAt` (marks and units are both in text order)
    const firstMark = markAt;
    while (markAt < marks.length && marks[markAt]!.open < unit.to) markAt++;
    // reported speech, unless the reported words are wholly in quotation marks
    for (const f of frames) {
      const c = f.content;
      if (!c) continue;
      // two words, one of them unquoted, settle it: the content is reported speech
      let words = 0;
      let quoted = 0;
      const read = Math.min(c.end, c.start + QUICK_TOKENS);
      for (let k = c.start; k < read && (words < 2 || quoted === words); k++) {
        const t = tokens[k]!;
        if (!t.word) continue;
        words++;
        if (t.quote >= 0) quoted++;
      }
      if (read < c.end && (words < 2 || quoted === words)) {
        if (!wordsBefore || !quotedBefore) {
          wordsBefore = prefixSums(0, tokens.length + 1);
          quotedBefore = prefixSums(1, tokens.length + 1);
          sumWords(tokens, wordsBefore, quotedBefore);
        }
        words = wordsBefore[c.end]! - wordsBefore[c.start]!;
        quoted = quotedBefore[c.end]! - quotedBefore[c.start]!;
      }
      if (words === 0 || quoted === words || words === 1 && !nounLike(tokens, c) || NOT_CONTENT_OPENERS.has(tokens[c.start]!.lower) || asksAnonymity(tokens, c)) continue;
      const start = tokens[c.start]!.start;
      const end = tokens[c.end - 1]!.end;
      const cue = rangeSpan(tokens, f.cue);
      sentence ??= { start: tokens[unit.from]!.start, end: tokens[unit.to - 1]!.end };
      // literals of each shape, keys in one order: no spread on this path
      out.push(f.source ? { start, end, kind: 'indirect', sentence, cue, source: rangeSpan(tokens, f.source) } : { start, end, kind: 'indirect', sentence, cue });
      if (f.source) {
        lastSpeech = out.length - 1;
      }
    }
    for (let q = firstMark; q < markAt; q++) {
      const m = marks[q]!;
      const near = nearFrames(frames, m);
      // a quotation signed with a name is speech, however short
      const signed = m.label || !opensLine(prose, tokens, m.open) ? null : signedBy(prose, tokens, m.close + 1);
      const kind = m.label || signed ? 'direct' : classify(tokens, unit, m, near);
      if (kind === null) continue;
      const frame: Frame | null = m.label ? { cue: { start: m.label.end - 1, end: m.label.end }, source: { start: m.label.start, end: m.label.end - 1 }, content: null, evaluative: false, announces: false } : signed ?? pickFrame(tokens, m, near, kind === 'direct');
      let spans: Announced | null = frame ? frameSpans(tokens, frame) : null;
      let continues: number | undefined;
      if (!frame && kind === 'direct') {
        if (announcedIsBefore) announcedBefore = before.announced;
        if (announced !== null && m.open <= 1) {
          spans = announced;
        } else if (lastSpeech >= 0 || (m.open <= 0 && (speechBefore = before.speech))) {
          continues = lastSpeech;
        }
      }
      const { start, end } = m;
      // a quote takes a frame or continues a speech, never both
      sentence ??= { start: tokens[unit.from]!.start, end: tokens[unit.to - 1]!.end };
      if (spans) out.push(spans.source ? { start, end, kind, sentence, cue: spans.cue, source: spans.source } : { start, end, kind, sentence, cue: spans.cue });
      else out.push(continues !== undefined ? { start, end, kind, sentence, continues } : { start, end, kind, sentence });
      if (kind === 'direct' || kind === 'partial') {
        lastSpeech = out.length - 1;
      }
    }
    const lastFrame = frames[frames.length - 1];
    announced = lastFrame && lastFrame.announces ? frameSpans(tokens, lastFrame) : null;
    announcedIsBefore = false;
  }
  for (let k = 0; k < out.length; k++) {
    const q = out[k]!;
    if (q.continues === -1) out[k] = { start: q.start, end: q.end, kind: q.kind, sentence: q.sentence, continues: PREVIOUS };
  }
  return { reopensNext, announcedBefore, speechBefore, quotes: out, announced, lastSpeech };
}

const NO_FRAMES: readonly Frame[] = Object.freeze([]);

/** How many tokens of a reported content are read before its words are counted by prefix sums (see blockQuotes). */
const QUICK_TOKENS = 16;

/** Fills the prefix sums of a block's words and quoted words (see blockQuotes). */
function sumWords(tokens: readonly Token[], wordsBefore: Uint32Array, quotedBefore: Uint32Array): void {
  wordsBefore[0] = 0;
  quotedBefore[0] = 0;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    wordsBefore[k + 1] = wordsBefore[k]! + (t.word ? 1 : 0);
    quotedBefore[k + 1] = quotedBefore[k]! + (t.word && t.quote >= 0 ? 1 : 0);
  }
}

// The prefix sums of blockQuotes, reused from block to block: a typed array of more than a few
// numbers is allocated outside the heap, which costs more than filling it for a paragraph. Only
// paragraph-sized ones are kept, so that one huge block's do not stay behind.
const KEPT_SUMS = 1 << 14;
const sums = [new Uint32Array(256), new Uint32Array(256)];

/** Scratch array `which` (0 or 1) of at least `length` numbers, valid until the next block. */
function prefixSums(which: 0 | 1, length: number): Uint32Array {
  if (length <= sums[which]!.length) return sums[which]!;
  const array = new Uint32Array(Math.max(length, sums[which]!.length * 2));
  if (array.length <= KEPT_SUMS) sums[which] = array;
  return array;
}

const SIGNING_DASHES = new Set(['—', '―', '–']);

/** The token at k is the first of its line. */
function opensLine(prose: string, tokens: readonly Token[], k: number): boolean {
  return k === 0 || k > 0 && k < tokens.length && prose.slice(tokens[k - 1]!.end, tokens[k]!.start).includes('\n');
}
const MAX_SIGNATURE = 6;

/**
 * A quotation that opens its line, signed with a dash and a name that ends the line: "“…” ― Ana
 * Ruiz", "“…” — Jo Lee, a nurse". The dash is the cue and the name the speaker, as under a reader's
 * comment or an epigraph.
 */
function signedBy(prose: string, tokens: readonly Token[], k: number): Frame | null {
  if (tokens[k]?.text === ',' || tokens[k]?.text === '.') k++;
  const dash = tokens[k];
  if (!dash || dash.word || !SIGNING_DASHES.has(dash.text) || prose.slice(tokens[k - 1]!.end, dash.start).includes('\n')) return null;
  // "„…” – powiedział Tomasz Nowak": a verb of another language between the dash and the name
  const verb = tokens[k + 1];
  const cueEnd = verb !== undefined && verb.word && !isCapitalised(verb) && verb.quote < 0 && !isIn(verb, BOUNDARY) && !isIn(verb, AUXILIARY) && !isIn(verb, PRONOUN) && !isIn(verb, DETERMINER) ? k + 2 : k + 1;
  let n = cueEnd;
  while (n < tokens.length && n - k <= MAX_SIGNATURE && !prose.slice(tokens[n - 1]!.end, tokens[n]!.start).includes('\n')) {
    const t = tokens[n]!;
    // "Edwin G. Monroy": an initial's stop belongs to the name
    if (t.word && isCapitalised(t) || t.text === '.' && tokens[n - 1]!.text.length === 1 && n > k + 1) n++;
    else break;
  }
  if (n === cueEnd || n - k > MAX_SIGNATURE) return null;
  const after = tokens[n];
  const lineEnds = !after || prose.slice(tokens[n - 1]!.end, after.start).includes('\n');
  // the name ends the line, or its sentence, or a comma opens the speaker's description
  if (!lineEnds && after.text !== ',' && !(after.text === '.' && (!tokens[n + 1] || prose.slice(after.end, tokens[n + 1]!.start).includes('\n')))) return null;
  return { cue: { start: k, end: cueEnd }, source: { start: cueEnd, end: n }, content: null, evaluative: false, announces: false };
}

/** A frame's cue and speaker as offsets. */
function frameSpans(tokens: readonly Token[], frame: Frame): Announced {
  return { cue: rangeSpan(tokens, frame.cue), ...(frame.source ? { source: rangeSpan(tokens, frame.source) } : {}) };
}

/** A one-word content must be able to stand for what was said ("it", "Democrats"), not be an adverb or particle ("shortly", "out"). */
function nounLike(tokens: readonly Token[], r: TokenRange): boolean {
  for (let k = r.start; k < r.end; k++) {
    const t = tokens[k]!;
    if (!t.word) continue;
    return !t.lower.endsWith('ly') && !(isIn(t, ADJUNCT) && !isIn(t, DETERMINER)) && !(isIn(t, BOUNDARY) && !isIn(t, DETERMINER)) && !NOT_CONTENT.has(t.lower);
  }
  return false;
}

function rangeSpan(tokens: readonly Token[], r: TokenRange): Span {
  return { start: tokens[r.start]!.start, end: tokens[r.end - 1]!.end };
}

interface Unit {
  from: number;
  to: number;
}

/**
 * Sentences, joined where a quotation runs across a sentence boundary. `sentenceStarts` are the
 * tokens that open a sentence after the block's first (quoteTokens.ts `BlockFinds`): a unit ends
 * only before one of them or at the block's end.
 */
function unitsOf(tokens: readonly Token[], marks: readonly Marked[], sentenceStarts: readonly number[]): Unit[] {
  const units: Unit[] = [];
  let from = 0;
  let reach = 0; // the last token a quotation opened in this unit reaches
  let mi = 0;
  for (let e = 0; e <= sentenceStarts.length; e++) {
    // the last token of a sentence
    const i = e < sentenceStarts.length ? sentenceStarts[e]! - 1 : tokens.length - 1;
    while (mi < marks.length && marks[mi]!.open <= i) {
      reach = Math.max(reach, Math.min(marks[mi]!.close, tokens.length - 1));
      mi++;
    }
    if (reach <= i) {
      units.push({ from, to: i + 1 });
      from = i + 1;
    }
  }
  if (from < tokens.length) units.push({ from, to: tokens.length });
  return units;
}

/** Direct speech, quoted words in a sentence (partial), scare quotes, or a title (null: not a quote). */
/** The frames around a mark, a bounded window of them (frames are in text order), so that many marks and frames in one long sentence stay linear. */
function nearFrames(frames: readonly Frame[], m: Marked): readonly Frame[] {
  if (frames.length <= 16) return frames;
  const lo = lowerBound(frames, m.open, (f) => f.cue.start);
  return frames.slice(Math.max(0, lo - 8), lo + 8);
}

const SPEECH_ENDS = '.,!?…';
const CLAUSE_MARKS = ':,;';

/** A title in quotation marks has at most this many words. */
const TITLE_WORDS = 10;

/** Short words a title leaves in lower case ("The Art of the Deal"). */
const MINOR_WORDS = new Set(['of', 'and', 'in', 'on', 'for', 'to', 'at', 'with', 'or', 'by']);

function classify(tokens: readonly Token[], unit: Unit, m: Marked, near: readonly Frame[]): QuoteKind | null {
  let words = 0;
  let capitalised = 0;
  let significant = 0;
  let firstWord: Token | undefined;
  let lastInside: Token | undefined;
  // the counts below are compared with TITLE_WORDS words at most: past one more they decide
  // nothing, and of the rest of a long quotation only its last token is wanted
  const end = Math.min(m.close, tokens.length);
  let k = m.open + 1;
  for (; k < end && words <= TITLE_WORDS; k++) {
    const t = tokens[k]!;
    if (t.quote < 0 && k > m.open) continue;
    lastInside = t;
    if (!t.word) continue;
    words++;
    firstWord ??= t;
    if (t.text.length > 3 || !isIn(t, DETERMINER) && !MINOR_WORDS.has(t.lower)) {
      significant++;
      if (isCapitalised(t) || startsWithDigit(t.text)) capitalised++;
    }
  }
  for (let b = end - 1; b >= k; b--) {
    if (tokens[b]!.quote < 0) continue;
    lastInside = tokens[b];
    break;
  }
  if (!firstWord) return null;
  // a mark's text is its one character
  const endsLikeSpeech = lastInside !== undefined && !lastInside.word && SPEECH_ENDS.includes(lastInside.text);
  // what stands before the opening mark in this sentence
  let before = m.open - 1;
  while (before >= unit.from && m.open - before < 6 && !tokens[before]!.word && !CLAUSE_MARKS.includes(tokens[before]!.text) && tokens[before]!.quote < 0) before--;
  const atStart = before < unit.from;
  const prev = before >= unit.from ? tokens[before]! : undefined;
  const afterColon = prev?.text === ':';
  const afterCue = prev !== undefined && (prev.text === ',' && before - 1 >= unit.from && (isIn(tokens[before - 1]!, CUE) || listenerAfterCue(tokens, unit.from, before - 1)) || isIn(prev, CUE));
  const upper = isCapitalised(firstWord) || startsWithDigit(firstWord.text);
  // "“That,” he added, “…”": a quote broken by its attribution is speech, however short
  const next = tokens[m.close + 1];
  const broken = lastInside?.text === ',' && next !== undefined && near.some((f) => f.source !== null && f.cue.start > m.close && f.cue.start <= m.close + 4 && (f.source.start <= m.close + 3));
  if (broken && atStart) return 'direct';
  // a word holds no '!' or '?'
  const exclaims = lastInside !== undefined && (lastInside.text === '!' || lastInside.text === '?');
  if (m.runsOn || m.close >= tokens.length && m.open <= 0) return 'direct';
  if (atStart && (words >= 3 || endsLikeSpeech && words >= 2)) return 'direct';
  if ((afterColon || afterCue) && upper && words >= 3) return 'direct';
  if (afterCue && words >= 2 && resumesBrokenQuote(tokens, unit, before)) return 'direct';
  // titles: capitalised words, no sentence punctuation ("The Art of the Deal", "Shark Tank")
  if (upper && capitalised === significant && words <= TITLE_WORDS && !(atStart && words >= 3) && !exclaims || words > 0 && capitalised === significant && words === 1 && upper) {
    if (!afterColon) return null;
  }
  // a word or two modifying the noun after them ("promoting “magic” weight-loss pills"), or a lone pronoun
  const after = tokens[m.close + 1];
  if (words <= 2 && !endsLikeSpeech && !exclaims && after?.word && !isCapitalised(after) && !isIn(after, BOUNDARY) && !isIn(after, AUXILIARY) && !isIn(after, ADJUNCT) && !isIn(after, CUE)) return 'scare';
  if (words === 1 && isIn(firstWord, PRONOUN)) return 'scare';
  if (words <= SHORT_WORDS - 1 && prev && prev.word) {
    // inside a noun phrase: "a territory “exchange”", "the so-called “experts”"
    const prev2 = before - 1 >= unit.from ? tokens[before - 1]! : undefined;
    // (but "admitted that “significant differences remain”": "that" after a cue opens its clause)
    const opensClause = prev.lower === 'that' && words >= 2 && before - 1 >= unit.from && isIn(tokens[before - 1]!, CUE);
    if ((isIn(prev, DETERMINER) && !opensClause) || prev.lower === 'so-called') return 'scare';
    if (prev2 && prev2.word && isIn(prev2, DETERMINER) && !isIn(prev, CUE) && !isIn(prev, AUXILIARY) && !isCapitalised(prev)) return 'scare';
  }
  const framed = near.some((f) => f.source !== null);
  if (framed || exclaims || words >= SHORT_WORDS + 2) return 'partial';
  return 'scare';
}

/** Words a listener between a cue and its comma runs to at most ("told the BBC,"). */
const MAX_LISTENER = 3;

/** "told reporters,", "told the BBC,": the words ending at `last` are a listener right after a cue. */
function listenerAfterCue(tokens: readonly Token[], from: number, last: number): boolean {
  for (let k = last; k >= from && last - k < MAX_LISTENER; k--) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) return false;
    if (k < last && isIn(t, CUE)) return true;
    if (isIn(t, AUXILIARY) || isIn(t, BOUNDARY) && !isIn(t, DETERMINER)) return false;
  }
  return false;
}

/** "“That,” he added, “promises …”": the quote before the attribution ended with a comma. */
function resumesBrokenQuote(tokens: readonly Token[], unit: Unit, before: number): boolean {
  for (let k = before - 1; k >= unit.from && k >= before - 8; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0) return t.text === ',';
  }
  return false;
}

/** `f`'s cue stands in `outer`'s content. */
const inReport = (outer: Frame, f: Frame): boolean => outer.content !== null && outer.content.start <= f.cue.start && f.cue.end <= outer.content.end;

const THING_PRONOUNS: ReadonlySet<string> = new Set(['it', 'this', 'that']);

/**
 * The frame's source is a thing, no one who speaks: a determiner and words in lower case, its
 * head no role, body, document or people ("the agreement showed", "the crisis proved"), or "it".
 */
function thingReports(tokens: readonly Token[], f: Frame): boolean {
  const source = f.source!;
  // ("saying it showed that “…”": "it" inside another's report is a thing, or the speaker again)
  if (source.end - source.start === 1 && THING_PRONOUNS.has(tokens[source.start]!.lower)) return true;
  const first = tokens[source.start]!;
  // (a determiner opens the phrase, or a bare noun that names no one: "demand for chips showed “…”")
  if (!isIn(first, DETERMINER) && (isIn(first, PRONOUN) || namesSpeakers(first.lower))) return false;
  for (let k = source.start; k < source.end; k++) if (!tokens[k]!.word || isCapitalised(tokens[k]!)) return false;
  const head = tokens[source.end - 1]!.lower;
  return !namesSpeakers(head) && !FRAME_WORDS.documents.has(head) && !(head.endsWith('s') && FRAME_WORDS.documents.has(head.slice(0, -1)));
}

/** A noun in lower case of those who speak: a role, a body, a people's inhabitants, a noun of people ("officials"). */
function namesSpeakers(lower: string): boolean {
  return PERSON_ROLES.has(lower) || ORGANIZATION_WORDS_LOWER.has(lower) || FRAME_WORDS.inhabitants.has(lower) || personNounEnding(lower);
}

/**
 * A frame whose verb wants rather than says ("voters wanted “…”", "sought “…”", data: wantingVerbs):
 * inside another's report, the quoted words are the reporter's.
 */
function wantsOnly(tokens: readonly Token[], f: Frame): boolean {
  const cue = CUE_WORDS.get(tokens[f.cue.start]!.lower);
  return cue !== undefined && FRAME_WORDS.wantingVerbs.has(cue.lemma);
}

/** The frame that reports a marked quote: one whose content holds it, else the nearest in its sentence. */
function pickFrame(tokens: readonly Token[], m: Marked, frames: readonly Frame[], direct: boolean): Frame | null {
  let inner: Frame | null = null;
  let best: Frame | null = null;
  let bestWeight = Infinity;
  for (const f of frames) {
    if (!f.source) continue;
    if (f.content && f.content.start <= Math.max(m.open, 0) && f.content.end >= Math.min(m.close, tokens.length)) {
      // the innermost report that holds the quote; but not a report by a thing inside another's
      // ("Aliyev said the agreement showed that “…”": the quoted words are his)
      if (inner && (thingReports(tokens, f) || wantsOnly(tokens, f)) && inReport(inner, f)) continue;
      if (inner && (thingReports(tokens, inner) || wantsOnly(tokens, inner)) && inReport(f, inner)) inner = null;
      if (!inner || f.content.end - f.content.start < inner.content!.end - inner.content!.start) inner = f;
      continue;
    }
    const after = f.cue.start > m.close;
    const d = after ? f.cue.start - m.close : f.cue.end <= m.open ? m.open - f.cue.end : 0;
    // direct speech is reported by the frame after it ("“…,” he said"); quoted words in a
    // sentence by the verb before them ("called it “…”", "raising the prospect of a “…”")
    const weight = direct ? (after ? d : d + 1) : after ? d + 1000 : d;
    if (weight < bestWeight) {
      best = f;
      bestWeight = weight;
    }
  }
  return inner ?? best;
}
