// The `newsAnnotator/annotations` payload of a version that is not analysed, and saying why only
// once. An analysed version's payload (whole, or a delta after an edit) is made by editProducts.ts.
import type { AnnotationsNotification } from '../protocol';

export function skippedParams(uri: string, version: number, reason: AnnotationsNotification.SkipReason, message: string): AnnotationsNotification.Params {
  return { uri, version, quotes: [], claims: [], entities: [], counts: { quotes: 0, people: 0, claims: 0 }, skipped: { reason, message } };
}

/** Which documents were told why they are not analysed: the reason is said once, not on every keystroke. */
export class SkipNotices {
  readonly #said = new Map<string, string>();

  /** True when this reason is news for the document (and remembers it). */
  shouldSay(uri: string, reason: string, message: string): boolean {
    const key = `${reason}: ${message}`;
    if (this.#said.get(uri) === key) return false;
    this.#said.set(uri, key);
    return true;
  }

  /** The document was analysed, closed, or the settings changed: a later skip is news again. */
  forget(uri?: string): void {
    if (uri === undefined) this.#said.clear();
    else this.#said.delete(uri);
  }
}
