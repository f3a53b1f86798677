// Small hand-made annotation payloads for the client's unit tests.
import type { AnnotationsNotification } from '../../../server/src/protocol';

type Params = AnnotationsNotification.Params;
type QuoteInfo = AnnotationsNotification.QuoteInfo;
type ClaimInfo = AnnotationsNotification.ClaimInfo;

export function range(line: number, start: number, end: number, endLine = line): QuoteInfo['range'] {
  return { start: { line, character: start }, end: { line: endLine, character: end } };
}

export function quote(q: Partial<QuoteInfo> & Pick<QuoteInfo, 'range'>): QuoteInfo {
  return { kind: 'direct', speaker: null, speakerId: null, colorIndex: -1, cue: null, speakerFar: false, ...q };
}

export function claim(c: Partial<ClaimInfo> & Pick<ClaimInfo, 'range'>): ClaimInfo {
  return { type: 'sovereignty', claimant: null, territories: [], ...c };
}

export function payload(p: Partial<Params> = {}): Params {
  const quotes = p.quotes ?? [];
  const claims = p.claims ?? [];
  return {
    uri: 'file:///articles/harbour.news',
    version: 1,
    quotes,
    claims,
    entities: [],
    counts: { quotes: quotes.length, people: 0, claims: claims.length },
    ...p,
  };
}
