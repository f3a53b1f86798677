/**
 * A random integer below `n` at each call, the same sequence for the same seed: the high bits of
 * a linear congruential generator (its low bits repeat with short periods, so that `% n` of them
 * would draw from part of a list).
 */
export function seededRandom(seed: number): (n: number) => number {
  let state = seed;
  return (n) => ((state = (state * 1103515245 + 12345) % 2147483648), Math.floor((state / 2147483648) * n));
}
