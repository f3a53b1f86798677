import { AUXILIARIES } from './cues';
import { sortFew } from './smallSort';
import type { Quote } from './types';

/**
 * How many later reported-speech spans are compared with each one. Overlaps come from frames of
 * one sentence, so a few suffice, and the bound keeps a pathological input linear.
 */
const LOOK_AHEAD = 8;

/**
 * Frames are found independently, so two of them can claim the same words, and the editor would
 * draw both. Two cases are settled here, for reported speech only (quoted words are what the
 * marks say they are):
 * - the same content found twice: inside another report, a reading with no speaker goes when it
 *   has no cue either, or when its cue opens the outer content ("seeking assurances that …",
 *   read by the verb and again by the noun);
 * - a content that runs over the next frame of its own subject ("Zelensky, acknowledging
 *   limits, has suggested that …"): the first content ends where the second frame's verb begins.
 *   A frame whose speaker is inside the first content ("said that Kyiv claimed …") is reported
 *   speech within reported speech, and the outer content rightly keeps it.
 * A quote's words are cut from `text` by `cut`.
 */
export function settleOverlaps(text: string, quotes: readonly Quote[], cut: (from: number, to: number) => string): readonly Quote[] {
  // most blocks have at most one report: nothing to settle
  let reports = 0;
  for (const q of quotes) if (q.kind === 'indirect') reports++;
  if (reports < 2) return quotes;
  const order: number[] = [];
  for (let i = 0; i < quotes.length; i++) if (quotes[i]!.kind === 'indirect') order.push(i);
  sortFew(order, (x, y) => quotes[x]!.start - quotes[y]!.start || quotes[y]!.end - quotes[x]!.end);
  const dropped = new Set<number>();
  const ends = new Map<number, number>();
  for (let n = 0; n < order.length; n++) {
    const ai = order[n]!;
    const a = quotes[ai]!;
    for (let m = n + 1; m < order.length && m <= n + LOOK_AHEAD; m++) {
      const bi = order[m]!;
      const b = quotes[bi]!;
      if (b.start >= a.end) break;
      if (b.end <= a.end && (isBare(b) || (b.speaker === null && b.cueRange?.start === a.start))) {
        dropped.add(bi);
        continue;
      }
      if (b.start === a.start && b.end === a.end && isBare(a)) {
        dropped.add(ai);
        break;
      }
      const cue = b.cueRange;
      const speaker = b.speakerMention;
      if (cue && speaker && speaker.end <= a.start && cue.start > a.start && cue.start < (ends.get(ai) ?? a.end)) {
        const end = clauseEnd(text, a.start, cue.start);
        if (end !== null) ends.set(ai, end);
      }
    }
  }
  const settled: Quote[] = [];
  quotes.forEach((q, i) => {
    if (dropped.has(i)) return;
    const end = ends.get(i);
    if (end === undefined) settled.push(q);
    else if (end > q.start) settled.push({ ...q, end, text: cut(q.start, end) });
  });
  return settled;
}

const isBare = (q: Quote): boolean => q.speaker === null && q.cue === null;

/**
 * Where an adjunct's content closes when the subject's main verb follows it after a comma
 * ("acknowledging limits, has suggested"): `cue` moved back over its auxiliaries to the comma, or
 * null when anything else stands between (", and calling for", "by announcing": the same
 * speaker's second report, which reported speech keeps whole).
 */
function clauseEnd(text: string, start: number, cue: number): number | null {
  let e = cue;
  for (;;) {
    while (e > start && /\s/.test(text.charAt(e - 1))) e--;
    if (text.charAt(e - 1) === ',') {
      e--;
      while (e > start && /\s/.test(text.charAt(e - 1))) e--;
      return e > start ? e : null;
    }
    let w = e;
    while (w > start && /\p{L}/u.test(text.charAt(w - 1))) w--;
    if (w === e || !AUXILIARIES.has(text.slice(w, e).toLowerCase())) return null;
    e = w;
  }
}
