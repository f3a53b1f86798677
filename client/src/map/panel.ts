// The claims map panel: a webview beside the article that draws the map model. The panel
// follows the active article, rebuilds the model after edits, reveals what a marker stands for
// when it is clicked, and highlights the markers under the editor's cursor.
import * as vscode from 'vscode';
import { nonce } from '../nonce';
import { ArticleExports, isArticle, type AnnotationsEvent, type ClientGetter, type ExportOutcome } from './articleExport';
import { isFromWebview, type ToWebview } from './messages';
import { buildMapModel, placesAtOffset, type MapModel } from './model';
import { revealSpan } from '../reveal';

export const SHOW_CLAIMS_MAP_COMMAND = 'newsAnnotator.showClaimsMap';
export const GET_CLAIMS_MAP_MODEL_COMMAND = 'newsAnnotator.getClaimsMapModel';
const VIEW_TYPE = 'newsAnnotator.claimsMap';

/** What `newsAnnotator.getClaimsMapModel` returns: the model the open map shows. */
export interface ClaimsMapSnapshot {
  readonly uri: string;
  readonly version: number;
  readonly model: MapModel;
}

export class ClaimsMapPanel implements vscode.Disposable {
  static current: ClaimsMapPanel | undefined;

  readonly #panel: vscode.WebviewPanel;
  readonly #exports: ArticleExports;
  readonly #disposables: vscode.Disposable[] = [];
  #snapshot: ClaimsMapSnapshot | undefined;
  #status: string | undefined;
  #highlight: readonly string[] = [];
  /** The last model sent, serialised: an analysis that changes nothing on the map redraws nothing. */
  #posted = '';

  static show(extensionUri: vscode.Uri, getClient: ClientGetter, document: vscode.TextDocument, onAnnotations?: AnnotationsEvent): ClaimsMapPanel {
    const existing = ClaimsMapPanel.current;
    if (existing) {
      existing.#panel.reveal(vscode.ViewColumn.Beside, true);
      if (existing.#exports.document !== document) existing.#follow(document);
      return existing;
    }
    const panel = vscode.window.createWebviewPanel(
      VIEW_TYPE,
      'Claims Map',
      { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true },
      { enableScripts: true, localResourceRoots: [webviewRoot(extensionUri), mediaRoot(extensionUri)] },
    );
    return (ClaimsMapPanel.current = new ClaimsMapPanel(panel, extensionUri, getClient, document, onAnnotations));
  }

  private constructor(panel: vscode.WebviewPanel, extensionUri: vscode.Uri, getClient: ClientGetter, document: vscode.TextDocument, onAnnotations?: AnnotationsEvent) {
    this.#panel = panel;
    this.#exports = new ArticleExports(getClient, (outcome) => this.#onExport(outcome), onAnnotations);
    panel.webview.html = html(panel.webview, extensionUri);
    this.#disposables.push(
      this.#exports,
      panel.onDidDispose(() => this.dispose()),
      panel.onDidChangeViewState(({ webviewPanel }) => (webviewPanel.visible ? this.#exports.resume() : this.#exports.pause())),
      panel.webview.onDidReceiveMessage((message: unknown) => this.#onMessage(message)),
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        // Focusing the map leaves no active editor: keep the article until another one is chosen.
        if (editor && editor.document !== this.#exports.document && isArticle(editor.document)) this.#follow(editor.document);
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (e.textEditor.document === this.#exports.document) this.#highlightAt(e.textEditor);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (e.affectsConfiguration('newsAnnotator')) this.#exports.refresh();
      }),
      vscode.workspace.onDidCloseTextDocument((closed) => {
        if (closed === this.#exports.document) this.#setStatus('The article was closed. Open an article and run “Show Claims Map”.');
      }),
    );
    this.#follow(document);
  }

  get snapshot(): ClaimsMapSnapshot | undefined {
    return this.#snapshot;
  }

  #follow(document: vscode.TextDocument): void {
    this.#snapshot = undefined;
    this.#panel.title = `Claims Map: ${basename(document.uri)}`;
    this.#setStatus('Reading the article…');
    this.#exports.follow(document);
  }

  #onExport(outcome: ExportOutcome): void {
    if (outcome.kind === 'unavailable') {
      this.#snapshot = undefined;
      this.#setStatus(outcome.message);
      return;
    }
    const model = buildMapModel(outcome.json, outcome.text);
    this.#snapshot = { uri: outcome.document.uri.toString(), version: outcome.version, model };
    this.#status = undefined;
    const message: ToWebview = { type: 'model', title: basename(outcome.document.uri), model };
    const serialised = JSON.stringify(message);
    if (serialised !== this.#posted) {
      this.#posted = serialised;
      this.#post(message);
    }
    const editor = vscode.window.visibleTextEditors.find((e) => e.document === outcome.document);
    if (editor) this.#highlightAt(editor);
  }

  #highlightAt(editor: vscode.TextEditor): void {
    if (!this.#snapshot) return;
    const ids = placesAtOffset(this.#snapshot.model, editor.document.offsetAt(editor.selection.active));
    if (ids.length === this.#highlight.length && ids.every((id, i) => id === this.#highlight[i])) return;
    this.#highlight = ids;
    this.#post({ type: 'highlight', ids });
  }

  #setStatus(message: string): void {
    this.#status = message;
    this.#posted = '';
    this.#post({ type: 'status', message });
  }

  #onMessage(message: unknown): void {
    if (!isFromWebview(message)) return;
    if (message.type === 'ready') {
      // A webview that was hidden starts afresh: send it what it showed.
      this.#posted = '';
      if (this.#snapshot) {
        this.#post({ type: 'model', title: basename(vscode.Uri.parse(this.#snapshot.uri)), model: this.#snapshot.model });
        this.#post({ type: 'highlight', ids: this.#highlight });
      } else if (this.#status) {
        this.#post({ type: 'status', message: this.#status });
      }
      return;
    }
    const document = this.#exports.document;
    if (document && !document.isClosed) void revealSpan(document.uri, message);
  }

  #post(message: ToWebview): void {
    void this.#panel.webview.postMessage(message);
  }

  dispose(): void {
    if (ClaimsMapPanel.current === this) ClaimsMapPanel.current = undefined;
    for (const d of this.#disposables.splice(0)) d.dispose();
    this.#panel.dispose();
  }
}

function webviewRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'client', 'dist', 'map');
}

function mediaRoot(extensionUri: vscode.Uri): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'client', 'media', 'map');
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1) || uri.toString();
}


/**
 * The page: a strict Content-Security-Policy (nothing from outside the extension, one nonce'd
 * script from its dist, the stylesheet from its media), and empty containers the script fills.
 */
function html(webview: vscode.Webview, extensionUri: vscode.Uri): string {
  const script = webview.asWebviewUri(vscode.Uri.joinPath(webviewRoot(extensionUri), 'map.js'));
  const style = webview.asWebviewUri(vscode.Uri.joinPath(mediaRoot(extensionUri), 'map.css'));
  const n = nonce();
  const csp = [`default-src 'none'`, `style-src ${webview.cspSource}`, `img-src ${webview.cspSource}`, `script-src 'nonce-${n}'`].join('; ');
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<link rel="stylesheet" href="${style}">
<title>Claims Map</title>
</head>
<body>
<main>
  <p id="status" role="status" aria-live="polite">Loading the map…</p>
  <section id="map-section" aria-labelledby="map-heading" hidden>
    <h1 id="map-heading">Places and territorial claims</h1>
    <ul id="legend" aria-label="Claim types"></ul>
    <div id="zoom-controls" role="toolbar" aria-label="Map view" aria-controls="map">
      <button id="zoom-in" type="button" title="Zoom in (+)" aria-label="Zoom in">+</button>
      <button id="zoom-out" type="button" title="Zoom out (−)" aria-label="Zoom out">−</button>
      <button id="reset-view" type="button" title="Reset view (0)">Reset view</button>
    </div>
    <div id="map"></div>
    <div id="tooltip" role="tooltip" hidden></div>
    <p id="frame-note" hidden><span id="offview"></span> <button id="fit" type="button"></button></p>
  </section>
  <section id="unplaced-section" aria-labelledby="unplaced-heading" hidden>
    <h2 id="unplaced-heading">Places without coordinates</h2>
    <ul id="unplaced"></ul>
  </section>
</main>
<script nonce="${n}" src="${script}"></script>
</body>
</html>`;
}
