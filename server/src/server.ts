// The server's entry: the language server on the main thread, its analysis worker in a thread
// started from this same script. Each loads only what it needs (the protocol libraries here, the
// analysis library and the gazetteer there), and the worker is started first thing, so that it
// has read the gazetteer by the time the first document arrives.
// First, so that the heap sizes it sets apply to every thread (see there).
import './node/heapFlags';
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { serveAnalyses, WORKER_MARK, WorkerAnalyzer } from './node/analysisWorker';

if (!isMainThread && parentPort && (workerData as Record<string, unknown> | null)?.[WORKER_MARK]) {
  const port = parentPort;
  void Promise.all([import('./analysis'), import('./node/gazetteerFile')]).then(([analysis, file]) =>
    serveAnalyses(port, analysis.createAnalyzer({ gazetteer: file.loadGazetteer() })),
  );
} else {
  // `--in-process` analyses on this thread, as does a worker that cannot start.
  let worker = process.argv.includes('--in-process') ? undefined : new WorkerAnalyzer(__filename);
  let workerError: unknown;
  try {
    worker?.warm();
  } catch (err) {
    workerError = err;
    worker = undefined;
  }
  void import('./languageServer').then((server) => server.startServer(worker, workerError));
}
