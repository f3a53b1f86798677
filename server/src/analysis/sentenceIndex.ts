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
  for (const block of blocks) {
    for (const sentence of block.sentences) {
      sentences.push(sentence);
      blockOf.push(block);
    }
  }
  return new Index(blocks, sentences, blockOf);
}

/** Numbered by block only when asked: most articles' claims stage reads their cue sentences alone, by sentence. */
class Index implements SentenceIndex {
  private numbers: { readonly blockIndex: Int32Array; readonly within: Int32Array; readonly firstSentence: Int32Array } | undefined;

  constructor(
    private readonly blocks: readonly Block[],
    readonly sentences: readonly Span[],
    readonly blockOf: readonly Block[],
  ) {}

  get blockIndex(): Int32Array {
    return this.numbered().blockIndex;
  }

  get within(): Int32Array {
    return this.numbered().within;
  }

  get firstSentence(): Int32Array {
    return this.numbered().firstSentence;
  }

  private numbered(): NonNullable<Index['numbers']> {
    if (this.numbers) return this.numbers;
    const blocks = this.blocks;
    const firstSentence = new Int32Array(blocks.length);
    const blockIndex = new Int32Array(this.sentences.length);
    const within = new Int32Array(this.sentences.length);
    let first = 0;
    for (let b = 0; b < blocks.length; b++) {
      firstSentence[b] = first;
      const count = blocks[b]!.sentences.length;
      for (let k = 0; k < count; k++) {
        blockIndex[first + k] = b;
        within[first + k] = k;
      }
      first += count;
    }
    return (this.numbers = { blockIndex, within, firstSentence });
  }
}
