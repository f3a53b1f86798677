// The claims map feature: `newsAnnotator.showClaimsMap` opens the map beside an article (from the
// palette, the editor title or a `command:` link in the claims table, with the article's URI as
// argument or the active editor's), and `newsAnnotator.getClaimsMapModel` hands tests the model
// the open map draws.
import * as vscode from 'vscode';
import { articleLanguages, isArticle, type AnnotationsEvent, type ClientGetter } from './articleExport';
import { ClaimsMapPanel, GET_CLAIMS_MAP_MODEL_COMMAND, SHOW_CLAIMS_MAP_COMMAND, type ClaimsMapSnapshot } from './panel';

/** Context key for the editor-title button's `when`: `resourceLangId in newsAnnotator.articleLanguages`. */
const LANGUAGES_CONTEXT = 'newsAnnotator.articleLanguages';

/**
 * `onAnnotations`, when given (the client's annotation store's onDidChange), refreshes the map
 * after each analysis; without it the map refreshes a moment after each edit.
 */
export function registerClaimsMap(context: vscode.ExtensionContext, getClient: ClientGetter, onAnnotations?: AnnotationsEvent): void {
  const setLanguages = () => void vscode.commands.executeCommand('setContext', LANGUAGES_CONTEXT, articleLanguages());
  setLanguages();
  context.subscriptions.push(
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.languages')) setLanguages();
    }),
    vscode.commands.registerCommand(SHOW_CLAIMS_MAP_COMMAND, async (target?: unknown) => {
      const document = await articleFor(target);
      if (!document) {
        void vscode.window.showInformationMessage('Open a news article to show its claims map.');
        return;
      }
      ClaimsMapPanel.show(context.extensionUri, getClient, document, onAnnotations);
    }),
    vscode.commands.registerCommand(GET_CLAIMS_MAP_MODEL_COMMAND, (): ClaimsMapSnapshot | null => ClaimsMapPanel.current?.snapshot ?? null),
    { dispose: () => ClaimsMapPanel.current?.dispose() },
  );
}

/** The article a command was run for: a URI (string or Uri) from a menu or link, else the active editor's. */
async function articleFor(target: unknown): Promise<vscode.TextDocument | undefined> {
  const uri = target instanceof vscode.Uri ? target : typeof target === 'string' && target.length > 0 ? vscode.Uri.parse(target) : undefined;
  if (uri) {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    try {
      return open ?? (await vscode.workspace.openTextDocument(uri));
    } catch {
      return undefined;
    }
  }
  const active = vscode.window.activeTextEditor?.document;
  if (active && isArticle(active)) return active;
  return vscode.window.visibleTextEditors.map((e) => e.document).find(isArticle);
}
