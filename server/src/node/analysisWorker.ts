// The analysis off the server's main thread: a long article (seconds of work) no longer holds up
// hovers, edits or other documents, and a superseded analysis really stops, because the worker's
// CancellationToken reads a flag the main thread sets in shared memory.
import type { ObservableToken } from '../analysis/cancellation';
import { Worker, type MessagePort } from 'node:worker_threads';
// Type-only from the analysis library: the protocol thread imports this module and must not load
// it (the worker's entry, server.ts, hands serveAnalyses its analyzer).
import type { Analyzer } from '../analysis';
import type { Annotations, CancellationToken } from '../analysis/types';
import { CancelledError } from '../analysis/cancellation';
import { packAnnotations, type PackedAnnotations } from '../lsp/packedAnnotations';
import { ProductsCache, toKept, type KeptProducts } from '../lsp/editProducts';
import { rehearsal, REHEARSAL_PAIRS } from '../lsp/rehearsal';
import { growingYoung } from './heapFlags';
import { IdleCollector } from './idleCollector';

/** Marks the worker in workerData, so the script that starts it can tell which role it plays. */
export const WORKER_MARK = 'newsAnnotatorAnalysisWorker';

export type { ObservableToken };

type Request =
  | {
      readonly type: 'analyze'; readonly id: number; readonly uri: string; readonly text: string; readonly markdown: boolean; readonly flag: SharedArrayBuffer;
      /** The document version, and the one whose annotations the client holds (the base of a delta). */
      readonly version: number; readonly base: number | undefined;
    }
  | { readonly type: 'forget'; readonly uri: string };

// An analysis is answered twice: first what the editor shows (the payload and the tokens, made
// from what changed), then the whole result for the other features, packed.
type Reply =
  | { readonly id: number; readonly products: KeptProducts }
  | { readonly id: number; readonly annotations: Annotations | PackedAnnotations }
  | { readonly id: number; readonly cancelled: true }
  | { readonly id: number; readonly error: string };

/**
 * How many documents keep their last result (and its per-block cache) in the worker for the next
 * analysis to reuse. A result with its cache weighs about 1.5 MB per 200 KB article, so only the
 * documents analysed most recently (those being edited) keep one; any other re-analysis is a
 * full one, with the same result.
 */
export const INCREMENTAL_DOCUMENTS = 4;

/**
 * From this length (UTF-16 units) a document just opened keeps its memos for its first edit: a
 * full analysis of a longer one takes over ~150 ms, a pause the typist feels; shorter ones (most
 * news articles are 5–50 KB) are re-analysed whole in less and keep nothing while only read.
 */
export const KEEP_OPENED_FROM = 256 * 1024;

/**
 * How many documents keep the products of their last analyses (the annotations model and the
 * semantic tokens, ~0.4 MB per 200 KB article) to make the next ones from what changed: the
 * documents being typed in. Any other document's next payload is a full one.
 */
export const PRODUCTS_DOCUMENTS = 2;

export interface ServeOptions {
  /** How many documents keep their last result (INCREMENTAL_DOCUMENTS). */
  readonly documents?: number;
  /** From what length a document just opened keeps its memos (KEEP_OPENED_FROM). */
  readonly keepOpenedFrom?: number;
  /** Runs once the first reply is sent. */
  readonly afterFirst?: () => void;
  /**
   * The edits rehearsed on the first long document opened (rehearsal.ts), once the worker has
   * been quiet for `afterMs`; `pairs: 0` rehearses none.
   */
  readonly rehearse?: { readonly afterMs: number; readonly pairs: number };
  /** What collects the thread's garbage when it is free (a default one). */
  readonly idle?: IdleCollector;
  /** Runs the work on a document of `keepOpenedFrom` or more, the young generation free to grow (growingYoung). */
  readonly growing?: <T>(work: () => T) => T;
}

const now = <T>(work: () => T): T => work();

/**
 * The worker's young generation: room for V8's default two 16 MB semi-spaces, which it grows to
 * only while it works on a long document (heapFlags.ts); else it stays at the 1 MB ones growth
 * factor 1 keeps. Set per worker, not by V8 flag: a heap size flag changed at run time makes
 * every new thread bootstrap ~20 ms slower.
 */
export const WORKER_LIMITS = { maxYoungGenerationSizeMb: 48 } as const;

/** A document being read is rehearsed on once the user has left it alone this long. */
export const REHEARSE_AFTER_MS = 300;

/**
 * Worker side: one analyzer (one gazetteer load) for the worker's life, the last result of the
 * recently analysed documents for reuse.
 */
export function serveAnalyses(port: MessagePort, analyzer: Analyzer, options: ServeOptions = {}): void {
  const { documents = INCREMENTAL_DOCUMENTS, keepOpenedFrom = KEEP_OPENED_FROM, rehearse = { afterMs: REHEARSE_AFTER_MS, pairs: REHEARSAL_PAIRS } } = options;
  let afterFirst = options.afterFirst;
  // Once per worker: V8's optimised code then serves every document.
  let rehearsed = rehearse.pairs <= 0;
  let stopRehearsal: (() => void) | undefined;
  // In order of last analysis, oldest first (a Map iterates in insertion order).
  const last = new Map<string, Annotations>();
  // The newest result of a document only opened (not edited): the one such result whose memos
  // are kept, for the document the user just opened. Those of edited documents stay in `last`.
  let opened: Annotations | undefined;
  const products = new ProductsCache(Math.min(documents, PRODUCTS_DOCUMENTS));
  const idle = options.idle ?? new IdleCollector();
  const growing = options.growing ?? growingYoung;
  port.on('close', () => stopRehearsal?.());
  port.on('message', (request: Request) => {
    // the user's requests come first: a rehearsal stops at the end of its pair
    stopRehearsal?.();
    idle.busy(request.type === 'forget' && last.has(request.uri));
    if (request.type === 'forget') {
      if (opened === last.get(request.uri)) opened = undefined;
      last.delete(request.uri);
      products.forget(request.uri);
      return;
    }
    const flag = new Int32Array(request.flag);
    const token: CancellationToken = {
      get isCancellationRequested() {
        return Atomics.load(flag, 0) === 1;
      },
    };
    try {
      // Kept memos make the first edit of a document just opened as quick as the next ones, not
      // a second full analysis; they weigh several times the text, so only a long document
      // (whose full analysis would hold up typing) keeps them, and only the newest opened one.
      const previous = last.get(request.uri);
      const long = request.text.length >= keepOpenedFrom;
      const keepMemos = previous !== undefined || long;
      // an edit of a long document allocates more than a young generation kept small holds
      const room = long ? growing : now;
      const annotations = room(() => analyzer.analyze(request.text, { markdown: request.markdown, previous, keep: keepMemos }, token));
      if (!previous && keepMemos) {
        if (opened) analyzer.release(opened);
        opened = annotations;
      } else if (opened === previous) opened = undefined;
      last.delete(request.uri);
      last.set(request.uri, annotations);
      for (const [uri, result] of last) {
        if (last.size <= documents) break;
        last.delete(uri);
        // no longer reachable for an edit: its memos would only weigh
        if (result === opened) {
          analyzer.release(opened);
          opened = undefined;
        }
      }
      // The cache keeps its table for the next edit: the main thread gets a copy, moved; packed (a
      // quarter of the size, which every open document keeps there) unless the document is edited.
      const edited = products.holds(request.uri);
      const made = room(() => toKept(products.products(request.uri, request.version, request.text, annotations, request.base), edited));
      port.postMessage({ id: request.id, products: made } satisfies Reply, [made.tokens.buffer as ArrayBuffer]);
      // Packed, the result crosses to the main thread as one moved buffer instead of ~10 000
      // cloned objects, and stays that small there. After the products: hovers and symbols can
      // wait the few milliseconds this takes, new decorations should not.
      const packed = packAnnotations(annotations, request.text);
      port.postMessage({ id: request.id, annotations: packed } satisfies Reply, [packed.words.buffer as ArrayBuffer]);
      if (previous) idle.edited();
      if (!rehearsed && opened === annotations) {
        rehearsed = true;
        stopRehearsal = rehearseWhenQuiet(request.uri, request.text, request.markdown);
      }
    } catch (err) {
      port.postMessage((err instanceof CancelledError
        ? { id: request.id, cancelled: true }
        : { id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) }) satisfies Reply);
    }
    if (afterFirst) {
      afterFirst();
      afterFirst = undefined;
    }
  });

  /**
   * Rehearses edits on `uri`, the document just opened, a pair at a time between messages; each
   * pair's result replaces the document's.
   */
  function rehearseWhenQuiet(uri: string, text: string, markdown: boolean): () => void {
    const pairs = rehearsal(analyzer, text, last.get(uri)!, markdown, rehearse.pairs);
    // Any message stops the rehearsal: between pairs the document is still the one opened, and
    // its result the last pair's.
    let timer: ReturnType<typeof setTimeout> | undefined = setTimeout(function pair() {
      const next = growing(() => pairs.next());
      if (next.done) return stop();
      last.set(uri, next.value);
      opened = next.value;
      idle.busy(false);
      idle.edited();
      timer = setTimeout(pair, 0);
    }, rehearse.afterMs);
    function stop(): void {
      clearTimeout(timer);
      timer = undefined;
      stopRehearsal = undefined;
    }
    return stop;
  }
}

interface Pending {
  readonly request: Extract<Request, { type: 'analyze' }>;
  readonly products: Deferred<KeptProducts>;
  readonly annotations: Deferred<Annotations | PackedAnnotations>;
  cancelled: boolean;
}

interface Deferred<T> {
  readonly promise: Promise<T>;
  readonly resolve: (value: T) => void;
  readonly reject: (e: Error) => void;
}

function deferred<T>(): Deferred<T> {
  let resolve!: (value: T) => void;
  let reject!: (e: Error) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // Callers may wait for only one of the two answers; the other's failure is not unhandled.
  promise.catch(() => undefined);
  return { promise, resolve, reject };
}

/** The two answers to one analysis: what the editor shows first, the whole result after it. */
export interface WorkerOutcome {
  readonly products: Promise<KeptProducts>;
  readonly annotations: Promise<Annotations | PackedAnnotations>;
}

/**
 * Main-thread side: sends analyses to a worker started from `script`, restarting it if it dies.
 * A cancelled analysis that does not stop within `graceMs` (a stage that never looks at its
 * token) costs the worker its life: it is terminated and the other waiting analyses go to a new one.
 */
export class WorkerAnalyzer {
  readonly #script: string;
  readonly #graceMs: number;
  #worker: Worker | undefined;
  #nextId = 1;
  readonly #pending = new Map<number, Pending>();

  /** `script` must call serveAnalyses(parentPort) when it finds WORKER_MARK in its workerData. */
  constructor(script: string, graceMs = 3000) {
    this.#script = script;
    this.#graceMs = graceMs;
  }

  /** The document's annotations, packed (unpack with unpackAnnotations and the same text). */
  analyze(uri: string, text: string, markdown: boolean, token: ObservableToken): Promise<Annotations | PackedAnnotations> {
    return this.analyzeForEditor(uri, text, markdown, token, 0, undefined).annotations;
  }

  /**
   * The analysis of version `version`, with the editor's products: the annotations payload as a
   * delta from version `base` where the worker still has it, and the semantic tokens.
   */
  analyzeForEditor(uri: string, text: string, markdown: boolean, token: ObservableToken, version: number, base: number | undefined): WorkerOutcome {
    if (token.isCancellationRequested) {
      const cancelled = Promise.reject(new CancelledError());
      cancelled.catch(() => undefined);
      return { products: cancelled, annotations: cancelled };
    }
    const worker = this.#start();
    const flag = new SharedArrayBuffer(4);
    const id = this.#nextId++;
    const request = { type: 'analyze', id, uri, text, markdown, flag, version, base } as const;
    const pending: Pending = { request, products: deferred(), annotations: deferred(), cancelled: false };
    this.#pending.set(id, pending);
    worker.postMessage(request satisfies Request);
    token.onCancellationRequested(() => {
      Atomics.store(new Int32Array(flag), 0, 1);
      const pending = this.#pending.get(id);
      if (!pending) return;
      pending.cancelled = true;
      setTimeout(() => {
        if (this.#pending.has(id)) this.#replaceWorker();
      }, this.#graceMs).unref();
    });
    return { products: pending.products.promise, annotations: pending.annotations.promise };
  }

  /** Starts the worker now, so it has read the gazetteer by the time the first document opens. */
  warm(): void {
    this.#start();
  }

  /** The document closed: its last result is no longer worth keeping. */
  forget(uri: string): void {
    this.#worker?.postMessage({ type: 'forget', uri } satisfies Request);
  }

  async dispose(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#failAll(new CancelledError());
    await worker?.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#script, { workerData: { [WORKER_MARK]: true }, argv: [], resourceLimits: WORKER_LIMITS });
    // The worker must not keep a server that was told to exit alive.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      if ('products' in reply) {
        pending.products.resolve(reply.products);
        return;
      }
      this.#pending.delete(reply.id);
      if ('annotations' in reply) pending.annotations.resolve(reply.annotations);
      else fail(pending, 'cancelled' in reply ? new CancelledError() : new Error(reply.error));
    });
    const died = (err: Error): void => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#failAll(err);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`analysis worker exited (code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  /** Terminates a worker stuck in cancelled work; what was cancelled fails, the rest is sent again. */
  #replaceWorker(): void {
    const stuck = this.#worker;
    this.#worker = undefined;
    void stuck?.terminate();
    const resend: Pending[] = [];
    for (const [id, p] of this.#pending) {
      if (p.cancelled) {
        this.#pending.delete(id);
        fail(p, new CancelledError());
      } else resend.push(p);
    }
    if (resend.length === 0) return;
    const worker = this.#start();
    for (const p of resend) worker.postMessage(p.request satisfies Request);
  }

  #failAll(err: Error): void {
    for (const p of this.#pending.values()) fail(p, err);
    this.#pending.clear();
  }
}

/** Rejects what is still unanswered of `p` (rejecting settled products does nothing). */
function fail(p: Pending, err: Error): void {
  p.products.reject(err);
  p.annotations.reject(err);
}
