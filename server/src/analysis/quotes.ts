import type { ProseDocument } from './document';
import type { QuoteKind, Span } from './types';

/** A quotation found in the text, before its speaker is known. */
export interface QuoteSpan extends Span {
  readonly kind: QuoteKind;
  readonly sentence: Span;
}

// TODO(quotes helper)
export function findQuoteSpans(_doc: ProseDocument): QuoteSpan[] {
  return [];
}
