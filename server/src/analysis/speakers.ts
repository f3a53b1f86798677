import type { ProseDocument } from './document';
import type { QuoteSpan } from './quotes';
import type { Entity, Quote } from './types';

// TODO(quotes helper)
export function attributeQuotes(doc: ProseDocument, spans: readonly QuoteSpan[], _entities: readonly Entity[]): Quote[] {
  return spans.map((s) => ({ ...s, text: doc.text.slice(s.start, s.end), speaker: null, speakerEntity: null, cue: null }));
}
