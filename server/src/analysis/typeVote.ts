// A name is the same kind of thing all through a document: mentions typed by weak evidence (or
// none) take the type the document's stronger evidence gives the same words, and a lone surname
// takes its full name's type. What decides a candidate's type reads only the candidates with its
// words (`norm`), and whether some full name ends in them or some organisation's name shortens
// to them (`VoteEvidence`): an edited document's vote is taken again for those words alone
// (mergedEntities.ts).
import type { Candidate } from './entities';
import { forEachOrganisationStem } from './orgStems';
import type { EntityType, GeoInfo } from './types';
import { titleCase } from './tokens';
import places from './data/places.json';

/** What the document-level vote makes of each candidate (by index), leaving the candidates as they are. */
export interface Resolution {
  readonly types: (EntityType | null)[];
  readonly geos: (GeoInfo | undefined)[];
  readonly keys: (string | undefined)[];
}

/**
 * The words of other names a candidate's vote reads, counted over the document: the last words
 * of people's full names, and the shorter forms of organisations' names. Counts, so that an
 * edited document's are updated by the candidates that changed.
 */
export interface VoteEvidence {
  readonly personWords: Map<string, number>;
  readonly orgStems: Map<string, number>;
}


/**
 * Calls `visit` with each word of the evidence the candidate gives (see `VoteEvidence`): what it
 * is made of and how it is typed by its own block, never by the vote.
 */
export function forEachEvidence(c: Candidate, visit: (counts: 'personWords' | 'orgStems', word: string) => void): void {
  if (c.type === 'person' && c.words.length >= 2 && c.strength >= 1) visit('personWords', c.shouted ? titleCase(c.words[c.words.length - 1]!) : c.words[c.words.length - 1]!);
  if (c.type === 'organization' && c.words.length >= 2) forEachOrganisationStem(c.shouted ? c.words.map(titleCase) : c.words, (stem) => visit('orgStems', stem));
}

/** The evidence of these candidates (see `VoteEvidence`). */
export function voteEvidence(candidates: readonly Candidate[]): VoteEvidence {
  const evidence: VoteEvidence = { personWords: new Map(), orgStems: new Map() };
  // one counting function for all the candidates, not one made per candidate
  const count = (counts: 'personWords' | 'orgStems', word: string): void => {
    evidence[counts].set(word, (evidence[counts].get(word) ?? 0) + 1);
  };
  for (const c of candidates) forEachEvidence(c, count);
  return evidence;
}

/**
 * A mention's say in its name's vote, by the strength of what typed it: cubed, so that one mention
 * that context types ("Pedra Branca, a granite outcrop") outweighs a few that only their shape
 * types (two unknown capitalised words, a person's), and the name stays one thing all through.
 */
const voteWeight = (strength: number): number => strength * strength * strength + 0.5;

/**
 * The vote over `candidates`, which are the document's (the candidates are the blocks', shared
 * between analyses: what the vote decides is returned beside them). Given every candidate of
 * some words, in document order, and the document's `evidence`, it decides those as the vote
 * over the whole document does.
 */
export function resolveByDocument(candidates: readonly Candidate[], evidence: VoteEvidence): Resolution {
  const n = candidates.length;
  // packed arrays (pushed, not made holey by their length): an edited document's vote
  // concatenates pieces of them (mergedLocally.ts), which the builtins copy in bulk only when packed
  const types: (EntityType | null)[] = [];
  const strengths: number[] = [];
  const geos: (GeoInfo | undefined)[] = [];
  const keys: (string | undefined)[] = [];
  // each name's tally: type, score, type, score… in the order the types first came (ties go to the first)
  const votes = new Map<string, (EntityType | number)[]>();
  // each typed candidate's tally, for the second pass to read without looking its name up again
  const tallies: ((EntityType | number)[] | undefined)[] = [];
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    types.push(c.type);
    strengths.push(c.strength);
    geos.push(c.geo);
    keys.push(c.key);
    if (!c.type) {
      tallies.push(undefined);
      continue;
    }
    const key = c.norm;
    const weight = voteWeight(c.strength);
    const tally = votes.get(key);
    if (!tally) {
      const made = [c.type, weight];
      votes.set(key, made);
      tallies.push(made);
    } else {
      tallies.push(tally);
      let k = 0;
      while (k < tally.length && tally[k] !== c.type) k += 2;
      if (k < tally.length) tally[k + 1] = (tally[k + 1] as number) + weight;
      else tally.push(c.type, weight);
    }
  }
  for (let i = 0; i < n; i++) {
    const c = candidates[i]!;
    if (strengths[i]! >= 3) continue;
    const key = c.norm;
    // (most documents have no such evidence, and most names none: nothing to look up then)
    if (c.words.length === 1 && evidence.personWords.size > 0 && (evidence.personWords.get(key) ?? 0) > 0) {
      types[i] = 'person';
      strengths[i] = 2;
      geos[i] = undefined;
      keys[i] = undefined;
      continue;
    }
    // "Harrow" after "Harrow Bancorp Inc.": a name typed as a person, or not at all, is the company
    if (evidence.orgStems.size > 0 && evidence.orgStems.has(key) && (types[i] === 'person' || types[i] === null)) {
      types[i] = 'organization';
      strengths[i] = 2;
      geos[i] = undefined;
      keys[i] = undefined;
      continue;
    }
    const tally = tallies[i] ?? votes.get(key);
    if (!tally) continue;
    let best: EntityType | null = null;
    let score = 0;
    for (let k = 0; k < tally.length; k += 2) {
      const v = tally[k + 1] as number;
      if (v > score) {
        best = tally[k] as EntityType;
        score = v;
      }
    }
    const type = types[i]!;
    if (best && best !== type && (type === null || score > voteWeight(strengths[i]!))) {
      types[i] = best;
      if (best !== 'place') {
        geos[i] = undefined;
        keys[i] = undefined;
      } else if (!geos[i]) geos[i] = { kind: 'place' };
    }
  }
  // "the Donetsk region" and "Donetsk" in one document: the region both times, not the region and
  // its capital (a city of the region's country named as the region is); unless the document
  // says "the city of Donetsk" (typed as strongly as a place is), and so tells the two apart
  let regions: Map<string, number> | undefined;
  for (let i = 0; i < n; i++) if (types[i] === 'place' && keys[i] && geos[i]?.kind === 'region') (regions ??= new Map()).set(candidates[i]!.norm, i);
  if (regions) {
    for (let i = 0; i < n; i++) if (types[i] === 'place' && geos[i]?.kind === 'city' && strengths[i]! >= 3) regions.delete(candidates[i]!.norm);
    for (let i = 0; i < n; i++) {
      const r = types[i] === 'place' && geos[i]?.kind === 'city' ? regions.get(candidates[i]!.norm) : undefined;
      if (r === undefined || geos[r]!.countryCode !== geos[i]!.countryCode) continue;
      keys[i] = keys[r];
      geos[i] = geos[r];
    }
  }
  // a place's key is what its strongest mention found (the gazetteer's id), for all its mentions:
  // the last such mention's (by index: those keep their key and geo below)
  const placeKey = new Map<string, number>();
  for (let i = 0; i < n; i++) if (types[i] === 'place' && keys[i]) placeKey.set(candidates[i]!.norm, i);
  for (let i = 0; i < n; i++) {
    if (types[i] !== 'place' || keys[i]) continue;
    const norm = candidates[i]!.norm;
    const k = placeKey.get(norm);
    if (k !== undefined) {
      keys[i] = keys[k];
      geos[i] = geos[k] ?? geos[i];
    } else keys[i] = `place:${withoutGroupSuffix(norm).toLowerCase()}`;
  }
  return { types, geos, keys };
}

// "the Chagos Islands", "the Chagos archipelago" and "Chagos": one group of islands (places.json groupSuffixes)
const GROUP_SUFFIX = new RegExp(` (?:${places.groupSuffixes.join('|')})$`);
const withoutGroupSuffix = (name: string): string => (name.includes(' ') ? name.replace(GROUP_SUFFIX, '') : name);

/**
 * Each candidate's words (`norm`) as a number, in document order: an edited document's vote finds
 * the candidates with some words by scanning numbers, without reading every candidate.
 */
export interface Norms {
  readonly ids: Int32Array;
  /** The number of each words the document has had (added to in place by the next analysis, which takes it). */
  readonly of: Map<string, number>;
}

export function normIds(candidates: readonly Candidate[]): Norms {
  const of = new Map<string, number>();
  const ids = new Int32Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) ids[i] = normId(of, candidates[i]!.norm);
  return { ids, of };
}

export function normId(of: Map<string, number>, norm: string): number {
  let id = of.get(norm);
  if (id === undefined) of.set(norm, (id = of.size));
  return id;
}
