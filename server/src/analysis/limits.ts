// What the analysis refuses to read, as pure functions so the server, the command line and the
// tests apply one rule.

export type InputVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'binary' | 'too-large' | 'minified'; readonly message: string };

/** NUL bytes (or U+0000 after decoding) in the first 8 KB mark a binary file, as git decides. */
export function looksBinary(sample: string | Uint8Array): boolean {
  const n = Math.min(sample.length, 8192);
  if (typeof sample === 'string') {
    for (let i = 0; i < n; i++) if (sample.charCodeAt(i) === 0) return true;
    return false;
  }
  for (let i = 0; i < n; i++) if (sample[i] === 0) return true;
  return false;
}

/** The default for `newsAnnotator.maxFileSize`: a long article is 50–200 KB. */
export const DEFAULT_MAX_FILE_SIZE = 2 << 20;

/**
 * Whether the analysis should read `content`. Size is counted in bytes for bytes and in UTF-16
 * code units for strings (what the editor holds). Too large is checked first: it costs nothing;
 * then binary, then minified code or encoded data (one long line of no prose is slow to read and
 * would only yield noise).
 */
export function checkInput(content: string | Uint8Array, maxBytes: number = DEFAULT_MAX_FILE_SIZE): InputVerdict {
  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > maxBytes) {
    return { ok: false, reason: 'too-large', message: `larger than the limit of ${formatBytes(maxBytes)} (${formatBytes(size)})` };
  }
  if (looksBinary(content)) return { ok: false, reason: 'binary', message: 'looks like a binary file, not text' };
  // Bytes are decoded only as far as looksMinified reads; a character cut at the end is harmless.
  const text = typeof content === 'string' ? content : new TextDecoder().decode(content.subarray(0, MINIFIED_SAMPLE * 3));
  if (looksMinified(text)) return { ok: false, reason: 'minified', message: 'looks like minified code or encoded data, not prose' };
  return { ok: true };
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(0)} KB`;
  return `${n} bytes`;
}

const MINIFIED_SAMPLE = 1 << 20;

/**
 * Minified code or encoded data (base64, a JSON dump) opened as text: some line of at least
 * `minLine` characters with almost no white space, made mostly of code syntax or of base64's
 * alphabet. Prose has a space every six or seven characters, so even a whole article on one line
 * is far from it, and prose in scripts without spaces (Chinese, Japanese) has no ASCII braces.
 * Only the first `sample` characters are read, so the check stays cheap on large files.
 */
export function looksMinified(text: string, minLine = 5000, sample = MINIFIED_SAMPLE): boolean {
  const n = Math.min(text.length, sample);
  let lineStart = 0;
  let spaces = 0;
  let syntax = 0;
  let notBase64 = 0;
  for (let i = 0; i <= n; i++) {
    const c = i < n ? text.charCodeAt(i) : 10;
    if (c === 10 || c === 13) {
      const length = i - lineStart;
      if (length >= minLine && spaces < length * 0.05 && (syntax > length * 0.05 || notBase64 === 0)) return true;
      lineStart = i + 1;
      spaces = syntax = notBase64 = 0;
      continue;
    }
    if (c === 32 || c === 9 || c === 0xa0) spaces++;
    if (CODE_SYNTAX.has(c)) syntax++;
    if (!isBase64(c)) notBase64++;
  }
  return false;
}

const CODE_SYNTAX = new Set([...'{}()[];=<>:,"'].map((ch) => ch.charCodeAt(0)));
const isBase64 = (c: number): boolean =>
  (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 43 || c === 47 || c === 61 || c === 45 || c === 95;
