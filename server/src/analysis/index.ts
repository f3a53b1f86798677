// The analysis library: text in, annotations out. No editor, protocol or Node imports here;
// whatever the library must not own (the gazetteer's bytes) is handed in by the host.
import { analyzeDocument } from './pipeline';
import { Gazetteer } from './gazetteer';
import { BlockCache } from './incremental';
import type { Annotations, AnalyzeOptions, CancellationToken } from './types';
import { noopToken } from './types';

export * from './types';
export { Gazetteer } from './gazetteer';
export { CancelledError } from './cancellation';

export interface AnalyzerInit {
  /** The compact gazetteer (see server/scripts/build-gazetteer.mjs); none means places come from context only. */
  readonly gazetteer?: Gazetteer;
}

export interface Analyzer {
  analyze(text: string, options?: AnalyzeOptions, token?: CancellationToken): Annotations;
  /**
   * Lets go of the memos `result` keeps for the next analysis of its document (see
   * AnalyzeOptions.keep): that analysis gives the same result, with more work.
   */
  release(result: Annotations): void;
}

export function createAnalyzer(init: AnalyzerInit = {}): Analyzer {
  const gazetteer = init.gazetteer ?? Gazetteer.empty();
  // Each result's per-block work, for the next analysis of the same document to reuse. Weak, so
  // a result the host drops takes its cache with it; per analyzer, so another gazetteer's
  // results are never reused.
  const caches = new WeakMap<Annotations, { cache: BlockCache; markdown: boolean }>();
  return Object.freeze({
    analyze: (text: string, options: AnalyzeOptions = {}, token: CancellationToken = noopToken) => {
      const markdown = options.markdown ?? false;
      const previous = options.previous && caches.get(options.previous);
      const cache = new BlockCache(previous && previous.markdown === markdown ? previous.cache : undefined, options.keep);
      const result = analyzeDocument(text, { gazetteer, markdown, cache }, token);
      cache.seal();
      caches.set(result, { cache, markdown });
      return result;
    },
    release: (result: Annotations) => caches.get(result)?.cache.release(),
  });
}
