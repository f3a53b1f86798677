// What the claims stage's walk over the sentences (claims.ts) carries from one sentence to the
// next, and how the previous walk's state and the rest of its lists stand after an edit
// (walkCheckpoints.ts, `converge`): the walk reads back only what is within ANAPHOR_REACH
// sentences (territory lists, single places, claims), the side of the last claim, the agents of
// the sentences waiting for a cue and the people's sides learnt so far (of those, the sides of the
// people it asks about: changedSides.ts). Equal in those, two states read the rest of the same
// sentences alike.
import { placedAgent, type Agent } from './claimants';
import { sameStrings } from './sameStrings';
import type { ClaimType, ControlExtent, Mention, Span } from './types';
import type { EditMap, Move } from './walkCheckpoints';

export interface Territories {
  readonly names: string[];
  readonly mentions: Mention[];
}

/** A list of territories the article has named, that later anaphors may refer to. */
export interface Antecedent extends Territories {
  readonly sentence: number;
  readonly words: ReadonlySet<string>;
  readonly types: ReadonlySet<ClaimType>;
}

export interface Draft {
  type: ClaimType;
  sentence: Span;
  sentenceIndex: number;
  claimant: string | null;
  claimantEntity: string | null;
  territories: Territories;
  /** Where the territory list stands (-1 when it comes from a pronoun): claims sharing it are one. */
  objectStart: number;
  extent: ControlExtent | null;
  source: string | null;
  trigger: Mention;
}

/** The walk's state before a sentence (walkCheckpoints.ts): how much of each list it had gathered, and what else it held. */
export interface WalkState {
  readonly antecedents: number;
  readonly singles: number;
  readonly drafts: number;
  /** ClaimantResolver.changes: the people's sides learnt so far. */
  readonly changes: number;
  readonly statesAsked: number;
  /** The first quote (by start) whose sentence does not end before the sentence. */
  readonly quoteAt: number;
  readonly pendingFrom: number;
  /**
   * The agents of the sentences within reach before, by sentence index modulo its length. What
   * the walk reads of them is where they stand, their states and whether by role, never their
   * entities: a state kept from an older analysis (walkCheckpoints.ts) holds the ids as an edit
   * since may have renumbered them.
   */
  readonly agentsWithin: readonly (readonly Agent[])[];
}

/** What the walk gathers as it goes, in order (a type, not an interface: a record of lists). */
export type WalkLists = {
  readonly antecedents: readonly Antecedent[];
  readonly singles: readonly Antecedent[];
  readonly drafts: readonly Draft[];
  readonly changes: readonly string[];
  readonly statesAsked: readonly string[];
};

/** `state` standing `by` further on (WalkCheckpoints' `move`): its sentences, and the agents it holds by sentence. */
export function movedState(state: WalkState, by: Move): WalkState {
  const slots = state.agentsWithin.length;
  const agentsWithin = new Array<readonly Agent[]>(slots);
  for (let k = 0; k < slots; k++) {
    const agents = state.agentsWithin[k];
    agentsWithin[(((k + by.sentences) % slots) + slots) % slots] = agents && agents.length > 0 ? agents.map((a) => placedAgent(a, by.chars, a.entity)) : agents!;
  }
  return { ...state, pendingFrom: state.pendingFrom + by.sentences, agentsWithin };
}

/**
 * Whether the walk, before sentence `si` with state `now` and lists `lists`, reads the rest of
 * the article as the previous walk did with `before` and `previous` (which `map` moves): it reads
 * the territories of the sentences from `from` on that `readLater` says are read (with their
 * agents, which the state holds), and lists back within `reach` sentences. The people's sides
 * learnt so far (`changes`) are the caller's to compare (changedSides.ts).
 */
export function readsAhead(
  si: number, from: number, reach: number, readLater: (p: number) => boolean, now: WalkState, lists: WalkLists, before: WalkState, previous: WalkLists, map: EditMap,
): boolean {
  // `before` numbers the sentences after the edit as the previous walk did
  if (Math.max(before.pendingFrom + map.sentences, si - reach) !== from) return false;
  for (let p = from; p < si; p++) {
    if (readLater(p) && !sameAgents(now.agentsWithin[p % (reach + 1)]!, before.agentsWithin[(p - map.sentences) % (reach + 1)]!, map.chars)) return false;
  }
  // "its hold on …": the side of the last claim, however far back
  const last = lists.drafts[now.drafts - 1];
  const lastBefore = previous.drafts[before.drafts - 1];
  if (last?.claimant !== lastBefore?.claimant || last?.claimantEntity !== (lastBefore && map.entity(lastBefore.claimantEntity))) return false;
  const reached = si - reach;
  return (
    sameWithin(lists.antecedents, now.antecedents, previous.antecedents, before.antecedents, (a) => a.sentence, reached, map, sameAntecedent) &&
    sameWithin(lists.singles, now.singles, previous.singles, before.singles, (a) => a.sentence, reached, map, sameAntecedent) &&
    sameWithin(lists.drafts, now.drafts, previous.drafts, before.drafts, (d) => d.sentenceIndex, reached, map, sameDraft)
  );
}

/** The entries of `list` from `from` to `to`, moved by `map`; undefined if one stood where the edit changed the text. */
export function movedAntecedents(list: readonly Antecedent[], from: number, to: number, map: EditMap): Antecedent[] | undefined {
  const out: Antecedent[] = [];
  for (let i = from; i < to; i++) {
    const a = list[i]!;
    const sentence = map.sentence(a.sentence);
    const mentions = shiftedMentions(a.mentions, map);
    if (sentence === undefined || !mentions) return undefined;
    out.push({ names: a.names, mentions, sentence, words: a.words, types: a.types });
  }
  return out;
}

/** Like movedAntecedents, for claims, their entity ids as `map` has them now. */
export function movedDrafts(list: readonly Draft[], from: number, to: number, map: EditMap): Draft[] | undefined {
  const out: Draft[] = [];
  for (let i = from; i < to; i++) {
    const d = list[i]!;
    const sentenceIndex = map.sentence(d.sentenceIndex);
    const sentence = map.shift(d.sentence.start, d.sentence.end);
    const trigger = map.shift(d.trigger.start, d.trigger.end);
    const object = d.objectStart < 0 ? 0 : map.shift(d.objectStart, d.objectStart + 1);
    const mentions = shiftedMentions(d.territories.mentions, map);
    if (sentenceIndex === undefined || sentence === undefined || trigger === undefined || object === undefined || !mentions) return undefined;
    out.push({
      ...d,
      sentenceIndex,
      sentence: { start: d.sentence.start + sentence, end: d.sentence.end + sentence },
      trigger: { ...d.trigger, start: d.trigger.start + trigger, end: d.trigger.end + trigger },
      objectStart: d.objectStart < 0 ? d.objectStart : d.objectStart + object,
      territories: mentions === d.territories.mentions ? d.territories : { names: d.territories.names, mentions },
      claimantEntity: map.entity(d.claimantEntity),
      source: map.entity(d.source),
    });
  }
  return out;
}

function shiftedMentions(mentions: Mention[], map: EditMap): Mention[] | undefined {
  let out: Mention[] | undefined;
  for (let i = 0; i < mentions.length; i++) {
    const m = mentions[i]!;
    const by = map.shift(m.start, m.end);
    if (by === undefined) return undefined;
    if (by !== 0) (out ??= mentions.slice())[i] = { ...m, start: m.start + by, end: m.end + by };
  }
  return out ?? mentions;
}

/** Whether the agents of a sentence read as before, moved by `chars` (what the walk reads of them, see `WalkState`). */
function sameAgents(a: readonly Agent[], b: readonly Agent[], chars: number): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x.start !== y.start + chars || x.end !== y.end + chars || x.state !== y.state || x.byRole !== y.byRole) return false;
  }
  return true;
}

/**
 * Whether the entries of `now` (the first `nowCount`) and `before` (the first `beforeCount`)
 * that stand in sentences from `reached` on (those a later sentence may read back) are the same,
 * and as many sentences back in both walks, which each reads back alike from here on.
 */
function sameWithin<T>(now: readonly T[], nowCount: number, before: readonly T[], beforeCount: number, sentence: (x: T) => number, reached: number, map: EditMap, same: (x: T, y: T, map: EditMap) => boolean): boolean {
  let i = nowCount - 1;
  let j = beforeCount - 1;
  // the previous walk numbered the sentences after the edit `map.sentences` fewer
  const reachedBefore = reached - map.sentences;
  for (; i >= 0 && sentence(now[i]!) >= reached; i--, j--) {
    if (j < 0 || sentence(now[i]!) !== sentence(before[j]!) + map.sentences || !same(now[i]!, before[j]!, map)) return false;
  }
  return j < 0 || sentence(before[j]!) < reachedBefore;
}

function sameTerritories(x: Territories, y: Territories, map: EditMap): boolean {
  if (!sameStrings(x.names, y.names) || x.mentions.length !== y.mentions.length) return false;
  for (let i = 0; i < x.mentions.length; i++) {
    const a = x.mentions[i]!;
    const b = y.mentions[i]!;
    const by = map.shift(b.start, b.end);
    if (by === undefined || a.start !== b.start + by || a.end !== b.end + by || a.text !== b.text) return false;
  }
  return true;
}

/**
 * What a later sentence reads of a list of territories: where it stands, its names and mentions
 * (and the words it was called by, which come from its sentence: the same where it stands the same).
 */
function sameAntecedent(x: Antecedent, y: Antecedent, map: EditMap): boolean {
  return map.sentence(y.sentence) === x.sentence && sameTerritories(x, y, map);
}

/**
 * What a later sentence reads of a claim within reach: where it stands, its territories and its
 * side ("Kyiv rejects these claims" rejects the side's; the side may differ where the walks learnt
 * a person's side differently before it).
 */
function sameDraft(x: Draft, y: Draft, map: EditMap): boolean {
  return map.sentence(y.sentenceIndex) === x.sentenceIndex && sameTerritories(x.territories, y.territories, map) && x.claimant === y.claimant && x.claimantEntity === map.entity(y.claimantEntity);
}
