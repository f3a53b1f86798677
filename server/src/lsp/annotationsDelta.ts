// What the analysis worker sends back after an edit: not the whole annotations of the document
// (megabytes for a long article, whose structured clone would cost more than the incremental
// analysis), but how they differ from the last ones it sent. Each list is the old list's head
// kept as it was, the new items, and the old list's tail kept with its offsets moved by the edit.
// An old item is kept only when it equals the new one once moved, so applying a delta to the
// annotations it was made from gives the new annotations exactly.
import type { Annotations } from '../analysis/types';

/** The edit between two texts: `removed` code units at `at` replaced by `inserted` ones. */
export interface TextEdit {
  readonly at: number;
  readonly removed: number;
  readonly inserted: number;
}

/** A list as `old.slice(0, keep)`, then `items`, then the last `tail` items of old, each moved by the edit. */
export interface ListDelta<T> {
  readonly keep: number;
  readonly items: readonly T[];
  readonly tail: number;
}

export interface AnnotationsDelta {
  readonly edit: TextEdit;
  readonly blocks: ListDelta<Annotations['blocks'][number]>;
  readonly entities: ListDelta<Annotations['entities'][number]>;
  readonly quotes: ListDelta<Annotations['quotes'][number]>;
  readonly claims: ListDelta<Annotations['claims'][number]>;
}

/** The single edit that turns `before` into `after`: their common head and tail left out. */
export function textEdit(before: string, after: string): TextEdit {
  const limit = Math.min(before.length, after.length);
  let at = 0;
  while (at < limit && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let tail = 0;
  while (tail < limit - at && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { at, removed: before.length - at - tail, inserted: after.length - at - tail };
}

/** Where an offset of the old text stands in the new one (offsets in the removed text stay). */
function mover(edit: TextEdit): (offset: number) => number {
  const end = edit.at + edit.removed;
  const delta = edit.inserted - edit.removed;
  return (offset) => (offset >= end ? offset + delta : offset);
}

export function diffAnnotations(edit: TextEdit, before: Annotations, after: Annotations): AnnotationsDelta {
  const move = mover(edit);
  return {
    edit,
    blocks: diffList(before.blocks, after.blocks, move),
    entities: diffList(before.entities, after.entities, move),
    quotes: diffList(before.quotes, after.quotes, move),
    claims: diffList(before.claims, after.claims, move),
  };
}

export function applyDelta(before: Annotations, delta: AnnotationsDelta): Annotations {
  const move = mover(delta.edit);
  return {
    blocks: applyList(before.blocks, delta.blocks, move),
    entities: applyList(before.entities, delta.entities, move),
    quotes: applyList(before.quotes, delta.quotes, move),
    claims: applyList(before.claims, delta.claims, move),
  };
}

function diffList<T>(before: readonly T[], after: readonly T[], move: (offset: number) => number): ListDelta<T> {
  let keep = 0;
  const limit = Math.min(before.length, after.length);
  while (keep < limit && sameMoved(after[keep], before[keep], move)) keep++;
  let tail = 0;
  while (tail < limit - keep && sameMoved(after[after.length - 1 - tail], before[before.length - 1 - tail], move)) tail++;
  return { keep, items: after.slice(keep, after.length - tail), tail };
}

function applyList<T>(before: readonly T[], delta: ListDelta<T>, move: (offset: number) => number): T[] {
  const out: T[] = [];
  for (let i = 0; i < delta.keep; i++) out.push(moved(before[i], move));
  for (const item of delta.items) out.push(item);
  for (let i = before.length - delta.tail; i < before.length; i++) out.push(moved(before[i], move));
  return out;
}

const isOffset = (key: string): boolean => key === 'start' || key === 'end';

/** True when `next` is `old` with its offsets moved: same keys in the same order, same values. */
function sameMoved(next: unknown, old: unknown, move: (offset: number) => number, key = ''): boolean {
  if (typeof old === 'number') return next === (isOffset(key) ? move(old) : old);
  if (typeof old !== 'object' || old === null) return next === old;
  if (typeof next !== 'object' || next === null) return false;
  if (Array.isArray(old)) {
    if (!Array.isArray(next) || next.length !== old.length) return false;
    for (let i = 0; i < old.length; i++) if (!sameMoved(next[i], old[i], move)) return false;
    return true;
  }
  if (Array.isArray(next)) return false;
  const a = next as Record<string, unknown>;
  const b = old as Record<string, unknown>;
  // same keys in the same order, so that the JSON of either is the same
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  for (let i = 0; i < kb.length; i++) {
    const k = kb[i]!;
    if (ka[i] !== k || !sameMoved(a[k], b[k], move, k)) return false;
  }
  return true;
}

/** `value` with its offsets moved; the very same object where none moves. */
function moved<T>(value: T, move: (offset: number) => number, key = ''): T {
  if (typeof value === 'number') return (isOffset(key) ? move(value) : value) as T;
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) {
    let out: unknown[] | undefined;
    for (let i = 0; i < value.length; i++) {
      const v = moved(value[i] as unknown, move);
      if (v !== value[i] && !out) out = value.slice(0, i);
      if (out) out.push(v);
    }
    return (out ?? value) as T;
  }
  const source = value as Record<string, unknown>;
  let out: Record<string, unknown> | undefined;
  for (const k in source) {
    const v = moved(source[k], move, k);
    if (v !== source[k] && !out) {
      out = {};
      for (const j in source) {
        if (j === k) break;
        out[j] = source[j];
      }
    }
    if (out) out[k] = v;
  }
  return (out ?? value) as T;
}
