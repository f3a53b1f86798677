import type { Entity, EntityType } from './types';
import { lowerBound } from './search';

export interface IndexedMention {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

/** Entity mentions sorted by offset, to find those within a span in logarithmic time. */
export class MentionIndex {
  private readonly mentions: IndexedMention[];

  constructor(entities: readonly Entity[]) {
    this.mentions = entities.flatMap((entity) => entity.mentions.map((m) => ({ start: m.start, end: m.end, entity })));
    this.mentions.sort((a, b) => a.start - b.start || b.end - a.end);
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
