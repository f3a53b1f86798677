// An edited document's entities when the edit changed some mentions: only the entities those
// mentions can reach are voted and merged again, the others stand as they were, their mentions
// moved (mergedEntities.ts moves them all when no mention changed).
//
// Why that is exact. The vote types a candidate by the candidates with its words (`norm`) and by
// whether the document has a full name ending in them or an organisation's name shortening to
// them (typeVote.ts): the candidates voted again are all those with the words of an edited
// candidate, or with words whose evidence the edit turned on or off. The merger files and finds
// each mention under its links (coreference.ts `linksOf`): mentions that share no link, even
// through others, merge alike whether merged together or apart. So the entities an edit can
// change are those linked to the links of the mentions it removed or added (closed over the
// links of what they reach), and merging their mentions apart, with the edited ones, gives what
// merging every mention gives. The mentions removed and added are those that changed: in the
// edited blocks, and in any the vote changed, a mention that says all it said, typed as it was,
// where it stood among the others, is neither (changedRuns.ts), so that an edit to one name
// reaches what that name reaches, not all a paragraph names. What the whole document's order
// decides is kept: a block with a candidate the vote now types or no longer types is placed
// again (its mentions move among the typed ones), and so is every block between it and the
// edit, which costs a look at each (those standing as they were are passed by); entities that
// start together are ordered as the merger opened them. Mentions out of the index's order merge
// the whole document again (undefined).
import { ChangedRuns } from './changedRuns';
import { upperBound } from './search';
import { entityAs, indexMentions, linksOf, mergeApart, OPENED_LATE, type Links, type TypedMention } from './coreference';
import type { BlockNames, Candidate } from './entities';
import { mergedOf, movedMentions, placeMentions, sameCandidate, sameGeo, sameMention, unchangedEnds, type Merged } from './mergedEntities';
import { linkSets, linksFrom, type LinkSets, type Orphan } from './mergeLinks';
import { typedAt } from './typedMentions';
import { forEachEvidence, normId, resolveByDocument, type Resolution } from './typeVote';
import type { Block, Entity, EntityType, GeoInfo } from './types';

// past every offset (a V8 string is shorter) and a small integer: with Infinity in its place the
// comparisons of starts, optimised for integers, saw a double and V8 threw the code away
const PAST_END = 2 ** 30 - 1;

/**
 * The entities of the document whose blocks now stand at `blocks` with `names`, made from what
 * the previous analysis merged by voting and merging again the mentions the edit can reach;
 * undefined when the whole document must be merged again. Its mention index is set too.
 */
export function mergeLocally(previous: Merged, blocks: readonly Block[], names: readonly BlockNames[]): Merged | undefined {
  const { head, tail } = unchangedEnds(previous, blocks, names);
  const old = previous.names;
  const oldTo = old.length - tail;
  const newTo = names.length - tail;
  const oldVote = voteOf(previous);

  const { now, ids, from, to, revoted } = voteAgain(previous, names, head, tail);

  const placed = placeMentions(previous, blocks, names, from, names.length - to, now.types);
  const n = placed.starts.length;

  // the links of the mentions the edit removed and added: those that changed in the blocks
  // placed again, and the revoted
  const links = linkSets();
  const before = previous.entities;
  const reached = new Uint8Array(before.length);
  const removedMentions = new Uint8Array(previous.entityOf.length);
  const newMentions = new Map<number, TypedMention>();
  const forEachTyped = (block: BlockNames, base: number, first: number, resolution: Resolution, typedFirst: number, visit: (m: TypedMention, i: number, k: number) => void): void => {
    let i = typedFirst;
    for (const k of block.order) {
      const m = typedAt(block, k, base, resolution, first);
      if (m) visit(m, i++, k);
    }
  };
  // (a mention hits its own entity: every mention both reads and writes the key it is filed under)
  const removedMention = (m: TypedMention, i: number): void => {
    linksOf(m, true, links);
    removedMentions[i] = 1;
  };
  const addedMention = (m: TypedMention, j: number): void => {
    linksOf(m, true, links);
    newMentions.set(j, m);
  };
  // the typed mentions of the blocks placed again, before and now: those that say all they said,
  // typed as they were, are neither removed nor added (they link as they linked, and stand as
  // they stood among the others), so that an edit to one name of a paragraph does not reach
  // every entity the paragraph names
  const firstPlaced = placed.headEnd;
  const typedRuns = new ChangedRuns();
  const changedMention = (m: TypedMention, at: number, now: boolean): void => (now ? addedMention : removedMention)(m, firstPlaced + at);
  const typedOf = (block: BlockNames, base: number, first: number, resolution: Resolution, typedFirst: number, list: TypedMention[] = []): TypedMention[] => {
    forEachTyped(block, base, first, resolution, typedFirst, (m) => list.push(m));
    return list;
  };
  const wasTyped = (b: number, list?: TypedMention[]): TypedMention[] => typedOf(old[b]!, previous.blockStarts[b]!, previous.candidatesBefore[b]!, oldVote, previous.typedBefore[b]!, list);
  const nowTyped = (b: number, list?: TypedMention[]): TypedMention[] => typedOf(names[b]!, placed.blockStarts[b]!, placed.candidatesBefore[b]!, now, placed.typedBefore[b]!, list);
  // block by block where the blocks pair one to one (those the vote reached beyond the edited
  // ones, and the edited ones when the edit kept their number): a block made again far from the
  // edit (a word of the case evidence flipped) leaves the mentions of those between alone
  const shift = old.length - names.length;
  const compareBlock = (b: number, o: number): void => {
    if (old[o] === names[b] && sameVote(oldVote, previous.candidatesBefore[o]!, now, placed.candidatesBefore[b]!, names[b]!.candidates.length)) return;
    typedRuns.compare(wasTyped(o), previous.typedBefore[o]! - firstPlaced, nowTyped(b), placed.typedBefore[b]! - firstPlaced, sameMention, changedMention);
  };
  for (let b = from; b < head; b++) compareBlock(b, b);
  if (oldTo === newTo) {
    for (let b = head; b < newTo; b++) compareBlock(b, b);
  } else {
    const was: TypedMention[] = [];
    const is: TypedMention[] = [];
    for (let b = head; b < oldTo; b++) wasTyped(b, was);
    for (let b = head; b < newTo; b++) nowTyped(b, is);
    typedRuns.compare(was, previous.typedBefore[head]! - firstPlaced, is, placed.typedBefore[head]! - firstPlaced, sameMention, changedMention);
  }
  for (let b = newTo; b < to; b++) compareBlock(b, b + shift);
  const moves = typedRuns.moves(firstPlaced);
  const newIndex = (i: number): number => moves.now(i);
  for (let r = 0; r < revoted.length; r += 2) {
    const b = revoted[r]!;
    const place = revoted[r + 1]!;
    const o = b < from ? b : b + old.length - names.length;
    forEachTyped(old[o]!, previous.blockStarts[o]!, previous.candidatesBefore[o]!, oldVote, previous.typedBefore[o]!, (m, i, k) => {
      if (k === place) removedMention(m, i);
    });
    forEachTyped(names[b]!, placed.blockStarts[b]!, placed.candidatesBefore[b]!, now, placed.typedBefore[b]!, (m, j, k) => {
      if (k === place) addedMention(m, j);
    });
  }

  // the entities (and mentions of none) those links reach, and what theirs reach in turn
  const hitIndex = previous.hitIndex;
  const groups = hitIndex.reach(links.emits);
  for (let e = 0; e < before.length; e++) if (groups.has(previous.links[e]!)) reached[e] = 1;
  const orphansReached = (orphan: Orphan): boolean => groups.has(orphan.links);

  // the mentions to merge again, in document order: the added ones and those of what was reached
  const again = new Uint8Array(n);
  const againAt: number[] = [];
  const mergeAgain = (j: number): void => {
    again[j] = 1;
    againAt.push(j);
  };
  for (const j of newMentions.keys()) mergeAgain(j);
  for (let i = 0; i < previous.entityOf.length; i++) {
    const e = previous.entityOf[i]!;
    if (e >= 0 && reached[e] && !removedMentions[i]) mergeAgain(newIndex(i));
  }
  for (const orphan of previous.orphans) if (orphansReached(orphan) && !removedMentions[orphan.index]) mergeAgain(newIndex(orphan.index));
  againAt.sort((a, b) => a - b);
  const merging: TypedMention[] = [];
  const merged: number[] = [];
  // only the blocks with a mention to merge again are read (found by the typed mentions before each)
  for (let k = 0; k < againAt.length; ) {
    const b = upperBound(placed.typedBefore, againAt[k]!) - 1;
    const first = placed.typedBefore[b]!;
    forEachTyped(names[b]!, placed.blockStarts[b]!, placed.candidatesBefore[b]!, now, first, (m, j) => {
      if (!again[j]) return;
      merging.push(newMentions.get(j) ?? m);
      merged.push(j);
    });
    while (k < againAt.length && againAt[k]! < placed.typedBefore[b + 1]!) k++;
  }
  const apart = mergeApart(merging, true);

  // the entities that stand, their mentions moved, and the merged ones, ordered by first mention
  const moved = movedMentions(previous, placed, reached, moves);
  const entities: Entity[] = [];
  const standing = new Int32Array(before.length).fill(-1);
  const remade = new Int32Array(apart.entities.length);
  let x = 0;
  let y = 0;
  // entities that start together are ordered as the merger opened them: by the mention that opened them, now
  const keptOpenedAt = (opened: number): number => (opened >= OPENED_LATE ? OPENED_LATE + newIndex(opened - OPENED_LATE) : newIndex(opened));
  const madeOpenedAt = (opened: number): number => (opened >= OPENED_LATE ? OPENED_LATE + merged[opened - OPENED_LATE]! : merged[opened]!);
  const opened: number[] = [];
  for (;;) {
    while (x < before.length && reached[x]) x++;
    if (x === before.length && y === apart.entities.length) break;
    const a = x < before.length ? (moved[x] ?? before[x]!.mentions)[0]!.start : PAST_END;
    const c = y < apart.entities.length ? apart.entities[y]!.mentions[0]!.start : PAST_END;
    const keptOpened = a <= c ? keptOpenedAt(previous.opened[x]!) : 0;
    const madeOpened = c <= a ? madeOpenedAt(apart.opened[y]!) : 0;
    if (a < c || (a === c && keptOpened < madeOpened)) {
      opened.push(keptOpened);
      const e = x++;
      const mentions = moved[e];
      standing[e] = entities.length;
      // an entity's id is its place: one that keeps it and whose mentions stand is the very same
      entities.push(mentions || standing[e] !== e ? entityAs(before[e]!, `e${entities.length + 1}`, mentions ?? before[e]!.mentions) : before[e]!);
    } else {
      opened.push(madeOpened);
      remade[y] = entities.length;
      entities.push(entityAs(apart.entities[y]!, `e${entities.length + 1}`, apart.entities[y++]!.mentions));
    }
  }

  // where each mention went, and the index
  const entityOf = new Int32Array(n);
  const placeOf = new Int32Array(n);
  let r = 0;
  for (let j = 0; j < n; j++) {
    if (again[j]) {
      const e = apart.entityOf[r]!;
      entityOf[j] = e < 0 ? -1 : remade[e]!;
      placeOf[j] = apart.placeOf[r++]!;
      continue;
    }
    const i = moves.before(j);
    const e = previous.entityOf[i]!;
    entityOf[j] = e < 0 ? -1 : standing[e]!;
    placeOf[j] = previous.placeOf[i]!;
  }
  const trace = indexMentions(placed.starts, placed.ends, entityOf, placeOf, entities, opened);
  if (!trace) return undefined;

  // the links of the entities that stand are theirs; the merged ones' are made afresh
  const entityLinks = new Array<Links>(entities.length);
  for (let e = 0; e < before.length; e++) if (!reached[e]) entityLinks[standing[e]!] = previous.links[e]!;
  const made = new Map<number, LinkSets>();
  const orphans: Orphan[] = [];
  // (a removed mention is reached: it hits what it emits)
  for (const orphan of previous.orphans) if (!orphansReached(orphan)) orphans.push({ index: newIndex(orphan.index), links: orphan.links });
  merging.forEach((m, k) => {
    const e = apart.entityOf[k]!;
    let sets = e >= 0 ? made.get(remade[e]!) : undefined;
    if (!sets) {
      sets = linkSets();
      if (e >= 0) made.set(remade[e]!, sets);
    }
    linksOf(m, true, sets);
    if (e >= 0) return;
    const own = linksFrom(sets);
    orphans.push({ index: merged[k]!, links: own });
    hitIndex.add(own);
  });
  for (const [e, sets] of made) entityLinks[e] = linksFrom(sets);
  // the index loses what was reached and gains what was merged again
  for (const group of groups) hitIndex.remove(group);
  for (const e of made.keys()) hitIndex.add(entityLinks[e]!);
  orphans.sort((a, b) => a.index - b.index);

  return mergedOf(trace, names, now, previous.evidence, { ids, of: previous.norms.of }, placed, entities, { links: entityLinks, orphans, hitIndex });
}

/**
 * The vote over the candidates now (see typeVote.ts), taken again for the candidates with the
 * words of those the edit changed, or whose evidence it turned on or off; with the candidates'
 * words as numbers, the blocks to place again (`from`..`to`: the edited ones, stretched over any
 * with a candidate the vote now types or no longer types, which has more or fewer typed mentions
 * now) and the candidates elsewhere the vote changed, (block, place) pairs.
 */
function voteAgain(previous: Merged, names: readonly BlockNames[], head: number, tail: number): { now: Resolution; ids: Int32Array; from: number; to: number; revoted: number[] } {
  const old = previous.names;
  const oldTo = old.length - tail;
  const newTo = names.length - tail;
  const oldVote = voteOf(previous);
  // the evidence updated by the edited candidates, and the words to vote on again
  const evidence = previous.evidence;
  const words = new Set<string>();
  const count = (delta: number) => (counts: 'personWords' | 'orgStems', word: string): void => {
    const table = evidence[counts];
    const was = table.get(word) ?? 0;
    if (was + delta > 0) table.set(word, was + delta);
    else table.delete(word);
    if (was === 0 || was + delta === 0) words.add(word);
  };
  const removed = count(-1);
  const added = count(1);
  // the edited blocks' candidates, before and now: those that say all they said give the same
  // evidence and, while no candidate with their words changed, get the same vote
  const changes = new ChangedRuns();
  const changedCandidate = (c: Candidate, _: number, now: boolean): void => {
    words.add(c.norm);
    forEachEvidence(c, now ? added : removed);
  };
  if (oldTo === newTo) {
    // block by block: a block made again far from the edit (a word of the case evidence
    // flipped) leaves the candidates between alone
    for (let b = head, o = 0, n = 0; b < newTo; b++) {
      const was = old[b]!.candidates;
      const is = names[b]!.candidates;
      if (was !== is) changes.compare(was, o, is, n, sameCandidate, changedCandidate);
      o += was.length;
      n += is.length;
    }
  } else {
    const was: Candidate[] = [];
    const is: Candidate[] = [];
    for (let b = head; b < oldTo; b++) was.push(...old[b]!.candidates);
    for (let b = head; b < newTo; b++) is.push(...names[b]!.candidates);
    changes.compare(was, 0, is, 0, sameCandidate, changedCandidate);
  }
  // every candidate with those words, in document order (the changed ones among them)
  const candidatesFrom = previous.candidatesBefore[head]!;
  const oldCandidatesTo = previous.candidatesBefore[oldTo]!;
  let newCandidatesTo = candidatesFrom;
  for (let b = head; b < newTo; b++) newCandidatesTo += names[b]!.candidates.length;
  const total = previous.types.length + newCandidatesTo - oldCandidatesTo;
  const outside = (i: number): boolean => i < candidatesFrom || i >= newCandidatesTo;
  const norms = previous.norms;
  const ids = new Int32Array(total);
  ids.set(norms.ids.subarray(0, candidatesFrom));
  ids.set(norms.ids.subarray(oldCandidatesTo), newCandidatesTo);
  for (let b = head, i = candidatesFrom; b < newTo; b++) for (const c of names[b]!.candidates) ids[i++] = normId(norms.of, c.norm);
  // (this runs at the rarer edits that change a name, too seldom to be compiled well: the
  // builtins' loops, not the script's, go over every candidate)
  const at: number[] = [];
  for (const word of words) {
    const id = norms.of.get(word);
    if (id === undefined) continue;
    for (let i = ids.indexOf(id); i >= 0; i = ids.indexOf(id, i + 1)) at.push(i);
  }
  at.sort((a, b) => a - b);
  const voters: Candidate[] = [];
  // each voter's block and place in it
  const voterBlock: number[] = [];
  // each voter's block found by the candidates before each block (searched for outside the
  // edited blocks, whose candidates moved by as many as the edit added, and walked through within them)
  const moved = newCandidatesTo - oldCandidatesTo;
  const shift = old.length - names.length;
  for (let v = 0, b = 0, first = 0; v < at.length; v++) {
    const i = at[v]!;
    if (i >= first + names[b]!.candidates.length) {
      if (i < candidatesFrom) {
        b = upperBound(previous.candidatesBefore, i) - 1;
        first = previous.candidatesBefore[b]!;
      } else if (i >= newCandidatesTo) {
        const o = upperBound(previous.candidatesBefore, i - moved) - 1;
        b = o - shift;
        first = previous.candidatesBefore[o]! + moved;
      } else {
        if (b < head) {
          b = head;
          first = candidatesFrom;
        }
        while (i >= first + names[b]!.candidates.length) first += names[b++]!.candidates.length;
      }
    }
    voters.push(names[b]!.candidates[i - first]!);
    voterBlock.push(b, i - first);
  }
  const vote = resolveByDocument(voters, evidence);

  // the vote over every candidate: as before but for the edited blocks' and those voted again
  // (concatenated by the builtins, in bulk for packed arrays: those of the vote, and the filling)
  const filling = <T>(fill: T): T[] => {
    const out: T[] = [];
    for (let k = candidatesFrom; k < newCandidatesTo; k++) out.push(fill);
    return out;
  };
  const spliced = <T>(list: readonly T[], fill: T): T[] => list.slice(0, candidatesFrom).concat(filling(fill), list.slice(oldCandidatesTo));
  const now: Resolution = { types: spliced(oldVote.types, null), geos: spliced(oldVote.geos, undefined), keys: spliced(oldVote.keys, undefined) };
  // the edited blocks' unchanged candidates whose words are not voted on again keep their vote
  changes.forEachAlike(newCandidatesTo - candidatesFrom, (k, o) => {
    now.types[candidatesFrom + k] = oldVote.types[candidatesFrom + o]!;
    now.geos[candidatesFrom + k] = oldVote.geos[candidatesFrom + o];
    now.keys[candidatesFrom + k] = oldVote.keys[candidatesFrom + o];
  });
  // candidates of the blocks the edit left alone whose vote changed: (block, place); the blocks
  // placed again stretch over those with a candidate the vote now types or no longer types (they
  // have more or fewer typed mentions)
  const changed: number[] = [];
  let from = head;
  let to = newTo;
  for (let v = 0; v < voters.length; v++) {
    const i = at[v]!;
    const type = vote.types[v]!;
    const b = voterBlock[2 * v]!;
    if (outside(i) && (type === null) !== (now.types[i] === null)) {
      from = Math.min(from, b);
      to = Math.max(to, b + 1);
    } else if (outside(i) && (type !== now.types[i] || vote.keys[v] !== now.keys[i] || !sameGeo(vote.geos[v], now.geos[i]))) changed.push(b, voterBlock[2 * v + 1]!);
    now.types[i] = type;
    now.geos[i] = vote.geos[v];
    now.keys[i] = vote.keys[v];
  }
  const revoted: number[] = [];
  for (let r = 0; r < changed.length; r += 2) if (changed[r]! < from || changed[r]! >= to) revoted.push(changed[r]!, changed[r + 1]!);
  return { now, ids, from, to, revoted };
}

/** The vote the previous analysis took. */
function voteOf(previous: Merged): Resolution {
  return { types: previous.types as (EntityType | null)[], geos: previous.geos as (GeoInfo | undefined)[], keys: previous.keys as (string | undefined)[] };
}

/** Whether the vote gives `count` candidates from `a` in `was` what it gives those from `b` in `now`. */
function sameVote(was: Resolution, a: number, now: Resolution, b: number, count: number): boolean {
  for (let k = 0; k < count; k++) if (was.types[a + k] !== now.types[b + k] || was.keys[a + k] !== now.keys[b + k] || !sameGeo(was.geos[a + k], now.geos[b + k])) return false;
  return true;
}
