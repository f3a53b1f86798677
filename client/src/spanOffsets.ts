// The one way the client turns an analysis span into editor positions: the analysis counts
// UTF-16 code units from the start of the text (as JavaScript strings and VS Code's positionAt
// do), so positions come from the document itself, never from counting lines here.

/** What the conversion needs of a document: vscode.TextDocument and the LSP TextDocument both fit. */
export interface OffsetDocument<P> {
  getText(): string;
  positionAt(offset: number): P;
}

export interface Span {
  readonly start: number;
  readonly end: number;
}

/**
 * Reads the arguments of the reveal command, as they come from a command URI (JSON: numbers), a
 * tree item or a webview message; anything else is refused so a stale or forged link does nothing.
 */
export function revealSpanArgs(start: unknown, end: unknown): Span | undefined {
  if (typeof start !== 'number' || !Number.isFinite(start)) return undefined;
  const to = end === undefined ? start : end;
  if (typeof to !== 'number' || !Number.isFinite(to)) return undefined;
  return { start: Math.trunc(start), end: Math.trunc(to) };
}

/**
 * The span's positions in `doc`, clamped into the text and put in order: an article edited since
 * the span was computed must still land somewhere sensible rather than throw.
 */
export function spanPositions<P>(doc: OffsetDocument<P>, span: Span): { from: P; to: P } {
  const length = doc.getText().length;
  const clamp = (n: number) => Math.max(0, Math.min(n, length));
  const a = clamp(span.start);
  const b = clamp(span.end);
  return { from: doc.positionAt(Math.min(a, b)), to: doc.positionAt(Math.max(a, b)) };
}
