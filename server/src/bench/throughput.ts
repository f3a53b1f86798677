// Throughput of one tool (ours or a peer), measured in a process of its own.
//
// Each tool is read in a fresh process that holds only its own code and data, as it would be in
// use: in one shared process, every tool's collections also marked the others' heaps (wink-nlp's
// model, our gazetteer), as they never do in use.
//
// Before timing, each tool reads the corpus over and over for the same CPU time
// (`ThroughputPlan.warmUpMs`). A large code base takes many passes before V8 has optimised it
// all: ours needs ~30 passes (~4 s) to reach its steady speed, and one warm-up pass, as the bench
// gave before, timed our compiler threads as throughput. The first pass of the fresh process is
// reported apart ("cold"): it is what a one-off command pays.
import { createAnalyzer } from '../analysis';
import { loadGazetteer } from '../node/gazetteerFile';
import { corpusText, type Corpus } from './corpus';
import { loadPeers } from './peers';
import { cpuMs, measure } from './timing';

/** The tool name of the analysis itself. */
export const OURS = 'ours';

export interface ThroughputPlan {
  /** Text sizes (UTF-16 code units) after the corpus, each a row. */
  readonly sizes: readonly number[];
  /** Above this many MB a text is not timed (a slow peer at 10 MB would take minutes). */
  readonly limitMb: number;
  /** CPU milliseconds a row's timed runs should fill (see measure). */
  readonly budgetMs: number;
  /** CPU milliseconds of corpus passes before the first timed one. */
  readonly warmUpMs: number;
}

export interface ToolThroughput {
  readonly tool: string;
  /** What the tool computes in the timed runs. */
  readonly work: string;
  /** Milliseconds to load the tool (modules and model or gazetteer). */
  readonly loadMs: number;
  /** MB/s of the first pass over the corpus in the fresh process. */
  readonly coldMbps: number;
  /** Corpus passes in the warm-up, and their CPU milliseconds. */
  readonly warmUpPasses: number;
  readonly warmUpMs: number;
  /**
   * MB/s per row: the corpus doc by doc, then each size, then the corpus read as Markdown; null
   * where over the limit, and for Markdown where the tool does not read it (the peers).
   */
  readonly rows: readonly { readonly label: string; readonly mb: number; readonly mbps: number | null }[];
}

export const mb = (text: string): number => Buffer.byteLength(text, 'utf8') / 1e6;

export const sizeLabel = (size: number): string => (size >= 1e6 ? `${size / 1e6} MB` : `${size / 1e3} KB`);

interface Tool {
  readonly work: string;
  readonly loadMs: number;
  run(text: string): void;
  /** Reads the text as Markdown (the analysis does: markdown-it finds the prose first). */
  runMarkdown?(text: string): void;
}

/** The label of the row that reads the corpus as Markdown. */
export const MARKDOWN_ROW = 'corpus as Markdown, doc by doc';

function loadTool(name: string): Tool | undefined {
  if (name === OURS) {
    const t0 = performance.now();
    const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
    return {
      work: 'quotes, speakers, entities, coreference, claims',
      loadMs: performance.now() - t0,
      run: (text) => void analyzer.analyze(text),
      runMarkdown: (text) => void analyzer.analyze(text, { markdown: true }),
    };
  }
  return loadPeers([name]).peers[0];
}

/** `run`, after reading `texts` with it over and over for `warmUpMs` of CPU time. */
function warmedUp(run: (text: string) => void, texts: readonly string[], warmUpMs: number): (text: string) => void {
  let ms = 0;
  while (ms < warmUpMs) ms += cpuMs(() => texts.forEach(run));
  return run;
}

/** Measures `name` on `corpus` in this process, which should have loaded nothing else. */
export function toolThroughput(name: string, corpus: Corpus, plan: ThroughputPlan): ToolThroughput | undefined {
  const tool = loadTool(name);
  if (!tool) return undefined;
  const texts = corpus.docs.map((d) => d.text);
  const corpusMb = texts.reduce((n, t) => n + mb(t), 0);
  const pass = (): void => texts.forEach((t) => tool.run(t));
  const coldMs = cpuMs(pass);
  let warmUpMs = 0;
  let warmUpPasses = 0;
  while (warmUpMs < plan.warmUpMs) {
    warmUpMs += cpuMs(pass);
    warmUpPasses++;
  }
  // (run null: the tool does not read such text)
  const row = (label: string, rowTexts: readonly string[], run: ((text: string) => void) | null = (t) => tool.run(t)) => {
    const size = rowTexts.reduce((n, t) => n + mb(t), 0);
    if (size > plan.limitMb || run === null) return { label, mb: size, mbps: null };
    const m = measure(() => rowTexts.forEach(run), plan.budgetMs);
    return { label, mb: size, mbps: size / (m.ms / 1000) };
  };
  const rows = [
    row('corpus, doc by doc', texts),
    ...plan.sizes.map((size) => row(sizeLabel(size), [corpusText(corpus, size)])),
    // (its own warm-up: Markdown runs code the plain passes never ran)
    row(MARKDOWN_ROW, texts, tool.runMarkdown ? warmedUp(tool.runMarkdown, texts, plan.warmUpMs) : null),
  ];
  return { tool: name, work: tool.work, loadMs: tool.loadMs, coldMbps: corpusMb / (coldMs / 1000), warmUpPasses, warmUpMs, rows };
}
