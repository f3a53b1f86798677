// The analysis library's public shapes. Offsets are UTF-16 code units (JavaScript string
// indices) into the original document text, end exclusive, so the editor can draw from them
// directly whatever the document holds (emoji, CRLF, Markdown markup).

export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface Mention extends Span {
  readonly text: string;
}

/** A run of prose: a paragraph, heading or list item, with the sentences found in it. */
export interface Block extends Span {
  readonly kind: 'paragraph' | 'heading';
  /** Heading level (1–6) for headings, 0 for paragraphs. */
  readonly level: number;
  readonly sentences: readonly Span[];
}

export type EntityType = 'person' | 'organization' | 'place' | 'nationality' | 'date';

export type PlaceKind = 'country' | 'region' | 'city' | 'place';

export interface GeoInfo {
  /** What the gazetteer says it is; `place` when only context says it is a place. */
  readonly kind: PlaceKind;
  /** Gazetteer name (may differ from the article's spelling: Luhansk for Lugansk). */
  readonly name?: string;
  /** ISO 3166-1 alpha-2 code of the country it lies in (or is). */
  readonly countryCode?: string;
  readonly country?: string;
  readonly lat?: number;
  readonly lon?: number;
  /** GeoNames id, where the gazetteer has one. */
  readonly geonameId?: number;
  readonly population?: number;
}

export interface Entity {
  /** Stable within one analysis: e1, e2, … in order of first mention. */
  readonly id: string;
  readonly type: EntityType;
  /** Canonical name: the fullest form the article uses. */
  readonly name: string;
  /** Other forms the article uses for it. */
  readonly aliases: readonly string[];
  /** Roles and titles the article gives a person ("Kremlin spokesman"). */
  readonly roles: readonly string[];
  readonly mentions: readonly Mention[];
  readonly geo?: GeoInfo;
}

export type QuoteKind = 'direct' | 'partial' | 'scare' | 'indirect';

export interface Quote extends Span {
  /** The quoted words: for marked quotes, what lies inside the quotation marks. */
  readonly text: string;
  readonly kind: QuoteKind;
  /** Canonical name of the speaker, or null when nobody is named. */
  readonly speaker: string | null;
  readonly speakerEntity: string | null;
  /** The cue word as written ("stated", "according to"), or null. */
  readonly cue: string | null;
  /** Where the speaker is named for this quote (the name or pronoun), when it is. */
  readonly speakerMention?: Span;
  readonly cueRange?: Span;
  /** The sentence (or sentences, for multi-paragraph quotes) the quote stands in. */
  readonly sentence: Span;
}

export const CLAIM_TYPES = [
  'sovereignty',
  'annexation',
  'control',
  'capture',
  'recovery',
  'loss',
  'gain',
  'exchange',
  'rejection',
  'recognition',
] as const;
export type ClaimType = (typeof CLAIM_TYPES)[number];

export type ControlExtent = 'full' | 'most' | 'partial';

export interface Claim extends Span {
  readonly type: ClaimType;
  /** The state or side whose claim it is (Russia for the Kremlin or its spokesman). */
  readonly claimant: string | null;
  /** Entity id of the claimant, when it is an entity of the article. */
  readonly claimantEntity: string | null;
  /** Canonical territory names, coordinated lists expanded. */
  readonly territories: readonly string[];
  /** Where each territory is named for this claim (may be in an earlier sentence). */
  readonly territoryMentions: readonly Mention[];
  readonly extent: ControlExtent | null;
  /** Entity id of whoever reports the claim (the spokesman quoted, the ministry reporting). */
  readonly source: string | null;
  /** The words that make it a claim ("inseparable part of", "controls"). */
  readonly trigger: Mention;
}

export interface Annotations {
  readonly blocks: readonly Block[];
  readonly entities: readonly Entity[];
  readonly quotes: readonly Quote[];
  readonly claims: readonly Claim[];
}

export interface AnalyzeOptions {
  /** Treat the text as Markdown: analyse the prose, skip code, links' targets, HTML, front matter. */
  readonly markdown?: boolean;
  /**
   * The result of analysing an earlier version of the same document with the same analyzer and
   * options: blocks whose text did not change are not analysed again. The result is the same as
   * without it.
   */
  readonly previous?: Annotations;
  /**
   * Keep this result's per-block memos for the next analysis of the document even when it is
   * the first (they are kept from the first edit on anyway), so that the first edit is as quick
   * as the later ones. They weigh several times the text: for a host that bounds how many
   * results it holds on to.
   */
  readonly keep?: boolean;
}

/** A cooperative cancellation check, shaped like LSP's CancellationToken. */
export interface CancellationToken {
  readonly isCancellationRequested: boolean;
}

export const noopToken: CancellationToken = { isCancellationRequested: false };
