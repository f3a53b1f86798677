// The server's entry: the language server on the main thread, its analysis worker in a thread
// started from worker.js beside this script (by workerLoader.js, through V8's code cache). Each bundle holds only what its thread runs (the
// protocol libraries here, the analysis library and the gazetteer there), and the worker is
// started first thing, so that it has read the gazetteer by the time the first document arrives.
import { keepYoungSmall } from './node/heapFlags';
import { join } from 'node:path';
import { WorkerAnalyzer } from './node/analysisWorker';

// before the worker starts, so that it applies to every thread (see there)
keepYoungSmall();

// `--in-process` analyses on this thread, as does a worker that cannot start.
let worker = process.argv.includes('--in-process') ? undefined : new WorkerAnalyzer(join(__dirname, 'workerLoader.js'));
let workerError: unknown;
try {
  worker?.warm();
} catch (err) {
  workerError = err;
  worker = undefined;
}
void import('./languageServer').then((server) => server.startServer(worker, workerError));
