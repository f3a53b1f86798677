// A document's annotations in a compact form: one Int32Array and a few small tables instead of
// thousands of objects. A 200 KB article's result is ~10 000 objects and ~1.7 MB of heap as plain
// objects, ~0.2 MB packed; the server keeps every open document's result packed and unpacks only
// the few that requests are being answered for (see `storedAnnotations`).
//
// The encoding is generic (any tree of plain objects, arrays, strings, numbers, booleans, null and
// undefined), so fields added to the shapes in types.ts survive it without changes here. Text that
// is the document's own (a `text` beside `start` and `end` that is exactly that slice of the
// document) is not stored but taken from the document again when unpacked.
import type { Annotations } from '../analysis/types';

export interface PackedAnnotations {
  readonly packed: true;
  /** One word per value, in depth-first order (see `word` below). */
  readonly words: Int32Array;
  readonly strings: readonly string[];
  /** Numbers that are not small non-negative integers. */
  readonly numbers: readonly number[];
  /** Each object shape's keys, in order. */
  readonly shapes: readonly (readonly string[])[];
  /** Anything else (not plain data), kept as it is. */
  readonly opaque: readonly unknown[];
}

// A word w ≥ 0 is that integer. A word w < 0 holds ~w = payload × 8 + kind.
const SPECIAL = 0; // payload: 0 null, 1 undefined, 2 false, 3 true, 4 the document's text between start and end
const STRING = 1; // payload: index in strings
const ARRAY = 2; // payload: length; the elements follow
const OBJECT = 3; // payload: index in shapes; the values follow in the shape's key order
const NUMBER = 4; // payload: index in numbers
const OPAQUE = 5; // payload: index in opaque
const NULL = ~(0 * 8 + SPECIAL);
const UNDEFINED = ~(1 * 8 + SPECIAL);
const FALSE = ~(2 * 8 + SPECIAL);
const TRUE = ~(3 * 8 + SPECIAL);
const DOCUMENT_TEXT = ~(4 * 8 + SPECIAL);
const word = (kind: number, payload: number): number => ~(payload * 8 + kind);

export function isPacked(value: unknown): value is PackedAnnotations {
  return typeof value === 'object' && value !== null && (value as { packed?: unknown }).packed === true;
}

/** The index of `key` in `list`, appending `value` the first time: each string and shape is sent once. */
function intern<T>(list: T[], index: Map<string, number>, key: string, value: T): number {
  let i = index.get(key);
  if (i === undefined) {
    i = list.push(value) - 1;
    index.set(key, i);
  }
  return i;
}

/** `a` packed; `text` is the document it was computed from. */
export function packAnnotations(a: Annotations, text: string): PackedAnnotations {
  let words = new Int32Array(4096);
  let length = 0;
  const push = (w: number): void => {
    if (length === words.length) {
      const grown = new Int32Array(words.length * 2);
      grown.set(words);
      words = grown;
    }
    words[length++] = w;
  };
  const strings: string[] = [];
  const stringIndex = new Map<string, number>();
  const numbers: number[] = [];
  const shapes: string[][] = [];
  const shapeIndex = new Map<string, number>();
  const opaque: unknown[] = [];

  const putString = (s: string): void => push(word(STRING, intern(strings, stringIndex, s, s)));

  const put = (value: unknown): void => {
    switch (typeof value) {
      case 'number':
        if (Number.isInteger(value) && value >= 0 && value <= 0x7fffffff && !Object.is(value, -0)) push(value);
        else push(word(NUMBER, numbers.push(value) - 1));
        return;
      case 'string':
        putString(value);
        return;
      case 'boolean':
        push(value ? TRUE : FALSE);
        return;
      case 'undefined':
        push(UNDEFINED);
        return;
      case 'object':
        if (value === null) push(NULL);
        else if (Array.isArray(value)) {
          push(word(ARRAY, value.length));
          for (let i = 0; i < value.length; i++) put(value[i]);
        } else if (Object.getPrototypeOf(value) === Object.prototype) putObject(value as Record<string, unknown>);
        else push(word(OPAQUE, opaque.push(value) - 1));
        return;
      default:
        push(word(OPAQUE, opaque.push(value) - 1));
    }
  };

  const putObject = (o: Record<string, unknown>): void => {
    const keys = Object.keys(o);
    push(word(OBJECT, intern(shapes, shapeIndex, keys.join('\u0000'), keys)));
    const ownText = typeof o.start === 'number' && typeof o.end === 'number' && typeof o.text === 'string' && o.text.length === o.end - o.start &&
      text.startsWith(o.text, o.start);
    for (const key of keys) {
      if (ownText && key === 'text') push(DOCUMENT_TEXT);
      else put(o[key]);
    }
  };

  put(a);
  return { packed: true, words: words.slice(0, length), strings, numbers, shapes, opaque };
}

/** The annotations `p` holds; `text` must be the document they were packed with. */
export function unpackAnnotations(p: PackedAnnotations, text: string): Annotations {
  const { words, strings, numbers, shapes, opaque } = p;
  let i = 0;
  const take = (): unknown => {
    const w = words[i++]!;
    if (w >= 0) return w;
    const t = ~w;
    const payload = (t - (t & 7)) / 8;
    switch (t & 7) {
      case STRING:
        return strings[payload];
      case NUMBER:
        return numbers[payload];
      case ARRAY: {
        const out = new Array<unknown>(payload);
        for (let k = 0; k < payload; k++) out[k] = take();
        return out;
      }
      case OBJECT: {
        const keys = shapes[payload]!;
        const out: Record<string, unknown> = {};
        let ownText: string | undefined;
        for (const key of keys) {
          if (words[i] === DOCUMENT_TEXT) {
            i++;
            ownText = key;
            out[key] = '';
          } else out[key] = take();
        }
        if (ownText !== undefined) out[ownText] = text.slice(out.start as number, out.end as number);
        return out;
      }
      case OPAQUE:
        return opaque[payload];
      default:
        return w === NULL ? null : w === UNDEFINED ? undefined : w === TRUE ? true : w === FALSE ? false : undefined;
    }
  };
  return take() as Annotations;
}

/**
 * How many documents' annotations stay unpacked: those requests are being answered for (the
 * editor asks for the visible documents, one at a time). The caches features keep beside an
 * unpacked result (article index, semantic tokens) go with it.
 */
export const UNPACKED_DOCUMENTS = 3;

// By document, oldest first (a Map iterates in insertion order).
const unpacked = new Map<string, { packed: PackedAnnotations; annotations: Annotations }>();

/**
 * `unpackAnnotations(p, text)`, unpacked once for as long as `p` is among the last few asked
 * for; `key` names the document (a newer result of the same document replaces the older).
 */
export function recentlyUnpacked(key: string, p: PackedAnnotations, text: string): Annotations {
  const cached = unpacked.get(key);
  unpacked.delete(key);
  const annotations = cached?.packed === p ? cached.annotations : unpackAnnotations(p, text);
  unpacked.set(key, { packed: p, annotations });
  for (const old of unpacked.keys()) {
    if (unpacked.size <= UNPACKED_DOCUMENTS) break;
    unpacked.delete(old);
  }
  return annotations;
}

/** The document closed: its unpacked annotations (and the text they hold) go now. */
export function forgetUnpacked(key: string): void {
  unpacked.delete(key);
}
