// Random articles and edits for the property tests that compare incremental work with a full
// rebuild (the analysis in incremental.test.ts, the LSP products in lsp-editProducts.test.ts).
import fc from 'fast-check';

export interface Edit {
  /** Where, as a fraction of the text's length, so that one edit fits any text. */
  readonly at: number;
  /** How many UTF-16 code units to delete there. */
  readonly remove: number;
  readonly insert: string;
}

/** Articles of 1..`maxParagraphs` of `paragraphs`, each followed by one of `separators`. */
export function articles(paragraphs: readonly string[], separators: readonly string[], maxParagraphs: number): fc.Arbitrary<string> {
  return fc.array(fc.constantFrom(...paragraphs), { minLength: 1, maxLength: maxParagraphs }).chain((paras) =>
    fc.array(fc.constantFrom(...separators), { minLength: paras.length, maxLength: paras.length }).map((seps) => paras.map((p, i) => p + seps[i]).join('')),
  );
}

/** Edits deleting up to `maxRemove` code units and inserting nothing or one of `inserts`. */
export function edits(inserts: readonly string[], maxRemove: number): fc.Arbitrary<Edit> {
  return fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(maxRemove), insert: fc.oneof(fc.constant(''), fc.constantFrom(...inserts)) });
}

/**
 * Edits anywhere in a text, as typing goes: positions not drawn towards the text's start
 * (fast-check's bias, and its doubles, as many between 0 and 1e-300 as between 0.5 and 1), deleting
 * up to `maxRemove` code units and inserting one of `inserts`.
 */
export function typedEdits(inserts: readonly string[], maxRemove: number): fc.Arbitrary<Edit> {
  return fc.record({ at: fc.noBias(fc.integer({ min: 0, max: 1e6 })).map((k) => k / 1e6), remove: fc.nat(maxRemove), insert: fc.constantFrom(...inserts) });
}

export function applyEdit(text: string, e: Edit): string {
  const at = Math.floor(e.at * text.length);
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
