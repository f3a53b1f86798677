// V8's young generation, kept small in the server. By default a thread's young generation grows
// to two 16 MB semi-spaces as work comes, and a burst of it (50 articles opened at once) leaves it
// there: up to 64 MB for the server and its analysis worker. Growth factor 1 stops that growth
// (the worker's is also capped, by its resourceLimits in analysisWorker.ts); the analysis runs
// within a few per cent as fast, and the server holds ~40 MB less with 50 open 200 KB articles.
// Only this flag: a heap size flag changed at run time (--max-semi-space-size) makes every new
// thread bootstrap ~20 ms slower.
import { setFlagsFromString } from 'node:v8';

const KEPT_SMALL = '--semi-space-growth-factor=1';
// V8's own
const GROWING = '--semi-space-growth-factor=2';

let keptSmall = false;

/**
 * Stops the young generation's growth, for the whole process. The server's entries call it first,
 * before the worker exists, so that it applies to every thread; a process that does not (the unit
 * tests, the bench) keeps V8's default.
 */
export function keepYoungSmall(): void {
  setFlagsFromString(KEPT_SMALL);
  keptSmall = true;
}

/**
 * Runs `work` with the young generation free to grow as V8 grows it by default, up to the
 * thread's cap. An edit of a long article allocates ~10 MB, and each scavenge in its middle copies
 * the result being built: in the 1 MB semi-spaces growth factor 1 keeps, an edit of a 1 MB
 * article took longer (edit to decorations, p50 ~12 → ~14 ms, p95 ~31–38 → ~44 ms on a quiet
 * machine; about twice as long on a busy one). Once
 * grown it stays grown, so only a thread that works on a long document holds the room (up to
 * 32 MB in the worker). The flag is the process's: it is set back at once, so that the main
 * thread, waiting meanwhile, keeps its small young generation.
 */
export function growingYoung<T>(work: () => T): T {
  if (!keptSmall) return work();
  setFlagsFromString(GROWING);
  try {
    return work();
  } finally {
    setFlagsFromString(KEPT_SMALL);
  }
}
