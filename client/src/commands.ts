// The palette commands, each a thin call into the piece that does the work. Each returns its
// result so tests (and other extensions) can run it through executeCommand and check it.
import * as vscode from 'vscode';
import type { ClaimsTable } from './claimsTable';
import type { ServerController } from './client';
import type { Decorator } from './decorations';
import { exportJson } from './export';
import { registerRevealCommand } from './reveal';
import type { ClientSettings } from './settings';

export interface CommandDeps {
  readonly server: ServerController;
  readonly decorator: Decorator;
  readonly claimsTable: ClaimsTable;
  readonly settings: () => ClientSettings;
}

export function registerCommands(deps: CommandDeps): vscode.Disposable[] {
  const { server, decorator, claimsTable, settings } = deps;
  return [
    vscode.commands.registerCommand('newsAnnotator.toggleAnnotations', () => decorator.toggle()),
    vscode.commands.registerCommand('newsAnnotator.exportJson', (target?: unknown, source?: unknown) =>
      exportJson(server, asUri(target), asUri(source)),
    ),
    vscode.commands.registerCommand('newsAnnotator.showClaimsTable', (source?: unknown) => {
      const uri = asUri(source) ?? vscode.window.activeTextEditor?.document.uri;
      if (!uri) {
        void vscode.window.showWarningMessage('News Annotator: open an article to see its claims.');
        return undefined;
      }
      return claimsTable.show(uri);
    }),
    vscode.commands.registerCommand('newsAnnotator.restartServer', () => server.restart(settings())),
    registerRevealCommand(),
  ];
}

/** Accepts a Uri (from code or a menu) and ignores anything else a caller passes. */
function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}
