// Lookups every feature needs (what is at this offset, which quotes and claims belong to an
// entity), built once per analysis and kept beside it, so each request is a binary search
// rather than a scan over every mention.
import { lowerBound } from '../analysis/search';
import type { Annotations, Claim, Entity, Mention, Quote, Span } from '../analysis/types';

export interface MentionRef {
  readonly start: number;
  readonly end: number;
  readonly entity: Entity;
}

export interface ArticleIndex {
  readonly entityById: ReadonlyMap<string, Entity>;
  /** Every entity mention, sorted by start. */
  readonly mentions: readonly MentionRef[];
  /** Quotes sorted by start. */
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
  /** Quotes by speaker entity id, in document order. */
  readonly quotesBySpeaker: ReadonlyMap<string, readonly Quote[]>;
  /** Claims an entity makes or reports (claimant or source), in document order. */
  readonly claimsBy: ReadonlyMap<string, readonly Claim[]>;
  /** Claims naming a place among their territories, in document order. */
  readonly claimsAbout: ReadonlyMap<string, readonly Claim[]>;
  /** Quotes whose speaker is named by a word that is not an entity mention ("he said"). */
  readonly speakerMentions: readonly MentionRef[];
}

const cache = new WeakMap<Annotations, ArticleIndex>();

export function articleIndex(a: Annotations): ArticleIndex {
  let index = cache.get(a);
  if (!index) {
    index = build(a);
    cache.set(a, index);
  }
  return index;
}

function build(a: Annotations): ArticleIndex {
  const entityById = new Map<string, Entity>();
  const mentions: MentionRef[] = [];
  const byName = new Map<string, Entity>();
  for (const e of a.entities) {
    entityById.set(e.id, e);
    for (const m of e.mentions) mentions.push({ start: m.start, end: m.end, entity: e });
    if (e.type === 'place') {
      for (const name of [e.name, ...e.aliases, ...(e.geo?.name ? [e.geo.name] : [])]) {
        if (!byName.has(name.toLowerCase())) byName.set(name.toLowerCase(), e);
      }
    }
  }
  mentions.sort(byStart);
  const quotes = [...a.quotes].sort(byStart);
  const claims = [...a.claims].sort(byStart);

  const quotesBySpeaker = new Map<string, Quote[]>();
  const speakerMentions: MentionRef[] = [];
  for (const q of quotes) {
    if (!q.speakerEntity) continue;
    push(quotesBySpeaker, q.speakerEntity, q);
    const entity = entityById.get(q.speakerEntity);
    if (entity && q.speakerMention && !containing(mentions, q.speakerMention.start)) {
      speakerMentions.push({ start: q.speakerMention.start, end: q.speakerMention.end, entity });
    }
  }
  speakerMentions.sort(byStart);

  const claimsBy = new Map<string, Claim[]>();
  const claimsAbout = new Map<string, Claim[]>();
  for (const c of claims) {
    const by = new Set([c.claimantEntity, c.source].filter((id): id is string => id !== null));
    for (const id of by) push(claimsBy, id, c);
    const about = new Set<string>();
    for (const m of c.territoryMentions) {
      const ref = containing(mentions, m.start);
      if (ref) about.add(ref.entity.id);
    }
    for (const t of c.territories) {
      const e = byName.get(t.toLowerCase());
      if (e) about.add(e.id);
    }
    for (const id of about) push(claimsAbout, id, c);
  }
  return { entityById, mentions, quotes, claims, quotesBySpeaker, claimsBy, claimsAbout, speakerMentions };
}

function byStart(x: Span, y: Span): number {
  return x.start - y.start || y.end - x.end;
}

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Index of the last item starting at or before `offset`, -1 if none (offsets are whole numbers). */
function lastStartingAtOrBefore(items: readonly Span[], offset: number): number {
  return lowerBound(items, offset + 1, (item) => item.start) - 1;
}

// Spans of one kind rarely nest, and never deeply: looking a few items back finds an enclosing
// one without making a lookup linear.
const LOOK_BACK = 8;

/** The innermost item of a start-sorted list that contains `offset` (start ≤ offset < end). */
export function containing<T extends Span>(items: readonly T[], offset: number): T | undefined {
  const last = lastStartingAtOrBefore(items, offset);
  for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
    const item = items[i]!;
    if (offset < item.end) return item;
  }
  return undefined;
}

/** Every item of a start-sorted list that contains `offset`, outermost first (within the look-back). */
export function allContaining<T extends Span>(items: readonly T[], offset: number): T[] {
  const last = lastStartingAtOrBefore(items, offset);
  const found: T[] = [];
  for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
    if (offset < items[i]!.end) found.push(items[i]!);
  }
  return found.reverse();
}

/**
 * What a cursor at `offset` touches: the item containing it, or else one ending right there
 * (a cursor just after a word still means the word, as in every editor's "go to definition").
 */
export function touching<T extends Span>(items: readonly T[], offset: number): T | undefined {
  return containing(items, offset) ?? (offset > 0 ? endingAt(items, offset) : undefined);
}

function endingAt<T extends Span>(items: readonly T[], offset: number): T | undefined {
  const last = lastStartingAtOrBefore(items, offset - 1);
  for (let i = last; i >= 0 && i > last - LOOK_BACK; i--) {
    if (items[i]!.end === offset) return items[i];
  }
  return undefined;
}

/** The entity a cursor at `offset` points at: a mention, or a speaker named by a pronoun. */
export function entityAt(index: ArticleIndex, offset: number): { entity: Entity; span: Span } | undefined {
  const ref = touching(index.mentions, offset);
  if (ref) return { entity: ref.entity, span: ref };
  const spoken = touching(index.speakerMentions, offset);
  return spoken ? { entity: spoken.entity, span: spoken } : undefined;
}

/** The mention a reader takes as the entity's introduction: the first that spells its full name. */
export function firstFullMention(entity: Entity): Mention | undefined {
  return entity.mentions.find((m) => m.text === entity.name) ?? entity.mentions[0];
}
