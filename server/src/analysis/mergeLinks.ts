// What the entities of an edited document read and write of the merger's tables (coreference.ts
// `linksOf`), kept from one analysis to the next: an edit that changes mentions finds the
// entities they reach (mergedLocally.ts) through an index by link, without reading every entity's.
import { linksOf, type Links, type TypedMention } from './coreference';

/** A typed mention merged into no entity, by its index among the typed mentions. */
export interface Orphan {
  readonly index: number;
  readonly links: Links;
}

export interface LinkSets {
  readonly emits: Set<string>;
  readonly hits: Set<string>;
}
export const linkSets = (): LinkSets => ({ emits: new Set(), hits: new Set() });
export const linksFrom = (sets: LinkSets): Links => ({ emits: [...sets.emits], hits: [...sets.hits] });

/**
 * Groups of mentions (an entity's, or a mention merged into none) by each link that hits them;
 * a group is known by its `Links`, the same object while the group stands.
 */
export class HitIndex {
  private readonly groups = new Map<string, Links[]>();

  add(group: Links): void {
    for (const link of group.hits) {
      const list = this.groups.get(link);
      if (list) list.push(group);
      else this.groups.set(link, [group]);
    }
  }

  remove(group: Links): void {
    for (const link of group.hits) {
      const list = this.groups.get(link);
      if (!list) continue;
      const at = list.indexOf(group);
      if (at >= 0) list.splice(at, 1);
      if (list.length === 0) this.groups.delete(link);
    }
  }

  /** The groups the `emitted` links hit, and those the links they emit hit in turn (added to `emitted`). */
  reach(emitted: Set<string>): Set<Links> {
    const reached = new Set<Links>();
    const pending = [...emitted];
    for (let link = pending.pop(); link !== undefined; link = pending.pop()) {
      const groups = this.groups.get(link);
      if (!groups) continue;
      for (const group of groups) {
        if (reached.has(group)) continue;
        reached.add(group);
        for (const next of group.emits) {
          if (emitted.has(next)) continue;
          emitted.add(next);
          pending.push(next);
        }
      }
    }
    return reached;
  }
}

/** The links of each entity's mentions, the mentions of none, and the index of both (see `Merged`). */
export function linkedGroups(typed: readonly TypedMention[], entityOf: ArrayLike<number>, entities: number): { links: Links[]; orphans: Orphan[]; hitIndex: HitIndex } {
  const groups = new Array<LinkSets | undefined>(entities);
  const orphans: Orphan[] = [];
  const hitIndex = new HitIndex();
  for (let i = 0; i < typed.length; i++) {
    const e = entityOf[i]!;
    const sets = e >= 0 ? (groups[e] ??= linkSets()) : linkSets();
    linksOf(typed[i]!, true, sets);
    if (e >= 0) continue;
    const links = linksFrom(sets);
    orphans.push({ index: i, links });
    hitIndex.add(links);
  }
  const links = new Array<Links>(entities);
  for (let e = 0; e < entities; e++) {
    links[e] = linksFrom(groups[e] ?? linkSets());
    hitIndex.add(links[e]!);
  }
  return { links, orphans, hitIndex };
}
