// The client's model of a document (the lists of the `newsAnnotator/annotations` payload) and the
// delta from one version's model to the next. Built for the edit path: entries whose text and
// fields did not change are compared in place, without building their ranges, and kept by
// reference; only the entries in changed stretches are built again.
import type { Annotations, Claim, Entity, Quote, Span } from '../analysis/types';
import type { AnnotationsDeltaNotification, AnnotationsNotification } from '../protocol';
import { applyLists, idNumber, renumbered } from '../annotationsDelta';
import type { ChangeWindow, LineIndex } from './lineIndex';
import type { ChangedEntries } from './tokenTable';

type QuoteInfo = AnnotationsNotification.QuoteInfo;
type ClaimInfo = AnnotationsNotification.ClaimInfo;
type EntityInfo = AnnotationsNotification.EntityInfo;
type Range = QuoteInfo['range'];
type Splice<T> = AnnotationsDeltaNotification.Splice<T>;

/** One version's model, with the analysis objects it came from (for their offsets). */
export interface Model {
  readonly quotes: readonly QuoteInfo[];
  /** The quotes in payload order (by start). */
  readonly quoteSources: readonly Quote[];
  readonly claims: readonly ClaimInfo[];
  readonly claimSources: readonly Claim[];
  readonly entities: readonly EntityInfo[];
  readonly entitySources: readonly Entity[];
  readonly counts: AnnotationsNotification.Params['counts'];
}

export interface ModelDelta {
  readonly quotes: Splice<QuoteInfo>[];
  readonly claims: Splice<ClaimInfo>[];
  readonly entities: Splice<EntityInfo>[];
  readonly lineShift?: { readonly from: number; readonly by: number };
  readonly renumber?: { readonly from: number; readonly by: number };
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

/** One colour index per quote (in payload order): speakers numbered in order of their first quote. */
export function colorIndexes(quotes: readonly Quote[]): Int32Array {
  const colors = new Map<string, number>();
  const out = new Int32Array(quotes.length);
  for (let i = 0; i < quotes.length; i++) {
    const q = quotes[i]!;
    const key = q.speakerEntity ?? q.speaker;
    if (key === null) out[i] = -1;
    else {
      let c = colors.get(key);
      if (c === undefined) colors.set(key, (c = colors.size));
      out[i] = c;
    }
  }
  return out;
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

/** The whole model of `a` (what a full payload holds). */
export function buildModel(lines: LineIndex, a: Annotations): Model {
  const quoteSources = sortedQuotes(a.quotes);
  const colors = colorIndexes(quoteSources);
  return {
    quotes: quoteSources.map((q, i) => quoteInfo(lines, q, colors[i]!)),
    quoteSources,
    claims: a.claims.map((c) => claimInfo(lines, c)),
    claimSources: a.claims,
    entities: a.entities.map((e) => entityInfo(lines, e)),
    entitySources: a.entities,
    counts: counts(a),
  };
}

/**
 * When an entity was found or lost early in the article (the lists differ in length), every later
 * entity's id moves by as much: the renumbering from the first entity that differs, if ids are
 * numbered as the analysis numbers them. The diff checks each kept entry against it.
 */
function renumbering(old: readonly Entity[], now: readonly Entity[]): { from: number; by: number } | undefined {
  const by = now.length - old.length;
  if (by === 0) return undefined;
  // Ids are positions, so entities are matched by what they are: the first old entity found
  // again `by` places on is where the renumbering starts.
  const same = (x: Entity | undefined, y: Entity | undefined): boolean => x !== undefined && y !== undefined && x.name === y.name && x.type === y.type;
  let i = 0;
  while (i < old.length && same(old[i], now[i])) i++;
  while (i < old.length && !same(old[i], now[i + by])) i++;
  if (i >= old.length) return undefined;
  const from = idNumber(old[i]!.id);
  return from < 0 ? undefined : { from, by };
}

/**
 * Whether an old span and a new one are the same place, with the same lines and characters (up to
 * the line shift): both ends before the window where the texts differ and equal, or after it and
 * moved by the length change.
 */
export function spanMatcher(w: ChangeWindow): (o: Span, n: Span) => boolean {
  const head = w.headEnd;
  const tail = w.oldTailStart;
  const moved = w.newTailStart - w.oldTailStart;
  const place = (o: number, n: number): boolean => (o <= head ? n === o : o >= tail && n === o + moved);
  return (o, n) => place(o.start, n.start) && place(o.end, n.end);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The stretches where two lists differ, as [oldStart, oldEnd, newStart, newEnd): the common head
 * and tail are cut off, and when what is left has the same length on both sides, it is split into
 * runs of changed entries.
 */
export function changedRuns(oldLength: number, newLength: number, same: (o: number, n: number) => boolean): [number, number, number, number][] {
  let head = 0;
  const limit = Math.min(oldLength, newLength);
  while (head < limit && same(head, head)) head++;
  let tail = 0;
  while (tail < limit - head && same(oldLength - 1 - tail, newLength - 1 - tail)) tail++;
  const oldEnd = oldLength - tail;
  const newEnd = newLength - tail;
  if (head === oldEnd && head === newEnd) return [];
  if (oldEnd - head !== newEnd - head) return [[head, oldEnd, head, newEnd]];
  const runs: [number, number, number, number][] = [];
  let k = head;
  while (k < oldEnd) {
    if (same(k, k)) {
      k++;
      continue;
    }
    const from = k;
    while (k < oldEnd && !same(k, k)) k++;
    runs.push([from, k, from, k]);
  }
  return runs;
}

function splices<T, S>(runs: readonly [number, number, number, number][], sources: readonly S[], build: (s: S, i: number) => T): Splice<T>[] {
  return runs.map(([os, oe, ns, ne]) => {
    const items: T[] = [];
    for (let i = ns; i < ne; i++) items.push(build(sources[i]!, i));
    return { start: os, deleteCount: oe - os, items };
  });
}

/**
 * The delta from `old` (the model of the old text) to the model of `a` (the analysis of the new
 * text, whose lines are `lines`), and that new model. `w` is the window where the texts differ.
 */
export function diffModel(old: Model, w: ChangeWindow, lines: LineIndex, a: Annotations): { delta: ModelDelta; model: Model; changed: ChangedEntries } {
  const quoteSources = sortedQuotes(a.quotes);
  const colors = colorIndexes(quoteSources);
  const renumber = renumbering(old.entitySources, a.entities);
  const sameSpan = spanMatcher(w);
  const sameEntity = (x: Entity, y: Entity): boolean => {
    if (renumbered(x.id, renumber) !== y.id || x.type !== y.type || x.name !== y.name || x.mentions.length !== y.mentions.length) return false;
    for (let i = 0; i < x.mentions.length; i++) if (!sameSpan(x.mentions[i]!, y.mentions[i]!)) return false;
    return true;
  };
  const quoteRuns = changedRuns(old.quoteSources.length, quoteSources.length, (o, n) => {
    const x = old.quoteSources[o]!;
    const y = quoteSources[n]!;
    const info = old.quotes[o]!;
    // The speaker's mention too: it is a token of its own (see tokenTable.ts).
    return sameSpan(x, y) && x.kind === y.kind && x.speaker === y.speaker && x.cue === y.cue &&
      (x.speakerMention && y.speakerMention ? sameSpan(x.speakerMention, y.speakerMention) : x.speakerMention === y.speakerMention) &&
      (x.speakerEntity === null ? y.speakerEntity === null : renumbered(x.speakerEntity, renumber) === y.speakerEntity) &&
      info.colorIndex === colors[n] && info.speakerFar === isSpeakerFar(y);
  });
  const claimRuns = changedRuns(old.claimSources.length, a.claims.length, (o, n) => {
    const x = old.claimSources[o]!;
    const y = a.claims[n]!;
    return sameSpan(x, y) && x.type === y.type && x.claimant === y.claimant && sameStrings(x.territories, y.territories);
  });
  const entityRuns = changedRuns(old.entitySources.length, a.entities.length, (o, n) => sameEntity(old.entitySources[o]!, a.entities[n]!));
  const quotes = splices(quoteRuns, quoteSources, (q, i) => quoteInfo(lines, q, colors[i]!));
  const claims = splices(claimRuns, a.claims, (c) => claimInfo(lines, c));
  const entities = splices(entityRuns, a.entities, (e) => entityInfo(lines, e));
  const lineShift = w.lineShift !== 0 ? { from: w.oldTailLine, by: w.lineShift } : undefined;
  const changes = { quotes, claims, entities, ...(lineShift ? { lineShift } : {}), ...(renumber ? { renumber } : {}) };
  const model: Model = { ...applyLists(old, changes)!, quoteSources, claimSources: a.claims, entitySources: a.entities, counts: counts(a) };
  let size = 0;
  for (const list of [quotes, claims, entities]) for (const s of list) size += s.items.length;
  const changed: ChangedEntries = {
    old: { quotes: old.quoteSources, claims: old.claimSources, entities: old.entitySources },
    now: { quotes: quoteSources, claims: a.claims, entities: a.entities },
    runs: { quotes: quoteRuns, claims: claimRuns, entities: entityRuns },
  };
  return { delta: { ...changes, size }, model, changed };
}
