// The quote stage, block by block in document order: each block's quotations (quotes.ts), their
// speakers (speakers.ts), and reported speech that two frames claimed settled (quoteOverlaps.ts;
// overlapping quotes stand in one block). What a block's quotes take from the blocks before it
// is all in `Entering`: a frame announcing its first quote, the speech its first quote may
// continue, and the last person named ("he said"); the rest they read of the whole document is
// the entity mentions and the full names surnames stand for.
//
// While the document is edited, an analysis hands the next its quotes, where each block's begin
// and what each block entered with. The next takes the quotes of the blocks before the edit as
// they are, walks from the edit on, and once a block after the edit enters with what it entered
// with before (and with no frame from the block before, whose words the edit may have changed),
// takes the quotes of that block and all after it, moved by the edit: provided the
// mentions and full names read the same outside the blocks walked (`Speakers.readAsBefore`; an
// entity renumbered or renamed by the edit is named anew in the quotes taken). Otherwise it walks
// every block.
import type { ProseDocument } from './document';
import type { BlockCache } from './incremental';
import type { IndexedMention } from './mentionIndex';
import { settleOverlaps } from './quoteOverlaps';
import { QuoteSpans, type Announced } from './quotes';
import { attributeBlock, Speakers, type Speech, type Who } from './speakers';
import type { Entity, Quote, Span } from './types';
import { lowerBound } from './search';
import { isSpaceAt } from './wordShapes';

/** What a block's quotes take from the blocks before it, offsets relative to the block's start. */
interface Entering {
  readonly announced: Announced | null;
  /** The last speech of the block before, when that block has one. */
  readonly speech: Speech | null;
  readonly lastPerson: Who | null;
}

/** What an analysis of an edited document hands the next. */
interface Carried {
  readonly quotes: readonly Quote[];
  /** Where each block's quotes begin in `quotes`, and their count last. */
  readonly first: Int32Array;
  readonly entering: readonly Entering[];
  readonly mentions: readonly IndexedMention[];
  /** The length of the text: the blocks after an edit moved by the difference. */
  readonly length: number;
}

const STAGE = 'quotes:blocks';

/** The quotes of the document with their speakers, in document order. */
export function findQuotes(doc: ProseDocument, entities: readonly Entity[]): Quote[] {
  const spans = new QuoteSpans(doc);
  const speakers = new Speakers(doc, entities);
  const cache = doc.cache?.keeps ? doc.cache : undefined;
  const blocks = doc.blocks;
  const count = blocks.length;
  const carried = cache?.take<Carried>(STAGE);
  const before = cache?.previousCount();
  const previous = carried && before !== undefined && carried.first.length === before + 1 ? carried : undefined;
  const first = cache ? new Int32Array(count + 1) : undefined;
  const entering: Entering[] | undefined = cache ? new Array<Entering>(count) : undefined;
  const taking = previous && takeable(cache!, speakers, previous, doc);
  let quotes: Quote[] = [];
  let announced: Announced | null = null;
  let lastSpeech: Speech | null = null;
  let lastSpeechBlock = -2;
  let b = 0;
  if (taking) {
    // the blocks before the edit, but the last (which reads the first block the edit changed)
    b = taking.from;
    quotes = speakers.renames ? previous!.quotes.slice(0, previous!.first[b]!).map((q) => taken(q, 0, speakers)) : previous!.quotes.slice(0, previous!.first[b]!);
    for (let k = 0; k < b; k++) {
      first![k] = previous!.first[k]!;
      entering![k] = enteringNow(previous!.entering[k]!, speakers);
      spans.taken(k, k);
    }
    const at = enteringNow(previous!.entering[b]!, speakers);
    const base = blocks[b]!.start;
    announced = at.announced && moved(at.announced, base);
    lastSpeech = at.speech && movedSpeech(at.speech, base);
    lastSpeechBlock = b - 1;
    speakers.lastPerson = at.lastPerson;
  }
  for (; b < count; b++) {
    const base = blocks[b]!.start;
    const speech = lastSpeechBlock === b - 1 ? lastSpeech : null;
    if (taking && b >= taking.tail && base >= taking.after) {
      const old = b - count + previous!.first.length - 1;
      if (sameEntering(enteringNow(previous!.entering[old]!, speakers), announced, speech, speakers.lastPerson, base)) {
        take(previous!, old, b, taking.delta, quotes, first!, entering!, spans, speakers);
        break;
      }
    }
    if (entering) entering[b] = { announced: announced && moved(announced, -base), speech: speech && movedSpeech(speech, -base), lastPerson: speakers.lastPerson };
    if (first) first[b] = quotes.length;
    const found = spans.of(b, { announced, speech: speech !== null });
    if (!found) continue;
    announced = found.placed.announced;
    // most blocks have no quote: nobody to name
    if (found.placed.sorted.length === 0) continue;
    const attributed = attributeBlock(speakers, found.placed, speech);
    for (const q of settleOverlaps(doc.text, attributed.quotes, speakers.cut)) quotes.push(q);
    if (found.found.lastSpeech >= 0) {
      lastSpeech = attributed.speeches[found.placed.rank[found.found.lastSpeech]!]!;
      lastSpeechBlock = b;
    }
  }
  if (b === count && first) first[count] = quotes.length;
  // every quote named afresh: none taken before the edit, nor after it
  speakers.carry((!taking || taking.from === 0) && b === count);
  cache?.carry(STAGE, { quotes, first: first!, entering: entering!, mentions: speakers.mentions, length: doc.prose.length } satisfies Carried);
  // (after the carry: the next analysis takes the quotes as their own blocks made them)
  return continuedSpeakers(doc, quotes);
}

// the marks that open a paragraph continuing a quotation
const OPENING = /["“«„‘']/;

/**
 * A quotation left open at its paragraph's end and reopened by the next one speaks with the voice
 * named where it goes on ("“We waited three years. ¶ “Our children walk two hours,” said Tom Reed"):
 * a paragraph of it with no cue of its own takes the speaker of the paragraph after it, read from
 * the last paragraph back. A copy where any changes; the quotes themselves otherwise.
 */
export function continuedSpeakers(doc: ProseDocument, quotes: readonly Quote[]): Quote[] {
  let out: Quote[] | undefined;
  const text = doc.prose;
  for (let i = quotes.length - 2; i >= 0; i--) {
    const q = quotes[i]!;
    if (q.kind !== 'direct' || q.cue !== null) continue;
    const b = lowerBound(doc.blocks, q.end, (block) => block.end);
    const block = doc.blocks[b];
    const next = doc.blocks[b + 1];
    if (block === undefined || next === undefined || !restIsSpace(text, q.end, block.end) || !OPENING.test(text.charAt(next.start))) continue;
    // the quote that goes on there, as already carried back from the paragraphs after it
    const goesOn = quoteOpening(out ?? quotes, i + 1, next.start);
    if (goesOn === undefined || goesOn.speaker === null || goesOn.speaker === q.speaker) continue;
    out ??= quotes.slice();
    out[i] = { ...q, speaker: goesOn.speaker, speakerEntity: goesOn.speakerEntity, ...(goesOn.speakerMention ? { speakerMention: goesOn.speakerMention } : {}) };
  }
  return out ?? (quotes as Quote[]);
}

/** The direct quote right after the opening mark at `at`, among the few quotes from `from` on (a paragraph holds few). */
function quoteOpening(quotes: readonly Quote[], from: number, at: number): Quote | undefined {
  for (let k = from; k < quotes.length && k < from + MAX_AHEAD; k++) {
    const r = quotes[k]!;
    if (r.start > at + 2) return undefined;
    if (r.kind === 'direct' && r.start > at) return r;
  }
  return undefined;
}

/** Quotes read ahead for a paragraph's continuation at most. */
const MAX_AHEAD = 8;

/** Only white space (and no closing mark) from `from` to `to`. */
function restIsSpace(text: string, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!isSpaceAt(text, k)) return false;
  return true;
}

/**
 * Whether the previous analysis's quotes may be taken where the edit left the blocks as they
 * were: from which block the walk starts; from which block on the blocks stand as they stood
 * (moved by `delta`), and from which offset on their quotes read the mentions as before
 * (`Speakers.readAsBefore`); undefined when those before the edit read otherwise.
 */
function takeable(cache: BlockCache, speakers: Speakers, previous: Carried, doc: ProseDocument): { from: number; tail: number; after: number; delta: number } | undefined {
  const head = cache.unchangedHead();
  const tail = cache.unchangedTail()?.blocks;
  if (head === undefined || tail === undefined) return undefined;
  const count = doc.blocks.length;
  const delta = doc.prose.length - previous.length;
  // where the first block after the edit stood in the previous text
  const to = tail > 0 ? doc.blocks[count - tail]!.start - delta : Infinity;
  // the walk starts at the last block before the edit, which asks whether the next one reopens its quotation
  const from = Math.max(0, head.blocks - 1);
  const after = from < count && from < previous.entering.length ? speakers.readAsBefore(previous.mentions, doc.blocks[from]!.start, to, delta) : undefined;
  return after === undefined ? undefined : { from, tail: count - tail, after, delta };
}

/** Takes the previous analysis's quotes of its blocks from `old` on, for this one's from `b` on, moved by `delta`. */
function take(previous: Carried, old: number, b: number, delta: number, quotes: Quote[], first: Int32Array, entering: Entering[], spans: QuoteSpans, speakers: Speakers): void {
  const count = first.length - 1;
  const offset = quotes.length - previous.first[old]!;
  for (let k = b, o = old; k <= count; k++, o++) {
    first[k] = previous.first[o]! + offset;
    if (k === count) break;
    entering[k] = enteringNow(previous.entering[o]!, speakers);
    spans.taken(k, o);
  }
  const all = previous.quotes;
  for (let i = previous.first[old]!; i < all.length; i++) quotes.push(taken(all[i]!, delta, speakers));
}

/**
 * What a block entered with in the previous analysis, its speakers named as this one names them:
 * the same object where none is renamed (an edit that renumbers the entities after it asks for
 * every block).
 */
function enteringNow(was: Entering, speakers: Speakers): Entering {
  if (!speakers.renames) return was;
  const who = was.speech && speakers.now(was.speech.who);
  const lastPerson = was.lastPerson && speakers.now(was.lastPerson);
  if (who === (was.speech && was.speech.who) && lastPerson === was.lastPerson) return was;
  return { announced: was.announced, speech: was.speech && { who: who!, mention: was.speech.mention }, lastPerson };
}

/**
 * Whether a block enters with what it entered with in the previous analysis (`was`, relative to
 * the block's start `base`). A frame announcing its first quote is never the same: the quote
 * reads the frame's words, in the block before, which the walk may have found changed.
 */
function sameEntering(was: Entering, announced: Announced | null, speech: Speech | null, lastPerson: Who | null, base: number): boolean {
  if (!sameWho(was.lastPerson, lastPerson) || was.announced !== null || announced !== null) return false;
  if (was.speech === null || speech === null) return was.speech === speech;
  return sameWho(was.speech.who, speech.who) && sameSpan(was.speech.mention, speech.mention, base);
}

function sameWho(a: Who | null, b: Who | null): boolean {
  return a === b || (a !== null && b !== null && a.speaker === b.speaker && a.entity === b.entity && a.person === b.person);
}

/** `relative` placed at `base` is `span`. */
function sameSpan(relative: Span | undefined, span: Span | undefined, base: number): boolean {
  if (relative === undefined || span === undefined) return relative === span;
  return relative.start + base === span.start && relative.end + base === span.end;
}

// Moved by hand, not by shiftOffsets: every block after an edit is moved at every edit, and a
// generic walk over properties costs more and makes copies of other shapes (see `taken`).
function movedSpan(s: Span, delta: number): Span {
  return { start: s.start + delta, end: s.end + delta };
}

function moved(a: Announced, delta: number): Announced {
  return a.source ? { cue: movedSpan(a.cue, delta), source: movedSpan(a.source, delta) } : { cue: movedSpan(a.cue, delta) };
}

function movedSpeech(s: Speech, delta: number): Speech {
  return { who: s.who, mention: s.mention && movedSpan(s.mention, delta) };
}

/** A quote of the previous analysis `delta` further on, its speaker named as this analysis names it. */
function taken(q: Quote, delta: number, speakers: Speakers): Quote {
  const entity = speakers.renamedTo(q.speakerEntity);
  if (delta === 0 && !entity) return q;
  // the shapes attributeBlock makes, keys in its order: no spread on this hot path
  const { text, kind, cue, speakerMention, cueRange } = q;
  const start = q.start + delta;
  const end = q.end + delta;
  const speaker = entity ? entity.name : q.speaker;
  const speakerEntity = entity ? entity.id : q.speakerEntity;
  const sentence = movedSpan(q.sentence, delta);
  if (speakerMention && cueRange) return { start, end, text, kind, speaker, speakerEntity, cue, speakerMention: movedSpan(speakerMention, delta), cueRange: movedSpan(cueRange, delta), sentence };
  if (speakerMention) return { start, end, text, kind, speaker, speakerEntity, cue, speakerMention: movedSpan(speakerMention, delta), sentence };
  if (cueRange) return { start, end, text, kind, speaker, speakerEntity, cue, cueRange: movedSpan(cueRange, delta), sentence };
  return { start, end, text, kind, speaker, speakerEntity, cue, sentence };
}
