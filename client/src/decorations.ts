// Draws the server's annotations as editor decorations: speaker-coloured quotes, the speaker's
// name after distant quotes, claim flags in the gutter and overview ruler. Redraws whenever a
// payload arrives, the visible editors change, the theme or the settings change.
import * as vscode from 'vscode';
import type { AnnotationsNotification } from '../../server/src/protocol';
import type { AnnotationStore } from './annotationStore';
import { EMPTY_PLAN, labelColumn, planDecorations, type DecorationPlan } from './decorationPlan';
import { claimGutterStyle, claimStyle, speakerLabel, speakerQuoteStyle, unattributedQuoteStyle, type StyleColor, type StyleSpec } from './decorationStyles';
import type { ThemeKind } from './palette';
import type { ClientSettings } from './settings';

export interface AppliedDecorations {
  readonly quotes: vscode.Range[];
  readonly claims: vscode.Range[];
  readonly speakerLabels: string[];
  /** The colours in use: CSS colours, or `theme:<id>` for a contributed theme colour. */
  readonly colors: { readonly speakers: readonly string[]; readonly unattributed: string; readonly claim: string };
}

interface DecorationTypes {
  readonly speakers: vscode.TextEditorDecorationType[];
  readonly unattributed: vscode.TextEditorDecorationType;
  readonly label: vscode.TextEditorDecorationType;
  readonly claim: vscode.TextEditorDecorationType;
  readonly claimGutter: vscode.TextEditorDecorationType;
}

export class Decorator implements vscode.Disposable {
  readonly #store: AnnotationStore;
  #settings: ClientSettings;
  #visible: boolean;
  #types: DecorationTypes;
  readonly #applied = new Map<string, AppliedDecorations>();
  readonly #disposables: vscode.Disposable[] = [];

  constructor(store: AnnotationStore, settings: ClientSettings) {
    this.#store = store;
    this.#settings = settings;
    this.#visible = settings.decorations;
    this.#types = createTypes(settings, themeKind());
    this.#disposables.push(
      store.onDidChange((uri) => this.redraw(uri)),
      vscode.window.onDidChangeVisibleTextEditors(() => this.redraw()),
      vscode.window.onDidChangeActiveColorTheme(() => this.#rebuild()),
      vscode.workspace.onDidCloseTextDocument((doc) => this.#applied.delete(doc.uri.toString())),
    );
    this.redraw();
  }

  get visible(): boolean {
    return this.#visible;
  }

  /** Shows or hides the decorations for this session; returns the new state. */
  toggle(): boolean {
    this.#visible = !this.#visible;
    this.redraw();
    return this.#visible;
  }

  updateSettings(settings: ClientSettings): void {
    const decorationsChanged = settings.decorations !== this.#settings.decorations;
    this.#settings = settings;
    // The setting is the starting state; changing it overrides the session's toggle.
    if (decorationsChanged) this.#visible = settings.decorations;
    this.#rebuild();
  }

  /** What is drawn in the visible editors showing `uri` (empty when nothing is). */
  applied(uri: string): AppliedDecorations {
    return this.#applied.get(uri) ?? { quotes: [], claims: [], speakerLabels: [], colors: this.#colors() };
  }

  /** Redraws the visible editors showing `uri`, or every visible editor. */
  redraw(uri?: string): void {
    const kind = themeKind();
    const seen = new Set<string>();
    for (const editor of vscode.window.visibleTextEditors) {
      const key = editor.document.uri.toString();
      if (uri !== undefined && key !== uri) continue;
      seen.add(key);
      const params = this.#store.get(key);
      const plan = this.#visible && params ? planDecorations(params, this.#settings.colors.speakers.length) : EMPTY_PLAN;
      this.#applied.set(key, this.#draw(editor, plan, kind));
    }
    // Documents no longer visible keep nothing drawn.
    for (const key of [...this.#applied.keys()]) {
      if ((uri === undefined || key === uri) && !seen.has(key)) this.#applied.delete(key);
    }
  }

  dispose(): void {
    for (const d of this.#disposables) d.dispose();
    disposeTypes(this.#types);
    this.#applied.clear();
  }

  #rebuild(): void {
    const old = this.#types;
    this.#types = createTypes(this.#settings, themeKind());
    // Disposing a type removes its decorations from every editor; the redraw puts them back.
    disposeTypes(old);
    this.redraw();
  }

  #draw(editor: vscode.TextEditor, plan: DecorationPlan, kind: ThemeKind): AppliedDecorations {
    const palette = this.#settings.colors.speakers;
    const quotes: vscode.Range[] = [];
    this.#types.speakers.forEach((type, slot) => {
      const ranges = (plan.speakerQuotes[slot] ?? []).map(toRange);
      quotes.push(...ranges);
      editor.setDecorations(type, ranges);
    });
    const unattributed = plan.unattributedQuotes.map(toRange);
    quotes.push(...unattributed);
    editor.setDecorations(this.#types.unattributed, unattributed);
    const labels = plan.labels.map((l) => {
      const spec = speakerLabel(l.speaker, l.slot === undefined ? undefined : palette[l.slot], kind);
      const line = Math.min(l.position.line, editor.document.lineCount - 1);
      const at = new vscode.Position(line, labelColumn(editor.document.lineAt(line).text, l.position.character));
      const option: vscode.DecorationOptions = {
        range: new vscode.Range(at, at),
        renderOptions: { after: { contentText: spec.contentText, color: toColor(spec.color), fontStyle: spec.fontStyle, margin: spec.margin } },
      };
      return { option, text: l.speaker };
    });
    editor.setDecorations(this.#types.label, labels.map((l) => l.option));
    const claims = plan.claims.map((c) => ({ range: toRange(c.range), hoverMessage: claimHover(c) }));
    editor.setDecorations(this.#types.claim, claims);
    // One flag per claim, on its first line, however many lines the sentence wraps over.
    editor.setDecorations(this.#types.claimGutter, claims.map((c) => new vscode.Range(c.range.start, c.range.start)));
    quotes.sort((a, b) => a.start.compareTo(b.start));
    return { quotes, claims: claims.map((c) => c.range), speakerLabels: labels.map((l) => l.text), colors: this.#colors() };
  }

  #colors(): AppliedDecorations['colors'] {
    const { colors, overrides } = this.#settings;
    return {
      speakers: colors.speakers,
      unattributed: overrides.unattributed ?? 'theme:newsAnnotator.unattributedQuoteBackground',
      claim: overrides.claim ?? 'theme:newsAnnotator.claimForeground',
    };
  }
}

function claimHover(claim: AnnotationsNotification.ClaimInfo): vscode.MarkdownString {
  const md = new vscode.MarkdownString();
  md.appendText(`Territorial claim (${claim.type})`);
  if (claim.claimant) md.appendText(` by ${claim.claimant}`);
  if (claim.territories.length) md.appendText(`: ${claim.territories.join(', ')}`);
  return md;
}

function createTypes(settings: ClientSettings, kind: ThemeKind): DecorationTypes {
  return {
    speakers: settings.colors.speakers.map((color) => vscode.window.createTextEditorDecorationType(toOptions(speakerQuoteStyle(color, kind)))),
    unattributed: vscode.window.createTextEditorDecorationType(toOptions(unattributedQuoteStyle(settings.overrides, kind))),
    label: vscode.window.createTextEditorDecorationType({ rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed }),
    claim: vscode.window.createTextEditorDecorationType(toOptions(claimStyle(settings.overrides))),
    claimGutter: vscode.window.createTextEditorDecorationType(toOptions(claimGutterStyle(settings.overrides, kind))),
  };
}

function disposeTypes(types: DecorationTypes): void {
  for (const t of types.speakers) t.dispose();
  types.unattributed.dispose();
  types.label.dispose();
  types.claim.dispose();
  types.claimGutter.dispose();
}

const LANES: Record<NonNullable<StyleSpec['overviewRulerLane']>, vscode.OverviewRulerLane> = {
  left: vscode.OverviewRulerLane.Left,
  center: vscode.OverviewRulerLane.Center,
  right: vscode.OverviewRulerLane.Right,
  full: vscode.OverviewRulerLane.Full,
};

function toOptions(spec: StyleSpec): vscode.DecorationRenderOptions {
  return {
    rangeBehavior: vscode.DecorationRangeBehavior.ClosedClosed,
    ...(spec.backgroundColor !== undefined ? { backgroundColor: toColor(spec.backgroundColor) } : {}),
    ...(spec.borderColor !== undefined ? { borderColor: toColor(spec.borderColor) } : {}),
    ...(spec.borderStyle !== undefined ? { borderStyle: spec.borderStyle } : {}),
    ...(spec.borderWidth !== undefined ? { borderWidth: spec.borderWidth } : {}),
    ...(spec.overviewRulerColor !== undefined ? { overviewRulerColor: toColor(spec.overviewRulerColor) } : {}),
    ...(spec.overviewRulerLane !== undefined ? { overviewRulerLane: LANES[spec.overviewRulerLane] } : {}),
    ...(spec.gutterIconPath !== undefined ? { gutterIconPath: vscode.Uri.parse(spec.gutterIconPath, true), gutterIconSize: spec.gutterIconSize } : {}),
  };
}

function toColor(c: StyleColor): string | vscode.ThemeColor {
  return typeof c === 'string' ? c : new vscode.ThemeColor(c.themeColor);
}

function toRange(r: AnnotationsNotification.QuoteInfo['range']): vscode.Range {
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export function themeKind(): ThemeKind {
  switch (vscode.window.activeColorTheme.kind) {
    case vscode.ColorThemeKind.Light:
      return 'light';
    case vscode.ColorThemeKind.HighContrast:
      return 'highContrast';
    case vscode.ColorThemeKind.HighContrastLight:
      return 'highContrastLight';
    default:
      return 'dark';
  }
}
