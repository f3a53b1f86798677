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
//                                  against the words whose presence flipped
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
//   sentence words (sentenceWords.ts)  what each sentence's own words tell the claims stage
//   entities (mergedEntities.ts)   the type vote and the merging of mentions: the previous
//                                  entities, their mentions moved, while the edit changes no
//                                  mention but where it stands; else both run over every block's names
// Strings kept between analyses must be copies (detached.ts), not slices of the text: V8 keeps a
// slice's whole text alive, and each edit makes a new version of it (see detached.test.ts).

import { detached } from './detached';
import type { ProseDocument } from './document';
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
export function blockKey(prose: string, block: Block): string {
  return `${block.kind}${block.level}\u0000${prose.slice(block.start, block.end)}`;
}

/**
 * `blockKey` of a block of `doc`, made once per analysis however many stages ask: a key is as
 * long as its block, and a new string is hashed anew at each look-up.
 */
export function keyOf(doc: ProseDocument, block: Block): string {
  return doc.cache ? doc.cache.keyOf(doc.prose, block) : blockKey(doc.prose, block);
}

interface Entry {
  /** Where the block stood when its results were computed. */
  readonly start: number;
  readonly results: Map<string, unknown>;
  /** The key it is kept under (the same string each time, so its hash is computed once). */
  readonly key: string;
}

/**
 * How the previous analysis split plain text into blocks, so that the next one re-splits only
 * around the edit (see blocks.ts): the line each step of the split started at, the last offset
 * it read, and how many blocks came before it.
 */
export interface BlockScan {
  readonly prose: string;
  readonly blocks: readonly Block[];
  readonly starts: readonly number[];
  readonly readEnds: readonly number[];
  readonly blocksBefore: readonly number[];
}

/**
 * The stages whose memos `local` ever stored, in any analysis: what `release` lets go of. An
 * entry passes from analysis to analysis with memos of stages the latest one never asked (a block
 * reused whole), so the stages one analysis asked would leave some behind. A handful of names.
 */
const LOCAL_STAGES = new Set<string>();

export class BlockCache {
  private previous: ReadonlyMap<string, Entry>;
  private readonly current = new Map<string, Entry>();
  private readonly keys = new WeakMap<Block, string>();
  /** The entry of each block of plain text this analysis made (see `block`). */
  private readonly byBlock = new WeakMap<Block, Entry>();
  private previousBlocks: WeakMap<Block, Entry>;
  private previousScan: BlockScan | undefined;
  /** Document-level state this analysis hands to the next (see `carry`). */
  private readonly carried = new Map<string, unknown>();
  private previousCarried: Map<string, unknown>;
  /** Which blocks stand unchanged since the previous analysis, and where the text first differs (see `align`). */
  private alignment: { readonly head: number; readonly tail: number; readonly before: number; readonly at: number } | undefined;
  /** How this analysis split the text, for the next. */
  scan: BlockScan | undefined;
  /** Blocks whose results came from the previous analysis, for tests and the bench. */
  hits = 0;
  misses = 0;

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
    this.previous = previous ? previous.current : new Map();
    this.previousBlocks = previous ? previous.byBlock : new WeakMap();
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
   * texts are the same up to offset `at`.
   */
  align(head: number, tail: number, before: number, at: number): void {
    this.alignment = { head, tail, before, at };
  }

  /**
   * How many blocks at the start stand as they stood in the previous analysis (the same
   * objects), and up to which offset the text is the same, when this analysis is aligned with it.
   */
  unchangedHead(): { readonly blocks: number; readonly offset: number } | undefined {
    const a = this.alignment;
    return a && { blocks: a.head, offset: a.at };
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

  /** How many blocks at the end stand as they stood in the previous analysis (moved by the edit), when aligned with it. */
  unchangedTail(): number | undefined {
    return this.alignment?.tail;
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
   * A block of the previous analysis, unchanged but for where it stands (`moved`, or itself):
   * its results serve this analysis without its text being looked up again. False when the
   * previous analysis has no results for it.
   */
  reuse(block: Block, moved: Block): boolean {
    const entry = this.previousBlocks.get(block);
    if (!entry) return false;
    if (!this.current.has(entry.key)) this.current.set(entry.key, entry);
    this.byBlock.set(moved, entry);
    this.hits++;
    return true;
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

  private entry(key: string, start: number): Entry {
    let entry = this.current.get(key);
    if (!entry) {
      // a key is cut from this version of the text: kept from one edit to the next (an entry
      // outlives its analysis), a copy; an opened document's keys share the text the editor keeps
      entry = this.previous.get(key) ?? { start, results: new Map(), key: this.keeps ? detached(key) : key };
      this.current.set(entry.key, entry);
    }
    return entry;
  }

  /**
   * Lets go of what this analysis kept for the next one beyond its blocks' results (`local`
   * memos, `carry`): the next analysis then does what it does after one that did not keep. The
   * entries may be shared with earlier analyses of the document, which lose those memos too.
   */
  release(): void {
    for (const entry of this.current.values()) for (const stage of LOCAL_STAGES) entry.results.delete(stage);
    this.carried.clear();
  }

  /** The analysis is over: let go of the previous analysis's blocks that were not reused. */
  seal(): void {
    this.previous = new Map();
    this.previousBlocks = new WeakMap();
    this.previousScan = undefined;
    this.previousCarried = new Map();
  }

  /**
   * The result of `stage` for the block with text `key` standing at `start`: computed once per
   * distinct block text, taken from the previous analysis when that had the same block.
   */
  get<T>(stage: string, key: string, start: number, compute: () => T): T {
    const entry = this.entry(key, start);
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
   * A block of plain text for the text `key` at `start` (see `get`). Later stages find the
   * block's results through the block itself, without hashing its text again.
   */
  block(key: string, start: number, compute: () => Block): Block {
    const block = this.get('block', key, start, compute);
    this.byBlock.set(block, this.entry(key, start));
    return block;
  }

  /** Like `get` for results that do not depend on where the block stands (see `blockLocal`). */
  local<T>(stage: string, key: string | { readonly prose: string; readonly block: Block }, compute: () => T, valid?: (result: T) => boolean): T {
    if (!this.keeps) {
      this.misses++;
      return compute();
    }
    LOCAL_STAGES.add(stage);
    const entry = typeof key === 'string' ? this.entry(key, 0) : (this.byBlock.get(key.block) ?? this.entry(this.keyOf(key.prose, key.block), 0));
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
  const source = value as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  // for-in rather than Object.entries: no pair arrays to collect on this hot path
  for (const key in source) {
    const v = source[key];
    if (typeof v === 'number') out[key] = key === 'start' || key === 'end' ? v + delta : v;
    else out[key] = typeof v === 'object' && v !== null ? shift(v, delta) : v;
  }
  return out;
}
