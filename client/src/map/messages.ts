// Messages between the claims map panel (extension host) and its webview script. Both sides
// import these types; the host checks what the webview sends, since a webview is untrusted.
import type { MapModel } from './model';

export type ToWebview =
  | { readonly type: 'model'; readonly title: string; readonly model: MapModel }
  /** The places under the editor's cursor (ids as in `data-place`). */
  | { readonly type: 'highlight'; readonly ids: readonly string[] }
  /** Shown instead of a map: waiting for the server, the document was skipped… */
  | { readonly type: 'status'; readonly message: string };

export type FromWebview =
  | { readonly type: 'ready' }
  /** Select and reveal these offsets of the article in its editor. */
  | { readonly type: 'reveal'; readonly start: number; readonly end: number };

export function isFromWebview(value: unknown): value is FromWebview {
  if (typeof value !== 'object' || value === null) return false;
  const m = value as Record<string, unknown>;
  if (m.type === 'ready') return true;
  return (
    m.type === 'reveal' &&
    Number.isSafeInteger(m.start) && Number.isSafeInteger(m.end) &&
    (m.start as number) >= 0 && (m.end as number) >= (m.start as number)
  );
}
