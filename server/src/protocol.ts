// The wire contract between the News Annotator client and server: custom messages and the
// settings shape. Client and server both import this one file, so a change to a message is a
// compile error on both sides rather than a silent mismatch at run time.
/* eslint-disable @typescript-eslint/no-namespace -- messages as `namespace X { method; type }`, as vscode-eslint's customMessages.ts */
import { ProtocolNotificationType, ProtocolRequestType } from 'vscode-languageserver-protocol';
import type { Range } from 'vscode-languageserver-protocol';
import type { AnnotationsJson } from './analysis/serialize';
import type { ClaimType, ControlExtent, EntityType, QuoteKind } from './analysis/types';

/**
 * Server → client, after every analysis of an open document (and once when a document is
 * skipped). Everything the client draws (decorations, status, counts) comes from this payload,
 * so it never has to ask again.
 */
export namespace AnnotationsNotification {
  export const method = 'newsAnnotator/annotations' as const;

  export interface QuoteInfo {
    readonly range: Range;
    readonly kind: QuoteKind;
    /** Canonical speaker name, null when nobody is named. */
    readonly speaker: string | null;
    readonly speakerId: string | null;
    /**
     * Index into `NewsAnnotatorSettings.colors.speakers` (modulo its length): one per speaker,
     * in order of their first quote; -1 when the quote has no speaker.
     */
    readonly colorIndex: number;
    /** The cue as written ("said", "according to"), or null. */
    readonly cue: string | null;
    /** The speaker is named far from the quote (another sentence or line): the client shows the name after it. */
    readonly speakerFar: boolean;
  }

  export interface ClaimInfo {
    readonly range: Range;
    readonly type: ClaimType;
    readonly claimant: string | null;
    readonly territories: readonly string[];
  }

  export interface EntityInfo {
    readonly id: string;
    readonly type: EntityType;
    readonly name: string;
    readonly ranges: readonly Range[];
  }

  export type SkipReason = 'binary' | 'too-large' | 'minified' | 'disabled';

  export interface Params {
    readonly uri: string;
    /** The document version analysed; the client ignores payloads older than what it shows. */
    readonly version: number;
    readonly quotes: readonly QuoteInfo[];
    readonly claims: readonly ClaimInfo[];
    readonly entities: readonly EntityInfo[];
    readonly counts: { readonly quotes: number; readonly people: number; readonly claims: number };
    /** Present when the document was not analysed; the lists are then empty. */
    readonly skipped?: { readonly reason: SkipReason; readonly message: string };
  }

  export const type = new ProtocolNotificationType<Params, void>(method);
}

/**
 * Server → client, instead of a full `newsAnnotator/annotations` payload, to clients that asked
 * for deltas (`initializationOptions.annotationDeltas: true`; other clients, Neovim's among them,
 * only ever get full payloads). After an edit, most of a long article's quotes, claims and entity
 * ranges are what the client already holds, so only what changed is sent:
 *
 * - The delta applies to the payload of `baseVersion` (the one the server last sent for the
 *   document) and yields the one of `version`; `applyAnnotationsDelta` (annotationsDelta.ts) is
 *   the reference implementation, and the result must equal the full payload of `version`.
 * - Each list (quotes, claims, entities) gets splices, ordered and not overlapping, whose `start`
 *   and `deleteCount` index the base list; entries outside them are kept.
 * - `lineShift`: every position (range start or end) of a kept entry whose line is at least `from`
 *   moves `by` lines (a line break typed or deleted moves everything after it; the characters
 *   stay). Kept positions before `from` do not move.
 * - `renumber`: entity ids are `e1, e2, …` in order of first mention, so an entity found (or lost)
 *   early in the article renumbers every later one: a kept entity whose id is `e<n>` with n at
 *   least `from` becomes `e<n + by>`, and so does a kept quote's `speakerId`.
 * - `recolor`: speakers are coloured in order of their first quote, so a speaker quoted (or no
 *   longer quoted) early moves every later one: a kept quote's `colorIndex` c (unless -1) becomes
 *   c plus the `by` of every step whose `from` is at most c.
 * - `entityRanges`: an entity kept (outside the entity splices) whose mentions changed gets its
 *   `ranges` spliced instead of being sent whole: `at` indexes the base list, the splices index
 *   that entity's base ranges; its kept ranges move by `lineShift`, the spliced-in ones are new.
 *   Ordered by `at`; an entity mentioned all over the article that gains one mention costs one range.
 * - `counts` are the new counts.
 *
 * A client that does not hold `baseVersion` (it missed a payload, or holds a newer one from a
 * full payload) must not apply it: it ignores an older delta, and otherwise asks for a full
 * payload with `newsAnnotator/resync`. The server sends a full payload on open, after a resync,
 * after settings change, after a skipped version, and whenever the delta would not be smaller.
 */
export namespace AnnotationsDeltaNotification {
  export const method = 'newsAnnotator/annotationsDelta' as const;

  export interface Splice<T> {
    readonly start: number;
    readonly deleteCount: number;
    readonly items: readonly T[];
  }

  export interface Params {
    readonly uri: string;
    readonly version: number;
    readonly baseVersion: number;
    readonly quotes: readonly Splice<AnnotationsNotification.QuoteInfo>[];
    readonly claims: readonly Splice<AnnotationsNotification.ClaimInfo>[];
    readonly entities: readonly Splice<AnnotationsNotification.EntityInfo>[];
    readonly entityRanges?: readonly EntityRanges[];
    readonly lineShift?: { readonly from: number; readonly by: number };
    readonly renumber?: { readonly from: number; readonly by: number };
    readonly recolor?: readonly { readonly from: number; readonly by: number }[];
    readonly counts: AnnotationsNotification.Params['counts'];
  }

  /** The range splices of one kept entity (see `entityRanges` above). */
  export interface EntityRanges {
    readonly at: number;
    readonly ranges: readonly Splice<AnnotationsNotification.EntityInfo['ranges'][number]>[];
  }

  export const type = new ProtocolNotificationType<Params, void>(method);
}

/** Client → server: "send me a full annotations payload for this document" (it got a delta it cannot apply). */
export namespace ResyncNotification {
  export const method = 'newsAnnotator/resync' as const;
  export interface Params {
    readonly uri: string;
  }
  export const type = new ProtocolNotificationType<Params, void>(method);
}

/** What the client may put in `initializationOptions`. */
export interface NewsAnnotatorInitializationOptions {
  /** The VS Code client sends its settings too; the server reads them with workspace/configuration. */
  readonly settings?: unknown;
  /** The client applies `newsAnnotator/annotationsDelta` and sends `newsAnnotator/resync`. */
  readonly annotationDeltas?: boolean;
}

/** Client → server: the annotate JSON of an open document (the `annotate --format json` shape). */
export namespace ExportRequest {
  export const method = 'newsAnnotator/export' as const;
  export interface Params {
    readonly uri: string;
  }
  /** null when the document is not open or was skipped (binary, too large, minified, disabled). */
  export type Result = AnnotationsJson | null;
  export const type = new ProtocolRequestType<Params, Result, never, void, void>(method);
}

/** Client → server: one row per territorial claim, for the claims table view. */
export namespace ClaimsTableRequest {
  export const method = 'newsAnnotator/claimsTable' as const;
  export interface Params {
    readonly uri: string;
  }
  export interface Row {
    readonly claimant: string | null;
    readonly type: ClaimType;
    readonly territories: readonly string[];
    readonly extent: ControlExtent | null;
    /** The text of the sentence the claim stands in, whitespace collapsed. */
    readonly sentence: string;
    readonly range: Range;
    /** The claim's span as UTF-16 offsets into the document, what the client's reveal command takes. */
    readonly start: number;
    readonly end: number;
  }
  /** null when the document is not open or was skipped. */
  export type Result = readonly Row[] | null;
  export const type = new ProtocolRequestType<Params, Result, never, void, void>(method);
}

/** The `newsAnnotator.*` settings, as the client reads them and the server receives them per resource. */
export interface NewsAnnotatorSettings {
  readonly enable: boolean;
  /** Language ids the server analyses. */
  readonly languages: readonly string[];
  /** Documents larger than this (in bytes, counted as UTF-16 code units) are not analysed. */
  readonly maxFileSize: number;
  readonly colors: {
    /** One colour per speaker, cycled; quotes carry an index into it. */
    readonly speakers: readonly string[];
    /** Quotes with no speaker. */
    readonly unattributed: string;
    /** Territorial claims. */
    readonly claim: string;
  };
  /** Whether the client draws decorations (semantic tokens are there either way). */
  readonly decorations: boolean;
}

export namespace NewsAnnotatorSettings {
  /** The configuration section, `newsAnnotator.enable` and so on. */
  export const section = 'newsAnnotator' as const;

  export const defaults: NewsAnnotatorSettings = Object.freeze({
    enable: true,
    // `text` is Neovim's filetype for .txt files, so the server works there without settings.
    languages: Object.freeze(['plaintext', 'markdown', 'news-article', 'text']),
    maxFileSize: 2 * 1024 * 1024,
    colors: Object.freeze({
      speakers: Object.freeze(['#4e79a7', '#f28e2b', '#59a14f', '#b07aa1', '#76b7b2', '#edc948', '#ff9da7', '#9c755f']),
      unattributed: '#bab0ac',
      claim: '#e15759',
    }),
    decorations: true,
  });

  /** A CSS hex colour (#rgb, #rgba, #rrggbb, #rrggbbaa) or rgb()/rgba()/hsl()/hsla(). */
  const COLOR = /^(?:#(?:[0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})|(?:rgba?|hsla?)\([0-9.,%\s]{1,40}\))$/i;

  /**
   * Normalises whatever the configuration holds (user JSON, a missing section, a wrong type)
   * into complete settings: each field that is missing or invalid takes its default.
   */
  export function from(value: unknown): NewsAnnotatorSettings {
    const v = isObject(value) ? value : {};
    const colors = isObject(v.colors) ? v.colors : {};
    const speakers = Array.isArray(colors.speakers) ? colors.speakers.filter(isColor) : [];
    return {
      enable: typeof v.enable === 'boolean' ? v.enable : defaults.enable,
      languages: Array.isArray(v.languages)
        ? v.languages.filter((l): l is string => typeof l === 'string' && l.length > 0)
        : defaults.languages,
      maxFileSize:
        typeof v.maxFileSize === 'number' && Number.isFinite(v.maxFileSize) && v.maxFileSize > 0
          ? Math.floor(v.maxFileSize)
          : defaults.maxFileSize,
      colors: {
        speakers: speakers.length > 0 ? speakers : defaults.colors.speakers,
        unattributed: isColor(colors.unattributed) ? colors.unattributed : defaults.colors.unattributed,
        claim: isColor(colors.claim) ? colors.claim : defaults.colors.claim,
      },
      decorations: typeof v.decorations === 'boolean' ? v.decorations : defaults.decorations,
    };
  }

  export function isColor(value: unknown): value is string {
    return typeof value === 'string' && COLOR.test(value.trim());
  }

  function isObject(value: unknown): value is Record<string, unknown> {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
  }
}
