// Go to definition, find references and highlights for entities: a mention (or a pronoun that
// names a quote's speaker) leads to the entity's first full mention and to all its mentions.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { DocumentHighlightKind, type DocumentHighlight, type Location } from 'vscode-languageserver';
import type { Annotations, Entity, Span } from '../analysis/types';
import { articleIndex, entityAt, firstFullMention, type ArticleIndex } from './articleIndex';
import { toLocation, toRange } from './ranges';

export function definition(doc: TextDocument, a: Annotations, offset: number): Location | null {
  const hit = entityAt(articleIndex(a), offset);
  const first = hit && firstFullMention(hit.entity);
  return first ? toLocation(doc, first) : null;
}

export function references(doc: TextDocument, a: Annotations, offset: number, includeDeclaration: boolean): Location[] {
  const index = articleIndex(a);
  const hit = entityAt(index, offset);
  if (!hit) return [];
  const first = firstFullMention(hit.entity);
  return spansOf(index, hit.entity)
    .filter((s) => includeDeclaration || !first || s.start !== first.start)
    .map((s) => toLocation(doc, s));
}

export function documentHighlights(doc: TextDocument, a: Annotations, offset: number): DocumentHighlight[] {
  const index = articleIndex(a);
  const hit = entityAt(index, offset);
  if (!hit) return [];
  return spansOf(index, hit.entity).map((s) => ({ range: toRange(doc, s), kind: DocumentHighlightKind.Text }));
}

/** Every place the article names the entity: its mentions, then pronouns naming it as a speaker. */
function spansOf(index: ArticleIndex, entity: Entity): Span[] {
  const spans: Span[] = [...entity.mentions];
  const seen = new Set(spans.map((s) => s.start));
  for (const q of index.quotesBySpeaker.get(entity.id) ?? []) {
    const m = q.speakerMention;
    if (m && !seen.has(m.start)) {
      seen.add(m.start);
      spans.push(m);
    }
  }
  return spans.sort((x, y) => x.start - y.start);
}
