// `newsAnnotator.revealSpan(uri, start, end)`: the one internal command that selects a span of an
// article and scrolls it into view, for the claims table's links, the map's markers and the
// speakers tree. Offsets are the analysis's UTF-16 offsets (see spanOffsets.ts).
import * as vscode from 'vscode';
import { revealSpanArgs, spanPositions, type Span } from './spanOffsets';

export const REVEAL_COMMAND = 'newsAnnotator.revealSpan';

export async function revealSpan(uri: vscode.Uri, span: Span): Promise<void> {
  const document = await vscode.workspace.openTextDocument(uri);
  const { from, to } = spanPositions(document, span);
  // Reuse the column the article is shown in; a webview beside it must not get a second copy.
  const visible = vscode.window.visibleTextEditors.find((e) => e.document === document);
  const editor = await vscode.window.showTextDocument(document, { viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One, preserveFocus: false });
  editor.selection = new vscode.Selection(from, to);
  editor.revealRange(new vscode.Range(from, to), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

export function registerRevealCommand(): vscode.Disposable {
  return vscode.commands.registerCommand(REVEAL_COMMAND, (uri: unknown, start: unknown, end: unknown) => {
    const target = uri instanceof vscode.Uri ? uri : typeof uri === 'string' ? parseUri(uri) : undefined;
    const span = revealSpanArgs(start, end);
    return target && span ? revealSpan(target, span) : undefined;
  });
}

function parseUri(value: string): vscode.Uri | undefined {
  try {
    return vscode.Uri.parse(value, true);
  } catch {
    return undefined;
  }
}
