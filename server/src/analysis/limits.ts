// What the analysis refuses to read, as pure functions so the server, the command line and the
// tests apply one rule.

export type InputVerdict =
  | { readonly ok: true }
  | { readonly ok: false; readonly reason: 'binary' | 'too-large'; readonly message: string };

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

export function checkInput(content: string | Uint8Array, maxBytes: number): InputVerdict {
  const size = typeof content === 'string' ? content.length : content.byteLength;
  if (size > maxBytes) {
    return { ok: false, reason: 'too-large', message: `larger than the limit of ${formatBytes(maxBytes)} (${formatBytes(size)})` };
  }
  if (looksBinary(content)) return { ok: false, reason: 'binary', message: 'looks like a binary file, not text' };
  return { ok: true };
}

export function formatBytes(n: number): string {
  if (n >= 1 << 20) return `${(n / (1 << 20)).toFixed(1)} MB`;
  if (n >= 1 << 10) return `${(n / (1 << 10)).toFixed(0)} KB`;
  return `${n} bytes`;
}
