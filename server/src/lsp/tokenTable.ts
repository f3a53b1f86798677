// Semantic tokens as a flat table (five numbers a token: line, character, length, type index,
// modifier bits; ordered, disjoint, single-line), built for a whole document or, after an edit,
// again only for the lines where the text or an annotation changed: the other lines' tokens are
// copied from the previous version's table (lines after the edit moved by the lines it added).
//
// Tokens may not overlap, yet the annotations do (a speaker inside a claim's sentence, a place
// inside a quote). The narrower, more specific annotation wins where they meet:
//   speaker > person/organization/place/nationality/date > quote > claim
// and the wider one is cut around it.
import type { Claim, Entity, EntityType, Quote, QuoteKind, Span } from '../analysis/types';
import type { ChangeWindow, LineIndex } from './lineIndex';
import { lowerBound } from '../analysis/search';
import { changedRuns, spanMatcher } from './annotationModel';

export const TOKEN_TYPES = ['quote', 'speaker', 'person', 'organization', 'place', 'nationality', 'claim', 'date'] as const;
export type TokenType = (typeof TOKEN_TYPES)[number];
export const TOKEN_MODIFIERS = ['direct', 'partial', 'scare', 'indirect', 'unattributed'] as const;
export type TokenModifier = (typeof TOKEN_MODIFIERS)[number];

/** Numbers per token in a table. */
export const TOKEN_FIELDS = 5;

const TYPE: Record<TokenType, number> = Object.fromEntries(TOKEN_TYPES.map((t, i) => [t, i])) as Record<TokenType, number>;
const PRECEDENCE: readonly number[] = TOKEN_TYPES.map((t) => ({ speaker: 3, person: 2, organization: 2, place: 2, nationality: 2, date: 2, quote: 1, claim: 0 })[t]);
// by name: every quote of the article asks at every edit
const BIT = Object.fromEntries(TOKEN_MODIFIERS.map((m, i) => [m, 1 << i])) as Record<TokenModifier, number>;
const UNATTRIBUTED = BIT.unattributed;

/** What tokens are made of: the parts of an analysis they read. */
export interface TokenSources {
  readonly claims: readonly Claim[];
  readonly quotes: readonly Quote[];
  readonly entities: readonly Entity[];
}

interface Interval {
  /** Where it lies in the document (`start` also decides who wins). */
  readonly start: number;
  readonly end: number;
  readonly type: number;
  readonly modifiers: number;
  /** Order of creation; breaks ties so the later-starting (inner) interval wins. */
  readonly seq: number;
}

/** Disjoint offset ranges [start, end), in order. */
type Regions = readonly { readonly start: number; readonly end: number }[];

/** The intervals overlapping each region, in creation order (claims, quotes, entity mentions, speakers). */
function intervalsIn(a: TokenSources, length: number, regions: Regions): Interval[][] {
  const out: Interval[][] = regions.map(() => []);
  const lo = regions.length ? regions[0]!.start : 0;
  const hi = regions.length ? regions[regions.length - 1]!.end : 0;
  let seq = 0;
  const add = (start: number, end: number, type: number, modifiers: number): void => {
    // Counted even when outside every region: ties are broken by creation order.
    seq++;
    if (end <= lo || start >= hi) return;
    const s = Math.max(0, start);
    const e = Math.min(length, end);
    if (e <= s) return;
    // The first region ending after s, then every one starting before e.
    const iv = { start: s, end: e, type, modifiers, seq };
    for (let r = lowerBound(regions, s + 1, (g) => g.end); r < regions.length && regions[r]!.start < e; r++) out[r]!.push(iv);
  };
  for (const c of a.claims) add(c.start, c.end, TYPE.claim, 0);
  for (const q of a.quotes) add(q.start, q.end, TYPE.quote, BIT[q.kind satisfies QuoteKind] | (q.speaker === null ? UNATTRIBUTED : 0));
  for (const e of a.entities) {
    const type = TYPE[e.type satisfies EntityType];
    for (const m of e.mentions) add(m.start, m.end, type, 0);
  }
  for (const q of a.quotes) if (q.speakerMention) add(q.speakerMention.start, q.speakerMention.end, TYPE.speaker, 0);
  return out;
}

/** Whether `x` should be drawn over `y` where both cover a character. */
function wins(x: Interval, y: Interval): boolean {
  const px = PRECEDENCE[x.type]!;
  const py = PRECEDENCE[y.type]!;
  if (px !== py) return px > py;
  if (x.start !== y.start) return x.start > y.start;
  return x.seq > y.seq;
}

/** Growable table of tokens. */
class TokenWriter {
  data: Int32Array;
  length = 0;

  /** `expected`: about how many numbers it will hold (the previous table's size). */
  constructor(expected: number) {
    this.data = new Int32Array(Math.max(1024, expected + (expected >> 4)));
  }

  push(line: number, character: number, length: number, type: number, modifiers: number): void {
    this.#room(TOKEN_FIELDS);
    const d = this.data;
    const i = this.length;
    d[i] = line;
    d[i + 1] = character;
    d[i + 2] = length;
    d[i + 3] = type;
    d[i + 4] = modifiers;
    this.length = i + TOKEN_FIELDS;
  }

  /** Tokens [from, to) of `table`, their lines moved by `lineShift`. */
  copy(table: Int32Array, from: number, to: number, lineShift: number): void {
    const n = (to - from) * TOKEN_FIELDS;
    this.#room(n);
    this.data.set(table.subarray(from * TOKEN_FIELDS, to * TOKEN_FIELDS), this.length);
    if (lineShift !== 0) for (let i = this.length; i < this.length + n; i += TOKEN_FIELDS) this.data[i]! += lineShift;
    this.length += n;
  }

  done(): Int32Array {
    return this.length === this.data.length ? this.data : this.data.subarray(0, this.length);
  }

  #room(n: number): void {
    if (this.length + n <= this.data.length) return;
    let size = this.data.length * 2;
    while (size < this.length + n) size *= 2;
    const grown = new Int32Array(size);
    grown.set(this.data.subarray(0, this.length));
    this.data = grown;
  }
}

/**
 * The tokens of region [rs, re) (whole lines) from the intervals overlapping it: the intervals are
 * cut at the region's edges, which are line starts, where tokens are cut anyway.
 */
function regionTokens(lines: LineIndex, list: readonly Interval[], rs: number, re: number, out: TokenWriter): void {
  const text = lines.text;
  // Events as numbers, sorted natively: by place, closings before openings, then in the order the
  // intervals were made ((at × 2 + opening) × n + index stays well within 2^53).
  const n = list.length;
  const events = new Float64Array(2 * n);
  for (let k = 0; k < n; k++) {
    const iv = list[k]!;
    events[2 * k] = (Math.max(rs, iv.start) * 2 + 1) * n + k;
    events[2 * k + 1] = Math.min(re, iv.end) * 2 * n + k;
  }
  events.sort();
  const atOf = (e: number): number => Math.floor(Math.floor(e / n) / 2);
  // Active intervals, few at any point (a claim, a quote, a mention, a speaker).
  const active: Interval[] = [];
  const pieces: { start: number; end: number; from: Interval }[] = [];
  let i = 0;
  while (i < events.length) {
    const at = atOf(events[i]!);
    while (i < events.length && atOf(events[i]!) === at) {
      const e = events[i++]!;
      const iv = list[e % n]!;
      if (Math.floor(e / n) % 2 === 1) active.push(iv);
      else active.splice(active.indexOf(iv), 1);
    }
    if (active.length === 0 || i >= events.length) continue;
    let top = active[0]!;
    for (const iv of active) if (wins(iv, top)) top = iv;
    const next = atOf(events[i]!);
    const last = pieces[pieces.length - 1];
    if (last && last.from === top && last.end === at) last.end = next;
    else pieces.push({ start: at, end: next, from: top });
  }
  for (const piece of pieces) {
    let { line, character } = lines.positionAt(piece.start);
    let start = piece.start;
    // Scans only the piece itself (pieces are disjoint, so the pass stays linear); line breaks as
    // TextDocument counts them: \r\n, \n, or a lone \r.
    for (let k = start; k <= piece.end; k++) {
      const ch = k < piece.end ? text.charCodeAt(k) : -1;
      if (ch !== 10 && ch !== 13 && k < piece.end) continue;
      if (k > start) out.push(line, character, k - start, piece.from.type, piece.from.modifiers);
      if (ch === 13 && text.charCodeAt(k + 1) === 10) k++;
      start = k + 1;
      line++;
      character = 0;
    }
  }
}

/** Tokens of the line ranges `dirty` ([from, to) in `lines`, ordered, disjoint), the rest from `copyClean`. */
function writeTable(lines: LineIndex, a: TokenSources, dirty: readonly [number, number][], expected: number, copyClean: (out: TokenWriter, from: number, to: number) => void): Int32Array {
  const regions = dirty.map(([from, to]) => ({ start: lines.lineStart(from), end: lines.lineStart(to) }));
  const lists = intervalsIn(a, lines.text.length, regions);
  const out = new TokenWriter(expected);
  let line = 0;
  dirty.forEach(([from, to], r) => {
    copyClean(out, line, from);
    regionTokens(lines, lists[r]!, regions[r]!.start, regions[r]!.end, out);
    line = to;
  });
  copyClean(out, line, lines.lineCount);
  return out.done();
}

/** The whole document's tokens. */
export function buildTokens(lines: LineIndex, a: TokenSources): Int32Array {
  return writeTable(lines, a, [[0, lines.lineCount]], lines.text.length >> 3, () => undefined);
}

/** The first token of `table` on line `line` or later. */
export function firstTokenAt(table: Int32Array, line: number): number {
  let low = 0;
  let high = table.length / TOKEN_FIELDS;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (table[mid * TOKEN_FIELDS]! < line) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** Stretches of a list that changed: [oldStart, oldEnd, newStart, newEnd) (see changedRuns). */
export type Run = readonly [number, number, number, number];

/**
 * What the annotations diff found (annotationModel.ts): the old and new entries, quotes by start,
 * and the runs where they differ. Entries outside the runs are the same, tokens included.
 */
export interface ChangedEntries {
  readonly old: TokenSources;
  readonly now: TokenSources;
  readonly runs: { readonly quotes: readonly Run[]; readonly claims: readonly Run[]; readonly entities: readonly Run[] };
  /**
   * Where the mentions differ (changedRuns) of an entity paired with its old self in a run of
   * entities as long on both sides, by the entity's new index, when the diff found them already.
   */
  readonly mentionRuns?: ReadonlyMap<number, readonly Run[]>;
}

/**
 * The tokens of `a` on the new text (`lines`), from `old` (the previous version's tokens), the
 * window `w` where the texts differ and the entries that changed: only lines where the text
 * changed, or that an added, removed or changed annotation touches, are built again.
 */
export function updateTokens(old: Int32Array, w: ChangeWindow, lines: LineIndex, a: TokenSources, changed: ChangedEntries): Int32Array {
  const dirty = dirtyLines(w, lines, changed);
  return writeTable(lines, a, dirty, old.length, (out, from, to) => {
    // Clean lines lie wholly before the edit (same numbers) or wholly after it (moved).
    if (from >= to) return;
    const shift = from >= w.newTailLine ? w.lineShift : 0;
    out.copy(old, firstTokenAt(old, from - shift), firstTokenAt(old, to - shift), shift);
  });
}

/** The new text's lines whose tokens may differ from the old ones, as ordered, disjoint [from, to). */
function dirtyLines(w: ChangeWindow, lines: LineIndex, { old, now, runs, mentionRuns }: ChangedEntries): [number, number][] {
  const spans: [number, number][] = [];
  if (!w.unchanged) spans.push([w.headLine, w.newTailLine]);
  const delta = w.newTailStart - w.oldTailStart;
  // An old span's place in the new text; inside the edit window it is dirty already, so any point of it will do.
  const map = (o: number): number => (o <= w.headEnd ? o : o >= w.oldTailStart ? o + delta : w.headEnd);
  const mark = (s: Span | undefined, moved: boolean): void => {
    if (!s) return;
    const start = moved ? map(s.start) : s.start;
    const end = Math.max(start, moved ? map(s.end) : s.end);
    spans.push([lines.lineOf(start), lines.lineOf(end) + 1]);
  };
  const same = spanMatcher(w);
  for (const [os, oe, ns, ne] of runs.claims) {
    for (let i = os; i < oe; i++) mark(old.claims[i], true);
    for (let i = ns; i < ne; i++) mark(now.claims[i], false);
  }
  for (const [os, oe, ns, ne] of runs.quotes) {
    for (let i = os; i < oe; i++) {
      mark(old.quotes[i], true);
      mark(old.quotes[i]!.speakerMention, true);
    }
    for (let i = ns; i < ne; i++) {
      mark(now.quotes[i], false);
      mark(now.quotes[i]!.speakerMention, false);
    }
  }
  // An entity mentioned all over the article that gained or lost one mention: only that one is news.
  const mentions = (x: Entity, y: Entity, found?: readonly Run[]): void => {
    for (const [os, oe, ns, ne] of found ?? changedRuns(x.mentions.length, y.mentions.length, (o, n) => same(x.mentions[o]!, y.mentions[n]!))) {
      for (let i = os; i < oe; i++) mark(x.mentions[i], true);
      for (let i = ns; i < ne; i++) mark(y.mentions[i], false);
    }
  };
  const whole = (e: Entity, moved: boolean): void => {
    for (const m of e.mentions) mark(m, moved);
  };
  for (const [os, oe, ns, ne] of runs.entities) {
    if (oe - os === ne - ns) {
      for (let k = 0; k < oe - os; k++) {
        const x = old.entities[os + k]!;
        const y = now.entities[ns + k]!;
        if (x.type === y.type) mentions(x, y, mentionRuns?.get(ns + k));
        else {
          whole(x, true);
          whole(y, false);
        }
      }
      continue;
    }
    // An entity found or lost shifts the others: pair them by what they are.
    const unmatched = new Map<string, Entity[]>();
    for (let i = os; i < oe; i++) {
      const x = old.entities[i]!;
      const key = `${x.type}\u0000${x.name}`;
      unmatched.set(key, [...(unmatched.get(key) ?? []), x]);
    }
    for (let i = ns; i < ne; i++) {
      const y = now.entities[i]!;
      const x = unmatched.get(`${y.type}\u0000${y.name}`)?.shift();
      if (x) mentions(x, y);
      else whole(y, false);
    }
    for (const rest of unmatched.values()) for (const x of rest) whole(x, true);
  }
  spans.sort((x, y) => x[0] - y[0]);
  const merged: [number, number][] = [];
  for (const [from, to] of spans) {
    const last = merged[merged.length - 1];
    if (last && from <= last[1]) last[1] = Math.max(last[1], to);
    else merged.push([from, to]);
  }
  for (const m of merged) m[1] = Math.min(m[1], lines.lineCount);
  return merged;
}
