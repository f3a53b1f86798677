/** Whether two lists hold the same strings in the same order (both absent counts as the same). */
export function sameStrings(a: readonly string[] | undefined, b: readonly string[] | undefined): boolean {
  if (a === b) return true;
  if (!a || !b || a.length !== b.length) return false;
  return sameRun(a, 0, b, 0, a.length);
}

/** Whether `count` strings of `a` from `aFrom` on are those of `b` from `bFrom` on. */
export function sameRun(a: readonly string[], aFrom: number, b: readonly string[], bFrom: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (a[aFrom + k] !== b[bFrom + k]) return false;
  return true;
}
