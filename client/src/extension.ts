// Wires the thin client: settings → server → annotation store → decorations, status and views.
import * as vscode from 'vscode';
import { AnnotationStore } from './annotationStore';
import type { NewsAnnotatorApi } from './api';
import { ClaimsTable } from './claimsTable';
import { ServerController } from './client';
import { registerCommands } from './commands';
import { Decorator } from './decorations';
import { registerClaimsMap } from './map';
import { documentSelector, needsRestart, readSettings } from './settings';
import { registerSpeakersView } from './speakers';
import { AnnotationStatus } from './statusBar';

let server: ServerController | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NewsAnnotatorApi> {
  let settings = readSettings();
  const store = new AnnotationStore();
  const output = vscode.window.createOutputChannel('News Annotator', { log: true });
  const controller = new ServerController(context, output, store);
  server = controller;
  const decorator = new Decorator(store, settings);
  const status = new AnnotationStatus(store, documentSelector(settings), () => controller.state);
  const claimsTable = new ClaimsTable(controller, store);

  context.subscriptions.push(
    output,
    controller,
    decorator,
    status,
    claimsTable,
    controller.onDidChangeState(() => status.refresh()),
    vscode.workspace.onDidCloseTextDocument((doc) => store.delete(doc.uri.toString())),
    ...registerCommands({ server: controller, decorator, claimsTable, settings: () => settings }),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (!e.affectsConfiguration('newsAnnotator')) return;
      const before = settings;
      settings = readSettings();
      status.selector = documentSelector(settings);
      decorator.updateSettings(settings);
      if (!settings.enable) store.rejectWaiters('News Annotator is turned off (newsAnnotator.enable).');
      // Other settings reach the running server through workspace/didChangeConfiguration.
      if (needsRestart(before, settings)) void controller.restart(settings);
    }),
  );

  const annotations = (listener: (uri: string | undefined) => void) => store.onDidChange(listener);
  registerClaimsMap(context, () => controller.client, annotations);
  registerSpeakersView(context, () => controller.client, annotations);

  await controller.start(settings);

  return {
    getAppliedDecorations: (uri) => decorator.applied(uri.toString()),
    whenReady: async (uri) => {
      if (!settings.enable) throw new Error('News Annotator is turned off (newsAnnotator.enable).');
      const key = uri.toString();
      const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === key);
      await store.waitFor(key, open?.version ?? 0);
    },
    getStatus: () => status.current,
    get decorationsVisible() {
      return decorator.visible;
    },
    get serverState() {
      return controller.state;
    },
  };
}

export async function deactivate(): Promise<void> {
  await server?.stop();
  server = undefined;
}
