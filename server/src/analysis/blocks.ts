import { lineEnds, type NextOf } from './nextOf';
import { splitSentences } from './sentences';
import type { BlockCache, BlockEntry } from './incremental';
import type { Block, Span } from './types';

/**
 * Splits plain text into blocks: every non-empty line is a paragraph (news text pasted from the
 * web puts one paragraph on a line), and a short line with no closing punctuation whose words
 * are mostly capitalised is a heading ("Diplomatic Maneuvering and Concerns"). A hard-wrapped
 * paragraph (text saved from e-mail or a terminal) is one block: a line that stops mid-sentence
 * runs on into the next line (see `runsOn`), so quotes and sentences are not cut at the wrap.
 */
export function plainTextBlocks(prose: string, cache?: BlockCache): Block[] {
  let blocks: Block[] = [];
  let entries: (BlockEntry | undefined)[] = [];
  // the steps this split takes itself (all of them, or those around an edit): see BlockScan
  const starts: number[] = [];
  const readEnds: number[] = [];
  const blocksBefore: number[] = [];
  const last = cache?.lastScan();
  let lineStart = 0;
  // After an edit, the split is redone from the last step that read nothing at or after the
  // edit, until a step starts where one started in the old text after the edit: from there on
  // the old split holds, moved by the edit (a step reads only from its own line on).
  let resync: ((at: number) => boolean) | undefined;
  // the blocks kept from the old split at its head and tail, for the stages' carried state
  let head = 0;
  let tail = 0;
  // the old steps kept: the first `r`, and from `q` on (moved by `delta`, after `moved` blocks more or fewer)
  let q = -1;
  let delta = 0;
  let moved = 0;
  const edit = last && textEdit(last.prose, prose);
  let r = 0;
  while (last && edit && r < last.starts.length && last.readEnds[r]! < edit.at) r++;
  const resplit = cache !== undefined && last !== undefined && edit !== undefined && r < last.starts.length;
  if (resplit) {
    head = last.blocksBefore[r]!;
    blocks = last.blocks.slice(0, head);
    entries = last.entries.slice(0, head);
    cache.reused(head);
    lineStart = last.starts[r]!;
    delta = prose.length - last.prose.length;
    let from = r;
    resync = (at) => {
      if (at < edit.at + edit.inserted) return false;
      while (from < last.starts.length && last.starts[from]! < at - delta) from++;
      // at - delta is then at or after the edit's end in the old text
      if (from >= last.starts.length || last.starts[from] !== at - delta) return false;
      q = from;
      const first = last.blocksBefore[q]!;
      tail = last.blocks.length - first;
      moved = blocks.length - first;
      for (let i = first; i < last.blocks.length; i++) {
        blocks.push(delta === 0 ? last.blocks[i]! : movedBlock(last.blocks[i]!, delta));
        entries.push(last.entries[i]!);
      }
      cache.reused(tail);
      return true;
    };
  } else r = 0; // split from the top: no old step is kept
  const ends = lineEnds(prose);
  while (lineStart <= prose.length) {
    if (resync?.(lineStart)) break;
    starts.push(lineStart);
    blocksBefore.push(blocks.length);
    const lineEnd = lineEndAt(ends, prose, lineStart);
    // the end of the last line the block takes in
    let lastLineEnd = lineEnd;
    let readEnd = lineEnd + 1;
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
      const nextEnd = lineEndAt(ends, prose, nextStart);
      readEnd = nextEnd + 1;
      const next = prose.slice(nextStart, nextEnd).trim();
      if (!runsOn(prose.slice(lineFrom, end), next)) break;
      lineFrom = nextStart + (prose.slice(nextStart, nextEnd).length - prose.slice(nextStart, nextEnd).trimStart().length);
      end = lineFrom + next.length;
      lastLineEnd = nextEnd;
      nextStart = nextEnd + 1;
      if (prose.charCodeAt(nextEnd) === 13 && prose.charCodeAt(nextEnd + 1) === 10) nextStart++;
    }
    // asking whether a next line exists (nextStart < length) reads that far too
    readEnds.push(Math.max(readEnd, nextStart));
    if (end > start) {
      const span = { start, end };
      blocks.push(cache ? cache.block(prose.slice(start, end), start, () => plainTextBlock(prose, span), entries) : plainTextBlock(prose, span));
    }
    // the block ends inside the last line it takes in (a line taken in is never blank)
    lineStart = end > start ? lastLineEnd + 1 : lineEnd + 1;
  }
  if (cache) {
    const kept = resplit ? last : undefined;
    cache.scan = {
      prose, blocks, entries,
      starts: joinedSteps(kept?.starts, r, starts, q, delta),
      readEnds: joinedSteps(kept?.readEnds, r, readEnds, q, delta),
      blocksBefore: joinedSteps(kept?.blocksBefore, r, blocksBefore, q, moved),
    };
    if (resplit) cache.align(head, tail, last.blocks.length, edit);
  }
  return blocks;
}

/**
 * One column of a split's steps: the first `r` of the old split's, the ones taken anew, and the
 * old split's from `q` on (none when `q` is -1) with `add` added. Off the collected heap, in one
 * piece: the column is as long as the article has lines, and is made again at every edit.
 */
function joinedSteps(old: Int32Array | undefined, r: number, taken: readonly number[], q: number, add: number): Int32Array {
  const rest = old && q >= 0 ? old.length - q : 0;
  const out = new Int32Array(r + taken.length + rest);
  if (old) out.set(old.subarray(0, r));
  out.set(taken, r);
  for (let i = 0, k = r + taken.length; i < rest; i++, k++) out[k] = old![q + i]! + add;
  return out;
}

/**
 * A block of plain text `delta` further on: `shiftOffsets` for the shape plainTextBlock makes
 * (blocks after an edit are all moved, at every edit, so no generic walk over their properties).
 */
function movedBlock(block: Block, delta: number): Block {
  const sentences = new Array<Span>(block.sentences.length);
  for (let i = 0; i < sentences.length; i++) {
    const s = block.sentences[i]!;
    sentences[i] = { start: s.start + delta, end: s.end + delta };
  }
  return { start: block.start + delta, end: block.end + delta, kind: block.kind, level: block.level, sentences };
}

// how many characters the edit's search compares at a time: whole chunks compare in native code
const SAME_CHUNK = 2048;

/** The single edit between two texts: where it starts, and how many characters it removed and inserted. */
export interface TextEdit {
  readonly at: number;
  readonly removed: number;
  readonly inserted: number;
}

// The last edit found, with its texts: after an edit the analysis asks first (the block split), then
// the editor's products (lsp/lineIndex.ts) ask again about the same two versions, which are the
// same strings, so that the second answer costs a comparison of references instead of a scan of
// both texts. It holds two versions of one document, which their analysis and products hold too
// while it is open (forgetLastEdit, when it closes).
let lastEdit: { readonly before: string; readonly after: string; readonly edit: TextEdit } | undefined;

/** The single edit between two texts: their common head, then what differs. */
export function textEdit(before: string, after: string): TextEdit {
  if (lastEdit !== undefined && lastEdit.before === before && lastEdit.after === after) return lastEdit.edit;
  const edit = findTextEdit(before, after);
  lastEdit = { before, after, edit };
  return edit;
}

/**
 * Lets go of the texts the last edit was found between: a document closed must not stay alive
 * here, two versions of it, until some other document is edited.
 */
export function forgetLastEdit(): void {
  lastEdit = undefined;
}

function findTextEdit(before: string, after: string): TextEdit {
  const limit = Math.min(before.length, after.length);
  let at = 0;
  while (at + SAME_CHUNK <= limit && before.slice(at, at + SAME_CHUNK) === after.slice(at, at + SAME_CHUNK)) at += SAME_CHUNK;
  while (at < limit && before.charCodeAt(at) === after.charCodeAt(at)) at++;
  let tail = 0;
  const room = limit - at;
  while (tail + SAME_CHUNK <= room && before.slice(before.length - tail - SAME_CHUNK, before.length - tail) === after.slice(after.length - tail - SAME_CHUNK, after.length - tail)) tail += SAME_CHUNK;
  while (tail < room && before.charCodeAt(before.length - 1 - tail) === after.charCodeAt(after.length - 1 - tail)) tail++;
  return { at, removed: before.length - at - tail, inserted: after.length - at - tail };
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
 * saved with old Mac line ends has no LF at all). `ends` finds them in `text` (lineEnds).
 */
function lineEndAt(ends: NextOf, text: string, from: number): number {
  const end = ends.at(from);
  return end < 0 ? text.length : end;
}

const MINOR_WORDS = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'up', 'vs', 'with', 'after', 'amid', 'over', 'about', 'against', 'before', 'under']);

/** Title case, at most a dozen words, no final stop, no quotation: a heading. */
export function looksLikeHeading(line: string): boolean {
  // most lines of prose end in a stop, and are refused before any reading of their words
  if (line.length > 100 || FINAL_REFUSED.has(line.charCodeAt(line.length - 1))) return false;
  const ascii = asciiHeading(line);
  if (ascii !== undefined) return ascii;
  if (/["“”«»]/.test(line)) return false;
  const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return isHeading(words.length, words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length, words.filter((w) => MINOR_WORDS.has(w.toLowerCase())).length);
}

/** Most words capitalised, the rest minor ones (a capitalised minor word counts as both). */
function isHeading(words: number, capitalised: number, minor: number): boolean {
  return words > 0 && words <= 12 && capitalised + minor >= words && capitalised >= Math.ceil(words / 2);
}

// the longest of MINOR_WORDS
const MINOR_LENGTH = Math.max(...[...MINOR_WORDS].map((w) => w.length));

/**
 * looksLikeHeading for a line in ASCII, read in one pass by character codes (the block split
 * asks it of every short line); undefined for a line with a character outside ASCII.
 */
function asciiHeading(line: string): boolean | undefined {
  const n = line.length;
  let words = 0;
  let capitalised = 0;
  let minor = 0;
  let i = 0;
  while (i < n) {
    let c = line.charCodeAt(i);
    if (c === 32 || (c >= 9 && c <= 13)) {
      i++;
      continue;
    }
    // a word: up to the next space; whether it has a letter, whether its first letter is a
    // capital, and whether it is letters alone (only such a word can be a minor one)
    const start = i;
    let firstLetter = 0;
    let lettersOnly = true;
    while (i < n && c !== 32 && (c < 9 || c > 13)) {
      if (c >= 128) return undefined;
      const letter = (c | 32) >= 97 && (c | 32) <= 122;
      if (letter && firstLetter === 0) firstLetter = c;
      if (!letter) lettersOnly = false;
      // a quotation mark anywhere refuses the line
      if (c === 34) return false;
      c = line.charCodeAt(++i);
    }
    if (firstLetter === 0) continue;
    words++;
    if (firstLetter <= 90) capitalised++;
    if (lettersOnly && i - start <= MINOR_LENGTH && MINOR_WORDS.has(line.slice(start, i).toLowerCase())) minor++;
  }
  return isHeading(words, capitalised, minor);
}

// A stop, a comma, a colon, a semicolon or a quotation mark at the end of a line: no heading.
const FINAL_REFUSED: ReadonlySet<number> = new Set([...'.,;:!?…"“”»'].map((c) => c.charCodeAt(0)));
