// How the bench times work: CPU time of this process (user + system), medians of repeated runs.

export const median = (xs: readonly number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export const percentile = (xs: readonly number[], p: number): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)]!;
};

/** CPU milliseconds (user + system) that `f` takes. */
export function cpuMs(f: () => void): number {
  const t0 = process.cpuUsage();
  f();
  const used = process.cpuUsage(t0);
  return (used.user + used.system) / 1000;
}

/**
 * Median milliseconds of `f` over enough runs to fill about `budgetMs` (at least three, at most
 * `maxRuns`), after one warm-up run; a single run when the first alone takes the whole budget.
 * The second run of freshly compiled code is still often twice as slow as the later ones, so a
 * run taking half the budget is no figure on its own.
 */
export function measure(f: () => void, budgetMs: number, maxRuns = 50): { ms: number; runs: number } {
  const first = cpuMs(f);
  if (first > budgetMs) return { ms: first, runs: 1 };
  const times: number[] = [];
  let spent = 0;
  while (times.length < maxRuns && (times.length < 3 || spent < budgetMs)) {
    times.push(cpuMs(f));
    spent += times[times.length - 1]!;
  }
  return { ms: median(times), runs: times.length };
}
