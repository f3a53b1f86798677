// People, organisations, places, nationalities and dates. Names are capitalised runs
// (names.ts), typed here from what they are made of (first names, organisation suffixes,
// the gazetteer), what stands around them (titles and roles, "in X", "X region") and what the
// rest of the document says of the same words; then merged into one entity per referent
// (coreference.ts).
import { DETERMINERS, FRAME_WORDS } from './cues';
import { throwIfCancelled } from './cancellation';
import { endsInPlainS, isPlaceAdjective, isYear, joinedByParticle } from './wordShapes';
import { mergeMentions, type MergeTrace, type TypedMention } from './coreference';
import { dateAt } from './dates';
import type { ProseDocument } from './document';
import type { Gazetteer } from './gazetteer';
import {
  countryNamed, type Gender, genderOfWord, isPluralOfCommon, KIN_BEFORE, PEOPLE_ADJECTIVES, KNOWN_ORG_FIRST_WORDS, MISC_SUFFIXES, MISC_WORDS, MISC_PREFIXES, CODE_NAME_BEFORE, demonym, KNOWN_ORGS, LOWERCASE_ORG_HEADS, ORG_ACRONYMS,
  ORG_KINDS_BEFORE, ORG_KINDS_IN_APPOSITION, ORG_LINK_HEADS, ORG_PEOPLE_AT, PARTY_MEMBERS, ORG_OF_HEADS, ORG_WORDS_AFTER, AFTER_PLACE_KIND, PLACE_EVENTS_BEFORE, PLACE_KINDS_AFTER, PLACE_KINDS_BEFORE, PLURAL_PLACE_KINDS, SAME_NAME_KINDS_AFTER, PLACE_OF_HEADS, PLACE_PREPOSITIONS, PLACE_VERBS_BEFORE, PLACE_SUFFIXES, REGION_WORDS_AFTER, REGION_WORDS_BEFORE, TITLE_OBJECTS, PLACE_OPENERS,
  MAY_BE_PLACE_KIND_AFTER, MAY_BE_REGION_WORD, MAY_BE_REGION_WORDS, OWNED_LAND_NOUNS, STATEHOOD_WORDS, MATCH_VERBS, PLURAL_VERBS, TEAM_ROLES, TOWN_CLUB_WORDS,
  type Country,
} from './lexicon';
import { CaseCounts } from './caseCounts';
import { detached } from './detached';
import { blockLocal, keyOf, perBlock } from './incremental';
import { knownNames } from './knownNames';
import { MERGED, mergedOf, remerge, type Merged } from './mergedEntities';
import { linkedGroups } from './mergeLinks';
import { mergeLocally } from './mergedLocally';
import { blockSentences, caseEvidence, forEachChunk, TokenMarks, withKnownOpener, type CaseEvidence, type ChunkSink, type NameKnowledge, type Sentence } from './names';
import { appositionOpeningBefore, BODY_NAME, isRoleHead, roleAfter, roleBefore, roleOpeningBefore } from './roles';
import { typedAt } from './typedMentions';
import { normIds, resolveByDocument, voteEvidence } from './typeVote';
import { bare, isPossessive, type Token, tokenAt, titleCase } from './tokens';
import { COMMON, COUNTRY, COUNTRY_HEAD, DEMONYM, DEMONYM_HEAD, factsOf, FIRST_NAME, FUNCTION, HONORIFIC, isHonorific, KNOWN_ORG, KNOWN_ORG_HEAD, MISC_SUFFIX, MISC_WORD, MONTH, ORG_ACRONYM, ORG_SUFFIX, PLACE_SUFFIX, WEEKDAY, ROLE_HEAD, ROLE_MODIFIER, writtenFactsOf } from './wordFacts';
import type { Block, CancellationToken, Entity, EntityType, GeoInfo } from './types';
import { dateKey, nationalityKey, placeKey } from './mentionKeys';
import { GazetteerNames, NAME_HEAD, SAME_NAME } from './gazetteerNames';
import { mapPacked } from './packed';
import { WordSet } from './wordSet';

/** How sure a mention's type is: 3 what the words are, 2 what stands around them, 1 their shape. */
type Strength = 0 | 1 | 2 | 3;

export interface Candidate {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly words: readonly string[];
  type: EntityType | null;
  strength: Strength;
  readonly shouted: boolean;
  /** The words as the document-level vote keys them (title case, no leading "The"). */
  readonly norm: string;
  roles: string[];
  aliases: string[];
  geo?: GeoInfo;
  key?: string;
  /** Followed by a speech verb ("X said"): a person, or an organisation. */
  readonly speaks: boolean;
  /** The sex an honorific before the name says ("Mrs. Clinton"), if any. */
  gender: Gender | undefined;
}

const SPEECH_VERBS = new WordSet(['said', 'says', 'told', 'stated', 'added', 'wrote', 'tweeted', 'announced', 'reiterated', 'insisted', 'argued', 'noted', 'claimed', 'explained', 'warned', 'asked', 'replied', 'confirmed', 'declared']);
const ACTING_VERBS = new WordSet(['is', 'was', 'has', 'had', 'will', 'would', 'came', 'went', 'met', 'spoke', 'stayed', 'left', 'won', 'lost', 'expressed', 'acknowledged', 'suggested', 'urged', 'rejected', 'denied', 'visited', 'signed', 'wants', 'thinks', 'believes', 'called', 'made', 'took', 'gave', 'also']);
const SURNAME_ENDINGS = /(?:ov|ova|ev|eva|sky|ski|ska|enko|chuk|yuk|escu|vić|vic|ić|ian|yan|dze|shvili|ez|es|son|sen|berg|stein|mann|ini|elli|etti|oglu|oğlu|zadeh|wicz)$/;
const ACRONYM_PATTERN = /^(?:\p{Lu}{2,6}|(?:\p{Lu}\.){2,4})$/u;
// two to twelve code units (six capitals outside the BMP, or four with stops): most names are refused by length
const isAcronym = (name: string): boolean => name.length >= 2 && name.length <= 12 && ACRONYM_PATTERN.test(name);
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Southeast|Southeastern|Northeast|Northeastern|Southwest|Southwestern|Northwest|Northwestern|S|N|Latin|Middle|Greater|Upper|Lower|Inner|Outer)\.?$/i;
// the compass words proper (COMPASS also takes abbreviations, "Latin", "Middle", and "Greater",
// "Upper" and the like: "Greater Serbia", "Upper Austria")
const COMPASS_POINT = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Southeast|Southeastern|Northeast|Northeastern|Southwest|Southwestern|Northwest|Northwestern)$/;
const SCORE = /^\d{1,3}(?:-\d{1,3})?$/;
const isIsoDate = (t: Token | undefined): boolean => t?.kind === 'number' && t.text.length === 10 && /^\d{4}-\d\d-\d\d$/.test(t.text);
const TABLE_OPENERS = new Set([',', ';', ':', '(', '-', '–', '—']);
/** An article before a description ("an Alaska Republican"). */
const ARTICLE_WORDS: ReadonlySet<string> = new Set(['the', 'The', 'a', 'A', 'an', 'An']);

/**
 * What one block gives the document's entities, its offsets relative to the block's start so
 * that it serves the block wherever it moves. Shared between analyses: never mutated.
 */
export interface BlockNames {
  /** The name candidates, typed by what the block says of them (classified, lists settled). */
  readonly candidates: readonly Candidate[];
  /** Nationalities, lower-case organisations and dates. */
  readonly others: readonly TypedMention[];
  /** Candidates (k ≥ 0) and others (-1 - k) in the order the merger reads mentions. */
  readonly order: readonly number[];
  /** What chunking asked of the document's case evidence, with the answers it got. */
  readonly asked: ReadonlyMap<string, boolean>;
}

// how long a document's prose may be for its tokens to be kept between the passes (see findEntities)
const KEEP_TOKENS_UP_TO = 100_000;

export function findEntities(doc: ProseDocument, gazetteer: Gazetteer, token: CancellationToken): Entity[] {
  const places = GazetteerNames.of(gazetteer);
  const known = knownNames(gazetteer);
  const plain = doc.text === doc.prose;
  // kept names are relative to their block, to serve it wherever it moves; names made for this
  // analysis only stay where they are
  const kept = doc.cache?.keeps === true;
  const shift = (block: Block): number => (kept ? block.start : 0);
  // mentions' texts come from the text, which in Markdown differs from the prose
  const keys = doc.blocks.map((block) => (plain ? block : `${keyOf(doc, block)}\u0001${doc.text.slice(block.start, block.end)}`));

  // The case evidence is the document's: each block's share, then their union. Names kept for a
  // next analysis keep each block's share apart, to update the union by the blocks an edit
  // changes; an analysis kept for none gathers the union at once: most blocks are a sentence or
  // two, and a set per block would cost more than its words.
  // A short document's tokens are kept for the names below; a long one's are made again there:
  // kept through the whole pass they outlive the young generation, and copying them into the old
  // one and collecting them there costs more than tokenising twice.
  const tokenised = new Array<Sentence[] | undefined>(doc.blocks.length);
  const keepTokens = doc.prose.length <= KEEP_TOKENS_UP_TO;
  const sentencesOf = (block: Block, b: number): Sentence[] => {
    const sentences = blockSentences(doc.prose, block);
    if (keepTokens) tokenised[b] = sentences;
    return sentences;
  };
  const union = kept ? undefined : new Set<string>();
  const shares = kept
    ? perBlock(doc, 'names:shares', (block, b) => {
      if (b % 64 === 0) throwIfCancelled(token);
      return blockLocal(doc, keys[b]!, 'names:case', () => Array.from(caseEvidence(sentencesOf(block, b)), detached));
    })
    : [];
  if (union) {
    for (let b = 0; b < doc.blocks.length; b++) {
      if (b % 64 === 0) throwIfCancelled(token);
      caseEvidence(sentencesOf(doc.blocks[b]!, b), union);
    }
  }
  const midCaps = new CaseCounts<BlockNames>(doc, shares, union, askedBy);
  throwIfCancelled(token);

  // A block's names depend on the rest of the document only through the case evidence: they
  // hold while every word chunking asked about is (or is not) in it as before. Names the
  // previous analysis used for the same block held then: only the words that flipped since
  // need asking again.
  const holds = (names: BlockNames): boolean => namesHold(midCaps, names);
  const flipped = midCaps.flipped;
  const stale = midCaps.stale;
  const stillHolds = (names: BlockNames, b: number): boolean => {
    // most edits flip no word: then the names are not even read (a look into each block's costs a
    // cache miss); when the blocks that asked about the flipped words are known, nor are the others'
    if (flipped?.size === 0) return true;
    if (stale) return stale[b] === 0;
    if (flipped === null || flipped.size > names.asked.size) return namesHold(midCaps, names);
    for (const word of flipped) {
      const answer = names.asked.get(word);
      if (answer !== undefined && answer !== midCaps.has(word)) return false;
    }
    return true;
  };
  // scratch reused from sentence to sentence and block to block (a new array per sentence, or
  // objects per block, cost more than their work), this analysis's own so that two analyses never
  // share them
  const scratch: Scratch = {
    chunks: new TokenMarks(),
    names: new TokenMarks(),
    evidence: { midCaps },
    sink: new SentenceNames(doc.text, doc.text === doc.prose, known),
  };
  const blockNames = mapPacked(doc.blocks, (block, b) => {
    if (b % 64 === 0) throwIfCancelled(token);
    const sentences = tokenised[b];
    // a block's tokens serve nothing after its names: let them go as the pass moves on
    tokenised[b] = undefined;
    const before = midCaps.previousMemo(b);
    return before !== undefined && stillHolds(before, b)
      ? before
      : blockLocal(doc, keys[b]!, 'names', () => namesOf(doc, sentences ?? blockSentences(doc.prose, block), midCaps, places, known, scratch, kept ? block.start : undefined), holds);
  });
  midCaps.carry(blockNames);
  throwIfCancelled(token);

  const previous = doc.cache?.take<Merged>(MERGED);
  const moved = previous && (remerge(previous, doc.blocks, blockNames) ?? mergeLocally(previous, doc.blocks, blockNames));
  if (moved) {
    doc.cache!.carry(MERGED, moved);
    return moved.entities as Entity[];
  }

  // the candidates in document order, as the blocks' names hold them (relative to their block when kept)
  const candidates: Candidate[] = [];
  for (const names of blockNames) for (const c of names.candidates) candidates.push(c);

  const evidence = voteEvidence(candidates);
  const resolved = resolveByDocument(candidates, evidence);

  const typed: TypedMention[] = [];
  // how many typed mentions and candidates come before each block, for the next analysis
  // (mergedEntities.ts): only an analysis whose names are kept has one
  const before = kept ? { typed: new Int32Array(doc.blocks.length + 1), candidates: new Int32Array(doc.blocks.length + 1) } : undefined;
  let first = 0;
  doc.blocks.forEach((block, b) => {
    const names = blockNames[b]!;
    const base = shift(block);
    if (before) {
      before.typed[b] = typed.length;
      before.candidates[b] = first;
    }
    for (const k of names.order) {
      const m = typedAt(names, k, base, resolved, first);
      if (m) typed.push(m);
    }
    first += names.candidates.length;
  });
  if (before) {
    before.typed[doc.blocks.length] = typed.length;
    before.candidates[doc.blocks.length] = first;
  }
  let trace: MergeTrace | undefined;
  const entities = mergeMentions(typed, kept, kept ? (t) => (trace = t) : undefined);
  if (trace && before) {
    const starts = new Int32Array(typed.length);
    const ends = new Int32Array(typed.length);
    for (let i = 0; i < typed.length; i++) {
      starts[i] = typed[i]!.start;
      ends[i] = typed[i]!.end;
    }
    const blockStarts = new Int32Array(doc.blocks.length);
    for (let b = 0; b < doc.blocks.length; b++) blockStarts[b] = doc.blocks[b]!.start;
    const placed = { starts, ends, blockStarts, typedBefore: before.typed, candidatesBefore: before.candidates };
    doc.cache!.carry(MERGED, mergedOf(trace, blockNames, resolved, evidence, normIds(candidates), placed, entities, linkedGroups(typed, trace.entityOf, entities.length)));
  }
  return entities;
}

/** The words a block's names asked about (see `CaseCounts`). */
function askedBy(names: BlockNames): Iterable<string> {
  return names.asked.keys();
}

/**
 * Whether every word a block's names asked about is (or is not) in the document as before. Not a
 * closure of each analysis: code optimised to call one closure was thrown away at the next
 * analysis, whose closure was another.
 */
function namesHold(midCaps: { has(word: string): boolean }, names: BlockNames): boolean {
  for (const [word, answer] of names.asked) if (midCaps.has(word) !== answer) return false;
  return true;
}

/** The names of one block, typed by what the block says of them (see `BlockNames`). */
function namesOf(
  doc: ProseDocument,
  sentences: readonly Sentence[],
  midCaps: { has(word: string): boolean },
  places: GazetteerNames,
  known: NameKnowledge,
  scratch: Scratch,
  /** The block's start when the names are kept beyond this analysis, relative to it. */
  keptFrom: number | undefined,
): BlockNames {
  // names made for this analysis only are never checked again: their questions need no record
  let asked: ReadonlyMap<string, boolean> = NOTHING_ASKED;
  let evidence: CaseEvidence = scratch.evidence;
  if (keptFrom !== undefined) {
    const record = new Map<string, boolean>();
    asked = record;
    evidence = {
      midCaps: {
        has: (word: string): boolean => {
          const answer = midCaps.has(word);
          // kept names keep their questions too: a long word is a view into this version of the text
          if (!record.has(word)) record.set(detached(word), answer);
          return answer;
        },
      },
    };
  }
  const candidates: Candidate[] = [];
  const others: TypedMention[] = [];
  const sink = scratch.sink;
  sink.block(candidates, others);

  // a loop, not forEach: a callback made per block, with a context for what it reads, cost more than it does
  for (let si = 0; si < sentences.length; si++) {
    const s = sentences[si]!;
    const tokens = s.tokens;
    // the tokens a name took: the nationality pass below must not read them again as demonyms
    const inName = scratch.names;
    inName.begin(tokens.length);
    sink.begin(s, si, inName);
    forEachChunk(s, evidence, known, scratch.chunks, sink);

    // one pass over the tokens for three kinds of mention; the organisations go in after the
    // nationalities, and the dates after them, in the order the merger's sort keeps for ties
    let orgs: TypedMention[] | undefined;
    let dates: TypedMention[] | undefined;
    // where the next date may start: not inside the last one (see dateAt)
    let dateFrom = 0;
    // a date starts at a capitalised word or a number, and an organisation in lower case ends at a
    // word that may end one: the sentence marks those, and the words in lower case between them do nothing here
    const marked = s.marked;
    for (let m = 0; m < marked.length; m++) {
      const i = marked[m]!;
      const t = tokens[i]!;
      if (i >= dateFrom) {
        const d = dateAt(tokens, i);
        if (d) {
          const m = sink.mention(d.first, d.last);
          (dates ??= []).push({ start: m.start, end: m.end, text: m.text, type: 'date', key: dateKey(m.text), words: [m.text] });
          dateFrom = d.last + 1;
        }
      }
      if (t.kind !== 'word') continue;
      if (t.cap) {
        // nationalities the chunker passed over: hyphened (Ukrainian-held), or sentence-initial
        if (inName.marked(i)) continue;
        const dash = t.text.indexOf('-');
        if (dash > 0) {
          const head = t.text.slice(0, dash);
          const country = demonym(head);
          if (country && /^\p{Ll}/u.test(t.text.slice(dash + 1))) {
            others.push({ start: t.start, end: t.start + dash, text: doc.text.slice(t.start, t.start + dash), type: 'nationality', key: nationalityKey(country.code ?? country.name), words: [head] });
          }
        }
        continue;
      }
      // organisations named in lower case after a nationality or country (Ukrainian foreign ministry)
      // (the tokenizer said which words may end one, by their first character and length)
      const phrases = t.mayEndOrg ? LOWERCASE_ORG_HEADS.get(t.text) : undefined;
      if (!phrases) continue;
      for (const words of phrases) {
        const from = i - words.length + 1;
        if (from < 0 || !words.every((w, k) => tokens[from + k]!.text === w)) continue;
        let owner = from - 1;
        if (isPossessive(tokens[owner])) owner--;
        const o = tokens[owner];
        const qualified = o !== undefined && o.cap && (writtenFactsOf(o) & (DEMONYM | COUNTRY)) !== 0;
        // (a nationality of two words: "the South Korean foreign ministry")
        if (qualified && owner > 0 && tokens[owner - 1]!.cap && tokens[owner - 1]!.kind === 'word' && demonym(`${tokens[owner - 1]!.text} ${o.text}`) !== undefined) owner--;
        const m = sink.mention(qualified ? owner : from, i);
        (orgs ??= []).push({ start: m.start, end: m.end, text: m.text, type: 'organization', key: undefined, words: mapPacked(tokens.slice(qualified ? owner : from, i + 1), (x) => x.text) });
        break;
      }
    }
    if (orgs) for (const o of orgs) others.push(o);
    if (dates) for (const d of dates) others.push(d);
  }
  for (const c of candidates) classify(c, sentences[c.sentence]!, places, isNameToken);
  coordinate(candidates, sentences);

  // kept names are relative to their block, and hold no strings cut from this version of the
  // text (see detached.ts); candidates and others in the merger's order
  const base = keptFrom ?? 0;
  // each copy has its original's properties in the same order (as `push` and `others.push` above
  // make them): V8 gives them one hidden class, and the vote and the merger, which read them at
  // every edit, stay optimised (a spread's copy took another class)
  const local = keptFrom === undefined ? candidates : mapPacked(candidates, (c): Candidate => ({
    sentence: c.sentence, first: c.first, last: c.last, start: c.start - base, end: c.end - base, text: detached(c.text), words: mapPacked(c.words, detached), type: c.type, strength: c.strength,
    roles: mapPacked(c.roles, detached), aliases: mapPacked(c.aliases, detached), shouted: c.shouted, norm: detached(c.norm), speaks: c.speaks, geo: c.geo, key: c.key ? detached(c.key) : c.key, gender: c.gender,
  }));
  const localOthers = keptFrom === undefined ? others : mapPacked(others, (o): TypedMention => ({ start: o.start - base, end: o.end - base, text: detached(o.text), type: o.type, key: o.key ? detached(o.key) : o.key, words: mapPacked(o.words, detached) }));
  return { candidates: local, others: localOthers, order: mergerOrder(others, candidates), asked };
}

const NOTHING_ASKED: ReadonlyMap<string, boolean> = new Map();

/** What an analysis's names reuse from block to block (see findEntities). */
interface Scratch {
  readonly chunks: TokenMarks;
  readonly names: TokenMarks;
  /** The case evidence, for names that keep no record of what they asked of it. */
  readonly evidence: CaseEvidence;
  readonly sink: SentenceNames;
}

/**
 * Where a block's mentions go, sentence by sentence (see `begin`): one object per block whose
 * methods the splitting calls, where closures made per sentence cost an allocation each.
 */
class SentenceNames implements ChunkSink {
  private s: Sentence | undefined;
  private si = 0;
  private inName: TokenMarks | undefined;
  private candidates: Candidate[] = [];
  private others: TypedMention[] = [];

  constructor(
    private readonly text: string,
    /** A token's text is the text's own where the prose is (not in Markdown). */
    private readonly plain: boolean,
    /** What the lexicons and the gazetteer know as names (a name may open with a word of titles). */
    readonly known: NameKnowledge,
  ) {}

  /** The block the next sentences are in, and its lists of names. */
  block(candidates: Candidate[], others: TypedMention[]): void {
    this.candidates = candidates;
    this.others = others;
  }

  /** The sentence the next mentions are in, and its flags of the tokens a name took. */
  begin(s: Sentence, si: number, inName: TokenMarks): void {
    this.s = s;
    this.si = si;
    this.inName = inName;
  }

  /** A run of possible name words (names.ts): split into the names it holds. */
  chunk(first: number, last: number): void {
    const s = this.s!;
    // (only after a capitalised word outside the run: the call is rare, see withKnownOpener)
    splitChunk(s, s.tokens[first - 1]?.cap === true ? withKnownOpener(s, first, this.known) : first, describedMember(s, first, last) ? last - 1 : last, this);
  }

  /** Where tokens first..last of the sentence stand, and their text. */
  mention(first: number, last: number): { start: number; end: number; text: string } {
    const tokens = this.s!.tokens;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    return { start, end, text: this.text.slice(start, end) };
  }

  /**
   * "Italian-Swedish", "Serbian-American": a word of nationalities joined by hyphens, each a
   * nationality of its own; false (and nothing kept) when a part is no nationality.
   */
  hyphenedNationalities(i: number): boolean {
    const t = this.s!.tokens[i]!;
    const parts = t.text.split('-');
    if (parts.length < 2) return false;
    const countries: Country[] = [];
    for (const part of parts) {
      // (countries only: "African-American" names a people of its own, no two nationalities)
      const country = part ? demonym(part) : undefined;
      if (!country?.code) return false;
      countries.push(country);
    }
    let start = t.start;
    for (let k = 0; k < parts.length; k++) {
      const end = start + parts[k]!.length;
      this.others.push({ start, end, text: this.text.slice(start, end), type: 'nationality', key: nationalityKey(countries[k]!.code ?? countries[k]!.name), words: [parts[k]!] });
      start = end + 1;
    }
    return true;
  }

  nationality(first: number, last: number, country: Country): void {
    const m = this.mention(first, last);
    this.others.push({ start: m.start, end: m.end, text: m.text, type: 'nationality', key: nationalityKey(country.code ?? country.name), words: [m.text] });
  }

  /** A name candidate of tokens first..last (none when first > last). */
  push(first: number, last: number): void {
    if (first > last) return;
    const s = this.s!;
    const tokens = s.tokens;
    const start = tokens[first]!.start;
    const end = tokens[last]!.end;
    // most names are one word: an array of it at once, where pushing made room for seventeen
    let words: string[];
    if (first === last) words = [tokens[first]!.text];
    else {
      words = [];
      for (let i = first; i <= last; i++) words.push(tokens[i]!.text);
    }
    const next = tokens[last + 1];
    const shouted = s.mode === 'caps';
    // most names are one word: its token's own string serves, with its hash already computed
    let joined = first === last ? (shouted ? titleCase(words[0]!) : words[0]!) : (shouted ? words.map(titleCase) : words).join(' ');
    // "Al-Fashaga" opening a sentence is "al-Fashaga" elsewhere: one name for the vote on its type
    const c0 = joined.charCodeAt(0);
    if (c0 >= 65 && c0 <= 90 && (joined.charCodeAt(2) === 45 || joined.charCodeAt(3) === 45 || joined.charCodeAt(4) === 45)) {
      const lowered = String.fromCharCode(c0 + 32) + joined.slice(1);
      if (joinedByParticle(lowered)) joined = lowered;
    }
    const text = this.plain && first === last ? tokens[first]!.text : this.text.slice(start, end);
    this.candidates.push({
      sentence: this.si, first, last, start, end, text, words, type: null, strength: 0, roles: NONE, aliases: NONE,
      shouted, norm: joined.startsWith('The ') ? joined.slice(4) : joined,
      speaks: next !== undefined && next.kind === 'word' && SPEECH_VERBS.has(next.text), geo: undefined, key: undefined, gender: undefined,
    });
    const inName = this.inName!;
    for (let i = first; i <= last; i++) inName.mark(i);
  }
}

// A candidate's roles and aliases until it has some (most never do): one empty list for all,
// never added to in place (see `added`), where two new arrays per candidate were made.
const NONE: string[] = [];

/** `list` with `item` added: a new list in place of NONE, the list itself otherwise. */
function added(list: string[], item: string): string[] {
  if (list === NONE) return [item];
  list.push(item);
  return list;
}

const isNameToken = (t: Token): boolean => t.cap && !(writtenFactsOf(t) & (WEEKDAY | FUNCTION)) && !(factsOf(t) & MONTH);

/** Whether `a` comes before `b` (or ties) in the merger's order: by start, the longer first. */
const inOrder = (a: { readonly start: number; readonly end: number }, b: { readonly start: number; readonly end: number }): boolean =>
  a.start < b.start || (a.start === b.start && a.end >= b.end);

/**
 * Others (-1 - k) and candidates (k) by start, the longer first, ties in that order (others, then
 * candidates, each by index): the stable sort of both lists, made by merging each one's own stable
 * sort. The candidates come sorted (a sentence's chunks are split from left to right), and a
 * block has few others.
 */
function mergerOrder(others: readonly TypedMention[], candidates: readonly Candidate[]): number[] {
  const o = sortedIndices(others);
  const c = sortedIndices(candidates);
  const order = new Array<number>(o.length + c.length);
  let i = 0;
  let j = 0;
  for (let k = 0; k < order.length; k++) {
    order[k] = j >= c.length || (i < o.length && inOrder(others[o[i]!]!, candidates[c[j]!]!)) ? -1 - o[i++]! : c[j++]!;
  }
  return order;
}

/** The indices of `list` in the merger's order, stable: as they are when the list is sorted already. */
function sortedIndices(list: readonly { readonly start: number; readonly end: number }[]): number[] {
  const indices = new Array<number>(list.length);
  let sorted = true;
  for (let k = 0; k < list.length; k++) {
    indices[k] = k;
    if (sorted && k > 0 && !inOrder(list[k - 1]!, list[k]!)) sorted = false;
  }
  return sorted ? indices : indices.sort((a, b) => list[a]!.start - list[b]!.start || list[b]!.end - list[a]!.end);
}

/**
 * Tokens from..last are a person's name after a title's object ("… of State Marco Rubio", "… of
 * Defence Rustem Umerov"): the object (the token before them) is one a title takes (TITLE_OBJECTS),
 * not a place's or an organisation's first word ("mayor of New York City", "chief of Ora Media").
 */
function nameAfterTitleObject(tokens: readonly Token[], from: number, last: number): boolean {
  return from <= last && TITLE_OBJECTS.has(tokens[from - 1]!.text);
}

/**
 * "the Kentucky Republican", "an Ontario Liberal": after an article, a party's member closing a run
 * describes someone; the words before it are a place of their own.
 */
function describedMember(s: Sentence, first: number, last: number): boolean {
  const before = s.tokens[first - 1];
  return last > first && before !== undefined && ARTICLE_WORDS.has(before.text) && PARTY_MEMBERS.has(s.mode === 'caps' ? titleCase(s.tokens[last]!.text) : s.tokens[last]!.text);
}

/**
 * Splits a capitalised run into what it holds: a leading nationality ("Russian"), a title
 * ("President", "Prime Minister", "Bank of England Governor"), and the name; organisations
 * that begin with a nationality (British Airways) stay whole.
 */
function splitChunk(s: Sentence, chunkFirst: number, chunkLast: number, sink: SentenceNames): void {
  const tokens = s.tokens;
  let first = chunkFirst;
  let last = chunkLast;
  // "Karabakh Armenians", "Kosovo Albanians": a people in the plural after the place they live in
  // (not after another people: "Turkish Cypriots", below)
  if (last > first && s.mode === 'normal' && endsInPlainS(tokens[last]!.text, false) && writtenFactsOf(tokens[last]!) & DEMONYM && !(writtenFactsOf(tokens[last - 1]!) & DEMONYM)) {
    const people = demonym(tokens[last]!.text);
    if (people !== undefined) {
      sink.nationality(last, last, people);
      last--;
    }
  }
  // "considers Abkhazia Georgian territory": a nationality in the singular after a place, before a
  // noun of land it describes (not a nationality of two words: "South African soil")
  if (last > first && s.mode === 'normal' && writtenFactsOf(tokens[last]!) & DEMONYM && !(writtenFactsOf(tokens[last - 1]!) & DEMONYM) && OWNED_LAND_NOUNS.has(tokens[last + 1]?.text ?? '') && demonym(textOfWords(tokens, last - 1, last)) === undefined) {
    const people = demonym(tokens[last]!.text);
    if (people !== undefined) {
      sink.nationality(last, last, people);
      last--;
    }
  }
  // the run's words, joined, are asked of two lists only when its first word may start a name in
  // them: most runs are one word, whose facts answer, or a name no list has
  const firstFacts = writtenFactsOf(tokens[first]!);
  const single = first === last;
  const whole = (single ? firstFacts & COUNTRY : firstFacts & (COUNTRY_HEAD | KNOWN_ORG_HEAD)) ? textOfWords(tokens, first, last) : undefined;
  const knownOrg = whole !== undefined && (firstFacts & KNOWN_ORG_HEAD) !== 0 && KNOWN_ORGS.has(whole);
  const wholeIsOrg = !single && ((factsOf(tokens[last]!) & ORG_SUFFIX) !== 0 || knownOrg);
  const wholeIsPlace = whole !== undefined && (single || (firstFacts & COUNTRY_HEAD) !== 0) && countryNamed(whole) !== undefined;

  // a nationality at the front ("Indigenous Kanak": after an adjective of peoples)
  if (!single && PEOPLE_ADJECTIVES.has(tokens[first]!.text) && demonym(textOfWords(tokens, first + 1, last)) !== undefined) first++;
  // (alone: an organisation's name may open with them, "African-American Museum")
  if (single && tokens[first]!.text.includes('-') && sink.hyphenedNationalities(first)) return;
  for (let width = 2; width >= 1; width--) {
    if (first + width - 1 > last) continue;
    // in prose the first token tells whether a nationality may start there, without the look-up
    if (s.mode !== 'caps' && !(writtenFactsOf(tokens[first]!) & (width === 2 ? DEMONYM_HEAD : DEMONYM))) continue;
    // (in capitals, the words title-cased: "RUSSIAN" is asked as "Russian")
    const words = s.mode === 'caps' ? titleCasedWords(tokens, first, first + width - 1) : textOfWords(tokens, first, first + width - 1);
    const country = demonym(words);
    if (!country) continue;
    // "Tatar told reporters": a nationality in the singular does not speak, a surname does
    if (single && SPEECH_VERBS.has(tokens[last + 1]?.text ?? '') && !words.endsWith('s')) break;
    // ("Turkish Republic of Northern Cyprus": the nationality opens a state's name; "African Union" a known body's)
    if (wholeIsPlace || knownOrg || (first + width < last && STATEHOOD_WORDS.has(tokens[first + width]!.text))) break;
    // ("Indian Ocean", "English Channel": the nationality and a place's last word name the place)
    if (first + width === last && factsOf(tokens[last]!) & PLACE_SUFFIX) break;
    // ("Christian Tein": a nationality or faith that is a given name too, before a word no list
    // knows, is a person's first name)
    if (width === 1 && first + 1 === last && s.mode === 'normal' && genderOfWord(words, false) !== undefined && writtenFactsOf(tokens[last]!) === 0) break;
    sink.nationality(first, first + width - 1, country);
    // (an organisation's name may open with one: "Syrian Observatory for Human Rights")
    if (!wholeIsOrg && !linksWithin(tokens, first + width + 1, last)) first += width;
    // "Turkish Cypriots", "Greek Cypriot": a people of a people, both nationalities
    const rest = first === last && s.mode !== 'caps' && writtenFactsOf(tokens[first]!) & DEMONYM ? demonym(tokens[first]!.text) : undefined;
    if (rest !== undefined) {
      sink.nationality(first, first, rest);
      return;
    }
    break;
  }
  if (first > last) return;

  // the run opens with a title's object, its head left out of the run (a sentence's first word is
  // no candidate): "Secretary of State Marco Rubio said"
  const of = tokenAt(tokens, first - 1);
  const title = tokenAt(tokens, first - 2);
  if (of?.text === 'of' && title !== undefined && factsOf(title) & ROLE_HEAD) {
    if (nameAfterTitleObject(tokens, first + 1, last)) {
      sink.push(first, first);
      first++;
    } else {
      // an object of several words ("Chief of the General Staff Valery Gerasimov") is the title's
      first = (titleObjectEnd(tokens, first, last) ?? first - 1) + 1;
    }
  }
  // "Democrat of Vermont", "Duke of Norfolk": a title of a place; the place is the name (but a
  // name after the title's object is the title-holder's: "Secretary of State Marco Rubio", "Chief
  // of the General Staff Valery Gerasimov", below)
  if (factsOf(tokens[first]!) & ROLE_HEAD && tokens[first + 1]?.text === 'of' && first + 2 <= last && !nameAfterTitleObject(tokens, first + 3, last) && titleObjectEnd(tokens, first + 2, last) === undefined) {
    sink.push(first + 2, last);
    return;
  }
  // an organisation's name run into a person's (the Washington Post Trump mentioned)
  for (let k = first + 1; k < last; k++) {
    if (!(factsOf(tokens[k]!) & ORG_SUFFIX) || factsOf(tokens[k + 1]!) & ORG_SUFFIX) continue;
    if (k + 1 === last || factsOf(tokens[k + 1]!) & FIRST_NAME) {
      sink.push(first, k);
      sink.push(k + 1, last);
      return;
    }
  }
  // a title before the name: everything up to the last role head, when what follows is a name
  if (!wholeIsOrg && !wholeIsPlace) {
    let head = -1;
    for (let i = first; i < last; i++) {
      const f = factsOf(tokens[i]!);
      if (f & ROLE_HEAD) head = i;
      else if (f & (ROLE_MODIFIER | DEMONYM | COUNTRY | KNOWN_ORG) || isOf(bare(tokens[i]!))) continue;
      else if (head >= 0) break;
    }
    // "Secretary of State John Kerry": the title runs on over "of" and its object, which may be of
    // several words ("Chief of the General Staff Valery Gerasimov", "Minister of Foreign Affairs …")
    // (the "of" before an object of several words: the names inside the title are read up to it)
    let objectOf = -1;
    while (head >= 0 && tokens[head + 1]?.text === 'of' && head + 3 <= last) {
      const end = titleObjectEnd(tokens, head + 2, last);
      if (end !== undefined && objectOf < 0) objectOf = head + 1;
      head = end ?? head + 2;
    }
    if (head >= 0 && head < last && !(factsOf(tokens[head + 1]!) & HONORIFIC) && tokens[head + 1]!.text !== 'of') {
      // names inside the title (Bank of England Governor) are names of their own; one known as a
      // whole may start with a word of titles (Federal Reserve Chair …, New Jersey Governor …)
      let scan = first;
      const opensTitle = (factsOf(tokens[first]!) & (ROLE_HEAD | ROLE_MODIFIER | DEMONYM)) !== 0;
      for (let k = Math.min(head - 1, first + 3); k > first && (opensTitle || KNOWN_ORG_FIRST_WORDS.has(bare(tokens[first]!))); k--) {
        const name = textOfWords(tokens, first, k);
        if (!KNOWN_ORGS.has(name) && !(opensTitle && sink.known.isKnownName(name))) continue;
        sink.push(first, k);
        scan = k + 1;
        break;
      }
      let run = -1;
      const titleEnd = objectOf >= 0 ? objectOf : head + 1;
      for (let i = scan; i <= titleEnd; i++) {
        const titleWord = i === titleEnd || (factsOf(tokens[i]!) & (ROLE_HEAD | ROLE_MODIFIER | DEMONYM)) !== 0;
        if (!titleWord && run < 0) run = i;
        if (titleWord && run >= 0) {
          let end = i - 1;
          while (end > run && tokens[end]!.text === 'of') end--;
          sink.push(run, end);
          run = -1;
        }
      }
      first = head + 1;
    }
  }
  sink.push(first, last);
}

// how many words a title's object of several words ("the Joint Chiefs of Staff") runs to at most
const TITLE_OBJECT_REACH = 5;

/**
 * The last word of a title's object of several words that starts at `at` ("the General Staff",
 * "Foreign Affairs"): the furthest word of TITLE_OBJECTS within reach, over capitalised words,
 * "of" and an opening "the", with a name still after it; undefined when there is none.
 */
function titleObjectEnd(tokens: readonly Token[], at: number, last: number): number | undefined {
  let end: number | undefined;
  const from = tokens[at]?.text === 'the' ? at + 1 : at;
  for (let k = from; k < last && k - from < TITLE_OBJECT_REACH; k++) {
    const t = tokens[k]!;
    if (t.text === 'of') continue;
    if (!t.cap) break;
    if (TITLE_OBJECTS.has(t.text)) end = k;
  }
  // (a single word right at the start is the object the loop above took before: nothing new)
  return end !== undefined && end > at ? end : undefined;
}

/** "of" in any case, without a lower-case copy of every word (lower-casing never shortens one). */
const isOf = (w: string): boolean => w.length === 2 && w.toLowerCase() === 'of';

/** The tokens' texts title-cased (see `titleCase`) and joined by spaces, without an array of them. */
function titleCasedWords(tokens: readonly Token[], first: number, last: number): string {
  let out = titleCase(tokens[first]!.text);
  for (let i = first + 1; i <= last; i++) out += ` ${titleCase(tokens[i]!.text)}`;
  return out;
}

/** The tokens' texts joined by spaces, without an array of them. */
function textOfWords(tokens: readonly Token[], first: number, last: number): string {
  let out = tokens[first]!.text;
  for (let i = first + 1; i <= last; i++) out += ` ${tokens[i]!.text}`;
  return out;
}

// an initial (J, J.): at most three code units, so the regex runs only on short words
const INITIAL = /^\p{Lu}\.?$/u;
const isInitialWord = (w: string): boolean => w.length <= 3 && INITIAL.test(w);
const INITIAL_STOP = /^\p{Lu}\.$/u;
const isInitialWithStop = (w: string): boolean => w.length <= 3 && INITIAL_STOP.test(w);

/** Every word of the run a role's word, one of them its head (Foreign Minister): a title alone. */
function isTitleOnly(tokens: readonly Token[], first: number, last: number): boolean {
  let head = false;
  for (let i = first; i <= last; i++) {
    const facts = writtenFactsOf(tokens[i]!);
    if (!(facts & (ROLE_HEAD | ROLE_MODIFIER))) return false;
    if (facts & ROLE_HEAD) head = true;
  }
  return head;
}

/** Types the candidate so, unless it is typed by stronger evidence already. */
/** A score in a results line: a small number, or two joined by a hyphen, but no year. */
const isScore = (t: Token | undefined): boolean => t?.kind === 'number' && t.text.length <= 7 && SCORE.test(t.text) && !isYear(t.text);

/** The other side of a match verb: a team's name, a score, or "with" before one ("drew 1-1 with Kent"). */
const facesSide = (t: Token | undefined): boolean => t !== undefined && (t.cap || isScore(t) || t.text === 'with');

/** A country, a region, or a town of 50,000 people or more: a place its name alone makes known. */
const isBig = (geo: GeoInfo | undefined): boolean => geo !== undefined && (geo.kind === 'country' || geo.kind === 'region' || (geo.population ?? 0) >= 50000);

/**
 * The gazetteer's place under this very name, if it is big: not a variant spelling's nor a small
 * namesake's ("Asia" is no town of 20,000 in the Philippines, "Far East" no "Forest").
 */
function bigPlaceNamed(name: string, places: GazetteerNames): GeoInfo | undefined {
  const geo = places.lookup(name);
  return isBig(geo) && (places.match(name) & SAME_NAME) !== 0 ? geo : undefined;
}

/**
 * The name is no place of the gazetteer's (North Carolina is), but the name after its compass word
 * is a big place's own (Jerusalem of East Jerusalem; not a variant spelling: Ham is not Hamm), or a
 * country's or a continent's (Northern Europe).
 */
function isPartOfBigPlace(c: Candidate, name: string, places: GazetteerNames): boolean {
  if (places.lookup(name) !== undefined) return false;
  // (joined by a loop: the array methods met a new array shape only after dozens of corpus passes)
  let rest = '';
  for (let k = 1; k < c.words.length; k++) rest += (k > 1 ? ' ' : '') + (c.shouted ? titleCase(c.words[k]!) : c.words[k]!);
  return bigPlaceNamed(rest, places) !== undefined || countryNamed(rest) !== undefined;
}

// the numbers that follow an event's name ("World War Two", "World War II")
const EVENT_NUMBERS = /^(?:One|Two|Three|I|II|III|IV)$/;

/** "World War Two": an event's last word and its number. */
function numberedEvent(c: Candidate, tokens: readonly Token[]): boolean {
  return c.last - c.first >= 2 && EVENT_NUMBERS.test(tokens[c.last]!.text) && (factsOf(tokens[c.last - 1]!) & MISC_SUFFIX) !== 0;
}

/** A word that names a country, or a big place under its own name (Real Madrid, Air France). */
function wellKnown(t: Token, places: GazetteerNames): boolean {
  if (factsOf(t) & COUNTRY) return true;
  const g = places.lookup(bare(t));
  return (g !== undefined && (g.kind === 'country' || (g.population ?? 0) >= 200000) && (places.match(bare(t)) & SAME_NAME) !== 0);
}

/** A title, honorific or role around the candidate, or a first name and a verb of saying after it. */
function personMarked(c: Candidate, tokens: readonly Token[], firstFacts: number, isName: (t: Token) => boolean): boolean {
  const prev = tokenAt(tokens, c.first - 1);
  const next = tokens[c.last + 1];
  return (prev !== undefined && isHonorific(prev)) || roleBefore(tokens, c.first, isName) !== null || roleAfter(tokens, c.last, isName) !== null || (prev?.text === ',' && roleOpeningBefore(tokens, c.first, c.last, isName) !== null)
    || ((firstFacts & FIRST_NAME) !== 0 && next !== undefined && SPEECH_VERBS.has(next.text))
    || ageAfter(tokens, c.last);
}

/** "Dragan, 67, said", "Mira, 34, a nurse", "said Hassan, 58.": an age after the name's comma, then lower-case words or the sentence's end. */
function ageAfter(tokens: readonly Token[], last: number): boolean {
  const age = tokens[last + 2];
  if (tokens[last + 1]?.text !== ',' || age?.kind !== 'number' || age.text.length > 3) return false;
  const years = Number(age.text);
  if (years < 12 || years > 110) return false;
  // "said Hassan, 58." closes its sentence
  const close = tokens[last + 3];
  if (close === undefined || close.text === '.') return true;
  const after = tokens[last + 4];
  return close.text === ',' && after !== undefined && after.kind === 'word' && !after.cap;
}

/** Token i is a link word ("for", "on") after an organisation's head: "Council on Foreign Relations". */
const linksOrganization = (tokens: readonly Token[], i: number): boolean => ORG_LINK_HEADS.get(tokens[i]!.text)?.has(bare(tokens[i - 1]!)) === true;

/** The candidate's words hold an organisation's head and its link word (see linksOrganization). */
const linkedOrganization = (c: Candidate, tokens: readonly Token[]): boolean => linksWithin(tokens, c.first + 1, c.last);

/** Some token from `from` to before `last` is a link word after an organisation's head (see linksOrganization). */
function linksWithin(tokens: readonly Token[], from: number, last: number): boolean {
  for (let i = from; i < last; i++) if (linksOrganization(tokens, i)) return true;
  return false;
}

/** The merger's key of a place the gazetteer knows: its country's code, its GeoNames id, or its name. */
function geoKey(geo: GeoInfo): string | undefined {
  if (geo.kind === 'country' && geo.countryCode) return placeKey(geo.countryCode);
  if (geo.geonameId !== undefined) return placeKey(geo.geonameId);
  return geo.name ? placeKey(geo.name) : undefined;
}

function typeAs(c: Candidate, type: EntityType, strength: Strength): void {
  if (strength > c.strength || c.type === null) {
    c.type = type;
    c.strength = strength;
  }
}

/** A word of the name is a first name, a title or a role's: the name may be a person's. */
function servedByPerson(c: Candidate, tokens: readonly Token[]): boolean {
  for (let k = c.first; k <= c.last; k++) if (factsOf(tokens[k]!) & (FIRST_NAME | HONORIFIC | ROLE_HEAD | ROLE_MODIFIER)) return true;
  return false;
}

function classify(c: Candidate, s: Sentence, places: GazetteerNames, isName: (t: Token) => boolean): void {
  const tokens = s.tokens;
  // the words joined (title-cased when shouted) are the norm, but for a leading "The" it drops
  const name = c.words.length > 1 && (c.shouted ? titleCase(c.words[0]!) : c.words[0]) === 'The' ? `The ${c.norm}` : c.norm;
  // the first word as written, when the name is: its facts tell which lists may hold the name
  const nameFacts = c.shouted ? -1 : writtenFactsOf(tokens[c.first]!);
  const firstWord = bare(tokens[c.first]!);
  const lastWord = bare(tokens[c.last]!);
  const firstFacts = factsOf(tokens[c.first]!);
  const lastFacts = factsOf(tokens[c.last]!);
  // the text as written is the name but where spacing or case differ: no second look-up then
  const textIsName = c.text === name;
  const prev = tokenAt(tokens, c.first - 1);
  const prev2 = tokenAt(tokens, c.first - 2);
  const next = tokens[c.last + 1];
  const single = c.first === c.last;

  // a title alone (Foreign Minister), initials alone (W D L), compass and people (West Indian)
  const titleOnly = isTitleOnly(tokens, c.first, c.last) && !(lastFacts & ORG_SUFFIX);
  if (titleOnly || c.words.every(isInitialWord)) {
    c.strength = 3;
    return;
  }
  if (!single && COMPASS.test(firstWord) && (demonym(c.shouted ? titleCase(lastWord) : lastWord) !== undefined || /(?:an|ese|ish)$/i.test(lastWord))) {
    c.strength = 3;
    return;
  }

  // what the words are
  const country = (nameFacts & (single ? COUNTRY : COUNTRY_HEAD) ? countryNamed(name) : undefined) ?? (textIsName ? undefined : countryNamed(c.text));
  if (country) {
    c.geo = (country.code ? places.lookup(name) : bigPlaceNamed(name, places)) ?? { kind: country.code ? 'country' : 'region', name: country.name, ...(country.code ? { countryCode: country.code } : {}) };
    // (the gazetteer's preferred sense of a shared name decides: "Congo" is the DRC, as "DR Congo" is)
    c.key = placeKey((c.geo.kind === 'country' ? c.geo.countryCode : undefined) ?? country.code ?? country.name);
    return typeAs(c, 'place', 3);
  }
  // "the Kharkov region" is Kharkiv Oblast, not the city Kharkiv; one entity with "Kharkiv Oblast"
  const region = regionPhrase(c, tokens, name, places);
  if (region) {
    c.geo = region.geo;
    c.key = placeKey(String(region.geo.geonameId ?? region.geo.name));
    if (region.alias) c.aliases = added(c.aliases, region.alias);
    return typeAs(c, 'place', 3);
  }
  if ((nameFacts & (single ? KNOWN_ORG : KNOWN_ORG_HEAD) && KNOWN_ORGS.has(name)) || (single && !c.shouted ? (nameFacts & ORG_ACRONYM) !== 0 : ORG_ACRONYMS.has(name)) || (!textIsName && ORG_ACRONYMS.has(c.text))) return typeAs(c, 'organization', 3);
  // events, contests, laws: not an entity of ours (strength 3 keeps the document from typing it)
  if (single && !c.shouted ? nameFacts & MISC_WORD : MISC_WORDS.has(name)) {
    c.strength = 3;
    return;
  }
  // an operation's or exercise's name: "Operation Spiderweb", "code-named Strait Thunder"
  if (!single && (MISC_PREFIXES.has(c.shouted ? titleCase(firstWord) : firstWord) || (prev !== undefined && CODE_NAME_BEFORE.has(prev.text.toLowerCase())))) {
    c.strength = 3;
    return;
  }
  // (but an organisation's head and link word make an organisation: "Institute for the Study of War")
  if (!single && ((c.shouted ? MISC_SUFFIXES.has(titleCase(lastWord)) : lastFacts & MISC_SUFFIX) || numberedEvent(c, tokens))) {
    if (linkedOrganization(c, tokens)) return typeAs(c, 'organization', 3);
    c.strength = 3;
    return;
  }
  // "Donetsk People's Republic": a people's republic is a state, if a self-proclaimed one
  if (!single && lastWord === 'Republic' && isPossessive(tokens[c.last - 1]) && c.last >= c.first + 2) {
    c.geo = { kind: 'place' };
    return typeAs(c, 'place', 3);
  }
  if (!single && (lastFacts & ORG_SUFFIX || c.words.includes('&'))) return typeAs(c, 'organization', 3);
  // a known body's one-word name after a word that says which part of it: "House Republicans", "Boston Fed"
  if (c.last === c.first + 1 && lastFacts & KNOWN_ORG && !(firstFacts & (FIRST_NAME | DEMONYM))) return typeAs(c, 'organization', 2);
  // "Amnesty International USA": a known body's name and a country's is its branch there
  if (c.last > c.first + 1 && firstFacts & KNOWN_ORG_HEAD && lastFacts & COUNTRY && KNOWN_ORGS.has(textOfWords(tokens, c.first, c.last - 1))) return typeAs(c, 'organization', 3);
  // "Marsh Road", "Elm Bridge": a street, square or ground is a place, named for whoever it is;
  // unless a title or role marks a person whose surname the word also is ("Senator Tom Lane",
  // "Grace Park, a lawyer,"), whom the tests below type, or a first name and a verb of saying do
  // ("Diane Lane said": streets do not speak)
  if (!single && ((c.shouted ? PLACE_SUFFIXES.has(titleCase(lastWord)) : lastFacts & PLACE_SUFFIX) || PLACE_OPENERS.has(c.shouted ? titleCase(firstWord) : tokens[c.first]!.text)) && !personMarked(c, tokens, firstFacts, isName)) {
    const known = places.lookup(name);
    c.geo = known ?? { kind: 'place' };
    // one entity with the place's other names ("the Golan" and "the Golan Heights")
    if (known) c.key = geoKey(known);
    return typeAs(c, 'place', 2);
  }
  // "East Jerusalem", "Southern California": a part of a big place the gazetteer knows, named by
  // a compass word (no place of the gazetteer's own: which country holds it is not the name's to say)
  if (!single && COMPASS.test(firstWord) && !personMarked(c, tokens, firstFacts, isName) && isPartOfBigPlace(c, name, places)) {
    c.geo = { kind: 'place' };
    return typeAs(c, 'place', 2);
  }
  for (let i = c.first + 1; i < c.last; i++) {
    if (linksOrganization(tokens, i)) return typeAs(c, 'organization', 3);
    if (tokens[i]!.text !== 'of') continue;
    const head = bare(tokens[i - 1]!);
    if (ORG_OF_HEADS.has(head)) return typeAs(c, 'organization', 3);
    if (PLACE_OF_HEADS.has(head)) {
      // (as written too: the name's words keep a possessive apart, "Democratic People 's Republic of Korea")
      const known = places.lookup(name) ?? (c.text !== name ? places.lookup(c.text) : undefined);
      c.geo = known ?? { kind: 'place' };
      // one entity with the place's other names ("Democratic Republic of Congo" and "Congo")
      if (known) c.key = geoKey(known);
      return typeAs(c, 'place', 2);
    }
  }

  // "his wife Ardo", "her son Ivo": a word of kinship before the name
  if (prev && !prev.cap && KIN_BEFORE.has(prev.text) && !(factsOf(tokens[c.last]!) & ORG_SUFFIX)) return typeAs(c, 'person', 3);
  // "mining firm Zelco", "the newspaper Le Monde", "Acme shareholders": the kind of
  // organisation it is, written beside the name (a first name makes it a person: "firm Judge Ann Lee")
  if (!(firstFacts & FIRST_NAME) && ((prev && !prev.cap && ORG_KINDS_BEFORE.has(prev.text)) || (next && ORG_WORDS_AFTER.has(next.text)))) return typeAs(c, 'organization', 2);
  // "A spokeswoman for Cascade Power said": a name of several words after a role and "for", none
  // of them a first name, a title or a role, is the body the role serves ("a spokesman for Ana Ruiz" is not)
  if (!single && prev?.text === 'for' && prev2 !== undefined && !prev2.cap && isRoleHead(prev2) && !places.lookup(name) && !servedByPerson(c, tokens)) return typeAs(c, 'organization', 2);
  // "analysts at Berenberg", "Analysts at Harlow said": the firm they work at
  if (prev?.text === 'at' && prev2 !== undefined && ORG_PEOPLE_AT.has(prev2.cap && c.first === 2 ? prev2.text.toLowerCase() : prev2.text)) return typeAs(c, 'organization', 2);

  // a person by title, honorific or role
  if (prev && isHonorific(prev)) {
    c.gender = genderOfWord(prev.text, true);
    // ("…, the company's chief nursing officer, Dr. Ellen Tsao, said": a role set off before the honorific)
    const apposition = roleAfter(tokens, c.last, isName) ?? (tokenAt(tokens, c.first - 2)?.text === ',' && next?.text === ',' ? roleOpeningBefore(tokens, c.first - 1, c.last, isName) : null);
    if (apposition) c.roles = added(c.roles, textOf(tokens, apposition.first, apposition.last, s));
    return typeAs(c, 'person', 3);
  }
  // (a role opening the sentence stands before a comma: asked only there, the call is rare, and the
  // optimising compiler keeps its inlining budget for the frequent ones)
  // (not a place's region after the place: "an official at the port in Portland, Maine, said")
  const setOff = prev?.text === ',' && next?.text === ',' && !(prev2?.cap === true && places.lookup(name));
  const before = roleBefore(tokens, c.first, isName) ?? (setOff ? appositionOpeningBefore(tokens, c.first, c.last, isName) : null);
  // ("A spokeswoman for the group behind the ad, Harbor Forward, said": the body's own name)
  if (before === BODY_NAME) return typeAs(c, 'organization', 2);
  if (before) {
    c.roles = added(c.roles, textOf(tokens, before.first, before.last, s));
    // ("Democrat Luis Ortega, the mayor of Toledo,": a role after the name as well)
    // (not the next name's in a list: "the musician Ana Ruiz, the baseball player Ivo Maren and …")
    const also = next?.text === ',' ? roleAfter(tokens, c.last, isName) : null;
    if (also && !tokens[also.last + 1]?.cap) c.roles = added(c.roles, textOf(tokens, also.first, also.last, s));
    return typeAs(c, 'person', 3);
  }
  const after = roleAfter(tokens, c.last, isName);
  const geo = places.lookup(name);
  // ("near the village of Krynky, the head of the navy said": a kind of place before it, the role is another's)
  if (after && !geo && !(prev?.text === 'of' && prev2 !== undefined && !prev2.cap && PLACE_KINDS_BEFORE.has(prev2.text))) {
    c.roles = added(c.roles, textOf(tokens, after.first, after.last, s));
    return typeAs(c, 'person', 3);
  }
  // (an age says person whatever place shares the name: "Dragan, 67, said")
  if (ageAfter(tokens, c.last)) return typeAs(c, 'person', 3);

  // a place by the gazetteer, or by context
  const personShape = !single && (firstFacts & FIRST_NAME) !== 0 && !geo;
  // a team in a results line (Leicestershire 22 points, Somerset 4) or a match (X beat Y) is
  // an organisation, whatever place it is named for
  // Norwich 1 Wolverhampton 0; Benetton ( Italy ) 92
  const bracketed = next?.text === '(' && tokens[c.last + 3]?.text === ')' && isScore(tokens[c.last + 4]);
  const score = (isScore(next) && (prev === undefined || TABLE_OPENERS.has(prev.text) || isScore(prev))) || (bracketed && (prev === undefined || isScore(prev)));
  const personLike = (!single && (firstFacts & FIRST_NAME) !== 0) || c.words.some(isInitialWithStop);
  // (a club named for its town, unknown to the gazetteer as a whole: "Salford City 1")
  const townClub = !single && TOWN_CLUB_WORDS.has(lastWord);
  if (score && geo?.kind !== 'country' && !personLike && (geo || single || townClub)) return typeAs(c, 'organization', 3);
  // X beat Y: teams, unless the document knows them as people (Clinton beats Trump); after the
  // name, the verb faces a name or a score ("The court in The Hague drew a new boundary" is no match)
  if (((next && MATCH_VERBS.has(next.text) && facesSide(tokens[c.last + 2])) || (prev && MATCH_VERBS.has(prev.text))) && geo?.kind !== 'country' && !personLike && (geo || single || townClub)) return typeAs(c, 'organization', 2);
  // "Surrey captain Chris Lewis", "Lancashire batsman Graham Lloyd": a team's player
  if (next && !next.cap && TEAM_ROLES.has(next.text) && geo?.kind !== 'country' && !personLike && (geo || single)) return typeAs(c, 'organization', 2);
  // a competitor and country in a results list: Ludmila Engquist ( Sweden )
  const inBrackets = tokens[c.last + 2];
  if (next?.text === '(' && tokens[c.last + 3]?.text === ')' && inBrackets !== undefined && countryNamed(inBrackets.text) !== undefined && !geo && !score) {
    return typeAs(c, 'person', single ? 1 : 2);
  }
  // an organisation speaks of its own ("said its"), trades shares, is based somewhere
  const after2 = tokens[c.last + 2]?.text;
  if (next && after2 === 'its' && SPEECH_VERBS.has(next.text)) return typeAs(c, 'organization', 3);
  if ((prev && prev.text.endsWith('-based')) || next?.text === 'shares' || (isPossessive(next) && after2 === 'shares') || ((prev?.text === 'in' || prev?.text === 'of') && prev2?.text.toLowerCase() === 'shares')) return typeAs(c, 'organization', 2);
  // a dateline: LONDON 1996-08-30
  const dateline = prev === undefined && (isIsoDate(next) || (next?.text === ',' && tokens.slice(c.last + 2, c.last + 8).some(isIsoDate)));
  const loud = c.shouted || tokens[c.first]!.upper;
  if ((dateline || (prev === undefined && loud && next?.text === ',')) && (geo || loud)) {
    c.geo = geo ?? { kind: 'place' };
    // (keyed as any other mention of the place: a region has no GeoNames id, "GENEVA" and "Geneva" one place)
    if (geo) c.key = geoKey(geo);
    return typeAs(c, 'place', 3);
  }
  // ("the Galwan valley": a land named for a name the gazetteer knows only by a variant spelling,
  // Helwan in Egypt, is no such town)
  const kindAfter = next && !next.cap ? next.text.toLowerCase() : undefined;
  const namedForVariant = geo !== undefined && kindAfter !== undefined && PLACE_KINDS_AFTER.has(kindAfter) && !SAME_NAME_KINDS_AFTER.has(kindAfter) && (places.match(name) & (SAME_NAME | NAME_HEAD)) === 0;
  if (geo && !personShape && !namedForVariant) {
    c.geo = geo;
    c.key = geoKey(geo);
    // the gazetteer knows many small places named like people (Clinton) or close to words
    // (its spelling variants): the document's other evidence may overrule those
    const exact = (places.match(name) & (SAME_NAME | NAME_HEAD)) !== 0;
    const big = isBig(geo);
    // a small place alone, or a near-miss, is a place only if the context says so
    if (!big) c.geo = undefined;
    else if (isAcronym(name) && !c.shouted && !exact && geo.kind !== 'country') return typeAs(c, 'organization', 1);
    // ("the city of Kharkiv": the city for sure, whatever region the document names the same, see typeVote.ts)
    else return typeAs(c, 'place', geo.kind === 'country' || cityOf(tokens, c.first, geo) ? 3 : exact && big ? 2 : 1);
  }
  // most words after a name are refused by their ends and length, before a lower-case copy is made
  const after1 = next && !next.cap && MAY_BE_PLACE_KIND_AFTER.mayBeLowerCaseOf(next.text) ? next.text.toLowerCase() : undefined;
  // (not a nationality: "a Turkish Cypriot state" is no place named Cypriot)
  // (nor an adjective the gazetteer does not know: "the Himalayan region")
  if (next && !next.cap && after1 && (PLACE_KINDS_AFTER.has(after1) || (after1 === 'front' || after1 === 'frontline')) && !(single && firstFacts & DEMONYM) && !(single && !geo && isPlaceAdjective(name))) {
    // ("the Batken district" is the Batken the gazetteer knows, no country: one entity with "Batken")
    const same = geo !== undefined && geo.kind !== 'country' && SAME_NAME_KINDS_AFTER.has(after1);
    c.geo = same ? geo : { kind: after1 === 'region' || after1 === 'oblast' || after1 === 'province' ? 'region' : 'place' };
    if (same) c.key = geoKey(geo);
    c.aliases = added(c.aliases, `${c.text} ${next.text}`);
    return typeAs(c, 'place', 2);
  }
  // "a new state called Guayana Esequiba": the name given to a kind of place
  if (prev2 !== undefined && !prev2.cap && prev !== undefined && !prev.cap && PLACE_KINDS_BEFORE.has(prev2.text) && isNamingParticiple(prev.text)) {
    c.geo = geo ?? { kind: 'place' };
    return typeAs(c, 'place', 2);
  }
  // "calls the islets Kardak", "the islands, which China calls Diaoyu": the name a side gives a place
  if (single && !personShape && nameGivenToPlace(tokens, c.first)) {
    c.geo = geo ?? { kind: 'place' };
    return typeAs(c, 'place', 2);
  }
  // "Syriza, the main opposition party, said": a name set off before its kind of body
  if (next?.text === ',' && !geo && !personShape && orgKindApposition(tokens, c.last + 2)) return typeAs(c, 'organization', 2);
  // "Tigranashen, an Armenian village that …": an apposition that says what kind of place it is
  if (next?.text === ',' && placeKindApposition(tokens, c.last + 2)) {
    c.geo = geo ?? { kind: 'place' };
    return typeAs(c, 'place', 2);
  }
  // "the largest island, Diego Garcia, under …": a name set off after a kind of place is that place
  // (not a speaker after a comma: "… in the city, Ana Ruiz said")
  if (prev?.text === ',' && prev2 !== undefined && !prev2.cap && PLACE_KINDS_BEFORE.has(prev2.text) && (next === undefined || next.text === ',' || next.text === '.') && !SPEECH_VERBS.has(tokens[c.last + 2]?.text ?? '')) {
    c.geo = geo ?? { kind: 'place' };
    return typeAs(c, 'place', 2);
  }
  // (in lower case, or opening the sentence: "Residents of Mitrovica said")
  const kindBefore = prev2 === undefined ? undefined : !prev2.cap ? prev2.text : c.first === 2 ? prev2.text.toLowerCase() : undefined;
  // (a kind of place as strong as a title is for a person: "the island of Diego Garcia" is the island all through)
  // (an event's noun before a person's shape is that person's: "after the fall of Bashar Assad")
  if (prev?.text === 'of' && kindBefore !== undefined && (PLACE_KINDS_BEFORE.has(kindBefore) || PLACE_EVENTS_BEFORE.has(kindBefore) && !personShape)) {
    c.geo = inNamedCountry(tokens, c.first - 3, geo, places) ?? geo ?? { kind: 'place' };
    return typeAs(c, 'place', PLACE_KINDS_BEFORE.has(kindBefore) ? 3 : 2);
  }
  // (in lower case, or opening the sentence: "In Panama City, …")
  if (prev && (!prev.cap ? PLACE_PREPOSITIONS.has(prev.text) || (geo !== undefined && PLACE_VERBS_BEFORE.has(prev.text)) : c.first === 1 && PLACE_PREPOSITIONS.has(prev.text.toLowerCase())) && !personShape && !(prev.text === 'to' && prev2?.text.toLowerCase() === 'according')) {
    c.geo = geo ?? { kind: 'place' };
    typeAs(c, 'place', prev.text === 'in' ? 2 : 1);
  }
  // "Kupiansk was seized by …": the same verbs of war, in the passive after the town's name
  else if (geo !== undefined && !personShape && next !== undefined && (next.text === 'was' || next.text === 'were') && PLACE_VERBS_BEFORE.has(tokens[c.last + 2]?.text ?? '')) {
    c.geo = geo;
    typeAs(c, 'place', 1);
  }

  // a known organisation's product or branch (Apple Music)
  if (!single && firstFacts & (KNOWN_ORG | ORG_ACRONYM)) return typeAs(c, 'organization', 2);

  // "Kestrel are top of the table", "Nordvik have warned": a lone name taking a plural verb is a team or
  // a company (a person's name takes the singular; a plural name in -s is left to the rest)
  // (the name opening its clause: not "the trucks heading to Varnel were …")
  if (single && !geo && !c.shouted && next !== undefined && PLURAL_VERBS.has(next.text) && !lastWord.endsWith('s') && !(firstFacts & (FIRST_NAME | DEMONYM)) && (prev === undefined || prev.kind !== 'word' || prev.text === 'and' || prev.text === 'but')) return typeAs(c, 'organization', 1);

  // "Ryanair, which flies …": a relative clause with "which" follows a thing, not a person (a
  // place the tests above would have found)
  if (next?.text === ',' && tokens[c.last + 2]?.text === 'which' && !geo && !personShape && !c.words.some(isInitialWithStop)) return typeAs(c, 'organization', 1);

  // an organisation or a person by shape
  const acronym = isAcronym(name) && !c.shouted;
  if (acronym) return typeAs(c, 'organization', 1);
  if (personShape || (!single && c.words.some(isInitialWithStop))) return typeAs(c, 'person', 2);
  // a name made with a well-known place's name (Real Madrid, Air France) names a team or company
  if (!single) for (let i = c.first; i <= c.last; i++) if (!(writtenFactsOf(tokens[i]!) & ROLE_HEAD) && wellKnown(tokens[i]!, places)) return typeAs(c, 'organization', 1);
  // "Crosscut Strategies", "Kestrel Logistics": a common noun in the plural after a word that is no
  // given name, common word, place or people ends a company's name, when nothing else typed it
  // ("Advanced Micro Devices": of three words or four in prose, the words before may be common ones)
  if (c.type === null && !single && !c.shouted && !(lastFacts & PLACE_SUFFIX) && isPluralOfCommon(lastWord.toLowerCase()) && (c.last === c.first + 1 ? !(firstFacts & (FIRST_NAME | DEMONYM | COUNTRY | COMMON)) : c.last - c.first <= 3 && s.mode === 'normal' && companyWordsBefore(tokens, c.first, c.last))) return typeAs(c, 'organization', 1);
  if (!single && SURNAME_ENDINGS.test(lastWord)) return typeAs(c, 'person', 1);
  // (after "the", a body: "The Treasury said", no one's name)
  if (c.speaks) return typeAs(c, prev?.text === 'the' || prev?.text === 'The' ? 'organization' : 'person', 1);
  // a compass word opening unknown words names a region ("South Ossetia", "West Papua"); few people
  // bear one as a first name
  if (!single && c.type === null && COMPASS_POINT.test(firstWord)) {
    c.geo = { kind: 'place' };
    return typeAs(c, 'place', 1);
  }
  // two or more unknown capitalised words make a person, but not in a heading, where every
  // word is capitalised ("Urgent Global Challenges"), nor after "The", which no one's name opens
  if (!single && c.type === null && s.mode !== 'title' && name !== `The ${c.norm}` && prev?.text !== 'the' && prev?.text !== 'The') return typeAs(c, 'person', 1);
  if (single && firstFacts & FIRST_NAME && !(firstFacts & COMMON) && prev?.text.toLowerCase() !== 'the' && !COMPASS.test(firstWord)) return typeAs(c, 'person', 1);
  // a lone unknown name acting in a sentence ("Putin came") is most often a person
  if (single && !c.shouted && !acronym && next !== undefined && (SPEECH_VERBS.has(next.text) || ACTING_VERBS.has(next.text)) && prev?.text !== 'the' && !(prev && PLACE_PREPOSITIONS.has(prev.text)) && !(firstFacts & COMMON)) typeAs(c, 'person', 0);
}

/**
 * Whether the name at `first` is what a verb of naming calls a place: its object a kind of place
 * ("calls the islets Kardak"), or a relative clause's about one ("the islands, which China calls Diaoyu").
 */
function nameGivenToPlace(tokens: readonly Token[], first: number): boolean {
  const prev = tokens[first - 1];
  const prev2 = tokens[first - 2];
  const prev3 = tokens[first - 3];
  if (prev === undefined || prev2 === undefined || prev3 === undefined) return false;
  if (!prev.cap && isPlaceKind(prev.text) && DETERMINERS.has(prev2.text.toLowerCase()) && isNamingVerb(prev3.text)) return true;
  const kind = tokens[first - 5];
  return isNamingVerb(prev.text) && prev2.cap && prev3.text === 'which' && tokens[first - 4]?.text === ',' && kind !== undefined && !kind.cap && isPlaceKind(kind.text);
}

/** The words before a company's last word: none a given name, people or country. */
function companyWordsBefore(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first; k < last; k++) if (factsOf(tokens[k]!) & (FIRST_NAME | DEMONYM | COUNTRY)) return false;
  return true;
}

const isPlaceKind = (word: string): boolean => PLACE_KINDS_BEFORE.has(word) || PLACE_KINDS_AFTER.has(word);

/** "calls", "call", "named", "dubs": a verb of naming, finite or participle (cues.json frameWords.namingVerbs). */
function isNamingVerb(word: string): boolean {
  return FRAME_WORDS.namingVerbs.has(word) || (word.endsWith('s') && FRAME_WORDS.namingVerbs.has(word.slice(0, -1))) || isNamingParticiple(word);
}

/** "called", "dubbed", "named", "labelled": a naming verb's participle (cues.json frameWords.namingVerbs). */
function isNamingParticiple(word: string): boolean {
  for (const lemma of FRAME_WORDS.namingVerbs) {
    if (!word.startsWith(lemma)) continue;
    const rest = word.slice(lemma.length);
    if (rest === 'ed' || rest === 'd' || rest === `${lemma.charAt(lemma.length - 1)}ed`) return true;
  }
  return false;
}

// words of an apposition between its article and its kind of place ("an industrial Armenian village")
const MAX_KIND_MODIFIERS = 3;

/**
 * "…, a village", "…, an Armenian village that …", "…, a frontline town near …": the apposition
 * from `at` (the article) names a kind of place and ends there. "…, a village elder" does not.
 */
/**
 * Where the kind noun stands in an apposition at `at`: an article of `articles`, at most
 * MAX_KIND_MODIFIERS modifiers (capitalised ones only where `capitals`: "an Armenian village"), then
 * a word of `kinds`; -1 when there is none.
 */
function kindAfterArticle(tokens: readonly Token[], at: number, articles: ReadonlySet<string>, kinds: { has(word: string): boolean }, capitals: boolean): number {
  const article = tokens[at];
  if (article === undefined || !articles.has(article.text)) return -1;
  for (let k = at + 1; k <= at + 1 + MAX_KIND_MODIFIERS; k++) {
    const t = tokens[k];
    if (t === undefined || t.kind !== 'word' || (t.cap && !capitals)) return -1;
    if (!t.cap && kinds.has(t.text)) return k;
  }
  return -1;
}
const INDEFINITE_ARTICLES: ReadonlySet<string> = new Set(['a', 'an']);
const ARTICLES: ReadonlySet<string> = new Set(['a', 'an', 'the']);

/** "Syriza, the main opposition party, said": an article, modifiers and a kind of body ending the apposition. */
function orgKindApposition(tokens: readonly Token[], at: number): boolean {
  const k = kindAfterArticle(tokens, at, ARTICLES, ORG_KINDS_IN_APPOSITION, false);
  const after = tokens[k + 1];
  return k >= 0 && (after === undefined || (after.kind !== 'word' && !isPossessive(after)) || after.text === 'that' || after.text === 'which');
}

function placeKindApposition(tokens: readonly Token[], at: number): boolean {
  const k = kindAfterArticle(tokens, at, INDEFINITE_ARTICLES, PLACE_KINDS_BEFORE, true);
  const after = tokens[k + 1];
  return k >= 0 && (after === undefined || after.kind !== 'word' || PLACE_PREPOSITIONS.has(after.text) || AFTER_PLACE_KIND.has(after.text));
}

// how far a list of names may run before its plural region word ("Kharkiv, Sumy and Chernihiv regions")
const REGION_LIST_SPAN = 16;

/** The generic word of a region's name a token in lower case is, as written or (plural) without its final s. */
function regionWord(t: Token | undefined, plural: boolean): string | undefined {
  if (!t || t.cap || t.kind !== 'word' || (plural && !t.text.endsWith('s'))) return undefined;
  // most words after a name are refused by their ends and length, before a lower-case copy is made
  if (!(plural ? MAY_BE_REGION_WORDS : MAY_BE_REGION_WORD).mayBeLowerCaseOf(t.text)) return undefined;
  const lower = (plural ? t.text.slice(0, -1) : t.text).toLowerCase();
  return REGION_WORDS_AFTER.has(lower) ? lower : undefined;
}

/** A generic word of a region's name in lower case after a name: "region", or "regions" after a list. */
function regionWordAfter(tokens: readonly Token[], last: number): string | undefined {
  const word = regionWord;
  const next = tokens[last + 1];
  const single = word(next, false);
  if (single) return single;
  // only a plural closes a list: "Kharkiv and Donetsk region" may be a city and a region
  const plural = word(next, true);
  if (plural) return plural;
  if (next?.text !== ',' && next?.text !== 'and') return undefined;
  for (let i = last + 2; i < tokens.length && i <= last + REGION_LIST_SPAN; i++) {
    const t = tokens[i]!;
    if (t.text === ',' || t.text === 'and' || t.cap) continue;
    return word(t, true);
  }
  return undefined;
}

/**
 * The first-level region a name names by the generic words around it ("the Kharkov region",
 * "Idlib province", "the province of Idlib"), when the gazetteer has one: a name that is also a
 * town's is the town without them.
 */
/**
 * The region the gazetteer knows by `phrase`, when `name` alone is a place of its country: the
 * gazetteer folds a phrase loosely and knows every country's regions, and "the Galilee region"
 * would otherwise be Saudi Arabia's Ha'il.
 */
function regionOf(phrase: string, name: string, places: GazetteerNames): GeoInfo | undefined {
  const geo = places.lookup(phrase);
  if (geo?.kind !== 'region') return undefined;
  const own = places.lookup(name);
  return own !== undefined && own.countryCode === geo.countryCode ? geo : undefined;
}

/** "the city of Kharkiv": the gazetteer's city, named so. */
function cityOf(tokens: readonly Token[], first: number, geo: GeoInfo): boolean {
  return geo.kind === 'city' && tokenAt(tokens, first - 1)?.text === 'of' && tokenAt(tokens, first - 2)?.text.toLowerCase() === 'city';
}

function regionPhrase(c: Candidate, tokens: readonly Token[], name: string, places: GazetteerNames): { geo: GeoInfo; alias?: string } | undefined {
  const after = regionWordAfter(tokens, c.last);
  if (after) {
    const geo = regionOf(`${name} ${after}`, name, places);
    const next = tokens[c.last + 1]!;
    if (geo) return { geo, ...(next.text.toLowerCase() === after ? { alias: `${c.text} ${next.text}` } : {}) };
  }
  const prev = tokenAt(tokens, c.first - 1);
  const prev2 = tokenAt(tokens, c.first - 2);
  if (prev?.text === 'of' && prev2 && !prev2.cap && REGION_WORDS_BEFORE.has(prev2.text.toLowerCase())) {
    const geo = regionOf(`${prev2.text.toLowerCase()} of ${name}`, name, places);
    if (geo) return { geo };
  }
  return undefined;
}

function textOf(tokens: readonly Token[], first: number, last: number, s: Sentence): string {
  void s;
  let out = '';
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    if (i > first && t.start > tokens[i - 1]!.end) out += ' ';
    out += t.text;
  }
  return out;
}

const COORDINATORS = new Set([',', 'and', 'or', '&', 'as', 'well', 'along', 'with', 'plus', 'nor']);

/** Whether tokens from..to (exclusive) are all coordinating words, without an array of their texts. */
function coordinatorsOnly(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!COORDINATORS.has(tokens[i]!.text)) return false;
  return true;
}

/**
 * "the Syrian village of Hadar": a nationality before the kind of place says which country the
 * place lies in; when the gazetteer's place of that name lies elsewhere (a Hadar in Iraq), the
 * place is that country's, one the gazetteer does not hold.
 */
function inNamedCountry(tokens: readonly Token[], at: number, geo: GeoInfo | undefined, places: GazetteerNames): GeoInfo | undefined {
  const t = tokens[at];
  if (t === undefined || !t.cap || t.kind !== 'word') return undefined;
  const country = demonym(t.text);
  if (country === undefined || country.code === null || geo?.countryCode === country.code) return undefined;
  // (the country as the gazetteer names it: "Syria", not "Syrian Arab Republic")
  const named = places.lookup(country.name);
  return { kind: 'place', countryCode: country.code, country: named?.countryCode === country.code ? named.name ?? country.name : country.name };
}

/** Whether a name follows a plural kind of place and "of" ("the towns of …"). */
function afterPluralKind(c: Candidate, sentences: readonly Sentence[]): boolean {
  const tokens = sentences[c.sentence]!.tokens;
  const kind = tokens[c.first - 2];
  return tokens[c.first - 1]?.text === 'of' && kind !== undefined && !kind.cap && PLURAL_PLACE_KINDS.has(kind.text);
}

/**
 * "At the Brookings Institution, Clinton denied …": a name after a lone comma and before a word in
 * lower case opens a clause; a list's last member follows "and" or "or".
 */
function opensClauseAfterComma(tokens: readonly Token[], gap: number, b: Candidate): boolean {
  const next = tokens[b.last + 1];
  return gap === 1 && tokens[b.first - 1]!.text === ',' && next !== undefined && next.kind === 'word' && !next.cap && !COORDINATORS.has(next.text);
}

/**
 * Names in one list are of one kind ("Donetsk, Lugansk and Crimea"): members typed by weak
 * evidence or none take the type of the list's strongest member.
 */
// an acronym of four capitals or more, no stops ("UNIFIL", not "N.C.")
const LETTERS_ACRONYM = /^\p{Lu}{4,}$/u;

function coordinate(candidates: Candidate[], sentences: readonly Sentence[]): void {
  let groupStart = 0;
  const settle = (from: number, to: number): void => {
    if (to - from < 1) return;
    let best: Candidate | null = null;
    // (with the places and people typed as strongly, for amongPlaces below)
    let strongPlaces = 0;
    let strongPeople = 0;
    for (let i = from; i <= to; i++) {
      const c = candidates[i]!;
      if (!c.type || c.strength < 2) continue;
      if (!best || c.strength > best.strength) best = c;
      if (c.type === 'place') strongPlaces++;
      else if (c.type === 'person') strongPeople++;
    }
    if (!best) {
      // ("captured Malynivka and Stepove": a place the gazetteer knows, typed by weak evidence,
      // gives its kind only to members that have none)
      let known = false;
      for (let i = from; i <= to && !known; i++) known = candidates[i]!.type === 'place' && candidates[i]!.key !== undefined;
      if (!known) return;
      for (let i = from; i <= to; i++) {
        const c = candidates[i]!;
        if (c.type !== null) continue;
        c.type = 'place';
        c.strength = 1;
        c.geo ??= { kind: 'place' };
      }
      return;
    }
    // a name shaped like a person's among places the text or the gazetteer types, in a list of
    // three or more or beside another place so typed ("the municipalities of Zvecan, Zubin Potok
    // and Leposavic") is one of them: people are seldom listed with places
    // ("the villages of Novopavlivka and Sukhyi Yar": a plural kind of place names every member)
    const amongPlaces = best.type === 'place' && strongPeople === 0 && (strongPlaces >= 2 || to - from >= 2 || afterPluralKind(candidates[from]!, sentences));
    for (let i = from; i <= to; i++) {
      const c = candidates[i]!;
      if (c.strength >= 2 || (c.type === 'person' && c.words.length > 1 && !amongPlaces)) continue;
      c.type = best.type;
      c.strength = 1;
      if (best.type === 'place' && !c.geo) c.geo = { kind: 'place' };
    }
  };
  for (let i = 1; i <= candidates.length; i++) {
    const a = candidates[i - 1]!;
    const b = candidates[i];
    let linked = false;
    if (b && b.sentence === a.sentence) {
      const tokens = sentences[a.sentence]!.tokens;
      const gap = b.first - a.last - 1;
      const opener = tokens[a.last + 1]?.text;
      // ("the peacekeeping force in Lebanon, UNIFIL, urged": an acronym set off after a place names the phrase before, no list member)
      const acronymSetOff = gap === 1 && opener === ',' && b.first === b.last && LETTERS_ACRONYM.test(tokens[b.first]!.text) && !tokens[a.last]!.upper;
      linked = gap > 0 && gap <= 3 && (opener === ',' || opener === 'and' || opener === 'or' || opener === '&') && !acronymSetOff && coordinatorsOnly(tokens, a.last + 1, b.first) && !isPossessive(tokens[b.last + 1]) && !opensClauseAfterComma(tokens, gap, b);
    }
    if (!linked) {
      settle(groupStart, i - 1);
      groupStart = i;
    }
  }
}
