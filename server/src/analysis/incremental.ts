// Per-block memo of the analysis, so that re-analysing an edited document redoes only the
// blocks whose text changed. A block's results are keyed by its text and depend on nothing else;
// when the block has moved (text inserted above it) they are reused with their offsets shifted.
//
// Contract for a per-block stage (see `blockWork`): its result is plain data (objects, arrays, primitives, and
// references to shared immutable things such as gazetteer entries, which are not copied) with
// every document offset in a numeric `start` or `end` property, and it reads nothing of the
// document outside its block.
//
// Stages that read more than their block keep their results relative to the block's start
// (`blockLocal`, `SpanMemos`) together with what they read of the rest of the document, and are
// reused only while that still reads the same:
//   blocks        block text                      (`blockWork`, offsets shifted)
//   names         block text + the words of the document's case evidence it asked about
//   quotes        block text + the frame or speech the block before left + the next block's opening mark
//   speakers      capitalised runs per block text; resolution is document-level (quoteBlocks.ts)
//   claims        cue matches per block text; each sentence's agents + the people's sides it asked
//                 about; each sentence's territory mentions + the entity mentions in it and the
//                 text around it outside the block
//
// Document-level steps that join the blocks hand their state from one analysis of an edited
// document to the next (`carry`, `take`: taken once, so an analysis cancelled half-way leaves
// nothing half-updated behind) and update it by the blocks the edit changed; which blocks stand
// unchanged the block split says (`align`, `perBlock`):
//   case evidence (caseCounts.ts)  word → how many blocks give it; names re-checked only
//                                  against the words whose presence flipped, in the blocks
//                                  whose names asked about them (word → the memos that asked)
//   full names (fullNames.ts)      (last word, full name) → count, ties by first written
//   sentence agents                the memo each sentence used, reused while the people's sides
//                                  reaching it came about the same way (sentenceAgents.ts)
//   quote sources                  what a source phrase's words say, by its text, and the
//                                  surnames the quotes asked about (speakers.ts)
//   quotes (quoteBlocks.ts)        the quotes with their speakers, what each block entered with
//                                  (the frame or speech the block before left, the last person
//                                  named), and the mentions read: the quotes of the blocks before
//                                  the edit taken, and those after it from where the walk over the
//                                  blocks enters a block with what it entered with before
//   block quotes (quotes.ts)       the memo each block used and its quotes placed where it
//                                  stood: an unchanged block takes both (its memo only while
//                                  what it read of its neighbours still holds, the placed quotes
//                                  only while it stands where it stood)
//   cue matches (claims.ts)        each block's claim cues placed where it stood, likewise
//   claims walk (walkCheckpoints.ts)  its state at each sentence with a cue, and every few sentences
//                                  between them: the walk starts again before the edit and takes
//                                  the previous walk's rest past it (or the stretches of it that
//                                  read alike: the people's sides it asks about, changedSides.ts)
//   sentence words (sentenceWords.ts)  what each sentence's own words tell the claims stage
//   entity facts (claims.ts)       the people's sides and the states the entities give, while
//                                  the edit only moved the entities (MentionIndex.movedFrom)
//   entities (mergedEntities.ts)   the type vote and the merging of mentions: the previous
//                                  entities, their mentions moved, while the edit changes no
//                                  mention but where it stands; else the vote is taken again for
//                                  the words of the names that changed and the mentions those
//                                  reach are merged again (mergedLocally.ts), the other entities moved
// Strings kept between analyses must be copies (detached.ts), not slices of the text: V8 keeps a
// slice's whole text alive, and each edit makes a new version of it (see detached.test.ts).

import type { TextEdit } from './blocks';
import { detached } from './detached';
import type { ProseDocument } from './document';
import { lowerBound } from './search';
import type { Block, Span } from './types';

/**
 * `compute()` for this block, or the result the previous analysis computed for a block with the
 * same prose, kind and level (shifted to where the block now stands). `compute` must read
 * nothing of the document outside `block` (its text, kind, level and sentences), and return plain
 * data whose document offsets are numeric `start` and `end` properties.
 */
export function blockWork<T>(doc: ProseDocument, block: Block, stage: string, compute: () => T): T {
  if (!doc.cache) return compute();
  return doc.cache.get(stage, doc.cache.keyOf(doc.prose, block), block.start, compute);
}

/** A block's identity for the cache: what a per-block stage may read of it. */
function blockKey(prose: string, block: Block): string {
  return `${block.kind}${block.level}\u0000${prose.slice(block.start, block.end)}`;
}

/**
 * `blockKey` of a block of `doc`, made once per analysis however many stages ask: a key is as
 * long as its block, and a new string is hashed anew at each look-up.
 */
export function keyOf(doc: ProseDocument, block: Block): string {
  return doc.cache ? doc.cache.keyOf(doc.prose, block) : blockKey(doc.prose, block);
}

/** What the analyses of a document computed for one block text (see `BlockCache`). */
export interface BlockEntry {
  /** Where the block stood when its results were computed. */
  readonly start: number;
  readonly results: Map<string, unknown>;
  /** The key it is kept under (the same string each time, so its hash is computed once). */
  readonly key: string;
  /** The last analysis that looked it up by its text (see `Entries`). */
  seen: number;
}

/**
 * A document's entries by block text, shared by its successive analyses: an edit adds the
 * entries of the few blocks it made, instead of each analysis filing every block of the document
 * again. Entries no analysis reaches any more are let go of in a sweep once they outnumber an
 * eighth of the live ones, and 64 (an edit leaves a handful), so the sweep's walk over all of
 * them comes once in many edits.
 */
interface Entries {
  readonly byKey: Map<string, BlockEntry>;
  /** The number of the latest analysis, which marks the entries it looks up (`seen`). */
  generation: number;
}

/**
 * How the previous analysis split plain text into blocks, so that the next one re-splits only
 * around the edit (see blocks.ts): the line each step of the split started at, the last offset
 * it read, and how many blocks came before it; and each block's entry, which a block that stands
 * unchanged takes along without its text being looked up again.
 */
export interface BlockScan {
  readonly prose: string;
  readonly blocks: readonly Block[];
  /**
   * Undefined for a block of an analysis that kept nothing (`keeps`): most such documents are
   * never edited, and filing every block by its text costs a hash of the whole article. The next
   * analysis, an edit's, files a block when a stage asks for its entry (`placed`).
   */
  readonly entries: (BlockEntry | undefined)[];
  readonly starts: Int32Array;
  readonly readEnds: Int32Array;
  readonly blocksBefore: Int32Array;
}

/**
 * The stages whose memos `local` ever stored, in any analysis: what `release` lets go of. An
 * entry passes from analysis to analysis with memos of stages the latest one never asked (a block
 * reused whole), so the stages one analysis asked would leave some behind. A handful of names.
 */
const LOCAL_STAGES = new Set<string>();

export class BlockCache {
  private readonly entries: Entries;
  /** This analysis's number (see `Entries`). */
  private readonly generation: number;
  /** Entries this analysis looked up by text: with the blocks', how many are live. */
  private looked = 0;
  private readonly keys = new WeakMap<Block, string>();
  private previousScan: BlockScan | undefined;
  /** Document-level state this analysis hands to the next (see `carry`). */
  private readonly carried = new Map<string, unknown>();
  private previousCarried: Map<string, unknown>;
  /** Which blocks stand unchanged since the previous analysis, and the edit between the texts (see `align`). */
  private alignment: { readonly head: number; readonly tail: number; readonly before: number; readonly edit: TextEdit } | undefined;
  /** How this analysis split the text, for the next. */
  scan: BlockScan | undefined;
  /** Blocks whose results came from the previous analysis, for tests and the bench. */
  hits = 0;
  misses = 0;

  /** How many block texts the document's analyses keep results for, for tests. */
  get filed(): number {
    return this.entries.byKey.size;
  }

  /**
   * Whether per-block memos are kept (`local`, `SpanMemos`): once a document is being edited
   * (this analysis had a previous one), or when the host asks (`keep`). An article that is only
   * opened and read keeps nothing but its blocks, so many open articles cost no more memory than
   * their annotations.
   */
  readonly keeps: boolean;

  /** A cache that reuses what `previous` computed; it keeps only the blocks it is asked for. */
  constructor(previous?: BlockCache, keep = false) {
    this.keeps = previous !== undefined || keep;
    this.entries = previous ? previous.entries : { byKey: new Map(), generation: 0 };
    this.generation = ++this.entries.generation;
    this.previousScan = previous?.scan;
    this.previousCarried = previous ? previous.carried : new Map();
  }

  /**
   * What the previous analysis carried under `stage` (see `carry`), handed over once: it is
   * taken from the previous analysis, so that a stage may update it in place. An analysis that
   * is cancelled half-way has then taken it, and one started again from the same previous
   * result finds nothing and works from scratch.
   */
  take<T>(stage: string): T | undefined {
    const value = this.previousCarried.get(stage) as T | undefined;
    this.previousCarried.delete(stage);
    return value;
  }

  /**
   * Keeps a stage's document-level state for the next analysis to `take`: only while the
   * document is being edited (`keeps`), like the per-block memos.
   */
  carry(stage: string, value: unknown): void {
    if (this.keeps) this.carried.set(stage, value);
  }

  /**
   * Records that this analysis's first `head` blocks are the previous analysis's first, and its
   * last `tail` blocks the previous analysis's last (of `before` blocks), text for text; the
   * texts differ by `edit`.
   */
  align(head: number, tail: number, before: number, edit: TextEdit): void {
    this.alignment = { head, tail, before, edit };
  }

  /**
   * How many blocks at the start stand as they stood in the previous analysis (the same
   * objects), and up to which offset the text is the same, when this analysis is aligned with it.
   */
  unchangedHead(): { readonly blocks: number; readonly offset: number } | undefined {
    const a = this.alignment;
    return a && { blocks: a.head, offset: a.edit.at };
  }

  /**
   * How many blocks at the end stand as they stood in the previous analysis (moved), and the
   * edit between the texts: past its end (`at + inserted`) this text reads as the previous one
   * past `at + removed`, moved by `inserted - removed`. Undefined when not aligned.
   */
  unchangedTail(): { readonly blocks: number; readonly edit: TextEdit } | undefined {
    const a = this.alignment;
    return a && { blocks: a.tail, edit: a.edit };
  }

  /**
   * The index in the previous analysis of the block now at `b` of `count`, when it stands
   * unchanged (see `align`), else -1.
   */
  previousIndex(b: number, count: number): number {
    const a = this.alignment;
    if (!a) return -1;
    return b < a.head ? b : b >= count - a.tail ? b - count + a.before : -1;
  }

  /** The number of blocks of the previous analysis, when this one is aligned with it. */
  previousCount(): number | undefined {
    return this.alignment?.before;
  }

  /** How the previous analysis split its text into blocks, if it was plain text. */
  lastScan(): BlockScan | undefined {
    return this.previousScan;
  }

  /**
   * `count` blocks of the previous analysis serve this one, unchanged but for where they stand:
   * their entries came along in the scan (see `BlockScan.entries`).
   */
  reused(count: number): void {
    this.hits += count;
  }

  /** `blockKey(prose, block)`, remembered for this analysis. */
  keyOf(prose: string, block: Block): string {
    let key = this.keys.get(block);
    if (key === undefined) {
      key = blockKey(prose, block);
      this.keys.set(block, key);
    }
    return key;
  }

  private entry(key: string, start: number): BlockEntry {
    const byKey = this.entries.byKey;
    let entry = byKey.get(key);
    if (!entry) {
      // a key is cut from this version of the text: kept from one edit to the next (an entry
      // outlives its analysis), a copy; an opened document's keys share the text the editor keeps
      entry = { start, results: new Map(), key: this.keeps ? detached(key) : key, seen: 0 };
      byKey.set(entry.key, entry);
    }
    if (entry.seen !== this.generation) {
      entry.seen = this.generation;
      this.looked++;
    }
    return entry;
  }

  /** The entry of a block of this analysis's plain-text split, found by where it stands. */
  private placed(block: Block): BlockEntry | undefined {
    const scan = this.scan;
    if (!scan) return undefined;
    const b = lowerBound(scan.blocks, block.start, (x) => x.start);
    if (scan.blocks[b] !== block) return undefined;
    let entry = scan.entries[b];
    if (entry === undefined) {
      entry = this.entry(scan.prose.slice(block.start, block.end), block.start);
      if (!entry.results.has('block')) entry.results.set('block', shiftOffsets(block, entry.start - block.start));
      scan.entries[b] = entry;
    }
    return entry;
  }

  /**
   * Lets go of what this analysis kept for the next one beyond its blocks' results (`local`
   * memos, `carry`): the next analysis then does what it does after one that did not keep. The
   * entries may be shared with earlier analyses of the document, which lose those memos too.
   */
  release(): void {
    const letGo = (entry: BlockEntry | undefined): void => {
      if (entry) for (const stage of LOCAL_STAGES) entry.results.delete(stage);
    };
    this.entries.byKey.forEach(letGo);
    // a block reused from an analysis that a later one (from the same previous) swept
    this.scan?.entries.forEach(letGo);
    this.carried.clear();
  }

  /**
   * The analysis is over: let go of the previous analysis's split and state, and of the entries
   * no block of the document reaches any more, when they have grown many (see `Entries`).
   */
  seal(): void {
    this.previousScan = undefined;
    this.previousCarried = new Map();
    const byKey = this.entries.byKey;
    const live = this.looked + (this.scan?.entries.length ?? 0);
    if (byKey.size <= live + Math.max(64, live >> 3)) return;
    if (this.scan) for (const entry of this.scan.entries) if (entry) entry.seen = this.generation;
    for (const [key, entry] of byKey) if (entry.seen !== this.generation) byKey.delete(key);
  }

  /**
   * The result of `stage` for the block with text `key` standing at `start`: computed once per
   * distinct block text, taken from the previous analysis when that had the same block.
   */
  get<T>(stage: string, key: string, start: number, compute: () => T): T {
    return this.result(this.entry(key, start), stage, start, compute);
  }

  private result<T>(entry: BlockEntry, stage: string, start: number, compute: () => T): T {
    if (entry.results.has(stage)) {
      this.hits++;
      return shiftOffsets(entry.results.get(stage) as T, start - entry.start);
    }
    this.misses++;
    const result = compute();
    entry.results.set(stage, shiftOffsets(result, entry.start - start));
    return result;
  }

  /**
   * A block of plain text for the text `key` at `start` (see `get`), its entry added to
   * `entries`: later stages find the block's results through the block itself (`placed`),
   * without hashing its text again. An analysis that keeps nothing files no entry (see
   * `BlockScan.entries`).
   */
  block(key: string, start: number, compute: () => Block, entries: (BlockEntry | undefined)[]): Block {
    if (!this.keeps) {
      entries.push(undefined);
      this.misses++;
      return compute();
    }
    const entry = this.entry(key, start);
    entries.push(entry);
    return this.result(entry, 'block', start, compute);
  }

  /** Like `get` for results that do not depend on where the block stands (see `blockLocal`). */
  local<T>(stage: string, key: string | { readonly prose: string; readonly block: Block }, compute: () => T, valid?: (result: T) => boolean): T {
    if (!this.keeps) {
      this.misses++;
      return compute();
    }
    LOCAL_STAGES.add(stage);
    const entry = typeof key === 'string' ? this.entry(key, 0) : (this.placed(key.block) ?? this.entry(this.keyOf(key.prose, key.block), 0));
    if (entry.results.has(stage)) {
      const cached = entry.results.get(stage) as T;
      if (!valid || valid(cached)) {
        this.hits++;
        return cached;
      }
    }
    this.misses++;
    const result = compute();
    entry.results.set(stage, result);
    return result;
  }
}

/**
 * `compute()` for this block, or what an analysis computed for a block with the same identity
 * (the block's kind, level and prose, or `key` when more than those counts), as it was stored: such a stage keeps its offsets relative to the block's start, so
 * nothing is copied or shifted when the block moved. A stored result is reused only while
 * `valid(result)` says what it read of the rest of the document still holds.
 */
export function blockLocal<T>(doc: ProseDocument, key: string | Block, stage: string, compute: () => T, valid?: (result: T) => boolean): T {
  if (!doc.cache) return compute();
  return doc.cache.local(stage, typeof key === 'string' ? key : { prose: doc.prose, block: key }, compute, valid);
}

/**
 * `compute(block, b)` for every block of the document, taking the previous analysis's value for
 * each block that stands unchanged since (see `BlockCache.align`) instead: a stage whose value
 * for a block depends on the block's text alone (a per-block memo) passes over the unchanged
 * blocks without looking them up. Carried to the next analysis while the document is edited.
 */
export function perBlock<T>(doc: ProseDocument, stage: string, compute: (block: Block, b: number) => T): T[] {
  const cache = doc.cache;
  const carried = cache?.take<readonly T[]>(stage);
  const usable = cache !== undefined && carried !== undefined && carried.length === cache.previousCount();
  const count = doc.blocks.length;
  const values = new Array<T>(count);
  for (let b = 0; b < count; b++) {
    const old = usable ? cache.previousIndex(b, count) : -1;
    values[b] = old >= 0 ? carried![old]! : compute(doc.blocks[b]!, b);
  }
  cache?.carry(stage, values);
  return values;
}

// A block's text may stand several times in a document, each time after other things: this many
// memos of one sentence are kept, the oldest dropped first.
const MEMOS_PER_SPAN = 4;

/**
 * Memos of a per-sentence stage whose result depends on the document outside the sentence in
 * ways the memo itself records: kept per block text (by the sentence's offset in its block) and
 * reused while `holds(memo)` says what it read still reads the same.
 */
export class SpanMemos<M> {
  constructor(
    private readonly doc: ProseDocument,
    private readonly stage: string,
  ) {}

  get(block: Block, span: Span, holds: (memo: M) => boolean, find: () => M): M {
    if (!this.doc.cache?.keeps) return find();
    const table = this.doc.cache.local(this.stage, { prose: this.doc.prose, block }, () => new Map<number, M[]>());
    const at = span.start - block.start;
    let memos = table.get(at);
    if (!memos) table.set(at, (memos = []));
    for (const memo of memos) if (holds(memo)) return memo;
    const memo = find();
    if (memos.length >= MEMOS_PER_SPAN) memos.shift();
    memos.push(memo);
    return memo;
  }
}

/** A copy of `value` with `delta` added to every numeric `start` and `end` in its plain objects. */
export function shiftOffsets<T>(value: T, delta: number): T {
  return delta === 0 ? value : (shift(value, delta) as T);
}

function shift(value: unknown, delta: number): unknown {
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    const out = new Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = shift(value[i], delta);
    return out;
  }
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value; // shared, immutable (a Map, a gazetteer entry)
  // a copy made by spreading takes the original's hidden class, where one built key by key gets
  // another: the stages after would meet both, and be compiled again for the second
  const out = { ...(value as Record<string, unknown>) };
  // for-in rather than Object.entries: no pair arrays to collect on this hot path
  for (const key in out) {
    const v = out[key];
    if (typeof v === 'number') {
      if (key === 'start' || key === 'end') out[key] = v + delta;
    } else if (typeof v === 'object' && v !== null) out[key] = shift(v, delta);
  }
  return out;
}
