// Exports the active article's annotations as JSON (the `annotate --format json` shape). The file
// is written whole or not at all: to a temporary sibling first, then renamed over the target.
// An existing file is replaced only after the user agrees (the save dialog asks; a target passed
// in by a caller is confirmed with a modal that defaults to keeping the file).
import * as vscode from 'vscode';
import { ExportRequest } from '../../server/src/protocol';
import type { ServerController } from './client';
import { defaultExportName, tempName } from './exportPaths';

export async function exportJson(server: ServerController, target?: vscode.Uri, source?: vscode.Uri): Promise<vscode.Uri | undefined> {
  const document = source ?? vscode.window.activeTextEditor?.document.uri;
  if (!document) {
    void vscode.window.showWarningMessage('News Annotator: open an article to export its annotations.');
    return undefined;
  }
  const client = server.client;
  if (!client) {
    void vscode.window.showWarningMessage('News Annotator is turned off (newsAnnotator.enable).');
    return undefined;
  }
  const json = await client.sendRequest(ExportRequest.type, { uri: document.toString() });
  if (!json) {
    void vscode.window.showWarningMessage('News Annotator: this document was not analysed (not an article language, too large or binary), so there is nothing to export.');
    return undefined;
  }

  let destination = target;
  if (destination) {
    if ((await exists(destination)) && !(await confirmReplace(destination))) return undefined;
  } else {
    destination = await vscode.window.showSaveDialog({
      defaultUri: vscode.Uri.joinPath(document, '..', defaultExportName(document.path)),
      filters: { JSON: ['json'] },
      saveLabel: 'Export',
      title: 'Export annotations as JSON',
    });
    if (!destination) return undefined;
  }

  await writeWhole(destination, new TextEncoder().encode(`${JSON.stringify(json, null, 2)}\n`));
  void vscode.window.showInformationMessage(
    `Exported ${json.quotes.length} quotes, ${json.entities.length} entities and ${json.claims.length} claims to ${basename(destination)}.`,
  );
  return destination;
}

async function writeWhole(target: vscode.Uri, bytes: Uint8Array): Promise<void> {
  const temp = vscode.Uri.joinPath(target, '..', tempName(basename(target)));
  await vscode.workspace.fs.writeFile(temp, bytes);
  try {
    await vscode.workspace.fs.rename(temp, target, { overwrite: true });
  } catch (e) {
    await vscode.workspace.fs.delete(temp).then(undefined, () => undefined);
    throw e;
  }
}

async function exists(uri: vscode.Uri): Promise<boolean> {
  try {
    await vscode.workspace.fs.stat(uri);
    return true;
  } catch {
    return false;
  }
}

async function confirmReplace(uri: vscode.Uri): Promise<boolean> {
  const replace = 'Replace';
  const answer = await vscode.window.showWarningMessage(
    `${basename(uri)} already exists. Replace it?`,
    { modal: true, detail: 'The existing file will be overwritten with the exported annotations.' },
    replace,
  );
  return answer === replace;
}

function basename(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}
