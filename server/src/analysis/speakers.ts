import calendar from './data/calendar.json';
import placeData from './data/places.json';
import { ADJUNCTS, AUXILIARIES, BOUNDARY_WORDS, DETERMINERS, FRAME_WORDS, NAME_CONNECTORS, NAME_SUFFIXES, NOT_NAMES, ORGANIZATION_WORDS, ORGANIZATION_WORDS_LOWER, PERSON_ROLES, PRONOUNS, TITLES } from './cues';
import type { ProseDocument } from './document';
import { detached } from './detached';
import { FullNames } from './fullNames';
import { MentionIndex, type IndexedMention } from './mentionIndex';
import { PREVIOUS, type Placed } from './quotes';
import { isAllCaps, isCapitalised, pluralPossessive, tokenize, type Token } from './quoteTokens';
import type { Block, Entity, Quote, Span } from './types';
import { type Gender, genderOfWord, ORG_KINDS_BEFORE, TITLE_OBJECTS } from './lexicon';
import { lowerBound } from './search';
import { isTitleStop } from './sentences';
import { ROLE_HEAD, wordFacts } from './wordFacts';
import { endsInApostropheS, isSpaceAt, lastWordIs } from './wordShapes';

export interface Who {
  readonly speaker: string | null;
  readonly entity: string | null;
  readonly person: boolean;
}


const NOBODY: Who = { speaker: null, entity: null, person: false };

/** How far before a pronoun the speaker of the sentence before it may be named. */
const SPOKE_REACH = 300;
// the rest of a sentence after its speaker's name, on one line: no stop but its last, then the pronoun's sentence
const REST_OF_SENTENCE = /^[^.!?\n]*[.!?]["”’)]*[ \t]+$/;

// … or a short phrase set off by a comma opens the next, the pronoun after it: "…. In a statement, it said"
const REST_THEN_FRONTED = /^[^.!?\n]*[.!?]["”’)]*[ \t]+\p{Lu}[^.!?\n,"“”]{0,40},[ \t]+$/u;

// … or a quotation of one sentence opens the next, the pronoun after it: "…. “People cannot reach them,” she said"
const REST_THEN_QUOTATION = /^[^.!?\n]*[.!?]["”’)]*[ \t]+["“][^"“”\n]*[,?!]["”][ \t]+$/;

// A title's stop ("Mr.", "Gov.") ends no sentence (sentences.ts isTitleStop, which the sentence
// splitter asks too). The shapes above are read on the text with those stops blanked
// (withoutTitleStops): an expression that looked behind each stop for a title made the whole
// analysis ~7% slower, these tests being asked for every mention a pronoun passes.

const isAsciiLetter = (c: number): boolean => (c | 32) >= 97 && (c | 32) <= 122;

/** `text` with every title's stop made a space (the same text when it has none). */
function withoutTitleStops(text: string): string {
  let out: string | undefined;
  for (let dot = text.indexOf('.'); dot >= 0; dot = text.indexOf('.', dot + 1)) {
    if (!isTitleStop(text, dot)) continue;
    out = (out ?? text).slice(0, dot) + ' ' + (out ?? text).slice(dot + 1);
  }
  return out ?? text;
}

/** Whether the person named at `end` spoke in the sentence right before the one a pronoun at `at` opens (or closes, after a quotation). */
function spokeJustBefore(prose: string, end: number, at: number): boolean {
  return readsWithinReach(prose, end, at, REST_OF_SENTENCE) || readsWithinReach(prose, end, at, REST_THEN_QUOTATION);
}

// … or the next sentence's words up to a comma, the pronoun set off after them: "…. The company has
// paid $100 million to the village, he said", "…. In a joint statement, they said"
const REST_THEN_SET_OFF = /^[^.!?\n]*[.!?]["”’)]*[ \t]+\p{Lu}[^.!?\n"“”]{0,160},[ \t]+$/u;

/**
 * As spokeJustBefore, or the pronoun is set off after the next sentence's first words: who spoke
 * last goes on speaking there (not merely who was named: "Scholz flew home. In Warsaw with
 * Donald Tusk, he said" is left to the nearest person).
 */
function spokeBeforeSetOff(prose: string, end: number, at: number): boolean {
  return spokeJustBefore(prose, end, at) || readsWithinReach(prose, end, at, REST_THEN_SET_OFF);
}

// what may stand before a sentence's subject: a sentence's end, the block's start or a dateline's dash, and "The"
const SUBJECT_OPENING = /(?:^|[.!?]["”’]?\s+|\n|\s[—–-]\s+)(?:The\s+)?$/;
// the subject is the name itself, not whose it is ("Sudan's army") nor a name it modifies
const HEADS_SUBJECT = /^(?:\s+\p{Ll}|,)/u;
// a dateline's place in capitals: "KHARTOUM (AP) —", "MANILA, June 17"
const DATELINE_AFTER = /^\s*(?:\(|,|[—–-])/;

/** A place in capitals before its agency, date or dash (a dateline, not a subject). */
function isDateline(prose: string, m: Span): boolean {
  const text = prose.slice(m.start, m.end);
  return text.length > 2 && text === text.toUpperCase() && DATELINE_AFTER.test(prose.slice(m.end, m.end + 3));
}

/** Whether the mention at `start` opens its sentence (after "The" or a title at most: "Mr. Obama"). */
function opensSentence(prose: string, start: number): boolean {
  let at = start;
  // past a title right before the name
  let p = at - 1;
  while (p >= 0 && prose.charCodeAt(p) === 32) p--;
  if (p < at - 1 && prose.charCodeAt(p) === 46 && isTitleStop(prose, p)) {
    at = p;
    while (at > 0 && isAsciiLetter(prose.charCodeAt(at - 1))) at--;
  }
  return SUBJECT_OPENING.test(withoutTitleStops(prose.slice(Math.max(0, at - 8), at)));
}

/** Whether the text from `end` to `at`, SPOKE_REACH characters at most, reads as `shape` says (a title's stop ending no sentence). */
function readsWithinReach(prose: string, end: number, at: number, shape: RegExp): boolean {
  return end <= at && at - end <= SPOKE_REACH && shape.test(withoutTitleStops(prose.slice(end, at)));
}

// a dateline's place in capitals, and its date, before the agency's parenthesis: "KHARTOUM ", "PORT LOUIS, May 23 "
const DATELINE_HEAD = /^\p{Lu}[\p{Lu}.'’ -]+(?:,[\p{L}\d. ]*)?$/u;
/** Characters from a block's start to a dateline's agency at most. */
const MAX_DATELINE = 60;

// the rest of a sentence: no stop and no line end
const WITHIN_SENTENCE = /^[^.!?\n]*$/;

/** Whether `at` lies in the sentence of a phrase that ends at `end` (within SPOKE_REACH). */
function sameSentence(prose: string, end: number, at: number): boolean {
  return readsWithinReach(prose, end, at, WITHIN_SENTENCE);
}

// An indefinite description introduces someone unnamed ("A senior official"); a definite one
// ("The Republican nominee") mostly stands for a person named before, whom a pronoun then means.
const INDEFINITE = /^\s*(?:an?|one|another)\s/i;

// the words that link a role to the body it speaks for or the place it is in: "a spokesman for",
// "an official of", "a doctor at", "a refugee from"
const BODY_LINKS: ReadonlySet<string> = new Set(['for', 'of', 'at', 'from', 'with']);

/** A description's head noun, in lower case: the word before a phrase of place or of a body ("a United Nations official in Gaza"), else the last. */
function describedHead(described: string): string {
  const words = described.split(' ');
  let h = words.length - 1;
  for (let k = 1; k < words.length - 1; k++) {
    if (LOCATIVES.has(words[k]!) || BODY_LINKS.has(words[k]!)) {
      h = k - 1;
      break;
    }
  }
  return words[h]!.toLowerCase();
}

/** The words before a body's name, when a link ends them ("a spokesman for the" → a, spokesman); else null. */
function wordsBeforeLink(before: string): string[] | null {
  const words = before.split(' ').filter((w) => w !== '');
  if (words[words.length - 1]?.toLowerCase() === 'the') words.pop();
  const link = words.pop();
  return link !== undefined && BODY_LINKS.has(link.toLowerCase()) && words.length > 0 ? words : null;
}

/** The words before a body's name are people in the plural and their link to it: "Analysts at the", "Two lawyers for". */
function pluralAtBody(before: string): boolean {
  const words = wordsBeforeLink(before);
  return words !== null && isPlural(words[words.length - 1]!.toLowerCase());
}

/** A description whose head is a person's role in the singular ("a Republican candidate", not "officials"). */
function singularRole(described: string): boolean {
  const head = describedHead(described);
  // (or a noun of people who speak in the news: "One major donor said he …")
  return ((wordFacts(head) & ROLE_HEAD) !== 0 || PERSON_ROLES.has(head)) && !isPlural(head);
}

/** The source's words before the body named at `at` are a person's role and its link: "a spokesman for", "an official at". */
function speaksFor(key: string, at: number): boolean {
  const words = wordsBeforeLink(key.slice(0, at));
  return words !== null && singularRole(words.join(' '));
}

/** A phrase whose last word is a body's noun: "Al-Sudani's office", "the prime minister's office". */
function namesBody(phrase: string): boolean {
  return ORGANIZATION_WORDS_LOWER.has(phrase.slice(phrase.lastIndexOf(' ') + 1).toLowerCase());
}

// "the ministry", "The committee": a definite noun that may stand for an organisation named before
const DEFINITE_HEAD = /^the ([a-z]+)$/i;

// "the registry said", "the national electoral registry said": a noun after "the" (and up to two
// modifiers) that a frame makes a speaker is a body the lists may lack
// (not a gerund: "the partner being")
const DEFINITE_NOUN = /^the (?:[a-z-]+ ){0,2}[a-z]+(?<!ing)$/i;

/** Words an unnamed speaker's description (describedSpeaker) runs to at most. */
const MAX_DESCRIBED = 8;
// openers of a clause rather than a noun phrase
const NOT_DESCRIPTION: ReadonlySet<string> = new Set(['which', 'who', 'whom', 'that', 'what', 'it', 'they', 'he', 'she', 'we', 'i', 'you', 'this', 'these', 'those', 'there', 'here']);
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
const APOSTROPHE = /['’]/;
/** The word up to its apostrophe: "he" of "He’s". */
const beforeApostrophe = (word: string): string => {
  const at = word.search(APOSTROPHE);
  return at < 0 ? word : word.slice(0, at);
};
const POSSESSIVE_END = /['’]s$/;
/** A plural noun's ending: "s", not a possessive's or a contraction's "’s", nor "ss". */
// ("fishermen", "women": the plural of a role in -man)
const isPlural = (lower: string): boolean => lower.length > 3 && (lower.endsWith('s') && !lower.endsWith('ss') && !APOSTROPHE.test(lower) || lower.endsWith('men') && PERSON_ROLES.has(`${lower.slice(0, -3)}man`));

/**
 * The source phrase as the speaker's description, when it reads as a short noun phrase: words of
 * letters and digits (with inner apostrophes, hyphens and dots) between single spaces, a comma
 * allowed after a word, its head a noun. Read by character codes: it is asked of most unnamed sources.
 */
function describedSpeaker(key: string): string | null {
  if (key.length > MAX_DESCRIBED_LENGTH) return null;
  const text = singleSpaced(key) ? key.trim() : key.replace(/\s+/g, ' ').trim();
  // its head is a noun: a name, a role or title or body ("officials", "a sergeant", "ministry"), or a plural ("crew members"),
  // not a determiner or a verb left over ("The", "consider")
  const space = text.lastIndexOf(' ');
  const head = text.charCodeAt(text.length - 1) === 44 ? text.slice(space + 1, -1) : text.slice(space + 1);
  if (head === '') return null;
  const lower = head.toLowerCase();
  // ("Many believe …", "Some say …", "Others argue …": a quantifier alone stands for people)
  if (space < 0 && STANDALONE_QUANTIFIERS.has(lower)) return text;
  if (DETERMINERS.has(lower)) return null;
  const first = head.charCodeAt(0);
  const upper = first < 128 ? first >= 65 && first <= 90 : head[0] !== head[0]!.toLowerCase();
  // (a capitalised common word alone is a noun only as a plural: "Analysts", not "The" or "Consider")
  const capitalised = upper && !(space < 0 && !isPlural(lower) && head.slice(1) === lower.slice(1));
  // (a possessive head is its noun: "the administration's", "the city police’s")
  const noun = lower.replace(POSSESSIVE_END, '');
  // (or a document that reports, after a determiner: "said the ruling", "according to the report")
  const document = DOCUMENTS.has(noun) && DETERMINED.test(text);
  // (or a kind of firm or body after a determiner: "the drugmaker added", "the lender said")
  const kindOfBody = ORG_KINDS_BEFORE.has(noun) && DETERMINED.test(text);
  if (!(capitalised || DEFINITE_NOUN.test(text) || PERSON_ROLES.has(noun) || (wordFacts(noun) & ROLE_HEAD) !== 0 && DETERMINED.test(text) || ORGANIZATION_WORDS_LOWER.has(noun) || document || kindOfBody || isPlural(noun) || noun !== lower && noun.length > 3 || roleBeforeModifier(text))) return null;
  let words = 1;
  let wordStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (wordStart) return null;
      words++;
      wordStart = true;
      continue;
    }
    if (c === 44) {
      // a comma only after a word and before a space
      if (wordStart || (i + 1 < text.length && text.charCodeAt(i + 1) !== 32)) return null;
      continue;
    }
    const letter = c < 128 ? (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) : LETTER_OR_DIGIT.test(text[i]!);
    if (!letter && (wordStart || !(c === 39 || c === 0x2019 || c === 46 || c === 45))) return null;
    wordStart = false;
  }
  if (words > MAX_DESCRIBED) return null;
  // (the opener without a contraction or possessive: "He’s", "It's")
  const opener = beforeApostrophe(space < 0 ? lower : text.slice(0, text.indexOf(' ')).toLowerCase());
  return NOT_DESCRIPTION.has(opener) ? null : text;
}

/**
 * "people familiar with the matter", "two officials briefed on the talks": the head of a source
 * followed by a phrase that says which ones is a role or a body, though the phrase ends in another noun.
 */
function roleBeforeModifier(text: string): boolean {
  let from = text.indexOf(' ') + 1;
  let before = text.slice(0, from - 1).toLowerCase();
  while (from > 0) {
    const space = text.indexOf(' ', from);
    const word = (space < 0 ? text.slice(from) : text.slice(from, space)).toLowerCase();
    if (POSTMODIFIERS.has(word)) return PERSON_ROLES.has(before) || ORGANIZATION_WORDS_LOWER.has(before) || isPlural(before) && PERSON_ROLES.has(before.slice(0, -1));
    before = word;
    from = space + 1;
  }
  return false;
}

/** Characters an unnamed speaker's description runs to at most (MAX_DESCRIBED words, long ones). */
const MAX_DESCRIBED_LENGTH = 100;

const LOCATIVES = FRAME_WORDS.locatives;
// … and where a speaker comes from, which says no more of who speaks: "a senator from Ohio"
const WHERE_FROM: ReadonlySet<string> = new Set([...LOCATIVES, ...FRAME_WORDS.peopleLocatives, 'from']);
const DOCUMENTS = FRAME_WORDS.documents;
const POSTMODIFIERS = FRAME_WORDS.postmodifiers;
// a phrase opened by a determiner: "the ruling", "a televised interview", "its report"
// ("said one miner", "another resident said": a count of one is a determiner too)
const DETERMINED = /^(?:the|a|an|this|that|its|his|her|their|one|another)\s/i;
// "India and Pakistan both": no noun the name modifies
const QUANTIFIERS = FRAME_WORDS.quantifiers;
const STANDALONE_QUANTIFIERS = FRAME_WORDS.standaloneQuantifiers;
// a noun, then a preposition of place: a place that follows is where the speaker is, not who
// (but "lawmakers in Congress" are of Congress)
// (a capitalised noun opening the phrase may open the sentence: "Analysts in Tbilisi say")
// "Residents of North Mitrovica said": the people of a place speak, not the place
const INHABITANTS = FRAME_WORDS.inhabitants;
// "the government in Taipei": a body seated in a place speaks for it (not "analysts in Tbilisi")
const SEATED_BODIES = FRAME_WORDS.seatedBodies;
const ARTICLES = FRAME_WORDS.articles;
// a phrase opened by the people of a place: "Residents of the Druze village of "
const OPENED_BY_INHABITANTS = new RegExp(`^(?:the\\s+)?(?:${[...INHABITANTS].join('|')})\\s+of\\b`, 'i');
const SEATED_IN = new RegExp(`(?:^|\\s)(?:${[...SEATED_BODIES].join('|')})\\s+in\\s+$`, 'iu');
// ("refugees from Karabakh": where they come from)
// "Syria's envoy to the United Nations", "the ambassador to Washington": the body or place a role serves at, not whom it speaks for
const SERVING_AT = new RegExp(`(?:^|\\s)(?:${[...FRAME_WORDS.rolesServingTo].join('|')})\\s+to\\s+(?:the\\s+)?$`, 'iu');
// "allies of Hillary Clinton", "aides to the governor": the people around a person speak, not the person
const AROUND_PERSON = new RegExp(`(?:^|\\s)(?:${[...FRAME_WORDS.peopleAroundPerson].join('|')})\\s+(?:of|to|for|close\\s+to)\\s+$`, 'iu');
const INHABITANTS_OF = new RegExp(`(?:^|\\s)(?:${[...INHABITANTS].join('|')})\\s+(?:of|from)\\s+(?:the\\s+)?$`, 'iu');

// a role of a place, in lower case, right before the place's name: "The mayor of", "the governor of"
const ROLE_OF = /^(?:[Tt]he\s+)?(?:\p{Ll}[\p{L}-]*\s+){1,3}of\s+$/u;
const roleOf = (before: string): boolean => ROLE_OF.test(before);

/**
 * Whether the words of a source before a place say only where its speaker is ("analysts in
 * Tbilisi", "residents of Mitrovica"), not who speaks ("the government in Taipei").
 */
function onlyWhere(before: string): boolean {
  return (LOCATED.test(before) && !SEATED_IN.test(before)) || INHABITANTS_OF.test(before) || OPENED_BY_INHABITANTS.test(before);
}
// (the place may be named as a kind of place: "Fishermen in the coastal town of Masinloc say";
// or be where the speaker comes from: "a senator from Ohio", "a refugee from Mariupol")
// (a place's name may open with "The": "a tribunal in The Hague")
const LOCATED = new RegExp(`(?:^\\p{Lu}\\p{Ll}+|(?:^|\\s)\\p{Ll}[\\p{L}'’-]*)\\s+(?:${[...WHERE_FROM].join('|')})\\s+(?:[Tt]he\\s+)?(?:(?:[\\p{Ll}-]+\\s+){0,2}?(?:${placeData.kindsBefore.join('|')})\\s+of\\s+)?$`, 'u');

// A participial clause opening a sentence ("Asked about Macron's plan, he said"; "After meeting
// Scholz, she said"): its implied subject is the pronoun after it, so the people it names are
// whom that subject met or was asked about, never whom the pronoun stands for.
const ADJUNCT_PARTICIPLES = FRAME_WORDS.adjunctParticiples;
const ADJUNCT_LEADS = FRAME_WORDS.adjunctLeads;
// a sentence's start (after a stop and a space, or the block's start), its first word and maybe
// the one after it, then the clause up to a comma that ends where the pronoun follows
const ADJUNCT_BEFORE = /(?:^|[.!?]["”’)]?\s+)([A-Z][a-z]+)(?:\s+([a-z]+))?\b[^.!?\n]*,\s*$/;
/** How far back from a pronoun a fronted clause is looked for: a longer one is no adjunct but a sentence. */
const ADJUNCT_REACH = 240;

/** How many mentions a pronoun looks back over for the person or body it stands for. */
const LOOK_BACK = 200;

/** Whether two entities name a speaker alike. */
function namesSame(a: Entity, b: Entity): boolean {
  return a === b || (a.id === b.id && a.name === b.name && a.type === b.type);
}

// Runs of capitalised Latin-script words joined by single spaces (an initial may stand inside:
// "Donald J. Trump"). No Unicode property classes: over a whole document those are several times
// slower, and the entities module names the rest. Each repetition consumes a space and a word, and a
// run starts only at a word's start (else a long capitalised word is rescanned from each capital).
const NAME_RUN = /(?<![A-Za-z0-9\u00C0-\u024F’'\-])[A-Z\u00C0-\u00DE][A-Za-z0-9\u00C0-\u024F’'\-]*(?:[ \u00a0](?:[A-Z]\.[ \u00a0])?[A-Z\u00C0-\u00DE][A-Za-z0-9\u00C0-\u024F’'\-]*)+/g;

/** Calls `visit` with the words of every run of two or more capitalised words, possessive endings dropped. */
export function forEachCapitalisedRun(text: string, visit: (words: string[]) => void): void {
  NAME_RUN.lastIndex = 0;
  for (let m = NAME_RUN.exec(text); m !== null; m = NAME_RUN.exec(text)) {
    // the words by hand, not by split and replace: the document's every run is read
    const run = m[0];
    const words: string[] = [];
    let from = 0;
    for (let i = 0; i <= run.length; i++) {
      const c = i < run.length ? run.charCodeAt(i) : 32;
      if (c !== 32 && c !== 0xa0) continue;
      if (i > from) {
        // a possessive ends the name: "Trump’s Washington hotel"
        const possessive = i - from >= 2 && run.charCodeAt(i - 1) === 115 && (run.charCodeAt(i - 2) === 0x2019 || run.charCodeAt(i - 2) === 39);
        let end = possessive ? i - 2 : i;
        if (end > from && run.charCodeAt(end - 1) === 46) end--;
        words.push(run.slice(from, end));
        if (possessive) break;
      }
      from = i + 1;
    }
    if (words.length >= 2) visit(words);
  }
}

/** The speech a quote continues: who spoke it, and where they are named. */
export interface Speech {
  readonly who: Who;
  readonly mention: Span | undefined;
}

/**
 * Names the speaker of each quote of a block (`placed`, in document order): the source its frame
 * names, the speaker it continues (of a quote before it in the block, or `speechBefore`, the last
 * speech of the block before), or nobody. Returns the quotes and their speeches, in that order.
 */
export function attributeBlock(context: Speakers, placed: Placed, speechBefore: Speech | null): { quotes: Quote[]; speeches: Speech[] } {
  const quotes: Quote[] = [];
  const speeches: Speech[] = [];
  for (let k = 0; k < placed.sorted.length; k++) {
    const s = placed.sorted[k]!;
    let speech: Speech = { who: NOBODY, mention: undefined };
    if (s.source) speech = context.resolve(s.source);
    else if (s.continues !== undefined) {
      // a quote continues only a speech before it in document order
      const at = s.continues === PREVIOUS ? -1 : placed.rank[s.continues]!;
      const continued = at < 0 ? speechBefore : at < k ? speeches[at]! : null;
      if (continued) speech = continued;
    }
    speeches.push(speech);
    const cue = s.cue ? context.cut(s.cue.start, s.cue.end) : null;
    const speakerMention = speech.mention;
    const { start, end, kind, sentence } = s;
    const text = context.cut(start, end);
    const speaker = speech.who.speaker;
    const speakerEntity = speech.who.entity;
    // literals of each shape, keys in the order the annotations list them: no spread on this path
    const cueRange = s.cue && { start: s.cue.start, end: s.cue.end };
    if (speakerMention && cueRange) quotes.push({ start, end, text, kind, speaker, speakerEntity, cue, speakerMention, cueRange, sentence });
    else if (speakerMention) quotes.push({ start, end, text, kind, speaker, speakerEntity, cue, speakerMention, sentence });
    else if (cueRange) quotes.push({ start, end, text, kind, speaker, speakerEntity, cue, cueRange, sentence });
    else quotes.push({ start, end, text, kind, speaker, speakerEntity, cue, sentence });
  }
  return { quotes, speeches };
}

/**
 * What a source phrase's own words say, whoever else the document names: kept by the phrase's
 * text from one analysis of an edited document to the next (offsets relative to the phrase).
 */
interface SourceWords {
  /** The phrase is a pronoun alone ("he"): the pronoun in lower case, and where it stands. */
  readonly pronoun: { readonly lower: string; readonly from: number; readonly to: number } | null;
  /** The name `nameIn` finds in it, once asked (undefined until then). */
  name?: { readonly text: string; readonly words: readonly string[]; readonly from: number; readonly to: number; readonly person: boolean } | null;
  /** Who it describes when it names nobody (`describedSpeaker`), once asked: no one speaker, but one for the phrase. */
  described?: Who;
}

/**
 * What the source phrases say by their own words, by their text, and the surnames they asked
 * about (see FullNames), kept from one analysis of an edited document to the next.
 */
interface Sources {
  readonly words: Map<string, SourceWords>;
  readonly surnames: Set<string>;
}

const SOURCES = 'speakers:sources';

/** What naming the speakers of a document's quotes reads of the document as a whole, and the state it carries from quote to quote. */
export class Speakers {
  /** The entity mentions speakers are named by, by start (dates never speak). */
  readonly mentions: readonly IndexedMention[];
  private fullNames: FullNames | undefined;
  /**
   * What source phrases say, by their text: kept from one analysis to the next while the document
   * is edited, else for this analysis only (a phrase such as "he said" or "Ruiz said" comes again).
   */
  private readonly words: Map<string, SourceWords>;
  /** Whether the document is edited: what is kept must then be copies, not views into this text (see detached.ts). */
  private readonly keeps: boolean;
  /** The surnames the previous analysis's quotes asked about (all of them, and maybe more), and those this one's asked. */
  private readonly askedBefore: Set<string> | undefined;
  private readonly asked: Set<string> | undefined;
  private readonly plausibleEntities = new Map<Entity, boolean>();
  /** The tokens of the source phrase `wordsOf` last read, when it read them. */
  private tokens: Token[] | undefined;
  private readonly names = new Map<string, { who: Who; from: number; to: number }>();
  /** The last person named, whom "he" or "she" stands for when no entity says. */
  lastPerson: Who | null = null;
  /** The last person a source named, and where that mention ends (see `spokeJustBefore`). */
  private lastSpoke: { readonly who: Who; readonly end: number } | null = null;
  /** The source span resolved last, and what it named (see `resolve`). */
  private lastResolved: { readonly start: number; readonly end: number; readonly found: { who: Who; mention: Span } } | null = null;
  /** The last organisation or place a source named ("Russia has said"), and where its mention ends. */
  private lastBody: { readonly who: Who; readonly end: number } | null = null;
  /** The last unnamed speaker described by a singular role after "a" ("a Republican candidate"), and where its phrase ends. */
  private lastDescribed: { readonly who: Who; readonly end: number } | null = null;
  /**
   * The unnamed speakers described in the plural ("Diplomats in Bamako") when they are the last a
   * source named, and where their phrase ends: whom "they" right after means.
   */
  private lastGroup: { readonly who: Who; readonly end: number } | null = null;
  /**
   * The previous analysis's entities (by id) that stand for one of this analysis with another id
   * or name (an entity added before them renumbers them; a mention added to them renames them):
   * the quotes taken from that analysis name them anew (see `now`).
   */
  private readonly renamed = new Map<string, Entity>();
  /**
   * The words of the text from one offset to another: copies while the document is edited, whose
   * quotes the next analysis may take (a slice would keep this version of the text alive).
   */
  readonly cut: (from: number, to: number) => string;

  constructor(
    private readonly doc: ProseDocument,
    entities: readonly Entity[],
  ) {
    this.keeps = doc.cache?.keeps === true;
    this.words = new Map();
    // kept from one analysis to the next while the document is edited: brought up to date each time
    if (doc.cache?.keeps) {
      this.fullNames = new FullNames(doc, forEachCapitalisedRun, fullNameOf);
      const previous = doc.cache.take<Sources>(SOURCES);
      // phrases no longer written pile up as the document is edited: let them go now and then
      this.words = previous && previous.words.size <= 4 * doc.blocks.length + 64 ? previous.words : new Map();
      this.askedBefore = previous?.surnames;
      this.asked = new Set();
    }
    this.mentions = MentionIndex.of(entities).byStart('date');
    const text = doc.text;
    this.cut = doc.cache?.keeps ? (from, to) => detached(text.slice(from, to)) : (from, to) => text.slice(from, to);
  }

  /**
   * From which offset on the quotes of the text after an edit are named as the previous analysis
   * named them, those before it being named so too; undefined when none are. The surnames the
   * previous analysis asked about must stand for the same full names, and the entity mentions
   * (`before`, the previous analysis's) before `from` be the same where they stood, and those at
   * or after `to` (in the previous text) the same `delta` further on, each of an entity that names
   * the same or stands for one other entity all through (see `standsFor`). Those in between, in
   * the blocks the edit changed, may differ: a pronoun after them looks back to the nearest person
   * (he, she, we) or organisation (it) that may speak, over LOOK_BACK mentions at most, and from
   * where that reaches none of them it reads as before: past the first of each after them (each
   * the same type and as plausible a speaker as before, see `standsFor`), or LOOK_BACK mentions on.
   */
  readAsBefore(before: readonly IndexedMention[], from: number, to: number, delta: number): number | undefined {
    const now = this.mentions;
    const changed = this.fullNames?.changed();
    const asked = this.askedBefore;
    if (!changed || !asked || changed.some((surname) => asked.has(surname))) return undefined;
    // most mentions are of the very same entity (or its copy, moved): no call for those
    const sameMention = (a: IndexedMention, b: IndexedMention, shift: number): boolean => b.start === a.start + shift && b.end === a.end + shift && (a.entity === b.entity || this.standsFor(a.entity, b.entity));
    let head = 0;
    for (; head < before.length && before[head]!.start < from; head++) if (head >= now.length || !sameMention(before[head]!, now[head]!, 0)) return undefined;
    if (head < now.length && now[head]!.start < from) return undefined;
    let tail = 0;
    for (; tail < before.length - head && before[before.length - 1 - tail]!.start >= to; tail++) {
      if (now.length - 1 - tail < head || !sameMention(before[before.length - 1 - tail]!, now[now.length - 1 - tail]!, delta)) return undefined;
    }
    const firstAfter = now.length - tail;
    // an entity renamed here and named the same there stands for two
    const one = (a: IndexedMention, b: IndexedMention): boolean => !namesSame(a.entity, b.entity) || !this.renamed.has(a.entity.id);
    if (this.renamed.size > 0) {
      for (let i = 0; i < head; i++) if (!one(before[i]!, now[i]!)) return undefined;
      for (let t = 1; t <= tail; t++) if (!one(before[before.length - t]!, now[now.length - t]!)) return undefined;
    }
    // as many mentions in the changed blocks as before, each of the entity it stood for: a look-back reads as before
    if (now.length === before.length && (firstAfter === head || now[firstAfter - 1]!.start < to + delta)) {
      let same = true;
      for (let i = head; i < firstAfter && same; i++) {
        const a = before[i]!.entity;
        const b = now[i]!.entity;
        same = namesSame(a, b) ? !this.renamed.has(a.id) : this.renamed.get(a.id) === b;
      }
      if (same) return -Infinity;
    }
    const reach = Math.min(now.length, firstAfter + LOOK_BACK);
    // a person "he" may stand for, and one "she" may (one whose first name says neither stops both)
    let he = -1;
    let she = -1;
    let organization = -1;
    for (let i = firstAfter; i < reach && (he < 0 || she < 0 || organization < 0); i++) {
      const e = now[i]!.entity;
      if (e.type === 'person' && (he < 0 || she < 0) && this.plausible(e)) {
        const gender = firstNameGender(e.name);
        if (he < 0 && gender !== 'female') he = i;
        if (she < 0 && gender !== 'male') she = i;
      } else if (organization < 0 && e.type === 'organization' && this.plausible(e)) organization = i;
    }
    if (he >= 0 && she >= 0 && organization >= 0) return now[Math.max(he, she, organization)]!.start + 1;
    return firstAfter + LOOK_BACK <= now.length ? now[firstAfter + LOOK_BACK - 1]!.start + 1 : undefined;
  }

  /**
   * Whether the previous analysis's entity `was` names a speaker as `now` does, or stands for it
   * (of the same type, as plausibly speaking) under another id or name: then it must stand for it
   * wherever it is met (see `renamed`).
   */
  private standsFor(was: Entity, now: Entity): boolean {
    if (namesSame(was, now)) return true;
    if (was.type !== now.type || (was.name !== now.name && plausibleSpeaker(was) !== this.plausible(now))) return false;
    // (renamed to a first name of another sex, "he" and "she" may stand for it no more, or now)
    if (was.type === 'person' && firstNameGender(was.name) !== firstNameGender(now.name)) return false;
    const known = this.renamed.get(was.id);
    if (known) return known === now;
    this.renamed.set(was.id, now);
    return true;
  }

  /** Whether some entity of the previous analysis stands for another id or name now. */
  get renames(): boolean {
    return this.renamed.size > 0;
  }

  /** The entity the previous analysis's entity `id` stands for when it has another id or name now. */
  renamedTo(id: string | null): Entity | undefined {
    return id === null ? undefined : this.renamed.get(id);
  }

  /** `who`, named by the previous analysis, as this one names it (see `readAsBefore`). */
  now(who: Who): Who {
    const entity = this.renamedTo(who.entity);
    return entity ? { speaker: entity.name, entity: entity.id, person: who.person } : who;
  }

  /**
   * Hands what the source phrases say to the next analysis of the document, with the surnames
   * this analysis's quotes asked about: those of every quote when `all` were named afresh, else
   * with those the previous analysis's asked about too (its quotes were taken, see quoteBlocks.ts).
   */
  carry(all: boolean): void {
    if (!this.keeps || !this.asked) return;
    const surnames = all || !this.askedBefore ? this.asked : this.askedBefore;
    if (surnames !== this.asked) for (const surname of this.asked) surnames.add(surname);
    this.doc.cache!.carry(SOURCES, { words: this.words, surnames } satisfies Sources);
  }

  /** Who a source span names, and where. */
  resolve(source: Span): { who: Who; mention: Span } {
    const key = this.doc.prose.slice(source.start, source.end);
    // remembered for a document without entities only (see below)
    const known = this.mentions.length === 0 ? this.names.get(key) : undefined;
    if (known) {
      // the same words name the same speaker wherever they stand
      if (known.who.person && !this.inHeading(source.start)) {
        this.lastPerson = known.who;
        this.lastSpoke = { who: known.who, end: source.start + known.to };
      }
      return { who: known.who, mention: { start: source.start + known.from, end: source.start + known.to } };
    }
    // "She declined to say …": a verb that shares another's subject shares its speaker (the
    // pronoun would otherwise look back past the speaker it just found)
    const previous = this.lastResolved;
    if (previous !== null && previous.start === source.start && previous.end === source.end) return previous.found;
    const found = this.resolveAfresh(source, key);
    this.lastResolved = { start: source.start, end: source.end, found };
    // (any other speaker named in between makes "they" no longer clear)
    if (found.group) this.lastGroup = { who: found.who, end: source.end };
    else if (found.who !== this.lastGroup?.who) this.lastGroup = null;
    // remembered for a document without entities only, the one case that asks (above)
    if (found.who.speaker !== null && !found.pronoun && this.mentions.length === 0) {
      this.names.set(key, { who: found.who, from: found.mention.start - source.start, to: found.mention.end - source.start });
    }
    if (found.who.person && !this.inHeading(source.start)) this.lastSpoke = { who: found.who, end: found.mention.end };
    return found;
  }

  private resolveAfresh(source: Span, key: string): { who: Who; mention: Span; pronoun?: boolean; group?: boolean } {
    const words = this.wordsOf(source, key);
    const pronoun = words.pronoun;
    if (pronoun) return { who: this.pronoun(pronoun.lower, source.start), mention: { start: source.start + pronoun.from, end: source.start + pronoun.to }, pronoun: true };
    const byEntity = this.entityIn(source);
    if (byEntity) {
      const who = { speaker: byEntity.entity.name, entity: byEntity.entity.id, person: byEntity.entity.type === 'person' };
      this.remember(who);
      if (!who.person) {
        this.lastBody = { who, end: byEntity.end };
        // "A spokesman for the energy ministry said …. He declined to say": the one person who
        // speaks for the body, whom a pronoun after means
        if (INDEFINITE.test(key) && speaksFor(key, byEntity.start - source.start)) this.lastDescribed = { who, end: source.end };
      }
      // ("Analysts at the Institute for the Study of War wrote …. They noted …": people in the plural at a body are whom "they" means)
      return { who, mention: { start: byEntity.start, end: byEntity.end }, group: !who.person && pluralAtBody(key.slice(0, byEntity.start - source.start)) };
    }
    // "The ministry said": the organisation named before whose name ends in that noun
    const definite = DEFINITE_HEAD.exec(key);
    const body = definite === null ? null : this.bodyNamed(definite[1]!.toLowerCase(), source.start);
    if (body !== null) return { who: { speaker: body.entity.name, entity: body.entity.id, person: false }, mention: source };
    if (words.name === undefined) {
      const name = nameIn(this.tokens ?? tokenize(this.doc.prose, source.start, source.end, []), this.doc.prose, isCommonNoun);
      // kept with the phrase from one edit to the next (see wordsOf), not views into this text
      const keep = this.keeps ? detached : (w: string): string => w;
      words.name = name && { text: keep(name.text), words: name.words.map(keep), from: name.span.start - source.start, to: name.span.end - source.start, person: name.person };
    }
    const name = words.name;
    if (!name || SERVING_AT.test(key.slice(0, name.from)) || AROUND_PERSON.test(key.slice(0, name.from))) {
      // "Several crew members said", "the state's election officials said": no name, but who
      // spoke as the text describes them
      if (words.described === undefined) {
        const described = describedSpeaker(key);
        words.described = described === null ? NOBODY : { speaker: this.keeps ? detached(described) : described, entity: null, person: false };
      }
      if (words.described.speaker !== null && INDEFINITE.test(key) && singularRole(words.described.speaker)) this.lastDescribed = { who: words.described, end: source.end };
      if (words.described.speaker !== null && namesBody(key)) this.lastBody = { who: words.described, end: source.end };
      return { who: words.described, mention: source, group: words.described.speaker !== null && isPlural(describedHead(words.described.speaker)) };
    }
    const speaker = name.words.length === 1 ? (this.fullName(name.words[0]!) ?? name.text) : name.text;
    const who = { speaker, entity: null, person: name.person };
    // (a headline's capitals tell no name: "Senate Candidate Walks Back …" names no one a pronoun may stand for)
    if (!this.inHeading(source.start)) this.remember(who);
    // ("a Republican candidate": a role that a name modifies describes the speaker)
    // (and "a spokesman for the energy ministry": the one person who speaks for the body named)
    if (!name.person && INDEFINITE.test(key) && (singularRole(speaker) || speaksFor(key, name.from))) this.lastDescribed = { who, end: source.end };
    // ("Al-Sudani's office rejected the charge. In a statement, it said …": the body "it" stands for)
    if (!name.person && namesBody(speaker)) this.lastBody = { who, end: source.end };
    // ("Two senators", "Kremlin officials": a name before people in the plural describes a group "they" may mean)
    const head = name.words[name.words.length - 1]!;
    return { who, mention: { start: source.start + name.from, end: source.start + name.to }, group: !name.person && head === head.toLowerCase() && isPlural(head) };
  }

  /** What the source phrase `key` (standing at `source`) says by its own words, found once per phrase (and while the document is edited, once for all its analyses). */
  private wordsOf(source: Span, key: string): SourceWords {
    this.tokens = undefined;
    let words = this.words.get(key);
    if (words === undefined) {
      const plain = plainWords(key);
      if (plain > 0) {
        // words of letters and digits between single spaces: the phrase's tokens, without making
        // them (most phrases are named by an entity, and never read by nameIn)
        const lower = plain === 1 ? key.toLowerCase() : '';
        words = { pronoun: plain === 1 && PRONOUNS.has(lower) ? { lower, from: 0, to: key.length } : null };
      } else {
        const tokens = tokenize(this.doc.prose, source.start, source.end, []);
        const wordTokens = tokens.filter((t) => t.word);
        const only = wordTokens.length === 1 && PRONOUNS.has(wordTokens[0]!.lower) ? wordTokens[0]! : undefined;
        words = { pronoun: only ? { lower: only.lower, from: only.start - source.start, to: only.end - source.start } : null };
        this.tokens = tokens;
      }
      // kept from one edit to the next: not a view into this version of the text (see detached.ts)
      this.words.set(this.keeps ? detached(key) : key, words);
    }
    return words;
  }

  private remember(who: Who): void {
    if (who.person) this.lastPerson = who;
  }

  private pronoun(lower: string, at: number): Who {
    const kind = PRONOUNS.get(lower);
    const person = kind === 'male' || kind === 'female' || kind === 'first';
    // ("she" is none whose first name is a man's only, "he" none whose is a woman's)
    const fits = (name: string | null): boolean => !otherGender(name, kind);
    // "“…,” Ana Ruiz said after meeting Ivo Maren. She added …": who spoke in the sentence before goes on
    if ((kind === 'male' || kind === 'female') && this.lastSpoke !== null && fits(this.lastSpoke.who.speaker) && spokeBeforeSetOff(this.doc.prose, this.lastSpoke.end, at)) return this.lastSpoke.who;
    // "She declined to say whether she expected …": in what a speaker says, the speaker, when no
    // person is named between (nor the speaker inside a clause fronted before the pronoun: "Asked
    // about Macron's plan to …, he said")
    const spoke = this.lastSpoke;
    if ((kind === 'male' || kind === 'female') && spoke !== null && spoke.who.person && fits(spoke.who.speaker) && sameSentence(this.doc.prose, spoke.end, at) && spoke.end <= this.adjunctStart(at) && this.lastMentionWhere(at, (m) => m.start >= spoke.end && m.entity.type === 'person' && fits(m.entity.name)) === null) return spoke.who;
    // "A Republican candidate sought to walk back remarks in which he appeared …": the subject
    // described earlier in the pronoun's own sentence, when no person is named between
    // (or in the sentence right before it: "A senior official, speaking on condition of anonymity, said …. He said …")
    const described = this.lastDescribed;
    if ((kind === 'male' || kind === 'female') && described !== null && (sameSentence(this.doc.prose, described.end, at) || spokeBeforeSetOff(this.doc.prose, described.end, at)) && this.lastMentionWhere(at, (m) => m.start >= described.end && m.entity.type === 'person') === null) return described.who;
    // "Russia has said it would not accept …": "it" in the sentence of a body that speaks is that body
    // (or of the sentence right before: "Guatemala argues that …. It also claims …")
    if (kind === 'neuter' && this.lastBody !== null && (sameSentence(this.doc.prose, this.lastBody.end, at) || spokeJustBefore(this.doc.prose, this.lastBody.end, at) || readsWithinReach(this.doc.prose, this.lastBody.end, at, REST_THEN_FRONTED))) return this.lastBody.who;
    // "Moscow holds parts of Kherson, which it claims to have annexed": "it" in a sentence that a
    // body or a state's name opens is that body
    if (kind === 'neuter' && this.mentions.length > 0) {
      const prose = this.doc.prose;
      const subject = this.lastMentionWhere(at, (m) => (m.entity.type === 'organization' || m.entity.type === 'place') && sameSentence(prose, m.end, at) && opensSentence(prose, m.start) && HEADS_SUBJECT.test(prose.slice(m.end, m.end + 3)) && !isDateline(prose, m) && this.plausible(m.entity));
      if (subject) return { speaker: subject.entity.name, entity: subject.entity.id, person: false };
    }
    // "Ana Ruiz thanked Ivo Maren and Lena Voss. She said …": the person who opened the sentence
    // before as its subject, rather than the last one it named
    if ((kind === 'male' || kind === 'female') && this.mentions.length > 0) {
      const prose = this.doc.prose;
      const subject = this.lastMentionWhere(at, (m) => m.entity.type === 'person' && fits(m.entity.name) && opensSentence(prose, m.start) && spokeJustBefore(prose, m.end, at) && this.plausible(m.entity));
      if (subject) return { speaker: subject.entity.name, entity: subject.entity.id, person: true };
    }
    // "Diplomats said …, but they warned …", "Residents said …. They added …": the people
    // described in the plural who spoke right before
    const group = this.lastGroup;
    if (kind === 'plural' && group !== null && (sameSentence(this.doc.prose, group.end, at) || spokeBeforeSetOff(this.doc.prose, group.end, at))) return group.who;
    // "they" may be people or a body: name nobody rather than guess
    if (this.mentions.length > 0 && kind !== 'plural') {
      const m = person ? this.lastMentionBefore(this.adjunctStart(at), 'person', (x) => fits(x.entity.name)) : this.lastMentionBefore(at, 'organization');
      if (m) return { speaker: m.entity.name, entity: m.entity.id, person };
    }
    // without entity types, "it" and "they" could be anything: name nobody rather than guess
    return person && this.lastPerson !== null && fits(this.lastPerson.speaker) ? this.lastPerson : NOBODY;
  }

  /**
   * Where the participial clause that opens the sentence of a pronoun at `at` starts, when one
   * ends right before it (see ADJUNCT_BEFORE); else `at`. Only the block's own text is read.
   */
  private adjunctStart(at: number): number {
    const prose = this.doc.prose;
    let p = at - 1;
    while (p >= 0 && isSpaceAt(prose, p)) p--;
    if (prose.charCodeAt(p) !== 44) return at;
    const block = this.blockAt(at);
    if (!block) return at;
    const from = Math.max(block.start, at - ADJUNCT_REACH);
    const m = ADJUNCT_BEFORE.exec(prose.slice(from, at));
    // (a clause cut by the reach has no sentence start of its own)
    if (!m || (m.index === 0 && from > block.start && !/^[.!?]/.test(m[0]))) return at;
    const first = m[1]!.toLowerCase();
    const participle = ADJUNCT_LEADS.has(first) ? m[2] : first;
    if (participle === undefined || !ADJUNCT_PARTICIPLES.has(participle)) return at;
    return from + m.index + m[0].indexOf(m[1]!);
  }

  /** The block `at` lies in, if any. */
  private blockAt(at: number): Block | undefined {
    const blocks = this.doc.blocks;
    const block = blocks[lowerBound(blocks, at, (b) => b.end)];
    return block !== undefined && block.start <= at ? block : undefined;
  }

  /** Whether `at` lies in a heading (a headline in capitals, see blocks.ts). */
  private inHeading(at: number): boolean {
    return this.blockAt(at)?.kind === 'heading';
  }

  /** `plausibleSpeaker`, asked once per entity: pronouns look back over the same entities again and again. */
  private plausible(e: Entity): boolean {
    let answer = this.plausibleEntities.get(e);
    if (answer === undefined) this.plausibleEntities.set(e, (answer = plausibleSpeaker(e)));
    return answer;
  }

  /** The entity mention inside a source: a person first, else the last one. */
  private entityIn(source: Span): IndexedMention | null {
    let k = lowerBound(this.mentions, source.start, (m) => m.start);
    let best: IndexedMention | null = null;
    for (; k < this.mentions.length && this.mentions[k]!.start < source.end; k++) {
      const m = this.mentions[k]!;
      if (m.end > source.end) continue;
      // ("The mayor of Dayton, Ohio": the place a role is of, not the region after it)
      if (m.entity.type === 'place' && this.regionAfterPlace(k, source, roleOf) && this.plausible(this.mentions[k - 1]!.entity)) {
        if (!best || best.entity.type !== 'person') best = this.mentions[k - 1]!;
        continue;
      }
      // a person anywhere in the phrase speaks; a place, organisation or nationality only as its
      // head ("the Kremlin", not "the Saudi government" or "Russian officials")
      if (m.entity.type !== 'person' && (!headsPhrase(this.doc.prose, m.end, source.end) || m.entity.type === 'place' && (onlyWhere(this.doc.prose.slice(source.start, m.start)) || this.regionAfterPlace(k, source, onlyWhere)) || SERVING_AT.test(this.doc.prose.slice(source.start, m.start))) || !this.plausible(m.entity)) continue;
      // ("Hillary Clinton's campaign", "a longtime Clinton adviser": whom the person has speaks)
      if (m.entity.type === 'person' && (personModifies(this.doc.prose, m.end, source.end) || AROUND_PERSON.test(this.doc.prose.slice(source.start, m.start)))) continue;
      // ("Iraqi Kurds", "Turkish Cypriots": a people of a people is the phrase, not the second's name)
      const before = this.mentions[k - 1];
      if (m.entity.type === 'nationality' && before !== undefined && before.start >= source.start && before.entity.type === 'nationality' && before.end + 1 === m.start) continue;
      if (!best || m.entity.type === 'person' || best.entity.type !== 'person') best = m;
    }
    return best;
  }

  /**
   * Mention `k` is a place's region after a place of the source, the source's words before that
   * place as `before` takes them: where the speaker is ("an official in Portland, Maine", onlyWhere)
   * or the place a role is of ("The mayor of Dayton, Ohio", roleOf).
   */
  private regionAfterPlace(k: number, source: Span, before: (words: string) => boolean): boolean {
    const place = this.mentions[k - 1];
    const prose = this.doc.prose;
    return place !== undefined && place.start >= source.start && place.entity.type === 'place' && prose.slice(place.end, this.mentions[k]!.start) === ', ' && before(prose.slice(source.start, place.start));
  }

  /** The latest organisation mentioned before `at` whose name's last word is `noun` ("the ministry": "Russian Defense Ministry"). */
  private bodyNamed(noun: string, at: number): IndexedMention | null {
    return this.lastMentionWhere(at, (m) => m.entity.type === 'organization' && lastWordIs(m.entity.name, noun));
  }

  /** The nearest mention before an offset, of a type when given (person for he/she); no agency of a dateline ("KHARTOUM (AP) —"). */
  private lastMentionBefore(at: number, type: 'person' | 'organization', also?: (m: IndexedMention) => boolean): IndexedMention | null {
    return this.lastMentionWhere(at, (m) => m.entity.type === type && this.plausible(m.entity) && !(type === 'organization' && this.inDateline(m)) && (also === undefined || also(m)));
  }

  /** Whether a mention is the agency in parentheses of the dateline that opens its block. */
  private inDateline(m: Span): boolean {
    const prose = this.doc.prose;
    if (prose.charCodeAt(m.start - 1) !== 40 || prose.charCodeAt(m.end) !== 41) return false;
    const block = this.blockAt(m.start);
    if (block === undefined || m.start - block.start > MAX_DATELINE) return false;
    return DATELINE_HEAD.test(prose.slice(block.start, m.start - 1));
  }

  /** The nearest mention before `at` that `test` takes. */
  private lastMentionWhere(at: number, test: (m: IndexedMention) => boolean): IndexedMention | null {
    // mentions before `at`, newest first; the look-back is bounded to keep it linear overall
    let k = lowerBound(this.mentions, at, (m) => m.start) - 1;
    for (let n = 0; k >= 0 && n < LOOK_BACK; k--, n++) {
      const m = this.mentions[k]!;
      if (test(m)) return m;
    }
    return null;
  }

  /** The full name a surname stands for, from the capitalised runs of the whole document. */
  private fullName(surname: string): string | undefined {
    if (this.asked && !this.asked.has(surname)) this.asked.add(detached(surname));
    this.fullNames ??= new FullNames(this.doc, forEachCapitalisedRun, fullNameOf);
    return this.fullNames.of(surname);
  }
}

// the sex each full name's first name says, asked again for every pronoun that looks back past it
const GENDERS = new Map<string, Gender | null>();
const MAX_GENDERS = 4096;

/** The sex the first name of a person's full name says, if any. */
function firstNameGender(name: string): Gender | undefined {
  const space = name.indexOf(' ');
  if (space < 0) return undefined;
  let gender = GENDERS.get(name);
  if (gender === undefined) {
    gender = genderOfWord(name.slice(0, space), false) ?? null;
    // (a bounded memo: a server that reads many articles lets it go now and then)
    if (GENDERS.size >= MAX_GENDERS) GENDERS.clear();
    // (a copy of the name: a slice would keep its whole document alive)
    GENDERS.set(detached(name), gender);
  }
  return gender ?? undefined;
}

/** The person named `name` goes by a first name of the other sex than the pronoun's (`kind`). */
function otherGender(name: string | null, kind: string | undefined): boolean {
  if (name === null || (kind !== 'male' && kind !== 'female')) return false;
  return firstNameGender(name) === (kind === 'female' ? 'male' : 'female');
}

/**
 * How many words `phrase` is when it is ASCII letters and digits in words between single spaces
 * (each such word one token, see quoteTokens.ts); 0 when it is anything else.
 */
export function plainWords(phrase: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < phrase.length; i++) {
    const c = phrase.charCodeAt(i);
    if ((c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122)) {
      if (!inWord) words++;
      inWord = true;
    } else if (c === 32 && inWord && i + 1 < phrase.length) inWord = false;
    else return 0;
  }
  return words;
}

/** The full name a capitalised run writes (two to four words), without the words before a name. */
export function fullNameOf(run: string[]): readonly string[] | undefined {
  // a capitalised function word opening a sentence is not part of the name ("Despite Putin")
  let first = 0;
  for (; first < run.length; first++) {
    const lower = run[first]!.toLowerCase();
    if (!BOUNDARY_WORDS.has(lower) && !AUXILIARIES.has(lower) && !DETERMINERS.has(lower)) break;
  }
  const words = stripTitles(first === 0 ? run : run.slice(first));
  return words.length < 2 || words.length > 4 ? undefined : words;
}

// May, June, April and August are also given names (Theresa May), so they are left out here.
/** Days, months and holidays do not speak, whatever type an entity was given. */
function plausibleSpeaker(e: Entity): boolean {
  if (e.type === 'date') return false;
  // a person the article gives a role may bear a month's name ("foreign minister, January Makamba")
  return (!hasCalendarWord(e.name) || (e.type === 'person' && e.roles.length > 0)) && !/\bDay$/.test(e.name);
}

/** Some word of `name` (split at white space) is a calendar word; read by hand, not split: every entity is asked. */
function hasCalendarWord(name: string): boolean {
  let from = 0;
  for (let i = 0; i <= name.length; i++) {
    if (i < name.length && !isSpaceAt(name, i)) continue;
    if (i > from && CALENDAR_WORDS.has(name.slice(from, i))) return true;
    from = i + 1;
  }
  return false;
}

// Calendar words never name a speaker; months that are also given names (April, May, Jan…) may.
const CALENDAR_WORDS = new Set([
  ...calendar.weekdays,
  ...calendar.months.filter((m) => !calendar.givenNameMonths.includes(m)),
  ...calendar.monthAbbreviations.filter((m) => !calendar.givenNameMonths.includes(m)),
  ...calendar.holidays,
]);

/** Only a possessive, a party tag or punctuation follows the mention in its phrase. */
function headsPhrase(prose: string, end: number, phraseEnd: number): boolean {
  return /^(?:[’']s)?(?:\s*\([^()]*\))?[\s.,]*$/.test(prose.slice(end, phraseEnd));
}

// a person's possessive before a noun ("Clinton's campaign"), or a role word after a person's name ("Clinton adviser")
const POSSESSED = /^['’]s\s+\p{L}/u;
const ROLE_AFTER = /^\s+([a-z]+)/;

/** Whether a person's mention ending at `end` modifies a noun in the phrase, whose referent then speaks. */
function personModifies(prose: string, end: number, phraseEnd: number): boolean {
  const rest = prose.slice(end, phraseEnd);
  if (POSSESSED.test(rest)) return true;
  const word = ROLE_AFTER.exec(rest)?.[1];
  return word !== undefined && isCommonNoun(word);
}

const KINDS_OF_PLACE: ReadonlySet<string> = new Set(placeData.kindsBefore);

/** Where the place starts when the name run at `start` is its region after a comma ("in Portland, Maine"); else `start`. */
function regionOf(kept: readonly Token[], start: number): number {
  if (start < 3 || kept[start - 1]!.text !== ',' || !isNameWord(kept[start - 2]!)) return start;
  let p = start - 2;
  while (p > 0 && isNameWord(kept[p - 1]!)) p--;
  return p >= 2 && WHERE_FROM.has(kept[p - 1]!.lower) ? p : start;
}

/**
 * Where "the coastal town of" starts before a name at `start` (an article, up to two words and a
 * kind of place, then "of"); `start` where none stands there.
 */
function kindOfPlaceStart(kept: readonly Token[], start: number): number {
  if (start < 2 || kept[start - 1]!.lower !== 'of' || !KINDS_OF_PLACE.has(kept[start - 2]!.lower)) return start;
  let k = start - 2;
  while (k > 0 && k > start - 5 && kept[k - 1]!.word && !isCapitalised(kept[k - 1]!) && !LOCATIVES.has(kept[k - 1]!.lower)) k--;
  return k;
}

/**
 * The name a source phrase holds: its last run of capitalised words, titles and "The" dropped,
 * a possessive kept with its noun ("Trump’s campaign"), all-capitals labels in title case.
 */
export function nameIn(tokens: readonly Token[], prose: string, isLowerWord: (w: string) => boolean = () => false): { text: string; words: string[]; span: Span; person: boolean } | null {
  // Plain loops over token indices: every source asks this, and the array methods it used each
  // met new array shapes for dozens of corpus passes, every one a fresh compile of the function.
  // drop parentheticals: "Mike Pence (R-IN)"
  const kept: Token[] = [];
  let depth = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.text === '(') depth++;
    else if (t.text === ')') depth = Math.max(0, depth - 1);
    // (a plural's possessive mark is inside the phrase's words: "Flight attendants’ union")
    else if (depth === 0 && !(i > 0 && pluralPossessive(tokens, i))) kept.push(t);
  }
  let end = kept.length;
  while (end > 0 && !isNameWord(kept[end - 1]!)) end--;
  if (end === 0) return null;
  let start = end - 1;
  while (start > 0) {
    const p = kept[start - 1]!;
    if (isNameWord(p) || p.text === '.' && start - 2 >= 0 && isNameWord(kept[start - 2]!) || NAME_CONNECTORS.has(p.lower) && start - 2 >= 0 && isNameWord(kept[start - 2]!) && p.lower !== 'the') start--;
    else break;
  }
  // "a soldier near Pokrovsk", "analysts in Tbilisi": the place where an unnamed speaker is
  // (the place may be named as a kind of place: "fishermen in the coastal town of Masinloc")
  // ("a senator in the Midwest": the article before the place's name)
  // ("an official in Portland, Maine": the place's region after it)
  const placeStart = regionOf(kept, start);
  const at = kindOfPlaceStart(kept, placeStart > 2 && kept[placeStart - 1]!.lower === 'the' ? placeStart - 1 : placeStart);
  if (at >= 2 && WHERE_FROM.has(kept[at - 1]!.lower) && kept[at - 2]!.word && (!isCapitalised(kept[at - 2]!) || at === 2 && isLowerWord(kept[0]!.lower)) && !(kept[at - 1]!.lower === 'in' && SEATED_BODIES.has(kept[at - 2]!.lower))) return null;
  // "residents of Mitrovica", "Residents of the village of Hader": the place whose people speak
  if (start >= 2 && (kept[start - 1]!.lower === 'of' || kept[start - 1]!.lower === 'from') && INHABITANTS.has(kept[start - 2]!.lower)) return null;
  const opener = kept[0]!.lower === 'the' && kept.length > 1 ? 1 : 0;
  if (start > opener + 1 && INHABITANTS.has(kept[opener]!.lower) && kept[opener + 1]!.lower === 'of') return null;
  // the possessive's noun ("Trump’s campaign") or the noun a name modifies ("Kremlin spokesman", "European leaders"): kept[end, tailEnd)
  // (an abbreviation's closing stop stands between them: "the U.S. president")
  const stop = end < kept.length && kept[end]!.text === '.' && kept[end]!.start === kept[end - 1]!.end && kept[end - 1]!.text.includes('.') ? 1 : 0;
  let tailEnd = end;
  // (a possessor's noun may be a longer role: "Ukraine's deputy defence minister")
  const tailReach = stop === 0 && endsInApostropheS(kept[end - 1]!.text) ? MAX_POSSESSED_TAIL : 2;
  if (end + stop < kept.length && end + stop + tailReach >= kept.length) {
    tailEnd = kept.length;
    for (let k = end + stop; k < kept.length; k++) if (!tailWord(kept[k]!)) tailEnd = end;
    // (past two words, only up to a role or a body: not "Trump’s flurry of late-night")
    if (tailEnd - end - stop > 2 && !roleOrBody(kept[tailEnd - 1]!.lower)) tailEnd = end;
  }
  const tail = tailEnd > end;
  // "Egyptian officials involved in the talks": a plural noun after the name heads a longer description
  // (or a role or body: "A European diplomat involved in the talks")
  if (!tail && stop === 0 && end + 2 < kept.length && kept[end]!.word && tailWord(kept[end]!) && (isPlural(kept[end]!.lower) || roleOrBody(kept[end]!.lower)) && kept[end + 1]!.word) return null;
  // "the command of the Khortytsia group of forces": the noun a name modifies, with its own "of" phrase, heads it too
  // (not a possessor's: "Trump’s flurry of tweets")
  if (!tail && stop === 0 && end + 2 < kept.length && kept[end]!.word && tailWord(kept[end]!) && kept[end + 1]!.lower === 'of' && !endsInApostropheS(kept[end - 1]!.text)) return null;
  // "the Norwegian oil and gas producer": after an article, a name before a longer noun phrase modifies it
  if (!tail && stop === 0 && start === 1 && ARTICLES.has(kept[0]!.lower) && end + 1 < kept.length && kept[end]!.word && tailWord(kept[end]!) && kept[kept.length - 1]!.word && tailWord(kept[kept.length - 1]!)) return null;
  // the run's words, and their texts for stripTitles
  const run: Token[] = [];
  const texts: string[] = [];
  for (let k = start; k < end; k++) {
    const t = kept[k]!;
    if (!t.word) continue;
    run.push(t);
    texts.push(t.text);
  }
  const cut = titlesEnd(texts);
  let person = false;
  for (let k = 0; k < cut && !person; k++) person = TITLES.has(texts[k]!);
  // (every token of the run is a word: the cut leaves none but words at its end)
  if (cut >= run.length) return null;
  const first = run[cut]!;
  const runEnd = run[run.length - 1]!;
  // a capitalised common word opening the sentence ("Officials said"): lower case elsewhere
  if (run.length - cut === 1 && !tail && isLowerWord(first.lower) && !isAllCaps(first)) return null;
  const words: string[] = [];
  let loud = false;
  // (a phrase with words in lower case is no line in capitals: "according to LSEG data"; asked
  // only of a phrase with a word in capitals)
  let quiet: boolean | undefined;
  for (let k = cut; k < run.length; k++) {
    const t = run[k]!;
    if (isAllCaps(t) && t.text.length > 3 && !(quiet ??= hasLowerWord(kept))) loud = true;
    if (!NAME_SUFFIXES.has(t.text)) words.push(titleCase(t.text));
  }
  if (words.length === 0 || words.length === 1 && !tail && NOT_NAMES.has(words[0]!)) return null;
  const lastTok = tail ? kept[tailEnd - 1]! : runEnd;
  let text = prose.slice(first.start, !tail && /[’']s$/.test(runEnd.text) ? runEnd.end - 2 : runEnd.end);
  if (loud) text = words.join(' ');
  // (the words as written, a plural's possessive mark among them, unless a parenthesis was left out between)
  if (tail && !loud && !prose.slice(runEnd.end, lastTok.end).includes('(')) text = prose.slice(first.start, lastTok.end);
  else {
    if (tail && stop === 1) text += '.';
    if (tail) for (let k = end + stop; k < tailEnd; k++) text += ` ${kept[k]!.text}`;
  }
  if (!singleSpaced(text)) text = text.replace(/\s+/g, ' ');
  if (words.length >= 2 && !tail) person = person || words.every((w) => /^\p{Lu}\p{Ll}/u.test(w));
  if (tail) for (let k = end + stop; k < tailEnd; k++) words.push(kept[k]!.text);
  return { text, words, span: { start: first.start, end: lastTok.end }, person: person && !tail };
}

/** A person's role or a body's noun, in lower case ("minister", "spokesman", "ministry"). */
const roleOrBody = (lower: string): boolean => (wordFacts(lower) & ROLE_HEAD) !== 0 || PERSON_ROLES.has(lower) || ORGANIZATION_WORDS_LOWER.has(lower);

/** Words of a possessor's noun phrase after a name at most ("Ukraine's deputy defence minister"). */
const MAX_POSSESSED_TAIL = 4;

/** A word that may follow a name as the noun it modifies or its possessive's noun (see nameIn). */
function tailWord(t: Token): boolean {
  return t.word && !isCapitalised(t) && !ADJUNCTS.has(t.lower) && !AUXILIARIES.has(t.lower) && !QUANTIFIERS.has(t.lower) && !/(?:n[’']t|ly)$/.test(t.lower);
}

/** No white space in `text` but single spaces: what `replace(/\s+/g, ' ')` leaves as it is. */
function singleSpaced(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) {
      if (i + 1 < text.length && isSpaceAt(text, i + 1)) return false;
    } else if (isSpaceAt(text, i)) return false;
  }
  return true;
}

/**
 * Drops what precedes a name: "The", titles and roles ("Russian President Vladimir Putin" →
 * "Vladimir Putin"), but not from organisations ("Justice Department") or when nothing would remain.
 */
export function stripTitles(words: readonly string[]): string[] {
  return words.slice(titlesEnd(words));
}

/** Where the name of `words` starts once stripTitles drops what precedes it. */
function titlesEnd(words: readonly string[]): number {
  let from = 0;
  while (from < words.length - 1 && (NOT_NAMES.has(words[from]!) || NAME_CONNECTORS.has(words[from]!.toLowerCase()))) from++;
  let cut = from;
  for (let k = from; k < words.length; k++) {
    if (!TITLES.has(words[k]!)) continue;
    // "Chief of the General Staff Valery Gerasimov": the title's object is the title's, even of several words
    const object = words[k + 1] === 'of' ? titleObjectAfter(words, k + 1) : -1;
    if (object > 0) {
      cut = object + 1;
      k = object;
      continue;
    }
    // what follows the title, without suffixes and connectors: nothing, or an organisation's word, keeps it
    let rest = 0;
    let organization = false;
    for (let j = k + 1; j < words.length; j++) {
      const w = words[j]!;
      if (NAME_SUFFIXES.has(w) || NAME_CONNECTORS.has(w.toLowerCase())) continue;
      rest++;
      if (ORGANIZATION_WORDS.has(w)) organization = true;
    }
    if (rest === 0 || organization) break;
    cut = k + 1;
  }
  while (cut < words.length - 1 && NAME_CONNECTORS.has(words[cut]!.toLowerCase())) cut++;
  return cut;
}

// how many words after a title's "of" its object may run to ("the Joint Chiefs of Staff")
const TITLE_OBJECT_REACH = 6;

/** The last word of the title's object after "of" at `of` (its furthest word of TITLE_OBJECTS, a name still after it), or -1. */
function titleObjectAfter(words: readonly string[], of: number): number {
  let object = -1;
  for (let k = of + 1; k < words.length - 1 && k - of <= TITLE_OBJECT_REACH; k++) {
    if (TITLE_OBJECTS.has(words[k]!)) object = k;
    else if (!/^\p{Lu}/u.test(words[k]!) && !NAME_CONNECTORS.has(words[k]!.toLowerCase())) break;
  }
  return object;
}

/** A capitalised common noun opening a sentence ("Officials said", "Critics say"), not a name. */
function isCommonNoun(lower: string): boolean {
  return PERSON_ROLES.has(lower) || PERSON_ROLES.has(lower.replace(/e?s$/, '')) || PERSON_ROLES.has(lower.replace(/s$/, '')) || (lower.endsWith('men') && PERSON_ROLES.has(`${lower.slice(0, -3)}man`));
}

function isNameWord(t: Token): boolean {
  return t.word && isCapitalised(t) && t.lower !== 'i';
}

/** A word with letters in lower case stands among `kept`. */
function hasLowerWord(kept: readonly Token[]): boolean {
  for (const t of kept) if (t.word && hasLowerCase(t.text)) return true;
  return false;
}

function titleCase(w: string): string {
  if (w.length > 3 && !hasLowerCase(w)) return w.charAt(0) + w.slice(1).toLowerCase();
  return endsInApostropheS(w) ? w.slice(0, -2) : w;
}

/** /\p{Ll}/u, an ASCII word answered by character code. */
function hasLowerCase(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 97 && c <= 122) return true;
    if (c >= 128) return /\p{Ll}/u.test(w);
  }
  return false;
}
