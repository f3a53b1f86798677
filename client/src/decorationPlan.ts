// Which ranges get which decoration, from one annotations payload. Pure, so the mapping from the
// server's data to what the editor shows is tested without VS Code.
import type { AnnotationsNotification } from '../../server/src/protocol';
import { paletteSlot } from './palette';

type Params = AnnotationsNotification.Params;
type Range = Params['quotes'][number]['range'];

export interface LabelPlan {
  /** Where the label goes: the end of the quote. */
  readonly position: Range['end'];
  readonly speaker: string;
  /** Palette slot of the speaker's colour. */
  readonly slot: number | undefined;
}

export interface DecorationPlan {
  /** Quote ranges per palette slot. */
  readonly speakerQuotes: readonly (readonly Range[])[];
  readonly unattributedQuotes: readonly Range[];
  readonly labels: readonly LabelPlan[];
  readonly claims: readonly AnnotationsNotification.ClaimInfo[];
}

export const EMPTY_PLAN: DecorationPlan = Object.freeze({ speakerQuotes: [], unattributedQuotes: [], labels: [], claims: [] });

export function planDecorations(params: Params, paletteLength: number): DecorationPlan {
  if (params.skipped) return EMPTY_PLAN;
  const speakerQuotes: Range[][] = Array.from({ length: Math.max(0, paletteLength) }, () => []);
  const unattributedQuotes: Range[] = [];
  const labels: LabelPlan[] = [];
  for (const q of params.quotes) {
    // colorIndex is -1 when nobody is named; such quotes get the neutral style.
    const slot = q.speaker === null ? undefined : paletteSlot(q.colorIndex, paletteLength);
    if (slot === undefined) unattributedQuotes.push(q.range);
    else speakerQuotes[slot].push(q.range);
    if (q.speaker !== null && q.speakerFar) labels.push({ position: q.range.end, speaker: q.speaker, slot });
  }
  return { speakerQuotes, unattributedQuotes, labels, claims: params.claims };
}

const CLOSING_MARKS = new Set(['\u201d', '"', '\u00bb', '\u00ab', '\u2019', "'", '\u201c']);

/**
 * Where a speaker label goes on its line: after the closing quotation mark when the quote's
 * range stops just inside it (quote ranges cover the quoted words, not the marks).
 */
export function labelColumn(lineText: string, character: number): number {
  let at = Math.min(Math.max(0, character), lineText.length);
  if (at < lineText.length && CLOSING_MARKS.has(lineText[at])) at++;
  return at;
}
