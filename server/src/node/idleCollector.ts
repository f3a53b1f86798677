// Gives memory back once a burst of work is over. V8 keeps the pages a burst of analyses grew the
// heap to (a 200 KB article leaves tens of MB of garbage behind, and opening 50 of them at once
// grows each thread's heap to ~150 MB) and never returns them to the system while the server
// sits idle. A forced, compacting full collection gives them back; it takes a few tens of
// milliseconds, so it runs only after a pause in the work and only when the heap has grown since
// the last one. After each edit it also collects the young generation, the edit's garbage, as
// soon as the thread is free (`edited`).
import { getHeapStatistics, setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Collect = (options?: { readonly type: 'minor' }) => void;

let collect: Collect | null | undefined;

/** V8's gc(), exposed at run time (the server is started without --expose-gc), or null if refused. */
function collector(): Collect | null {
  if (collect === undefined) {
    try {
      setFlagsFromString('--expose-gc');
      // The flag installs gc() in contexts created from now on, not in this one.
      const gc: unknown = runInNewContext('typeof gc === "function" ? gc : null');
      collect = typeof gc === 'function' ? (gc as Collect) : null;
    } catch {
      collect = null;
    }
  }
  return collect;
}

/**
 * Call `busy()` whenever work happens; once it has been quiet for `delayMs`, the heap is collected
 * if it grew by `growthBytes` or something big was freed meanwhile.
 */
export class IdleCollector {
  readonly #delayMs: number;
  readonly #growthBytes: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #after = 0;
  #freed = false;
  /** Collections run, for tests. */
  collections = 0;
  /** Young-generation collections run after edits, for tests. */
  youngCollections = 0;
  #young: ReturnType<typeof setImmediate> | undefined;

  constructor(delayMs = 1000, growthBytes = 16 * 2 ** 20) {
    this.#delayMs = delayMs;
    this.#growthBytes = growthBytes;
    this.#after = committed();
  }

  /**
   * An edit's analysis has been answered: its garbage, which fills the young generation, is
   * collected as soon as the thread is free, while nobody waits (the next edit's analysis waits
   * for the typing delay anyway), instead of in the middle of the next one. Once however often
   * called before it runs.
   */
  edited(): void {
    if (this.#young) return;
    this.#young = setImmediate(() => {
      this.#young = undefined;
      if (collectYoung()) this.youngCollections++;
    });
    this.#young.unref();
  }

  /** `freed`: something big was let go of (a document closed), worth collecting even if the heap did not grow. */
  busy(freed = false): void {
    if (freed) this.#freed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = setTimeout(() => this.#idle(), this.#delayMs);
    // Waiting to collect must not keep a process that has nothing else to do alive.
    this.#timer.unref();
  }

  dispose(): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#young) clearImmediate(this.#young);
    this.#young = undefined;
  }

  #idle(): void {
    this.#timer = undefined;
    if (!this.#freed && committed() - this.#after < this.#growthBytes) return;
    this.#freed = false;
    if (!collectAll()) return;
    this.collections++;
    this.#after = committed();
  }
}

/** A full, compacting collection of this thread's heap, now; false when gc() was refused. */
export function collectAll(): boolean {
  const gc = collector();
  if (!gc) return false;
  // A plain full collection frees objects but keeps the pages that still hold a few live ones
  // (a whole heap of them after a burst of analyses): compacting moves those and frees the pages.
  setFlagsFromString('--compact-on-every-full-gc');
  try {
    gc();
  } finally {
    setFlagsFromString('--no-compact-on-every-full-gc');
  }
  return true;
}

/**
 * Collects this thread's young generation (a scavenge: a few milliseconds, however big the
 * heap); false when V8 refused gc(). The bench calls it between edits as the worker does.
 */
export function collectYoung(): boolean {
  const gc = collector();
  if (!gc) return false;
  gc({ type: 'minor' });
  return true;
}

/** Bytes of memory this thread's heap holds from the system. */
function committed(): number {
  return getHeapStatistics().total_physical_size;
}
