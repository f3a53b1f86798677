// The analysis worker's entry, a script (and bundle) of its own next to server.js: the thread
// compiles only the analysis library and the gazetteer loader, not the protocol libraries.
import { keepYoungSmall } from './node/heapFlags';
import { compileRegExpsAtOnce } from './node/regexpFlags';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { readGazetteerText, gazetteerFromText } from './node/gazetteerFile';
import { serveAnalyses, WORKER_MARK } from './node/analysisWorker';
import { afterFirstAnalysis } from './node/codeCache';

// the server's heap flag (see there), and this bundle's growingYoung told so
keepYoungSmall();
compileRegExpsAtOnce();

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_MARK]) {
  const port = parentPort;
  // The file is read on libuv's pool while this thread loads the analysis library.
  const text = readGazetteerText();
  void import('./analysis').then(async (analysis) => serveAnalyses(port, analysis.createAnalyzer({ gazetteer: gazetteerFromText(await text) }), { afterFirst: afterFirstAnalysis }));
}

/** The analysis on the calling thread, for a server that cannot start its worker (or is told `--in-process`). */
export async function localAnalyzer(): Promise<import('./analysis').Analyzer> {
  const [analysis, text] = await Promise.all([import('./analysis'), readGazetteerText()]);
  return analysis.createAnalyzer({ gazetteer: gazetteerFromText(text) });
}
