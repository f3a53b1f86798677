import { splitSentences } from './sentences';
import type { BlockCache } from './incremental';
import type { Block, Span } from './types';

/**
 * Splits plain text into blocks: every non-empty line is a paragraph (news text pasted from the
 * web puts one paragraph on a line), and a short line with no closing punctuation whose words
 * are mostly capitalised is a heading ("Diplomatic Maneuvering and Concerns").
 */
export function plainTextBlocks(prose: string, cache?: BlockCache): Block[] {
  const blocks: Block[] = [];
  let lineStart = 0;
  while (lineStart <= prose.length) {
    const lineEnd = lineEndAt(prose, lineStart);
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(prose[start]!)) start++;
    while (end > start && /\s/.test(prose[end - 1]!)) end--;
    if (end > start) {
      const span = { start, end };
      blocks.push(cache ? cache.get('block', prose.slice(start, end), start, () => plainTextBlock(prose, span)) : plainTextBlock(prose, span));
    }
    lineStart = lineEnd + 1;
  }
  return blocks;
}

/** One line of plain text as a block: a heading, or a paragraph with its sentences. */
function plainTextBlock(prose: string, { start, end }: Span): Block {
  const heading = looksLikeHeading(prose.slice(start, end));
  return {
    start,
    end,
    kind: heading ? 'heading' : 'paragraph',
    level: heading ? 2 : 0,
    sentences: heading ? [{ start, end }] : splitSentences(prose, { start, end }),
  };
}

/**
 * Where the line starting at `from` ends: at LF, CR or CRLF, as the editor counts lines (a file
 * saved with old Mac line ends has no LF at all).
 */
function lineEndAt(text: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) return i;
  }
  return text.length;
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'up', 'vs', 'with', 'after', 'amid', 'over', 'about', 'against', 'before', 'under']);

/** Title case, at most a dozen words, no final stop, no quotation: a heading. */
export function looksLikeHeading(line: string): boolean {
  if (line.length > 100 || /[.,;:!?…"“”»]$/.test(line)) return false;
  if (/["“”«»]/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  if (words.length === 0 || words.length > 12) return false;
  const capitalised = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
  const minor = words.filter((w) => MINOR_WORDS.has(w.toLowerCase())).length;
  return capitalised + minor >= words.length && capitalised >= Math.ceil(words.length / 2);
}
