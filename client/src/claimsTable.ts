// The claims table: one webview panel, reused, showing the claims of one article and refreshed
// when its annotations change. Rows link to their lines through a command URI; no scripts run.
import * as vscode from 'vscode';
import { nonce } from './nonce';
import { ClaimsTableRequest } from '../../server/src/protocol';
import type { AnnotationStore } from './annotationStore';
import { claimsTableHtml } from './claimsTableHtml';
import type { ServerController } from './client';
import { SHOW_CLAIMS_MAP_COMMAND } from './map/panel';
import { REVEAL_COMMAND } from './reveal';

export class ClaimsTable implements vscode.Disposable {
  readonly #server: ServerController;
  #panel: vscode.WebviewPanel | undefined;
  #uri: vscode.Uri | undefined;
  readonly #disposables: vscode.Disposable[] = [];

  constructor(server: ServerController, store: AnnotationStore) {
    this.#server = server;
    this.#disposables.push(
      store.onDidChange((uri) => {
        if (this.#panel && this.#uri && (uri === undefined || uri === this.#uri.toString())) void this.#render();
      }),
    );
  }

  /** Opens (or retargets) the table on `uri`; resolves with the rows shown, null if not analysed. */
  async show(uri: vscode.Uri): Promise<readonly ClaimsTableRequest.Row[] | null> {
    this.#uri = uri;
    if (!this.#panel) {
      this.#panel = vscode.window.createWebviewPanel('newsAnnotator.claimsTable', 'Claims', { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
        enableScripts: false,
        enableCommandUris: [REVEAL_COMMAND, SHOW_CLAIMS_MAP_COMMAND],
        localResourceRoots: [],
      });
      this.#panel.onDidDispose(() => {
        this.#panel = undefined;
      }, undefined, this.#disposables);
    } else {
      this.#panel.reveal(vscode.ViewColumn.Beside, true);
    }
    return this.#render();
  }

  async #render(): Promise<readonly ClaimsTableRequest.Row[] | null> {
    const panel = this.#panel;
    const uri = this.#uri;
    if (!panel || !uri) return null;
    const client = this.#server.client;
    const rows = client ? await client.sendRequest(ClaimsTableRequest.type, { uri: uri.toString() }) : null;
    // The panel may have been retargeted or closed while the request ran.
    if (panel !== this.#panel || uri !== this.#uri) return rows;
    const name = uri.path.slice(uri.path.lastIndexOf('/') + 1);
    panel.title = `Claims: ${name}`;
    panel.webview.html = claimsTableHtml({ title: `Territorial claims in ${name}`, uri: uri.toString(), rows, nonce: nonce(), revealCommand: REVEAL_COMMAND, mapCommand: SHOW_CLAIMS_MAP_COMMAND });
    return rows;
  }

  dispose(): void {
    this.#panel?.dispose();
    for (const d of this.#disposables) d.dispose();
  }
}

