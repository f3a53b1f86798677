// The `newsAnnotator/annotations` payload: everything the client draws, sent once per analysed
// version so the client never has to ask (see protocol.ts); after an edit, clients that take
// deltas get `newsAnnotator/annotationsDelta` instead (annotationModel.ts, editProducts.ts).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations } from '../analysis/types';
import type { AnnotationsNotification } from '../protocol';
import { buildModel, type Model } from './annotationModel';

export { isSpeakerFar } from './annotationModel';
import { LineIndex } from './lineIndex';

export function annotationsParams(doc: TextDocument, a: Annotations): AnnotationsNotification.Params {
  return fullParams(doc.uri, doc.version, buildModel(new LineIndex(doc.getText()), a));
}

/** The full payload of a model (annotationModel.ts). */
export function fullParams(uri: string, version: number, m: Pick<Model, 'quotes' | 'claims' | 'entities' | 'counts'>): AnnotationsNotification.Params {
  return { uri, version, quotes: m.quotes, claims: m.claims, entities: m.entities, counts: m.counts };
}

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
