// A language status item for the active article: `3 quotes · 5 people · 2 claims`, or why the
// document was not analysed. It only changes text; it never raises notifications, so a skipped
// file is reported once, where the user looks for it.
import * as vscode from 'vscode';
import type { AnnotationStore } from './annotationStore';
import { describeStatus, type ServerState, type StatusText } from './statusText';

export class AnnotationStatus implements vscode.Disposable {
  readonly #item: vscode.LanguageStatusItem;
  readonly #store: AnnotationStore;
  readonly #state: () => ServerState;
  readonly #disposables: vscode.Disposable[] = [];
  #current: StatusText;

  constructor(store: AnnotationStore, selector: vscode.DocumentSelector, state: () => ServerState) {
    this.#store = store;
    this.#state = state;
    this.#item = vscode.languages.createLanguageStatusItem('newsAnnotator.status', selector);
    this.#item.name = 'News Annotator';
    this.#current = describeStatus(state(), undefined);
    this.#disposables.push(
      store.onDidChange(() => this.refresh()),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
    );
    this.refresh();
  }

  set selector(selector: vscode.DocumentSelector) {
    this.#item.selector = selector;
  }

  /** What the item shows now (for the extension API and tests). */
  get current(): StatusText {
    return this.#current;
  }

  refresh(): void {
    const uri = vscode.window.activeTextEditor?.document.uri.toString();
    const status = describeStatus(this.#state(), uri === undefined ? undefined : this.#store.get(uri));
    this.#current = status;
    this.#item.text = status.text;
    this.#item.detail = status.detail;
    this.#item.busy = status.busy;
    this.#item.severity = status.severity === 'warning' ? vscode.LanguageStatusSeverity.Warning : vscode.LanguageStatusSeverity.Information;
    this.#item.command = status.severity === 'information' && !status.busy
      ? { title: 'Claims table', command: 'newsAnnotator.showClaimsTable', tooltip: 'Show the territorial claims of this article' }
      : undefined;
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
    this.#item.dispose();
  }
}
