// Workspace symbols: speakers and places across every open article, so "who said what" and
// "where" can be searched beyond the current file.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type SymbolInformation } from 'vscode-languageserver';
import type { Annotations } from '../analysis/types';
import { articleIndex, firstFullMention } from './articleIndex';
import { toLocation } from './ranges';

export interface Article {
  readonly document: TextDocument;
  readonly annotations: Annotations;
}

export function workspaceSymbols(articles: readonly Article[], query: string): SymbolInformation[] {
  const out: SymbolInformation[] = [];
  for (const { document, annotations } of articles) {
    const index = articleIndex(annotations);
    const container = fileName(document.uri);
    for (const e of annotations.entities) {
      const quotes = index.quotesBySpeaker.get(e.id)?.length ?? 0;
      const isSpeaker = quotes > 0;
      if (!isSpeaker && e.type !== 'place') continue;
      if (!matches(query, e.name) && !e.aliases.some((alias) => matches(query, alias))) continue;
      const first = firstFullMention(e);
      if (!first) continue;
      out.push({
        name: e.name,
        kind: isSpeaker ? SymbolKind.Object : SymbolKind.Module,
        location: toLocation(document, first),
        containerName: isSpeaker ? `${container} — ${quotes} quote${quotes === 1 ? '' : 's'}` : container,
      });
    }
  }
  return out;
}

/** Case-insensitive subsequence match, the way editors filter symbol names ("dpes" finds Dmitry Peskov). */
export function matches(query: string, name: string): boolean {
  const q = query.toLowerCase().replace(/\s+/g, '');
  const n = name.toLowerCase();
  let i = 0;
  for (let j = 0; j < n.length && i < q.length; j++) if (n[j] === q[i]) i++;
  return i === q.length;
}

function fileName(uri: string): string {
  const path = uri.split(/[?#]/)[0]!;
  try {
    return decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
  } catch {
    return path.slice(path.lastIndexOf('/') + 1);
  }
}
