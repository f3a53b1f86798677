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

// Each result's per-block work, for the next analysis of the same document to reuse, is held by
// the result itself under this key (not enumerated, not serialised), so that a result the host
// drops takes it along. A WeakMap from results held it as an ephemeron, which the young
// generation's collections keep alive: every scavenge copied and promoted the memos of each
// document analysed since the last one, and a throughput run of short articles lost ~4% to it.
const MEMOS = Symbol('memos');

interface Memos {
  /** The analyzer that made them: another gazetteer's results are never reused. */
  readonly owner: object;
  readonly cache: BlockCache;
  readonly markdown: boolean;
}

type WithMemos = Annotations & { readonly [MEMOS]?: Memos };

export function createAnalyzer(init: AnalyzerInit = {}): Analyzer {
  const gazetteer = init.gazetteer ?? Gazetteer.empty();
  const owner = {};
  const memosOf = (result: Annotations | undefined): Memos | undefined => {
    const memos = (result as WithMemos | undefined)?.[MEMOS];
    return memos?.owner === owner ? memos : undefined;
  };
  return Object.freeze({
    analyze: (text: string, options: AnalyzeOptions = {}, token: CancellationToken = noopToken) => {
      const markdown = options.markdown ?? false;
      const previous = memosOf(options.previous);
      const cache = new BlockCache(previous && previous.markdown === markdown ? previous.cache : undefined, options.keep);
      const result = analyzeDocument(text, { gazetteer, markdown, cache }, token);
      cache.seal();
      const memos: Memos = { owner, cache, markdown };
      Object.defineProperty(result, MEMOS, { value: memos });
      return result;
    },
    release: (result: Annotations) => memosOf(result)?.cache.release(),
  });
}
