// V8's code cache for the analysis worker's bundle: a thread that starts with it skips parsing
// and compiling the functions the last run compiled (~20 ms of a cold start to first annotations).
// Kept only in a folder the editor names (NEWS_ANNOTATOR_CODE_CACHE, the extension's global
// storage in VS Code), never beside the user's files; without one, nothing is read or written.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { wrap } from 'node:module';
import { join } from 'node:path';
import { Script } from 'node:vm';

/** The environment variable naming the cache folder. */
export const CODE_CACHE_ENV = 'NEWS_ANNOTATOR_CODE_CACHE';

/**
 * Runs the CommonJS file `file` as `require` would, compiled with the cached code for its exact
 * content and this Node (the cache file's name says both; V8 itself refuses data from another
 * version or flags). The returned `save` writes the cache once the run has compiled what it
 * needs (call it after the first analysis); it does nothing when the cache was used or no folder is set.
 * `used` says whether the cached code was accepted.
 */
export function runCached(file: string, cacheDir: string | undefined, req: NodeJS.Require, module: NodeJS.Module): { readonly used: boolean; save(): void } {
  const source = readFileSync(file, 'utf8');
  const cachePath = cacheDir === undefined ? undefined : join(cacheDir, `worker-${cacheKey(source)}.v8cache`);
  let cachedData: Buffer | undefined;
  try {
    if (cachePath) cachedData = readFileSync(cachePath);
  } catch {
    // none yet
  }
  const script = new Script(wrap(source), { filename: file, cachedData });
  const used = cachedData !== undefined && !script.cachedDataRejected;
  (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, req, module, file, join(file, '..'));
  let saved = used || cachePath === undefined;
  return {
    used,
    save() {
      if (saved) return;
      saved = true;
      try {
        mkdirSync(cacheDir!, { recursive: true });
        // Written aside then renamed, so a thread starting meanwhile never reads half a file.
        const temp = `${cachePath!}.${process.pid}.tmp`;
        writeFileSync(temp, script.createCachedData());
        renameSync(temp, cachePath!);
        // Caches for earlier versions of the bundle (or of Node) are never read again.
        for (const f of readdirSync(cacheDir!)) {
          if (/^worker-[0-9a-f]{32}\.v8cache$/.test(f) && join(cacheDir!, f) !== cachePath) rmSync(join(cacheDir!, f), { force: true });
        }
      } catch {
        // A cache that cannot be written only costs the next start its speed-up.
      }
    },
  };
}

/** The bundle's content and this Node: cached code is for exactly these. */
function cacheKey(source: string): string {
  return createHash('sha256').update(process.version).update('\0').update(process.arch).update('\0').update(source).digest('hex').slice(0, 32);
}

/** Where the worker's loader leaves `save` for the worker to call once it has analysed its first document. */
export const AFTER_FIRST_ANALYSIS = Symbol.for('newsAnnotator.afterFirstAnalysis');

/** Calls the loader's `save` (if any) a second after the first analysis, off the path of its reply. */
export function afterFirstAnalysis(): void {
  const save = (globalThis as { [AFTER_FIRST_ANALYSIS]?: () => void })[AFTER_FIRST_ANALYSIS];
  if (save) setTimeout(save, 1000).unref();
}
