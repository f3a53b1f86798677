// Offsets (UTF-16 code units, as the analysis gives them) to LSP ranges.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location, Range } from 'vscode-languageserver';
import type { Span } from '../analysis/types';

export function toRange(doc: TextDocument, span: Span): Range {
  return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
}

export function toLocation(doc: TextDocument, span: Span): Location {
  return { uri: doc.uri, range: toRange(doc, span) };
}

/** The smallest span covering all of `spans` (which must not be empty). */
export function cover(spans: readonly Span[]): Span {
  let start = Infinity;
  let end = -Infinity;
  for (const s of spans) {
    if (s.start < start) start = s.start;
    if (s.end > end) end = s.end;
  }
  return { start, end };
}
