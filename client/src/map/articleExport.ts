// Follows one article for a view: asks the server for its annotate JSON (`newsAnnotator/export`)
// whenever the server has analysed it anew (the client's `newsAnnotator/annotations` event) or,
// without that event, a moment after the last edit; and hands on only answers that still match
// the text shown. The claims map and the speakers view each own one.
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { AnnotationsJson } from '../../../server/src/analysis/serialize';
import { ExportRequest } from '../../../server/src/protocol';
import { readSettings } from '../settings';

export type ClientGetter = () => BaseLanguageClient | undefined;

/**
 * Subscribes to the client's annotations notifications: the listener gets the URI analysed, or
 * undefined when all were dropped at once. (A language client keeps one handler per
 * notification, so the views listen to the client's store rather than to the client.)
 */
export type AnnotationsEvent = (listener: (uri: string | undefined) => void) => { dispose(): void };

const EDIT_DELAY_MS = 350;
/** After a notification the analysis is ready: only gather notifications that come together. */
const ANALYSED_DELAY_MS = 30;
const NO_CLIENT_RETRY_MS = 1000;
const NO_CLIENT_RETRIES = 30;

/** The language ids News Annotator analyses (the `newsAnnotator.languages` setting). */
export function articleLanguages(): readonly string[] {
  return readSettings().languages;
}

/** Whether News Annotator analyses this document. */
export function isArticle(document: vscode.TextDocument): boolean {
  return articleLanguages().includes(document.languageId) && document.uri.scheme !== 'output';
}

export type ExportOutcome =
  | { readonly kind: 'ok'; readonly document: vscode.TextDocument; readonly version: number; readonly text: string; readonly json: AnnotationsJson }
  | { readonly kind: 'unavailable'; readonly document: vscode.TextDocument; readonly message: string };

/** One export now, or an explanation of why there is none. */
export async function requestExport(getClient: ClientGetter, document: vscode.TextDocument, token?: vscode.CancellationToken): Promise<ExportOutcome> {
  const client = getClient();
  if (!client) return { kind: 'unavailable', document, message: 'Waiting for the News Annotator server to start…' };
  const version = document.version;
  const text = document.getText();
  try {
    const json = await client.sendRequest(ExportRequest.type, { uri: document.uri.toString() }, token);
    if (!json) return { kind: 'unavailable', document, message: 'News Annotator does not analyse this document (disabled, too large or not text).' };
    return { kind: 'ok', document, version, text, json };
  } catch (error) {
    return { kind: 'unavailable', document, message: `The News Annotator server did not answer: ${error instanceof Error ? error.message : String(error)}` };
  }
}

export class ArticleExports implements vscode.Disposable {
  #document: vscode.TextDocument | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pending: vscode.CancellationTokenSource | undefined;
  #retries = 0;
  #disposed = false;
  /** While paused (the view is hidden) edits only mark the answer out of date. */
  #paused = false;
  #stale = false;
  readonly #subscription: { dispose(): void };

  constructor(
    private readonly getClient: ClientGetter,
    private readonly onOutcome: (outcome: ExportOutcome) => void,
    onAnnotations?: AnnotationsEvent,
  ) {
    this.#subscription = onAnnotations
      ? onAnnotations((uri) => {
          if (this.#document && (uri === undefined || uri === this.#document.uri.toString())) this.#schedule(ANALYSED_DELAY_MS);
        })
      : vscode.workspace.onDidChangeTextDocument((e) => {
          if (e.document === this.#document && e.contentChanges.length > 0) this.#schedule(EDIT_DELAY_MS);
        });
  }

  get document(): vscode.TextDocument | undefined {
    return this.#document;
  }

  /** Follow this document (or none) and fetch it at once. */
  follow(document: vscode.TextDocument | undefined): void {
    this.#document = document;
    this.#retries = 0;
    this.#schedule(0);
  }

  /** Fetch the followed document again soon (settings changed: the server re-reads them first). */
  refresh(): void {
    this.#schedule(EDIT_DELAY_MS);
  }

  /** Stop fetching while nobody looks; `resume` catches up on what changed meanwhile. */
  pause(): void {
    this.#paused = true;
  }

  resume(): void {
    this.#paused = false;
    if (this.#stale) this.#schedule(0);
  }

  #schedule(delay: number): void {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = undefined;
    if (this.#disposed || !this.#document) return;
    this.#stale = true;
    if (this.#paused) return;
    this.#timer = setTimeout(() => void this.#fetch(), delay);
  }

  async #fetch(): Promise<void> {
    this.#timer = undefined;
    const document = this.#document;
    if (!document || this.#disposed) return;
    this.#stale = false;
    this.#pending?.cancel();
    const source = (this.#pending = new vscode.CancellationTokenSource());
    const outcome = await requestExport(this.getClient, document, source.token);
    source.dispose();
    // Drop answers about another document, an older text, or a request since replaced.
    if (this.#disposed || this.#pending !== source || document !== this.#document) return;
    this.#pending = undefined;
    if (outcome.kind === 'ok' && outcome.version !== document.version) return;
    if (outcome.kind === 'unavailable' && !this.getClient() && this.#retries++ < NO_CLIENT_RETRIES) this.#schedule(NO_CLIENT_RETRY_MS);
    this.onOutcome(outcome);
  }

  dispose(): void {
    this.#disposed = true;
    if (this.#timer) clearTimeout(this.#timer);
    this.#pending?.cancel();
    this.#subscription.dispose();
  }
}
