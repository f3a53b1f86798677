// What an edit changed among the items of a few blocks (a name's candidates, the typed mentions
// the merger reads), told apart from what it left alone: those items the blocks' later analyses
// take as they were, and only the changed ones are voted or merged again (mergedLocally.ts).
import { upperBound } from './search';

/**
 * How many items at the start (`same`) and, of the rest, at the end (`sameEnd`) of `a` and `b`
 * are alike.
 */
export function sameEnds<T>(a: readonly T[], b: readonly T[], alike: (x: T, y: T) => boolean): { same: number; sameEnd: number } {
  const min = Math.min(a.length, b.length);
  let same = 0;
  while (same < min && alike(a[same]!, b[same]!)) same++;
  let sameEnd = 0;
  while (sameEnd < min - same && alike(a[a.length - 1 - sameEnd]!, b[b.length - 1 - sameEnd]!)) sameEnd++;
  return { same, sameEnd };
}

/**
 * Runs of items that changed, in order: each its start and end among the items before, then
 * among the items now (four numbers). Between two runs, and around them, the items are alike
 * and as many before as now.
 */
export class ChangedRuns {
  readonly runs: number[] = [];

  /**
   * Adds the run `a` (before, from `aFrom`) and `b` (now, from `bFrom`) make, less the items
   * alike at either end (nothing when they are all alike); `changed` hears each item of it, before
   * and now, with its index.
   */
  compare<T>(a: readonly T[], aFrom: number, b: readonly T[], bFrom: number, alike: (x: T, y: T) => boolean, changed?: (x: T, at: number, now: boolean) => void): void {
    const { same, sameEnd } = sameEnds(a, b, alike);
    if (same + sameEnd === Math.max(a.length, b.length)) return;
    this.runs.push(aFrom + same, aFrom + a.length - sameEnd, bFrom + same, bFrom + b.length - sameEnd);
    if (!changed) return;
    for (let k = same; k < a.length - sameEnd; k++) changed(a[k]!, aFrom + k, false);
    for (let k = same; k < b.length - sameEnd; k++) changed(b[k]!, bFrom + k, true);
  }

  /** Calls `visit` with each item left alone, by its index now and before, up to `length` now. */
  forEachAlike(length: number, visit: (now: number, before: number) => void): void {
    const runs = this.runs;
    for (let r = 0, before = 0, now = 0; ; r += 4) {
      const to = r < runs.length ? runs[r + 2]! : length;
      for (; now < to; now++, before++) visit(now, before);
      if (r >= runs.length) return;
      before = runs[r + 1]!;
      now = runs[r + 3]!;
    }
  }

  /** Where the items left alone went, those from `first` on among the document's (see `Moves`). */
  moves(first: number): Moves {
    const splits: number[] = [];
    const shifts: number[] = [];
    for (let r = 0; r < this.runs.length; r += 4) {
      splits.push(first + this.runs[r + 1]!);
      shifts.push(this.runs[r + 3]! - this.runs[r + 1]!);
    }
    return new Moves(splits, shifts);
  }
}

/**
 * Where the items an edit left alone went: from each of `splits` (an index before) on, they
 * moved by the matching one of `shifts`, until the next; those before the first stand.
 */
export class Moves {
  /** Each of `splits` where it is now. */
  private readonly splitsNow: readonly number[];

  constructor(
    readonly splits: readonly number[],
    readonly shifts: readonly number[],
  ) {
    this.splitsNow = splits.map((at, k) => at + shifts[k]!);
  }

  /** The index now of the item left alone at `i` before. */
  now(i: number): number {
    return i + shiftAt(this.splits, this.shifts, i);
  }

  /** The index before of the item left alone at `j` now. */
  before(j: number): number {
    return j - shiftAt(this.splitsNow, this.shifts, j);
  }
}

/** The shift of the last of `splits` at or before `at` (0 before the first). */
function shiftAt(splits: readonly number[], shifts: readonly number[], at: number): number {
  const k = upperBound(splits, at);
  return k === 0 ? 0 : shifts[k - 1]!;
}
