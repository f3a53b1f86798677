import { splitSentences } from './sentences';
import type { BlockCache } from './incremental';
import type { Block, Span } from './types';

/**
 * Splits plain text into blocks: every non-empty line is a paragraph (news text pasted from the
 * web puts one paragraph on a line), and a short line with no closing punctuation whose words
 * are mostly capitalised is a heading ("Diplomatic Maneuvering and Concerns"). A hard-wrapped
 * paragraph (text saved from e-mail or a terminal) is one block: a line that stops mid-sentence
 * runs on into the next line (see `runsOn`), so quotes and sentences are not cut at the wrap.
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
    let nextStart = lineEnd + 1;
    // a CRLF is one line end
    if (prose.charCodeAt(lineEnd) === 13 && prose.charCodeAt(lineEnd + 1) === 10) nextStart++;
    let lineFrom = start;
    while (end > start && nextStart < prose.length) {
      // a line that closes never runs on (runsOn's first test): most lines of prose end so, and
      // this spares cutting out the next line
      if (LINE_CLOSER_CODES.has(prose.charCodeAt(end - 1))) break;
      const nextEnd = lineEndAt(prose, nextStart);
      const next = prose.slice(nextStart, nextEnd).trim();
      if (!runsOn(prose.slice(lineFrom, end), next)) break;
      lineFrom = nextStart + (prose.slice(nextStart, nextEnd).length - prose.slice(nextStart, nextEnd).trimStart().length);
      end = lineFrom + next.length;
      nextStart = nextEnd + 1;
      if (prose.charCodeAt(nextEnd) === 13 && prose.charCodeAt(nextEnd + 1) === 10) nextStart++;
    }
    if (end > start) {
      const span = { start, end };
      blocks.push(cache ? cache.get('block', prose.slice(start, end), start, () => plainTextBlock(prose, span)) : plainTextBlock(prose, span));
    }
    lineStart = end > start ? Math.max(lineEnd + 1, lineEndAt(prose, end) + 1) : lineEnd + 1;
  }
  return blocks;
}

// How a line that ends a sentence, a heading or a quotation ends.
const LINE_CLOSERS = /[.!?…:;"”’»)\]*_]$/;
const LINE_CLOSER_CODES = new Set([...'.!?…:;"”’»)]*_'].map((c) => c.charCodeAt(0)));
// A run-on line is as long as lines wrapped by a program are; shorter lines are datelines,
// bylines, captions and list entries, which stand alone.
const WRAPPED_LINE = 60;

/**
 * True when `line` stops mid-sentence and `next` (the line right after it, trimmed) carries on:
 * the line has no closing punctuation, is no heading, and is as long as a wrapped line or the
 * next one starts in lower case.
 */
export function runsOn(line: string, next: string): boolean {
  if (next === '' || line === '' || LINE_CLOSERS.test(line) || looksLikeHeading(line)) return false;
  return line.length >= WRAPPED_LINE || /^\p{Ll}/u.test(next);
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
