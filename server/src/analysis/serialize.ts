import type { Annotations } from './types';

/** The `annotate` command's JSON shape (the contract the scorers and the export command share). */
export interface AnnotationsJson {
  readonly file: string;
  readonly quotes: readonly {
    start: number; end: number; text: string; kind: string;
    speaker: string | null; speakerEntity: string | null; cue: string | null;
  }[];
  readonly entities: readonly {
    id: string; type: string; name: string; aliases: readonly string[]; roles: readonly string[];
    mentions: readonly { start: number; end: number; text: string }[]; geo?: object;
  }[];
  readonly claims: readonly {
    start: number; end: number; type: string; claimant: string | null; territories: readonly string[];
    extent: string | null; source: string | null; trigger: string;
  }[];
}

export function toJson(file: string, a: Annotations): AnnotationsJson {
  return {
    file,
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, kind: q.kind,
      speaker: q.speaker, speakerEntity: q.speakerEntity, cue: q.cue,
    })),
    entities: a.entities.map((e) => ({
      id: e.id, type: e.type, name: e.name, aliases: e.aliases, roles: e.roles,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
      ...(e.geo ? { geo: e.geo } : {}),
    })),
    claims: a.claims.map((c) => ({
      start: c.start, end: c.end, type: c.type, claimant: c.claimant, territories: c.territories,
      extent: c.extent, source: c.source, trigger: c.trigger.text,
    })),
  };
}
