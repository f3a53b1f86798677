// The client's model of a document (the lists of the `newsAnnotator/annotations` payload) and the
// delta from one version's model to the next. Built for the edit path: entries whose text and
// fields did not change are compared in place, without building their ranges; only the entries
// in changed stretches are built. The server does not keep the client's lists themselves: they
// are the analysis's entries as positions (the client's model after the deltas equals the full
// payload), so a version keeps the entries it was made from and what is not in them (the quotes'
// colours), and the lists are built only for a full payload. An edit that moves every later line
// or renumbers every later entity then costs nothing here for the entries it moves.
import { sameStrings } from '../analysis/sameStrings';
import type { Annotations, Claim, Entity, Quote, Span } from '../analysis/types';
import type { AnnotationsDeltaNotification, AnnotationsNotification } from '../protocol';
import { idNumber, recoloredIndex, renumbered, sameId, type Recolor } from '../annotationsDelta';
import type { ChangeWindow, LineIndex } from './lineIndex';
import type { ChangedEntries, Run } from './tokenTable';

type QuoteInfo = AnnotationsNotification.QuoteInfo;
type ClaimInfo = AnnotationsNotification.ClaimInfo;
type EntityInfo = AnnotationsNotification.EntityInfo;
type Range = QuoteInfo['range'];
type Splice<T> = AnnotationsDeltaNotification.Splice<T>;
type EntityRanges = AnnotationsDeltaNotification.EntityRanges;

/** One version's model: the analysis entries it holds (see `payloadLists` for the lists themselves). */
export interface Model {
  /** The quotes in payload order (by start). */
  readonly quoteSources: readonly Quote[];
  /** Each quote's colour index, in payload order. */
  readonly colors: Int32Array;
  readonly claimSources: readonly Claim[];
  readonly entitySources: readonly Entity[];
  /** The speakers in colour order. */
  readonly speakers: readonly SpeakerKey[];
  readonly counts: AnnotationsNotification.Params['counts'];
}

export interface ModelDelta {
  readonly quotes: Splice<QuoteInfo>[];
  readonly claims: Splice<ClaimInfo>[];
  readonly entities: Splice<EntityInfo>[];
  readonly entityRanges?: EntityRanges[];
  readonly lineShift?: { readonly from: number; readonly by: number };
  readonly renumber?: { readonly from: number; readonly by: number };
  readonly recolor?: Recolor;
  /** Entries sent (a full payload would send them all). */
  readonly size: number;
}

/**
 * A reader can see who speaks when the name stands in the quote's own sentence; when it is
 * named elsewhere (an earlier paragraph) or only known from context, the client shows it.
 */
export function isSpeakerFar(q: Quote): boolean {
  if (q.speaker === null) return false;
  const m = q.speakerMention;
  if (!m) return true;
  return m.end <= q.sentence.start || m.start >= q.sentence.end;
}

/** Quotes by start; stable, as the full payload orders them. Already sorted (the usual case) costs one pass. */
export function sortedQuotes(quotes: readonly Quote[]): readonly Quote[] {
  for (let i = 1; i < quotes.length; i++) if (quotes[i]!.start < quotes[i - 1]!.start) return [...quotes].sort((x, y) => x.start - y.start);
  return quotes;
}

/** A speaker as colours count them: the entity id when there is one, else the name. */
export interface SpeakerKey {
  readonly key: string;
  readonly entity: boolean;
}

/** One colour index per quote (in payload order) and the speakers in colour order: numbered in order of their first quote. */
function speakerColors(quotes: readonly Quote[]): { colors: Int32Array; keys: SpeakerKey[] } {
  const index = new Map<string, number>();
  const keys: SpeakerKey[] = [];
  const colors = new Int32Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const key = q.speakerEntity ?? q.speaker;
    if (key === null) colors[i] = -1;
    else {
      let c = index.get(key);
      if (c === undefined) {
        index.set(key, (c = keys.length));
        keys.push({ key, entity: q.speakerEntity !== null });
      }
      colors[i] = c;
    }
  }
  return { colors, keys };
}

const range = (lines: LineIndex, start: number, end: number): Range => ({ start: lines.positionAt(start), end: lines.positionAt(end) });

const quoteInfo = (lines: LineIndex, q: Quote, colorIndex: number): QuoteInfo => ({
  range: range(lines, q.start, q.end), kind: q.kind, speaker: q.speaker, speakerId: q.speakerEntity, colorIndex, cue: q.cue, speakerFar: isSpeakerFar(q),
});
const claimInfo = (lines: LineIndex, c: Claim): ClaimInfo => ({ range: range(lines, c.start, c.end), type: c.type, claimant: c.claimant, territories: c.territories });
const entityInfo = (lines: LineIndex, e: Entity): EntityInfo => ({ id: e.id, type: e.type, name: e.name, ranges: e.mentions.map((m) => range(lines, m.start, m.end)) });

function counts(a: Annotations): Model['counts'] {
  let people = 0;
  for (const e of a.entities) if (e.type === 'person') people++;
  return { quotes: a.quotes.length, people, claims: a.claims.length };
}

/** The model of `a`. */
export function buildModel(a: Annotations): Model {
  const quoteSources = sortedQuotes(a.quotes);
  const { colors, keys } = speakerColors(quoteSources);
  return { quoteSources, colors, claimSources: a.claims, entitySources: a.entities, speakers: keys, counts: counts(a) };
}

/** The lists of a full payload of model `m`, whose text's lines are `lines`. */
export function payloadLists(lines: LineIndex, m: Model): { quotes: QuoteInfo[]; claims: ClaimInfo[]; entities: EntityInfo[] } {
  return {
    quotes: m.quoteSources.map((q, i) => quoteInfo(lines, q, m.colors[i]!)),
    claims: m.claimSources.map((c) => claimInfo(lines, c)),
    entities: m.entitySources.map((e) => entityInfo(lines, e)),
  };
}

/**
 * The steps from the old speakers' colours to the new ones: speakers added, removed, or moved
 * (removed where they were, added where they are now, their own quotes sent again). Undefined when
 * nothing moved, or when so much did that the quotes are better sent again.
 */
function recoloring(old: readonly string[], now: readonly string[]): Recolor | undefined {
  // the usual edit moves no speaker: that needs no index of either list
  if (old.length === now.length && old.every((k, i) => k === now[i])) return undefined;
  const oldAt = new Map(old.map((k, i) => [k, i]));
  const newAt = new Map(now.map((k, i) => [k, i]));
  const steps: { from: number; by: number }[] = [];
  let i = 0;
  let j = 0;
  while (i < old.length || j < now.length) {
    if (i < old.length && j < now.length && old[i] === now[j]) {
      i++;
      j++;
      continue;
    }
    const later = i < old.length ? newAt.get(old[i]!) : undefined;
    if (i < old.length && (later === undefined || later < j || j >= now.length || (oldAt.get(now[j]!) ?? -1) < i)) {
      if (later !== undefined && later >= j && j < now.length) {
        // now[j] is new or came from before: add it here, keep old[i] for later.
        steps.push({ from: i, by: 1 });
        j++;
      } else {
        steps.push({ from: i + 1, by: -1 });
        i++;
      }
    } else if (i < old.length) {
      // Both come again further on: old[i] moved; it is added again where the new order has it.
      steps.push({ from: i + 1, by: -1 });
      i++;
    } else {
      steps.push({ from: i, by: 1 });
      j++;
    }
    if (steps.length > 32) return undefined;
  }
  return steps.length ? steps : undefined;
}

/**
 * When an entity was found or lost early in the article (the lists differ in length), every later
 * entity's id moves by as much: the renumbering from the first entity that differs, if ids are
 * numbered as the analysis numbers them. The diff checks each kept entry against it.
 */
function renumbering(old: readonly Entity[], now: readonly Entity[]): { at: number; renumber: { from: number; by: number } | undefined } {
  // Ids are positions, so entities are matched by what they are.
  const at = shiftPoint(old, now, (x, y) => x.name === y.name && x.type === y.type);
  const from = at < 0 ? -1 : idNumber(old[at]!.id);
  return { at, renumber: from < 0 ? undefined : { from, by: now.length - old.length } };
}

/**
 * Whether an old offset and a new one are the same place, with the same line and character (up to
 * the line shift): before the window where the texts differ and equal, or after it and moved by
 * the length change.
 */
function placeMatcher(w: ChangeWindow): (o: number, n: number) => boolean {
  const head = w.headEnd;
  const tail = w.oldTailStart;
  const moved = w.newTailStart - w.oldTailStart;
  return (o, n) => (o <= head ? n === o : o >= tail && n === o + moved);
}

/**
 * Whether an old mention (or claim) and a new one are the same place, both ends (`placeMatcher`).
 * Quotes compare their ends where they are compared: they come in several shapes, and reading
 * their offsets here too would slow this reading for the many mentions, which come in one.
 */
export function spanMatcher(w: ChangeWindow): (o: Span, n: Span) => boolean {
  const same = placeMatcher(w);
  return (o, n) => same(o.start, n.start) && same(o.end, n.end);
}

/**
 * The stretches where two lists differ, as [oldStart, oldEnd, newStart, newEnd): the common head
 * and tail are cut off, and what is left is split into runs of changed entries: paired in place
 * when it has the same length on both sides, else around one place where the entries found or
 * lost stand (`shiftAt` when the caller knows it, else the place that leaves the fewest pairs
 * differing, see bestShift).
 */
export function changedRuns(oldLength: number, newLength: number, same: (o: number, n: number) => boolean, shiftAt = -1): Run[] {
  let head = 0;
  const limit = Math.min(oldLength, newLength);
  while (head < limit && same(head, head)) head++;
  let tail = 0;
  while (tail < limit - head && same(oldLength - 1 - tail, newLength - 1 - tail)) tail++;
  const oldEnd = oldLength - tail;
  const newEnd = newLength - tail;
  if (head === oldEnd && head === newEnd) return [];
  const runs: [number, number, number, number][] = [];
  // Pairs old[k] and new[k + by] for k in [from, to), runs of those that differ.
  const pairs = (from: number, to: number, by: number): void => {
    let k = from;
    while (k < to) {
      if (same(k, k + by)) {
        k++;
        continue;
      }
      const start = k;
      while (k < to && !same(k, k + by)) k++;
      add(start, k, start + by, k + by);
    }
  };
  const add = (os: number, oe: number, ns: number, ne: number): void => {
    const last = runs[runs.length - 1];
    if (last && last[1] === os && last[3] === ns) {
      last[1] = oe;
      last[3] = ne;
    } else runs.push([os, oe, ns, ne]);
  };
  const by = newEnd - oldEnd;
  const fits = (s: number): boolean => s >= head && s <= oldEnd && (by > 0 || s + by >= head);
  if (by !== 0 && !fits(shiftAt)) shiftAt = bestShift(head, oldEnd, by, same);
  if (by === 0) pairs(head, oldEnd, 0);
  else if (fits(shiftAt)) {
    // One entry found (or lost) at `shiftAt`: the entries after it pair up `by` places on.
    const end = by > 0 ? shiftAt : shiftAt + by;
    pairs(head, end, 0);
    add(end, shiftAt, end, shiftAt + by);
    pairs(shiftAt, oldEnd, by);
  } else return [[head, oldEnd, head, newEnd]];
  return runs;
}

/**
 * Where, in old entries [head, oldEnd) (after the common head and before the common tail), the
 * `by` entries found (by > 0) or lost (by < 0) are best placed: the place `s` after which old
 * entries pair with the new ones `by` places on (those before it in place) with the fewest pairs
 * differing. A quote lost early while a speaker's later quotes change colour, or an entity found
 * at the end while an earlier one lost a mention, leaves no common tail to cut at: without this,
 * everything from the first change on would be sent again. Two passes, each asking `same` once an
 * entry.
 */
function bestShift(head: number, oldEnd: number, by: number, same: (o: number, n: number) => boolean): number {
  const lo = by > 0 ? head : head - by;
  if (lo > oldEnd) return -1;
  // after[s - lo]: pairs (k, k + by) differing for k in [s, oldEnd)
  const after = new Int32Array(oldEnd - lo + 1);
  for (let k = oldEnd - 1; k >= lo; k--) after[k - lo] = after[k + 1 - lo]! + (same(k, k + by) ? 0 : 1);
  let best = lo;
  let bestCost = after[0]!;
  // pairs (k, k) differing for k in [head, s + min(by, 0))
  let before = 0;
  for (let s = lo + 1; s <= oldEnd && before < bestCost; s++) {
    const k = (by > 0 ? s : s + by) - 1;
    if (!same(k, k)) before++;
    if (before + after[s - lo]! < bestCost) {
      bestCost = before + after[s - lo]!;
      best = s;
    }
  }
  return best;
}

/**
 * Where entries start to pair up `by` places on (by = new length - old length) after one was found
 * or lost: the first old entry after the common head that `same` finds again `by` places on; -1
 * when none is.
 */
export function shiftPoint<T>(old: readonly T[], now: readonly T[], same: (x: T, y: T) => boolean): number {
  const by = now.length - old.length;
  if (by === 0) return -1;
  let i = 0;
  while (i < old.length && i < now.length && same(old[i]!, now[i]!)) i++;
  while (i < old.length && !(i + by >= 0 && i + by < now.length && same(old[i]!, now[i + by]!))) i++;
  return i < old.length ? i : -1;
}

function splices<T, S>(runs: readonly Run[], sources: readonly S[], build: (s: S, i: number) => T): Splice<T>[] {
  return runs.map(([os, oe, ns, ne]) => {
    const items: T[] = [];
    for (let i = ns; i < ne; i++) items.push(build(sources[i]!, i));
    return { start: os, deleteCount: oe - os, items };
  });
}

/**
 * The entity runs as the payload sends them: an entity that stays itself (same id up to the
 * renumbering, type and name) in a run of as many old entries as new gets its ranges spliced
 * (`entityRanges`), the others are sent whole.
 */
function entityChanges(
  runs: readonly Run[], old: readonly Entity[], now: readonly Entity[], lines: LineIndex,
  same: (o: Span, n: Span) => boolean, renumber: { from: number; by: number } | undefined,
): { splices: Splice<EntityInfo>[]; patches: EntityRanges[]; size: number; mentionRuns: Map<number, Run[]> } {
  const sent: Splice<EntityInfo>[] = [];
  const mentionRuns = new Map<number, Run[]>();
  const patches: EntityRanges[] = [];
  let size = 0;
  const whole = (os: number, oe: number, ns: number, ne: number): void => {
    if (os === oe && ns === ne) return;
    sent.push(...splices([[os, oe, ns, ne]], now, (e) => entityInfo(lines, e)));
    size += ne - ns;
  };
  for (const [os, oe, ns, ne] of runs) {
    if (oe - os !== ne - ns) {
      whole(os, oe, ns, ne);
      continue;
    }
    let from = 0;
    for (let k = 0; k < oe - os; k++) {
      const x = old[os + k]!;
      const y = now[ns + k]!;
      if (!sameId(x.id, y.id, renumber) || x.type !== y.type || x.name !== y.name) continue;
      whole(os + from, os + k, ns + from, ns + k);
      from = k + 1;
      const runs = changedRuns(x.mentions.length, y.mentions.length, (o, n) => same(x.mentions[o]!, y.mentions[n]!));
      mentionRuns.set(ns + k, runs);
      const ranges = splices(runs, y.mentions, (m) => range(lines, m.start, m.end));
      patches.push({ at: os + k, ranges });
      // a patch as long as the entity's ranges weighs as much as the entity sent whole
      size += Math.min(1, ranges.reduce((n, r) => n + r.items.length + 1, 0) / Math.max(1, y.mentions.length));
    }
    whole(os + from, oe, ns + from, ne);
  }
  return { splices: sent, patches, size, mentionRuns };
}

/**
 * The delta from `old` (the model of the old text) to the model of `a` (the analysis of the new
 * text, whose lines are `lines`), and that new model. `w` is the window where the texts differ.
 */
export function diffModel(old: Model, w: ChangeWindow, lines: LineIndex, a: Annotations): { delta: ModelDelta; model: Model; changed: ChangedEntries } {
  const quoteSources = sortedQuotes(a.quotes);
  const { colors, keys } = speakerColors(quoteSources);
  const { at: entityShift, renumber } = renumbering(old.entitySources, a.entities);
  // A speaker quoted first early in the article (or no longer) moves every later speaker's colour.
  const recolor = recoloring(old.speakers.map((k) => (k.entity ? renumbered(k.key, renumber) : k.key)), keys.map((k) => k.key));
  const recolored = (c: number): number => recoloredIndex(c, recolor);
  const sameSpan = spanMatcher(w);
  const samePlace = placeMatcher(w);
  const sameEntity = (x: Entity, y: Entity): boolean => {
    if (!sameId(x.id, y.id, renumber) || x.type !== y.type || x.name !== y.name || x.mentions.length !== y.mentions.length) return false;
    for (let i = 0; i < x.mentions.length; i++) if (!sameSpan(x.mentions[i]!, y.mentions[i]!)) return false;
    return true;
  };
  const quoteRuns = changedRuns(old.quoteSources.length, quoteSources.length, (o, n) => {
    const x = old.quoteSources[o]!;
    const y = quoteSources[n]!;
    // The speaker's mention too: it is a token of its own (see tokenTable.ts).
    const xm = x.speakerMention;
    const sameColor = recolored(old.colors[o]!) === colors[n];
    // The analysis keeps the objects of quotes it did not redo (most of those before the edit):
    // their fields are the same, only where they stand and what the edit renumbered may differ.
    // Quotes come in many shapes, so each field read costs; this reads a few instead of all.
    if (x === y) {
      return sameColor && samePlace(x.start, x.start) && samePlace(x.end, x.end) && (!xm || (samePlace(xm.start, xm.start) && samePlace(xm.end, xm.end))) &&
        (x.speakerEntity === null || sameId(x.speakerEntity, x.speakerEntity, renumber));
    }
    const ym = y.speakerMention;
    return sameColor && samePlace(x.start, y.start) && samePlace(x.end, y.end) && x.kind === y.kind && x.speaker === y.speaker && x.cue === y.cue &&
      (xm && ym ? samePlace(xm.start, ym.start) && samePlace(xm.end, ym.end) : xm === ym) &&
      (x.speakerEntity === null || y.speakerEntity === null ? x.speakerEntity === y.speakerEntity : sameId(x.speakerEntity, y.speakerEntity, renumber)) &&
      isSpeakerFar(x) === isSpeakerFar(y);
  });
  const claimRuns = changedRuns(old.claimSources.length, a.claims.length, (o, n) => {
    const x = old.claimSources[o]!;
    const y = a.claims[n]!;
    return sameSpan(x, y) && x.type === y.type && x.claimant === y.claimant && sameStrings(x.territories, y.territories);
  });
  const entityRuns = changedRuns(old.entitySources.length, a.entities.length, (o, n) => sameEntity(old.entitySources[o]!, a.entities[n]!), entityShift);
  const quotes = splices(quoteRuns, quoteSources, (q, i) => quoteInfo(lines, q, colors[i]!));
  const claims = splices(claimRuns, a.claims, (c) => claimInfo(lines, c));
  const { splices: entities, patches, size: entitySize, mentionRuns } = entityChanges(entityRuns, old.entitySources, a.entities, lines, sameSpan, renumber);
  const lineShift = w.lineShift !== 0 ? { from: w.oldTailLine, by: w.lineShift } : undefined;
  const changes = {
    quotes, claims, entities, ...(patches.length ? { entityRanges: patches } : {}),
    ...(lineShift ? { lineShift } : {}), ...(renumber ? { renumber } : {}), ...(recolor ? { recolor } : {}),
  };
  const model: Model = { quoteSources, colors, claimSources: a.claims, entitySources: a.entities, speakers: keys, counts: counts(a) };
  let size = entitySize;
  for (const list of [quotes, claims]) for (const s of list) size += s.items.length;
  const changed: ChangedEntries = {
    old: { quotes: old.quoteSources, claims: old.claimSources, entities: old.entitySources },
    now: { quotes: quoteSources, claims: a.claims, entities: a.entities },
    runs: { quotes: quoteRuns, claims: claimRuns, entities: entityRuns },
    mentionRuns,
  };
  return { delta: { ...changes, size }, model, changed };
}
