// One analysis per document version, shared by every feature and the annotations notification.
// Typing bursts are debounced per document; work for a version that has been superseded is
// cancelled (through the analysis' CancellationToken) and its result is never published.
import { cancellationSource, type ObservableToken } from '../analysis/cancellation';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, AnalyzeOptions } from '../analysis/types';
import { checkInput } from '../analysis/limits';
import type { AnnotationsNotification, NewsAnnotatorSettings } from '../protocol';
import { forgetUnpacked, isPacked, recentlyUnpacked, type PackedAnnotations } from './packedAnnotations';

/** The text and identity of a document version, as the host's document store gives it. */
export interface DocumentSource {
  readonly uri: string;
  readonly languageId: string;
  readonly version: number;
  getText(): string;
}

export type Analysis =
  | {
      readonly kind: 'analysed';
      /** A snapshot of the version analysed: positions stay right even after later edits. */
      readonly document: TextDocument;
      readonly annotations: Annotations;
    }
  | {
      readonly kind: 'skipped';
      readonly uri: string;
      readonly version: number;
      readonly reason: NonNullable<AnnotationsNotification.Params['skipped']>['reason'];
      readonly message: string;
    };

export interface AnalysesHost {
  /** The current version of an open document, undefined once it is closed. */
  document(uri: string): DocumentSource | undefined;
  settings(uri: string): Promise<NewsAnnotatorSettings>;
  /** In process or in a worker; `token` fires as soon as a newer version (or a close) makes the work pointless. */
  analyze(text: string, options: AnalyzeOptions, token: RunToken, uri: string): Annotations | PackedAnnotations | Promise<Annotations | PackedAnnotations>;
  /** Called once per version with its analysis, only while that version is still current. */
  publish(analysis: Analysis): void;
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
  readonly #entries = new Map<string, { version: number; result: Promise<Analysis | undefined>; cancel: () => void }>();
  /** The pending publication of each document: for which version, and when it is due. */
  readonly #timers = new Map<string, { readonly handle: ReturnType<typeof setTimeout>; readonly version: number | undefined; readonly due: number }>();
  readonly #published = new Map<string, number>();
  /** The last annotations of each document, handed to the next analysis so unchanged blocks are reused. */
  readonly #previous = new Map<string, Annotations>();

  constructor(host: AnalysesHost, delayMs = 100) {
    this.#host = host;
    this.#delay = delayMs;
  }

  /**
   * The analysis of the document's current version: the cached one, or a new one started now.
   * Undefined when the document is not open, or changed before its analysis could finish.
   */
  get(uri: string): Promise<Analysis | undefined> {
    const doc = this.#host.document(uri);
    if (!doc) return Promise.resolve(undefined);
    const entry = this.#entries.get(uri);
    if (entry && entry.version === doc.version) return entry.result;
    entry?.cancel();
    const run = cancellationSource();
    const result = this.#run(doc, run.token);
    this.#entries.set(uri, { version: doc.version, result, cancel: run.cancel });
    return result;
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

  /** Forget everything about a closed document. */
  close(uri: string): void {
    const pending = this.#timers.get(uri);
    if (pending) clearTimeout(pending.handle);
    this.#timers.delete(uri);
    this.#entries.get(uri)?.cancel();
    this.#entries.delete(uri);
    this.#published.delete(uri);
    this.#previous.delete(uri);
    forgetUnpacked(uri);
  }

  /** Settings changed: every analysis may differ; re-analyse and re-publish the given documents. */
  invalidate(uris: Iterable<string>): void {
    for (const entry of this.#entries.values()) entry.cancel();
    this.#entries.clear();
    this.#published.clear();
    this.#previous.clear();
    for (const uri of uris) this.schedule(uri, 0);
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
      const analysis = await this.get(uri);
      if (!analysis) return;
      const version = analysis.kind === 'analysed' ? analysis.document.version : analysis.version;
      if (this.#isStale(uri, version) || this.#published.get(uri) === version) return;
      this.#published.set(uri, version);
      this.#host.publish(analysis);
    } catch (err) {
      this.#host.error(`newsAnnotator: publishing ${uri} failed: ${describe(err)}`);
    }
  }

  async #run(doc: DocumentSource, cancelled: RunToken): Promise<Analysis | undefined> {
    const { uri, version, languageId } = doc;
    // Read the text now: by the time settings arrive the store may hold a newer version.
    const text = doc.getText();
    const superseded = (): boolean => cancelled.isCancellationRequested || this.#isStale(uri, version);
    const settings = await this.#host.settings(uri);
    if (superseded()) return undefined;
    const skip = (reason: AnnotationsNotification.SkipReason, message: string): Analysis => ({ kind: 'skipped', uri, version, reason, message });
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
    try {
      const annotations = await this.#host.analyze(text, { markdown: isMarkdown(doc), previous: this.#previous.get(uri) }, token, uri);
      if (superseded()) return undefined;
      const document = TextDocument.create(uri, languageId, version, text);
      // Packed results (from the worker) stay packed; the few documents being asked about are unpacked.
      if (isPacked(annotations)) return { kind: 'analysed', document, get annotations() { return recentlyUnpacked(uri, annotations, text); } };
      this.#previous.set(uri, annotations);
      return { kind: 'analysed', document, annotations };
    } catch (err) {
      if (err instanceof Error && err.name === 'CancelledError') return undefined;
      this.#host.error(`newsAnnotator: analysing ${uri} failed: ${describe(err)}`);
      // An analysis that throws yields an empty one rather than no answers at all.
      return {
        kind: 'analysed',
        document: TextDocument.create(uri, languageId, version, text),
        annotations: { blocks: [], entities: [], quotes: [], claims: [] },
      };
    }
  }
}


function describe(err: unknown): string {
  return err instanceof Error ? (err.stack ?? err.message) : String(err);
}
