// Where the claims stage's walk over the sentences (claims.ts) may start again after an edit. The
// walk carries what it gathered from one sentence to the next (territory lists for later
// anaphors, the people's sides, the claims so far); its state before a sentence depends only on
// what the walk read before it: the sentences up to ANAPHOR_REACH after the last one it worked
// on, a few dozen characters beyond them, the entity mentions and quotes standing there, the sides
// the entities give people, and what else of the document the walk asked (claims.ts checks that).
//
// While a document is edited, the walk records its state at every sentence with a cue (a
// checkpoint: lengths of its append-only lists, and what little it holds besides). The next
// analysis starts from the last checkpoint whose reading lies wholly before the edit, once it has
// checked that the entity mentions and quotes there read as they did; an edit late in an article
// then leaves most of the walk alone.
import { detachedCopy } from './detached';
import type { BlockCache } from './incremental';
import type { IndexedMention } from './mentionIndex';
import { sameStrings } from './sameStrings';
import type { SentenceIndex } from './sentenceIndex';
import type { Quote } from './types';

/** How far past a sentence the walk may read (territory phrases, claim words, modifiers), with room to spare. */
const READS_PAST = 100;

/** What one analysis hands the next: its checkpoints and what they were taken from. */
interface Carried<S, L extends Record<string, readonly unknown[]>> {
  /** Per checkpoint, in order: the sentence it stands before, the offset its reading ends at, the state. */
  readonly sentences: readonly number[];
  readonly readEnds: readonly number[];
  readonly states: readonly S[];
  /** The walk's lists at its end, whose prefixes the states count. */
  readonly lists: L;
  readonly mentions: readonly IndexedMention[];
  readonly quotes: readonly Quote[];
  readonly initialSides: readonly string[];
}

/** What the walk reads of the document outside the sentences' text. */
export interface WalkInputs {
  /** The entities' mentions, by start (MentionIndex.entries). */
  readonly mentions: readonly IndexedMention[];
  /** The quotes by start, as the walk reads them. */
  readonly quotes: readonly Quote[];
  /** The sides the entities give people (ClaimantResolver.initialSides). */
  readonly initialSides: readonly string[];
}

const STAGE = 'claims:checkpoints';

export class WalkCheckpoints<S, L extends Record<string, readonly unknown[]>> {
  private readonly previous: Carried<S, L> | undefined;
  /** The lists the walk took its first entries from, when it resumed. */
  private resumedFrom: L | undefined;
  private sentences: number[] = [];
  private readEnds: number[] = [];
  private states: S[] = [];

  /**
   * `reach`: how many sentences after the one at hand the walk reads (whether they refer back).
   */
  constructor(
    private readonly cache: BlockCache | undefined,
    private readonly index: SentenceIndex,
    private readonly inputs: WalkInputs,
    private readonly reach: number,
  ) {
    this.previous = cache?.keeps ? cache.take<Carried<S, L>>(STAGE) : undefined;
  }

  /**
   * The last checkpoint of the previous analysis that holds for this one (and for `holds`, which
   * checks what else the walk read by then), with the lists it counts in; its earlier checkpoints
   * are kept for the next analysis.
   */
  resume(holds: (state: S, lists: L) => boolean): { readonly sentence: number; readonly state: S; readonly lists: L } | undefined {
    const previous = this.previous;
    const unchanged = this.cache?.unchangedHead();
    if (!previous || !unchanged) return undefined;
    // the sentences of the blocks before the edit are the previous analysis's, numbered alike
    const { firstSentence } = this.index;
    const sentencesBefore = unchanged.blocks < firstSentence.length ? firstSentence[unchanged.blocks]! : this.index.sentences.length;
    let limit = unchanged.offset;
    if (!sameStrings(previous.initialSides, this.inputs.initialSides)) return undefined;
    limit = Math.min(limit, firstDifference(previous.mentions, this.inputs.mentions, limit, sameMention, (m) => m.start));
    limit = Math.min(limit, firstDifference(previous.quotes, this.inputs.quotes, limit, sameQuote, (q) => Math.min(q.start, q.sentence.start)));
    for (let c = previous.sentences.length - 1; c >= 0; c--) {
      const si = previous.sentences[c]!;
      if (si + this.reach >= sentencesBefore || previous.readEnds[c]! > limit || !holds(previous.states[c]!, previous.lists)) continue;
      this.sentences = previous.sentences.slice(0, c);
      this.readEnds = previous.readEnds.slice(0, c);
      this.states = previous.states.slice(0, c);
      this.resumedFrom = previous.lists;
      return { sentence: si, state: previous.states[c]!, lists: previous.lists };
    }
    return undefined;
  }

  /** Records the walk's state before sentence `si`, which has a cue. */
  record(si: number, state: () => S): void {
    if (!this.cache?.keeps) return;
    const { sentences } = this.index;
    // the walk reads sentences up to `reach` on (whether they refer back) and a little past them
    const last = sentences[Math.min(si + this.reach, sentences.length - 1)]!;
    this.sentences.push(si);
    this.readEnds.push(last.end + READS_PAST);
    this.states.push(state());
  }

  /**
   * The walk is over: its checkpoints, counting in `lists`, are carried to the next analysis. The
   * lists' entries outlive this version of the text, resumed from edit after edit: those this walk
   * made are kept as copies that share nothing with it (see detached.ts); those it took from
   * the previous analysis are such copies already.
   */
  finish(lists: L): void {
    if (!this.cache?.keeps) return;
    const kept: Record<string, readonly unknown[]> = {};
    for (const key in lists) {
      const list = lists[key];
      const before = this.resumedFrom?.[key] ?? [];
      let k = 0;
      while (k < list.length && k < before.length && list[k] === before[k]) k++;
      kept[key] = k === list.length ? list : list.slice(0, k).concat(list.slice(k).map(detachedCopy));
    }
    const { mentions, quotes, initialSides } = this.inputs;
    this.cache.carry(STAGE, { sentences: this.sentences, readEnds: this.readEnds, states: this.states, lists: kept as L, mentions, quotes, initialSides } satisfies Carried<S, L>);
  }
}

/**
 * The offset of the first entry of `a` or `b` (both in order of `at`) that differs from its
 * counterpart, among those `at` places before `limit`; `limit` when none does.
 */
function firstDifference<T>(a: readonly T[], b: readonly T[], limit: number, same: (x: T, y: T) => boolean, at: (x: T) => number): number {
  for (let i = 0; ; i++) {
    const x = i < a.length ? a[i] : undefined;
    const y = i < b.length ? b[i] : undefined;
    const xAt = x === undefined ? limit : Math.min(limit, at(x));
    const yAt = y === undefined ? limit : Math.min(limit, at(y));
    if (xAt >= limit && yAt >= limit) return limit;
    if (x === undefined || y === undefined || !same(x, y)) return Math.min(xAt, yAt);
  }
}

/** What the walk reads of an entity mention: where it stands, and its entity's id, type and name. */
function sameMention(x: IndexedMention, y: IndexedMention): boolean {
  // an edit that leaves the names alone keeps the entries and entities before it (mergedEntities.ts)
  if (x === y) return true;
  if (x.start !== y.start || x.end !== y.end) return false;
  const a = x.entity;
  const b = y.entity;
  return a === b || (a.id === b.id && a.type === b.type && a.name === b.name);
}

/** What the walk reads of a quote: where it and its sentence stand, and who speaks. */
function sameQuote(x: Quote, y: Quote): boolean {
  return x === y || x.start === y.start && x.end === y.end && x.sentence.start === y.sentence.start && x.sentence.end === y.sentence.end && x.speaker === y.speaker && x.speakerEntity === y.speakerEntity;
}
