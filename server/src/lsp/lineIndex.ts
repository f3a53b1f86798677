// Line starts of a text, counted as TextDocument counts them (\r\n, \n or a lone \r ends a line),
// and the window an edit changed between two versions: the edit path converts offsets to
// positions without building a TextDocument per version, and reuses everything outside that window.

import { textEdit } from '../analysis/blocks';
import { lowerBound } from '../analysis/search';

export class LineIndex {
  readonly text: string;
  /** Offset of each line's first character; starts[0] is 0. */
  readonly starts: Int32Array;

  constructor(text: string, starts?: Int32Array) {
    this.text = text;
    this.starts = starts ?? Int32Array.from(lineStarts(text, 0, text.length, [0]));
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line holding `offset` (the last line starting at or before it). */
  lineOf(offset: number): number {
    return lowerBound(this.starts, offset + 1, (start) => start) - 1;
  }

  lineStart(line: number): number {
    return line >= this.starts.length ? this.text.length : this.starts[line]!;
  }

  /** As TextDocument.positionAt, including its step back over a \r when `offset` falls inside a \r\n. */
  positionAt(offset: number): { line: number; character: number } {
    let at = Math.max(Math.min(offset, this.text.length), 0);
    const line = this.lineOf(at);
    const start = this.starts[line]!;
    while (at > start && isEol(this.text.charCodeAt(at - 1))) at--;
    return { line, character: at - start };
  }

  /** The same for `text`, a later version of this text, given the window where they differ. */
  next(text: string, w: ChangeWindow): LineIndex {
    if (w.unchanged) return new LineIndex(text, this.starts);
    const head = this.lineOf(w.headEnd);
    const scanEnd = w.tailLine < 0 ? text.length : w.newTailStart;
    const found = lineStarts(text, w.headEnd, scanEnd, []);
    // The scan ended on the tail's first line start; the rest are the old ones, moved. Joined
    // into one array made to size: the old lines are most of a long article's, at every edit.
    const last = found.length > 0 ? found[found.length - 1]! : this.starts[head]!;
    const addsTailStart = w.tailLine >= 0 && last !== w.newTailStart ? 1 : 0;
    const rest = w.tailLine >= 0 ? Math.max(0, this.starts.length - w.tailLine - 1) : 0;
    const out = new Int32Array(head + 1 + found.length + addsTailStart + rest);
    out.set(this.starts.subarray(0, head + 1));
    out.set(found, head + 1);
    let k = head + 1 + found.length;
    if (addsTailStart) out[k++] = w.newTailStart;
    const shift = w.newTailStart - w.oldTailStart;
    for (let i = this.starts.length - rest; i < this.starts.length; i++) out[k++] = this.starts[i]! + shift;
    return new LineIndex(text, out);
  }
}

const isEol = (ch: number): boolean => ch === 10 || ch === 13;

/** Appends the line starts found by scanning text[from, to) (a line break ending at `to` counts). */
function lineStarts(text: string, from: number, to: number, out: number[]): number[] {
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch !== 10 && ch !== 13) continue;
    if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
    out.push(i + 1);
  }
  return out;
}

/**
 * Where two versions of a text differ, widened to whole lines: offsets up to `headEnd` have the
 * same position (line and character) in both; offsets from `oldTailStart` in the old text are
 * `newTailStart - oldTailStart` further on in the new one, on a line `lineShift` further down, at
 * the same character. Between them, anything may have changed.
 */
export interface ChangeWindow {
  readonly unchanged: boolean;
  /** A line start (or 0) at or before the first changed character, in both texts. */
  readonly headEnd: number;
  /** The old text's first line start after the last changed character; text.length + 1 when there is none. */
  readonly oldTailStart: number;
  readonly newTailStart: number;
  /** The old line starting at oldTailStart, -1 when there is none. */
  readonly tailLine: number;
  readonly lineShift: number;
  /** The lines that changed: old lines [headLine, oldTailLine), new lines [headLine, newTailLine). */
  readonly headLine: number;
  readonly oldTailLine: number;
  readonly newTailLine: number;
}

export function changeWindow(old: LineIndex, text: string): ChangeWindow {
  const a = old.text;
  if (a === text) {
    const n = old.lineCount;
    return { unchanged: true, headEnd: a.length, oldTailStart: a.length + 1, newTailStart: a.length + 1, tailLine: -1, lineShift: 0, headLine: n, oldTailLine: n, newTailLine: n };
  }
  const edit = textEdit(a, text);
  const p = edit.at;
  const s = a.length - edit.at - edit.removed;
  // One character back: a change right after a \r may turn \r\n into \r (and move a line start).
  const headLine = old.lineOf(Math.max(0, p - 1));
  const headEnd = old.starts[headLine]!;
  const tailLine = old.lineOf(a.length - s) + 1;
  if (tailLine >= old.lineCount) {
    // The old text's breaks after headEnd are its lines after headLine.
    const lineShift = countLines(text, headEnd, text.length) - (old.lineCount - 1 - headLine);
    return { unchanged: false, headEnd, oldTailStart: a.length + 1, newTailStart: text.length + 1, tailLine: -1, lineShift, headLine, oldTailLine: old.lineCount, newTailLine: old.lineCount + lineShift };
  }
  const oldTailStart = old.starts[tailLine]!;
  const newTailStart = oldTailStart + text.length - a.length;
  // Both windows end on a line start, so no \r\n straddles their ends; the old one holds lines [headLine, tailLine).
  const lineShift = countLines(text, headEnd, newTailStart) - (tailLine - headLine);
  return {
    unchanged: false, headEnd, oldTailStart, newTailStart, tailLine, lineShift,
    headLine, oldTailLine: tailLine, newTailLine: tailLine + lineShift,
  };
}

/** Line breaks in text[from, to). */
function countLines(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const ch = text.charCodeAt(i);
    if (ch === 10) n++;
    else if (ch === 13) {
      n++;
      if (text.charCodeAt(i + 1) === 10) i++;
    }
  }
  return n;
}
