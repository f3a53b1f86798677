// One analysis per document version, shared by every feature and the annotations notification.
// Typing bursts are debounced per document; work for a version that has been superseded is
// cancelled (through the analysis' CancellationToken) and its result is never published.
import { cancellationSource, type ObservableToken } from '../analysis/cancellation';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, AnalyzeOptions } from '../analysis/types';
import { checkInput } from '../analysis/limits';
import type { AnnotationsNotification, NewsAnnotatorSettings } from '../protocol';
import { forgetUnpacked, isPacked, recentlyUnpacked, unpackAnnotations, type PackedAnnotations } from './packedAnnotations';
import { fullProducts, ProductsCache, toKept, type KeptProducts, type Products } from './editProducts';
import type { KeptTokens } from './packedTokens';

/** How many documents keep their last products here, when the analysis runs on this thread. */
const PRODUCTS_KEPT = 4;

interface Entry {
  readonly version: number;
  readonly ready: Promise<Ready | undefined>;
  readonly result: Promise<Analysis | undefined>;
  readonly cancel: () => void;
}

/** The text and identity of a document version, as the host's document store gives it. */
export interface DocumentSource {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

/** What the editor is shown of a version: ready before the rest of the analysis is (see Analysis). */
export type Ready =
  | {
      readonly kind: 'analysed';
      /** A snapshot of the version analysed: positions stay right even after later edits. */
      readonly document: TextDocument;
      /** The semantic tokens, packed unless the document is being edited (packedTokens.ts). */
      readonly tokens: KeptTokens;
      /**
       * The annotations payload, whole or as a delta from the version the client holds; dropped
       * once published (a payload is sent once, and a long article's is large).
       */
      payload: Products['annotations'] | undefined;
    }
  | Skipped;

interface Skipped {
  readonly kind: 'skipped';
  readonly uri: string;
  readonly version: number;
  readonly reason: NonNullable<AnnotationsNotification.Params['skipped']>['reason'];
  readonly message: string;
}

export type Analysis =
  | {
      readonly kind: 'analysed';
      readonly document: TextDocument;
      readonly annotations: Annotations;
      readonly tokens: KeptTokens;
    }
  | Skipped;

/** An analysis answered in two parts (the worker's): the editor's products first, then the whole result. */
export interface EditorOutcome {
  readonly products: Promise<KeptProducts>;
  readonly annotations: Promise<Annotations | PackedAnnotations>;
}

export interface AnalysesHost {
  /** The current version of an open document, undefined once it is closed. */
  document(uri: string): DocumentSource | undefined;
  settings(uri: string): Promise<NewsAnnotatorSettings>;
  /**
   * In process or in a worker; `token` fires as soon as a newer version (or a close) makes the work
   * pointless. `edit` names the version and the one the client holds (for a delta); a host that
   * returns the annotations alone leaves the products to be made here.
   */
  analyze(text: string, options: AnalyzeOptions, token: RunToken, uri: string, edit: { readonly version: number; readonly base: number | undefined }):
    | Annotations | PackedAnnotations | Promise<Annotations | PackedAnnotations> | EditorOutcome;
  /** Called once per version with what the editor shows, only while that version is still current. */
  publish(ready: Ready): void;
  error(message: string): void;
}

/** A CancellationToken that can also be listened to (to pass the cancellation on to a worker). */
export type RunToken = ObservableToken;

const MARKDOWN_FILE = /\.(?:md|markdown|mdx|mkd)$/i;

export function isMarkdown(doc: Pick<DocumentSource, 'uri' | 'languageId'>): boolean {
  return doc.languageId === 'markdown' || MARKDOWN_FILE.test(doc.uri.split(/[?#]/)[0]!);
}

export class DocumentAnalyses {
  readonly #host: AnalysesHost;
  readonly #delay: number;
  readonly #entries = new Map<string, Entry>();
  /** The pending publication of each document: for which version, and when it is due. */
  readonly #timers = new Map<string, { readonly handle: ReturnType<typeof setTimeout>; readonly version: number | undefined; readonly due: number }>();
  readonly #published = new Map<string, number>();
  /** The version whose annotations payload the client holds, when it takes deltas. */
  readonly #held = new Map<string, number>();
  /** The last annotations of each document, handed to the next analysis so unchanged blocks are reused. */
  readonly #previous = new Map<string, Annotations>();
  readonly #products = new ProductsCache(PRODUCTS_KEPT);
  /** Whether the client applies annotation deltas (it said so when it connected). */
  acceptsDeltas = false;

  constructor(host: AnalysesHost, delayMs = 100) {
    this.#host = host;
    this.#delay = delayMs;
  }

  /**
   * The analysis of the document's current version: the cached one, or a new one started now.
   * Undefined when the document is not open, or changed before its analysis could finish.
   */
  get(uri: string): Promise<Analysis | undefined> {
    return this.#entry(uri)?.result ?? Promise.resolve(undefined);
  }

  /** What the editor is shown of the current version (sooner than `get`: the tokens and the payload). */
  ready(uri: string): Promise<Ready | undefined> {
    return this.#entry(uri)?.ready ?? Promise.resolve(undefined);
  }

  #entry(uri: string): Entry | undefined {
    const doc = this.#host.document(uri);
    if (!doc) return undefined;
    const entry = this.#entries.get(uri);
    if (entry && entry.version === doc.version) return entry;
    entry?.cancel();
    const run = cancellationSource();
    const started = this.#run(doc, run.token);
    const next: Entry = { version: doc.version, ready: started.then((s) => s.ready), result: started.then((s) => s.result), cancel: run.cancel };
    this.#entries.set(uri, next);
    return next;
  }

  /**
   * Analyse (and publish) after `delayMs` of quiet; a newer call for the same document replaces this
   * one, unless it is for the same version and would come later: only a change is worth waiting for.
   * (Opening a document fires both "open", analysed at once, and "content changed", which would
   * otherwise push the first annotations back by the typing delay.)
   */
  schedule(uri: string, delayMs = this.#delay): void {
    const version = this.#host.document(uri)?.version;
    // Work on an older version stops now, not when the pause in typing is over.
    const entry = this.#entries.get(uri);
    if (entry && entry.version !== version) entry.cancel();
    const due = performance.now() + delayMs;
    const pending = this.#timers.get(uri);
    if (pending && pending.version === version && pending.due <= due) return;
    if (pending) clearTimeout(pending.handle);
    const handle = setTimeout(() => {
      this.#timers.delete(uri);
      void this.#publishCurrent(uri);
    }, delayMs);
    this.#timers.set(uri, { handle, version, due });
  }

  /** The client cannot apply a delta: analyse the current version again and publish it whole. */
  resync(uri: string): void {
    this.#entries.get(uri)?.cancel();
    this.#entries.delete(uri);
    this.#published.delete(uri);
    this.#held.delete(uri);
    if (this.#host.document(uri)) this.schedule(uri, 0);
  }

  /** Forget everything about a closed document. */
  close(uri: string): void {
    const pending = this.#timers.get(uri);
    if (pending) clearTimeout(pending.handle);
    this.#timers.delete(uri);
    this.#entries.get(uri)?.cancel();
    this.#entries.delete(uri);
    this.#published.delete(uri);
    this.#held.delete(uri);
    this.#previous.delete(uri);
    this.#products.forget(uri);
    forgetUnpacked(uri);
  }

  /** Settings changed: every analysis may differ; re-analyse and re-publish the given documents. */
  invalidate(uris: Iterable<string>): void {
    for (const entry of this.#entries.values()) entry.cancel();
    this.#entries.clear();
    this.#published.clear();
    this.#held.clear();
    this.#previous.clear();
    for (const uri of uris) {
      this.#products.forget(uri);
      this.schedule(uri, 0);
    }
  }

  dispose(): void {
    for (const t of this.#timers.values()) clearTimeout(t.handle);
    this.#timers.clear();
    for (const entry of this.#entries.values()) entry.cancel();
    this.#entries.clear();
    this.#previous.clear();
  }

  #isStale(uri: string, version: number): boolean {
    return this.#host.document(uri)?.version !== version;
  }

  async #publishCurrent(uri: string): Promise<void> {
    try {
      const ready = await this.ready(uri);
      if (!ready) return;
      const version = ready.kind === 'analysed' ? ready.document.version : ready.version;
      if (this.#isStale(uri, version) || this.#published.get(uri) === version) return;
      // A delta from a version the client no longer holds (cannot happen while versions publish
      // in order, but a wrong delta would corrupt what the client shows): send it whole instead.
      if (ready.kind === 'analysed' && ready.payload?.kind === 'delta' && ready.payload.baseVersion !== this.#held.get(uri)) {
        this.resync(uri);
        return;
      }
      this.#published.set(uri, version);
      if (ready.kind === 'analysed' && this.acceptsDeltas) this.#held.set(uri, version);
      else this.#held.delete(uri);
      this.#host.publish(ready);
      if (ready.kind === 'analysed') ready.payload = undefined;
    } catch (err) {
      this.#host.error(`newsAnnotator: publishing ${uri} failed: ${describe(err)}`);
    }
  }

  async #run(doc: DocumentSource, cancelled: RunToken): Promise<{ ready: Ready | undefined; result: Promise<Analysis | undefined> }> {
    const { uri, version, languageId } = doc;
    // Read the text now: by the time settings arrive the store may hold a newer version.
    const text = doc.getText();
    const superseded = (): boolean => cancelled.isCancellationRequested || this.#isStale(uri, version);
    const none = { ready: undefined, result: Promise.resolve(undefined) };
    const settings = await this.#host.settings(uri);
    if (superseded()) return none;
    const skip = (reason: AnnotationsNotification.SkipReason, message: string) => {
      const skipped: Skipped = { kind: 'skipped', uri, version, reason, message };
      return { ready: skipped, result: Promise.resolve(skipped) };
    };
    if (!settings.enable) return skip('disabled', 'News Annotator is disabled (newsAnnotator.enable)');
    if (!settings.languages.includes(languageId)) {
      return skip('disabled', `language "${languageId}" is not in newsAnnotator.languages`);
    }
    const verdict = checkInput(text, settings.maxFileSize);
    if (!verdict.ok) return skip(verdict.reason, `not analysed: ${verdict.message}`);
    const token: RunToken = {
      get isCancellationRequested() {
        return superseded();
      },
      onCancellationRequested: (listener) => cancelled.onCancellationRequested(listener),
    };
    const document = TextDocument.create(uri, languageId, version, text);
    const failed = (err: unknown) => {
      if (err instanceof Error && err.name === 'CancelledError') return none;
      this.#host.error(`newsAnnotator: analysing ${uri} failed: ${describe(err)}`);
      // An analysis that throws yields an empty one rather than no answers at all.
      const annotations: Annotations = { blocks: [], entities: [], quotes: [], claims: [] };
      const products = toKept(fullProducts(version, text, annotations), false);
      return {
        ready: { kind: 'analysed', document, tokens: products.tokens, payload: products.annotations } satisfies Ready,
        result: Promise.resolve({ kind: 'analysed', document, annotations, tokens: products.tokens } satisfies Analysis),
      };
    };
    const base = this.acceptsDeltas ? this.#held.get(uri) : undefined;
    try {
      const got = this.#host.analyze(text, { markdown: isMarkdown(doc), previous: this.#previous.get(uri) }, token, uri, { version, base });
      let products: KeptProducts;
      let whole: Promise<Annotations | PackedAnnotations>;
      if (isOutcome(got)) {
        products = await got.products;
        whole = got.annotations;
      } else {
        const annotations = await got;
        if (superseded()) return none;
        const edited = this.#products.holds(uri);
        products = toKept(this.#products.products(uri, version, text, isPacked(annotations) ? unpackAnnotations(annotations, text) : annotations, base), edited);
        whole = Promise.resolve(annotations);
      }
      if (superseded()) return none;
      const { tokens } = products;
      const ready: Ready = { kind: 'analysed', document, tokens, payload: products.annotations };
      const result = whole.then((annotations): Analysis | undefined => {
        if (superseded()) return undefined;
        // Packed results (from the worker) stay packed; the few documents being asked about are unpacked.
        if (isPacked(annotations)) return { kind: 'analysed', document, tokens, get annotations() { return recentlyUnpacked(uri, annotations, text); } };
        this.#previous.set(uri, annotations);
        return { kind: 'analysed', document, annotations, tokens };
      }, (err: unknown) => failed(err).result);
      return { ready, result };
    } catch (err) {
      return failed(err);
    }
  }
}

function isOutcome(x: unknown): x is EditorOutcome {
  return typeof x === 'object' && x !== null && 'products' in x && x.products instanceof Promise;
}

function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
