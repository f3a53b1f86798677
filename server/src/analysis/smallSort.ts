// Sorting the few quotes of one block. Array.prototype.sort calls back into the comparison
// through a builtin for every pair; an insertion sort inlines it, and for the handful of items a
// block holds it is as quick as any. Both are stable, so either gives the same order.

/** Sorts `items` in place by `compare` (negative: a goes first), keeping equal items in their order; returns `items`. */
export function sortFew<T>(items: T[], compare: (a: T, b: T) => number): T[] {
  if (items.length > FEW) return items.sort(compare);
  for (let i = 1; i < items.length; i++) {
    const item = items[i]!;
    let j = i - 1;
    while (j >= 0 && compare(items[j]!, item) > 0) {
      items[j + 1] = items[j]!;
      j--;
    }
    items[j + 1] = item;
  }
  return items;
}

/** Beyond this many items the builtin sort, whose time grows as n log n. */
const FEW = 16;
