// The analysis off the server's main thread: a long article (seconds of work) no longer holds up
// hovers, edits or other documents, and a superseded analysis really stops, because the worker's
// CancellationToken reads a flag the main thread sets in shared memory.
import type { ObservableToken } from '../analysis/cancellation';
import { Worker, type MessagePort } from 'node:worker_threads';
import { CancelledError, createAnalyzer, type Analyzer, type Annotations, type CancellationToken } from '../analysis';
import { applyDelta, diffAnnotations, textEdit, type AnnotationsDelta } from '../lsp/annotationsDelta';
import { loadGazetteer } from './gazetteerFile';

/** Marks the worker in workerData, so the script that starts it can tell which role it plays. */
export const WORKER_MARK = 'newsAnnotatorAnalysisWorker';

export type { ObservableToken };

type Request =
  | { readonly type: 'analyze'; readonly id: number; readonly uri: string; readonly text: string; readonly markdown: boolean; readonly flag: SharedArrayBuffer }
  | { readonly type: 'forget'; readonly uri: string };

// A document's annotations come whole the first time, then as a delta from the last ones sent
// (`base` counts the results sent for the document, so both sides know they agree on it).
type Reply =
  | { readonly id: number; readonly uri: string; readonly seq: number; readonly annotations: Annotations }
  | { readonly id: number; readonly uri: string; readonly seq: number; readonly base: number; readonly delta: AnnotationsDelta }
  | { readonly id: number; readonly cancelled: true }
  | { readonly id: number; readonly error: string };

/** Worker side: one analyzer (one gazetteer load) for the worker's life, the last result per document for reuse. */
export function serveAnalyses(port: MessagePort, analyzer: Analyzer = createAnalyzer({ gazetteer: loadGazetteer() })): void {
  const last = new Map<string, { text: string; annotations: Annotations; seq: number }>();
  port.on('message', (request: Request) => {
    if (request.type === 'forget') {
      last.delete(request.uri);
      return;
    }
    const flag = new Int32Array(request.flag);
    const token: CancellationToken = {
      get isCancellationRequested() {
        return Atomics.load(flag, 0) === 1;
      },
    };
    let reply: Reply;
    try {
      const before = last.get(request.uri);
      const annotations = analyzer.analyze(request.text, { markdown: request.markdown, previous: before?.annotations }, token);
      const seq = (before?.seq ?? 0) + 1;
      last.set(request.uri, { text: request.text, annotations, seq });
      reply = before
        ? { id: request.id, uri: request.uri, seq, base: before.seq, delta: diffAnnotations(textEdit(before.text, request.text), before.annotations, annotations) }
        : { id: request.id, uri: request.uri, seq, annotations };
    } catch (err) {
      reply = err instanceof CancelledError
        ? { id: request.id, cancelled: true }
        : { id: request.id, error: err instanceof Error ? (err.stack ?? err.message) : String(err) };
    }
    port.postMessage(reply);
  });
}

interface Pending {
  readonly request: Extract<Request, { type: 'analyze' }>;
  readonly resolve: (a: Annotations) => void;
  readonly reject: (e: Error) => void;
  cancelled: boolean;
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
  /** The last annotations the worker sent for each document, which its next delta builds on. */
  readonly #received = new Map<string, { annotations: Annotations; seq: number }>();

  /** `script` must call serveAnalyses(parentPort) when it finds WORKER_MARK in its workerData. */
  constructor(script: string, graceMs = 3000) {
    this.#script = script;
    this.#graceMs = graceMs;
  }

  analyze(uri: string, text: string, markdown: boolean, token: ObservableToken): Promise<Annotations> {
    if (token.isCancellationRequested) return Promise.reject(new CancelledError());
    const worker = this.#start();
    const flag = new SharedArrayBuffer(4);
    const id = this.#nextId++;
    const request = { type: 'analyze', id, uri, text, markdown, flag } as const;
    const result = new Promise<Annotations>((resolve, reject) => {
      this.#pending.set(id, { request, resolve, reject, cancelled: false });
      worker.postMessage(request satisfies Request);
    });
    token.onCancellationRequested(() => {
      Atomics.store(new Int32Array(flag), 0, 1);
      const pending = this.#pending.get(id);
      if (!pending) return;
      pending.cancelled = true;
      setTimeout(() => {
        if (this.#pending.has(id)) this.#replaceWorker();
      }, this.#graceMs).unref();
    });
    return result;
  }

  /** Starts the worker now, so it has read the gazetteer by the time the first document opens. */
  warm(): void {
    this.#start();
  }

  /** The document closed: its last result is no longer worth keeping. */
  forget(uri: string): void {
    this.#received.delete(uri);
    this.#worker?.postMessage({ type: 'forget', uri } satisfies Request);
  }

  async dispose(): Promise<void> {
    const worker = this.#worker;
    this.#worker = undefined;
    this.#received.clear();
    this.#failAll(new CancelledError());
    await worker?.terminate();
  }

  #start(): Worker {
    if (this.#worker) return this.#worker;
    const worker = new Worker(this.#script, { workerData: { [WORKER_MARK]: true }, argv: [] });
    // The worker must not keep a server that was told to exit alive.
    worker.unref();
    worker.on('message', (reply: Reply) => {
      // every result counts, wanted or not: the worker's next delta builds on it
      const annotations = 'annotations' in reply || 'delta' in reply ? this.#receive(worker, reply) : undefined;
      const pending = this.#pending.get(reply.id);
      if (!pending) return;
      this.#pending.delete(reply.id);
      if (annotations) pending.resolve(annotations);
      else if ('annotations' in reply || 'delta' in reply) pending.reject(new Error(`analysis worker: a delta for ${reply.uri} does not follow the last result`));
      else if ('cancelled' in reply) pending.reject(new CancelledError());
      else pending.reject(new Error(reply.error));
    });
    const died = (err: Error): void => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#received.clear();
    this.#received.clear();
      this.#failAll(err);
    };
    worker.on('error', died);
    worker.on('exit', (code) => died(new Error(`analysis worker exited (code ${code})`)));
    this.#worker = worker;
    return worker;
  }

  /** The annotations a result stands for: sent whole, or the last ones with the delta applied. */
  #receive(worker: Worker, reply: Extract<Reply, { seq: number }>): Annotations | undefined {
    if (worker !== this.#worker) return undefined;
    let annotations: Annotations;
    if ('annotations' in reply) annotations = reply.annotations;
    else {
      const base = this.#received.get(reply.uri);
      if (!base || base.seq !== reply.base) {
        // out of step (never expected): start the document afresh
        this.forget(reply.uri);
        return undefined;
      }
      annotations = applyDelta(base.annotations, reply.delta);
    }
    this.#received.set(reply.uri, { annotations, seq: reply.seq });
    return annotations;
  }

  /** Terminates a worker stuck in cancelled work; what was cancelled fails, the rest is sent again. */
  #replaceWorker(): void {
    const stuck = this.#worker;
    this.#worker = undefined;
    this.#received.clear();
    void stuck?.terminate();
    const resend: Pending[] = [];
    for (const [id, p] of this.#pending) {
      if (p.cancelled) {
        this.#pending.delete(id);
        p.reject(new CancelledError());
      } else resend.push(p);
    }
    if (resend.length === 0) return;
    const worker = this.#start();
    for (const p of resend) worker.postMessage(p.request satisfies Request);
  }

  #failAll(err: Error): void {
    for (const p of this.#pending.values()) p.reject(err);
    this.#pending.clear();
  }
}
