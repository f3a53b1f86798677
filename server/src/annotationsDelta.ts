// Applying a `newsAnnotator/annotationsDelta` to the payload it was made against (see protocol.ts).
// Shared by the client's annotation store and the server (which keeps the model it sent the same
// way), so both sides agree on what a delta means.
import type { AnnotationsDeltaNotification, AnnotationsNotification } from './protocol';

type Params = AnnotationsNotification.Params;
type Delta = AnnotationsDeltaNotification.Params;
type Range = AnnotationsNotification.QuoteInfo['range'];
type Shift = NonNullable<Delta['lineShift']>;
type Entity = AnnotationsNotification.EntityInfo;

/** The payload `delta` leads to from `base`, or undefined when it does not fit `base` (then ask for a full one). */
export function applyAnnotationsDelta(base: Params, delta: Delta): Params | undefined {
  if (base.version !== delta.baseVersion || base.skipped || base.uri !== delta.uri) return undefined;
  const lists = applyLists(base, delta);
  return lists && { uri: base.uri, version: delta.version, ...lists, counts: delta.counts };
}

/** The lists of `base` with the splices, line shift and renumbering of `delta` applied. */
export function applyLists(
  base: Pick<Params, 'quotes' | 'claims' | 'entities'>,
  delta: Pick<Delta, 'quotes' | 'claims' | 'entities' | 'entityRanges' | 'lineShift' | 'renumber' | 'recolor'>,
): Pick<Params, 'quotes' | 'claims' | 'entities'> | undefined {
  const shift = delta.lineShift && delta.lineShift.by !== 0 ? delta.lineShift : undefined;
  const renumber = delta.renumber && delta.renumber.by !== 0 ? delta.renumber : undefined;
  const recolor = delta.recolor && delta.recolor.length > 0 ? delta.recolor : undefined;
  const quotes = applySplices(base.quotes, delta.quotes, shift || renumber || recolor ? (q) => recolorQuote(renumberSpeaker(shift ? moveRange(q, shift) : q, renumber), recolor) : undefined);
  const claims = applySplices(base.claims, delta.claims, shift && ((c) => moveRange(c, shift)));
  const patches = new Map((delta.entityRanges ?? []).map((p) => [p.at, p.ranges]));
  let patched = 0;
  let misfit = false;
  const moveEntity = (e: Entity, at: number): Entity => {
    const splices = patches.get(at);
    let moved = e;
    if (splices) {
      patched++;
      const ranges = applySplices(e.ranges, splices, shift && ((r) => shiftRange(r, shift)));
      if (ranges) moved = { ...e, ranges };
      else misfit = true;
    } else if (shift) moved = moveRanges(e, shift);
    return renumberEntity(moved, renumber);
  };
  const entities = applySplices(base.entities, delta.entities, shift || renumber || patches.size ? moveEntity : undefined);
  // every patch must be of a kept entity, at a distinct place, and fit it
  if (misfit || patched !== patches.size || patches.size !== (delta.entityRanges?.length ?? 0)) return undefined;
  return quotes && claims && entities && { quotes, claims, entities };
}

/** The number of an entity id `e<n>`, -1 for any other id. */
export function idNumber(id: string): number {
  if (id.length < 2 || id.charCodeAt(0) !== 101) return -1;
  let n = 0;
  for (let i = 1; i < id.length; i++) {
    const d = id.charCodeAt(i) - 48;
    if (d < 0 || d > 9 || (i === 1 && d === 0 && id.length > 2)) return -1;
    n = n * 10 + d;
  }
  return n;
}

/** The id `renumber` turns `id` into. */
export function renumbered(id: string, renumber: Renumber | undefined): string {
  if (!renumber) return id;
  const n = idNumber(id);
  return n >= renumber.from ? `e${n + renumber.by}` : id;
}

/** Whether old id `was` is new id `now` after `renumber` (as renumbered, without building the string). */
export function sameId(was: string, now: string, renumber: Renumber | undefined): boolean {
  if (!renumber) return was === now;
  const n = idNumber(was);
  return n >= renumber.from ? idNumber(now) === n + renumber.by : was === now;
}

type Renumber = NonNullable<Delta['renumber']>;

function renumberSpeaker<T extends { readonly speakerId: string | null }>(q: T, renumber: Renumber | undefined): T {
  if (!renumber || q.speakerId === null) return q;
  const id = renumbered(q.speakerId, renumber);
  return id === q.speakerId ? q : { ...q, speakerId: id };
}

export type Recolor = NonNullable<Delta['recolor']>;

/** Colour index `c` after the recolouring steps (each moves the indexes from `from` on by `by`). */
export function recoloredIndex(c: number, recolor: Recolor | undefined): number {
  if (!recolor || c < 0) return c;
  let to = c;
  for (const step of recolor) if (c >= step.from) to += step.by;
  return to;
}

function recolorQuote<T extends { readonly colorIndex: number }>(q: T, recolor: Recolor | undefined): T {
  const c = recoloredIndex(q.colorIndex, recolor);
  return c === q.colorIndex ? q : { ...q, colorIndex: c };
}

function renumberEntity<T extends { readonly id: string }>(e: T, renumber: Renumber | undefined): T {
  if (!renumber) return e;
  const id = renumbered(e.id, renumber);
  return id === e.id ? e : { ...e, id };
}

/** `list` with `splices` applied, kept entries passed through `move`; undefined when a splice does not fit. */
export function applySplices<T>(list: readonly T[], splices: readonly AnnotationsDeltaNotification.Splice<T>[], move?: (t: T, at: number) => T): T[] | undefined {
  const out: T[] = [];
  let at = 0;
  const keep = (to: number): void => {
    if (move) for (; at < to; at++) out.push(move(list[at]!, at));
    else for (; at < to; at++) out.push(list[at]!);
  };
  for (const s of splices) {
    if (!Number.isInteger(s.start) || !Number.isInteger(s.deleteCount) || s.start < at || s.deleteCount < 0 || s.start + s.deleteCount > list.length) return undefined;
    keep(s.start);
    for (const item of s.items) out.push(item);
    at = s.start + s.deleteCount;
  }
  keep(list.length);
  return out;
}

function movePosition(p: Range['start'], shift: Shift): Range['start'] {
  return p.line >= shift.from ? { line: p.line + shift.by, character: p.character } : p;
}

/** The range with its positions on or after line `shift.from` moved; the same object when none is. */
export function shiftRange(r: Range, shift: Shift): Range {
  if (r.end.line < shift.from) return r;
  return { start: movePosition(r.start, shift), end: movePosition(r.end, shift) };
}

/** The entry with its range moved by `shift`; the same object when nothing moves. */
export function moveRange<T extends { readonly range: Range }>(entry: T, shift: Shift): T {
  const range = shiftRange(entry.range, shift);
  return range === entry.range ? entry : { ...entry, range };
}

/** The entry with its ranges moved by `shift`; the same object when nothing moves. */
export function moveRanges<T extends { readonly ranges: readonly Range[] }>(entry: T, shift: Shift): T {
  let ranges: Range[] | undefined;
  entry.ranges.forEach((r, i) => {
    const moved = shiftRange(r, shift);
    if (moved !== r) (ranges ??= entry.ranges.slice())[i] = moved;
  });
  return ranges ? { ...entry, ranges } : entry;
}
