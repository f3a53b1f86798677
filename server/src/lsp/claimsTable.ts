// Rows of the claims table view: one per claim, with the sentence it stands in.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, Span } from '../analysis/types';
import type { ClaimsTableRequest } from '../protocol';
import { containing } from './articleIndex';
import { toRange } from './ranges';

export function claimsTable(doc: TextDocument, a: Annotations): ClaimsTableRequest.Row[] {
  const text = doc.getText();
  const sentences: Span[] = a.blocks.flatMap((b) => b.sentences);
  sentences.sort((x, y) => x.start - y.start);
  return [...a.claims]
    .sort((x, y) => x.start - y.start)
    .map((c) => {
      const s = containing(sentences, c.start) ?? c;
      return {
        claimant: c.claimant,
        type: c.type,
        territories: c.territories,
        extent: c.extent,
        sentence: text.slice(s.start, Math.max(s.end, c.end)).replace(/\s+/g, ' ').trim(),
        range: toRange(doc, c),
        start: c.start,
        end: c.end,
      };
    });
}
