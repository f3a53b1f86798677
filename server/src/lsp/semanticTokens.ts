// Semantic tokens: quotes, speakers, entities and claims as custom token types, so any theme (or
// the extension's default colours) can colour them and any LSP editor can show them. The tokens
// themselves are built in tokenTable.ts (whole, or after an edit only where something changed);
// this file encodes them for LSP and answers delta requests.
import type { Range, SemanticTokens, SemanticTokensDelta, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver';
import { firstTokenAt, TOKEN_FIELDS, TOKEN_MODIFIERS, TOKEN_TYPES } from './tokenTable';

export const legend: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

/** A token table (tokenTable.ts) in LSP's relative encoding; `range` keeps only the tokens on or crossing it. */
export function encodeTable(table: Int32Array, range?: Range): number[] {
  return Array.from(encodeTableData(table, range));
}

/** As encodeTable, into a typed array (a long article's tokens are hundreds of thousands of numbers). */
export function encodeTableData(table: Int32Array, range?: Range): Uint32Array {
  const from = range ? firstTokenAt(table, range.start.line) : 0;
  const to = range ? firstTokenAt(table, range.end.line + 1) : table.length / TOKEN_FIELDS;
  const data = new Uint32Array((to - from) * TOKEN_FIELDS);
  let n = 0;
  let prevLine = 0;
  let prevChar = 0;
  for (let i = from * TOKEN_FIELDS; i < to * TOKEN_FIELDS; i += TOKEN_FIELDS) {
    const line = table[i]!;
    const character = table[i + 1]!;
    if (range && !intersects(line, character, table[i + 2]!, range)) continue;
    const deltaLine = line - prevLine;
    data[n] = deltaLine;
    data[n + 1] = deltaLine === 0 ? character - prevChar : character;
    data[n + 2] = table[i + 2]!;
    data[n + 3] = table[i + 3]!;
    data[n + 4] = table[i + 4]!;
    n += TOKEN_FIELDS;
    prevLine = line;
    prevChar = character;
  }
  return n === data.length ? data : data.slice(0, n);
}

function intersects(line: number, character: number, length: number, r: Range): boolean {
  if (line < r.start.line || line > r.end.line) return false;
  if (line === r.start.line && character + length <= r.start.character) return false;
  if (line === r.end.line && character >= r.end.character) return false;
  return true;
}

/**
 * The last tokens sent for each document, so that the next request after an edit can be answered
 * with what changed (`textDocument/semanticTokens/full/delta`): for a long article that is a few
 * numbers instead of hundreds of thousands.
 */
export class SemanticTokensResults {
  readonly #last = new Map<string, { resultId: string; data: ArrayLike<number> }>();
  #next = 1;

  /** `data` as a full result, remembered for the next delta. */
  full(uri: string, data: ArrayLike<number>): SemanticTokens {
    const resultId = String(this.#next++);
    this.#last.set(uri, { resultId, data });
    return { resultId, data: Array.from(data) };
  }

  /** `data` as edits to the result `previousResultId`, or in full when that is not the last one sent. */
  delta(uri: string, previousResultId: string, data: ArrayLike<number>): SemanticTokens | SemanticTokensDelta {
    const last = this.#last.get(uri);
    if (!last || last.resultId !== previousResultId) return this.full(uri, data);
    const resultId = String(this.#next++);
    this.#last.set(uri, { resultId, data });
    return { resultId, edits: dataEdits(last.data, data) };
  }

  forget(uri: string): void {
    this.#last.delete(uri);
  }
}

/** One edit turning `before` into `after` (their common head and tail kept), whole tokens of five numbers. */
export function dataEdits(before: ArrayLike<number>, after: ArrayLike<number>): SemanticTokensEdit[] {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before[head] === after[head]) head++;
  head -= head % 5;
  let tail = 0;
  while (tail < limit - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  tail -= tail % 5;
  if (head === before.length && head === after.length) return [];
  return [{ start: head, deleteCount: before.length - head - tail, data: Array.prototype.slice.call(after, head, after.length - tail) as number[] }];
}
