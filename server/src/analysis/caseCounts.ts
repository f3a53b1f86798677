// The document's case evidence (names.ts: words seen capitalised mid-sentence) is the union of
// every block's share. Kept as counts (word → how many blocks give it) from one analysis of an
// edited document to the next, it is updated by the shares of the blocks that changed instead of
// being gathered again from every block; and the words whose presence changed tell which blocks'
// names, which asked about some words, may read differently now.
import type { ProseDocument } from './document';

interface Carried<M> {
  readonly shares: readonly (readonly string[])[];
  /** The names memo each block used, all consistent with `counts`. */
  readonly memos: readonly M[];
  readonly counts: Map<string, number>;
  /** Word → the memos among `memos` that asked about it (see `Askers`). */
  readonly askers: Askers<M> | undefined;
}

/**
 * Which memos asked about each word (a memo once for each block that uses it), so that the
 * blocks whose names a flipped word reaches are found without reading every block's memo
 * (objects kept from analysis to analysis, scattered over the heap: a cache miss each). Made at
 * the first edit that flips a word, then kept up to date by the blocks each edit changes.
 */
type Askers<M> = Map<string, M[]>;

// how many memos a flipped word's askers may number for their blocks to be searched for one by
// one (each a scan of the memos, by identity); beyond, every block's memo is asked
const FEW_ASKERS = 64;

const STAGE = 'names:caseCounts';

export class CaseCounts<M> {
  /** The evidence: the counts, or only the words when nothing is carried to a next analysis. */
  private readonly words: { has(word: string): boolean };
  /** Word → how many blocks give it, kept for the next analysis (by a cache that keeps). */
  private readonly counts: Map<string, number> | undefined;
  /** Words in the evidence now and not before, or the reverse; null when nothing was carried. */
  readonly flipped: ReadonlySet<string> | null;
  private readonly head: number;
  private readonly tail: number;
  private readonly previous: readonly M[];
  private readonly shift: number;
  private readonly askers: Askers<M> | undefined;
  /**
   * Per block: 1 where the block stands unchanged and its previous memo asked about a word that
   * flipped (it may read differently now), else 0; undefined when not worked out (nothing
   * flipped, no carried memos, or the flipped words' askers too many to search for).
   */
  readonly stale: Uint8Array | undefined;

  /**
   * The evidence for blocks whose shares are `shares`, in order. A block's share must be the same
   * array each time its text is unchanged (a per-block memo), so that the blocks the edit left
   * alone are found by identity at both ends.
   */
  constructor(
    private readonly doc: ProseDocument,
    private readonly shares: readonly (readonly string[])[],
    /** The union of the shares, gathered by the caller: then `shares` are not read. */
    union?: ReadonlySet<string>,
    /** The words a memo asked about (`Askers`); without it, memos are not indexed by them. */
    private readonly askedBy?: (memo: M) => Iterable<string>,
  ) {
    // a union given stands for shares the caller did not gather (which may be none), so it is the
    // evidence whether or not the cache keeps
    if (union !== undefined || !doc.cache?.keeps) {
      // no next analysis will update the counts: the union of the shares is all it takes
      let words = union;
      if (!words) {
        const all = new Set<string>();
        for (const share of shares) for (const w of share) all.add(w);
        words = all;
      }
      this.words = words;
      this.counts = undefined;
      this.flipped = null;
      this.head = this.tail = this.shift = 0;
      this.previous = [];
      this.askers = this.stale = undefined;
      return;
    }
    const carried = doc.cache?.take<Carried<M>>(STAGE);
    const old = carried?.shares ?? [];
    const min = Math.min(old.length, shares.length);
    let head = 0;
    while (head < min && old[head] === shares[head]) head++;
    let tail = 0;
    while (tail < min - head && old[old.length - 1 - tail] === shares[shares.length - 1 - tail]) tail++;
    this.head = head;
    this.tail = tail;
    this.shift = old.length - shares.length;
    this.previous = carried?.memos ?? [];
    const counts = carried?.counts ?? new Map<string, number>();
    // each word touched, with whether it was in the evidence before
    const before = new Map<string, boolean>();
    for (let b = head; b < old.length - tail; b++) {
      for (const w of old[b]!) {
        const n = counts.get(w)!;
        if (!before.has(w)) before.set(w, true);
        if (n === 1) counts.delete(w);
        else counts.set(w, n - 1);
      }
    }
    for (let b = head; b < shares.length - tail; b++) {
      for (const w of shares[b]!) {
        const n = counts.get(w);
        if (n === undefined) {
          if (!before.has(w)) before.set(w, false);
          counts.set(w, 1);
        } else counts.set(w, n + 1);
      }
    }
    this.words = this.counts = counts;
    let askers = carried?.askers;
    let stale: Uint8Array | undefined;
    if (carried) {
      const flipped = new Set<string>();
      for (const [w, was] of before) if (counts.has(w) !== was) flipped.add(w);
      this.flipped = flipped;
      if (flipped.size > 0 && askedBy) {
        askers ??= askersOf(this.previous, askedBy);
        stale = this.staleBlocks(flipped, askers);
      }
    } else this.flipped = null;
    this.askers = askers;
    this.stale = stale;
  }

  /** `stale` for these flipped words, or undefined when their askers are too many. */
  private staleBlocks(flipped: ReadonlySet<string>, askers: Askers<M>): Uint8Array | undefined {
    const asking = new Set<M>();
    for (const word of flipped) {
      for (const memo of askers.get(word) ?? []) asking.add(memo);
      if (asking.size > FEW_ASKERS) return undefined;
    }
    const stale = new Uint8Array(this.shares.length);
    const old = this.previous;
    const tailFrom = old.length - this.tail;
    for (const memo of asking) {
      for (let o = old.indexOf(memo); o >= 0; o = old.indexOf(memo, o + 1)) {
        if (o < this.head) stale[o] = 1;
        else if (o >= tailFrom) stale[o - this.shift] = 1;
      }
    }
    return stale;
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * The names memo the previous analysis used for the block now at `b`, when it stands unchanged
   * since: it read the evidence as it was then, and reads the same now unless it asked about a
   * word that flipped.
   */
  previousMemo(b: number): M | undefined {
    if (this.flipped === null) return undefined;
    const old = b < this.head ? b : b >= this.shares.length - this.tail ? b + this.shift : -1;
    return old >= 0 ? this.previous[old] : undefined;
  }

  /** Hands the counts and the memos the blocks used to the next analysis. */
  carry(memos: readonly M[]): void {
    if (!this.counts) return;
    const askers = this.askers;
    if (askers && this.askedBy) this.updateAskers(askers, this.askedBy, memos);
    this.doc.cache?.carry(STAGE, { shares: this.shares, memos, counts: this.counts, askers } satisfies Carried<M>);
  }

  /** `askers` of the previous memos made those of `memos`: by the blocks whose memo changed. */
  private updateAskers(askers: Askers<M>, askedBy: (memo: M) => Iterable<string>, memos: readonly M[]): void {
    const old = this.previous;
    const unask = (memo: M): void => {
      for (const word of askedBy(memo)) {
        const asking = askers.get(word);
        const at = asking?.lastIndexOf(memo) ?? -1;
        if (!asking || at < 0) continue;
        asking.splice(at, 1);
        if (asking.length === 0) askers.delete(word);
      }
    };
    const changed = (b: number, o: number): void => {
      if (memos[b] === old[o]) return;
      unask(old[o]!);
      ask(askers, memos[b]!, askedBy);
    };
    for (let b = 0; b < this.head; b++) changed(b, b);
    for (let b = memos.length - this.tail; b < memos.length; b++) changed(b, b + this.shift);
    for (let o = this.head; o < old.length - this.tail; o++) unask(old[o]!);
    for (let b = this.head; b < memos.length - this.tail; b++) ask(askers, memos[b]!, askedBy);
  }
}

/** The `Askers` of these memos. */
function askersOf<M>(memos: readonly M[], askedBy: (memo: M) => Iterable<string>): Askers<M> {
  const askers: Askers<M> = new Map();
  for (const memo of memos) ask(askers, memo, askedBy);
  return askers;
}

/** Files `memo` under each word it asked about. */
function ask<M>(askers: Askers<M>, memo: M, askedBy: (memo: M) => Iterable<string>): void {
  for (const word of askedBy(memo)) {
    const asking = askers.get(word);
    if (asking) asking.push(memo);
    else askers.set(word, [memo]);
  }
}
