// V8's young generation, kept small in the server. By default a thread's young generation grows
// to two 16 MB semi-spaces as work comes, and a burst of it (50 articles opened at once) leaves it
// there: up to 64 MB for the server and its analysis worker. Growth factor 1 stops that growth
// (the worker's is also capped, by its resourceLimits in analysisWorker.ts); the analysis runs
// within a few per cent as fast, and the server holds ~40 MB less with 50 open 200 KB articles.
// Set at start, before the worker exists, so it applies to both. Only this flag: a heap size flag
// changed at run time (--max-semi-space-size) makes every new thread bootstrap ~20 ms slower.
import { setFlagsFromString } from 'node:v8';

setFlagsFromString('--semi-space-growth-factor=1');
