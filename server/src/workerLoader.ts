// The analysis worker's first script: runs worker.js through V8's code cache (node/codeCache.ts).
import { keepYoungSmall } from './node/heapFlags';
import { compileRegExpsAtOnce } from './node/regexpFlags';
import { join } from 'node:path';
import { AFTER_FIRST_ANALYSIS, CODE_CACHE_ENV, runCached } from './node/codeCache';

// The heap flag before the cached code: V8 accepts it only under the flags it was made with.
keepYoungSmall();
compileRegExpsAtOnce();

const worker = { exports: {} } as NodeJS.Module;
const cached = runCached(join(__dirname, 'worker.js'), process.env[CODE_CACHE_ENV] || undefined, require, worker);
(globalThis as { [AFTER_FIRST_ANALYSIS]?: () => void })[AFTER_FIRST_ANALYSIS] = () => cached.save();
