import type { BlockCache } from './incremental';
import type { Block } from './types';

/**
 * The text every stage reads. `prose` has the same length as the original text, with markup
 * (Markdown syntax, code, HTML, front matter) replaced by spaces, so that every offset found in
 * it is an offset into the original document.
 */
export interface ProseDocument {
  /** The original text. */
  readonly text: string;
  /** The text to analyse: same length as `text`, markup blanked out. */
  readonly prose: string;
  readonly blocks: readonly Block[];
  /**
   * Per-block results of the previous analysis of this document, when the host passed one: a
   * stage whose work on a block depends on that block's text alone gets it through
   * `blockWork` (incremental.ts) and skips the blocks that did not change.
   */
  readonly cache?: BlockCache;
}
