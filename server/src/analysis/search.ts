/**
 * The index of the first item whose key is at least `at` in `items`, sorted by that key; the
 * length when there is none. Offsets are looked up this way throughout (mentions, frames, spans,
 * blocks), so that finding the neighbours of an offset stays logarithmic.
 */
export function lowerBound<T>(items: ArrayLike<T>, at: number, key: (item: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first of `sorted` (ascending numbers) greater than `at`; the length when there is none. */
export function upperBound(sorted: ArrayLike<number>, at: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
