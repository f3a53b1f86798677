// The speakers of an article as plain data, built from the annotate JSON the server exports:
// who speaks, in what role, how often, their quotes and the claims reported through them. Pure
// (no vscode) so it is unit tested; the tree view and `newsAnnotator.getSpeakersModel` use it.
import type { AnnotationsJson } from '../../../server/src/analysis/serialize';

export interface SpeakerQuote {
  readonly start: number;
  readonly end: number;
  readonly kind: string;
  /** The first words of the quote. */
  readonly label: string;
}

export interface SpeakerClaim {
  readonly start: number;
  readonly end: number;
  readonly type: string;
  readonly claimant: string | null;
  readonly territories: readonly string[];
  readonly label: string;
}

export interface Speaker {
  /** Entity id, or `name:<speaker>` when the speaker is named but no entity of the article. */
  readonly key: string;
  readonly entityId: string | null;
  /** The entity's type (person, organization…), or null for a speaker who is no entity. */
  readonly type: string | null;
  readonly name: string;
  readonly roles: readonly string[];
  readonly quoteCount: number;
  readonly quotes: readonly SpeakerQuote[];
  /** Claims whose `source` is this speaker's entity. */
  readonly claims: readonly SpeakerClaim[];
}

export interface SpeakersModel {
  /** Most quoted first; equal counts in order of first appearance. */
  readonly speakers: readonly Speaker[];
  /** Quotes nobody is named for (scare quotes, which nobody says, are left out). */
  readonly unattributed: readonly SpeakerQuote[];
}

const LABEL_WORDS = 8;
const LABEL_CHARS = 60;

/** The first few words of a text, whitespace collapsed, with an ellipsis when cut. */
export function firstWords(text: string, words = LABEL_WORDS, maxChars = LABEL_CHARS): string {
  const flat = text.slice(0, maxChars * 4).replace(/\s+/g, ' ').trim();
  const parts = flat.split(' ');
  let label = parts.slice(0, words).join(' ');
  if (label.length > maxChars) label = label.slice(0, maxChars).replace(/\s+\S*$/, '') || label.slice(0, maxChars);
  return label.length < flat.length ? `${label.replace(/[\s,;:.–—-]+$/u, '')}…` : label;
}

export function claimLabel(c: { type: string; territories: readonly string[] }): string {
  return c.territories.length > 0 ? `${c.type}: ${c.territories.join(', ')}` : c.type;
}

interface Building {
  key: string;
  entityId: string | null;
  type: string | null;
  name: string;
  roles: readonly string[];
  quotes: SpeakerQuote[];
  claims: SpeakerClaim[];
  first: number;
}

export function buildSpeakersModel(json: AnnotationsJson): SpeakersModel {
  const entities = new Map(json.entities.map((e) => [e.id, e]));
  const speakers = new Map<string, Building>();
  const speakerFor = (entityId: string | null, name: string | null, at: number): Building | null => {
    const entity = entityId ? entities.get(entityId) : undefined;
    const key = entity ? entity.id : name ? `name:${name}` : null;
    if (key === null) return null;
    let s = speakers.get(key);
    if (!s) {
      s = { key, entityId: entity?.id ?? null, type: entity?.type ?? null, name: entity?.name ?? name ?? key, roles: entity?.roles ?? [], quotes: [], claims: [], first: at };
      speakers.set(key, s);
    }
    s.first = Math.min(s.first, at);
    return s;
  };

  const unattributed: SpeakerQuote[] = [];
  for (const q of json.quotes) {
    const quote = { start: q.start, end: q.end, kind: q.kind, label: firstWords(q.text) };
    const s = speakerFor(q.speakerEntity, q.speaker, q.start);
    if (s) s.quotes.push(quote);
    else if (q.kind !== 'scare') unattributed.push(quote);
  }
  for (const c of json.claims) {
    if (!c.source || !entities.has(c.source)) continue;
    const s = speakerFor(c.source, null, c.start);
    s?.claims.push({ start: c.start, end: c.end, type: c.type, claimant: c.claimant, territories: c.territories, label: claimLabel(c) });
  }

  const byOffset = (a: { start: number }, b: { start: number }) => a.start - b.start;
  const list = [...speakers.values()]
    .map((s) => ({ ...s, quotes: s.quotes.sort(byOffset), claims: s.claims.sort(byOffset) }))
    .sort((a, b) => b.quotes.length - a.quotes.length || a.first - b.first || a.name.localeCompare(b.name));
  return {
    speakers: list.map(({ key, entityId, type, name, roles, quotes, claims }) => ({ key, entityId, type, name, roles, quoteCount: quotes.length, quotes, claims })),
    unattributed: unattributed.sort(byOffset),
  };
}
