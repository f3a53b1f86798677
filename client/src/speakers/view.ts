// The Speakers tree in the Explorer: the speakers of the active article with their role and
// number of quotes; under each, their quotes and the claims reported through them. It follows
// the active article and its edits, and fetches only while the view is visible.
import * as vscode from 'vscode';
import { ArticleExports, isArticle, requestExport, type AnnotationsEvent, type ClientGetter, type ExportOutcome } from '../map/articleExport';
import { REVEAL_COMMAND } from '../reveal';
import { buildSpeakersModel, type Speaker, type SpeakerClaim, type SpeakerQuote, type SpeakersModel } from './model';

export const SPEAKERS_VIEW_ID = 'newsAnnotator.speakers';
export const GET_SPEAKERS_MODEL_COMMAND = 'newsAnnotator.getSpeakersModel';

/** What `newsAnnotator.getSpeakersModel` returns. */
export interface SpeakersSnapshot extends SpeakersModel {
  readonly uri: string;
  readonly version: number;
}

type Node =
  | { readonly kind: 'speaker'; readonly speaker: Speaker }
  | { readonly kind: 'quote'; readonly quote: SpeakerQuote; readonly owner: string; readonly index: number }
  | { readonly kind: 'claims'; readonly speaker: Speaker }
  | { readonly kind: 'claim'; readonly claim: SpeakerClaim; readonly owner: string; readonly index: number }
  | { readonly kind: 'unattributed'; readonly quotes: readonly SpeakerQuote[] };

const UNATTRIBUTED = '(unattributed)';

export class SpeakersProvider implements vscode.TreeDataProvider<Node>, vscode.Disposable {
  readonly #changed = new vscode.EventEmitter<Node | undefined>();
  readonly onDidChangeTreeData = this.#changed.event;
  readonly #exports: ArticleExports;
  #snapshot: SpeakersSnapshot | undefined;
  #message: string | undefined = 'Open a news article to see who speaks in it.';

  constructor(getClient: ClientGetter, onAnnotations?: AnnotationsEvent) {
    this.#exports = new ArticleExports(getClient, (outcome) => this.#onExport(outcome), onAnnotations);
  }

  get snapshot(): SpeakersSnapshot | undefined {
    return this.#snapshot;
  }

  /** Shown above the tree when it is empty or cannot be filled. */
  get message(): string | undefined {
    return this.#message;
  }

  follow(document: vscode.TextDocument | undefined): void {
    if (document === this.#exports.document) return;
    this.#snapshot = undefined;
    this.#message = document ? undefined : 'Open a news article to see who speaks in it.';
    this.#changed.fire(undefined);
    this.#exports.follow(document);
  }

  refresh(): void {
    this.#exports.refresh();
  }

  /** Hidden views fetch nothing; shown again, they catch up on edits made meanwhile. */
  setVisible(visible: boolean): void {
    if (visible) this.#exports.resume();
    else this.#exports.pause();
  }

  #onExport(outcome: ExportOutcome): void {
    if (outcome.kind === 'ok') {
      const model = buildSpeakersModel(outcome.json);
      this.#snapshot = { uri: outcome.document.uri.toString(), version: outcome.version, ...model };
      this.#message = model.speakers.length === 0 && model.unattributed.length === 0 ? 'No quotes found in this article.' : undefined;
    } else {
      this.#snapshot = undefined;
      this.#message = outcome.message;
    }
    this.#changed.fire(undefined);
  }

  getChildren(node?: Node): Node[] {
    const snapshot = this.#snapshot;
    if (!snapshot) return [];
    if (!node) {
      const top: Node[] = snapshot.speakers.map((speaker) => ({ kind: 'speaker', speaker }));
      if (snapshot.unattributed.length > 0) top.push({ kind: 'unattributed', quotes: snapshot.unattributed });
      return top;
    }
    switch (node.kind) {
      case 'speaker': {
        const quotes: Node[] = node.speaker.quotes.map((quote, index) => ({ kind: 'quote', quote, owner: node.speaker.key, index }));
        return node.speaker.claims.length > 0 ? [...quotes, { kind: 'claims', speaker: node.speaker }] : quotes;
      }
      case 'claims':
        return node.speaker.claims.map((claim, index) => ({ kind: 'claim', claim, owner: node.speaker.key, index }));
      case 'unattributed':
        return node.quotes.map((quote, index) => ({ kind: 'quote', quote, owner: UNATTRIBUTED, index }));
      default:
        return [];
    }
  }

  getTreeItem(node: Node): vscode.TreeItem {
    // Ids are stable across edits so that expanded speakers stay expanded as the text changes.
    const base = this.#snapshot?.uri ?? '';
    switch (node.kind) {
      case 'speaker': {
        const s = node.speaker;
        const item = new vscode.TreeItem(s.name, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${base}#${s.key}`;
        const quotes = `${s.quoteCount} ${s.quoteCount === 1 ? 'quote' : 'quotes'}`;
        item.description = s.roles.length > 0 ? `${s.roles[0]} · ${quotes}` : quotes;
        item.tooltip = [s.name, ...s.roles, quotes, s.claims.length > 0 ? `${s.claims.length} ${s.claims.length === 1 ? 'claim' : 'claims'}` : ''].filter(Boolean).join('\n');
        item.iconPath = new vscode.ThemeIcon(s.type === 'organization' ? 'organization' : 'person');
        item.contextValue = 'speaker';
        if (s.quoteCount === 0 && s.claims.length === 0) item.collapsibleState = vscode.TreeItemCollapsibleState.None;
        return item;
      }
      case 'quote': {
        const item = new vscode.TreeItem(`“${node.quote.label}”`, vscode.TreeItemCollapsibleState.None);
        item.id = `${base}#${node.owner}#q${node.index}`;
        item.description = node.quote.kind;
        item.iconPath = new vscode.ThemeIcon('quote');
        item.contextValue = 'quote';
        item.command = this.#reveal(node.quote, 'Go to the quote');
        return item;
      }
      case 'claims': {
        const n = node.speaker.claims.length;
        const item = new vscode.TreeItem(`Claims (${n})`, vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${base}#${node.speaker.key}#claims`;
        item.iconPath = new vscode.ThemeIcon('globe');
        item.contextValue = 'claims';
        return item;
      }
      case 'claim': {
        const item = new vscode.TreeItem(node.claim.label, vscode.TreeItemCollapsibleState.None);
        item.id = `${base}#${node.owner}#c${node.index}`;
        item.description = node.claim.claimant ?? undefined;
        item.iconPath = new vscode.ThemeIcon('location');
        item.contextValue = 'claim';
        item.command = this.#reveal(node.claim, 'Go to the claim');
        return item;
      }
      case 'unattributed': {
        const item = new vscode.TreeItem('Unattributed quotes', vscode.TreeItemCollapsibleState.Collapsed);
        item.id = `${base}#${UNATTRIBUTED}`;
        item.description = `${node.quotes.length}`;
        item.iconPath = new vscode.ThemeIcon('question');
        return item;
      }
    }
  }

  #reveal(span: { start: number; end: number }, title: string): vscode.Command | undefined {
    const uri = this.#snapshot?.uri;
    return uri ? { command: REVEAL_COMMAND, title, arguments: [uri, span.start, span.end] } : undefined;
  }

  dispose(): void {
    this.#exports.dispose();
    this.#changed.dispose();
  }
}

/** `onAnnotations` as for registerClaimsMap: refresh after each analysis rather than after each edit. */
export function registerSpeakersView(context: vscode.ExtensionContext, getClient: ClientGetter, onAnnotations?: AnnotationsEvent): void {
  const provider = new SpeakersProvider(getClient, onAnnotations);
  const view = vscode.window.createTreeView(SPEAKERS_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  const activeArticle = (): vscode.TextDocument | undefined => {
    const document = vscode.window.activeTextEditor?.document;
    return document && isArticle(document) ? document : undefined;
  };
  const sync = () => {
    // Fetch only while someone looks; a hidden view catches up when shown.
    provider.setVisible(view.visible);
    if (!view.visible) return;
    const editor = vscode.window.activeTextEditor;
    // Focus in a panel or webview leaves no active editor: keep showing the last article.
    if (editor) provider.follow(activeArticle());
  };
  context.subscriptions.push(
    provider,
    view,
    provider.onDidChangeTreeData(() => (view.message = provider.message)),
    view.onDidChangeVisibility(() => sync()),
    vscode.window.onDidChangeActiveTextEditor(() => sync()),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator')) provider.refresh();
    }),
    vscode.commands.registerCommand(GET_SPEAKERS_MODEL_COMMAND, (target?: unknown) => speakersModelFor(target, provider, getClient)),
  );
  view.message = provider.message;
  sync();
}

/**
 * `newsAnnotator.getSpeakersModel([uri])`: the tree's model as plain data, for tests and other
 * extensions. Answers from the tree when it shows that article at its current version, else asks
 * the server, so it works with the view closed.
 */
async function speakersModelFor(target: unknown, provider: SpeakersProvider, getClient: ClientGetter): Promise<SpeakersSnapshot | null> {
  const uri = target instanceof vscode.Uri ? target.toString() : typeof target === 'string' ? vscode.Uri.parse(target).toString() : vscode.window.activeTextEditor?.document.uri.toString();
  if (!uri) return null;
  const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri);
  if (!document) return null;
  const shown = provider.snapshot;
  if (shown && shown.uri === uri && shown.version === document.version) return shown;
  const outcome = await requestExport(getClient, document);
  if (outcome.kind !== 'ok') return null;
  return { uri, version: outcome.version, ...buildSpeakersModel(outcome.json) };
}
