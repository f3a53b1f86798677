// An edited document's entities, moved rather than made again. The document's type vote and the
// merging of mentions into entities read what the mentions say (their words, types, roles…) and
// the order they come in, never where they stand but to order them: when an edit leaves every
// mention saying the same in the same order, and mentions that started (or ended) together still
// do, the previous analysis's entities stand, only their mentions moved. Most edits are of that
// kind (a letter in a sentence, not in a name); the others vote and merge again (entities.ts).
import type { Moves } from './changedRuns';
import { entityAs, type Links, type MergeTrace } from './coreference';
import type { HitIndex, Orphan } from './mergeLinks';
import type { BlockNames, Candidate } from './entities';
import { MentionIndex, type IndexedMention } from './mentionIndex';
import { sameStrings } from './sameStrings';
import type { Norms, VoteEvidence } from './typeVote';
import type { Block, Entity, EntityType, GeoInfo, Mention } from './types';
import { mapPacked } from './packed';

/** What one analysis of an edited document hands the next (see `BlockCache.carry`). */
export interface Merged extends MergeTrace {
  /** Each block's names, whose offsets are relative to the block's start. */
  readonly names: readonly BlockNames[];
  /** What the vote made of each candidate, in document order (type null: no entity). */
  readonly types: readonly (EntityType | null)[];
  readonly geos: readonly (GeoInfo | undefined)[];
  readonly keys: readonly (string | undefined)[];
  /** The vote's evidence over the document (updated in place by the next analysis, which takes it). */
  readonly evidence: VoteEvidence;
  readonly norms: Norms;
  /** Per entity: the links of its mentions (coreference.ts `linksOf`). */
  readonly links: readonly Links[];
  /** The typed mentions merged into no entity, with their links. */
  readonly orphans: readonly Orphan[];
  /** The entities' and orphans' links by what hits them (updated in place by the next analysis, which takes it). */
  readonly hitIndex: HitIndex;
  /** Each typed mention's offsets, in the order the merger read them. */
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  /** Per block: where it stood; how many typed mentions and candidates came before it (and after the last). */
  readonly blockStarts: Int32Array;
  readonly typedBefore: Int32Array;
  readonly candidatesBefore: Int32Array;
  readonly entities: readonly Entity[];
}

export const MERGED = 'entities:merged';

/**
 * A `Merged` of its parts. Every analysis makes it here, with the same properties in the same
 * order: made by spreads at each site it took several hidden classes (one per site, and a spread's
 * follows its source's), so the code reading the previous one (`remerge`, `mergeLocally`) met a
 * class it had not seen whenever the way an edit was merged changed, and V8 threw away its
 * optimised code and compiled it again.
 */
export function mergedOf(
  trace: MergeTrace,
  names: readonly BlockNames[],
  vote: Pick<Merged, 'types' | 'geos' | 'keys'>,
  evidence: VoteEvidence,
  norms: Norms,
  placed: Pick<Placed, 'starts' | 'ends' | 'blockStarts' | 'typedBefore' | 'candidatesBefore'>,
  entities: readonly Entity[],
  linked: Pick<Merged, 'links' | 'orphans' | 'hitIndex'>,
): Merged {
  return {
    entityOf: trace.entityOf,
    placeOf: trace.placeOf,
    index: trace.index,
    indexed: trace.indexed,
    opened: trace.opened,
    names,
    types: vote.types,
    geos: vote.geos,
    keys: vote.keys,
    evidence,
    norms,
    starts: placed.starts,
    ends: placed.ends,
    blockStarts: placed.blockStarts,
    typedBefore: placed.typedBefore,
    candidatesBefore: placed.candidatesBefore,
    entities,
    links: linked.links,
    orphans: linked.orphans,
    hitIndex: linked.hitIndex,
  };
}

/**
 * The entities of the document whose blocks now stand at `blocks` with `names`, made from what
 * the previous analysis merged, when the edit left the mentions as they were but for where they
 * stand; else undefined. Its mention index is set too.
 */
export function remerge(previous: Merged, blocks: readonly Block[], names: readonly BlockNames[]): Merged | undefined {
  const old = previous.names;
  // the blocks the edit left alone have the very names they had: compare the rest only
  const { head, tail } = unchangedEnds(previous, blocks, names);
  if (!sameMentions(old, names, head, old.length - tail, names.length - tail)) return undefined;

  const placed = placeMentions(previous, blocks, names, head, tail, previous.types);
  const { starts, ends, headEnd, tailStart } = placed;
  const n = starts.length;
  // mentions that started or ended together, or one before the other, still do: then the
  // merger's order, the entities' and the index's stand (all are sorted by start, then end).
  // Within a block that stands as it was they do; from one block to the next they cannot.
  for (let i = Math.max(1, headEnd); i <= Math.min(n - 1, tailStart); i++) {
    if (Math.sign(starts[i]! - starts[i - 1]!) !== Math.sign(previous.starts[i]! - previous.starts[i - 1]!)) return undefined;
    if (Math.sign(ends[i]! - ends[i - 1]!) !== Math.sign(previous.ends[i]! - previous.ends[i - 1]!)) return undefined;
  }

  const before = previous.entities;
  const moved = movedMentions(previous, placed);
  const entities = mapPacked(before, (entity, e) => {
    const mentions = moved[e];
    return mentions ? entityAs(entity, entity.id, mentions) : entity;
  });
  const index: IndexedMention[] = mapPacked(previous.index, (entry, k) => {
    const i = previous.indexed[k]!;
    const e = previous.entityOf[i]!;
    return moved[e] ? { start: starts[i]!, end: ends[i]!, entity: entities[e]!, listed: entry.listed } : entry;
  });
  MentionIndex.preset(entities, index, previous.index);
  const trace = { entityOf: previous.entityOf, placeOf: previous.placeOf, index, indexed: previous.indexed, opened: previous.opened };
  return mergedOf(trace, names, previous, previous.evidence, previous.norms, placed, entities, previous);
}

/**
 * Whether the blocks `from`..`aTo` of `a` and `from`..`bTo` of `b` hold the same mentions in the
 * same order, but for their offsets: candidates by all the vote and the merger read of them, at
 * the same place among the document's candidates.
 */
function sameMentions(a: readonly BlockNames[], b: readonly BlockNames[], from: number, aTo: number, bTo: number): boolean {
  let ab = from;
  let bb = from;
  let ak = 0;
  let bk = 0;
  // candidates of the blocks before the current ones: the same number on both sides
  let aFirst = 0;
  let bFirst = 0;
  for (;;) {
    while (ab < aTo && ak >= a[ab]!.order.length) {
      aFirst += a[ab++]!.candidates.length;
      ak = 0;
    }
    while (bb < bTo && bk >= b[bb]!.order.length) {
      bFirst += b[bb++]!.candidates.length;
      bk = 0;
    }
    if (ab === aTo || bb === bTo) return ab === aTo && bb === bTo;
    const x = a[ab]!.order[ak++]!;
    const y = b[bb]!.order[bk++]!;
    if (x < 0 !== y < 0) return false;
    if (x < 0) {
      if (!sameMention(a[ab]!.others[-1 - x]!, b[bb]!.others[-1 - y]!)) return false;
    } else if (aFirst + x !== bFirst + y || !sameCandidate(a[ab]!.candidates[x]!, b[bb]!.candidates[y]!)) return false;
  }
}

// (a candidate's `norm`, which the vote also reads, is made of its words)
export function sameCandidate(c: Candidate, d: Candidate): boolean {
  return c.strength === d.strength && sameMention(c, d);
}

/** What the vote and the merger read of a mention besides its offsets. */
interface Said {
  readonly text: string;
  readonly type: EntityType | null;
  readonly key?: string;
  readonly shouted?: boolean;
  readonly words: readonly string[];
  readonly roles?: readonly string[];
  readonly aliases?: readonly string[];
  readonly geo?: GeoInfo;
}

export function sameMention(c: Said, d: Said): boolean {
  return c.text === d.text && c.type === d.type && c.key === d.key && c.shouted === d.shouted && sameStrings(c.words, d.words) && sameStrings(c.roles, d.roles) && sameStrings(c.aliases, d.aliases) && sameGeo(c.geo, d.geo);
}

export function sameGeo(a: GeoInfo | undefined, b: GeoInfo | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  // the same keys in the same order: the entity keeps the previous analysis's, and JSON shows the order
  const keys = Object.keys(a) as (keyof GeoInfo)[];
  const others = Object.keys(b);
  if (keys.length !== others.length) return false;
  for (let i = 0; i < keys.length; i++) if (keys[i] !== others[i] || a[keys[i]!] !== b[keys[i]!]) return false;
  return true;
}

/**
 * The mentions of each entity that has some moved, the others' undefined: the typed mentions
 * keep their places among them, or move as `moves` says; the entities `reached` are left out.
 */
export function movedMentions(previous: Merged, placed: Placed, reached?: Uint8Array, moves?: Moves): (Mention[] | undefined)[] {
  const before = previous.entities;
  const moved = new Array<Mention[] | undefined>(before.length);
  const splits = moves?.splits ?? [];
  const shifts = moves?.shifts ?? [];
  let k = -1;
  let shift = 0;
  for (let i = placed.headEnd; i < previous.entityOf.length; i++) {
    while (k + 1 < splits.length && i >= splits[k + 1]!) shift = shifts[++k]!;
    const e = previous.entityOf[i]!;
    if (e < 0 || reached?.[e]) continue;
    const j = i + shift;
    const p = previous.placeOf[i]!;
    const m = before[e]!.mentions[p]!;
    if (m.start === placed.starts[j] && m.end === placed.ends[j]) continue;
    (moved[e] ??= before[e]!.mentions.slice())[p] = { start: placed.starts[j]!, end: placed.ends[j]!, text: m.text };
  }
  return moved;
}

/** Where the typed mentions stand (see `Merged`) once the blocks stand at `blocks` with `names`. */
export interface Placed {
  readonly starts: Int32Array;
  readonly ends: Int32Array;
  readonly blockStarts: Int32Array;
  readonly typedBefore: Int32Array;
  readonly candidatesBefore: Int32Array;
  /** The typed mentions of the first `head` blocks end here; those of the last `tail` start at `tailStart`. */
  readonly headEnd: number;
  readonly tailStart: number;
}

/**
 * Places the typed mentions of the blocks now at `blocks` with `names`, of which the first `head`
 * and the last `tail` are the previous analysis's: those before the edit stand where they stood,
 * those after it moved with their block; only the edited blocks' are read again, typed by
 * `types` (the vote's over the candidates now, which types those of the other blocks as before).
 */
export function placeMentions(previous: Merged, blocks: readonly Block[], names: readonly BlockNames[], head: number, tail: number, types: readonly (EntityType | null)[]): Placed {
  const count = names.length;
  const oldCount = previous.names.length;
  const headEnd = previous.typedBefore[head]!;
  const oldTailStart = previous.typedBefore[oldCount - tail]!;
  let edited = 0;
  let firstCandidate = previous.candidatesBefore[head]!;
  for (let b = head; b < count - tail; b++) {
    const block = names[b]!;
    for (const k of block.order) if (k < 0 || types[firstCandidate + k]) edited++;
    firstCandidate += block.candidates.length;
  }
  const n = headEnd + edited + previous.starts.length - oldTailStart;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const blockStarts = new Int32Array(count);
  const typedBefore = new Int32Array(count + 1);
  const candidatesBefore = new Int32Array(count + 1);
  starts.set(previous.starts.subarray(0, headEnd));
  ends.set(previous.ends.subarray(0, headEnd));
  blockStarts.set(previous.blockStarts.subarray(0, head));
  typedBefore.set(previous.typedBefore.subarray(0, head + 1));
  candidatesBefore.set(previous.candidatesBefore.subarray(0, head + 1));
  let j = headEnd;
  for (let b = head; b < count - tail; b++) {
    const base = blocks[b]!.start;
    const block = names[b]!;
    const first = candidatesBefore[b]!;
    for (const k of block.order) {
      const m: { readonly start: number; readonly end: number } | undefined = k < 0 ? block.others[-1 - k] : types[first + k] ? block.candidates[k] : undefined;
      if (!m) continue;
      starts[j] = m.start + base;
      ends[j++] = m.end + base;
    }
    blockStarts[b] = base;
    typedBefore[b + 1] = j;
    candidatesBefore[b + 1] = first + block.candidates.length;
  }
  const tailStart = j;
  // the blocks after the edit have the candidates they had: counted by the previous counts, not
  // by reading each block's names again (objects kept from analysis to analysis, scattered over
  // the heap: a cache miss each, at every edit)
  const candidateShift = candidatesBefore[count - tail]! - previous.candidatesBefore[oldCount - tail]!;
  for (let b = count - tail; b < count; b++) {
    const o = b + oldCount - count;
    const delta = blocks[b]!.start - previous.blockStarts[o]!;
    for (let i = previous.typedBefore[o]!; i < previous.typedBefore[o + 1]!; i++) {
      starts[j] = previous.starts[i]! + delta;
      ends[j++] = previous.ends[i]! + delta;
    }
    blockStarts[b] = blocks[b]!.start;
    typedBefore[b + 1] = j;
    candidatesBefore[b + 1] = previous.candidatesBefore[o + 1]! + candidateShift;
  }
  return { starts, ends, blockStarts, typedBefore, candidatesBefore, headEnd, tailStart };
}

/**
 * How many blocks at each end the edit left alone: the very names they had (a block's names are
 * kept while its text and what it read stand), those before it standing where they stood (text
 * typed before the first block moves it too).
 */
export function unchangedEnds(previous: Merged, blocks: readonly Block[], names: readonly BlockNames[]): { head: number; tail: number } {
  const old = previous.names;
  const min = Math.min(old.length, names.length);
  let head = 0;
  while (head < min && old[head] === names[head] && previous.blockStarts[head] === blocks[head]!.start) head++;
  let tail = 0;
  while (tail < min - head && old[old.length - 1 - tail] === names[names.length - 1 - tail]) tail++;
  return { head, tail };
}
