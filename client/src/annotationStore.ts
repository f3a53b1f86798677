// The latest annotations payload per document, as the server pushes them: whole, or as a delta
// from the version held (see protocol.ts). Older versions never replace newer ones (a slow
// analysis finishing after a fast one), and callers can wait for a payload at least as new as the
// document they hold.
import type { AnnotationsDeltaNotification, AnnotationsNotification } from '../../server/src/protocol';
// The compiled module: this file also runs unbundled, in the unit tests.
import { applyAnnotationsDelta } from '../../server/out/annotationsDelta';

type Params = AnnotationsNotification.Params;

/** What became of a delta: applied, ignored as older than what is held, or not applicable (ask for a full payload). */
export type DeltaOutcome = 'applied' | 'stale' | 'resync';

export interface Disposable {
  dispose(): void;
}

/** `uri` is undefined when every entry changed at once (cleared). */
export type StoreListener = (uri: string | undefined) => void;

interface Waiter {
  readonly minVersion: number;
  readonly resolve: (p: Params) => void;
  readonly reject: (e: Error) => void;
}

export class AnnotationStore {
  readonly #byUri = new Map<string, Params>();
  readonly #listeners = new Set<StoreListener>();
  readonly #waiters = new Map<string, Waiter[]>();

  get(uri: string): Params | undefined {
    return this.#byUri.get(uri);
  }

  /**
   * Applies a delta to the payload it was made from. One for another version is not applied: it is
   * `stale` when what is held is as new or newer, else the caller should ask for a full payload.
   */
  applyDelta(delta: AnnotationsDeltaNotification.Params): DeltaOutcome {
    const held = this.#byUri.get(delta.uri);
    if (held && held.version >= delta.version) return 'stale';
    const next = held && applyAnnotationsDelta(held, delta);
    if (!next) return 'resync';
    this.#take(next);
    return 'applied';
  }

  /** Records the payload unless a newer one is already held; returns whether it was taken. */
  update(params: Params): boolean {
    const held = this.#byUri.get(params.uri);
    if (held && held.version > params.version) return false;
    this.#take(params);
    return true;
  }

  #take(params: Params): void {
    this.#byUri.set(params.uri, params);
    this.#emit(params.uri);
    // After the listeners, so a waiter wakes up to decorations already drawn.
    const waiting = this.#waiters.get(params.uri);
    if (waiting) {
      const still = waiting.filter((w) => {
        if (params.version < w.minVersion) return true;
        w.resolve(params);
        return false;
      });
      if (still.length) this.#waiters.set(params.uri, still);
      else this.#waiters.delete(params.uri);
    }
  }

  delete(uri: string): void {
    if (this.#byUri.delete(uri)) this.#emit(uri);
  }

  /** Forgets every payload (the server stopped); waiters keep waiting for the next server. */
  clear(): void {
    if (this.#byUri.size === 0) return;
    this.#byUri.clear();
    this.#emit(undefined);
  }

  /** Resolves with the first payload for `uri` whose version is at least `minVersion`. */
  waitFor(uri: string, minVersion = 0): Promise<Params> {
    const held = this.#byUri.get(uri);
    if (held && held.version >= minVersion) return Promise.resolve(held);
    return new Promise<Params>((resolve, reject) => {
      const list = this.#waiters.get(uri) ?? [];
      list.push({ minVersion, resolve, reject });
      this.#waiters.set(uri, list);
    });
  }

  /** Fails every pending wait (the extension is turned off or shutting down). */
  rejectWaiters(reason: string): void {
    const all = [...this.#waiters.values()].flat();
    this.#waiters.clear();
    for (const w of all) w.reject(new Error(reason));
  }

  onDidChange(listener: StoreListener): Disposable {
    this.#listeners.add(listener);
    return { dispose: () => this.#listeners.delete(listener) };
  }

  #emit(uri: string | undefined): void {
    for (const l of [...this.#listeners]) {
      try {
        l(uri);
      } catch {
        // One broken listener must not keep the others (or the waiters) from hearing of it.
      }
    }
  }
}
