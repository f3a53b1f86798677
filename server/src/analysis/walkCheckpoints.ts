// Where the claims stage's walk over the sentences (claims.ts) may start again after an edit. The
// walk carries what it gathered from one sentence to the next (territory lists for later
// anaphors, the people's sides, the claims so far); its state before a sentence depends only on
// what the walk read before it: the sentences up to ANAPHOR_REACH after the last one it worked
// on, a few dozen characters beyond them, the entity mentions and quotes standing there, the sides
// the entities give people, and what else of the document the walk asked (claims.ts checks that).
//
// While a document is edited, the walk records its state at every sentence with a cue, and every
// few sentences between those (claims.ts; a checkpoint: lengths of its append-only lists, and
// what little it holds besides, the quotes' place among them counted afresh at each). The next
// analysis starts from the last checkpoint whose reading lies wholly before the edit, once it has
// checked that the entity mentions and quotes there read as they did; an edit late in an article
// then leaves most of the walk alone.
//
// Past the edit the walk usually comes back to the state the previous walk had at the same
// sentence (moved): at a checkpoint whose reading lies wholly after the edit, if the state is the
// previous one's and what the rest of the walk reads (sentences, mentions, quotes) is the
// previous walk's moved, the rest of the walk is the previous one's moved (`converge`); an
// edit early in an article then leaves most of the walk alone too. Where the rest reads alike
// only up to some sentence (one that asks about a person whose side the edit changed), the
// previous walk's rest is taken up to its last checkpoint before that sentence, and the walk goes
// on from that checkpoint's state. The checkpoints taken over keep their states as they were,
// with how they moved (`Move`), applied when one is used.
// An edit that adds or removes an entity renumbers every entity first named after it (ids are e1,
// e2… by first mention): past it the mentions and quotes are compared, and the ids in the rest
// taken, through the old → new ids the mentions show (`EditMap.entity`).
import type { TextEdit } from './blocks';
import { detachedCopy } from './detached';
import type { BlockCache } from './incremental';
import type { IndexedMention } from './mentionIndex';
import { sameStrings } from './sameStrings';
import { lowerBound } from './search';
import type { SentenceIndex } from './sentenceIndex';
import type { Quote } from './types';

/** How far past a sentence the walk may read (territory phrases, claim words, modifiers), with room to spare. */
const READS_PAST = 100;
/** How far before a sentence the walk may read (place-of phrases, a place-marking "in"), with room to spare. */
const READS_BEFORE = 100;

/**
 * How a state of an earlier walk stands in a later one, whose text an edit (or several) changed
 * before it: what it counts moved by these many characters, sentences and quotes, and each list
 * longer by `lists[key]` entries before it.
 */
export interface Move {
  readonly chars: number;
  readonly sentences: number;
  readonly quotes: number;
  readonly lists: Readonly<Record<string, number>>;
}

/**
 * Where what the previous walk gathered stands now: offsets and sentence numbers before the edit
 * stand where they stood, those after it moved by the edit; those the edit changed stand nowhere
 * (undefined).
 */
export interface EditMap {
  /** How far the text and the sentences after the edit moved. */
  readonly chars: number;
  readonly sentences: number;
  /** What to add to a span of the previous text to place it in this one. */
  shift(start: number, end: number): number | undefined;
  /** The number now of the previous walk's sentence `si`. */
  sentence(si: number): number | undefined;
  /**
   * The id now of the entity the previous walk read as `id` past the edit: what the mentions
   * there show it renumbered to, else the same. The rest of the walk is taken only where what it
   * read with an id in it (mentions, quotes, the entity naming a state, the last claim's side)
   * reads so; the ids in what it gathered are then mapped alike.
   */
  entity(id: string | null): string | null;
}

/** The counts a walk's state keeps: how long each of its lists was, and where it stood among the quotes. */
export type Counts<L> = { readonly [K in keyof L]: number } & { readonly quoteAt: number };

/** What one analysis hands the next: its checkpoints and what they were taken from. */
interface Carried<S, L extends Record<string, readonly unknown[]>> {
  /** Per checkpoint, in order: the sentence it stands before, the offset its reading ends at, the state and how it moved since it was taken (none: not). */
  readonly sentences: readonly number[];
  readonly readEnds: readonly number[];
  readonly states: readonly S[];
  readonly moves: readonly (Move | undefined)[];
  /** How many sentences the document had. */
  readonly sentenceCount: number;
  /** The walk's lists at its end, whose prefixes the states count. */
  readonly lists: L;
  readonly mentions: readonly IndexedMention[];
  readonly quotes: readonly Quote[];
  readonly initialSides: readonly string[];
}

/** What the walk tells `converge` of the previous walk's rest (see there), and how it takes it. */
export interface Rest<S, L> {
  /**
   * Given the previous walk's state `before` (counting in its `lists`, moved by `map`) and this
   * walk's `now`: -1 when the rest reads otherwise than it did; else the offset up to which it
   * reads alike (Infinity: to the end).
   */
  readsOn(before: S, lists: L, map: EditMap, now: S): number;
  /**
   * Takes the previous walk's rest into the lists, up to its state `end` at the sentence it stands
   * before now (undefined: all of it); false when it cannot be moved, and nothing is taken.
   */
  take(before: S, lists: L, map: EditMap, now: S, end: { readonly sentence: number; readonly state: S } | undefined): boolean;
}

/** What the walk reads of the document outside the sentences' text. */
export interface WalkInputs {
  /** The entities' mentions, by start (MentionIndex.entries), and the previous analysis's they are, moved (MentionIndex.movedFrom). */
  readonly mentions: readonly IndexedMention[];
  readonly movedFrom: readonly IndexedMention[] | undefined;
  /** The quotes by start, as the walk reads them. */
  readonly quotes: readonly Quote[];
  /** The sides the entities give people (ClaimantResolver.initialSides). */
  readonly initialSides: readonly string[];
}

const STAGE = 'claims:checkpoints';

export class WalkCheckpoints<S extends Counts<L>, L extends Record<string, readonly unknown[]>> {
  private readonly previous: Carried<S, L> | undefined;
  /** The lists the walk took its first entries from, when it resumed. */
  private resumedFrom: L | undefined;
  /** How long the lists were where the walk took the previous walk's rest (see `converge`). */
  private convergedAt: Counts<L> | undefined;
  private sentences: number[] = [];
  private readEnds: number[] = [];
  private states: S[] = [];
  private moves: (Move | undefined)[] = [];
  /** What `converge` works out once: how the previous walk's sentences and text map onto this one's, and from where the inputs read the same. */
  private tail: Tail | null | undefined;
  /** Where the walk goes on from after `converge` took part of the previous walk's rest. */
  private ahead: { readonly sentence: number; readonly state: S } | undefined;
  /** The next of the previous checkpoints `converge` may meet. */
  private nextPrevious = 0;

  /**
   * `reach`: how many sentences after the one at hand the walk reads (whether they refer back).
   * `move`: the state moved (`Move`), but for its counts (moved here).
   */
  constructor(
    private readonly cache: BlockCache | undefined,
    private readonly index: SentenceIndex,
    private readonly inputs: WalkInputs,
    private readonly reach: number,
    private readonly move: (state: S, by: Move) => S,
  ) {
    this.previous = cache?.keeps ? cache.take<Carried<S, L>>(STAGE) : undefined;
  }

  /** The previous walk's `c`-th state, as it stands in that walk's text. */
  private previousState(c: number): S {
    const previous = this.previous!;
    const by = previous.moves[c];
    return by ? this.moved(previous.states[c]!, by) : previous.states[c]!;
  }

  private moved(state: S, by: Move): S {
    const out: Record<string, number> = {};
    const counts = state as Record<keyof L, number>;
    for (const key in by.lists) out[key] = counts[key]! + by.lists[key]!;
    return { ...this.move(state, by), ...out, quoteAt: state.quoteAt + by.quotes };
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
    if (!sameStrings(previous.initialSides, this.inputs.initialSides)) return undefined;
    // the previous mentions moved: those of the blocks before the edit are the previous ones
    const { mentions, movedFrom } = this.inputs;
    const headEnd = unchanged.blocks > 0 ? this.index.blockOf[sentencesBefore - 1]!.end : 0;
    const first = movedFrom === previous.mentions ? lowerBound(mentions, headEnd, (m) => m.start) : 0;
    const same = first === lowerBound(previous.mentions, headEnd, (m) => m.start) ? first : 0;
    // each difference found bounds the next search (firstDifference answers at most its limit)
    const mentionsUntil = firstDifference(previous.mentions, mentions, unchanged.offset, sameMention, (m) => m.start, same);
    const limit = firstDifference(previous.quotes, this.inputs.quotes, mentionsUntil, sameQuote, (q) => Math.min(q.start, q.sentence.start));
    for (let c = previous.sentences.length - 1; c >= 0; c--) {
      const si = previous.sentences[c]!;
      if (si + this.reach >= sentencesBefore || previous.readEnds[c]! > limit) continue;
      const state = this.previousState(c);
      if (!holds(state, previous.lists)) continue;
      this.sentences = previous.sentences.slice(0, c);
      this.readEnds = previous.readEnds.slice(0, c);
      this.states = previous.states.slice(0, c);
      this.moves = previous.moves.slice(0, c);
      this.resumedFrom = previous.lists;
      this.nextPrevious = c;
      return { sentence: si, state, lists: previous.lists };
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
    this.moves.push(undefined);
  }

  /**
   * At sentence `si` (with a cue, before it is read), whether the rest of the walk is the
   * previous walk's rest, moved: true when the previous walk took a checkpoint at the same
   * sentence, the rest of the walk reads from sentence `from` on (the walk's state holds what it
   * read before), all of that after the edit, reading the same mentions, quotes and text moved
   * (and so ending at the same last live cue), and `rest` says that the state `now` is the previous
   * one for what the rest reads (the quotes aside, checked here), and takes the previous walk's
   * rest into the lists. Then the previous walk's checkpoints from there on are this walk's.
   *
   * Where `rest` says the rest reads alike only up to an offset, the previous walk's rest up to
   * its last checkpoint at a sentence starting there or before is taken, if there is one past
   * `si`: false, and the walk goes on from that checkpoint (`takeAhead`).
   */
  converge(si: number, from: number, now: () => S, rest: Rest<S, L>): boolean {
    const previous = this.previous;
    const tail = this.tailReadAlikeFrom(from);
    if (!previous || !tail) return false;
    const { sentences } = this.index;
    let c = this.nextPrevious;
    while (c < previous.sentences.length && previous.sentences[c]! < si - tail.sentences) c++;
    this.nextPrevious = c;
    if (previous.sentences[c] !== si - tail.sentences) return false;
    const before = this.previousState(c);
    const state = now();
    if (state.quoteAt <= tail.quotesFrom || state.quoteAt !== before.quoteAt + tail.quotes) return false;
    const readsTo = rest.readsOn(before, previous.lists, tail.map, state);
    if (readsTo < 0) return false;
    // the previous checkpoints up to the one the walk goes on from (the last one: none)
    let end = previous.sentences.length;
    if (readsTo !== Infinity) {
      end = c;
      while (end + 1 < previous.sentences.length && sentences[previous.sentences[end + 1]! + tail.sentences]!.start <= readsTo) end++;
      if (end === c) return false;
    }
    // the previous checkpoints from here on, moved as the rest of the walk is
    const lists: Record<string, number> = {};
    for (const key in previous.lists) lists[key] = state[key] - before[key];
    const here: Move = { chars: tail.chars, sentences: tail.sentences, quotes: tail.quotes, lists };
    const composed = new Map<Move | undefined, Move>();
    const moveOf = (was: Move | undefined): Move => {
      let by = composed.get(was);
      if (!by) composed.set(was, (by = was ? compose(was, here) : here));
      return by;
    };
    const ahead = end < previous.sentences.length ? { sentence: previous.sentences[end]! + tail.sentences, state: this.moved(previous.states[end]!, moveOf(previous.moves[end])) } : undefined;
    if (!rest.take(before, previous.lists, tail.map, state, ahead && { sentence: ahead.sentence, state: this.previousState(end) })) return false;
    for (let k = c; k < end; k++) {
      this.sentences.push(previous.sentences[k]! + tail.sentences);
      this.readEnds.push(previous.readEnds[k]! + tail.chars);
      this.states.push(previous.states[k]!);
      this.moves.push(moveOf(previous.moves[k]));
    }
    if (ahead) {
      this.nextPrevious = end;
      this.ahead = ahead;
      return false;
    }
    this.convergedAt = state;
    return true;
  }

  /**
   * How the previous walk's text and inputs stand in this one (see `tailOf`), when what a walk
   * reads from sentence `from` on (the sentences, the text a little before them, the mentions in
   * them) is what the previous walk read there, moved by the edit; else undefined.
   */
  private tailReadAlikeFrom(from: number): Tail | undefined {
    const previous = this.previous;
    if (!previous) return undefined;
    const tail = this.tail === undefined ? (this.tail = this.tailOf(previous)) : this.tail;
    if (!tail || from < tail.firstSentence) return undefined;
    if (this.index.sentences[from]!.start - READS_BEFORE < tail.textFrom) return undefined;
    // mentions never run from one block into the next: those before `from`'s block are not read
    const blockStart = this.index.blockOf[from]!.start;
    return tail.mentionNow >= blockStart || tail.mentionBefore >= blockStart - tail.chars ? undefined : tail;
  }

  /**
   * The sentence now of the previous analysis's sentence `si`, when it stands after the edit and
   * what is read from it on (its text, the text a little before it, the mentions from its block
   * on) reads as it did, moved; else undefined.
   */
  readsAlikeFrom(si: number): number | undefined {
    const previous = this.previous;
    if (!previous || this.tail === null) return undefined;
    const tail = this.tail ?? (this.tail = this.tailOf(previous));
    const now = tail?.map.sentence(si);
    return now !== undefined && this.tailReadAlikeFrom(now) ? now : undefined;
  }

  /**
   * Whether the previous walk took a checkpoint at sentence `si` (numbered now), past the edit:
   * where `converge` may take its rest, at a sentence without a cue. Asked of sentences in order.
   */
  previousAt(si: number): boolean {
    const previous = this.previous;
    const aligned = previous && this.tail !== null ? this.cache?.unchangedTail() : undefined;
    if (!previous || !aligned) return false;
    const { firstSentence, sentences } = this.index;
    if (si < (aligned.blocks > 0 ? firstSentence[firstSentence.length - aligned.blocks]! : sentences.length)) return false;
    const before = si - (sentences.length - previous.sentenceCount);
    let c = this.nextPrevious;
    while (c < previous.sentences.length && previous.sentences[c]! < before) c++;
    this.nextPrevious = c;
    return previous.sentences[c] === before;
  }

  /** Where the walk goes on from, and in what state, when `converge` took only part of the previous walk's rest (once). */
  takeAhead(): { readonly sentence: number; readonly state: S } | undefined {
    const ahead = this.ahead;
    this.ahead = undefined;
    return ahead;
  }

  /** How the previous walk's sentences, text, mentions and quotes stand in this one after the edit (see `converge`); null when they cannot be told. */
  private tailOf(previous: Carried<S, L>): Tail | null {
    const aligned = this.cache?.unchangedTail();
    if (!aligned || !sameStrings(previous.initialSides, this.inputs.initialSides)) return null;
    const edit = aligned.edit;
    const { firstSentence, sentences } = this.index;
    const blocks = firstSentence.length;
    const chars = edit.inserted - edit.removed;
    const count = sentences.length - previous.sentenceCount;
    const firstTail = aligned.blocks > 0 ? firstSentence[blocks - aligned.blocks]! : sentences.length;
    const unchanged = this.cache!.unchangedHead()!;
    const head = unchanged.blocks < blocks ? firstSentence[unchanged.blocks]! : sentences.length;
    const { mentions, quotes } = this.inputs;
    // the previous mentions moved: those of the blocks after the edit, the only ones read past it
    // (`converge` reads from such a block on), are the previous ones moved
    let mention = this.inputs.movedFrom === previous.mentions ? NO_DIFFERENCE : lastDifference(mentions, previous.mentions, (x, y) => sameMention(x, y, chars));
    // mentions that differ past the edit may only be renumbered: compared again, old ids → new
    let ids: Map<string, string> | undefined;
    if (mention.now >= 0 && mentions[mention.now]!.start >= edit.at + edit.inserted) {
      const found = new Map<string, string>();
      mention = lastDifference(mentions, previous.mentions, (x, y) => sameMention(x, y, chars, found));
      ids = found;
    }
    const entity = ids ? renumbering(ids) : sameEntity;
    const quote = lastDifference(quotes, previous.quotes, (x, y) => sameQuote(x, y, chars, entity));
    return {
      firstSentence: firstTail,
      textFrom: edit.at + edit.inserted,
      chars,
      sentences: count,
      quotes: quotes.length - previous.quotes.length,
      mentionNow: mention.now < 0 ? -1 : mentions[mention.now]!.start,
      mentionBefore: mention.before < 0 ? -1 : previous.mentions[mention.before]!.start,
      quotesFrom: quote.now,
      map: editMap(edit, head, firstTail - count, count, entity),
    };
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
      // the previous walk's rest, moved, was made from its copies
      const made = this.convergedAt ? this.convergedAt[key] : list.length;
      let k = 0;
      while (k < made && k < before.length && list[k] === before[k]) k++;
      kept[key] = k === made ? list : list.slice(0, k).concat(list.slice(k, made).map(detachedCopy), list.slice(made));
    }
    const { mentions, quotes, initialSides } = this.inputs;
    this.cache.carry(STAGE, {
      sentences: this.sentences, readEnds: this.readEnds, states: this.states, moves: this.moves, sentenceCount: this.index.sentences.length,
      lists: kept as L, mentions, quotes, initialSides,
    } satisfies Carried<S, L>);
  }
}

/**
 * The offset of the first entry of `a` or `b` (both in order of `at`) that differs from its
 * counterpart, among those `at` places before `limit`, from the `first` of each on (the same
 * before it); `limit` when none does.
 */
function firstDifference<T>(a: readonly T[], b: readonly T[], limit: number, same: (x: T, y: T) => boolean, at: (x: T) => number, first = 0): number {
  for (let i = first; ; i++) {
    const x = i < a.length ? a[i] : undefined;
    const y = i < b.length ? b[i] : undefined;
    const xAt = x === undefined ? limit : Math.min(limit, at(x));
    const yAt = y === undefined ? limit : Math.min(limit, at(y));
    if (xAt >= limit && yAt >= limit) return limit;
    if (x === undefined || y === undefined || !same(x, y)) return Math.min(xAt, yAt);
  }
}

const NO_DIFFERENCE = Object.freeze({ now: -1, before: -1 });

/**
 * The last entries of `now` and `before` (both in order) that differ from their counterparts,
 * counting back from the ends: their indices, -1 where a list has none left.
 */
function lastDifference<T>(now: readonly T[], before: readonly T[], same: (x: T, y: T) => boolean): { readonly now: number; readonly before: number } {
  let i = now.length - 1;
  let j = before.length - 1;
  while (i >= 0 && j >= 0 && same(now[i]!, before[j]!)) {
    i--;
    j--;
  }
  return { now: i, before: j };
}

/**
 * What the walk reads of an entity mention: where it stands (`moved` further than `y`), and its
 * entity's id and type, and a place's name (a territory's); a person's name (which an edit
 * elsewhere may make fuller) it never reads. With `ids`, `y`'s entity may have another id now,
 * the same wherever it is met: `ids` gathers each old id met → its id now.
 */
function sameMention(x: IndexedMention, y: IndexedMention, moved = 0, ids?: Map<string, string>): boolean {
  // an edit that leaves the names alone keeps the entries and entities before it (mergedEntities.ts)
  if (x === y && !ids) return moved === 0;
  if (x.start !== y.start + moved || x.end !== y.end + moved) return false;
  const a = x.entity;
  const b = y.entity;
  if (a !== b && (a.type !== b.type || (a.type === 'place' && a.name !== b.name))) return false;
  if (!ids) return a === b || a.id === b.id;
  const now = ids.get(b.id);
  if (now === undefined) ids.set(b.id, a.id);
  return now === undefined || now === a.id;
}

/**
 * What the walk reads of a quote: where it and its sentence stand (`moved` further than `y`), and
 * who speaks (`entity`: the id now of the previous analysis's entity id).
 */
function sameQuote(x: Quote, y: Quote, moved = 0, entity = sameEntity): boolean {
  if (x === y && entity === sameEntity) return moved === 0;
  return x.start === y.start + moved && x.end === y.end + moved && x.sentence.start === y.sentence.start + moved && x.sentence.end === y.sentence.end + moved && x.speaker === y.speaker && x.speakerEntity === entity(y.speakerEntity);
}

/** `EditMap.entity` when no entity was renumbered. */
const sameEntity = (id: string | null): string | null => id;

/** `EditMap.entity` for the old → new ids `ids` (the others the same). */
function renumbering(ids: ReadonlyMap<string, string>): (id: string | null) => string | null {
  return (id) => (id === null ? null : ids.get(id) ?? id);
}

/** What `converge` works out once per walk (see `tailOf`). */
interface Tail {
  /** The first sentence of the blocks after the edit, which are the previous analysis's moved. */
  readonly firstSentence: number;
  /** Where the text starts reading as the previous text moved. */
  readonly textFrom: number;
  /** How far the text, the sentences and the quotes after the edit moved. */
  readonly chars: number;
  readonly sentences: number;
  readonly quotes: number;
  /** Where the last mention that differs from the previous ones, moved, starts now, and where the last that differs from these started then (-1: none). */
  readonly mentionNow: number;
  readonly mentionBefore: number;
  /** The index of the last quote that differs from the previous ones moved (-1: none). */
  readonly quotesFrom: number;
  readonly map: EditMap;
}

function compose(a: Move, b: Move): Move {
  const lists: Record<string, number> = {};
  for (const key in b.lists) lists[key] = (a.lists[key] ?? 0) + b.lists[key]!;
  return { chars: a.chars + b.chars, sentences: a.sentences + b.sentences, quotes: a.quotes + b.quotes, lists };
}

/**
 * The map of the previous text onto this one across `edit`: the first `head` sentences are the
 * same, those from `tail` on (numbered then) are `sentences` further on.
 */
function editMap(edit: TextEdit, head: number, tail: number, sentences: number, entity: (id: string | null) => string | null): EditMap {
  const removedEnd = edit.at + edit.removed;
  const chars = edit.inserted - edit.removed;
  return {
    chars,
    sentences,
    shift: (start, end) => (end <= edit.at ? 0 : start >= removedEnd ? chars : undefined),
    sentence: (si) => (si < head ? si : si >= tail ? si + sentences : undefined),
    entity,
  };
}
