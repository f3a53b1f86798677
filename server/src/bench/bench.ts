#!/usr/bin/env node
// `npm run bench [-- --json] [--quick] [--data DIR] [--edits N]`: how fast the analysis reads real
// news, against compromise and wink-nlp on the same text in the same run (the machine is noisy,
// so the ratios are what to read), each tool in a fresh process of its own, warm and cold
// (throughput.ts); how it scales from 1 KB to 10 MB, and what reading the corpus as Markdown
// costs; how long an edit to a 1 MB article takes to re-analyse; memory with 50 open 200 KB
// articles; gazetteer load and start to first annotations; adversarial inputs at 100 KB and 1 MB.
//
// MB are 10^6 bytes of UTF-8. Times are CPU time of this process (user + system), not wall time:
// the machine is shared, and on one core CPU time is what throughput means; edit latency is given
// in both. Each figure is the median of several runs where the text is small; a throughput
// figure is the best of three rounds.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { createAnalyzer, Gazetteer, type Analyzer, type Annotations } from '../analysis';
import { deserialize, getHeapSpaceStatistics, serialize } from 'node:v8';
import { applyAnnotationsDelta } from '../annotationsDelta';
import type { AnnotationsDeltaNotification, AnnotationsNotification } from '../protocol';
import { fullProducts, notification, ProductsCache, type Products } from '../lsp/editProducts';
import { packAnnotations, unpackAnnotations, type PackedAnnotations } from '../lsp/packedAnnotations';
import { rehearsal } from '../lsp/rehearsal';
import { encodeTableData, SemanticTokensResults } from '../lsp/semanticTokens';
import { loadGazetteer } from '../node/gazetteerFile';
import { collectYoung } from '../node/idleCollector';
import { growingYoung, keepYoungSmall } from '../node/heapFlags';
import { WORKER_LIMITS } from '../node/analysisWorker';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { ADVERSARIAL, prng } from './adversarial';
import { articles, corpusText, findDataDir, loadCorpus, REPO_ROOT } from './corpus';
import { PEER_NAMES } from './peers';
import { serverProcessEnv } from '../serverProcess';
import { mb, OURS, toolThroughput, type ThroughputPlan, type ToolThroughput } from './throughput';
import { cpuMs, percentile } from './timing';
import { measureServer, SERVER_TARGETS } from './server';

interface Options {
  json: boolean;
  quick: boolean;
  dataDir?: string;
  edits: number;
  child?: string;
  /** In a throughput child: the tool it measures. */
  tool?: string;
}

function parseArgs(argv: readonly string[]): Options {
  // 200 edits: the p95 of 50 is the third-worst edit, which one unlucky collection decides
  const options: Options = { json: false, quick: false, edits: 200 };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--quick') options.quick = true;
    else if (arg === '--data') options.dataDir = argv[++i];
    else if (arg === '--edits') options.edits = Number(argv[++i]);
    else if (arg.startsWith('--child=')) options.child = arg.slice('--child='.length);
    else if (arg === '--tool') options.tool = argv[++i];
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write('usage: bench [--json] [--quick] [--data DIR] [--edits N]\n');
      process.exit(0);
    }
  }
  return options;
}

interface Row {
  label: string;
  mb: number;
  ours: number | null;
  peers: Record<string, number | null>;
}

/**
 * Random one-character edits (insert a letter or delete a character) to a 1 MB article, each
 * followed by what the language server does for it before the editor can show it: the worker's
 * incremental analysis, then its products (the annotations payload as a delta from the version
 * the client holds, and the semantic tokens table, both made from what changed), posted to the
 * main thread (cloned, the table's buffer moved); there, the notification as sent (serialised),
 * and the semantic tokens delta answering the editor's request (encoded, diffed, serialised).
 * After that, off this path, the worker packs the whole result for hovers and other requests:
 * timed apart. The client's model, updated by every delta as the extension does, must equal
 * the full payload, and the tokens and the packed result the ones of a full analysis.
 */
/** Edits after opening left out of the steady-state figures (see editLatency). */
const WARM_UP = 12;

function editLatency(analyzer: Analyzer, base: string, edits: number) {
  const random = prng(42);
  let text = base;
  // on a fresh thread, as a worker's first document is
  const full = cpuMs(() => growingYoung(() => analyzer.analyze(text)));
  // opened as the server's worker opens a long document: keeping its memos for the first edit
  let previous: Annotations = growingYoung(() => analyzer.analyze(text, { keep: true }));
  const uri = 'file:///bench.txt';
  const products = new ProductsCache(1);
  const opened = growingYoung(() => products.products(uri, 0, text, previous));
  let client = notification(uri, 0, opened.annotations).params as AnnotationsNotification.Params | undefined;
  const tokenResults = new SemanticTokensResults();
  let resultId = tokenResults.full(uri, encodeTableData(opened.tokens)).resultId!;
  // then, while the user reads it, rehearsing edits on it (rehearsal.ts)
  const rehearsed = cpuMs(() => {
    const pairs = rehearsal(analyzer, text, previous, false);
    for (let kept = growingYoung(() => pairs.next()); !kept.done; kept = growingYoung(() => pairs.next())) {
      previous = kept.value;
      collectYoung();
    }
  });
  let tokens = opened.tokens;
  let packed: PackedAnnotations | undefined;
  const cpu: number[] = [];
  const wall: number[] = [];
  const path: number[] = [];
  const pathWall: number[] = [];
  const packing: number[] = [];
  let clonedBytes = 0;
  let sentBytes = 0;
  let deltas = 0;
  for (let i = 0; i < edits; i++) {
    const at = Math.floor(random() * text.length);
    text = random() < 0.5 ? text.slice(0, at) + 'abcdefghijklmnopqrstuvwxyz'[Math.floor(random() * 26)] + text.slice(at) : text.slice(0, at) + text.slice(at + 1);
    const version = i + 1;
    const t0 = performance.now();
    const analysis = cpuMs(() => (previous = growingYoung(() => analyzer.analyze(text, { previous }))));
    wall.push(performance.now() - t0);
    cpu.push(analysis);
    let sent: AnnotationsNotification.Params | AnnotationsDeltaNotification.Params | undefined;
    const r0 = performance.now();
    const rest = cpuMs(() => {
      // worker: the products, posted (the table's buffer moved, the rest cloned)
      const made = growingYoung(() => products.products(uri, version, text, previous, client?.version));
      const moved = made.tokens.slice();
      const message = serialize({ id: version, products: { ...made, tokens: null } });
      clonedBytes += message.length;
      const got = (deserialize(message) as { products: Products }).products;
      tokens = moved;
      // main thread: the notification, serialised as the connection sends it
      const sending = notification(uri, version, got.annotations);
      sent = sending.params;
      sentBytes += JSON.stringify({ jsonrpc: '2.0', ...sending }).length;
      // the editor's semantic tokens delta request
      const reply = tokenResults.delta(uri, resultId, encodeTableData(tokens));
      resultId = reply.resultId!;
      JSON.stringify(reply);
    });
    path.push(analysis + rest);
    pathWall.push(wall[i]! + performance.now() - r0);
    packing.push(cpuMs(() => (packed = packAnnotations(previous, text))));
    // and then, the thread free, the edit's garbage (idleCollector.ts)
    collectYoung();
    // the client: as the extension's annotation store takes it
    if (sent && 'baseVersion' in sent) {
      deltas++;
      client = client && applyAnnotationsDelta(client, sent);
    } else client = sent;
  }
  // Checked on the last edit (the test suite checks many): the incremental result must be the
  // full one, the client's model (after every delta) the full payload, the tokens and the main
  // thread's copy of the result those of a full analysis.
  const fresh = analyzer.analyze(text);
  const freshJson = JSON.stringify(fresh);
  const whole = fullProducts(edits, text, fresh);
  // a run of a few edits (--edits) keeps its last one for the steady-state figures
  const warm = Math.min(WARM_UP, edits - 1);
  const verified = JSON.stringify(previous) === freshJson && JSON.stringify(unpackAnnotations(packed!, text)) === freshJson;
  const clientVerified = JSON.stringify(client) === JSON.stringify(notification(uri, edits, whole.annotations).params) &&
    tokens.length === whole.tokens.length && tokens.every((x, k) => x === whole.tokens[k]);
  return {
    p50: percentile(cpu, 50), p95: percentile(cpu, 95), max: Math.max(...cpu), first: cpu[0]!, wallP50: percentile(wall, 50), wallP95: percentile(wall, 95),
    pathP50: percentile(path, 50), pathP95: percentile(path, 95), restP50: percentile(path.map((p, k) => p - cpu[k]!), 50), restP95: percentile(path.map((p, k) => p - cpu[k]!), 95),
    warm, pathWallP50: percentile(pathWall, 50), pathWallP95: percentile(pathWall, 95),
    // the first edits after opening run code V8 has not optimised yet, and the process's CPU time
    // counts its compiler threads too: the same figures without them show the steady state
    warmPathP50: percentile(path.slice(warm), 50), warmPathP95: percentile(path.slice(warm), 95),
    warmPathWallP50: percentile(pathWall.slice(warm), 50), warmPathWallP95: percentile(pathWall.slice(warm), 95),
    // what the young generation grew to (the worker's own limits, heapFlags.ts)
    youngMb: (getHeapSpaceStatistics().find((space) => space.space_name === 'new_space')?.space_size ?? NaN) / 1e6,
    rehearsed, packP50: percentile(packing, 50), clonedKb: clonedBytes / edits / 1000, sentKb: sentBytes / edits / 1000, deltas, full, edits, verified, clientVerified,
  };
}

interface ChildReport {
  [key: string]: number;
}

/** Runs this script as a child of `kind`; `env` for its process (this one's by default). */
function runChild<T = ChildReport>(kind: string, options: Options, extraNodeArgs: string[] = [], childArgs: string[] = [], env: NodeJS.ProcessEnv = process.env): T | { error: string } {
  const args = [...extraNodeArgs, __filename, `--child=${kind}`, ...childArgs, ...(options.dataDir ? ['--data', options.dataDir] : [])];
  const r = spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 20, env });
  if (r.status !== 0) return { error: (r.stderr || `exit ${r.status}`).trim().split('\n').slice(-3).join(' ') };
  return JSON.parse(r.stdout) as T;
}

/** In a fresh process: milliseconds from process start to modules, gazetteer, first annotations. */
function childStartup(): ChildReport {
  const modules = process.uptime() * 1000;
  const t0 = performance.now();
  const gazetteer = loadGazetteer();
  const gazetteerMs = performance.now() - t0;
  const text = readFileSync(join(REPO_ROOT, 'samples', 'kremlin-red-line.txt'), 'utf8');
  const t1 = performance.now();
  const result = createAnalyzer({ gazetteer }).analyze(text);
  const analyzeMs = performance.now() - t1;
  return { modulesMs: modules, gazetteerMs, analyzeMs, firstAnnotationsMs: process.uptime() * 1000, quotes: result.quotes.length, entities: result.entities.length };
}

/** In a fresh process: RSS with 50 analysed 200 KB articles kept open (text, result and cache). */
function childMemory(options: Options): ChildReport {
  const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
  const corpus = loadCorpus(findDataDir(options.dataDir));
  const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
  gc();
  const baseline = process.memoryUsage();
  const open: { text: string; result: Annotations }[] = [];
  for (const text of articles(corpus, 50, 200_000)) open.push({ text, result: analyzer.analyze(text) });
  gc();
  const after = process.memoryUsage();
  const kept = open.reduce((n, o) => n + o.result.entities.length, 0);
  return {
    baselineRssMb: baseline.rss / 2 ** 20,
    rssMb: after.rss / 2 ** 20,
    heapUsedMb: after.heapUsed / 2 ** 20,
    peakRssMb: process.resourceUsage().maxRSS / 1024,
    documents: open.length,
    entities: kept,
  };
}

/**
 * Each adversarial input at 100 KB and at 1 MB: the 100 KB text read ten times in a row (the same
 * bytes as one 1 MB read, meeting the same collections) against the 1 MB text read once, as
 * linear.test.ts does (limit 4×); about 1× is linear, a quadratic stage gives ~10×.
 */
function adversarial(analyzer: Analyzer): { name: string; ms100k: number; ms1m: number | null; ratio: number | null; mbps: number | null }[] {
  return ADVERSARIAL.map((input) => {
    const small = input.make(100_000);
    const large = input.make(1_000_000);
    analyzer.analyze(small); // warm-up
    let tenSmall = 0;
    for (let i = 0; i < 10 && tenSmall <= 10_000; i++) tenSmall += cpuMs(() => analyzer.analyze(small));
    const ms100k = tenSmall / 10;
    // Over a second at 100 KB is already a failure (see linear.test.ts); 1 MB could take minutes.
    const ms1m = ms100k > 1000 ? NaN : cpuMs(() => analyzer.analyze(large));
    return Number.isNaN(ms1m) ? { name: input.name, ms100k, ms1m: null, ratio: null, mbps: null } : { name: input.name, ms100k, ms1m, ratio: ms1m / tenSmall, mbps: mb(large) / (ms1m / 1000) };
  });
}

type EditFigures = ReturnType<typeof editLatency>;

/**
 * The edits, timed where the server runs them: in a process whose young generation is kept small
 * as the server's is, on a thread with the analysis worker's limits, long-document work let grow
 * as the worker lets it (heapFlags.ts). Timed on this thread, with V8's defaults, an edit of the
 * 1 MB article took half as long as in the worker before the worker let its young generation grow.
 */
function runEdits(options: Options): EditFigures {
  // in a process started as the extension starts the server's (serverProcess.ts)
  const figures = runChild<EditFigures>('edits', options, [], ['--edits', String(options.quick ? Math.min(options.edits, 50) : options.edits)], serverProcessEnv(process.env));
  if ('error' in figures) throw new Error(`the edits failed: ${figures.error}`);
  return figures;
}

/** In the child `runEdits` starts: the edits on a worker thread, their figures on stdout. */
function childEdits(options: Options): Promise<void> {
  keepYoungSmall();
  const worker = new Worker(__filename, { workerData: { benchEdits: options }, resourceLimits: WORKER_LIMITS });
  return new Promise((resolve, reject) => {
    worker.once('message', (figures: EditFigures) => resolve(void process.stdout.write(JSON.stringify(figures))));
    worker.once('error', reject);
  });
}

/** On that thread. */
function workerEdits(options: Options): void {
  // this thread's own copy of heapFlags must know it too, for growingYoung (as worker.ts does)
  keepYoungSmall();
  const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
  parentPort!.postMessage(editLatency(analyzer, corpusText(loadCorpus(findDataDir(options.dataDir)), 1e6), options.edits));
}

/** How many rounds of throughput runs a full bench takes (see main). */
const ROUNDS = 3;

/** A tool's figures from several rounds: the best of each (a row over the limit in all stays null). */
function bestOf(runs: readonly ToolThroughput[]): ToolThroughput {
  const best = (xs: readonly (number | null)[]): number | null => xs.reduce<number | null>((b, x) => (x !== null && (b === null || x > b) ? x : b), null);
  const first = runs[0]!;
  return {
    ...first,
    coldMbps: best(runs.map((r) => r.coldMbps))!,
    rows: first.rows.map((row, i) => ({ ...row, mbps: best(runs.map((r) => r.rows[i]!.mbps)) })),
  };
}

/**
 * How each tool's throughput is measured. compromise reads ~0.15 MB/s: 10 MB would take over a
 * minute, so it stops at 1 MB. The warm-up is the same CPU time for every tool (see throughput.ts).
 */
function throughputPlan(options: Options, tool: string): ThroughputPlan {
  const limits: Record<string, number> = options.quick ? { compromise: 0.2, 'wink-nlp': 1.5 } : { compromise: 1.5 };
  return {
    sizes: options.quick ? [1e3, 1e5, 1e6] : [1e3, 1e5, 1e6, 1e7],
    limitMb: limits[tool] ?? Infinity,
    budgetMs: options.quick ? 300 : 1500,
    warmUpMs: options.quick ? 1000 : 5000,
  };
}

async function main(): Promise<void> {
  if (!isMainThread) return workerEdits((workerData as { benchEdits: Options }).benchEdits);
  const options = parseArgs(process.argv.slice(2));
  if (options.child === 'edits') return childEdits(options);
  if (options.child === 'startup') return void process.stdout.write(JSON.stringify(childStartup()));
  if (options.child === 'memory') return void process.stdout.write(JSON.stringify(childMemory(options)));
  if (options.child === 'throughput') {
    const measured = toolThroughput(options.tool ?? OURS, loadCorpus(findDataDir(options.dataDir)), throughputPlan(options, options.tool ?? OURS));
    return void process.stdout.write(JSON.stringify(measured ?? { missing: true }));
  }

  const log = (s: string): void => void (options.json ? process.stderr : process.stdout).write(`${s}\n`);
  let gazetteer = Gazetteer.empty();
  const gazetteerMs = cpuMs(() => (gazetteer = loadGazetteer()));
  const analyzer = createAnalyzer({ gazetteer });
  const corpus = loadCorpus(findDataDir(options.dataDir));
  log(`corpus: ${corpus.source} (${corpus.docs.length} documents, ${corpus.docs.reduce((n, d) => n + mb(d.text), 0).toFixed(2)} MB)`);
  // Rounds, the tools in turn, and each tool's best figure of them: a neighbour's burst only ever
  // slows a run, and in turn it falls on one tool's run, not on all of them. Two rounds left the
  // corpus ratio to wink-nlp 1.88–2.19 for the same code on this VM; each round's own ratio is
  // printed, so that a run shows its spread.
  const rounds: ToolThroughput[][] = [];
  const missing: string[] = [];
  for (let round = 0; round < (options.quick ? 1 : ROUNDS); round++) {
    const measured: ToolThroughput[] = [];
    for (const name of [OURS, ...PEER_NAMES].filter((n) => round === 0 || rounds[0]!.some((t) => t.tool === n))) {
      const m = runChild<ToolThroughput | { missing: true }>('throughput', options, [], ['--tool', name, ...(options.quick ? ['--quick'] : [])]);
      if ('error' in m && name === OURS) throw new Error(`our throughput run failed: ${m.error}`);
      // a tool that fails in the second round keeps its first round's figures
      if ('error' in m) {
        if (round === 0) missing.push(`${name} (failed: ${m.error})`);
        log(`… ${name} failed (round ${round + 1}): ${m.error}`);
        continue;
      }
      if ('missing' in m) missing.push(name);
      else measured.push(m);
      log(`… ${name} done (round ${round + 1})`);
    }
    rounds.push(measured);
  }
  const tools = rounds[0]!.map((first) => bestOf(rounds.map((r) => r.find((t) => t.tool === first.tool)).filter((t) => t !== undefined)));
  const ours = tools.find((t) => t.tool === OURS)!;
  const peers = tools.filter((t) => t !== ours);
  log(`machine: ${cpus()[0]?.model ?? '?'}, node ${process.version}; peers: ${peers.map((p) => `${p.tool} (${p.work})`).join(', ')}${missing.length ? `; missing: ${missing.join(', ')}` : ''}`);
  const rows: Row[] = [
    { label: 'corpus, first pass (cold)', mb: ours.rows[0]!.mb, ours: ours.coldMbps, peers: Object.fromEntries(peers.map((p) => [p.tool, p.coldMbps])) },
    ...ours.rows.map((r, i) => ({ label: r.label, mb: r.mb, ours: r.mbps, peers: Object.fromEntries(peers.map((p) => [p.tool, p.rows[i]!.mbps])) })),
  ];

  const edit = runEdits(options);
  log('… edits done');
  const startup = runChild('startup', options);
  const memory = runChild('memory', options, ['--expose-gc']);
  const sample = readFileSync(join(REPO_ROOT, 'samples', 'kremlin-red-line.txt'), 'utf8');
  const server = await measureServer(sample, articles(corpus, 50, 200_000)).catch((err: unknown) => ({ error: String(err) }));
  log('… startup and memory done');
  const attacks = adversarial(analyzer);
  const peakRssMb = process.resourceUsage().maxRSS / 1024;

  const report = {
    corpus: corpus.source,
    machine: cpus()[0]?.model ?? null,
    node: process.version,
    throughput: rows,
    // each tool in a process of its own: load time, its first pass, and its warm-up (throughput.ts)
    tools: Object.fromEntries(tools.map((t) => [t.tool, { work: t.work, loadMs: t.loadMs, coldMbps: t.coldMbps, warmUpPasses: t.warmUpPasses, warmUpMs: t.warmUpMs }])),
    throughputRounds: rounds,
    edit,
    gazetteerMs,
    startup,
    memory,
    server,
    adversarial: attacks,
    benchPeakRssMb: peakRssMb,
  };
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
    return;
  }

  const names = peers.map((p) => p.tool);
  const header = ['text', 'MB', 'ours MB/s', ...names.map((n) => `${n} MB/s`), ...names.map((n) => `× ${n}`)];
  const table = rows.map((r) => [
    r.label,
    r.mb.toFixed(3),
    fmt(r.ours, 2),
    ...names.map((n) => fmt(r.peers[n], 2)),
    ...names.map((n) => (r.ours && r.peers[n] ? times(r.ours / r.peers[n]!) : '—')),
  ]);
  log('');
  log(formatTable(header, table));
  log('');
  log(`edit latency, 1 MB article, ${edit.edits} one-character edits: CPU p50 ${edit.p50.toFixed(1)} ms, p95 ${edit.p95.toFixed(1)} ms, max ${edit.max.toFixed(1)} ms, the first after opening ${edit.first.toFixed(1)} ms (after the rehearsal the server runs while the article is read, ${edit.rehearsed.toFixed(0)} ms); wall p50 ${edit.wallP50.toFixed(1)} ms, p95 ${edit.wallP95.toFixed(1)} ms (full analysis, the thread's first, ${edit.full.toFixed(0)} ms; incremental == full: ${edit.verified ? 'yes' : 'NO'})`);
  log(`edit to new decorations and semantic tokens (analysis, products to the main thread, notification and tokens delta), 1 MB article: CPU p50 ${edit.pathP50.toFixed(1)} ms, p95 ${edit.pathP95.toFixed(1)} ms; wall p50 ${edit.pathWallP50.toFixed(1)} ms, p95 ${edit.pathWallP95.toFixed(1)} ms; after the first ${edit.warm} edits CPU p50 ${edit.warmPathP50.toFixed(1)} ms, p95 ${edit.warmPathP95.toFixed(1)} ms, wall p50 ${edit.warmPathWallP50.toFixed(1)} ms, p95 ${edit.warmPathWallP95.toFixed(1)} ms; after the analysis p50 ${edit.restP50.toFixed(1)} ms, p95 ${edit.restP95.toFixed(1)} ms (${edit.clonedKb.toFixed(1)} kB cloned per edit besides the moved table, ${edit.sentKb.toFixed(1)} kB sent; ${edit.deltas}/${edit.edits} payloads were deltas; client model after the deltas == full payload: ${edit.clientVerified ? 'yes' : 'NO'}); then, off that path, packing the result for other requests p50 ${edit.packP50.toFixed(1)} ms; run on a thread as the server's worker, its young generation ${edit.youngMb.toFixed(0)} MB`);
  if ('error' in memory) log(`memory: failed: ${memory.error}`);
  else log(`memory, 50 open 200 KB articles: RSS ${memory.rssMb!.toFixed(0)} MB (baseline ${memory.baselineRssMb!.toFixed(0)} MB, heap ${memory.heapUsedMb!.toFixed(0)} MB), peak RSS ${memory.peakRssMb!.toFixed(0)} MB`);
  if ('error' in server) log(`language server: failed: ${server.error}`);
  else {
    log(`language server (${server.build}) over stdio: spawn to first annotations of the sample article ${server.firstAnnotationsMs.toFixed(0)} ms ${target(server.firstAnnotationsMs, SERVER_TARGETS.firstAnnotationsMs, 'ms')} (best of ${server.startups} spawns; median ${server.firstAnnotationsMedianMs.toFixed(0)} ms); with the worker's code cache (every later start) ${server.cachedFirstAnnotationsMs.toFixed(0)} ms ${target(server.cachedFirstAnnotationsMs, SERVER_TARGETS.firstAnnotationsMs, 'ms')} (median ${server.cachedFirstAnnotationsMedianMs.toFixed(0)} ms)`);
    log(`language server RSS with ${server.openDocuments} open 200 KB articles: ${server.rssMb.toFixed(0)} MB ${target(server.rssMb, SERVER_TARGETS.rssMb, 'MB')} (${(server.settleMs / 1000).toFixed(1)} s after the last analysis; ${server.rssBusyMb.toFixed(0)} MB as it arrived, peak ${server.peakRssMb.toFixed(0)} MB; all analysed in ${(server.openAllMs / 1000).toFixed(1)} s wall)`);
  }
  log(`gazetteer load: ${gazetteerMs.toFixed(0)} ms in this process`);
  if ('error' in startup) log(`start to first annotations: failed: ${startup.error}`);
  else log(`start to first annotations (sample article, fresh process): ${startup.firstAnnotationsMs!.toFixed(0)} ms (node and modules ${startup.modulesMs!.toFixed(0)} ms, gazetteer ${startup.gazetteerMs!.toFixed(0)} ms, analysis ${startup.analyzeMs!.toFixed(0)} ms)`);
  log(`each tool in a process of its own: load ${tools.map((t) => `${t.tool} ${t.loadMs.toFixed(0)} ms`).join(', ')}; before timing, corpus passes for ${(throughputPlan(options, OURS).warmUpMs / 1000).toFixed(0)} s of CPU or more each (${tools.map((t) => `${t.tool} ${t.warmUpPasses}`).join(', ')}); the best of ${rounds.length} rounds, the tools in turn; bench peak RSS ${peakRssMb.toFixed(0)} MB`);
  if (rounds.length > 1) log(`corpus doc by doc, each round's ratio: ${names.map((n) => `× ${n} ${rounds.map((r) => roundRatio(r, n)).join(', ')}`).join('; ')}`);
  log('');
  log(formatTable(['adversarial input', '100 KB ms (mean of 10)', '1 MB ms', '1 MB ÷ 10 × 100 KB', 'MB/s at 1 MB'], attacks.map((a) => [a.name, a.ms100k.toFixed(1), fmt(a.ms1m, 1), a.ratio === null ? '—' : `${a.ratio.toFixed(1)}×`, fmt(a.mbps, 1)])));
}

/** Ours ÷ `peer` on the corpus doc by doc in one round ('—' where either is missing). */
function roundRatio(round: readonly ToolThroughput[], peer: string): string {
  const corpusMbps = (tool: string) => round.find((t) => t.tool === tool)?.rows[0]?.mbps ?? null;
  const ours = corpusMbps(OURS);
  const theirs = corpusMbps(peer);
  return ours !== null && theirs !== null ? times(ours / theirs) : '—';
}

/** A ratio: two decimals below 10, where a target such as 2× must not be met by rounding. */
const times = (ratio: number): string => `${ratio.toFixed(ratio < 10 ? 2 : 1)}×`;
const fmt = (n: number | null | undefined, digits: number): string => (n == null ? '—' : n.toFixed(digits));
const target = (value: number, limit: number, unit: string): string => (value <= limit ? `(target ≤ ${limit} ${unit}: met)` : `(target ≤ ${limit} ${unit}: OVER by ${(value - limit).toFixed(0)} ${unit})`);

function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: readonly string[]): string => `| ${cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join(' | ')} |`;
  return [line(header), `|${widths.map((w, i) => (i === 0 ? '-'.repeat(w + 2) : `${'-'.repeat(w + 1)}:`)).join('|')}|`, ...rows.map(line)].join('\n');
}

main().catch((err: unknown) => {
  process.stderr.write(`bench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exitCode = 1;
});
