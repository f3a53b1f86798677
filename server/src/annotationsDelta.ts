// Applying a `newsAnnotator/annotationsDelta` to the payload it was made against (see protocol.ts).
// Shared by the client's annotation store and the server (which keeps the model it sent the same
// way), so both sides agree on what a delta means.
import type { AnnotationsDeltaNotification, AnnotationsNotification } from './protocol';

type Params = AnnotationsNotification.Params;
type Delta = AnnotationsDeltaNotification.Params;
type Range = AnnotationsNotification.QuoteInfo['range'];
type Shift = NonNullable<Delta['lineShift']>;

/** The payload `delta` leads to from `base`, or undefined when it does not fit `base` (then ask for a full one). */
export function applyAnnotationsDelta(base: Params, delta: Delta): Params | undefined {
  if (base.version !== delta.baseVersion || base.skipped || base.uri !== delta.uri) return undefined;
  const shift = delta.lineShift && delta.lineShift.by !== 0 ? delta.lineShift : undefined;
  const quotes = applySplices(base.quotes, delta.quotes, shift && ((q) => moveRange(q, shift)));
  const claims = applySplices(base.claims, delta.claims, shift && ((c) => moveRange(c, shift)));
  const entities = applySplices(base.entities, delta.entities, shift && ((e) => moveRanges(e, shift)));
  if (!quotes || !claims || !entities) return undefined;
  return { uri: base.uri, version: delta.version, quotes, claims, entities, counts: delta.counts };
}

/** `list` with `splices` applied, kept entries passed through `move`; undefined when a splice does not fit. */
export function applySplices<T>(list: readonly T[], splices: readonly AnnotationsDeltaNotification.Splice<T>[], move?: (t: T) => T): T[] | undefined {
  const out: T[] = [];
  let at = 0;
  const keep = (to: number): void => {
    if (move) for (; at < to; at++) out.push(move(list[at]!));
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
