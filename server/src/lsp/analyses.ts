// One analysis per document version, shared by every feature and the annotations notification.
// Typing bursts are debounced per document; work for a version that has been superseded is
// cancelled (through the analysis' CancellationToken) and its result is never published.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, AnalyzeOptions, CancellationToken } from '../analysis/types';
import { checkInput } from '../analysis/limits';
import type { AnnotationsNotification, NewsAnnotatorSettings } from '../protocol';

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
  analyze(text: string, options: AnalyzeOptions, token: CancellationToken): Annotations;
  /** Called once per version with its analysis, only while that version is still current. */
  publish(analysis: Analysis): void;
  error(message: string): void;
}

const MARKDOWN_FILE = /\.(?:md|markdown|mdx|mkd)$/i;

export function isMarkdown(doc: Pick<DocumentSource, 'uri' | 'languageId'>): boolean {
  return doc.languageId === 'markdown' || MARKDOWN_FILE.test(doc.uri.split(/[?#]/)[0]!);
}

export class DocumentAnalyses {
  readonly #host: AnalysesHost;
  readonly #delay: number;
  readonly #entries = new Map<string, { version: number; result: Promise<Analysis | undefined> }>();
  readonly #timers = new Map<string, ReturnType<typeof setTimeout>>();
  readonly #published = new Map<string, number>();

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
    const result = this.#run(doc);
    this.#entries.set(uri, { version: doc.version, result });
    return result;
  }

  /** Analyse (and publish) after `delayMs` of quiet; a newer call for the same document replaces this one. */
  schedule(uri: string, delayMs = this.#delay): void {
    const pending = this.#timers.get(uri);
    if (pending) clearTimeout(pending);
    this.#timers.set(uri, setTimeout(() => {
      this.#timers.delete(uri);
      void this.#publishCurrent(uri);
    }, delayMs));
  }

  /** Forget everything about a closed document. */
  close(uri: string): void {
    const pending = this.#timers.get(uri);
    if (pending) clearTimeout(pending);
    this.#timers.delete(uri);
    this.#entries.delete(uri);
    this.#published.delete(uri);
  }

  /** Settings changed: every analysis may differ; re-analyse and re-publish the given documents. */
  invalidate(uris: Iterable<string>): void {
    this.#entries.clear();
    this.#published.clear();
    for (const uri of uris) this.schedule(uri, 0);
  }

  dispose(): void {
    for (const t of this.#timers.values()) clearTimeout(t);
    this.#timers.clear();
    this.#entries.clear();
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

  async #run(doc: DocumentSource): Promise<Analysis | undefined> {
    const { uri, version, languageId } = doc;
    // Read the text now: by the time settings arrive the store may hold a newer version.
    const text = doc.getText();
    const settings = await this.#host.settings(uri);
    if (this.#isStale(uri, version)) return undefined;
    const skip = (reason: 'binary' | 'too-large' | 'disabled', message: string): Analysis => ({ kind: 'skipped', uri, version, reason, message });
    if (!settings.enable) return skip('disabled', 'News Annotator is disabled (newsAnnotator.enable)');
    if (!settings.languages.includes(languageId)) {
      return skip('disabled', `language "${languageId}" is not in newsAnnotator.languages`);
    }
    const verdict = checkInput(text, settings.maxFileSize);
    if (!verdict.ok) return skip(verdict.reason, `not analysed: ${verdict.message}`);
    const superseded = (): boolean => this.#isStale(uri, version);
    const token: CancellationToken = {
      get isCancellationRequested() {
        return superseded();
      },
    };
    try {
      const annotations = this.#host.analyze(text, { markdown: isMarkdown(doc) }, token);
      return { kind: 'analysed', document: TextDocument.create(uri, languageId, version, text), annotations };
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
