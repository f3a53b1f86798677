import type { Entity, EntityType } from './types';
import { lowerBound } from './search';

export interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
  /** Where it stands among the entities' mentions as they list them, entity by entity. */
  readonly listed: number;
}

// one index per analysis, however many stages ask (the entities list is the analysis's own);
// let go when the analysis ends (see `forget`), not kept with the annotations of open documents
const indexes = new WeakMap<readonly Entity[], MentionIndex>();

/** Entity mentions sorted by offset, to find those within a span in logarithmic time. */
export class MentionIndex {
  private readonly mentions: IndexedMention[];

  /**
   * `movedFrom`: the previous analysis's entries, when these are those moved by an edit that left
   * every mention as it was but for where it stands (mergedEntities.ts): the mentions of the
   * blocks the edit left alone are the previous ones, moved with their blocks. The entities then
   * have the names, roles, aliases and places they had, which the claims stage relies on to keep
   * what it learnt of them (claims.ts).
   */
  constructor(entities: readonly Entity[], sorted?: IndexedMention[], readonly movedFrom?: readonly IndexedMention[]) {
    if (sorted) {
      this.mentions = sorted;
      return;
    }
    let listed = 0;
    this.mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity, listed: listed++ })));
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** Every mention, by start (the longer first), those standing together as the entities list them. */
  get entries(): readonly IndexedMention[] {
    return this.mentions;
  }

  /** The index of these entities' mentions, made once. */
  static of(entities: readonly Entity[]): MentionIndex {
    let index = indexes.get(entities);
    if (!index) indexes.set(entities, (index = new MentionIndex(entities)));
    return index;
  }

  /**
   * Sets the index of these entities to `sorted`: their mentions as the index orders them (by
   * start, the longer first, then as the entities list them), made where that order comes free.
   */
  static preset(entities: readonly Entity[], sorted: IndexedMention[], movedFrom?: readonly IndexedMention[]): void {
    indexes.set(entities, new MentionIndex(entities, sorted, movedFrom));
  }

  /**
   * `to` (a copy of `from` with some entities replaced by others of the same mentions) shares
   * `from`'s index, when it has one.
   */
  static share(from: readonly Entity[], to: readonly Entity[]): void {
    const index = indexes.get(from);
    if (index) indexes.set(to, index);
  }

  /** The analysis of these entities is over: their index is no longer kept. */
  static forget(entities: readonly Entity[]): void {
    indexes.delete(entities);
  }

  /**
   * The mentions of entities of other types than `left`, by start, those starting together
   * as the entities list them (a stable sort of the list by start).
   */
  byStart(left: EntityType): IndexedMention[] {
    const out = this.mentions.filter((m) => m.entity.type !== left);
    // the index orders mentions starting together by end: put them back in list order
    orderRunsAsListed(out, (a, b) => a.start === b.start);
    return out;
  }

  /** Mentions that start within [start, end), in order, optionally of some types only. */
  within(start: number, end: number, types?: readonly EntityType[]): IndexedMention[] {
    const out: IndexedMention[] = [];
    for (let i = this.firstAtOrAfter(start); i < this.mentions.length && this.mentions[i].start < end; i++) {
      const m = this.mentions[i];
      if (!types || types.includes(m.entity.type)) out.push(m);
    }
    return out;
  }

  /** The mention covering an offset, if any. */
  at(offset: number): IndexedMention | undefined {
    // mentions do not nest deeply: look back a few from the insertion point
    const i = this.firstAtOrAfter(offset + 1);
    for (let j = i - 1; j >= 0 && j >= i - 4; j--) {
      const m = this.mentions[j];
      if (m.start <= offset && offset < m.end) return m;
    }
    return undefined;
  }

  private firstAtOrAfter(offset: number): number {
    return lowerBound(this.mentions, offset, (m) => m.start);
  }
}

/**
 * Puts each run of neighbouring mentions that stand `together` with the run's first back in the
 * order the entities list them (a stable sort of each run by `listed`).
 */
export function orderRunsAsListed(list: IndexedMention[], together: (a: IndexedMention, b: IndexedMention) => boolean): void {
  for (let i = 1; i < list.length; i++) {
    const first = list[i - 1]!;
    if (!together(first, list[i]!)) continue;
    let to = i + 1;
    while (to < list.length && together(first, list[to]!)) to++;
    const run = list.slice(i - 1, to).sort((x, y) => x.listed - y.listed);
    for (let k = 0; k < run.length; k++) list[i - 1 + k] = run[k]!;
    i = to - 1;
  }
}
