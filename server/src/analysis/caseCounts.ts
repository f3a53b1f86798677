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
}

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
  ) {
    if (!doc.cache?.keeps) {
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
    if (carried) {
      const flipped = new Set<string>();
      for (const [w, was] of before) if (counts.has(w) !== was) flipped.add(w);
      this.flipped = flipped;
    } else this.flipped = null;
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
    if (this.counts) this.doc.cache?.carry(STAGE, { shares: this.shares, memos, counts: this.counts } satisfies Carried<M>);
  }
}
