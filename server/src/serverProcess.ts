// What the extension starts the language server process with, beyond its own environment; the
// bench starts it the same way, to measure what users run.

/**
 * glibc's malloc gives threads that allocate at once arenas of their own (up to eight per core),
 * and a freed page stays mapped in its arena. The server's threads (main, analysis worker, V8's
 * compiler and collector threads) each filled one: with 50 open 200 KB articles the server held
 * 177–204 MB a few seconds after the last analysis, and 164–167 MB with one arena, analysing as
 * fast (the JavaScript heaps are mapped by V8 itself, not through malloc). Other C libraries
 * (macOS, Windows, musl) ignore the variable. A value the user set is kept.
 */
export const SERVER_PROCESS_ENV: Readonly<Record<string, string>> = Object.freeze({ MALLOC_ARENA_MAX: '1' });

/** `env` with SERVER_PROCESS_ENV's variables added where `env` does not set them. */
export function serverProcessEnv(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { ...SERVER_PROCESS_ENV, ...env };
}
