// The analysis library: text in, annotations out. No editor, protocol or Node imports here;
// whatever the library must not own (the gazetteer's bytes) is handed in by the host.
import { analyzeDocument } from './pipeline';
import { Gazetteer } from './gazetteer';
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
}

export function createAnalyzer(init: AnalyzerInit = {}): Analyzer {
  const gazetteer = init.gazetteer ?? Gazetteer.empty();
  return Object.freeze({
    analyze: (text: string, options: AnalyzeOptions = {}, token: CancellationToken = noopToken) =>
      analyzeDocument(text, { gazetteer, markdown: options.markdown ?? false }, token),
  });
}
