// The real language server, driven over stdio as an editor would: time from spawning it to the
// first annotations of the sample article, and its memory with 50 open 200 KB articles.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CODE_CACHE_ENV } from '../node/codeCache';
import {
  createProtocolConnection,
  DidOpenTextDocumentNotification,
  InitializedNotification,
  InitializeRequest,
  StreamMessageReader,
  StreamMessageWriter,
} from 'vscode-languageserver-protocol/node';
import { AnnotationsNotification } from '../protocol';
import { serverProcessEnv } from '../serverProcess';
import { REPO_ROOT } from './corpus';

export interface ServerFigures {
  /** Which build was measured: the extension's bundle (dist) or the compiled sources (out). */
  readonly build: string;
  /** Spawn to the sample's first annotations: the best of `startups` spawns (the machine is shared; waiting for a core is not the server's time). */
  readonly firstAnnotationsMs: number;
  readonly firstAnnotationsMedianMs: number;
  readonly startups: number;
  /** The same with the worker's V8 code cache (what every start after an editor's first one gets): best and median. */
  readonly cachedFirstAnnotationsMs: number;
  readonly cachedFirstAnnotationsMedianMs: number;
  readonly openDocuments: number;
  /** RSS once the server has been quiet for `settleMs` after the last analysis (what it holds for the open documents). */
  readonly rssMb: number;
  /** RSS the moment the last analysis arrived (with the garbage of the burst). */
  readonly rssBusyMb: number;
  readonly settleMs: number;
  readonly peakRssMb: number;
  readonly openAllMs: number;
}

/** The server the extension ships (the esbuild bundle) when built, else the compiled sources. */
function serverPath(): string | undefined {
  return [join(REPO_ROOT, 'server', 'dist', 'server.js'), join(REPO_ROOT, 'server', 'out', 'server.js')].find(existsSync);
}

/** VmRSS and VmHWM (peak) of a process, in MB, from /proc (Linux). */
function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
  return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
}

/** Issue #5's targets for the language server. */
export const SERVER_TARGETS = { rssMb: 200, firstAnnotationsMs: 300 } as const;

export async function measureServer(sample: string, articles: readonly string[], timeoutMs = 120_000, settleMs = 2500, startups = 5): Promise<ServerFigures> {
  const starts: number[] = [];
  const cachedStarts: number[] = [];
  // A folder of its own for the code cache, as the extension's global storage is; the first
  // server with it writes the cache (a second after its first analysis), the others read it.
  const cacheDir = mkdtempSync(join(tmpdir(), 'news-annotator-bench-cache-'));
  try {
    await runServer(sample, [], timeoutMs, settleMs, cacheDir, 1500);
    // Spawns with and without the cache alternate, so both meet the same load.
    for (let i = 1; i < startups; i++) {
      starts.push((await runServer(sample, [], timeoutMs, settleMs)).firstAnnotationsMs);
      cachedStarts.push((await runServer(sample, [], timeoutMs, settleMs, cacheDir)).firstAnnotationsMs);
    }
    cachedStarts.push((await runServer(sample, [], timeoutMs, settleMs, cacheDir)).firstAnnotationsMs);
  } finally {
    rmSync(cacheDir, { recursive: true, force: true });
  }
  const figures = await runServer(sample, articles, timeoutMs, settleMs);
  starts.push(figures.firstAnnotationsMs);
  starts.sort((a, b) => a - b);
  cachedStarts.sort((a, b) => a - b);
  return {
    ...figures, firstAnnotationsMs: starts[0]!, firstAnnotationsMedianMs: starts[starts.length >> 1]!, startups: starts.length,
    cachedFirstAnnotationsMs: cachedStarts[0]!, cachedFirstAnnotationsMedianMs: cachedStarts[cachedStarts.length >> 1]!,
  };
}

/** One server: spawned, the sample opened, then `articles` (if any), its memory read; with `cacheDir`, the worker's code cache there, the server kept `lingerMs` after the sample. */
async function runServer(sample: string, articles: readonly string[], timeoutMs: number, settleMs: number, cacheDir?: string, lingerMs = 0): Promise<Omit<ServerFigures, 'firstAnnotationsMedianMs' | 'startups' | 'cachedFirstAnnotationsMs' | 'cachedFirstAnnotationsMedianMs'>> {
  const path = serverPath();
  if (!path) throw new Error('no server build (run npm run build)');
  const t0 = performance.now();
  const env = serverProcessEnv(process.env);
  delete env[CODE_CACHE_ENV];
  if (cacheDir) env[CODE_CACHE_ENV] = cacheDir;
  const child = spawn(process.execPath, [path, '--stdio'], { stdio: 'pipe', env });
  const stderr: string[] = [];
  child.stderr.on('data', (d: Buffer) => stderr.push(d.toString()));
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  const arrived = new Map<string, number>();
  let wake: (() => void) | undefined;
  connection.onNotification(AnnotationsNotification.type, (p) => {
    if (!arrived.has(p.uri)) arrived.set(p.uri, performance.now());
    wake?.();
  });
  connection.onRequest('workspace/configuration', (p: { items: unknown[] }) => p.items.map(() => ({})));
  connection.listen();
  const waitFor = async (uris: readonly string[]): Promise<void> => {
    const deadline = performance.now() + timeoutMs;
    while (!uris.every((u) => arrived.has(u))) {
      if (performance.now() > deadline) throw new Error(`no annotations within ${timeoutMs} ms: ${stderr.join('').slice(-300)}`);
      await new Promise<void>((resolve) => {
        wake = resolve;
        setTimeout(resolve, 50);
      });
    }
  };
  const open = (uri: string, text: string): Promise<void> =>
    connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId: 'plaintext', version: 1, text } });
  try {
    await connection.sendRequest(InitializeRequest.type, { processId: process.pid, rootUri: null, workspaceFolders: null, capabilities: { workspace: { configuration: true } } });
    await connection.sendNotification(InitializedNotification.type, {});
    await open('file:///bench/sample.txt', sample);
    await waitFor(['file:///bench/sample.txt']);
    const firstAnnotationsMs = arrived.get('file:///bench/sample.txt')! - t0;
    if (lingerMs > 0) await new Promise((resolve) => setTimeout(resolve, lingerMs));
    if (articles.length === 0) return { build: '', firstAnnotationsMs, openDocuments: 0, rssMb: NaN, rssBusyMb: NaN, settleMs, peakRssMb: NaN, openAllMs: NaN };
    const uris = articles.map((_, i) => `file:///bench/article-${i}.txt`);
    const t1 = performance.now();
    for (let i = 0; i < articles.length; i++) await open(uris[i]!, articles[i]!);
    await waitFor(uris);
    const openAllMs = performance.now() - t1;
    const busy = memoryOf(child.pid!);
    // The server gives back what the burst of analyses grew its heaps to once it has been quiet
    // for a second (node/idleCollector.ts); what it holds then is what the open documents cost.
    await new Promise((resolve) => setTimeout(resolve, settleMs));
    const memory = memoryOf(child.pid!);
    return {
      build: path.includes(`${join('server', 'dist')}`) ? 'dist (bundle)' : 'out',
      firstAnnotationsMs,
      openDocuments: articles.length,
      rssMb: memory.rss,
      rssBusyMb: busy.rss,
      settleMs,
      peakRssMb: memory.peak,
      openAllMs,
    };
  } finally {
    connection.dispose();
    child.kill();
  }
}
