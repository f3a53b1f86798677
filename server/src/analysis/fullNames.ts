// The document's full names by their last word, for a speaker named by surname alone ("Peskov
// said" → "Dmitry Peskov"): of the full names ending in it, the one the document writes most
// often, the first written on a tie. Each capitalised run stands within one block (its words are
// joined by single spaces), so each block gives its own (last word, full name) pairs. While a
// document is edited the counts are kept from one analysis to the next and updated by the pairs
// of the blocks that changed.
import { detached } from './detached';
import type { ProseDocument } from './document';
import { blockLocal, perBlock } from './incremental';

/** A run's full name as words, ending with the run's last word, or undefined when it names none (see speakers.ts). */
export type FullNameOf = (run: string[]) => readonly string[] | undefined;
/** Calls `visit` with the words of every capitalised run of `text`. */
export type RunFinder = (text: string, visit: (words: string[]) => void) => void;

interface Carried {
  /** Pairs of each stretch of the document in order: the text before the first block, each block and the text after it. */
  readonly slots: readonly (readonly string[])[];
  readonly counts: Map<string, Map<string, number>>;
}

const STAGE = 'speakers:fullNameCounts';
const NONE: readonly string[] = Object.freeze([]);

export class FullNames {
  private readonly counts: Map<string, Map<string, number>>;
  /** Flat (last word, full name) pairs per stretch, when the counts are kept between analyses. */
  private readonly slots: readonly (readonly string[])[] | undefined;
  private readonly answers = new Map<string, string | undefined>();
  /**
   * A document only opened: its runs, found when a surname is first asked about (see `runsEnding`),
   * and not yet counted.
   */
  private readonly uncounted: { readonly prose: string; readonly runs: RunFinder; readonly fullNameOf: FullNameOf } | undefined;
  /** All runs of a document only opened by last word, once a surname is asked about. */
  private byLast: Map<string, string[][]> | undefined;
  /**
   * The surnames of the stretches the edit changed, with the full name each stood for in the
   * previous analysis (undefined when there was none to update).
   */
  private readonly before: ReadonlyMap<string, string | undefined> | undefined;

  constructor(doc: ProseDocument, runs: RunFinder, fullNameOf: FullNameOf) {
    if (!doc.cache?.keeps) {
      // a document only opened: the runs of a surname are found and counted when it is asked about
      this.counts = new Map();
      this.uncounted = { prose: doc.prose, runs, fullNameOf };
      this.slots = undefined;
      this.before = undefined;
      return;
    }
    const pairsOf = (text: string): readonly string[] => {
      const pairs: string[] = [];
      runs(text, (words) => {
        const full = fullNameOf(words);
        // kept from one edit to the next: not a view into this version of the text (see
        // detached.ts; a join is a new string)
        if (full) pairs.push(detached(full[full.length - 1]!), full.join(' '));
      });
      return pairs.length ? pairs : NONE;
    };
    const blockPairs = (b: number): readonly string[] => {
      const block = doc.blocks[b]!;
      return blockLocal(doc, block, 'speakers:fullNames', () => pairsOf(doc.prose.slice(block.start, block.end)));
    };
    // the stretches between blocks are blank in plain text: read only those that are not
    const gapPairs = (from: number, to: number): readonly string[] => (blank(doc.prose, from, to) ? NONE : pairsOf(doc.prose.slice(from, to)));
    const count = doc.blocks.length;
    /** The stretches from the one before block `from` to the one before block `to` (the text after the last block when there is none). */
    const stretches = (from: number, to: number, pairs: (b: number) => readonly string[]): (readonly string[])[] => {
      const out: (readonly string[])[] = [];
      for (let b = from; b <= to; b++) {
        out.push(gapPairs(b === 0 ? 0 : doc.blocks[b - 1]!.end, b < count ? doc.blocks[b]!.start : doc.prose.length));
        if (b < to) out.push(pairs(b));
      }
      return out;
    };

    const carried = doc.cache.take<Carried>(STAGE);
    const old = carried?.slots ?? [];
    const counts = carried?.counts ?? new Map<string, Map<string, number>>();
    const unchanged = doc.cache.unchangedHead();
    const tailBlocks = doc.cache.unchangedTail()?.blocks;
    const before = doc.cache.previousCount();
    let slots: (readonly string[])[];
    let head = 0;
    let tail = 0;
    if (carried && unchanged && tailBlocks !== undefined && before !== undefined && old.length === 2 * before + 1 && unchanged.blocks <= count - tailBlocks) {
      // the blocks the edit left alone, and the stretches between them, have the pairs they had
      head = 2 * unchanged.blocks;
      tail = old.length - (2 * (before - tailBlocks) + 1);
      slots = old.slice(0, head).concat(stretches(unchanged.blocks, count - tailBlocks, blockPairs), old.slice(old.length - tail));
    } else {
      const blocks = perBlock(doc, 'speakers:fullNames', (_, b) => blockPairs(b));
      slots = stretches(0, count, (b) => blocks[b]!);
      const min = Math.min(old.length, slots.length);
      while (head < min && old[head] === slots[head]) head++;
      while (tail < min - head && old[old.length - 1 - tail] === slots[slots.length - 1 - tail]) tail++;
    }
    // only the surnames of the changed stretches may stand for another full name now
    const was = new Map<string, string | undefined>();
    const ask = (stretches: readonly (readonly string[])[], to: number): void => {
      for (let s = head; s < to; s++) {
        const pairs = stretches[s]!;
        for (let i = 0; i < pairs.length; i += 2) if (!was.has(pairs[i]!)) was.set(pairs[i]!, bestOf(counts, old, pairs[i]!));
      }
    };
    if (carried) {
      ask(old, old.length - tail);
      ask(slots, slots.length - tail);
    }
    this.before = carried && was;
    for (let s = head; s < old.length - tail; s++) {
      const pairs = old[s]!;
      for (let i = 0; i < pairs.length; i += 2) add(counts, pairs[i]!, pairs[i + 1]!, -1);
    }
    for (let s = head; s < slots.length - tail; s++) {
      const pairs = slots[s]!;
      for (let i = 0; i < pairs.length; i += 2) add(counts, pairs[i]!, pairs[i + 1]!, 1);
    }
    this.counts = counts;
    this.slots = slots;
    doc.cache.carry(STAGE, { slots, counts } satisfies Carried);
  }

  /** The full name most often written with this last word (the first written on a tie). */
  of(surname: string): string | undefined {
    if (this.answers.has(surname)) return this.answers.get(surname);
    // a full name ends with its run's last word: only the runs ending with the surname count
    const runs = this.uncounted && this.runsEnding(surname);
    if (runs) {
      // a name is written again and again: each run's full name is made once
      const fullOf = new Map<string, string | null>();
      for (const words of runs) {
        const run = words.join(' ');
        let full = fullOf.get(run);
        if (full === undefined) {
          full = this.uncounted!.fullNameOf(words)?.join(' ') ?? null;
          fullOf.set(run, full);
        }
        if (full !== null) add(this.counts, surname, full, 1);
      }
    }
    const answer = bestOf(this.counts, this.slots, surname);
    this.answers.set(surname, answer);
    return answer;
  }

  /**
   * The runs of a document only opened whose last word is `surname`, in the order written: all its
   * runs are read once, at the first surname asked about, and filed by last word. Reading only the
   * lines that hold each surname asked about cost more: every surname's lines were found by a walk
   * over the whole text (about 80 walks in a 1 MB article, 12% of its analysis), and even a short
   * article was read no faster that way.
   */
  private runsEnding(surname: string): readonly string[][] | undefined {
    if (!this.byLast) {
      const byLast = new Map<string, string[][]>();
      this.uncounted!.runs(this.uncounted!.prose, (words) => {
        const last = words[words.length - 1]!;
        const same = byLast.get(last);
        if (same) same.push(words);
        else byLast.set(last, [words]);
      });
      this.byLast = byLast;
    }
    return this.byLast.get(surname);
  }

  /**
   * The surnames that stand for another full name than in the previous analysis of the document;
   * undefined when there was none this one updated.
   */
  changed(): string[] | undefined {
    if (!this.before) return undefined;
    const changed: string[] = [];
    for (const [surname, was] of this.before) if (this.of(surname) !== was) changed.push(surname);
    return changed;
  }
}

/**
 * The full name most often written with `surname` in `counts`, the first written in `slots` (the
 * document's stretches in order, when the counts were kept between analyses) on a tie.
 */
function bestOf(counts: ReadonlyMap<string, ReadonlyMap<string, number>>, slots: readonly (readonly string[])[] | undefined, surname: string): string | undefined {
  const names = counts.get(surname);
  if (!names) return undefined;
  let best: string | undefined;
  let n = 0;
  let tied = false;
  for (const [name, c] of names) {
    if (c > n) {
      best = name;
      n = c;
      tied = false;
    } else if (c === n) tied = true;
  }
  // counted in one pass, the first written came first; kept counts have lost that order
  if (!tied || slots === undefined) return best;
  for (const pairs of slots) {
    for (let i = 0; i < pairs.length; i += 2) if (pairs[i] === surname && names.get(pairs[i + 1]!) === n) return pairs[i + 1];
  }
  return best;
}

/** Adds `delta` to the count of `full` under `last`, dropping what falls to zero. */
function add(counts: Map<string, Map<string, number>>, last: string, full: string, delta: number): void {
  let names = counts.get(last);
  if (!names) counts.set(last, (names = new Map()));
  const n = (names.get(full) ?? 0) + delta;
  if (n > 0) names.set(full, n);
  else {
    names.delete(full);
    if (names.size === 0) counts.delete(last);
  }
}

/** Whether text[from, to) is all white space (as it is between the blocks of plain text). */
function blank(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 10 && c !== 13 && c !== 9 && !(c > 127 && /\s/.test(text.charAt(i)))) return false;
  }
  return true;
}
