// Edits rehearsed on a long document just opened, while the user only reads it. V8 compiles a
// function for speed only once it has run many times, and an edit runs code that opening a
// document never runs (each stage resuming from the previous analysis, the products made from
// what changed): the first dozen edits of a session used to take several times as long as the
// later ones (~150 ms for the first edit of a 1 MB article, against ~15 ms once warm).
//
// The rehearsal edits the document's own text, so that the code learns the shapes it will meet,
// in pairs that undo each other: after each pair the text is the document's again, and the
// result is its analysis (an incremental analysis equals a full one), which the host keeps in
// place of the one the pair started from (its memos were taken by the pair's first edit).
import type { Analyzer, Annotations } from '../analysis';
import { ProductsCache } from './editProducts';
import { packAnnotations } from './packedAnnotations';

/** Pairs of edits rehearsed: about as many edits as V8 takes to optimise the edit path. */
export const REHEARSAL_PAIRS = 8;

/**
 * A person's name the first pair writes into a sentence early in the document and takes out
 * again: an entity made and unmade renumbers every entity named after it, which each stage and
 * the products then map (walkCheckpoints.ts, quoteBlocks.ts, annotationModel.ts), code that
 * one-character edits rarely run (about one edit in 25 makes or unmakes an entity).
 */
const NAME = 'Ilsa Vardemann ';

/** Where from `at` on `NAME` may stand inside a sentence (before a lower-case word that follows one), or -1. */
function nameAt(text: string, at: number): number {
  const found = /[a-z] (?=[a-z]+ [a-z])/g;
  found.lastIndex = at;
  const m = found.exec(text);
  return m && m.index < at + 2000 ? m.index + 2 : -1;
}

/** The rehearsal's products are made under a name no document has. */
const URI = 'news-annotator:rehearsal';

/**
 * Rehearses `pairs` pairs of edits on `text`, whose analysis `opened` is (made with `markdown`):
 * the first writes `NAME` in, where a sentence has room for it, the others one character; each
 * edit followed by what the worker makes after an edit (the editor's products from the previous
 * ones, the packed result). Yields after each pair the analysis of `text` to keep instead of the
 * one before; a caller may stop between pairs.
 */
export function* rehearsal(analyzer: Analyzer, text: string, opened: Annotations, markdown: boolean, pairs = REHEARSAL_PAIRS): Generator<Annotations, void, void> {
  const products = new ProductsCache(1);
  let version = 0;
  products.products(URI, version, text, opened);
  let current = opened;
  for (let k = 0; k < pairs; k++) {
    // spread over the document; typing adds letters and deletes them, so the pairs do both
    const at = Math.floor((text.length * (2 * k + 1)) / (2 * pairs));
    const named = k === 0 ? nameAt(text, at) : -1;
    const edited = named >= 0 ? text.slice(0, named) + NAME + text.slice(named) : k % 2 === 0 ? `${text.slice(0, at)}e${text.slice(at)}` : text.slice(0, at) + text.slice(at + 1);
    for (const now of [edited, text]) {
      current = analyzer.analyze(now, { markdown, previous: current, keep: true });
      products.products(URI, ++version, now, current, version - 1);
      packAnnotations(current, now);
    }
    yield current;
  }
}
