// The News Annotator language server: a thin host around the analysis library. Each handler
// gets the cached analysis of the document's current version and calls one pure feature
// function in ./lsp. Started (see server.ts) by the VS Code client over IPC, or by any LSP editor
// with --stdio. It reads only its gazetteer, writes no files and opens no sockets. The analyses
// run in a worker thread (see node/analysisWorker.ts); this thread never loads the analysis
// library unless the worker cannot run.
import {
  createConnection,
  IPCMessageReader,
  IPCMessageWriter,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
  type Connection,
  type InitializeResult,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Analyzer } from './analysis';
import type { AnalyzeOptions, Annotations } from './analysis/types';
import { toJson } from './analysis/serialize';
import type { WorkerAnalyzer } from './node/analysisWorker';
import { IdleCollector } from './node/idleCollector';
import { AnnotationsDeltaNotification, AnnotationsNotification, ClaimsTableRequest, ExportRequest, ResyncNotification, type NewsAnnotatorInitializationOptions } from './protocol';
import { DocumentAnalyses, type Analysis, type EditorOutcome, type Ready, type RunToken } from './lsp/analyses';
import type { PackedAnnotations } from './lsp/packedAnnotations';
import { claimsTable } from './lsp/claimsTable';
import { skippedParams, SkipNotices } from './lsp/decorations';
import { notification } from './lsp/editProducts';
import { hover } from './lsp/hover';
import { definition, documentHighlights, references } from './lsp/navigation';
import { encodeTable, legend, SemanticTokensResults } from './lsp/semanticTokens';
import { tokenData, tokenTable } from './lsp/packedTokens';
import { SettingsCache } from './lsp/settings';
import { documentSymbols } from './lsp/symbols';
import { workspaceSymbols, type Article } from './lsp/workspaceSymbols';

function connect(argv: readonly string[]): Connection {
  if (argv.includes('--stdio')) return createConnection(ProposedFeatures.all, process.stdin, process.stdout);
  if (argv.includes('--node-ipc') || process.send) {
    return createConnection(ProposedFeatures.all, new IPCMessageReader(process), new IPCMessageWriter(process));
  }
  // Sockets and pipes are refused on purpose: the server speaks over stdio or IPC only.
  process.stderr.write('news-annotator server: start with --stdio (or from VS Code over IPC)\n');
  process.exit(2);
}

/** `worker` runs the analyses (already starting); none, or one that fails, means analysing on this thread. */
export function startServer(analysisWorker: WorkerAnalyzer | undefined, workerError?: unknown): void {
  const connection = connect(process.argv.slice(2));
  const documents = new TextDocuments(TextDocument);
  let settings = new SettingsCache();
  let canRefreshTokens = false;
  const tokenResults = new SemanticTokensResults();
  // Analyses run in the worker thread (so a long article never blocks the protocol); `--in-process`
  // keeps them on this thread, as does a worker that cannot start.
  let worker = analysisWorker;
  if (workerError !== undefined) connection.console.error(`newsAnnotator: no analysis worker, analysing in process: ${String(workerError)}`);
  let local: Promise<Analyzer> | undefined;
  const analyze = (text: string, options: AnalyzeOptions, token: RunToken, uri: string, edit: { version: number; base: number | undefined }): Promise<Annotations | PackedAnnotations> | EditorOutcome => {
    if (worker) {
      try {
        return worker.analyzeForEditor(uri, text, options.markdown ?? false, token, edit.version, edit.base);
      } catch (err) {
        connection.console.error(`newsAnnotator: no analysis worker, analysing in process: ${String(err)}`);
        worker = undefined;
      }
    }
    // From the worker's script: the server's bundle does not hold the analysis library.
    local ??= import('./worker').then((w) => w.localAnalyzer());
    return local.then((analyzer) => analyzer.analyze(text, options, token));
  };
  const skipNotices = new SkipNotices();
  // Analyses arriving and documents closing leave garbage worth giving back once things are quiet.
  const idle = new IdleCollector();

  const analyses = new DocumentAnalyses({
    document: (uri) => documents.get(uri),
    settings: (uri) => settings.get(uri),
    analyze,
    publish,
    error: (message) => connection.console.error(message),
  });

  function publish(analysis: Ready): void {
    idle.busy();
    if (analysis.kind === 'analysed') {
      const { uri, version } = analysis.document;
      skipNotices.forget(uri);
      const payload = analysis.payload;
      if (!payload) return;
      const sent = notification(uri, version, payload);
      if (sent.method === AnnotationsDeltaNotification.method) void connection.sendNotification(AnnotationsDeltaNotification.type, sent.params);
      else void connection.sendNotification(AnnotationsNotification.type, sent.params);
      return;
    }
    const { uri, version, reason, message } = analysis;
    if (!skipNotices.shouldSay(uri, reason, message)) return;
    if (reason !== 'disabled') connection.console.info(`News Annotator: ${uri} ${message}`);
    void connection.sendNotification(AnnotationsNotification.type, skippedParams(uri, version, reason, message));
  }

  /** Wraps a handler so that a failure answers `fallback` and is logged instead of reaching the client as an error. */
  function guard<P, R>(name: string, fallback: R, handler: (params: P) => Promise<R> | R): (params: P) => Promise<R> {
    return async (params: P) => {
      try {
        return await handler(params);
      } catch (err) {
        connection.console.error(`newsAnnotator: ${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
        return fallback;
      }
    };
  }

  /** The analysis of an open, analysed document at its current version. */
  async function analysed(uri: string): Promise<Extract<Analysis, { kind: 'analysed' }> | undefined> {
    const analysis = await analyses.get(uri);
    return analysis?.kind === 'analysed' ? analysis : undefined;
  }

  /** The offset of an LSP position in the analysed snapshot (same version as the store's document). */
  async function at(uri: string, position: { line: number; character: number }) {
    const a = await analysed(uri);
    return a && { ...a, offset: a.document.offsetAt(position) };
  }

  connection.onInitialize((params): InitializeResult => {
    const caps = params.capabilities;
    if (caps.workspace?.configuration) {
      settings = new SettingsCache((uri) =>
        connection.workspace.getConfiguration({ scopeUri: uri, section: 'newsAnnotator' }) as Promise<unknown>,
      );
    }
    canRefreshTokens = caps.workspace?.semanticTokens?.refreshSupport === true;
    const init = params.initializationOptions as NewsAnnotatorInitializationOptions | null | undefined;
    analyses.acceptsDeltas = init?.annotationDeltas === true;
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        hoverProvider: true,
        documentSymbolProvider: { label: 'News Annotator' },
        definitionProvider: true,
        referencesProvider: true,
        documentHighlightProvider: true,
        workspaceSymbolProvider: true,
        semanticTokensProvider: { legend, full: { delta: true }, range: true },
      },
      serverInfo: { name: 'news-annotator' },
    };
  });

  connection.onDidChangeConfiguration(guard('configuration', undefined, (params) => {
    settings.changed(params.settings);
    skipNotices.forget();
    analyses.invalidate(documents.keys());
    if (canRefreshTokens) void connection.languages.semanticTokens.refresh();
  }));

  // A new document is analysed at once; edits wait for a pause in typing.
  documents.onDidOpen((e) => analyses.schedule(e.document.uri, 0));
  documents.onDidChangeContent((e) => analyses.schedule(e.document.uri));
  documents.onDidClose((e) => {
    idle.busy(true);
    analyses.close(e.document.uri);
    tokenResults.forget(e.document.uri);
    worker?.forget(e.document.uri);
    settings.delete(e.document.uri);
    skipNotices.forget(e.document.uri);
  });

  connection.onHover(guard('hover', null, async (p) => {
    const a = await at(p.textDocument.uri, p.position);
    return a ? hover(a.document, a.annotations, a.offset) : null;
  }));

  connection.onDocumentSymbol(guard('documentSymbol', [], async (p) => {
    const a = await analysed(p.textDocument.uri);
    return a ? documentSymbols(a.document, a.annotations) : [];
  }));

  connection.onDefinition(guard('definition', null, async (p) => {
    const a = await at(p.textDocument.uri, p.position);
    return a ? definition(a.document, a.annotations, a.offset) : null;
  }));

  connection.onReferences(guard('references', [], async (p) => {
    const a = await at(p.textDocument.uri, p.position);
    return a ? references(a.document, a.annotations, a.offset, p.context.includeDeclaration) : [];
  }));

  connection.onDocumentHighlight(guard('documentHighlight', [], async (p) => {
    const a = await at(p.textDocument.uri, p.position);
    return a ? documentHighlights(a.document, a.annotations, a.offset) : [];
  }));

  connection.onWorkspaceSymbol(guard('workspaceSymbol', [], async (p) => {
    const articles: Article[] = [];
    for (const uri of documents.keys()) {
      const a = await analysed(uri);
      if (a) articles.push(a);
    }
    return workspaceSymbols(articles, p.query);
  }));

  connection.onNotification(ResyncNotification.type, (p: ResyncNotification.Params) => analyses.resync(p.uri));

  // Tokens come with the first part of an analysis, before the rest of the result is there.
  // Encoded per request, not cached: a cache would keep a copy four times the packed size for
  // every document the editor has shown.
  async function tokens(uri: string): Promise<Uint32Array> {
    const ready = await analyses.ready(uri);
    return ready?.kind === 'analysed' ? tokenData(ready.tokens) : new Uint32Array(0);
  }

  connection.languages.semanticTokens.on(guard('semanticTokens', { data: [] }, async (p) => tokenResults.full(p.textDocument.uri, await tokens(p.textDocument.uri))));

  connection.languages.semanticTokens.onDelta(guard('semanticTokens/delta', { data: [] }, async (p) =>
    tokenResults.delta(p.textDocument.uri, p.previousResultId, await tokens(p.textDocument.uri))));

  connection.languages.semanticTokens.onRange(guard('semanticTokens/range', { data: [] }, async (p) => {
    const ready = await analyses.ready(p.textDocument.uri);
    return { data: ready?.kind === 'analysed' ? encodeTable(tokenTable(ready.tokens), p.range) : [] };
  }));

  connection.onRequest(ExportRequest.type, guard('export', null, async (p: ExportRequest.Params) => {
    const a = await analysed(p.uri);
    return a ? toJson(filePath(p.uri), a.annotations) : null;
  }));

  connection.onRequest(ClaimsTableRequest.type, guard('claimsTable', null, async (p: ClaimsTableRequest.Params) => {
    const a = await analysed(p.uri);
    return a ? claimsTable(a.document, a.annotations) : null;
  }));

  /** The `file` field of the export: a path for file: URIs, the URI itself otherwise. */
  function filePath(uri: string): string {
    if (!uri.startsWith('file://')) return uri;
    try {
      return decodeURIComponent(uri.slice('file://'.length));
    } catch {
      return uri;
    }
  }

  connection.onShutdown(async () => {
    analyses.dispose();
    idle.dispose();
    await worker?.dispose();
  });

  // Never crash on a bug: log it and keep serving the other documents.
  process.on('uncaughtException', (err) => connection.console.error(`newsAnnotator: uncaught: ${err.stack ?? err.message}`));
  process.on('unhandledRejection', (err) => connection.console.error(`newsAnnotator: unhandled rejection: ${String(err)}`));

  documents.listen(connection);
  connection.listen();
}
