/**
 * A copy of `s` that shares nothing with the string it was cut from. V8 keeps a slice of 13 or
 * more characters (substring, slice, a regular expression's match) as a view into its parent, and
 * a concatenation as a pair of its parts: a cache that outlives the analysis and is keyed by a
 * name cut from an article would keep the whole article alive. Shorter strings are always copies.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * Remembers `value` under a copy of `key` in a memory that outlives the text the key was cut from
 * (see `detached`), emptied first when it holds `limit` entries: a bounded memory, not an LRU,
 * since the words an article asks again are asked soon.
 */
export function rememberDetached<V>(memory: Map<string, V>, key: string, value: V, limit: number): void {
  if (memory.size >= limit) memory.clear();
  memory.set(detached(key), value);
}

/**
 * A copy of `value` whose strings are `detached`: plain objects, arrays and sets are copied, other
 * objects (shared, immutable ones such as gazetteer entries) kept. For results that outlive the
 * text they were read from (carried from one analysis to the next, and the next).
 */
export function detachedCopy<T>(value: T): T {
  return copy(value) as T;
}

function copy(value: unknown): unknown {
  if (typeof value === 'string') return detached(value);
  if (typeof value !== 'object' || value === null) return value;
  if (Array.isArray(value)) return value.map(copy);
  // an empty set (a shared constant, often) has nothing to detach
  if (value instanceof Set) return value.size === 0 ? value : new Set([...value].map(copy));
  const proto = Object.getPrototypeOf(value) as unknown;
  if (proto !== Object.prototype && proto !== null) return value;
  // spread, then each value copied in place: the copy keeps the original's hidden class, where one
  // built key by key gets another, and the code that reads originals and copies (the claims walk
  // resumed from kept lists) was compiled again, edit after edit, for each new one
  const out = { ...(value as Record<string, unknown>) };
  for (const key in out) {
    const v = out[key];
    if (typeof v === 'string' || (typeof v === 'object' && v !== null)) out[key] = copy(v);
  }
  return out;
}
