// Semantic tokens: quotes, speakers, entities and claims as custom token types, so any theme (or
// the extension's default colours) can colour them and any LSP editor can show them.
//
// Tokens may not overlap, yet the annotations do (a speaker inside a claim's sentence, a place
// inside a quote). The narrower, more specific annotation wins where they meet:
//   speaker > person/organization/place/nationality/date > quote > claim
// and the wider one is cut around it. Tokens never span lines.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Range, SemanticTokens, SemanticTokensDelta, SemanticTokensEdit, SemanticTokensLegend } from 'vscode-languageserver';
import type { Annotations, EntityType, QuoteKind } from '../analysis/types';

export const TOKEN_TYPES = ['quote', 'speaker', 'person', 'organization', 'place', 'nationality', 'claim', 'date'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS = ['direct', 'partial', 'scare', 'indirect', 'unattributed'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

export const legend: SemanticTokensLegend = {
  tokenTypes: [...TOKEN_TYPES],
  tokenModifiers: [...TOKEN_MODIFIERS],
};

const PRECEDENCE: Record<TokenType, number> = {
  speaker: 3, person: 2, organization: 2, place: 2, nationality: 2, date: 2, quote: 1, claim: 0,
};

/** A token in absolute terms, before LSP's relative encoding. */
export interface AbsoluteToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

interface Interval {
  readonly start: number;
  readonly end: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
  /** Order of creation; breaks ties so the later-starting (inner) interval wins. */
  readonly seq: number;
}

function intervals(a: Annotations, length: number): Interval[] {
  const out: Interval[] = [];
  const add = (start: number, end: number, type: TokenType, modifiers: readonly TokenModifier[] = []): void => {
    const s = Math.max(0, start);
    const e = Math.min(length, end);
    if (e > s) out.push({ start: s, end: e, type, modifiers, seq: out.length });
  };
  for (const c of a.claims) add(c.start, c.end, 'claim');
  for (const q of a.quotes) {
    const mods: TokenModifier[] = [q.kind satisfies QuoteKind];
    if (q.speaker === null) mods.push('unattributed');
    add(q.start, q.end, 'quote', mods);
  }
  for (const e of a.entities) {
    for (const m of e.mentions) add(m.start, m.end, e.type satisfies EntityType);
  }
  for (const q of a.quotes) {
    if (q.speakerMention) add(q.speakerMention.start, q.speakerMention.end, 'speaker');
  }
  return out;
}

/** Whether `x` should be drawn over `y` where both cover a character. */
function wins(x: Interval, y: Interval): boolean {
  const px = PRECEDENCE[x.type];
  const py = PRECEDENCE[y.type];
  if (px !== py) return px > py;
  if (x.start !== y.start) return x.start > y.start;
  return x.seq > y.seq;
}

/** Flattens overlapping intervals into disjoint pieces, each taken from the winning interval. */
function flatten(list: readonly Interval[]): { start: number; end: number; from: Interval }[] {
  type Event = { at: number; open: boolean; iv: Interval };
  const events: Event[] = [];
  for (const iv of list) {
    events.push({ at: iv.start, open: true, iv }, { at: iv.end, open: false, iv });
  }
  events.sort((x, y) => x.at - y.at || Number(x.open) - Number(y.open));
  // Active intervals, few at any point (a claim, a quote, a mention, a speaker).
  const active: Interval[] = [];
  const pieces: { start: number; end: number; from: Interval }[] = [];
  let i = 0;
  while (i < events.length) {
    const at = events[i]!.at;
    while (i < events.length && events[i]!.at === at) {
      const ev = events[i++]!;
      if (ev.open) active.push(ev.iv);
      else active.splice(active.indexOf(ev.iv), 1);
    }
    if (active.length === 0 || i >= events.length) continue;
    let top = active[0]!;
    for (const iv of active) if (wins(iv, top)) top = iv;
    const next = events[i]!.at;
    const last = pieces[pieces.length - 1];
    if (last && last.from === top && last.end === at) last.end = next;
    else pieces.push({ start: at, end: next, from: top });
  }
  return pieces;
}

/** Disjoint, ordered, single-line tokens for the whole document. */
export function absoluteTokens(doc: TextDocument, a: Annotations): AbsoluteToken[] {
  const text = doc.getText();
  const tokens: AbsoluteToken[] = [];
  for (const piece of flatten(intervals(a, text.length))) {
    let { line, character } = doc.positionAt(piece.start);
    let start = piece.start;
    // Scans only the piece itself (pieces are disjoint, so the whole pass stays linear); line
    // breaks as TextDocument counts them: \r\n, \n, or a lone \r.
    for (let i = start; i <= piece.end; i++) {
      const ch = i < piece.end ? text.charCodeAt(i) : -1;
      if (ch !== 10 && ch !== 13 && i < piece.end) continue;
      if (i > start) tokens.push({ line, character, length: i - start, type: piece.from.type, modifiers: piece.from.modifiers });
      if (ch === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
      line++;
      character = 0;
    }
  }
  return tokens;
}

/** LSP's relative encoding; `range` keeps only the tokens on or crossing it. */
export function encode(tokens: readonly AbsoluteToken[], range?: Range): SemanticTokens {
  const data: number[] = [];
  let prevLine = 0;
  let prevChar = 0;
  for (const t of tokens) {
    if (range && !intersects(t, range)) continue;
    const deltaLine = t.line - prevLine;
    data.push(deltaLine, deltaLine === 0 ? t.character - prevChar : t.character, t.length, TOKEN_TYPES.indexOf(t.type), modifierBits(t.modifiers));
    prevLine = t.line;
    prevChar = t.character;
  }
  return { data };
}

function intersects(t: AbsoluteToken, r: Range): boolean {
  if (t.line < r.start.line || t.line > r.end.line) return false;
  if (t.line === r.start.line && t.character + t.length <= r.start.character) return false;
  if (t.line === r.end.line && t.character >= r.end.character) return false;
  return true;
}

function modifierBits(mods: readonly TokenModifier[]): number {
  let bits = 0;
  for (const m of mods) bits |= 1 << TOKEN_MODIFIERS.indexOf(m);
  return bits;
}

// One analysis is one document version, so its tokens are computed once however often the
// editor asks (range requests come on every scroll).
const computed = new WeakMap<Annotations, AbsoluteToken[]>();

export function semanticTokens(doc: TextDocument, a: Annotations, range?: Range): SemanticTokens {
  let tokens = computed.get(a);
  if (!tokens) {
    tokens = absoluteTokens(doc, a);
    computed.set(a, tokens);
  }
  return encode(tokens, range);
}

/**
 * The last tokens sent for each document, so that the next request after an edit can be answered
 * with what changed (`textDocument/semanticTokens/full/delta`): for a long article that is a few
 * numbers instead of hundreds of thousands.
 */
export class SemanticTokensResults {
  readonly #last = new Map<string, { resultId: string; data: readonly number[] }>();
  #next = 1;

  /** `tokens` as a full result, remembered for the next delta. */
  full(uri: string, tokens: SemanticTokens): SemanticTokens {
    const resultId = String(this.#next++);
    this.#last.set(uri, { resultId, data: tokens.data });
    return { resultId, data: tokens.data };
  }

  /** `tokens` as edits to the result `previousResultId`, or in full when that is not the last one sent. */
  delta(uri: string, previousResultId: string, tokens: SemanticTokens): SemanticTokens | SemanticTokensDelta {
    const last = this.#last.get(uri);
    if (!last || last.resultId !== previousResultId) return this.full(uri, tokens);
    const resultId = String(this.#next++);
    this.#last.set(uri, { resultId, data: tokens.data });
    return { resultId, edits: dataEdits(last.data, tokens.data) };
  }

  forget(uri: string): void {
    this.#last.delete(uri);
  }
}

/** One edit turning `before` into `after` (their common head and tail kept), whole tokens of five numbers. */
export function dataEdits(before: readonly number[], after: readonly number[]): SemanticTokensEdit[] {
  const limit = Math.min(before.length, after.length);
  let head = 0;
  while (head < limit && before[head] === after[head]) head++;
  head -= head % 5;
  let tail = 0;
  while (tail < limit - head && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
  tail -= tail % 5;
  if (head === before.length && head === after.length) return [];
  return [{ start: head, deleteCount: before.length - head - tail, data: after.slice(head, after.length - tail) }];
}
