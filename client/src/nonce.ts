/** A fresh nonce for a webview's Content-Security-Policy: one per page, never reused. */
export function nonce(): string {
  return globalThis.crypto.randomUUID().replace(/-/g, '');
}
