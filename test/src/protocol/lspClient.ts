// A minimal LSP client for the protocol tests: starts the real server (`node server/out/server.js
// --stdio`) as a child process and speaks JSON-RPC with it, the way any editor would.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { join } from 'node:path';
import {
  createProtocolConnection,
  InitializeRequest,
  InitializedNotification,
  StreamMessageReader,
  StreamMessageWriter,
  type ProtocolConnection,
  type InitializeResult,
} from 'vscode-languageserver-protocol/node';
// The compiled contract (test/out sits as deep as test/src, so this path holds for both).
import { AnnotationsNotification } from '../../../server/out/protocol';

export const SERVER = join(__dirname, '..', '..', '..', 'server', 'out', 'server.js');

export interface TestClient {
  readonly connection: ProtocolConnection;
  readonly process: ChildProcessWithoutNullStreams;
  readonly initialize: InitializeResult;
  /** Every log message and stderr line from the server, for diagnosing failures. */
  readonly log: string[];
  /** Resolves with the first annotations notification for `uri` at `version` (or later). */
  annotations(uri: string, version: number, timeoutMs?: number): Promise<AnnotationsNotification.Params>;
  /** Every item of every workspace/configuration request so far. */
  readonly configurationRequests: unknown[];
  /** Every annotations notification received so far for `uri`, oldest first. */
  received(uri: string): AnnotationsNotification.Params[];
  /** Shuts the server down politely and resolves with its exit code. */
  stop(): Promise<number | null>;
}

/**
 * `settings` answers every workspace/configuration request; a test may change it and notify the
 * server. `initializationOptions` goes with the initialize request.
 */
export async function startServer(settings: Record<string, unknown> = {}, initializationOptions?: unknown): Promise<TestClient> {
  const child = spawn(process.execPath, [SERVER, '--stdio'], { stdio: 'pipe' });
  const log: string[] = [];
  child.stderr.on('data', (d: Buffer) => log.push(`stderr: ${d.toString()}`));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const received: AnnotationsNotification.Params[] = [];
  const configurationRequests: unknown[] = [];
  const waiters: (() => void)[] = [];
  connection.onNotification(AnnotationsNotification.type, (p) => {
    received.push(p);
    for (const w of waiters.splice(0)) w();
  });
  connection.onNotification('window/logMessage', (p: { message: string }) => log.push(p.message));
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => {
    configurationRequests.push(...p.items);
    return p.items.map(() => settings);
  });
  connection.listen();
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));

  const initialize = await connection.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    ...(initializationOptions === undefined ? {} : { initializationOptions }),
    capabilities: {
      workspace: { configuration: true, symbol: {} },
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        synchronization: { dynamicRegistration: false },
      },
    },
  });
  await connection.sendNotification(InitializedNotification.type, {});

  return {
    connection,
    process: child,
    initialize,
    log,
    annotations(uri, version, timeoutMs = 10000) {
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`no annotations for ${uri} v${version} within ${timeoutMs} ms; log:\n${log.join('\n')}`)), timeoutMs);
        const check = (): void => {
          const hit = received.find((p) => p.uri === uri && p.version >= version);
          if (hit) {
            clearTimeout(timer);
            resolve(hit);
          } else waiters.push(check);
        };
        check();
      });
    },
    configurationRequests,
    received: (uri) => received.filter((p) => p.uri === uri),
    async stop() {
      await connection.sendRequest('shutdown');
      await connection.sendNotification('exit');
      const code = await exited;
      connection.dispose();
      return code;
    },
  };
}
