// V8 runs a new regular expression in its interpreter first and compiles it to machine code only
// once it has run (at once when the first subject is 1,000 characters or longer). The analysis
// runs a few hundred expressions, nearly all of them on every document, so the interpreter's
// bytecode is made for each only to be dropped after a document or two: on a fresh start the
// first analysis of the sample article took ~105 ms with it, ~80 ms without (the later ones alike).
import { setFlagsFromString } from 'node:v8';

/**
 * Has every regular expression compiled to machine code at its first run, for the whole process.
 * The analysis worker calls it first, before its cached code, which V8 accepts only under the
 * flags it was made with; the server's main thread does not, before the worker starts: under a
 * flag changed at run time a new thread's bootstrap took ~20 ms longer, and the first annotations
 * waited on it.
 */
export function compileRegExpsAtOnce(): void {
  setFlagsFromString('--no-regexp-tier-up');
}
