// The look of each decoration type, as plain data: colours are CSS strings or references to the
// theme colours package.json contributes. decorations.ts turns these into VS Code objects.
import { claimGutterIcon, DEFAULT_CLAIM_COLOR, tint, tintAlpha, type ThemeKind } from './palette';

export type StyleColor = string | { readonly themeColor: string };

export interface StyleSpec {
  readonly backgroundColor?: StyleColor;
  readonly borderColor?: StyleColor;
  readonly borderStyle?: string;
  readonly borderWidth?: string;
  readonly overviewRulerColor?: StyleColor;
  readonly overviewRulerLane?: 'left' | 'center' | 'right' | 'full';
  /** A data: URI. */
  readonly gutterIconPath?: string;
  readonly gutterIconSize?: string;
}

export interface LabelSpec {
  readonly contentText: string;
  readonly color: StyleColor;
  readonly fontStyle: string;
  readonly margin: string;
}

/** Colours the user set explicitly; undefined means the theme's colour. */
export interface ColorOverrides {
  readonly unattributed?: string;
  readonly claim?: string;
}

const isHighContrast = (kind: ThemeKind): boolean => kind === 'highContrast' || kind === 'highContrastLight';

/** A speaker's quotes: a tint of the speaker's colour and a solid underline in it. */
export function speakerQuoteStyle(color: string, kind: ThemeKind): StyleSpec {
  // High-contrast themes want outlines, not washes of colour behind the text.
  const background = isHighContrast(kind) ? undefined : tint(color, tintAlpha(kind));
  return {
    ...(background ? { backgroundColor: background } : {}),
    borderColor: color,
    borderStyle: 'none none solid none',
    borderWidth: isHighContrast(kind) ? '0 0 2px 0' : '0 0 1px 0',
  };
}

/** Quotes nobody is named for: a neutral wash and a dashed underline. */
export function unattributedQuoteStyle(overrides: ColorOverrides, kind: ThemeKind): StyleSpec {
  const custom = overrides.unattributed;
  const background = custom && !isHighContrast(kind) ? tint(custom, tintAlpha(kind)) : undefined;
  return {
    backgroundColor: background ?? { themeColor: 'newsAnnotator.unattributedQuoteBackground' },
    borderColor: custom ?? { themeColor: 'newsAnnotator.unattributedQuoteBorder' },
    borderStyle: 'none none dashed none',
    borderWidth: '0 0 1px 0',
  };
}

/** Territorial claims in the text: a dotted underline. */
export function claimStyle(overrides: ColorOverrides): StyleSpec {
  return {
    borderColor: overrides.claim ?? { themeColor: 'newsAnnotator.claimForeground' },
    borderStyle: 'none none dotted none',
    borderWidth: '0 0 2px 0',
  };
}

/** Where a claim starts: a flag in the gutter and a mark on the right of the overview ruler. */
export function claimGutterStyle(overrides: ColorOverrides, kind: ThemeKind): StyleSpec {
  const custom = overrides.claim;
  return {
    gutterIconPath: claimGutterIcon(custom ?? DEFAULT_CLAIM_COLOR[kind]),
    gutterIconSize: 'contain',
    overviewRulerColor: custom ?? { themeColor: 'newsAnnotator.claimOverviewRuler' },
    overviewRulerLane: 'right',
  };
}

const MAX_LABEL = 40;

/** The speaker's name after a quote whose attribution is far away, in the speaker's colour. */
export function speakerLabel(speaker: string, color: string | undefined, kind: ThemeKind): LabelSpec {
  const name = speaker.length > MAX_LABEL ? `${speaker.slice(0, MAX_LABEL - 1)}…` : speaker;
  return {
    contentText: `— ${name}`,
    color: color && !isHighContrast(kind) ? color : { themeColor: 'newsAnnotator.speakerLabelForeground' },
    fontStyle: 'italic',
    margin: '0 0 0 0.4em',
  };
}
