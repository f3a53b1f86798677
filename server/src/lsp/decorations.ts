// The `newsAnnotator/annotations` payload: everything the client draws, sent once per analysed
// version so the client never has to ask (see protocol.ts).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, Quote } from '../analysis/types';
import type { AnnotationsNotification } from '../protocol';
import { toRange } from './ranges';

export function annotationsParams(doc: TextDocument, a: Annotations): AnnotationsNotification.Params {
  const colors = new Map<string, number>();
  const quotes = [...a.quotes].sort((x, y) => x.start - y.start).map<AnnotationsNotification.QuoteInfo>((q) => {
    const key = q.speakerEntity ?? q.speaker;
    let colorIndex = -1;
    if (key !== null) {
      colorIndex = colors.get(key) ?? colors.size;
      colors.set(key, colorIndex);
    }
    return {
      range: toRange(doc, q),
      kind: q.kind,
      speaker: q.speaker,
      speakerId: q.speakerEntity,
      colorIndex,
      cue: q.cue,
      speakerFar: isSpeakerFar(q),
    };
  });
  const claims = a.claims.map<AnnotationsNotification.ClaimInfo>((c) => ({
    range: toRange(doc, c), type: c.type, claimant: c.claimant, territories: c.territories,
  }));
  const entities = a.entities.map<AnnotationsNotification.EntityInfo>((e) => ({
    id: e.id, type: e.type, name: e.name, ranges: e.mentions.map((m) => toRange(doc, m)),
  }));
  return {
    uri: doc.uri,
    version: doc.version,
    quotes,
    claims,
    entities,
    counts: {
      quotes: a.quotes.length,
      people: a.entities.filter((e) => e.type === 'person').length,
      claims: a.claims.length,
    },
  };
}

/**
 * A reader can see who speaks when the name stands in the quote's own sentence; when it is
 * named elsewhere (an earlier paragraph) or only known from context, the client shows it.
 */
export function isSpeakerFar(q: Quote): boolean {
  if (q.speaker === null) return false;
  const m = q.speakerMention;
  if (!m) return true;
  return m.end <= q.sentence.start || m.start >= q.sentence.end;
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
