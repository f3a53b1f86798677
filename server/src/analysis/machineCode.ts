// V8 runs a new regular expression in its interpreter and compiles it to machine code only after
// that first run, unless the first subject is 1,000 characters or longer, when it compiles at once.
// For the claim cues' one-pass alternation (some 20,000 characters) the interpreter's bytecode
// alone costs ~100 ms on a fresh start, the machine code ~15 ms: the first analysis of a document,
// and so the server's first annotations, waited on it.

/** A blank subject long enough for V8 to compile an expression to machine code on its first run. */
const TIER_UP_SUBJECT = ' '.repeat(1000);

/**
 * Runs `expression` once on a long blank text, so that it is compiled to machine code before its
 * first real subject; for a large expression that may open on a short text. Its lastIndex is reset.
 */
export function compileNow(expression: RegExp): void {
  expression.lastIndex = 0;
  expression.exec(TIER_UP_SUBJECT);
  expression.lastIndex = 0;
}

/** Calls `compileNow` on its first call only. */
export function compilerOnce(expression: RegExp): () => void {
  let done = false;
  return () => {
    if (done) return;
    done = true;
    compileNow(expression);
  };
}
