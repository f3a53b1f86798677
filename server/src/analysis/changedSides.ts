// The people's sides two claims walks hold differently, and where the rest of a walk may first
// ask about them (claims.ts, where it takes the previous walk's rest past an edit). An edit that
// changes the side a person is learnt to take ("Spanish midfielder Ana Ruiz" made "Spansh …")
// leaves the log of learnt sides (ClaimantResolver.changes) different from the previous walk's
// at every later sentence; the previous walk's rest still reads on alike up to where it asks
// about those people. It asks about a person only by a name written in the sentences it reads
// (a run of capitalised words, the name after a side's word, the subject before a cue) or by a
// quote's speaker: a name it may ask about has its last word written there, or is a speaker's.
import { learntKeys } from './claimants';
import { sameRun } from './sameStrings';
import { upperBound } from './search';
import type { Quote } from './types';

/**
 * The most entries of the two logs after their first difference that are compared: beyond that
 * the walks are taken to differ (the rest is not taken), so that each comparison costs little.
 */
const MAX_APART = 256;

export class ChangedSides {
  /** What `differing` answered last, and for which logs. */
  private last: { readonly before: readonly string[]; readonly nowCount: number; readonly beforeCount: number; readonly keys: readonly string[] | undefined } | undefined;
  private readonly text: WordSearch;
  /** The quotes' speakers, one a line, and where each quote's line starts (made when first asked). */
  private speakers: { readonly search: WordSearch; readonly starts: Int32Array } | undefined;

  /** `text`: what the walk reads; `quotes`: the quotes by start, as the walk reads them. */
  constructor(
    text: string,
    private readonly quotes: readonly Quote[],
  ) {
    this.text = new WordSearch(text);
  }

  /**
   * The keys (see `learntKeys`) whose side differs between two logs of learnt sides, the first
   * `nowCount` entries of `now` and the first `beforeCount` of `before`, both learnt on top of the
   * same sides the entities give: those set between the logs' common start and common end, to
   * other sides in each (or in one only), and not set again in the common end. Undefined when the
   * logs differ over more than MAX_APART entries. `now` only grows, and `beforeCount` never
   * decreases, from one call to the next with the same `before`.
   */
  differing(now: readonly string[], nowCount: number, before: readonly string[], beforeCount: number): readonly string[] | undefined {
    const last = this.last;
    // both logs went on alike since the last call: the keys those entries set are alike now
    const grown = nowCount - (last?.nowCount ?? 0);
    if (last && last.before === before && grown >= 0 && beforeCount - last.beforeCount === grown && sameRun(now, last.nowCount, before, last.beforeCount, grown)) {
      const keys = grown === 0 || last.keys === undefined || last.keys.length === 0 ? last.keys : without(last.keys, before, last.beforeCount, beforeCount);
      this.last = { before, nowCount, beforeCount, keys };
      return keys;
    }
    const keys = differingKeys(now, nowCount, before, beforeCount);
    this.last = { before, nowCount, beforeCount, keys };
    return keys;
  }

  /**
   * Where a walk reading the text from `from` on, and the quotes from `quoteAt` on, may first ask
   * about a person's side under one of `keys` (Infinity: nowhere): where a key's last word is
   * written, in any case (a name asked about is lowered to its key), or the sentence of the first
   * quote whose speaker's name has it (a quote is read only by a sentence that ends past its
   * sentence's start, and the quotes in order). Asked with `from` and `quoteAt` never
   * decreasing, each search goes on from where it stood.
   */
  firstAsked(keys: readonly string[], from: number, quoteAt: number): number {
    let first = Infinity;
    if (keys.length === 0) return first;
    const speakers = (this.speakers ??= speakerLines(this.quotes));
    const speakersFrom = quoteAt < this.quotes.length ? speakers.starts[quoteAt]! : Infinity;
    for (const key of keys) {
      // "İ" lowers to two characters, which no search for the pair finds: taken to be written
      if (key.includes('\u0307')) return from;
      const words = key.split(/\s+/);
      const word = words[words.length - 1]!;
      const written = this.text.find(word, from);
      if (written >= 0) first = Math.min(first, written);
      const spoken = speakers.search.find(word, speakersFrom);
      if (spoken >= 0) first = Math.min(first, this.quotes[upperBound(speakers.starts, spoken) - 1]!.sentence.start);
    }
    return first;
  }
}

/** Searches a text for words, in any case, from offsets that never decrease. */
class WordSearch {
  /** For each word searched: the offset searched from and the first found at or after it (-1: none). */
  private readonly searched = new Map<string, { readonly from: number; readonly at: number }>();

  constructor(private readonly text: string) {}

  /** Where `word` (in lower case) is first written, in any case, at or after `from`; -1: nowhere. */
  find(word: string, from: number): number {
    if (word === '') return from;
    if (from >= this.text.length) return -1;
    const known = this.searched.get(word);
    if (known !== undefined && known.from <= from && (known.at < 0 || known.at >= from)) return known.at;
    // case-insensitive by Unicode case folding, which matches every character that lowers to the word's
    const pattern = new RegExp(word.replace(/[\\^$.*+?()[\]{}|/]/g, '\\$&'), 'giu');
    pattern.lastIndex = from;
    const at = pattern.exec(this.text)?.index ?? -1;
    this.searched.set(word, { from, at });
    return at;
  }
}

/** The quotes' speakers, one a line (none: an empty line), and where each quote's line starts. */
function speakerLines(quotes: readonly Quote[]): { readonly search: WordSearch; readonly starts: Int32Array } {
  const starts = new Int32Array(quotes.length);
  const lines: string[] = [];
  let at = 0;
  for (let i = 0; i < quotes.length; i++) {
    const line = quotes[i]!.speaker ?? '';
    starts[i] = at;
    lines.push(line);
    at += line.length + 1;
  }
  return { search: new WordSearch(lines.join('\n')), starts };
}

/** `differing` worked out afresh. */
function differingKeys(now: readonly string[], nowCount: number, before: readonly string[], beforeCount: number): readonly string[] | undefined {
  let first = 0;
  const common = Math.min(nowCount, beforeCount);
  while (first < common && now[first] === before[first]) first++;
  // whole changes (name, side) only
  first -= first % 2;
  // the entries both logs end with set the same sides last
  let end = 0;
  while (end < common - first && now[nowCount - 1 - end] === before[beforeCount - 1 - end]) end++;
  // whole changes (name, side) only
  end -= end % 2;
  if (nowCount - end - first + (beforeCount - end - first) > MAX_APART) return undefined;
  const sidesNow = lastSides(now, first, nowCount - end);
  const sidesBefore = lastSides(before, first, beforeCount - end);
  const out: string[] = [];
  for (const [key, side] of sidesNow) if (sidesBefore.get(key) !== side) out.push(key);
  for (const key of sidesBefore.keys()) if (!sidesNow.has(key)) out.push(key);
  return out.length === 0 ? out : without(out, now, nowCount - end, nowCount);
}

/** `keys` but those the log's entries from `from` to `to` set. */
function without(keys: readonly string[], log: readonly string[], from: number, to: number): readonly string[] {
  const set = new Set<string>();
  for (let k = from; k + 1 < to; k += 2) for (const key of learntKeys(log[k]!)) set.add(key);
  return set.size === 0 ? keys : keys.filter((key) => !set.has(key));
}

/** Each key set by the log's entries from `from` to `to` (name, side, name, side…), and the last side set under it. */
function lastSides(log: readonly string[], from: number, to: number): Map<string, string> {
  const out = new Map<string, string>();
  for (let k = from; k + 1 < to; k += 2) {
    const side = log[k + 1]!;
    for (const key of learntKeys(log[k]!)) out.set(key, side);
  }
  return out;
}
