// The API activate() returns, for the real-VS-Code tests and for other extensions:
//   const api = vscode.extensions.getExtension<NewsAnnotatorApi>('news-annotator.news-annotator')!.exports;
import type * as vscode from 'vscode';
import type { ServerState, StatusText } from './statusText';

export interface AppliedDecorationsInfo {
  /** Every quote range drawn (speaker-coloured and unattributed), in document order. */
  readonly quotes: vscode.Range[];
  readonly claims: vscode.Range[];
  /** Speaker names drawn after quotes whose attribution is far away. */
  readonly speakerLabels: string[];
  /** The colours drawn with: CSS colours, or `theme:<id>` where a theme colour applies. */
  readonly colors: { readonly speakers: readonly string[]; readonly unattributed: string; readonly claim: string };
}

export interface NewsAnnotatorApi {
  /** What is drawn now in the visible editors showing `uri`. */
  getAppliedDecorations(uri: vscode.Uri | string): AppliedDecorationsInfo;
  /**
   * Resolves once annotations for the document's current version (or any version, for a
   * document not open) have arrived and been drawn; rejects if the extension is turned off.
   */
  whenReady(uri: vscode.Uri | string): Promise<void>;
  /** What the language status item shows for the active editor. */
  getStatus(): StatusText;
  /** Whether decorations are shown (the setting, flipped by the toggle command). */
  readonly decorationsVisible: boolean;
  readonly serverState: ServerState;
}
