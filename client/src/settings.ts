// Reads the `newsAnnotator.*` settings once per change, normalised by the shared contract, plus
// the colours the user set explicitly (empty means the theme's colour).
import * as vscode from 'vscode';
import { NewsAnnotatorSettings } from '../../server/src/protocol';
import type { ColorOverrides } from './decorationStyles';

export interface ClientSettings extends NewsAnnotatorSettings {
  readonly overrides: ColorOverrides;
}

export function readSettings(): ClientSettings {
  // null: the client's view is the window's; the server asks per document for resource-scoped ones.
  const config = vscode.workspace.getConfiguration(NewsAnnotatorSettings.section, null);
  const raw = {
    enable: config.get('enable'),
    languages: config.get('languages'),
    maxFileSize: config.get('maxFileSize'),
    decorations: config.get('decorations'),
    colors: config.get('colors'),
  };
  const colors = config.get<Record<string, unknown>>('colors') ?? {};
  const override = (v: unknown): string | undefined => (NewsAnnotatorSettings.isColor(v) ? v.trim() : undefined);
  return {
    ...NewsAnnotatorSettings.from(raw),
    overrides: { unattributed: override(colors.unattributed), claim: override(colors.claim) },
  };
}

/** The part the server shares (without the client-only colour overrides). */
export function serverSettings(s: ClientSettings): NewsAnnotatorSettings {
  return { enable: s.enable, languages: s.languages, maxFileSize: s.maxFileSize, colors: s.colors, decorations: s.decorations };
}

/** Changes the running server cannot take without a restart: on/off and the document selector. */
export function needsRestart(before: ClientSettings, after: ClientSettings): boolean {
  return before.enable !== after.enable || before.languages.join('\n') !== after.languages.join('\n');
}

export function documentSelector(settings: ClientSettings): { language: string }[] {
  // No scheme: untitled and virtual-workspace documents are analysed too; the server only reads
  // the text the client sends.
  return settings.languages.map((language) => ({ language }));
}
