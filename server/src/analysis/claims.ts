// Territorial claims: a cue (data/claim-cues.json) makes a sentence a claim of its type; the
// territory list standing in the cue's object slot says what it is about (earlier lists stand in
// for "the annexed regions" and "these claims"); the side whose claim it is is named inside the
// cue ("Ukrainian-held"), as its passive agent ("seized by Russia"), after it ("belongs to
// Russia"), or as the nearest side before it; the source is whoever the sentence quotes.
import cueData from './data/claim-cues.json';
import claimantData from './data/claimants.json';
import placeData from './data/places.json';
import cueWords from './data/cues.json';
import { ChangedSides } from './changedSides';
import { characterClass, cueAlternation } from './cueAlternation';
import { ClaimantResolver, endsLocative, type Agent, type EntityPeople } from './claimants';
import { CUE_WORDS } from './cues';
import type { ProseDocument } from './document';
import type { Gazetteer } from './gazetteer';
import { blockLocal } from './incremental';
import { MentionIndex, type IndexedMention } from './mentionIndex';
import { SentenceAgents } from './sentenceAgents';
import { sentenceIndex } from './sentenceIndex';
import { SentenceTerritories } from './sentenceTerritories';
import { SentenceWords } from './sentenceWords';
import { MODIFIED, territoryGroups, type TerritoryGroup, type TerritoryMention } from './territories';
import { TerritoryBounds } from './territoryBounds';
import { WalkCheckpoints, type Rest } from './walkCheckpoints';
import { movedAntecedents, movedDrafts, movedState, readsAhead, type Antecedent, type Draft, type Territories, type WalkLists, type WalkState } from './walkState';
import { sameRun } from './sameStrings';
import { lowerBound } from './search';
import { COMMON_WORDS, demonym } from './lexicon';
import { compilerOnce } from './machineCode';
import { extentIn, PARTS_ADJECTIVE, PIECE_ADJECTIVE, SHARE_APPROXIMATION } from './extents';
import { firstWordIs, isAllDigits, lastWordIs, thousandsCommaAt } from './wordShapes';
import { staysOnOneLine } from './lineBound';
import type { Claim, ClaimType, ControlExtent, Entity, Mention, Quote, Span } from './types';
import { CLAIM_TYPES } from './types';

export interface Cue {
  readonly type: ClaimType;
  readonly pattern: RegExp;
  /** The pattern anchored where it is tried (for the one-pass scan of blockCueMatches). */
  readonly sticky: RegExp;
  readonly index: number;
  readonly object: 'after' | 'before' | 'either';
  /**
   * Where the claiming side stands: the subject, after the cue, as the possessor right before it
   * ("Moldova's territorial integrity"), the speaker whose words say "ours", or the recipient
   * named after "to" past the territory ("awarded the islet to Qatar").
   */
  readonly claimant: 'subject' | 'after' | 'possessor' | 'speaker' | 'recipient';
  readonly bare: boolean;
  readonly weak: boolean;
  readonly needsClaimWord: boolean;
  /** The cue claims only in a sentence about war (claim-cues.json `needsWar`). */
  readonly needsWar: boolean;
  /** The cue counts only before a name or "the" (claim-cues.json `nameAfter`). */
  readonly nameAfter: boolean;
  /** The territory before the cue must open its clause (claim-cues.json `subjectOnly`). */
  readonly subjectOnly: boolean;
  /** What every match contains (global), looked for in a text before the cue scans it (claimant cues only). */
  readonly mustContain: RegExp | null;
  /** Whether the cue and mustContain match within one line (lineBound.ts): only lines where mustContain occurs are scanned. */
  readonly byLine: boolean;
  /** For a case-sensitive cue, what matches in any case wherever it matches: the one-pass scan finds where to try it. */
  readonly finder: string | null;
}

const CUES: readonly Cue[] = cueData.cues.map((c, index) => {
  if (!(CLAIM_TYPES as readonly string[]).includes(c.type)) throw new Error(`claim-cues.json: unknown type ${c.type}`);
  const cue = c as { type: ClaimType; pattern: string; object?: string; claimant?: string; bare?: boolean; weak?: boolean; needsClaimWord?: boolean; needsWar?: boolean; nameAfter?: boolean; subjectOnly?: boolean; mustContain?: string; finder?: string };
  // case-insensitive except where the cue names a side by its capital letter; not 'iu', whose
  // Unicode case folding makes matching several times slower (cues are ASCII words)
  const source = `\\b(?:${cue.pattern})\\b`;
  const flags = cue.pattern.includes('?<claimant>') ? 'gu' : 'gi';
  if (cue.mustContain && flags !== 'gu') throw new Error(`claim-cues.json: mustContain is for case-sensitive cues (${cue.pattern})`);
  return {
    type: cue.type,
    pattern: new RegExp(source, flags),
    sticky: new RegExp(source, flags.replace('g', 'y')),
    index,
    object: (cue.object ?? 'after') as Cue['object'],
    claimant: (cue.claimant ?? 'subject') as Cue['claimant'],
    bare: cue.bare ?? false,
    weak: cue.weak ?? false,
    needsClaimWord: cue.needsClaimWord ?? false,
    needsWar: cue.needsWar ?? false,
    nameAfter: cue.nameAfter ?? false,
    subjectOnly: cue.subjectOnly ?? false,
    mustContain: cue.mustContain ? new RegExp(cue.mustContain, 'g') : null,
    byLine: cue.mustContain !== undefined && staysOnOneLine(source) && staysOnOneLine(cue.mustContain),
    finder: cue.finder ?? null,
  };
});

const FILLER = new Set(cueData.filler);
const AFTER_PREPOSITION = new RegExp(`\\b(?:${cueData.subjectPrepositions.join('|')})\\s+(?:(?:the|a|an)\\s+)?$`, 'i');
const TELLING_VERBS: ReadonlySet<string> = new Set(cueData.tellingVerbs);
// a relative clause about a military operation, right before the cue ("a counteroffensive that also freed")
const OPERATION_RELATIVE = new RegExp(`\\b(?:${cueData.operationNouns.join('|')})\\s+(?:that|which)\\s+(?:(?:also|then|later|quickly|swiftly)\\s+)?$`, 'i');
// a listener: a name right after a verb of telling, past its titles ("told President Vladimir Putin")
const AFTER_TELLING = new RegExp(`\\b(?:${cueData.tellingVerbs.join('|')})\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}$`, 'u');
const NEGATED = new RegExp(`\\b(?:${cueData.negation.join('|')})\\s+(?:\\w+\\s+){0,2}$`, 'i');
// (a time may stand before an aim's "that": "demanded on Thursday that")
const AIMED = new RegExp(`\\b(?:${cueData.aims.map((a) => a.replace(/ that$/, String.raw` (?:(?:on|last|this|earlier|again|repeatedly)(?: \w+)? )?that`)).join('|')})\\s+(?:\\w+\\s+){0,2}$`, 'i');
const AIM_TYPES: ReadonlySet<string> = new Set(cueData.aimTypes);
// "must end its occupation of", "will not end the occupation of": what is to end is so
const ENDING = new RegExp(`\\b(?:${cueData.endingVerbs.join('|')})\\s+(?:its|their|his|her|our|the)\\s+$`, 'i');
// "gave up its claim to", "renounced all claims to"; and "not" or "never" before the verb ("has never renounced its claim")
const RENOUNCED = new RegExp(`\\b(?:${cueData.renouncing.join('|')})\\s+(?:its|their|his|her|all|any|all of its)\\s+(?:\\w+\\s+)?$`, 'i');
const NOT_BEFORE = /\b(?:not|never|n[’']t)\s+(?:\w+\s+)?$/i;
const OBJECT_FOLLOWERS = new Set(cueData.objectFollowers);
const CLAIM_OBJECTS = new Set(cueData.claimObjects);
const SINGULAR = new Set(cueData.singularAnaphorNouns);
const PART_NOUNS: ReadonlySet<string> = new Set(cueData.partNouns);
const TOPIC_NOUNS: ReadonlySet<string> = new Set(cueData.topicAnaphorNouns);
const SETTLEMENT_NOUNS: ReadonlySet<string> = new Set(cueData.settlementNouns);
// (an armed group's name makes one too: "the Taliban took control of Kunduz")
const WAR_CONTEXT = new RegExp(`\\b(?:${[...cueData.warContext, ...Object.keys(claimantData.armedGroups).map((k) => k.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))].join('|')})\\b`, 'i');
// a participle cue standing before its noun, after a determiner: "the occupied Golan", "all annexed land"
const ATTRIBUTIVE = /^[a-z]+ed$/;
const ATTRIBUTIVE_BEFORE = /\b(?:the|its|their|his|her|our|all|of|newly|illegally|temporarily)\s+$/i;
// a sentence opening with "It" or "They" and the cue's verb: "It later annexed …", "They have since retaken …"
const PRONOUN_SUBJECT = /^(?:it|they)\s+(?:[a-z]+\s+){0,2}$/i;
// a sentence whose subject is a side's forces named by a possessive: "Its forces have …", "Their troops took …"
const POSSESSIVE_DETERMINERS: ReadonlySet<string> = new Set(['Its', 'Their', 'His', 'Her', 'Our', 'My', 'Your']);
// the nouns a non-state armed group's fighters go by after its name ("Houthi rebels", "Wagner fighters")
const GROUP_FIGHTERS = ['rebels', 'insurgents', 'separatists', 'guerrillas', 'paramilitaries'];
const ARMED_GROUP_NOUNS: ReadonlySet<string> = new Set([...cueData.forces, ...GROUP_FIGHTERS]);
// the sides of the armed groups claimants.json names, and "the rebels" that stands for one of them
const ARMED_GROUP_SIDES: ReadonlySet<string> = new Set(Object.values(claimantData.armedGroups));
const GROUP_ANAPHOR = new RegExp(`\\bthe\\s+(?:${[...GROUP_FIGHTERS, 'militants', 'jihadists', 'militia', 'militias'].join('|')})\\s+(?:[a-z]+\\s+){0,2}$`, 'i');
const OWN_FORCES = new RegExp(`^(?:its|their)\\s+(?:\\w+\\s+)?(?:${cueData.forces.join('|')})\\b`, 'i');
// "… said its units had captured": the same forces as the subject right before the cue
const OWN_FORCES_BEFORE = new RegExp(`\\b(?:its|their)\\s+(?:\\w+\\s+)?(?:${cueData.forces.join('|')})\\s+(?:(?:had|has|have|were|was)\\s+)?(?:\\w+ly\\s+)?["“‘]?$`, 'i');
// what a state claims that "it" after a recognition or rejection may stand for ("declared independence …, but only Turkey recognises it")
const STATEHOOD_WORD = /\b(?:independence|statehood|sovereignty|annexation|secession)\b/i;
const CLAIM_WORD = new RegExp(`\\b(?:${cueData.claimObjects.join('|')})\\b|\\bas (?:an? |the )?(?:part|independent|sovereign)\\b`, 'i');
const SUBSUMES = cueData.subsumes as [ClaimType, ClaimType][];
// the claims of taking land that a side makes only of another's (a capture may be a recapture)
const TAKING: ReadonlySet<ClaimType> = new Set<ClaimType>(['annexation']);
const REPORTING = new RegExp(`\\b(?:${cueData.reporting.join('|')})\\b`, 'gi');
const ORGANIZATION_WORDS = new Set(claimantData.organizationWords);
const FIRST_PERSON = new RegExp(`\\b(?:${claimantData.firstPerson.join('|')})\\b`, 'i');
// "as" right after a cue ("recognised as part of")
const AS_AFTER = /^\s+as\s/;
const WORD = /[\p{L}\p{N}%][\p{L}\p{N}’'%-]*/gu;
// WORD, read with exec from where each use sets it (matchAll would copy the expression every time)
const WORD_FROM = new RegExp(WORD);
// How far back an anaphor looks for the territories it stands for.
const ANAPHOR_REACH = 12;
// How many sentences without a cue the walk goes at most between the states it records: the walk
// starts again after an edit from a state it recorded at least ANAPHOR_REACH sentences before.
const CHECKPOINT_GAP = 8;

/**
 * The territories but those of `state`; the same object when none is. A loop: the array methods
 * it replaced met a new array shape after dozens of corpus passes, and each cost a fresh compile
 * of findClaims, which inlines it.
 */
function notOf(territories: Territories, state: string, resolver: ClaimantResolver): Territories {
  const { names, mentions } = territories;
  let k = 0;
  while (k < names.length && resolver.stateOf(names[k]!) !== state) k++;
  if (k === names.length) return territories;
  const kept: Territories = { names: names.slice(0, k), mentions: mentions.slice(0, k) };
  for (k++; k < names.length; k++) {
    if (resolver.stateOf(names[k]!) === state) continue;
    kept.names.push(names[k]!);
    kept.mentions.push(mentions[k]!);
  }
  return kept;
}

/** A claimant: a state (isSide) or another named party ("the Polisario Front"). */
interface Side {
  readonly state: string;
  readonly entity: string | null;
  readonly isSide: boolean;
}

export interface CueMatch extends Span {
  readonly cue: Cue;
  readonly text: string;
  readonly claimantText: string | null;
}

export function findClaims(doc: ProseDocument, entities: readonly Entity[], quotes: readonly Quote[], gazetteer: Gazetteer): Claim[] {
  const text = doc.prose;
  const cues = allCueMatches(doc);
  if (cues.length === 0) return [];
  const index = MentionIndex.of(entities);
  // what the entities alone tell the stage, carried while an edit only moves them (MentionIndex.movedFrom)
  const carried = doc.cache?.keeps ? doc.cache.take<EntityFacts>(ENTITY_FACTS) : undefined;
  const moved = carried !== undefined && carried.entries === index.movedFrom ? carried : undefined;
  const resolver = new ClaimantResolver(gazetteer, entities, moved?.people);
  const allSentences = sentenceIndex(doc.blocks);
  const { sentences, blockOf } = allSentences;
  const sentenceTerritories = new SentenceTerritories(doc, index, resolver);
  // each sentence's territories and their lists, as read for the last cues' test below
  const scanned = new Map<number, SentenceTerritoryLists>();
  const listsOf = (si: number): SentenceTerritoryLists => {
    const mentions = sentenceTerritories.of(sentences[si]!, blockOf[si]!);
    return mentions.length === 0 ? NO_LISTS : { mentions, groups: territoryGroups(text, mentions) };
  };
  // Sentences without a cue only gather what claims later in the article read (people's
  // sides, territories named): past the last cue that may make a claim nothing reads them. Most
  // cues make none, which their own sentence tells (mayClaim); an article whose cues all fail
  // that test has no claim, and is not walked at all.
  const withCues = cuesBySentence(cues, sentences);
  // the quotes by start, sorted only for an article that is walked (most have no claim)
  let byStart: Quote[] | undefined;
  const quotesByStart = () => (byStart ??= [...quotes].sort((a, b) => a.start - b.start));
  // after an edit, the walk starts again from its state before the last cue the edit left alone
  let made: WalkCheckpoints<WalkState, WalkLists> | undefined;
  const walkCheckpoints = () => (made ??= new WalkCheckpoints<WalkState, WalkLists>(doc.cache, allSentences, { mentions: index.entries, movedFrom: index.movedFrom, quotes: quotesByStart(), initialSides: resolver.initialSides }, ANAPHOR_REACH, movedState));
  // the previous analysis's last live cue, where what the scan read from it on reads as it did then
  const lastLiveBefore = doc.cache?.keeps ? doc.cache.take<number>(LAST_LIVE) : undefined;
  let lastLive = lastLiveBefore !== undefined && lastLiveBefore >= 0 ? (walkCheckpoints().readsAlikeFrom(lastLiveBefore) ?? -1) : -1;
  // Most cues cannot claim for want of a territory in their object slot, which where the
  // sentence's territories may stand tells without finding them: false when mayClaim is false
  // for each of the cues of sentence `si`.
  const mayClaimIn = (si: number, cues: readonly CueMatch[]): boolean => {
    const span = sentences[si]!;
    let war: boolean | undefined;
    const aboutWar = () => (war ??= WAR_CONTEXT.test(text.slice(span.start, span.end)));
    // cues that claim only about war ("taking her to hospital"), in a sentence about none: no
    // territories to look for
    if (cues.every((m) => m.cue.needsWar) && !aboutWar()) return false;
    const bounds = new TerritoryBounds(text, span.start, span.end, index, resolver);
    return cues.some((m) => mayHaveObject(text, m, span, bounds, aboutWar));
  };
  // mayClaimIn for the k-th sentence with cues, asked once: it reads the text, the mentions and the
  // gazetteer alone, so that the walk may ask it of a sentence ahead
  const claimable = new Int8Array(withCues.sentences.length);
  const mayClaimAt = (k: number): boolean => {
    if (claimable[k] === 0) claimable[k] = mayClaimIn(withCues.sentences[k]!, withCues.cues[k]!) ? 2 : 1;
    return claimable[k] === 2;
  };
  for (let c = withCues.sentences.length - 1; c >= 0 && lastLive < 0; c--) {
    const si = withCues.sentences[c]!;
    if (!mayClaimAt(c)) continue;
    const lists = listsOf(si);
    scanned.set(si, lists);
    if (withCues.cues[c]!.some((m) => mayClaim(text, m, objectOf(text, m, lists.groups, lists.mentions), sentences[si]!))) lastLive = si;
  }
  if (doc.cache?.keeps) doc.cache.carry(LAST_LIVE, lastLive);
  if (lastLive < 0) return [];
  const sortedQuotes = quotesByStart();
  const stateEntities = moved?.states ?? statesAmong(entities, resolver);
  if (doc.cache?.keeps) doc.cache.carry(ENTITY_FACTS, { entries: index.entries, people: resolver.entityPeople, states: stateEntities } satisfies EntityFacts);
  const antecedents: Antecedent[] = [];
  // single places named, for "the territory", "the region", "annexed it"
  const singles: Antecedent[] = [];
  const drafts: Draft[] = [];
  let quoteAt = 0;
  let cueSentence = 0;

  // The territories a sentence names matter to claims in it or, as antecedents, in the next
  // ANAPHOR_REACH sentences: a sentence without a cue waits (its agents in agentsWithin) until a
  // cue comes within reach.
  const sentenceAgents = new SentenceAgents(doc, resolver, index, allSentences);
  // the agents of the sentences within reach before the one at hand, by index modulo REACH + 1
  const agentsWithin = new Array<readonly Agent[]>(ANAPHOR_REACH + 1);
  // the first sentence since the last with a cue
  let pendingFrom = 0;
  // each state whose entity a claim asked for, then the answer ('' for none), in order: an edit
  // anywhere may change the entity naming a state, and a checkpoint holds while its answers do
  const statesAsked: string[] = [];
  const stateEntity = (state: string): string | undefined => {
    const entity = stateEntities.get(state);
    statesAsked.push(state, entity ?? '');
    return entity;
  };
  const checkpoints = walkCheckpoints();
  // whether the states asked for in `asked` from `from` to `to` name the same entities now (their
  // ids then as `now` has them: an entity first named after an edit may have been renumbered)
  const answersHold = (asked: readonly string[], from: number, to: number, now: (id: string) => string | null = (id) => id) => {
    for (let k = from; k < to; k += 2) if ((stateEntities.get(asked[k]!) ?? '') !== (asked[k + 1] && now(asked[k + 1]!))) return false;
    return true;
  };
  // (a checkpoint past the last live cue resumes a walk that stops at once: the sentences between
  // make no claim, so the claims are the same)
  const resumed = checkpoints.resume((state, lists) => answersHold(lists.statesAsked, 0, state.statesAsked));
  if (resumed) {
    const { state, lists } = resumed;
    for (let k = 0; k < state.statesAsked; k++) statesAsked.push(lists.statesAsked[k]!);
    for (let i = 0; i < state.antecedents; i++) antecedents.push(lists.antecedents[i]!);
    for (let i = 0; i < state.singles; i++) singles.push(lists.singles[i]!);
    for (let i = 0; i < state.drafts; i++) drafts.push(lists.drafts[i]!);
    resolver.rememberAll(lists.changes, 0, state.changes);
    for (let k = 0; k <= ANAPHOR_REACH; k++) agentsWithin[k] = state.agentsWithin[k]!;
    pendingFrom = state.pendingFrom;
    sentenceAgents.startAt(resumed.sentence);
  }
  const readTerritories = (si: number, agents: readonly Agent[]) => {
    const { mentions, groups } = scanned.get(si) ?? listsOf(si);
    if (mentions.length === 0) return NO_TERRITORIES;
    const resolved = new Map<TerritoryGroup, Territories>();
    for (const g of groups) {
      const t = resolveGroup(text, g, antecedents, singles, drafts, si, agents, resolver);
      resolved.set(g, t);
      // a capital standing for its state ("Yerevan refuses") is no place referred back to, nor a
      // name that modifies a noun ("the 1967 Middle East war")
      if (t.names.length === 1 && g.items.every((i) => i.kind === 'place') && !agents.some((a) => a.start === g.start && a.byRole) && !MODIFIED.test(text.slice(g.end, g.end + 30))) {
        // (the fields written out: a spread of `t` into a literal with more fields is made property by property)
        singles.push({ names: t.names, mentions: t.mentions, sentence: si, words: NO_WORDS, types: NO_TYPES });
      }
      // "the annexed regions – Donetsk, …": the list is what later "the annexed regions" means
      const head = g.items[0];
      if (head.kind === 'anaphor' && g.items.length > 1 && t.names.length > 1) {
        antecedents.push({ names: t.names, mentions: t.mentions, sentence: si, words: new Set(head.modifiers?.map((w) => w.toLowerCase())), types: NO_TYPES });
      } else if (t.names.length > 1 && g.items.every((i) => i.kind === 'place')) {
        // "South Ossetia and Abkhazia … the two regions": a list of places named is what a later plural anaphor may mean
        antecedents.push({ names: t.names, mentions: t.mentions, sentence: si, words: NO_WORDS, types: NO_TYPES });
      }
    }
    return { mentions, groups, resolved };
  };

  // What a sentence waiting for a cue leaves (single places, lists an anaphor heads) is read
  // only by a later sentence within reach that refers back (an anaphor, a cue followed by "it");
  // with none there, its territories are not read at all. Lists stay in sentence order, and a
  // sentence out of reach is never looked at, so nothing else sees the difference.
  const refersBack = new Int8Array(sentences.length);
  const words = new SentenceWords(doc, allSentences);
  const readsBack = (i: number): boolean => {
    if (refersBack[i] === 0) refersBack[i] = words.mayReferBack(i) || itAfterCue(text, cues, sentences[i]!) ? 2 : 1;
    return refersBack[i] === 2;
  };
  // The same whether or not the document is being edited: a memo's look-up costs more than the
  // scans that tell it is not needed, and an analysis of an edit must read what a full one reads.
  const readLater = (si: number): boolean => {
    for (let c = si + 1; c <= si + ANAPHOR_REACH && c < sentences.length; c++) if (readsBack(c)) return true;
    return false;
  };

  // one function for every sentence, reading these: no closure made per sentence
  let agents: readonly Agent[] = NO_AGENTS;
  let sentence: Span = sentences[0]!;
  const rememberTheirPeople = () => rememberPeople(text, agents, sentence, resolver);
  // the runs of capitalised words a person's name may follow, in the run or after it: all a
  // sentence whose territories nobody reads is looked at for (see the walk below)
  const nameMayFollow = (words: number, runEnd: number) => mayNameAfter(text, words, runEnd, sentence.end);

  const walkState = (): WalkState => ({
    antecedents: antecedents.length, singles: singles.length, drafts: drafts.length, changes: resolver.changes.length, statesAsked: statesAsked.length, quoteAt, pendingFrom, agentsWithin: agentsWithin.slice(),
  });
  // Past the edit, where the walk reads on as the previous walk did, the previous walk's rest
  // (moved) is this walk's: its claims, what it gathered, the sides it learnt, the states it asked.
  // The people's sides the rest of the previous walk reads are the same now where the two walks
  // learnt the same sides, or where the rest does not yet ask about those that differ
  // (changedSides.ts): up to there the previous walk's rest is this walk's, and the walk goes on
  // from the previous walk's last state before it.
  let changedSides: ChangedSides | undefined;
  /** -1, or the offset up to which the rest of the previous walk asks about no person whose side differs now (Infinity: none). */
  const sidesReadTo = (si: number, now: WalkState, before: WalkState, previous: readonly string[]): number => {
    const changes = resolver.changes;
    if (now.changes === before.changes && sameRun(changes, 0, previous, 0, now.changes)) return Infinity;
    changedSides ??= new ChangedSides(text, sortedQuotes);
    const keys = changedSides.differing(changes, now.changes, previous, before.changes);
    return keys === undefined ? -1 : changedSides.firstAsked(keys, sentences[si]!.start, now.quoteAt);
  };
  const rest = (si: number, from: number): Rest<WalkState, WalkLists> => ({
    readsOn: (before, previous, map, now) => {
      if (!readsAhead(si, from, ANAPHOR_REACH, readLater, now, { antecedents, singles, drafts, changes: resolver.changes, statesAsked }, before, previous, map)) return -1;
      const readsTo = sidesReadTo(si, now, before, previous.changes);
      return readsTo >= 0 && answersHold(previous.statesAsked, before.statesAsked, previous.statesAsked.length, map.entity) ? readsTo : -1;
    },
    take: (before, previous, map, now, end) => {
      const to = end?.state;
      const taken = {
        antecedents: movedAntecedents(previous.antecedents, before.antecedents, to?.antecedents ?? previous.antecedents.length, map),
        singles: movedAntecedents(previous.singles, before.singles, to?.singles ?? previous.singles.length, map),
        drafts: movedDrafts(previous.drafts, before.drafts, to?.drafts ?? previous.drafts.length, map),
      };
      if (!taken.antecedents || !taken.singles || !taken.drafts) return false;
      antecedents.push(...taken.antecedents);
      singles.push(...taken.singles);
      drafts.push(...taken.drafts);
      for (let k = before.statesAsked; k < (to?.statesAsked ?? previous.statesAsked.length); k += 2) {
        const answer = previous.statesAsked[k + 1]!;
        statesAsked.push(previous.statesAsked[k]!, answer && map.entity(answer)!);
      }
      resolver.rememberAll(previous.changes, before.changes, to?.changes ?? previous.changes.length);
      sentenceAgents.takeRest(si, map.sentences, now.changes - before.changes, end?.sentence ?? sentences.length);
      return true;
    },
  });

  let recordedAt = -CHECKPOINT_GAP;
  const lazyAgents = !doc.cache?.keeps;
  // whether a sentence within reach after `si` claims (its cues may claim, and it is not past the last live one)
  const claimsWithin = (si: number): boolean => {
    for (let k = cueSentence; k < withCues.sentences.length; k++) {
      const c = withCues.sentences[k]!;
      if (c > si + ANAPHOR_REACH || c > lastLive) return false;
      if (c === lastLive || mayClaimAt(k)) return true;
    }
    return false;
  };
  for (let si = resumed?.sentence ?? 0; si < sentences.length; si++) {
    sentence = sentences[si]!;
    if (si > lastLive) break;
    // a walk resumed after an edit starts past the cue sentences it already read
    while (withCues.sentences[cueSentence] !== undefined && withCues.sentences[cueSentence]! < si) cueSentence++;
    const sentenceCues = withCues.sentences[cueSentence] === si ? withCues.cues[cueSentence++]! : NO_CUES;
    // a checkpoint before each sentence with a cue, and every CHECKPOINT_GAP sentences between them
    // (where the walk may start again after an edit), and where the previous walk took one
    if (sentenceCues.length > 0 || si - recordedAt >= CHECKPOINT_GAP || checkpoints.previousAt(si)) {
      // (the first quote whose sentence does not end before this one: its place among the quotes moves with the edit)
      while (quoteAt < sortedQuotes.length && sortedQuotes[quoteAt].sentence.end <= sentence.start) quoteAt++;
      // the sentences from `from` on are read from here, those before it only through the state
      const from = Math.max(pendingFrom, si - ANAPHOR_REACH);
      if (checkpoints.converge(si, from, walkState, rest(si, from))) break;
      const ahead = checkpoints.takeAhead();
      if (ahead) {
        // the previous walk's rest was taken up to a sentence where it recorded its state: the walk goes on from there
        const { state } = ahead;
        for (let k = 0; k <= ANAPHOR_REACH; k++) agentsWithin[k] = state.agentsWithin[k]!;
        pendingFrom = state.pendingFrom;
        quoteAt = state.quoteAt;
        si = ahead.sentence - 1;
        continue;
      }
      checkpoints.record(si, walkState);
      recordedAt = si;
    }
    // A sentence whose cues cannot claim makes no draft: what its territories leave (single
    // places, lists) is read, as a sentence's without cues, only where a later one within reach
    // refers back. (The last live cue's sentence, found so, may claim.)
    const claiming = sentenceCues.length > 0 && (si === lastLive || mayClaimAt(cueSentence - 1)) ? sentenceCues : NO_CUES;
    // A sentence's sides serve its cues, its territories when they are read, and the people it
    // names with a side ("Kremlin spokesman Dmitry Peskov"), who need two capitalised words. Its
    // territories are read back only by a claiming sentence within reach after it: with none there,
    // only those people are looked for, in the runs a name may follow (not while the document is
    // edited, where the walks compare the agents they hold).
    const unread = lazyAgents && claiming.length === 0 && !claimsWithin(si);
    const read = !unread && (claiming.length > 0 || readLater(si));
    if (read) agents = sentenceAgents.of(sentence, blockOf[si]!, false);
    else if (!words.twoCapitalised(si)) agents = NO_AGENTS;
    else agents = lazyAgents ? resolver.agentsInRuns(text, sentence.start, sentence.end, nameMayFollow) : sentenceAgents.of(sentence, blockOf[si]!, true);
    sentenceAgents.remember(rememberTheirPeople);
    agentsWithin[si % (ANAPHOR_REACH + 1)] = agents;
    if (claiming.length === 0) continue;
    for (let p = Math.max(pendingFrom, si - ANAPHOR_REACH); p < si; p++) if (readLater(p)) readTerritories(p, agentsWithin[p % (ANAPHOR_REACH + 1)]!);
    pendingFrom = si + 1;
    const { mentions, groups, resolved } = readTerritories(si, agents);
    const sentenceDrafts: Draft[] = [];
    for (const match of claiming) {
      const group = objectOf(text, match, groups, mentions);
      if (!mayClaim(text, match, group, sentence)) continue;
      let territories = group ? resolved.get(group)! : { names: [], mentions: [] };
      // "… captured the Golan Heights in 1967 and annexed it": the territory just claimed
      if (!group && pronounObject(text, match)) {
        // ("recaptured them": a list, or a place whose name is plural, "the Falklands")
        territories = sentenceDrafts.find((d) => d.territories.names.length)?.territories
          ?? (themFollows(text, match.end) ? (unnamedPluralBefore(groups, resolved, match) ? undefined : latestPlural(antecedents, singles, si, agents, resolver)) : latestNotAgent(singles, si, agents, resolver))
          ?? territories;
      }
      // "Crimea, which Russia seized in 2014 and annexed weeks later": a verb coordinated with a cue
      // whose object stood before it shares that object
      if (!group && territories.names.length === 0) {
        const shared = coordinatedWith(text, match, sentenceDrafts);
        if (shared) territories = shared.territories;
      }
      // "which it annexed in 2022 along with the Luhansk … regions", "annexed Crimea in 2014 along
      // with Sevastopol": land the cue takes with its object, past the cue's adjuncts
      if (group !== undefined) {
        const along = groupJoined(text, group.end > match.end ? group : match, groups, ALONG_WITH);
        if (along !== undefined && along !== group) territories = joinedTerritories(territories, resolved.get(along)!);
      }
      // "annexed Crimea and parts of Donetsk": a list of another extent joined to the object is taken
      // too (a control claim makes a claim of it apart, with its extent)
      if (match.cue.type !== 'control' && group !== undefined) {
        const contrasted = groupJoined(text, group.end > match.end ? group : match, groups, CONTRASTED_EXTENT);
        if (contrasted !== undefined && contrasted !== group) territories = joinedTerritories(territories, resolved.get(contrasted)!);
      }
      // "swapping parts of Kharkiv for the rest of Donetsk": what is given in return is exchanged too
      if (match.cue.type === 'exchange' && group !== undefined) {
        const counterpart = groupJoined(text, group, groups, COUNTERPART);
        if (counterpart) territories = joinedTerritories(territories, resolved.get(counterpart)!);
      }
      const bareOk = (match.cue.bare && group !== undefined) || namesLand(match);
      if (territories.names.length === 0 && !bareOk) continue;
      let side = claimantOf(text, match, group, agents, territories, sentence, sentenceDrafts, drafts, resolver, sortedQuotes, quoteAt, gazetteer);
      // "India and Pakistan …. Both countries claim Kashmir": the two sides the sentence before named
      // (that sentence's agents asked of it again: with no cue of its own it may not have read them)
      const both = bothSides(text, match, sentence, agents, () => (si > 0 ? sentenceAgents.of(sentences[si - 1]!, blockOf[si - 1]!, false) : undefined));
      if (!side && both) side = both[1]!;
      // a side annexes no land of its own (it may retake it): "Russia demanded that Ukraine withdraw
      // from … the regions it annexed" is Russia's annexation, not Ukraine's
      if (side?.isSide && TAKING.has(match.cue.type) && territories.names.length > 0 && territories.names.every((n) => resolver.place(n)?.country === side!.state)) {
        side = agents.find((a) => !a.byRole && a.state !== side!.state) ?? side;
      }
      if (match.claimantText && !side) continue; // "Family-controlled …" opening a sentence
      // a cue with other senses counts only with a state or armed side as its subject; with no
      // side or another party ("the Greens take control of the council"), only about war or land
      if (match.cue.weak && !(side && side.isSide)) continue;
      if (!(side && side.isSide) && !WAR_CONTEXT.test(text.slice(sentence.start, sentence.end))) continue;
      // a side's own country is not what it claims ("Iraqi forces advanced on … Iraq")
      if (side && territories.names.length > 0) {
        const others = notOf(territories, side.state, resolver);
        if (others !== territories && (territories = others).names.length === 0 && !match.cue.bare) continue;
      }
      // a draft of this match's, of `type` by `party` over `held`, whose object starts at `objectStart`
      const draft = (type: ClaimType, party: Side | null, held: Territories, objectStart: number, extent: ControlExtent | null): Draft => ({
        type,
        sentence,
        sentenceIndex: si,
        claimant: party?.state ?? null,
        claimantEntity: party ? stateEntity(party.state) ?? party.entity ?? null : null,
        territories: held,
        objectStart,
        extent,
        source: sourceOf(text, sentence, match, sortedQuotes, quoteAt, index),
        trigger: { start: match.start, end: match.end, text: doc.text.slice(match.start, match.end) },
      });
      // "India and Pakistan both claim Kashmir": a claim for each side
      for (const party of side ? (both ?? coordinated(text, side, agents)) : [null]) {
        sentenceDrafts.push(draft(claimType(text, match, sentence, party?.state ?? null, territories, resolver), party, territories, group?.start ?? -1, match.cue.type === 'control' ? extentOf(text, match, group, sentence) : null));
      }
      // "controls most of Luhansk, but only parts of Kherson": a list after "but" with its own extent
      if (match.cue.type === 'control' && group !== undefined) {
        // ("… of Ukraine, including Crimea, which it annexed in 2014, most of Luhansk and …": a share
        // that goes on with the list after a relative clause about its last item)
        // ("all of Crimea, almost all of Luhansk, about three-quarters of Donetsk and …": one after another)
        let before = group;
        const included = groupJoined(text, group, groups, INCLUDING_GAP);
        let contrasted = groupJoined(text, group, groups, CONTRASTED_EXTENT) ?? groupJoined(text, included ?? group, groups, included ? INCLUDED_CLAUSE_THEN_SHARE : CLAUSE_THEN_SHARE, true);
        for (let hops = 0; contrasted !== undefined && hops < MAX_CONTRASTED; hops++) {
          const more = side ? notOf(resolved.get(contrasted)!, side.state, resolver) : resolved.get(contrasted)!;
          if (more.names.length > 0) sentenceDrafts.push(draft('control', side, more, contrasted.start, extentIn(text.slice(before.end, contrasted.start).toLowerCase())));
          before = contrasted;
          contrasted = groupJoined(text, contrasted, groups, CONTRASTED_EXTENT);
        }
      }
    }
    for (const d of mergeWithinSentence(sentenceDrafts)) {
      drafts.push(d);
      if (d.territories.names.length > 1) {
        antecedents.push({ names: d.territories.names, mentions: d.territories.mentions, sentence: si, words: new Set(d.trigger.text.toLowerCase().split(/\s+/)), types: new Set([d.type]) });
      }
    }
  }
  checkpoints.finish({ antecedents, singles, drafts, changes: resolver.changes, statesAsked });
  return dedupe(drafts).map((d) => ({
    start: d.sentence.start,
    end: d.sentence.end,
    type: d.type,
    claimant: d.claimant,
    claimantEntity: d.claimantEntity,
    territories: d.territories.names,
    territoryMentions: d.territories.mentions,
    extent: d.extent,
    source: d.source,
    trigger: d.trigger,
  }));
}

/**
 * A recovery cue in scare quotes, or "liberating" places all in another state's territory, is a
 * capture: Moscow "liberating" Avdiivka takes it; Kyiv liberating Kherson takes it back. (Vowing to
 * recover or retake a place is the side's own claim to it, whatever the law says.)
 */
function claimType(text: string, match: CueMatch, sentence: Span, state: string | null, territories: Territories, resolver: ClaimantResolver): ClaimType {
  const type = match.cue.type;
  // "would never recognise Kosovo's independence": a recognition denied is a rejection
  if (type === 'recognition') return NEGATED.test(wordsBeforeCue(text, match, sentence)) ? 'rejection' : type;
  // "Israel has occupied the West Bank since 1967": an occupation held since a time is control
  if (type === 'capture' && HELD_SINCE.test(text.slice(Math.max(sentence.start, match.start - 14), match.start)) && match.text.toLowerCase() === 'occupied' && SINCE_AFTER.test(text.slice(match.end, Math.min(sentence.end, match.end + 60)))) return 'control';
  if (type !== 'recovery') return type;
  if (QUOTE_OPENERS.has(text.charAt(match.start - 1)) && QUOTE_CLOSERS.has(text.charAt(match.end))) return 'capture';
  if (state === null || territories.names.length === 0 || !/^liberat/i.test(match.text) || !resolver.isPlace(state)) return type;
  const abroad = territories.names.every((name) => {
    const country = resolver.place(name)?.country;
    return country !== undefined && country !== state;
  });
  return abroad ? 'capture' : type;
}
const QUOTE_OPENERS: ReadonlySet<string> = new Set(['"', '“', '‘', "'", '«']);
// a perfect before "occupied", and a time it has lasted after its object
const HELD_SINCE = /\b(?:has|have|had)\s+(?:long\s+|illegally\s+)?$/i;
const SINCE_AFTER = /^[^.;:!?]*?\b(?:since|for (?:decades|years|more than|over|nearly|almost))\b/i;
const QUOTE_CLOSERS: ReadonlySet<string> = new Set(['"', '”', '’', "'", '»']);

/** Whether a cue in the sentence is followed by "it" ("… and annexed it"), which reads the place named last. */
function itAfterCue(text: string, cues: readonly CueMatch[], sentence: Span): boolean {
  for (let i = lowerBound(cues, sentence.start, (m) => m.start); i < cues.length && cues[i]!.start < sentence.end; i++) {
    if (itFollows(text, cues[i]!.end)) return true;
  }
  return false;
}

/**
 * Whether a cue match may make a claim, from its own sentence alone: the claim needs a territory
 * list in the cue's object slot (or "it" after the cue, or a bare cue about territory), and a
 * claim word where the cue needs one; it must not be negated, and an unknown name is a territory
 * only where the sentence is about war or territory. What the sentences before say (the sides of
 * people, the lists an anaphor refers to) decides only among the matches that pass.
 */
/** The few words before a cue in its sentence, where a negation or an aim stands ("would never recognise"). */
const wordsBeforeCue = (text: string, match: CueMatch, sentence: Span, reach = 30): string => text.slice(Math.max(sentence.start, match.start - reach), match.start);
// (an aim's words may run longer: "demanded on Thursday that Ukraine")
const AIM_REACH = 45;

function mayClaim(text: string, match: CueMatch, group: TerritoryGroup | undefined, sentence: Span): boolean {
  const cue = match.cue;
  if (!group && !pronounObject(text, match) && !namesLand(match) && !afterAnd(text, match)) return false;
  // ("declared independence in 1983, but only Turkey recognises it": "it" is what the claim word before named)
  if (cue.needsClaimWord && !claimWordFor(text, match, group) && !(group === undefined && itFollows(text, match.end) && STATEHOOD_WORD.test(text.slice(sentence.start, match.start)))) return false;
  // "recognised as part of Azerbaijan": whose part it is the cue after says (no recognition of Azerbaijan)
  if (cue.type === 'recognition' && AS_AFTER.test(text.slice(match.end, match.end + 5))) return false;
  if (cue.needsWar && !WAR_CONTEXT.test(text.slice(sentence.start, sentence.end))) return false;
  if (!cue.needsClaimWord) {
    const before = wordsBeforeCue(text, match, sentence);
    const renounced = cue.type === 'sovereignty' ? RENOUNCED.exec(before) : null;
    // (renouncing a claim is its negation, and "never renouncing" it makes the claim)
    // (a taking that a verb before means to end is so, negated or aimed: "must end its occupation of")
    if (!ENDING.test(before)) {
      if (renounced ? !NOT_BEFORE.test(before.slice(0, renounced.index)) : NEGATED.test(before)) return false;
      if (!AIM_TYPES.has(cue.type) && AIMED.test(wordsBeforeCue(text, match, sentence, AIM_REACH))) return false;
    }
  }
  return !(group && group.items.every((i) => i.kind === 'candidate') && (cue.weak || !WAR_CONTEXT.test(text.slice(sentence.start, sentence.end))));
}

/**
 * Whether mayClaim may hold for the match, told from where the sentence's territories may stand
 * (territoryBounds.ts) rather than from the territories: it needs "it" after the cue, a bare cue
 * about land, or a territory list in the object slot (objectOf), which is an anaphor or generic
 * noun holding the cue, or starts among the filler words after it, or ends among those before it;
 * and a sentence about war for a cue that needs one.
 */
function mayHaveObject(text: string, match: CueMatch, sentence: Span, bounds: TerritoryBounds, aboutWar: () => boolean): boolean {
  const cue = match.cue;
  // (mayClaim's war test, asked here too: "taking her to hospital" must not send the claims walk
  // through the whole article)
  if (cue.needsWar && !aboutWar()) return false;
  if (pronounObject(text, match) || namesLand(match) || bounds.mayHold(match.start, match.end) || afterAnd(text, match)) return true;
  // an unknown name stands alone in its list, which mayClaim takes only for a strong cue about war
  const candidates = cue.weak ? never : aboutWar;
  if (cue.object !== 'before' && bounds.mayStartIn(match.end, afterReach(text, match, sentence), candidates)) return true;
  if ((cue.object !== 'after' || passiveWithAgent(text, match)) && bounds.mayEndIn(beforeReach(text, match), match.start, candidates)) return true;
  // ("the Kalapani area, where the river rises, belongs to": before an aside set off by commas)
  if (cue.object !== 'after' && text.charCodeAt(match.start - 2) === 44 /* , */) {
    const aside = asideBefore(text, match.start);
    if (aside !== null && bounds.mayEndIn(Math.max(0, aside.start - MAX_FILLER), aside.start + 1, candidates)) return true;
  }
  const relative = relativeReach(text, match);
  return relative >= 0 && bounds.mayEndIn(relative, match.start, candidates);
}

const never = (): boolean => false;

/**
 * Where the object after a cue starts before, if anywhere (objectOf's `after`): within
 * MAX_FILLER, before a comma, and at the latest within the first word that fillerOnly refuses.
 */
function afterReach(text: string, match: CueMatch, sentence: Span): number {
  const extra = fillerAfter(match);
  let reach = Math.min(sentence.end, match.end + MAX_FILLER + 1);
  for (let i = match.end; i < reach; i++) {
    if (text.charCodeAt(i) === 44 /* , */ && !thousandsCommaAt(text, i)) reach = i + 1;
  }
  // the words of the text from the cue on are those of the gap fillerOnly reads, up to its end
  WORD_FROM.lastIndex = match.end;
  let previous = '';
  for (let w = WORD_FROM.exec(text); w !== null && w.index < reach; w = WORD_FROM.exec(text)) {
    if (!isFiller(w[0], extra) && !beforeYear(text, w) && !inAfterPlaces(w[0], previous)) return Math.min(reach, w.index + w[0].length);
    previous = w[0];
  }
  return reach;
}

/**
 * Where the object before a cue ends after, if anywhere (objectOf's `before`): within
 * MAX_FILLER, and past the start of the last word before the cue that fillerOnly refuses (a gap
 * starting later reads the same words from there on).
 */
function beforeReach(text: string, match: CueMatch): number {
  const from = Math.max(0, match.start - MAX_FILLER);
  const gap = text.slice(from, match.start);
  let reach = from;
  WORD_FROM.lastIndex = 0;
  for (let w = WORD_FROM.exec(gap); w !== null; w = WORD_FROM.exec(gap)) if (!isFiller(w[0]) && !coordinatesCopula(w[0])) reach = from + w.index + 1;
  return reach;
}

/**
 * "and" before a cue, where it joins the copulas of "X is, has been and will always be part of Y";
 * never after one, where it joins another clause ("that Guyana administers and Venezuela claims").
 */
const coordinatesCopula = (word: string): boolean => word === 'and';

/**
 * Where a territory before a relative clause that runs up to the cue ends at the earliest
 * (objectOf's `relativeClause`: "Crimea, which Moscow seized"), or -1 where no clause may.
 */
function relativeReach(text: string, match: CueMatch): number {
  const from = Math.max(0, match.start - RELATIVE_REACH);
  // most cues have no "which" or "that" before them: told by character codes, before the expression
  // "the parts of Donetsk it still holds": no pronoun, the clause's subject right after the territory
  // (most cues have neither "it" nor "they" before them: told by a search, before the expression)
  const before = text.slice(from, match.start);
  if (before.includes(' it ') || before.includes(' they ')) {
    const reduced = REDUCED_TAIL.exec(before);
    if (reduced !== null && !PRONOUN_BEFORE.test(before.slice(Math.max(0, reduced.index - 8), reduced.index))) return from + reduced.index;
  }
  if (!mayHoldRelative(text, from, match.start)) return -1;
  const clause = RELATIVE_TAIL.exec(before);
  if (clause === null) return -1;
  let at = from + clause.index;
  // "… a region that borders Guyana and that Venezuela claims": a second clause, about what the
  // first one is (groupBefore), which stands up to a first clause's length further back
  if (/\band\s+$/.test(text.slice(Math.max(0, at - 5), at))) return Math.max(0, at - 2 * RELATIVE_REACH);
  // (back over what RELATIVE_CLAUSE lets stand before the pronoun: white space of any kind and a
  // comma, and an apposition: "the Essequibo region, a vast area that")
  while (at > 0 && /[\s,]/.test(text.charAt(at - 1))) at--;
  const apposition = APPOSITION_TAIL.exec(text.slice(Math.max(0, at - RELATIVE_REACH), at));
  if (apposition !== null) at -= apposition[0].length;
  return at;
}

// a relative clause's pronoun subject and up to two adverbs, with no pronoun of its own before it
const PRONOUN_SUBJECT_ADVERBS = String.raw`(?:it|they)\s+(?:[a-z]+ly\s+|still\s+|now\s+|already\s+|also\s+){0,2}`;
// RELATIVE_CLAUSE's clause without its pronoun, and its apposition, at the end of the text before a cue
const REDUCED_TAIL = new RegExp(String.raw`\s${PRONOUN_SUBJECT_ADVERBS}$`, 'i');
// verbs of saying whose subject a pronoun after them repeats ("which Russia says it annexed")
const SAYING_BEFORE_PRONOUN = 'says|said|say|claims|claimed|insists|insisted|maintains|argues';
// "which it lost": the clause has its pronoun (RELATIVE_TAIL reads it); so has "which Russia says it annexed"
const PRONOUN_BEFORE = new RegExp(`\\b(?:which|that|${SAYING_BEFORE_PRONOUN})$`, 'i');
const APPOSITION_TAIL = /,\s*(?:an?|the)(?:\s+[\p{L}-]+){0,3}$/iu;

/** Whether "which" or "that", in any case, may stand in text[from, to): RELATIVE_TAIL's pronouns, looked for by code. */
function mayHoldRelative(text: string, from: number, to: number): boolean {
  for (let i = from; i + 3 < to; i++) {
    const c = text.charCodeAt(i) | 32;
    if (c === 119 /* w */ ? (text.charCodeAt(i + 1) | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 105 : c === 116 /* t */ && (text.charCodeAt(i + 1) | 32) === 104 && (text.charCodeAt(i + 2) | 32) === 97) return true;
  }
  return false;
}

/** A bare cue that is about land itself ("land swap", "territorial exchange"): it may claim with no territory named. */
function namesLand(match: CueMatch): boolean {
  return match.cue.bare && /territor|land/i.test(match.text);
}

/** The sentences holding cues (by index, in order) and the cues of each (see cueMatches). */
function cuesBySentence(cues: readonly CueMatch[], sentences: readonly Span[]): { sentences: number[]; cues: (readonly CueMatch[])[] } {
  const out: { sentences: number[]; cues: (readonly CueMatch[])[] } = { sentences: [], cues: [] };
  const at = { i: 0 };
  for (let si = 0; si < sentences.length && at.i < cues.length; si++) {
    const found = cueMatches(cues, at, sentences[si]!);
    // the sentences ending before the next cue starts hold none: on to the first that does not
    if (found === NO_CUES && at.i < cues.length) si = lowerBound(sentences, cues[at.i]!.start + 1, (s) => s.end) - 1;
    if (found.length === 0) continue;
    out.sentences.push(si);
    out.cues.push(found);
  }
  return out;
}

/**
 * The cue's object is "it" or "them": for a cue of other senses only a claim's "claims them" (the
 * cue itself refuses "claims it", and a weak cue's side must still be a state's).
 */
function pronounObject(text: string, match: CueMatch): boolean {
  if (!match.cue.weak) return itFollows(text, match.end);
  // (a weak cue's "it" may be no land, but a share of it is: "controls about 80% of it"; and
  // "them", which must mean a list of places or a place with a plural name: "will recover them")
  // ("has a garrison on the Dokdo islets and controls them")
  return ((match.cue.type === 'sovereignty' || match.cue.type === 'recovery' || match.cue.type === 'control') && themFollows(text, match.end)) || SHARE_OF_PRONOUN.test(text.slice(match.end, match.end + PRONOUN_REACH));
}

/** Whether "it" follows `at` after white space ("annexed it"). */
function itFollows(text: string, at: number): boolean {
  return PRONOUN_OBJECT.test(text.slice(at, at + PRONOUN_REACH));
}

// the pronoun, maybe after a part of it ("most of them", "all of it")
const PART_OF = String.raw`(?:(?:most|all|some|part|parts|much|many|half|each|both|none|several|one|two|three)\s+of\s+)?`;
const PRONOUN_OBJECT = new RegExp(String.raw`^\s+${PART_OF}(?:it|them)\b`);
const PLURAL_OBJECT = new RegExp(String.raw`^\s+${PART_OF}them\b`);
const PRONOUN_REACH = 24;
const SHARE_OF_PRONOUN = new RegExp(String.raw`^\s+(?:${SHARE_APPROXIMATION})?(?:\d+(?:\.\d+)?\s*(?:%|percent\b|per cent\b)|most|much|half|parts?)\s+of\s+(?:it|them)\b`);

/** "… recaptured them", "retook most of them": the pronoun after the cue is plural. */
const themFollows = (text: string, at: number): boolean => PLURAL_OBJECT.test(text.slice(at, at + PRONOUN_REACH));

/** The side and those coordinated with it just before ("India and Pakistan"). */
// "islets that both countries claim", "the land the two sides dispute": the cue's subject is two sides
const BOTH_BEFORE = /\b(?:both|the two)\s+(?:countries|nations|states|sides|governments|neighbou?rs)\s+(?:(?:still|also|now|have|long)\s+){0,2}$/i;

/**
 * The two sides "both countries" before the cue stand for: the last two states named before it in
 * the sentence, or in the sentence before when it names fewer (`before`, that sentence's agents),
 * in order; undefined without that subject or two such states.
 */
function bothSides(text: string, match: CueMatch, sentence: Span, agents: readonly Agent[], before: () => readonly Agent[] | undefined): Side[] | undefined {
  if (!BOTH_BEFORE.test(text.slice(Math.max(sentence.start, match.start - 40), match.start))) return undefined;
  const sides: Agent[] = [];
  const take = (list: readonly Agent[], end: number): void => {
    for (let i = list.length - 1; i >= 0 && sides.length < 2; i--) {
      const a = list[i]!;
      if (a.end <= end && a.isSide && !sides.some((s) => s.state === a.state)) sides.unshift(a);
    }
  };
  take(agents, match.start);
  if (sides.length === 0) {
    const previous = before();
    if (previous !== undefined) take(previous, Infinity);
  }
  return sides.length === 2 ? sides : undefined;
}

function coordinated(text: string, side: Side, agents: readonly Agent[]): Side[] {
  const out: Side[] = [side];
  let i = agents.indexOf(side as Agent);
  // ("China, the Philippines and Taiwan": a member's article stands between too, but not after
  // ", and", which may open a clause: "Morocco claims Western Sahara, and the Polisario Front rejects")
  while (i > 0 && /^\s*(?:,\s*(?:and\s+)?|and\s+|as well as\s+)$|^\s*(?:,|and)\s+the\s+$/.test(text.slice(agents[i - 1].end, agents[i].start))) {
    i--;
    if (!out.some((o) => o.state === agents[i].state)) out.unshift(agents[i]);
  }
  return out;
}

/**
 * Every cue match in the document's blocks, in order. A cue names words on one line, so it never
 * runs from one block into the next: each block's matches are its own, found once per block text
 * (offsets relative to the block) and reused while the block stands unchanged.
 */
function allCueMatches(doc: ProseDocument): CueMatch[] {
  const text = doc.prose;
  const cache = doc.cache;
  if (!cache?.keeps) return blockCueMatches(text);
  const count = doc.blocks.length;
  // the blocks standing where they stood in the previous analysis (those before the edit) and
  // those only moved (after it) have the matches placed there then: only the blocks between are
  // read, and of the others only those with matches (few) are visited, not every block
  const carried = cache.take<CarriedCues>(CARRIED_CUES);
  const before = cache.previousCount();
  const previous = carried !== undefined && carried.blocks === before ? carried.placed : NO_PLACED;
  const head = previous === NO_PLACED ? 0 : cache.unchangedHead()!.blocks;
  const tail = previous === NO_PLACED ? 0 : cache.unchangedTail()!.blocks;
  const placed: PlacedCues[] = [];
  cache.carry(CARRIED_CUES, { blocks: count, placed } satisfies CarriedCues);
  const all: CueMatch[] = [];
  const add = (here: PlacedCues): void => {
    placed.push(here);
    const block = doc.blocks[here.block]!;
    for (const m of here.matches) {
      // at the block's edges the glued-word test looks outside it, at the document
      if ((m.start === block.start || m.end === block.end) && gluedWord(text, m.start, m.end)) continue;
      all.push(m);
    }
  };
  let p = 0;
  for (; p < previous.length && previous[p]!.block < head; p++) add(previous[p]!);
  for (let b = head; b < count - tail; b++) {
    const block = doc.blocks[b]!;
    const base = block.start;
    const matches = blockLocal(doc, block, 'claims:cues', () => blockCueMatches(text.slice(base, block.end)));
    if (matches.length > 0) add({ block: b, start: base, matches: shifted(matches, base) });
  }
  while (p < previous.length && previous[p]!.block < before! - tail) p++;
  for (; p < previous.length; p++) {
    const was = previous[p]!;
    const b = was.block - before! + count;
    const by = doc.blocks[b]!.start - was.start;
    add(by === 0 && b === was.block ? was : { block: b, start: was.start + by, matches: by === 0 ? was.matches : shifted(was.matches, by) });
  }
  return all;
}

/** Cue matches `by` characters further on. */
function shifted(matches: readonly CueMatch[], by: number): CueMatch[] {
  return matches.map((m) => ({ start: m.start + by, end: m.end + by, cue: m.cue, text: m.text, claimantText: m.claimantText }));
}

/** A block's cue matches (never none), placed where the block stood (see allCueMatches). */
interface PlacedCues {
  /** The block's index. */
  readonly block: number;
  readonly start: number;
  readonly matches: readonly CueMatch[];
}

/** What allCueMatches hands the next analysis: the blocks with matches, in order, of `blocks` blocks. */
interface CarriedCues {
  readonly blocks: number;
  readonly placed: readonly PlacedCues[];
}

const CARRIED_CUES = 'claims:placedCues';
const NO_CUES: readonly CueMatch[] = Object.freeze([]);
const NO_PLACED: readonly PlacedCues[] = Object.freeze([]);

// The case-insensitive cues as one alternation, grouped by first letter (cueAlternation.ts): it
// finds every offset where some cue matches in one pass over the text (instead of a pass per cue,
// and several times faster than an alternation of the cues themselves), and only there are the
// cues that may open with the letter there tried one by one.
// (with them the case-sensitive cues that have a finder, tried where it matches)
// A finder is best its cue's opening words alone: grouped, the alternation copies what follows a
// word list into each of its branches, and a lookahead of a few more words after the ten verbs of
// "considers" made the whole scan five to seven times slower (cue scan ms a corpus pass, measured);
// the cue's own expression reads the rest where the finder matches.
const CASELESS_CUES = CUES.filter((c) => c.pattern.flags.includes('i') || c.finder !== null);
const OTHER_CUES = CUES.filter((c) => !CASELESS_CUES.includes(c));
const CASELESS = cueAlternation(CASELESS_CUES.map((c) => c.finder ?? cueData.cues[c.index].pattern));
const ANY_CASELESS_CUE = new RegExp(`\\b(?:${CASELESS.source})\\b`, 'gi');
// V8 leaves out the optimisations of an expression whose source is 20 KB or longer
// (kRegExpTooLargeToOptimize): past it the scan ran seven times slower (cue scan 7 ms a corpus
// pass, then 52, for 660 characters more). A cue whose grouped branches copy long lists of words
// gets a finder of its opening words (claim-cues.json), which keeps the source well under it.
/** The length of the one-pass cue scan's source, which must stay under `CUE_SCAN_LIMIT`. */
export const CUE_SCAN_LENGTH = ANY_CASELESS_CUE.source.length;
export const CUE_SCAN_LIMIT = 20 * 1024;
// (machine code before its first subject, however short: see machineCode.ts)
const compileCueScan = compilerOnce(ANY_CASELESS_CUE);
// The cues to try where the alternation matches, by the two characters there (characterClass,
// 27 by 27): those whose matches may open with them.
const CASELESS_BY_OPENING: readonly (readonly Cue[])[] = Array.from({ length: 27 * 27 }, (_, i) => {
  const first = Math.floor(i / 27);
  const second = i % 27;
  return CASELESS_CUES.filter((_, k) => {
    const pairs = CASELESS.firstPairs[k];
    return pairs === null || (pairs[first]! & (1 << second)) !== 0;
  });
});

/**
 * "considers it part of the Golan Heights": the claimant a cue reads is the first word of a longer
 * name, a place the land lies in, not a side that holds it.
 */
function opensLongerName(text: string, start: number, claimant: string): boolean {
  const at = text.indexOf(claimant, start);
  const after = at + claimant.length;
  return at >= 0 && text.charCodeAt(after) === 32 && after + 1 < text.length && isUpperCase(text.charAt(after + 1));
}

const isUpperCase = (c: string): boolean => c !== c.toLowerCase();

/**
 * The cue matches of a text (a block's, or the whole prose when nothing is kept), in order: each cue's matches are those a global scan with
 * its own expression finds (none overlapping another of the same cue).
 */
export function blockCueMatches(text: string): CueMatch[] {
  const all: CueMatch[] = [];
  const add = (cue: Cue, start: number, m: RegExpExecArray) => {
    if (gluedWord(text, start, start + m[0].length)) return;
    if (cue.nameAfter && !nameFollows(text, start + m[0].length) && !endsRelativeClause(text, start, start + m[0].length)) return;
    const claimantText = m.groups?.claimant ?? null;
    if (claimantText !== null && opensLongerName(text, start, claimantText)) return;
    all.push({ start, end: start + m[0].length, cue, text: m[0], claimantText });
  };
  // where each cue's own scan would resume: the end of its last match (cleared at the first hit: most blocks have none)
  let resume: number[] | undefined;
  compileCueScan();
  const any = ANY_CASELESS_CUE;
  any.lastIndex = 0;
  for (let hit = any.exec(text); hit; hit = any.exec(text)) {
    const at = hit.index;
    resume ??= RESUME.fill(0);
    // the cues that may open with the two characters here
    const cues = CASELESS_BY_OPENING[characterClass(text.charCodeAt(at)) * 27 + characterClass(text.charCodeAt(at + 1))]!;
    for (let k = 0; k < cues.length; k++) {
      const cue = cues[k]!;
      if (at < resume[cue.index]!) continue;
      cue.sticky.lastIndex = at;
      const m = cue.sticky.exec(text);
      if (!m) continue;
      resume[cue.index] = at + m[0].length;
      add(cue, at, m);
    }
    any.lastIndex = at + 1;
  }
  for (const cue of OTHER_CUES) {
    const must = cue.mustContain;
    if (must && cue.byLine) {
      // the cue scans only the lines where what its matches contain occurs, each once
      must.lastIndex = 0;
      for (let hit = must.exec(text); hit; hit = must.exec(text)) {
        const from = text.lastIndexOf('\n', hit.index) + 1;
        const newline = text.indexOf('\n', hit.index);
        const to = newline < 0 ? text.length : newline;
        const line = text.slice(from, to);
        cue.pattern.lastIndex = 0;
        for (let m = cue.pattern.exec(line); m; m = cue.pattern.exec(line)) add(cue, from + m.index, m);
        // (past the line feed: a match of nothing before it would be found again)
        must.lastIndex = to + 1;
      }
      continue;
    }
    if (must) {
      must.lastIndex = 0;
      if (!must.test(text)) continue;
    }
    cue.pattern.lastIndex = 0;
    for (let m = cue.pattern.exec(text); m; m = cue.pattern.exec(text)) add(cue, m.index, m);
  }
  return all.length < 2 ? all : all.sort((a, b) => a.start - b.start || b.end - a.end || a.cue.index - b.cue.index);
}

// blockCueMatches' resume offsets, one array for every text it reads (it reads one at a time)
const RESUME = new Array<number>(CUES.length).fill(0);

/** A name or "the" after a cue (see `Cue.nameAfter`): "took Avdiivka", "entered the city of". */
function nameFollows(text: string, at: number): boolean {
  let i = at;
  while (text.charCodeAt(i) === 32) i++;
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 65 && c <= 90) || text.startsWith('the ', i);
  return /\p{Lu}/u.test(text.charAt(i));
}

// a relative clause with a subject of its own up to a cue ("which Guyana currently governs"), and
// the clause's end after it: its object is what the clause is about, before it
const RELATIVE_UP_TO_CUE = /\b(?:which|that)\s+(?:the\s+)?\p{Lu}[^,.;:!?"“”()]{0,40}$/u;
// (or after an "as" phrase: "which Britain governs as a separate territory.")
const CLAUSE_END_AFTER = /^\s*(?:(?:in|since|for) [\w ]{1,20}|as [\w -]{1,30})?[,.;)]/;

/** The cue at [start, end) ends a relative clause whose object stands before it ("a region which Guyana governs."). */
function endsRelativeClause(text: string, start: number, end: number): boolean {
  return CLAUSE_END_AFTER.test(text.slice(end, end + 36)) && RELATIVE_UP_TO_CUE.test(text.slice(Math.max(0, start - 48), start));
}

/** \b is ASCII: a match glued to a hyphen or another letter is part of a longer word. */
function gluedWord(text: string, start: number, end: number): boolean {
  return /[\p{L}\p{N}-]/u.test(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end));
}

// More cue matches than this in one "sentence" is no prose (a word list, a table): the rest
// are ignored, which keeps the per-sentence work bounded.
const MAX_CUES_PER_SENTENCE = 40;

/** The cue matches of a sentence (taken from `all` from `at` on), the longest where they overlap. */
function cueMatches(all: readonly CueMatch[], at: { i: number }, sentence: Span): readonly CueMatch[] {
  while (at.i < all.length && all[at.i].start < sentence.start) at.i++;
  // most sentences hold no cue
  if (at.i === all.length || all[at.i].start >= sentence.end) return NO_CUES;
  const within: CueMatch[] = [];
  for (let j = at.i; j < all.length && all[j].start < sentence.end; j++) {
    if (all[j].end <= sentence.end && within.length < MAX_CUES_PER_SENTENCE * 2) within.push(all[j]);
  }
  // most sentences with a cue hold one: nothing to choose among
  if (within.length < 2) return within;
  within.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: CueMatch[] = [];
  for (const m of within) {
    if (kept.length >= MAX_CUES_PER_SENTENCE) break;
    if (!kept.some((k) => m.start < k.end && k.start < m.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// Past this many characters of filler words, a cue's object would stand too far from it to be
// what the cue is about.
const MAX_FILLER = 60;

/** A comma in the gap that is no number's ("90,000 square kilometres of"). */
function hasComma(gap: string): boolean {
  for (let i = gap.indexOf(','); i >= 0; i = gap.indexOf(',', i + 1)) if (!thousandsCommaAt(gap, i)) return true;
  return false;
}


// a comma and the word that names a part of the land before it ("…, including the whole of X")
const INCLUDING = /,\s+(?:including|notably|especially|among them)\s+/;

/**
 * "claims some 90,000 square kilometres in the northeast, including the whole of Arunachal
 * Pradesh": land named by its measure or noun only, then the territory it includes, is the object.
 */
function includedAfter(text: string, from: number, to: number, extra?: (word: string) => boolean): boolean {
  const gap = text.slice(from, to);
  const including = INCLUDING.exec(gap);
  if (including === null) return false;
  const after = from + including.index + including[0].length;
  return !hasComma(gap.slice(0, including.index)) && !hasComma(text.slice(after, to)) && fillerOnly(text, from, from + including.index, extra, true) && fillerOnly(text, after, to, extra, true);
}

/** True when the words between two offsets are only determiners, extents and the like. */
function fillerOnly(text: string, from: number, to: number, extra?: (word: string) => boolean, afterCue = false, wordBefore = ''): boolean {
  if (to < from) return false;
  const gap = text.slice(from, to);
  if (gap.length > MAX_FILLER || /[.;!?]/.test(gap.replace(/\p{L}\.\p{L}\.?/gu, ''))) return false;
  WORD_FROM.lastIndex = 0;
  let previous = wordBefore;
  for (let w = WORD_FROM.exec(gap); w !== null; w = WORD_FROM.exec(gap)) {
    if (!isFiller(w[0], extra) && !(afterCue ? beforeYear(gap, w) || inAfterPlaces(w[0], previous) : coordinatesCopula(w[0]))) return false;
    previous = w[0];
  }
  return true;
}

const LOCATED_NOUNS: ReadonlySet<string> = new Set([...cueData.locatedNouns, ...cueData.genericNouns]);
const IN_AFTER = /^\s+in\s/;
// nouns of land taken or held: "villages", "areas", "territory"
const LAND_NOUNS = [...LOCATED_NOUNS].join('|');
// a noun of land, then a side that holds it, then where it lies: "small areas Russia holds in the …"
const LAND_BEFORE_SIDE = new RegExp(`\\b(?:${LAND_NOUNS})\\s+$`, 'i');
const HELD_IN_AFTER = new RegExp(`^\\s+(?:(?:still|now|currently|already)\\s+)?(?:${cueData.heldClauseVerbs.join('|')})\\s+in\\s+(?:the\\s+)?`);
// … with a pronoun for the side, right after the cue: "to exchange areas it holds in the …"
const LAND_IT_HOLDS_IN = new RegExp(`^\\s+(?:[a-z]+\\s+){0,2}?(?:${LAND_NOUNS})\\s+(?:it|they|we)${HELD_IN_AFTER.source.slice(1)}`, 'i');

/** The last word of a cue's text, in lower case. */
const lastWordOf = (text: string): string => text.slice(text.lastIndexOf(' ') + 1).toLowerCase();

/** "recaptured two villages in the Kharkiv region": after a cue, "in" may follow the noun of the places taken. */
const inAfterPlaces = (word: string, previous: string): boolean => word === 'in' && LOCATED_NOUNS.has(previous);

// a year after "in" or "since": "annexed in 2022 – Donetsk, …" names the time between the cue and
// its object (after the cue only: before it, "Crimea, annexed by Russia in 2014, will be …" is no object)
const YEAR_AFTER = /^ \d{4}\b/;

/** Whether the word `w` (found in `s`) is "in" or "since" before a year. */
function beforeYear(s: string, w: RegExpExecArray): boolean {
  return (w[0] === 'in' || w[0] === 'since') && YEAR_AFTER.test(s.slice(w.index + w[0].length, w.index + w[0].length + 6));
}

const HOLDING_ADJECTIVE = /^\p{Lu}[\p{L}.’']*-(?:held|controlled|occupied|administered|run)$/u;

/** Whether fillerOnly lets `written` stand between a cue and its object. */
function isFiller(written: string, extra?: (word: string) => boolean): boolean {
  const n = written.length;
  const last = written.charCodeAt(n - 1);
  // (only "'s" in either case ends in the same way in lower case)
  const possessive = n >= 2 && (last === 115 /* s */ || last === 83) && (written.charCodeAt(n - 2) === 39 || written.charCodeAt(n - 2) === 0x2019);
  // "captured Russia's Kursk region": a side's possessive before the territory
  if (possessive && /^\p{Lu}.*['’]s$/u.test(written)) return true;
  // "claims the Russian-held Kuril Islands": a side's holding named before the territory (a cue of its own)
  if (HOLDING_ADJECTIVE.test(written)) return true;
  // most words are written in lower case already: no copy made for them
  const lower = lowerCaseAlready(written) ? written : written.toLowerCase();
  const word = possessive ? lower.replace(/(?:['’]s)$/, '') : lower;
  // (a share: "70% of Donetsk"; a nationality as an adjective: "four Ukrainian regions")
  return FILLER.has(word) || isAllDigits(word) || (word.endsWith('%') && isAllDigits(word.slice(0, -1))) || (extra !== undefined && extra(written)) || (word !== written && demonym(written) !== undefined);
}

/** Whether toLowerCase leaves `word` as it is: no A-Z and nothing outside ASCII. */
function lowerCaseAlready(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if ((c >= 65 && c <= 90) || c >= 128) return false;
  }
  return true;
}

/** What else a rejection or a recognition lets stand before its object ("rejects the claims over"). */
const lenientFiller = (w: string): boolean => CLAIM_OBJECTS.has(w.toLowerCase()) || /^\p{Lu}/u.test(w) || /^(?:over|to|as|of|on)$/i.test(w);
/** What fillerOnly lets stand between a cue and the object after it. */
function fillerAfter(match: CueMatch): ((word: string) => boolean) | undefined {
  return match.cue.type === 'rejection' || match.cue.type === 'recognition' ? lenientFiller : undefined;
}

const isSpaceOnly = (text: string, from: number, to: number): boolean => {
  for (let k = from; k < to; k++) if (text.charCodeAt(k) !== 32) return false;
  return true;
};

/** A rejection or recognition is of a claim: "these claims", "sovereignty over", "annexation of". */
function claimWordFor(text: string, match: CueMatch, group: TerritoryGroup | undefined): boolean {
  if (!group) return false;
  if (group.items[0].noun === 'claims') return true;
  // "only Turkey recognises Northern Cyprus": a recognition whose object is the place itself, named
  // right after it, is of that place as a state (not of "Ukraine's efforts")
  if (match.cue.type === 'recognition' && group.start >= match.end && isSpaceOnly(text, match.end, group.start) && group.items.every((i) => i.kind === 'place') && !/^['’]s\b/.test(text.slice(group.end, group.end + 3))) return true;
  const around = text.slice(Math.min(match.start, group.start), Math.max(match.end, group.start)) + ' ' + text.slice(group.end, group.end + 30);
  return CLAIM_WORD.test(around);
}

/** "the Boston diocese", "the occupied Arab lands": the name modifies the noun after it. */
function modifies(text: string, g: TerritoryGroup): boolean {
  const next = /^\s+([\p{Ll}][\p{L}-]*)/u.exec(text.slice(g.end, g.end + 30));
  return next !== null && !OBJECT_FOLLOWERS.has(next[1]) && !next[1].endsWith('ly');
}

// a form of "be" and up to three adverbs before a participle, and "by" after it
const BE_BEFORE = /\b(?:is|are|was|were|been|being|be)\s+(?:[a-z]+ly\s+|long\s+|already\s+|still\s+|also\s+|now\s+){0,3}$/i;
const BY_AFTER = /^\s+by\s/;
// how far before a cue BE_BEFORE reads
const BE_REACH = 48;

/** "Gibraltar has long been claimed by Madrid": a passive cue whose object is its subject. */
function passiveWithAgent(text: string, match: CueMatch): boolean {
  return BY_AFTER.test(text.slice(match.end, match.end + 5)) && BE_BEFORE.test(text.slice(Math.max(0, match.start - BE_REACH), match.start));
}

/** The territory list in the cue's object slot. */
function objectOf(text: string, match: CueMatch, groups: readonly TerritoryGroup[], mentions: readonly TerritoryMention[]): TerritoryGroup | undefined {
  // an adjectival cue inside its noun phrase: "the annexed regions", "occupied territories"
  for (const g of groups) {
    const head = g.items[0];
    if ((head.kind === 'anaphor' || head.kind === 'generic') && head.start <= match.start && match.end <= head.end) {
      const nounAt = head.end - (head.noun?.length ?? 0);
      if (match.end <= nounAt) return g;
      return undefined;
    }
  }
  void mentions;
  const extra = fillerAfter(match);
  const lenient = extra !== undefined;
  // "refuse to recognise Russia's annexation of Crimea": Russia's is the claimant, Crimea the
  // object; but "recognise Kosovo's independence" is about Kosovo (and "Beijing's sovereignty
  // claims" are Beijing's: no territory of theirs)
  const possessive = (g: TerritoryGroup) => (text.charCodeAt(g.end) === 39 || text.charCodeAt(g.end) === 0x2019) && /^['’]s\b/.test(text.slice(g.end, g.end + 3)) && !(lenient && /^['’]s\s+(?:independence|statehood|sovereignty(?!\s+claims?\b)|secession)\b/i.test(text.slice(g.end, g.end + 27)));
  const after = () => {
    let g: TerritoryGroup | undefined;
    let from = match.end + (LAND_IT_HOLDS_IN.exec(text.slice(match.end, match.end + MAX_FILLER))?.[0].length ?? 0);
    for (const x of groups) {
      if (x.start < match.end) {
        // "the territorial integrity of Serbia, including Kosovo": a list that runs on from the
        // claimant the cue names (findClaims leaves a side's own country out of what it claims)
        if (match.claimantText !== null && x.start >= match.start && x.end > match.end) {
          g = x;
          break;
        }
        continue;
      }
      // lists are in text order: past the longest filler, no later one stands in the slot
      // (twice that with the land before an "including": includedAfter)
      if (x.start - from > MAX_FILLER && (x.start - from > 2 * MAX_FILLER || !INCLUDING.test(text.slice(from, x.start)))) break;
      // ("that India considers part of Ladakh": the place the object is part of is no object)
      if (match.claimantText !== null && PART_OF_BEFORE.test(text.slice(Math.max(0, x.start - 12), x.start))) continue;
      // ("occupies territory in Aksai Chin": the land's noun, then where it lies, is the object)
      if (x.items[0].kind === 'generic' && IN_AFTER.test(text.slice(x.end, x.end + 4))) continue;
      // ("an exchange of territory in the Kharkiv region": the cue's own noun of land may be the one "in" follows)
      if (!possessive(x) && (!hasComma(text.slice(from, x.start)) && fillerOnly(text, from, x.start, extra, true, from === match.end ? lastWordOf(match.text) : '') || includedAfter(text, from, x.start, extra))) {
        // ("exchanging small areas Russia holds in the Kharkiv region": the side holding the land is no object; where it lies is)
        const held = from === match.end ? HELD_IN_AFTER.exec(text.slice(x.end, x.end + 40)) : null;
        if (held !== null && LAND_BEFORE_SIDE.test(text.slice(from, x.start))) {
          from = x.end + held[0].length;
          continue;
        }
        g = x;
        break;
      }
    }
    // after a verb ("took over the Boston diocese"), not after "the annexation of Crimea renewed";
    // but a name before a noun it modifies is none after a preposition either ("control of the
    // Zaporizhzhia nuclear plant")
    return g && (/\b(?:of|over|from|to|in|into|on|near)$/i.test(match.text) ? !MODIFIED.test(text.slice(g.end, g.end + 30)) : !modifies(text, g)) ? g : undefined;
  };
  // a cue whose object follows it may still have it before, as a relative clause's object: "the
  // Falkland Islands, which Britain has held since 1833"
  if (match.cue.object === 'after') {
    const found = after();
    if (found) return found;
    const passive = passiveWithAgent(text, match);
    const g = groupBefore(text, match, groups, !passive);
    // a passive's object is its clause's subject ("Kinmen has been controlled by Taipei"), not a
    // place an apposition names ("The outcrops, called Dokdo in Korea and Takeshima in Japan, are controlled by")
    return g && passive && !opensClause(text, g.start) && !relativeClause(text, g.end, match.start) ? undefined : g;
  }
  if (match.cue.object === 'before') {
    const g = groupBefore(text, match, groups, false);
    return g && (!match.cue.subjectOnly || opensClause(text, g.start)) ? g : undefined;
  }
  // (a pronoun after the cue is its object: the name before is its subject, "Azerbaijan retook most of them";
  // so is a noun phrase the cue governs that names no known place: "Ukraine seized a big bite of …")
  return after() ?? groupBefore(text, match, groups, itFollows(text, match.end) || OBJECT_OPENS.test(text.slice(match.end, match.end + 10)));
}

// "part of", "parts of the": what follows is the whole a claimed place is part of
const PART_OF_BEFORE = /\bparts?\s+of\s+(?:the\s+)?$/i;

// a determiner or share opening the cue's own object
const OBJECT_OPENS = /^\s+(?:an?|the|its|their|his|her|part|parts|most|some|all|much)\s/i;

// What may stand before a clause's subject: nothing (the text's start), a stop, a colon or
// semicolon, a comma, an opening quotation mark or bracket, or a word that opens a clause; then
// maybe "the".
// (or a reporting verb, whose clause may go without "that": "Syria says the Golan is Syrian land")
// (the subject may name the kind of place first, with its modifiers: "the port of Assab is Eritrean",
// "the former princely state of Jammu and Kashmir was Indian territory")
const CLAUSE_OPENING = new RegExp(`(?:^|[.!?:;,“"‘'«„(”’»]|\\b(?:that|and|but|because|since|as|while|if|whether|after|when|before|until|then|though|although|${cueData.reporting.filter((w) => !w.includes(' ')).join('|')}))\\s*(?:the\\s+)?(?:(?:[a-z-]+\\s+){0,2}(?:${placeData.kindsBefore.filter((w) => !w.includes(' ')).join('|')})\\s+of\\s+)?$`, 'i');

/** Whether the territory at `at` opens its clause (`Cue.subjectOnly`): "Crimea is Ukraine", not "the key partner for Kyiv is Washington". */
function opensClause(text: string, at: number): boolean {
  return CLAUSE_OPENING.test(text.slice(Math.max(0, at - 40), at));
}

const BETWEEN_BEFORE = /\bbetween\s+(?:the\s+)?$/i;
// a participle in the passive and "by" between a land and its holder: " administered by ", " held by the "
const AGENT_GAP = /^\s+(?:[a-z]+ed|held|run|taken|won|kept)\s+by\s+(?:the\s+)?$/;
// from a subject to the list after its apposition's "between": a comma, then words of one clause
const APPOSITION_OPENED = /^\s*,[^,.;:!?]*$/;

/**
 * The territory list before a cue: the one right before it, with only filler words between, or
 * the one a relative clause ending at the cue is about (`relativeOnly`: that one only).
 */
function groupBefore(text: string, match: CueMatch, groups: readonly TerritoryGroup[], relativeOnly: boolean): TerritoryGroup | undefined {
  const aside = asideBefore(text, match.start);
  for (let i = groups.length - 1; i >= 0; i--) {
    const g = groups[i]!;
    if (g.end > match.start || aside !== null && g.start >= aside.start && g.end <= aside.end) continue;
    // "the Senkaku Islands, which China calls the Diaoyu and claims": a name a naming verb gives is
    // the same land's, no object of its own
    if (NAMED_BEFORE.test(text.slice(Math.max(0, g.start - 16), g.start))) continue;
    const previous = groups[i - 1];
    // (but an aside set off right after the list is none: "Kalapani, where the river rises, belongs to")
    const setOff = aside !== null && g.end <= aside.start && fillerOnly(text, g.end, aside.start);
    if (!setOff && relativeClause(text, g.end, match.start)) return clauseAbout(text, groups, i);
    // "The exclave, wedged between Lithuania and Poland, has been part of Russia": a list after
    // "between" says where the subject lies, it is no object; the subject before it is
    if (BETWEEN_BEFORE.test(text.slice(Math.max(0, g.start - 14), g.start))) {
      return previous !== undefined && APPOSITION_OPENED.test(text.slice(previous.end, g.start)) && /^\s*,/.test(text.slice(g.end, match.start)) ? previous : undefined;
    }
    if (previous !== undefined && subjectOfCopula(text, previous, match)) return previous;
    // "the part of Kashmir administered by Pakistan belonged to India": the agent of a participle
    // after the land is no object, the land is
    if (previous !== undefined && AGENT_GAP.test(text.slice(previous.end, g.start)) && fillerOnly(text, g.end, match.start)) return previous;
    // "a region that Guyana administers and that Venezuela claims": the cue ends a second clause
    // joined to a first one with a subject of its own; both are about the land before the first
    for (let k = i - 1; k >= Math.max(0, i - 2); k--) if (coordinatedRelative(text, groups[k]!.end, match.start)) return groups[k];
    // "Kherson, which Russia says it annexed": the side that says so, and the clause's object before it
    if (previous !== undefined && REPORTED_PRONOUN_GAP.test(text.slice(g.end, match.start)) && relativeClause(text, previous.end, match.start)) return previous;
    // (a dash between is no word: fillerOnly passes over it)
    if (!relativeOnly && !(fillerOnly(text, g.end, match.start) || aside !== null && g.end <= aside.start && fillerOnly(text, g.end, aside.start) && fillerOnly(text, aside.end, match.start))) return undefined;
    // "Crimea, which Moscow seized": the clause's subject is no object, what the clause is about is
    // (but a passive's own subject is: "told Putin that the town was liberated")
    if (previous !== undefined && relativeClause(text, previous.end, match.start)) return CLAUSE_PASSIVE.test(text.slice(g.end, match.start)) ? g : clauseAbout(text, groups, i - 1);
    // "Essequibo, a region that borders Guyana and that Venezuela claims": a second relative
    // clause, after a place the first one names, is about what the first one is
    // (the second clause's subject may be a place of the list too: "… and that Venezuela claims")
    const first = groups[i - 2];
    if (previous !== undefined && secondClauseAbout(text, previous, g, match)) return previous;
    if (previous !== undefined && first !== undefined && secondClauseAbout(text, first, previous, match)) return first;
    return relativeOnly ? undefined : g;
  }
  return undefined;
}

// an aside set off by commas right before a cue: ", along with four other regions, is"
const ASIDE = new RegExp(`,\\s*(?:${cueData.asideOpeners.join('|')})\\s[^,.;:!?]{1,80},[^,.;:!?]{0,${MAX_FILLER}}$`, 'i');

/** The aside set off by commas that ends within filler of `at` ("Crimea, along with four other regions, was"), from comma to comma, or null. */
function asideBefore(text: string, at: number): Span | null {
  const from = Math.max(0, at - 200);
  const m = ASIDE.exec(text.slice(from, at));
  if (m === null) return null;
  const start = from + m.index;
  const end = start + m[0].indexOf(',', 1) + 1;
  // (only filler between it and the cue: not "…, along with Crimea, which it seized")
  return fillerOnly(text, end, at) ? { start, end } : null;
}

// a common noun and a preposition that places it by a land ("islands off", "an island off",
// "villages near the"), not a verb's ("sailed near", "massing near")
// (or a border with it: "a strip along the border with Jordan that Israel captured")
const LOCATES_NOUN = /\b(?:(?:[a-z]{2,}[^s\s'’]s|(?:an?|the)\s+[a-z]{3,})\s+(?:off|near|outside)|(?:border|borders|frontier|boundary)\s+with)\s+(?:the\s+)?$/;

// an apposition whose noun a preposition places by a land: ", a rocky atoll in the", ", an island off"
// from a name to the noun of land of its apposition: ", a strip of", ", the fertile"
const APPOSITION_NOUN = /^\s*,\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
// a noun of land's place along a border, right before the land across it: "land along the border with"
const BORDER_BEFORE = /^\s+(?:along|near|on|at)\s+(?:the|its|their)\s+(?:border|frontier|boundary)\s+with\s+(?:the\s+)?$/;
const LOCATED_APPOSITION = /^\s*,\s*(?:an?|the)\s+(?:[\p{Ll}-]+\s+){0,3}?[\p{Ll}-]{3,}\s+(?:in|off|near|outside|on)\s+(?:the\s+)?$/u;

/**
 * What a relative clause right after `groups[k]` is about: that list, or none where the list only
 * locates a noun ("islands off Hokkaido that …"), or the list before it where that noun is its
 * apposition ("Scarborough Shoal, a rocky atoll in the South China Sea that both countries claim").
 */
function clauseAbout(text: string, groups: readonly TerritoryGroup[], k: number): TerritoryGroup | undefined {
  const g = groups[k]!;
  const previous = groups[k - 1];
  if (previous !== undefined && LOCATED_APPOSITION.test(text.slice(previous.end, g.start))) return previous;
  // "the Jordan Valley, a strip of land that Israel captured": the name the apposition's noun of land describes
  if (previous !== undefined && g.items[0].kind === 'generic' && g.items.length === 1 && APPOSITION_NOUN.test(text.slice(previous.end, g.start))) return previous;
  // "the Jordan Valley, a strip of land along the border with Jordan that Israel captured": the land
  // along the border (the name its apposition's noun of land describes), not the land across it
  if (previous !== undefined && BORDER_BEFORE.test(text.slice(previous.end, g.start))) {
    const named = groups[k - 2];
    return previous.items[0].kind === 'generic' && named !== undefined && APPOSITION_OPENED.test(text.slice(named.end, previous.start)) ? named : previous;
  }
  return locatesNoun(text, g) ? undefined : g;
}

/**
 * "islands off Hokkaido that Moscow seized": a place that only locates the noun before it is not
 * what a relative clause after it is about.
 */
function locatesNoun(text: string, g: TerritoryGroup): boolean {
  return LOCATES_NOUN.test(text.slice(Math.max(0, g.start - 30), g.start));
}

// a naming verb (cues.json namingVerbs, in any form) or "known as" right before a name
const NAMED_BEFORE = new RegExp(String.raw`\b(?:(?:${cueWords.frameWords.namingVerbs.join('|')})(?:s|d|ed|bed|led)?|known as)\s+(?:the\s+)?$`, 'i');

// a verb of saying and the pronoun that stands for its subject, between a side and a cue
const REPORTED_PRONOUN_GAP = new RegExp(`^\\s+(?:${SAYING_BEFORE_PRONOUN})\\s+(?:it|they)\\s+$`, 'i');

// what may stand between two verbs of one clause: the first one's adjuncts, then "and"
// (or "but": "administered by Japan but claimed by China"; the adjuncts may run to a phrase of
// time and its noun: "captured by Russia in the first days of the 2022 invasion and retaken by")
const COORDINATION_GAP = /^\s+(?:[^,.;:!?"“”()]{0,64}\s)?(?:and|then|but)\s+(?:(?:later|then|subsequently|formally|illegally|also)\s+)?$/;

/** "and" (or "but", "then") and maybe an adverb right before the cue: it may share another cue's object (coordinatedWith). */
function afterAnd(text: string, match: CueMatch): boolean {
  // read back by character codes: it is asked of every cue match
  let word = wordBefore(text, match.start);
  if (word !== null && COORDINATING_ADVERBS.has(text.slice(word, wordEnd(text, word)))) word = wordBefore(text, word);
  if (word === null) return false;
  const end = wordEnd(text, word);
  return end - word <= 4 && ((text.startsWith('and', word) || text.startsWith('but', word)) && end - word === 3 || text.startsWith('then', word) && end - word === 4);
}

// adverbs between "and" and a coordinated cue ("and later annexed", "and then formally annexed")
const COORDINATING_ADVERBS: ReadonlySet<string> = new Set(['later', 'then', 'subsequently', 'formally', 'illegally', 'also']);

/** Where the word ending right before `at` (past spaces) starts, or null where none does. */
function wordBefore(text: string, at: number): number | null {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 32) i--;
  const end = i + 1;
  while (i >= 0 && isLowerAsciiLetter(text.charCodeAt(i))) i--;
  return i + 1 < end && end < at ? i + 1 : null;
}

function wordEnd(text: string, at: number): number {
  let i = at;
  while (i < text.length && isLowerAsciiLetter(text.charCodeAt(i))) i++;
  return i;
}

const isLowerAsciiLetter = (c: number): boolean => c >= 97 && c <= 122;

/** The draft of the cue this one is coordinated with, when its object stood before it (a relative clause's, a passive's). */
function coordinatedWith(text: string, match: CueMatch, drafts: readonly Draft[]): Draft | undefined {
  const last = drafts[drafts.length - 1];
  if (last === undefined || last.objectStart < 0 || last.objectStart > last.trigger.start) return undefined;
  return last.trigger.end <= match.start && COORDINATION_GAP.test(text.slice(last.trigger.end, match.start)) ? last : undefined;
}

// a copula opening a cue ("are Russian territory"), and a short relative clause without a comma
const COPULA_CUE = /^(?:is|are|was|were|remains?|remained)\b/i;
const RELATIVE_SUBJECT_GAP = /^\s+(?:that|which)\s[^,;:.!?"“”]{1,50}$/;

/**
 * "The regions that joined Russia are Russian territory", "the regions that Russia claims are
 * Ukrainian territory": a copula's subject is the list before the relative clause that ends at
 * the cue, not the place the clause names.
 */
function subjectOfCopula(text: string, subject: TerritoryGroup, match: CueMatch): boolean {
  return COPULA_CUE.test(match.text) && RELATIVE_SUBJECT_GAP.test(text.slice(subject.end, match.start));
}

// A relative clause from its pronoun up to a cue: "Crimea, which Moscow seized in 2014", "the
// town that Russian forces captured", "Kherson, which was retaken by", "the Donetsk region, where
// Moscow has made slow gains".
// (after an apposition of a few words: "the Essequibo region, a vast area of forest and savanna
// that Guyana administers"; or without its
// pronoun, the clause's subject a pronoun: "the parts of Donetsk it still holds", "the four regions it annexed")
const RELATIVE_CLAUSE = new RegExp(String.raw`^\s*(?:,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,6}?)?(?:(?:,\s*)?(?:which|that|where)\s+([^,.;:!?"“”()]{0,60})|(${PRONOUN_SUBJECT_ADVERBS}))$`, 'iu');
// … whose object the territory is: it has a subject of its own ("which Moscow seized", "that the
// army took", "which its troops captured", "which it annexed", "that both countries claim"), or it is passive ("which was annexed by"); not "which
// captured" (the territory before is the side then)
// (a name may follow one modifier in lower case: "which neighbouring Guyana administers")
const CLAUSE_SUBJECT = /^(?:\p{Lu}|(?:the|its|their|his|her|our|these|those|it|they|both)\s|(?!(?:is|are|was|were|has|have|had|will|would|now|also|still)\s)[\p{Ll}-]{3,}\s\p{Lu})/u;
const CLAUSE_PASSIVE = /\b(?:is|are|was|were|been|being|be)\s+(?:\p{L}+ly\s+)?(?:(?:recogni[sz]ed|considered|regarded|seen|viewed|known)\s+)?$/iu;
// the clause alone, ending where the cue starts, and how far before the cue its territory may end
const RELATIVE_TAIL = /(?:which|that)\s+[^,.;:!?"“”()]{0,60}$/i;
const RELATIVE_REACH = 72;

// "… and that Venezuela claims": a relative clause joined to one before it, with a subject of its own
const SECOND_RELATIVE_CLAUSE = /(?:^|[\s,])and\s+(?:which|that)\s+([^,.;:!?"“”()]{0,60})$/iu;

/**
 * The text between a place and a cue after it ends in a second relative clause with a subject of
 * its own (see SECOND_RELATIVE_CLAUSE): the whole text (`whole`), or its tail after the first clause.
 */
function secondRelativeClause(text: string, from: number, to: number, whole: boolean): boolean {
  const gap = text.slice(whole ? from : Math.max(from, to - 2 * RELATIVE_REACH), to);
  const clause = SECOND_RELATIVE_CLAUSE.exec(gap);
  return clause !== null && (!whole || /^[\s,]*$/.test(gap.slice(0, clause.index + 1))) && CLAUSE_SUBJECT.test(clause[1]!);
}

/** A first relative clause after `about` names `named`, and a second one runs from `named` to the cue. */
function secondClauseAbout(text: string, about: TerritoryGroup, named: TerritoryGroup, match: CueMatch): boolean {
  return secondRelativeClause(text, named.end, match.start, true) && RELATIVE_CLAUSE.test(text.slice(about.end, named.start));
}

// a relative clause with a subject of its own, "and", and a second clause with one, ending at the cue
// ("that Guyana administers and (that) Venezuela claims")
const COORDINATED_RELATIVE = new RegExp(String.raw`^\s*(?:,\s*(?:an?|the)\s+(?:[\p{L}-]+\s+){0,6}?)?(?:,\s*)?(?:which|that)\s+((?:[^\s,.;:!?"“”()]+\s+){1,8}?)and\s+(?:(?:which|that)\s+)?([^,.;:!?"“”()]{1,50})$`, 'iu');

/** The text from a territory to a cue is two relative clauses about it joined by "and", each with its own subject. */
function coordinatedRelative(text: string, from: number, to: number): boolean {
  const clauses = to - from <= 2 * RELATIVE_REACH ? COORDINATED_RELATIVE.exec(text.slice(from, to)) : null;
  return clauses !== null && CLAUSE_SUBJECT.test(clauses[1]!) && CLAUSE_SUBJECT.test(clauses[2]!);
}

/** The text between a territory and a cue after it is a relative clause whose object the territory is. */
function relativeClause(text: string, from: number, to: number): boolean {
  const clause = to - from <= RELATIVE_REACH ? RELATIVE_CLAUSE.exec(text.slice(from, to)) : null;
  if (clause === null) return false;
  if (clause[2] !== undefined) return true;
  return CLAUSE_SUBJECT.test(clause[1]!) || CLAUSE_PASSIVE.test(clause[1]!);
}

/** The relative clause from `from` to a cue at `to` has a subject of its own, no pronoun, and no side stands in it. */
function ownSubjectNoSide(text: string, from: number, to: number, agents: readonly Agent[]): boolean {
  const clause = RELATIVE_TAIL.exec(text.slice(from, to));
  if (clause === null) return false;
  const words = clause[0].slice(clause[0].search(/\s/) + 1);
  return CLAUSE_SUBJECT.test(words) && !PRONOUN_OPENING.test(words) && !agents.some((a) => a.start >= from && a.end <= to);
}

// a relative clause's subject that stands for someone named outside it
const PRONOUN_OPENING = /^(?:it|they|its|their|his|her|our|these|those|both)\b/i;

/** The names a group stands for: its places, or what its anaphor refers to. */
function resolveGroup(text: string, g: TerritoryGroup, antecedents: readonly Antecedent[], singles: readonly Antecedent[], drafts: readonly Draft[], si: number, agents: readonly Agent[], resolver: ClaimantResolver): Territories {
  const names: string[] = [];
  const mentions: Mention[] = [];
  const add = (name: string, m: Mention) => {
    if (!names.includes(name)) {
      names.push(name);
      mentions.push(m);
    }
  };
  const head = g.items[0];
  const rest = head.kind === 'anaphor' ? g.items.slice(1) : g.items;
  for (const item of rest) {
    if (item.kind === 'place' || (item.kind === 'candidate' && g.items.length > 1 && rest.some((r) => r.kind === 'place'))) {
      add(item.name, { start: item.start, end: item.end, text: text.slice(item.start, item.end) });
    }
  }
  // a lone unknown capitalised name is taken only as a cue's direct object (see claimsOf)
  if (rest.length === 1 && rest[0].kind === 'candidate' && head.kind !== 'anaphor') add(rest[0].name, { start: rest[0].start, end: rest[0].end, text: rest[0].name });
  if (head.kind === 'anaphor' && names.length === 0) {
    const noun = head.noun ?? '';
    // ("the islands" after "Abu Musa, Greater Tunb and Lesser Tunb": a noun in the plural may mean a list too)
    const list = SINGULAR.has(noun) && noun.endsWith('s') ? latestPlural(antecedents, singles, si, agents, resolver) : undefined;
    const referent = noun === 'claims' ? lastClaim(drafts, si) : (namedBy(noun, singles, si) ?? (NAMED_ONLY.has(noun) ? undefined : SINGULAR.has(noun) ? (list !== undefined && list.names.length > 1 ? list : singularReferent(text, noun, singles, drafts, si, agents, resolver)) : antecedentFor(head, antecedents, si, resolver)));
    if (referent) for (let i = 0; i < referent.names.length; i++) add(referent.names[i], referent.mentions[i]);
  }
  return { names, mentions };
}

/**
 * What "the territory", "the region" or "the city" refers to: a place named before it in its own
 * sentence; else, for a noun of disputed land (TOPIC_NOUNS), the one territory of the last claim
 * within reach, which the article is about ("… recalled its ambassador to Paris after France
 * recognised Moroccan sovereignty over the territory"); else the latest place named.
 */
function singularReferent(text: string, noun: string, singles: readonly Antecedent[], drafts: readonly Draft[], si: number, agents: readonly Agent[], resolver: ClaimantResolver): Territories | undefined {
  // ("the plateau" is no country named before it: "captured the Golan from Syria")
  // ("the island" is no city named before it: "lawmakers in Taipei … the self-governed island", when a land is within reach)
  // ("the islands" is no country named in the singular: "Iran rejected the statement. … the occupation of the islands")
  const plural = noun.endsWith('s');
  const countryInSingular = (a: Antecedent): boolean => plural && resolver.place(a.names[0]!)?.kind === 'country' && !PLURAL_NAME.test(a.names[0]!);
  // ("captured the Golan Heights from Syria … and annexed the territory": a country the land was taken from is no land meant)
  const land = SETTLEMENT_NOUNS.has(noun) ? undefined : latestExcept(singles, si, (a) => resolver.place(a.names[0]!)?.kind === 'city' || countryInSingular(a) || a.sentence === si && (isSubjectSide(text, a, agents) || TOPIC_NOUNS.has(noun) && takenFromCountry(text, a, resolver)), true);
  // ("the town" is a town the gazetteer knows, when one is within reach: "… Kupiansk, a railway hub
  // in the Kharkiv region, … a claim Ukraine's military dismissed. … the town had been liberated")
  const town = SETTLEMENT_NOUNS.has(noun) ? latestExcept(singles, si, (a) => resolver.place(a.mentions[0]?.text ?? a.names[0]!)?.kind !== 'city' || a.sentence === si && (isSubjectSide(text, a, agents) || whereSpeakerIs(text, a)), true) : undefined;
  // (past a place the anaphor's own sentence names as a side, "France recognised Moroccan
  // sovereignty over the territory", or as where its speakers are)
  // (nor is "the town" a country: "… hand the area to Eritrea, … awarded the town to …")
  const settlement = SETTLEMENT_NOUNS.has(noun);
  const near = PART_NOUNS.has(noun) ? latestExcept(singles, si, (a) => resolver.place(a.names[0]!)?.kind === 'country', true) : land ?? town ?? latestExcept(singles, si, (a) => (plural || a.sentence === si) && (isSubjectSide(text, a, agents) || whereSpeakerIs(text, a) || countryInSingular(a)) || settlement && resolver.place(a.names[0]!)?.kind === 'country', true);
  if (!TOPIC_NOUNS.has(noun)) return near;
  // (a city is no territory: "its ambassador to Paris")
  if (near?.sentence === si && resolver.place(near.names[0]!)?.kind !== 'city') return near;
  return lastClaim(drafts, si, (t) => t.names.length === 1) ?? near;
}

// "from" (and an article) right before a place
const FROM_BEFORE = /\bfrom\s+(?:the\s+)?$/i;

/** The antecedent is a country named right after "from": the side land was taken from. */
function takenFromCountry(text: string, a: Antecedent, resolver: ClaimantResolver): boolean {
  const m = a.mentions[0];
  return m !== undefined && resolver.place(a.names[0]!)?.kind === 'country' && FROM_BEFORE.test(text.slice(Math.max(0, m.start - 12), m.start));
}

/** The latest place within reach, past those of the anaphor's own sentence (or, `anywhere`, of any) that `skip` refuses. */
function latestExcept(list: readonly Antecedent[], si: number, skip: (a: Antecedent) => boolean, anywhere = false): Antecedent | undefined {
  for (let i = list.length - 1; i >= 0; i--) {
    const a = list[i]!;
    if (si - a.sentence > ANAPHOR_REACH) return undefined;
    if ((anywhere || a.sentence === si) && skip(a)) continue;
    return a;
  }
  return undefined;
}

// the verb after a place, past an auxiliary: "Diplomats in Bamako said", "analysts in Kyiv have warned"
const VERB_AFTER_PLACE = /^\s+(?:has\s+|have\s+|had\s+)?(\p{Ll}+)\b/u;
/** Characters before a place that endsLocative reads, and after it that VERB_AFTER_PLACE reads. */
const SPEAKER_PLACE_REACH = 24;

/**
 * "Diplomats in Bamako said the loss of the town …": a place after a preposition of place right
 * before a verb of saying is where the speakers are, which an anaphor in what they say does not mean.
 */
function whereSpeakerIs(text: string, a: Antecedent): boolean {
  const m = a.mentions[0];
  if (m === undefined || !endsLocative(text.slice(Math.max(0, m.start - SPEAKER_PLACE_REACH), m.start))) return false;
  const verb = VERB_AFTER_PLACE.exec(text.slice(m.end, m.end + SPEAKER_PLACE_REACH))?.[1];
  const cue = verb === undefined ? undefined : CUE_WORDS.get(verb);
  return cue !== undefined && cue.clause && !cue.homograph && verb !== cue.lemma;
}

// a verb in lower case (or a relative clause) after a clause's subject
const VERB_AFTER = /^(?:\s+(?:has |have |had |later |then |also )?\p{Ll}|,\s+(?:which|who)\s)/u;
// how far after a place VERB_AFTER reads
const OPENING_REACH = 12;

/** Whether a place read back is a side as its clause's subject ("after France recognised …"), which an anaphor after it cannot mean. */
function isSubjectSide(text: string, a: Antecedent, agents: readonly Agent[]): boolean {
  const m = a.mentions[0];
  if (m === undefined || !agents.some((g) => g.start === m.start && !g.byRole)) return false;
  return VERB_AFTER.test(text.slice(m.end, m.end + OPENING_REACH)) && opensClause(text, m.start);
}

// a place named in the plural: "the Falklands", "the Golan Heights", "the Kuril Islands"
const PLURAL_NAME = /(?:lands|Islands|Isles|Heights|Hills|Mountains|Territories|Farms|Straits)$/;
const PLURAL_LAND_AFTER = new RegExp(`\\s(?:${cueData.landNounsAfter.filter((w) => w.endsWith('s')).join('|')})$`);

/**
 * "Armenia seized seven surrounding districts …; Azerbaijan retook most of them": the sentence's
 * last territory phrase before the cue is a plural noun that names no place, which "them" means.
 */
function unnamedPluralBefore(groups: readonly TerritoryGroup[], resolved: ReadonlyMap<TerritoryGroup, Territories>, match: CueMatch): boolean {
  let last: TerritoryGroup | undefined;
  for (const g of groups) if (g.end <= match.start) last = g;
  const head = last?.items[0];
  return last !== undefined && head !== undefined && (head.kind === 'anaphor' || head.kind === 'generic') && !SINGULAR.has(head.noun ?? '') && (resolved.get(last)?.names.length ?? 0) === 0;
}

/** The latest list within reach, or the latest place whose name is plural ("the Falklands", "the Kuril Islands"), for "them". */
function latestPlural(antecedents: readonly Antecedent[], singles: readonly Antecedent[], si: number, agents: readonly Agent[], resolver: ClaimantResolver): Antecedent | undefined {
  // (not the sides this sentence names: "China and Taiwan claim them")
  const list = latestExcept(antecedents, si, (a) => a.names.every((n) => {
    const state = resolver.stateOf(n);
    return state !== null && agents.some((g) => !g.byRole && g.state === state);
  }));
  let single: Antecedent | undefined;
  // (or a name with a plural noun of land after it: "the Dokdo islets")
  for (let i = singles.length - 1; i >= 0 && single === undefined; i--) if (PLURAL_NAME.test(singles[i]!.names[0] ?? '') || PLURAL_LAND_AFTER.test(singles[i]!.mentions[0]?.text ?? '')) single = singles[i];
  const near = (a: Antecedent | undefined) => a !== undefined && si - a.sentence <= ANAPHOR_REACH;
  if (near(list) && (!near(single) || list!.sentence >= single!.sentence)) return list;
  return near(single) ? single : undefined;
}

/**
 * The latest place within reach that is none of the sides the sentence names by their state's
 * name: "awarded the town of Badme to Eritrea, but Ethiopia kept control of it" (Badme), "captured
 * the Golan from Syria and annexed it" (the Golan).
 */
function latestNotAgent(list: readonly Antecedent[], si: number, agents: readonly Agent[], resolver: ClaimantResolver): Antecedent | undefined {
  return latestExcept(list, si, (a) => {
    const state = resolver.stateOf(a.names[0] ?? '');
    return state !== null && agents.some((g) => !g.byRole && g.state === state);
  });
}

// an indefinite article right before a name, and a noun in lower case right after it
const INDEFINITE_BEFORE = /\ban?\s+$/i;
const NOUN_AFTER = /^\s+\p{Ll}/u;

/** "a Washington think tank": a side's name modifying an indefinite noun names no side. */
function describesNoun(text: string, a: Agent): boolean {
  return INDEFINITE_BEFORE.test(text.slice(Math.max(0, a.start - 4), a.start)) && NOUN_AFTER.test(text.slice(a.end, a.end + 3));
}

/** The latest claim of holding (of the last eight drafts) over the very territories named: not a rejection's or a recognition's. */
function lastClaimOf(drafts: readonly Draft[], territories: Territories): Draft | undefined {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 8; i--) {
    const d = drafts[i]!;
    const names = d.territories.names;
    if (HOLDING.has(d.type) && names.length === territories.names.length && names.every((n) => territories.names.includes(n))) return d;
  }
  return undefined;
}

const HOLDING: ReadonlySet<ClaimType> = new Set<ClaimType>(['control', 'capture', 'annexation', 'sovereignty', 'recovery']);

/** The territories of the last claim within reach that `takes` (by default, any that names one). */
function lastClaim(drafts: readonly Draft[], si: number, takes: (t: Territories) => boolean = (t) => t.names.length > 0): Territories | undefined {
  for (let i = drafts.length - 1; i >= 0 && i >= drafts.length - 8; i--) {
    if (takes(drafts[i].territories) && si - drafts[i].sentenceIndex <= ANAPHOR_REACH) return drafts[i].territories;
  }
  return undefined;
}

/**
 * Places read back that an anaphor's noun may name: a bound, so that a sentence of many places
 * costs a constant look-back, but past the half-dozen single places a few paragraphs of a news
 * story name ("Manila", "Beijing", "the Philippines" between "the Second Thomas Shoal" and "the shoal").
 */
const NAMED_BY_REACH = 24;

/**
 * The latest place within reach whose name ends in the anaphor's noun ("the Falkland Islands" …
 * "the islands", "the Gaza Strip" … "the strip"): it, not a nearer place ("Britain seized the
 * islands"), is the one meant.
 */
function namedBy(noun: string, singles: readonly Antecedent[], si: number): Antecedent | undefined {
  for (let i = singles.length - 1; i >= 0 && i >= singles.length - NAMED_BY_REACH; i--) {
    const a = singles[i]!;
    if (si - a.sentence > ANAPHOR_REACH) break;
    const name = a.names[0] ?? '';
    // ("the lake" for Lake Malawi, "the sea" for the Sea of Azov: a name may open with its noun)
    if (lastWordIs(name, noun) || firstWordIs(name, noun) || ANAPHOR_KIN.get(noun)?.some((kin) => lastWordIs(name, kin))) return a;
  }
  return undefined;
}

const ANAPHOR_KIN: ReadonlyMap<string, readonly string[]> = new Map(Object.entries(cueData.anaphorKin));
const NAMED_ONLY: ReadonlySet<string> = new Set(cueData.namedOnlyNouns);

const COUNT_WORDS: ReadonlyMap<string, number> = new Map(Object.entries(cueData.countWords));

function antecedentFor(head: TerritoryMention, antecedents: readonly Antecedent[], si: number, resolver: ClaimantResolver): Antecedent | undefined {
  const words = (head.modifiers ?? []).map((w) => w.toLowerCase());
  // ("the regions" after "Venezuela, Nicaragua and Syria": a list of countries is no regions, provinces or areas)
  const within = PART_NOUNS.has((head.noun ?? '').replace(/s$/, ''));
  const fits = (a: Antecedent) => !within || !a.names.every((n) => resolver.place(n)?.kind === 'country');
  antecedents = antecedents.filter(fits);
  // "the four regions": the list of four, or the lists of one sentence that make four together
  const opening = COUNT_WORDS.get(head.name.slice(0, head.name.indexOf(' ')).toLowerCase()) ?? 0;
  let count = opening;
  for (const w of words) count ||= COUNT_WORDS.get(w) ?? 0;
  if (count > 0) {
    // (a list of another size is never what a count means: "the four regions" after a list of two)
    return countedAntecedent(antecedents, si, count);
  }
  let latest: Antecedent | undefined;
  for (let i = antecedents.length - 1; i >= 0 && i >= antecedents.length - 10; i--) {
    const a = antecedents[i];
    if (si - a.sentence > ANAPHOR_REACH) break;
    latest ??= a;
    // "the annexed regions" prefers the list that was called annexed, or annexation's list
    if (words.some((w) => a.words.has(w) || [...a.types].some((t) => wordOfCue(t, w)))) return a;
  }
  return latest;
}

/**
 * Whether a word is, whole, a match of a cue of `type` ("annexed" for "the annexed regions"), in
 * any case. Read with the cues' anchored expressions, which the cue scan has compiled already: an
 * expression of its own per cue cost a compile each, ~20 ms on a fresh start.
 */
function wordOfCue(type: ClaimType, word: string): boolean {
  for (const c of CUES) {
    if (c.type !== type) continue;
    // (a case-sensitive cue names its side by a capital: "Russian-held")
    const written = c.sticky.flags.includes('i') ? word : word.charAt(0).toUpperCase() + word.slice(1);
    c.sticky.lastIndex = 0;
    if (c.sticky.exec(written)?.[0].length === written.length) return true;
  }
  return false;
}

/**
 * The latest list within reach of `count` territories, or the lists of the latest sentence that
 * name that many together ("from the Donetsk and Luhansk republics, and from Zaporizhzhia and
 * Kherson regions" … "the four regions").
 */
function countedAntecedent(antecedents: readonly Antecedent[], si: number, count: number): Antecedent | undefined {
  for (let i = antecedents.length - 1; i >= 0 && i >= antecedents.length - 10; i--) {
    const a = antecedents[i]!;
    if (si - a.sentence > ANAPHOR_REACH) return undefined;
    if (a.names.length === count) return a;
    // the lists of a.sentence, read back from a
    const names: string[] = [];
    const mentions: Mention[] = [];
    for (let k = i; k >= 0 && antecedents[k]!.sentence === a.sentence && names.length < count; k--) {
      const b = antecedents[k]!;
      names.unshift(...b.names);
      mentions.unshift(...b.mentions);
    }
    if (names.length === count && new Set(names).size === count) return { names, mentions, sentence: a.sentence, words: a.words, types: a.types };
  }
  return undefined;
}

// a capitalised word with its possessive ending ("Moldova's", "States'"), and a capitalised word
const POSSESSIVE_NAME_WORD = /^\p{Lu}[\p{L}.-]*(?:['’]s|s['’])$/u;
const CAPITALISED_WORD = /^\p{Lu}[\p{L}.-]*$/u;

/** The state a name and its possessive right before `at` name ("Moldova's", "the United States'"): up to three words. */
function possessorBefore(text: string, at: number, sentence: Span, resolver: ClaimantResolver): string | undefined {
  const words = text.slice(Math.max(sentence.start, at - 40), at).trimEnd().split(/\s+/);
  const last = words[words.length - 1]!;
  if (!POSSESSIVE_NAME_WORD.test(last)) return undefined;
  const name = [last.endsWith('s') ? last.slice(0, -2) : last.slice(0, -1)];
  for (let k = words.length - 2; k >= 0 && name.length < 3 && CAPITALISED_WORD.test(words[k]!); k--) name.unshift(words[k]!);
  // the longest name first: "United States", then "States"
  for (let k = 0; k < name.length; k++) {
    const state = resolver.stateOf(name.slice(k).join(' '));
    if (state) return state;
  }
  return undefined;
}

// a cue that names a taking as a noun ("the annexation of", "the occupation of", "the fall of")
const NOMINAL_CUE = /(?:ion|ure|over|quest|fall)(?: of)?$/i;
// a verb of stance right before such a noun and its article
const STANCE_BEFORE = new RegExp(`\\b(?:${cueData.stanceVerbs.join('|')})\\s+(?:the\\s+)?$`, 'i');
const STANCE_REACH = 32;
// a verb of handing land over right before "sovereignty over" (an owner's word may stand between)
const HANDING_BEFORE = new RegExp(`\\b(?:${cueData.handingVerbs.join('|')})\\s+(?:(?:over|full|its|their)\\s+)?$`, 'i');
const TO_RECIPIENT = /^[\s,]*to\s+(?:the\s+)?/;
// a cue that opens with the noun of ownership, and what may stand between its owner's word and it
const OWNED_NOUN = /^sovereignty\b/i;
const OWNER_GAP = /^(?:['’]s)?\s+$/;
const BY_AGENT = /^\s+by\s+(?:the\s+)?/;
const OWN_PEOPLE = /^(?:its|their) (?:own )?(?:people|peoples|citizens|inhabitants|residents|population)\b/i;
// the cue types of a stance toward a claim: their own agent follows the cue ("was rejected by"), not the claim
const STANCES: ReadonlySet<ClaimType> = new Set<ClaimType>(['rejection', 'recognition']);

// a cue's first word in -ing, and the verb of the clause it opens after its object
const GERUND = /^\p{Ll}+ing\b/u;
const GERUND_PREDICATE = /^\s+(?:is|was|are|were|would|will|could|might|may|must|should|has|had)\b/;

function claimantOf(
  text: string, match: CueMatch, group: TerritoryGroup | undefined, agents: readonly Agent[], territories: Territories, sentence: Span,
  sentenceDrafts: readonly Draft[], drafts: readonly Draft[], resolver: ClaimantResolver, quotes: readonly Quote[], quoteAt: number, gazetteer: Gazetteer,
): Side | null {
  const notTerritory = (a: Agent) => !territories.names.some((n) => resolver.stateOf(n) === a.state && !a.byRole);
  // "Kyiv rejected the annexation of Crimea": a taking named as a noun, the object of a stance
  // toward it, is not the subject's own (whose it is goes unsaid)
  // (save its own agent: "condemned the occupation of the West Bank by Israel")
  if (NOMINAL_CUE.test(match.text) && STANCE_BEFORE.test(text.slice(Math.max(sentence.start, match.start - STANCE_REACH), match.start))) {
    const objectEnd = Math.max(match.end, group?.end ?? 0);
    const by = BY_AGENT.exec(text.slice(objectEnd, Math.min(sentence.end, objectEnd + 12)));
    return by ? agents.find((a) => a.start === objectEnd + by[0].length) ?? null : null;
  }
  // ("India considers Aksai Chin part of Ladakh": a place inside a state names no side; the
  // subject is the claimant, found as for any cue)
  if (match.claimantText && !(resolver.stateOf(match.claimantText) === null && resolver.isPlace(match.claimantText))) {
    const state = resolver.stateOf(match.claimantText);
    if (state) return { state, entity: agents.find((a) => a.start >= match.start && a.start < match.end)?.entity ?? null, isSide: true };
    // "Kurdish-controlled", "Houthi-held": a side that is no state; not a capital that only
    // opens the sentence ("Family-controlled")
    if (match.start > sentence.start) return { state: match.claimantText, entity: null, isSide: false };
    return null;
  }
  // "said that annexing the area would be a grave step": a gerund that is its clause's subject says
  // nothing of who would take the land (nor does the speaker, whose words they are)
  if (group !== undefined && group.start >= match.end && GERUND.test(match.text) && opensClause(text, match.start) && GERUND_PREDICATE.test(text.slice(group.end, group.end + 12))) return null;
  if (match.cue.claimant === 'speaker') return speakerSide(text, sentence, quotes, quoteAt, agents, resolver);
  if (match.cue.claimant === 'possessor') {
    const state = possessorBefore(text, match.start, sentence, resolver);
    return state ? { state, entity: agents.find((a) => a.end <= match.start && a.end >= match.start - 4)?.entity ?? null, isSide: true } : null;
  }
  // "a violation of Vietnamese sovereignty over the archipelago": the owner's word right before
  // the noun names the side, whatever preposition stands before it
  if (match.cue.type === 'sovereignty' && OWNED_NOUN.test(match.text)) {
    const owner = agents.find((a) => a.end < match.start && OWNER_GAP.test(text.slice(a.end, match.start)));
    if (owner) return owner;
  }
  const objectEnd = Math.max(match.end, group?.end ?? 0);
  // "transfers sovereignty over the islands to Mauritius", "awarded the islet to Qatar": the side
  // it is handed to (who hands it, a court or a treaty, claims nothing)
  const recipientCue = match.cue.claimant === 'recipient';
  if (recipientCue || match.cue.type === 'sovereignty' && HANDING_BEFORE.test(text.slice(Math.max(sentence.start, match.start - STANCE_REACH), match.start))) {
    const to = TO_RECIPIENT.exec(text.slice(objectEnd, Math.min(sentence.end, objectEnd + 12)));
    const recipient = to ? agents.find((a) => a.start === objectEnd + to[0].length) : undefined;
    if (recipient || recipientCue) return recipient ?? null;
  }
  // the passive agent: "seized by Russia", "a notion rejected by Moscow", "incorporated into Russia",
  // "claimed by both Beijing and Taipei"
  const tail = text.slice(objectEnd, Math.min(sentence.end, objectEnd + 40));
  // (a stance's "by" after its object is the agent of the claim it names: "condemned the occupation of X by Y")
  const by = (STANCES.has(match.cue.type) && objectEnd > match.end ? null : /^[\s,]*(?:(?:in|on) \d{4}[\s,]*)?(?:by|into)\s+(?:the\s+|both\s+)?/i.exec(tail)) ?? (match.cue.claimant === 'after' ? /^\s*(?:an?\s+|the\s+)?/.exec(text.slice(match.end, match.end + 10)) : null);
  if (by) {
    const from = (by.index === 0 && tail.startsWith(by[0]) ? objectEnd : match.end) + by[0].length;
    const agent = agents.find((a) => a.start >= from && a.start <= from + 3);
    if (agent) return agent;
    if (match.cue.claimant === 'after') {
      // "belonged to its people": the land's own people, no side of this sentence
      if (OWN_PEOPLE.test(text.slice(from, from + 40))) return null;
      const ours = /^(?:our|my)\b/i.test(text.slice(from, from + 5)) ? speakerSide(text, sentence, quotes, quoteAt, agents, resolver) : null;
      if (ours) return ours;
      const later = agents.find((a) => a.start >= match.end && a.start <= match.end + 20);
      if (later) return later;
    }
  }
  // "the occupied Golan", "annexed territories": a participle before its noun says the place is
  // held, not by whom; the sentence's subject is as often the side that lost it
  if (ATTRIBUTIVE.test(match.text) && ATTRIBUTIVE_BEFORE.test(text.slice(Math.max(sentence.start, match.start - 12), match.start)) && group !== undefined && group.start >= match.end) return null;
  // "the status of the occupied areas": inside an anaphor, the participle is of the land read back,
  // whose holder is the side that claimed it last, not this sentence's subject
  const head = group?.items[0];
  if (head !== undefined && (head.kind === 'anaphor' || head.kind === 'generic') && head.start < match.start && match.end <= head.end && territories.names.length > 0) {
    const held = lastClaimOf(drafts, territories);
    if (held?.claimant) return { state: held.claimant, entity: held.claimantEntity, isSide: true };
  }
  // the nearest side before the cue and its territory (the subject, or the reporting speaker),
  // unless a name stands right before the cue as its subject ("the Polisario Front rejects")
  // (the subject of a relative clause about the object stands between them: "Crimea, which Moscow seized")
  // (or further back, past an apposition: "the Jordan Valley, a strip … that Israel captured")
  const limit = group !== undefined && group.end <= match.start && (relativeClause(text, group.end, match.start) || secondRelativeClause(text, group.end, match.start, false) || coordinatedRelative(text, group.end, match.start) || RELATIVE_UP_TO_CUE.test(text.slice(Math.max(group.end, match.start - 48), match.start))) ? match.start : Math.min(match.start, group?.start ?? match.start);
  // "a strip of the West Bank that Palestinians want as part of a future state": a relative clause
  // whose own subject names no side gives the claim none from outside it
  if (limit === match.start && group !== undefined && group.end <= match.start && ownSubjectNoSide(text, group.end, match.start, agents)) return null;
  // "Moscow claims …, along with Crimea, which it seized in 2014": "it" in a relative clause
  // stands for the side that opens the sentence, not the nearest side named
  if (RELATIVE_PRONOUN_SUBJECT.test(text.slice(Math.max(sentence.start, match.start - 40), match.start))) {
    const first = agents[0];
    if (first !== undefined && SENTENCE_SUBJECT_BEFORE.test(text.slice(sentence.start, first.start)) && notTerritory(first)) return first;
  }
  // "claims Western Sahara, a former Spanish colony, and controls most of it": a verb right after
  // "and" shares the subject of the sentence's claim before it, past a side an apposition names
  const before = afterAnd(text, match) ? sentenceDrafts[sentenceDrafts.length - 1] : undefined;
  if (before?.claimant) return { state: before.claimant, entity: before.claimantEntity, isSide: true };
  // "called for the United States to take control of Greenland": the infinitive's own subject
  for (let i = agents.length - 1; i >= 0; i--) {
    const a = agents[i]!;
    if (a.end <= match.start && match.start - a.end <= INFINITIVE_GAP && INFINITIVE_SUBJECT.test(text.slice(a.end, match.start)) && notTerritory(a)) return a;
  }
  // "retaken by Ukraine in a counteroffensive that also freed Izium": the operation's side is the one of the sentence's claim before
  if (OPERATION_RELATIVE.test(text.slice(Math.max(sentence.start, match.start - 40), match.start))) {
    const prev = sentenceDrafts[sentenceDrafts.length - 1];
    if (prev?.claimant) return { state: prev.claimant, entity: prev.claimantEntity, isSide: true };
  }
  const subject = subjectBefore(text, limit, sentence, resolver);
  if (subject) return subject;
  for (let i = agents.length - 1; i >= 0; i--) {
    const a = agents[i];
    if (a.end <= limit && notTerritory(a) && !AFTER_PREPOSITION.test(text.slice(Math.max(sentence.start, a.start - 16), a.start)) && !AFTER_TELLING.test(text.slice(Math.max(sentence.start, a.start - 48), a.start)) && !describesNoun(text, a)) return a;
  }
  // "its hold on X" with no side of its own before it in the sentence, or a sentence opening with
  // "Its forces" or "It": the side of the claim before
  // (and a verb after "and" whose subject is the claim's before it: "It annexed X …, and withdrew from Y")
  if (/\b(?:its|their)\s+(?:\w+\s+)?$/i.test(text.slice(Math.max(sentence.start, match.start - 12), match.start)) || OWN_FORCES.test(text.slice(sentence.start, Math.min(match.start, sentence.start + 40))) || OWN_FORCES_BEFORE.test(text.slice(Math.max(sentence.start, match.start - 48), match.start)) || PRONOUN_SUBJECT.test(text.slice(sentence.start, match.start)) || (afterAnd(text, match) && sentenceDrafts.length > 0)) {
    const prev = sentenceDrafts[sentenceDrafts.length - 1] ?? drafts[drafts.length - 1];
    if (prev?.claimant) return { state: prev.claimant, entity: prev.claimantEntity, isSide: true };
  }
  // "The rebels had already captured Goma": the armed group whose claim came last
  if (GROUP_ANAPHOR.test(text.slice(Math.max(sentence.start, match.start - 40), match.start))) {
    for (let d = drafts.length - 1; d >= 0 && d >= drafts.length - 8; d--) {
      const claimant = drafts[d]!.claimant;
      if (claimant !== null && ARMED_GROUP_SIDES.has(claimant)) return { state: claimant, entity: drafts[d]!.claimantEntity, isSide: false };
    }
  }
  // "… an inseparable part of our country," Peskov stated: the speaker's side
  if (FIRST_PERSON.test(text.slice(sentence.start, sentence.end))) {
    const side = speakerSide(text, sentence, quotes, quoteAt, agents, resolver);
    if (side) return side;
  }
  void gazetteer;
  return null;
}

// A capitalised name right before the cue ("the Kestrel Front rejects", "Valdor has seized",
// "the Union of Northern Farmers, which took"), with at most two auxiliaries or adverbs
// between. Read backwards word by word: a regular expression would rescan the text from every
// start.
const BETWEEN_SUBJECT_AND_VERB = new Set(['has', 'have', 'had', 'also', 'now', 'still', 'swiftly', 'quickly', 'firmly', 'again', 'already', 'formally', 'officially', 'never', 'did', 'does', 'will', 'would', 'could']);

function subjectBefore(text: string, at: number, sentence: Span, resolver: ClaimantResolver): Side | null {
  const words = text.slice(Math.max(sentence.start, at - 80), at).split(/\s+/).filter(Boolean);
  let i = words.length - 1;
  for (let skipped = 0; i >= 0 && skipped < 2 && BETWEEN_SUBJECT_AND_VERB.has(words[i]); skipped++) i--;
  if (i >= 0 && /^(?:which|who|that)$/.test(words[i])) {
    i--;
    if (i >= 0 && words[i].endsWith(',')) words[i] = words[i].slice(0, -1);
  }
  // "Yemen's Houthi rebels seized …": a group's name before its fighters' noun, no state's
  // (a name of letters only: not "Turkish-backed fighters", nor "Its forces")
  // ("Houthi forces", "Wagner fighters"; not a common word such as "Federal forces" or "Rebel fighters", no side's name)
  if (i >= 1 && ARMED_GROUP_NOUNS.has(words[i]!) && /^\p{Lu}\p{Ll}+$/u.test(words[i - 1]!) && !resolver.stateOf(words[i - 1]!) && !OPENERS.has(words[i - 1]!) && !POSSESSIVE_DETERMINERS.has(words[i - 1]!) && !COMMON_WORDS.has(words[i - 1]!.toLowerCase())) {
    return { state: words[i - 1]!, entity: null, isSide: false };
  }
  const name: string[] = [];
  while (i >= 0 && name.length < 6 && (/^\p{Lu}[\p{L}’'-]*$/u.test(words[i]) || (words[i] === 'of' && name.length > 0))) name.unshift(words[i--]);
  while (name.length && (OPENERS.has(name[0]) || name[0] === 'of')) name.shift();
  // ("told Putin that the town …": the listener of a verb of telling is no subject)
  if (i >= 0 && TELLING_VERBS.has(words[i]!.toLowerCase())) return null;
  const joined = name.join(' ');
  if (!joined || /['’]s$/.test(joined) || !/\p{Ll}/u.test(joined)) return null;
  // a state or a known person: the agent scan finds it, with its entity
  if (resolver.stateOf(joined) || resolver.sideOfPerson(joined) || resolver.isPlace(joined)) return null;
  // a headline's capitalised verb after a state ("Syria Demands Return of …"), or after a state's
  // possessive ("Sudan's Paramilitary RSF Claims Capture of …"): the agent scan finds the side
  if (name.some((w) => /['’]s$/.test(w) && resolver.stateOf(w) !== null)) return null;
  for (let k = name.length - 1; k >= 1; k--) {
    const opening = name.slice(0, k).join(' ');
    if (resolver.isPlace(opening) && resolver.stateOf(opening)) return null;
  }
  return { state: joined, entity: null, isSide: false };
}
// a side then "to" right before a cue, its own subject ("for Ethiopia to take …")
const INFINITIVE_SUBJECT = /^\s+to\s+(?:[a-z]+ly\s+)?$/;
const INFINITIVE_GAP = 16;
// "which it seized", "that they have since annexed": a pronoun subject of a relative clause right before the cue
const RELATIVE_PRONOUN_SUBJECT = /\b(?:which|that)\s+(?:it|they)\s+(?:(?:has|have|had|also|later|then|since|illegally|formally|effectively)\s+){0,2}$/i;
// nothing but an article before a sentence's first word
const SENTENCE_SUBJECT_BEFORE = /^\s*(?:the\s+)?$/i;
const OPENERS = new Set(['The', 'A', 'An', 'While', 'But', 'And', 'However', 'It', 'They', 'He', 'She', 'We', 'I', 'This', 'That', 'These', 'Those', 'By', 'In', 'On', 'At', 'As', 'After', 'Before', 'When', 'Since', 'Meanwhile', 'Still', 'Yet', 'So', 'Only', 'Even']);

/** The side of whoever speaks in the sentence: the quote's speaker, or the name by its cue. */
function speakerSide(text: string, sentence: Span, quotes: readonly Quote[], quoteAt: number, agents: readonly Agent[], resolver: ClaimantResolver): Side | null {
  for (let i = quoteAt; i < quotes.length && quotes[i].sentence.start < sentence.end; i++) {
    const q = quotes[i];
    if (q.speaker && q.sentence.end > sentence.start) {
      const side = resolver.sideOfPerson(q.speaker);
      if (side) return { state: side, entity: null, isSide: true };
      // an unnamed speaker described by their side: "Venezuela's defence minister"
      const mention = q.speakerMention;
      const within = mention && agents.find((a) => a.start >= mention.start && a.end <= mention.end);
      if (within) return within;
    }
  }
  const byRole = agents.filter((a) => a.byRole);
  if (byRole.length) return byRole[byRole.length - 1];
  void text;
  return null;
}

// Control's extent, from the words around the cue and its territories.
function extentOf(text: string, match: CueMatch, group: TerritoryGroup | undefined, sentence: Span): ControlExtent | null {
  const before = text.slice(match.start, group?.start ?? match.end).toLowerCase();
  const afterEnd = group ? Math.min(sentence.end, group.end + 30) : match.end;
  // (up to a list joined after it, which has an extent of its own: "Crimea and parts of Donetsk")
  const after = group ? text.slice(group.end, afterEnd).split(/[,;]|\b(?:and|but|while|yet|as well as)\b/)[0].toLowerCase() : (SHARE_OF_PRONOUN.exec(text.slice(match.end, match.end + PRONOUN_REACH))?.[0].toLowerCase() ?? '');
  return extentIn(`${before} ${after} ${match.text.toLowerCase()}`);
}

// the cue's adjuncts, then "along with" or "together with" (and "the"): what joins land taken with the object
const ALONG_WITH = /^[^,.;:!?"“”()]{0,30}?\b(?:along|together) with\s+(?:the\s+)?(?:(?:city|town|port|village|region|province) of\s+)?$/i;
// "… for the rest of", "… its troops hold for": what the other side of an exchange follows
const COUNTERPART = /^[^,.;:!?"“”()]{0,30}?\bfor\s+(?:(?:the\s+)?(?:rest|remainder|parts?|all|most|some)\s+of\s+)?(?:the\s+)?$/i;

/** Characters between a cue's object and the list joined to it (groupJoined) at most. */
const JOIN_REACH = 48;
// … and over a relative clause (CLAUSE_THEN_SHARE)
const CLAUSE_JOIN_REACH = 100;

/**
 * The list right after a cue's object (or the cue itself) when what stands between reads as `joint`
 * says: what an exchange's object is exchanged for (COUNTERPART), a list of another extent
 * (CONTRASTED_EXTENT), land taken along with the object (ALONG_WITH).
 */
function groupJoined(text: string, group: { readonly end: number }, groups: readonly TerritoryGroup[], joint: RegExp, passing = false): TerritoryGroup | undefined {
  for (const g of groups) {
    if (g.start < group.end) continue;
    if (g.start - group.end > (passing ? CLAUSE_JOIN_REACH : JOIN_REACH)) return undefined;
    if (joint.test(text.slice(group.end, g.start))) return g;
    // (`passing`: a relative clause in the joint may name a place of its own, "…, which Moscow annexed in 2014, and all of")
    if (!passing) return undefined;
  }
  return undefined;
}

/** The territories of `a` and then those of `b` not in `a`. */
function joinedTerritories(a: Territories, b: Territories): Territories {
  const names = a.names.slice();
  const mentions = a.mentions.slice();
  for (let k = 0; k < b.names.length; k++) {
    if (names.includes(b.names[k]!)) continue;
    names.push(b.names[k]!);
    mentions.push(b.mentions[k]!);
  }
  return { names, mentions };
}

// ", but only parts of", "and about a third of", ", as well as parts of": what joins a list of another extent to a cue's object
/** Lists of their own extents one control claim runs on to at most. */
const MAX_CONTRASTED = 6;
// ("… of Ukraine, including nearly all of the Luhansk region": what the share includes, with its own extent)
const CONTRASTED_EXTENT = new RegExp(String.raw`^\s*(?:,\s*(?:(?:but|while|yet|and|as well as|and also|including)\s+)?|(?:but|while|yet|and|as well as|and also)\s+)(?:only\s+)?(?:${SHARE_APPROXIMATION})?(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|an?\s+(?:${PIECE_ADJECTIVE})?\w+|(?:${PARTS_ADJECTIVE})?\w+(?:-\w+)?|\w+ of the)\s+of\s+(?:(?:the|both)\s+)?$`, 'i');

// an item the object includes ("… of Ukraine, including Crimea")
// ("… of Ukraine's territory, including Crimea")
const INCLUDING_GAP = /^(?:['’]s\s+(?:territory|land))?\s*,\s*including\s+(?:the\s+)?$/i;
// a relative clause set off by commas, then a share ("…, which it annexed in 2014, most of")
const CLAUSE_THEN_SHARE_SOURCE = String.raw`^\s*,\s*(?:which|that)\s[^,.;:!?]{1,60},\s*AND(?:${SHARE_APPROXIMATION})?(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|most|much|(?:almost |nearly |virtually |practically )?all|(?:large |small )?parts?)\s+of\s+(?:the\s+)?$`;
const CLAUSE_THEN_SHARE = new RegExp(CLAUSE_THEN_SHARE_SOURCE.replace('AND', ''), 'i');
// … after an item included, "and" may go on with the inclusion ("…, including Crimea, which it
// annexed in 2014, and nearly all of Luhansk"); elsewhere "and most of" may be another verb's
// ("claims the Japanese-administered Senkakus, which it calls …, and most of the sea")
const INCLUDED_CLAUSE_THEN_SHARE = new RegExp(CLAUSE_THEN_SHARE_SOURCE.replace('AND', String.raw`(?:and\s+)?`), 'i');

/** Who reports the claim: the speaker of a quote in the sentence, or the subject of "said". */
function sourceOf(text: string, sentence: Span, trigger: Span, quotes: readonly Quote[], quoteAt: number, index: MentionIndex): string | null {
  // the quote holding the trigger, else the nearest one in the sentence
  let best: string | null = null;
  let bestDistance = Infinity;
  for (let i = quoteAt; i < quotes.length && quotes[i].sentence.start < sentence.end; i++) {
    const q = quotes[i];
    if (!q.speakerEntity || q.sentence.end <= sentence.start) continue;
    const distance = q.start <= trigger.start && trigger.end <= q.end ? 0 : Math.min(Math.abs(q.start - trigger.end), Math.abs(trigger.start - q.end));
    if (distance < bestDistance) {
      best = q.speakerEntity;
      bestDistance = distance;
    }
  }
  if (best) return best;
  const people = index.within(sentence.start, sentence.end, ['person', 'organization']);
  if (people.length === 0) return null;
  const slice = text.slice(sentence.start, sentence.end);
  for (const r of slice.matchAll(REPORTING)) {
    const at = sentence.start + (r.index ?? 0);
    // "X said …" (nearest before) or "…,” said X" / "…,” X said" (right after)
    const beforeIt = people.filter((p) => p.end <= at).pop();
    const afterIt = people.find((p) => p.start >= at + r[0].length && p.start <= at + r[0].length + 3);
    const choice = afterIt ?? beforeIt;
    if (choice) return choice.entity.id;
  }
  return null;
}

const NO_AGENTS: readonly Agent[] = Object.freeze([]);
// what a single place read back leaves for an anaphor's words to match: nothing
const NO_WORDS: ReadonlySet<string> = new Set();
const NO_TYPES: ReadonlySet<ClaimType> = new Set();
/** A sentence's territory mentions and the lists they form. */
interface SentenceTerritoryLists {
  readonly mentions: readonly TerritoryMention[];
  readonly groups: readonly TerritoryGroup[];
}
// what a sentence naming no territory reads: most sentences, so one shared answer
const NO_LISTS: SentenceTerritoryLists = Object.freeze({ mentions: Object.freeze([]), groups: Object.freeze([]) });
const NO_TERRITORIES: SentenceTerritoryLists & { readonly resolved: ReadonlyMap<TerritoryGroup, Territories> } = Object.freeze({
  mentions: Object.freeze([]),
  groups: Object.freeze([]),
  resolved: new Map(),
});

// the person's name after a side: a few lower-case words ("spokesman"), then capitalised ones
export const NAME_AFTER = /^(?:[ \u00a0]+[a-z][\p{L}-]*){0,4}?((?:[ \u00a0]+\p{Lu}[\p{L}’'-]+){2,4})(?![\p{L}.])/u;
// how far after a side its person's name is looked for
export const NAME_REACH = 80;

/**
 * Whether a side in a run of `words` capitalised words ending at `runEnd` may have a person's
 * name after it (rememberPeople). A side ends at the end of one of the run's words (or inside a
 * word, where no name follows it), and the name's first two words follow it at once or after
 * lower-case words. Where they follow at once, they are capitalised words of the same run (a
 * capitalised word after spaces extends the run), so that the side ends two words or more before
 * the run's end; otherwise it ends where the run ends, and the name follows the run.
 */
export function mayNameAfter(text: string, words: number, runEnd: number, sentenceEnd: number): boolean {
  if (words >= 3) return true;
  const c = text.charCodeAt(runEnd);
  return (c === 32 || c === 0xa0) && runEnd < sentenceEnd && NAME_AFTER.test(text.slice(runEnd, Math.min(sentenceEnd, runEnd + NAME_REACH)));
}

/** "Kremlin spokesman Dmitry Peskov": Peskov speaks for Russia in later sentences. */
function rememberPeople(text: string, agents: readonly Agent[], sentence: Span, resolver: ClaimantResolver): void {
  for (const a of agents) {
    if (!a.byRole && resolver.sideOfPerson(text.slice(a.start, a.end))) continue;
    const after = text.slice(a.end, Math.min(sentence.end, a.end + NAME_REACH));
    const m = NAME_AFTER.exec(after);
    if (!m) continue;
    const names = m[1].trim().split(/\s+/);
    if (names.some((n) => ORGANIZATION_WORDS.has(n))) continue; // an organisation, not a person
    // the person's name is the last two capitalised words ("President Volodymyr Zelensky")
    const name = names.slice(-2).join(' ');
    if (names.some((n) => resolver.stateOf(n))) continue;
    resolver.rememberPerson(name, a.state);
  }
}

/** Within a sentence: one claim per type and territories; "seized" inside an annexation is it. */
function mergeWithinSentence(drafts: Draft[]): Draft[] {
  const same = (a: Draft, b: Draft) => a.territories.names.length === b.territories.names.length && a.territories.names.every((n) => b.territories.names.includes(n));
  const sameSide = (a: Draft, b: Draft) => a.claimant === null || b.claimant === null || a.claimant === b.claimant;
  const out: Draft[] = [];
  for (const d of drafts) {
    const twin = out.find((o) => o.type === d.type && same(o, d) && sameSide(o, d));
    if (twin) {
      twin.claimant ??= d.claimant;
      twin.claimantEntity ??= d.claimantEntity;
      twin.extent ??= d.extent;
      continue;
    }
    out.push(d);
  }
  return out.filter((d) => {
    for (const [part, whole] of SUBSUMES) {
      if (d.type !== part || d.territories.names.length === 0) continue;
      const host = out.find((o) => o.type === whole && o.objectStart >= 0 && o.objectStart === d.objectStart && sameSide(o, d));
      if (host) {
        host.claimant ??= d.claimant;
        host.claimantEntity ??= d.claimantEntity;
        return false;
      }
    }
    return true;
  });
}

/**
 * Across the article: a claim restated later (same type and side, territories already
 * claimed) is the same claim; a claim with no territory gives way to one of its kind that has.
 */
function dedupe(drafts: readonly Draft[]): Draft[] {
  const key = (d: Draft) => `${d.type}\u0000${d.claimant ?? ''}`;
  const covered = new Map<string, Set<string>>();
  const withTerritory = new Set<string>();
  for (const d of drafts) if (d.territories.names.length) withTerritory.add(key(d));
  const out: Draft[] = [];
  const bareSeen = new Set<string>();
  for (const d of drafts) {
    const k = key(d);
    if (d.territories.names.length === 0) {
      if (withTerritory.has(k) || bareSeen.has(k)) continue;
      bareSeen.add(k);
      out.push(d);
      continue;
    }
    const seen = covered.get(k) ?? new Set<string>();
    if (d.territories.names.every((n) => seen.has(n))) continue;
    for (const n of d.territories.names) seen.add(n);
    covered.set(k, seen);
    out.push(d);
  }
  return out;
}

/** What the claims stage makes of the entities alone: the sides they give people, the entity naming each state; and the mentions they were read from. */
interface EntityFacts {
  readonly entries: readonly IndexedMention[];
  readonly people: EntityPeople;
  readonly states: ReadonlyMap<string, string>;
}

const ENTITY_FACTS = 'claims:entityFacts';
/** The sentence of the last cue that may make a claim (-1: none), carried to the next analysis. */
const LAST_LIVE = 'claims:lastLive';

/** Place entities that are countries, by the state name the resolver gives them. */
function statesAmong(entities: readonly Entity[], resolver: ClaimantResolver): ReadonlyMap<string, string> {
  const out = new Map<string, string>();
  for (const e of entities) {
    if (e.type !== 'place' && e.type !== 'organization' && e.type !== 'nationality') continue;
    const state = e.geo?.kind === 'country' ? e.geo.country ?? e.geo.name ?? null : e.type === 'place' ? resolver.stateOf(e.name) : null;
    if (state && (!out.has(state) || e.type === 'place')) out.set(state, e.id);
  }
  return out;
}
