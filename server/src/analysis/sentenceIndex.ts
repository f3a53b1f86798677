// The document's sentences in one run across its blocks, for the claims stage and the helpers it
// hands sentences to by number (sentenceWords.ts, sentenceAgents.ts): built once per analysis.
import type { Block, Span } from './types';

export interface SentenceIndex {
  /** Every sentence of the document, in order. */
  readonly sentences: readonly Span[];
  /** By sentence: the block holding it, that block's index, and the sentence's index there. */
  readonly blockOf: readonly Block[];
  readonly blockIndex: Int32Array;
  readonly within: Int32Array;
  /** By block: the number of its first sentence. */
  readonly firstSentence: Int32Array;
}

export function sentenceIndex(blocks: readonly Block[]): SentenceIndex {
  const sentences: Span[] = [];
  const blockOf: Block[] = [];
  const firstSentence = new Int32Array(blocks.length);
  for (let b = 0; b < blocks.length; b++) {
    const block = blocks[b]!;
    firstSentence[b] = sentences.length;
    for (const sentence of block.sentences) {
      sentences.push(sentence);
      blockOf.push(block);
    }
  }
  const blockIndex = new Int32Array(sentences.length);
  const within = new Int32Array(sentences.length);
  for (let b = 0; b < blocks.length; b++) {
    const first = firstSentence[b]!;
    const count = blocks[b]!.sentences.length;
    for (let k = 0; k < count; k++) {
      blockIndex[first + k] = b;
      within[first + k] = k;
    }
  }
  return { sentences, blockOf, blockIndex, within, firstSentence };
}
