// Starts, stops and restarts the language server (server/dist/server.js over IPC). Every payload
// the server pushes goes into the annotation store; the rest of the client draws from there.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { LanguageClient, RevealOutputChannelOn, State, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { serverProcessEnv } from '../../server/src/serverProcess';
import { AnnotationsDeltaNotification, AnnotationsNotification, ResyncNotification, type NewsAnnotatorInitializationOptions } from '../../server/src/protocol';
import type { AnnotationStore } from './annotationStore';
import { documentSelector, serverSettings, type ClientSettings } from './settings';
import type { ServerState } from './statusText';

export class ServerController implements vscode.Disposable {
  readonly #context: vscode.ExtensionContext;
  readonly #output: vscode.LogOutputChannel;
  readonly #store: AnnotationStore;
  #client: LanguageClient | undefined;
  #state: ServerState = 'off';
  /** start/stop run one after another, so quick settings changes cannot interleave them. */
  #queue: Promise<void> = Promise.resolve();
  readonly #onDidChangeState = new vscode.EventEmitter<ServerState>();
  readonly onDidChangeState = this.#onDidChangeState.event;

  constructor(context: vscode.ExtensionContext, output: vscode.LogOutputChannel, store: AnnotationStore) {
    this.#context = context;
    this.#output = output;
    this.#store = store;
  }

  get client(): LanguageClient | undefined {
    return this.#client;
  }

  get state(): ServerState {
    return this.#state;
  }

  start(settings: ClientSettings): Promise<void> {
    return this.#enqueue(() => this.#start(settings));
  }

  stop(): Promise<void> {
    return this.#enqueue(() => this.#stop());
  }

  restart(settings: ClientSettings): Promise<void> {
    return this.#enqueue(async () => {
      await this.#stop();
      await this.#start(settings);
    });
  }

  dispose(): void {
    void this.stop();
    this.#onDidChangeState.dispose();
  }

  #enqueue(job: () => Promise<void>): Promise<void> {
    const next = this.#queue.then(job, job);
    this.#queue = next.catch(() => undefined);
    return next;
  }

  async #start(settings: ClientSettings): Promise<void> {
    if (!settings.enable || this.#client) return;
    const module = this.#context.asAbsolutePath('server/dist/server.js');
    // The analysis worker keeps V8's compiled code for its bundle in the extension's global
    // storage (server/src/node/codeCache.ts): later starts skip most of its compiling.
    const env = { ...serverProcessEnv(process.env), NEWS_ANNOTATOR_CODE_CACHE: join(this.#context.globalStorageUri.fsPath, 'v8-code-cache') };
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc, options: { env } },
      debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6011'] } },
    };
    const clientOptions: LanguageClientOptions = {
      documentSelector: documentSelector(settings),
      synchronize: { configurationSection: 'newsAnnotator' },
      initializationOptions: { settings: serverSettings(settings), annotationDeltas: true } satisfies NewsAnnotatorInitializationOptions,
      outputChannel: this.#output,
      revealOutputChannelOn: RevealOutputChannelOn.Never,
    };
    const client = new LanguageClient('newsAnnotator', 'News Annotator', serverOptions, clientOptions);
    // Registered before start: the client re-installs it on every connection, so annotations
    // come back after the default error handler restarts a crashed server.
    // Documents a full payload was asked for: one request until it comes, however many deltas pass.
    const resyncing = new Set<string>();
    client.onNotification(AnnotationsNotification.type, (params) => {
      resyncing.delete(params.uri);
      this.#store.update(params);
    });
    client.onNotification(AnnotationsDeltaNotification.type, (delta) => {
      if (this.#store.applyDelta(delta) !== 'resync' || resyncing.has(delta.uri)) return;
      resyncing.add(delta.uri);
      void client.sendNotification(ResyncNotification.type, { uri: delta.uri });
    });
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) this.#setState('running');
      else if (e.newState === State.Starting) this.#setState('starting');
      // Stopped without our asking: the error handler gave up restarting it.
      else if (this.#client === client) this.#setState('failed');
    });
    this.#client = client;
    this.#setState('starting');
    try {
      await client.start();
    } catch (e) {
      this.#output.error(`News Annotator server failed to start: ${e instanceof Error ? e.message : String(e)}`);
      this.#setState('failed');
    }
  }

  async #stop(): Promise<void> {
    const client = this.#client;
    this.#client = undefined;
    this.#store.clear();
    this.#setState('off');
    if (!client) return;
    try {
      await client.dispose(2000);
    } catch (e) {
      this.#output.warn(`News Annotator server did not stop cleanly: ${e instanceof Error ? e.message : String(e)}`);
    }
  }

  #setState(state: ServerState): void {
    if (this.#state === state) return;
    this.#state = state;
    this.#onDidChangeState.fire(state);
  }
}
