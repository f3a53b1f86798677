// Selects a span of an article in its editor and scrolls it into view, for clicks on map
// markers and on speakers-tree items.
import * as vscode from 'vscode';

export const REVEAL_COMMAND = 'newsAnnotator.revealSpan';

export async function revealSpan(uri: vscode.Uri, start: number, end: number): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const length = document.getText().length;
  const from = document.positionAt(Math.max(0, Math.min(start, length)));
  const to = document.positionAt(Math.max(0, Math.min(end, length)));
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  editor.selection = new vscode.Selection(from, to);
  editor.revealRange(new vscode.Range(from, to), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

/** `newsAnnotator.revealSpan(uri, start, end)`: the tree items' click command. */
export function registerRevealCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, (uri: unknown, start: unknown, end: unknown) => {
    const target = typeof uri === 'string' ? vscode.Uri.parse(uri) : uri instanceof vscode.Uri ? uri : undefined;
    if (!target || !Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return;
    return revealSpan(target, start as number, end as number);
  });
}
