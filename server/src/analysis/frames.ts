import {
  ADJECTIVE_CUES,
  ADJUNCTS,
  BARE_COMPLEMENT,
  BOUNDARY_WORDS,
  CUE_PHRASES,
  CUE_WORDS,
  DETERMINERS,
  FRAME_WORDS,
  ORGANIZATION_WORDS,
  DISCOURSE_IDIOMS,
  INTERJECTIONS,
  NAME_CONNECTORS,
  NAME_PARTICLES,
  NAME_SUFFIXES,
  NOUN_CUES,
  ORGANIZATION_WORDS_LOWER,
  PERSON_ROLES,
  PRONOUNS,
  TITLES,
  type CueWord,
} from './cues';
import { ADJUNCT, APPOSITION_STARTER, AUXILIARY, BE_FORM, BOUNDARY, CONTENT_BREAK, COORDINATOR, CUE, DETERMINER, DOCUMENT, EVENT_PREPOSITION, FRONTED_OPENER, FUTURE_MODAL, INDEFINITE_ARTICLE, MODAL, NOT_PARTICIPLE, NP_PREPOSITION, PAST_TENSE, PERSON_ROLE, PHRASE_BREAK, PHRASE_END_TIME, POSSESSIVE, POSSESSIVE_RELATIVE, PRONOUN, RELATIVE_PRONOUN, SUBJECT_PRONOUN, TIME_WORD, WH_RELATIVE, WH_WORD, isIn, isInAt } from './frameWords';
import { isCapitalised, pluralPossessive, type KeySieve, type Token } from './quoteTokens';
import { WordTable } from './wordTable';
import { MONTHS, ORG_LINK_HEADS } from './lexicon';
import { ROLE_HEAD, wordFacts } from './wordFacts';
import { CLOSING_MARKS, endsInApostropheS, endsInIngAfter, endsInPlainS, isDecade, isPartyTag, isYear, passiveEnding, personNounEnding, startsWithDigit } from './wordShapes';

/** Token range [start, end) in a block's token array. */
export interface TokenRange {
  readonly start: number;
  readonly end: number;
}

/**
 * A reporting frame: who (source) says (cue) what (content). Ranges index the block's tokens.
 * Evaluative frames ("called it …") have no content of their own; they attribute quoted words
 * in their sentence.
 */
export interface Frame {
  readonly cue: TokenRange;
  readonly source: TokenRange | null;
  readonly content: TokenRange | null;
  readonly evaluative: boolean;
  /** The frame ends with a colon and no content: what follows (the next paragraph) is its content. */
  readonly announces: boolean;
}

const OPENING_MARKS = new Set(['“', '"', '‘', '\'', '«', '„']);
const DASHES = new Set(['—', '–', '-']);
const MAX_NP = 9;
/** Words of the predicate between a named subject and the colon before its quotation ("struck a middle tone:"). */
const MAX_COLON_PREDICATE = 6;
/** Tokens of a role between a name's commas: "Ann Oduya, dean of the Lakeside State University School of Nursing, said". */
const MAX_ROLE = 20;
/** Words of an apposition between a name and its verb ("Bob Lee, a host and manager at …, said"). */
const MAX_APPOSITION = 36;
const LISTENERS = FRAME_WORDS.listeners;
// after these a word both noun and verb is the noun ("above forecasts", "despite warnings")
const NOUN_PREPOSITIONS = FRAME_WORDS.nounPrepositions;
// a participle's prepositions after a noun ("a diplomat briefed on the talks")
const AFTER_PARTICIPLES = FRAME_WORDS.afterParticiples;
// nouns of the occasion of a saying ("on a conference call", "in his nightly address")
const OCCASION_NOUNS = FRAME_WORDS.occasionNouns;
const ADJUNCT_PARTICIPLES = FRAME_WORDS.adjunctParticiples;
/** "Asked", "Pressed", "Told": a participle of being asked that may open a sentence (the adjunct participles not in -ing). */
const isAskedParticiple = (t: Token): boolean => ADJUNCT_PARTICIPLES.has(t.lower) && !t.lower.endsWith('ing');
const PREPOSITIONS_BEFORE_ADJECTIVES = FRAME_WORDS.prepositionsBeforeAdjectives;
const SPEECH_EVENTS = FRAME_WORDS.speechEvents;
const PARTICIPLE_CLAUSES = FRAME_WORDS.participleClauses;
const TIME_LEADS = FRAME_WORDS.timeLeads;
const TIME_NOUNS = FRAME_WORDS.timeNouns;
const TIME_MODIFIERS = FRAME_WORDS.timeModifiers;
// adjectives that no noun spells ("the new terms"): after a determiner, the word after them is a noun
const PLAIN_ADJECTIVES = FRAME_WORDS.plainAdjectives;
// what follows "on" after a verb of speaking to say how it was spoken: "on condition of anonymity"
const MANNERS_AFTER_ON = FRAME_WORDS.mannersAfterOn;
// roles held in someone's service, joined to them by "to": "an aide to the senator"
const ROLES_SERVING_TO = FRAME_WORDS.rolesServingTo;
// how long, after "for" (and maybe a count): "for months", "for two years"
const DURATIONS = FRAME_WORDS.durations;
const AUXILIARY_TIME_LEADS = FRAME_WORDS.auxiliaryTimeLeads;
const AUXILIARY_TIME_ENDS = FRAME_WORDS.auxiliaryTimeEnds;
const DURATION_COUNTS = FRAME_WORDS.durationCounts;
const PARTICIPLE_PREPOSITIONS = FRAME_WORDS.participlePrepositions;
const QUANTIFIERS = FRAME_WORDS.quantifiers;
const PLURALS_AFTER_ARTICLE = FRAME_WORDS.pluralsAfterArticle;
const ORDINALS = FRAME_WORDS.ordinals;
const PERCEPTION_PARTICIPLES = FRAME_WORDS.perceptionParticiples;
const REDUCED_PASSIVES = FRAME_WORDS.reducedPassives;
const ASPECT_VERBS = FRAME_WORDS.aspectVerbs;
const SMALL_CLAUSE_VERBS = FRAME_WORDS.smallClauseVerbs;
// words that make "if" a condition: "even if", "as if", "only if"
const CONDITION_OPENERS = FRAME_WORDS.conditionOpeners;
// a clause's finite "be" or "have" (topicEnd)
const FINITE_BE_HAVE = FRAME_WORDS.finiteBeHave;
const LOCATIVES = FRAME_WORDS.locatives;
const PEOPLE_LOCATIVES = FRAME_WORDS.peopleLocatives;
const REGION_OPENERS = FRAME_WORDS.regionOpeners;
const PERFECT_ADVERBS = FRAME_WORDS.perfectAdverbs;
const PARTICIPLE_ADVERBS = FRAME_WORDS.participleAdverbs;
const MOTION_PREPOSITIONS = FRAME_WORDS.motionPrepositions;
const NUMBER_WORDS = FRAME_WORDS.numberWords;
const PHRASE_EXTENDERS = FRAME_WORDS.phraseExtenders;
const SETTING_PREPOSITIONS = FRAME_WORDS.settingPrepositions;
const TIME_TAILS = FRAME_WORDS.timeTails;
const CONTRACTED_SUBJECTS = FRAME_WORDS.contractedSubjects;
const SUBJECT_CONTRACTIONS = FRAME_WORDS.subjectContractions;
const OBJECT_RELATIVES = FRAME_WORDS.objectRelatives;
const NOUNS_IN_LY = FRAME_WORDS.nounsInLy;
// verbs before "positions" held on the ground, not stances: "units held positions on the edge of …"
const HOLDING_VERBS = FRAME_WORDS.holdingVerbs;
const COPULAS = FRAME_WORDS.copulas;
const CLAUSE_OPENERS = FRAME_WORDS.clauseOpeners;
const ARTICLES = FRAME_WORDS.articles;
const OBJECT_PRONOUNS = FRAME_WORDS.objectPronouns;
/**
 * A bare clause's verb stands within this many tokens of its start (a long subject with its
 * modifiers); a verb further on belongs to another clause. Each cue reads at most this far, so a
 * one-sentence article with a cue in every few words stays linear.
 */
const MAX_CLAUSE_SUBJECT = 48;
/**
 * Tokens a verb's "that" may stand from it: "told reporters on Monday that …" within THAT_REACH;
 * a phrase of time or occasion right after the verb ("said on Friday at a lunch for the staff in
 * Ames, Iowa, that …") names places and people, so the reach is longer and more of its words may be
 * plain ones, where a longer reach after an object would take a relative "that" for the content's.
 */
const THAT_REACH = 12;
const THAT_REACH_AFTER_OCCASION = 24;
const PLAIN_IN_OCCASION = 8;
/** Reported content is cut after this many tokens: a run-on "sentence" must not make every cue scan to its end. */
const MAX_CONTENT = 400;
// a person's age set off by commas after the name ("Ana Ruiz, 34, said"); a year is no age
const AGE = /^\d{1,3}$/;

const isStop = (t: Token): boolean => !t.word && (t.text === '.' || t.text === '!' || t.text === '?' || t.text === '…');
const isComma = (t: Token | undefined): boolean => t !== undefined && !t.word && (t.text === ',' || DASHES.has(t.text));
// /[^e]ed$/ by hand: the rules ask it of most words they pass, and a regular expression's call costs more than the test
const isPastInEd = (word: string): boolean => word.length >= 3 && word.endsWith('ed') && word.charCodeAt(word.length - 3) !== 101;

/** What a word may open in a frame: a cue phrase, a noun cue, a verb or adjective cue. */
interface FrameLead {
  /** The cue phrases it opens, in the table's order (none: undefined). */
  readonly phrases: readonly CuePhrase[] | undefined;
  readonly nounLeads: ReadonlySet<string> | undefined;
  readonly cue: CueWord | undefined;
  readonly adjective: CueWord | undefined;
}

// The cue tables joined, so that a word of none of them (most words) costs one look-up.
const LEAD_WORDS: ReadonlySet<string> = new Set([...CUE_PHRASES.map((p) => p.words[0]!), ...NOUN_CUES.keys(), ...CUE_WORDS.keys()]);
const FRAME_LEADS: WordTable<FrameLead> = (() => {
  const map = new Map<string, FrameLead>();
  for (const word of LEAD_WORDS) {
    const phrases = CUE_PHRASES.filter((p) => p.words[0] === word);
    map.set(word, { phrases: phrases.length > 0 ? phrases : undefined, nounLeads: NOUN_CUES.get(word), cue: CUE_WORDS.get(word), adjective: ADJECTIVE_CUES.get(word) });
  }
  return new WordTable(map);
})();

/**
 * The scan of a block lets through the words that may open a frame, and those that name the
 * document a sentence reports from (quoteTokens.ts `BlockFinds.leads`).
 */
export const FRAME_LEAD_SIEVE: KeySieve = new WordTable([...LEAD_WORDS, ...FRAME_WORDS.documents].map((w) => [w, true] as const));

// The leads that open nothing but cue phrases ("in" of "in a statement", "as" of "as quoted by"),
// with those phrases. Such a word is no noun or verb cue and names no document, so findFrames
// reads it only to match its phrases: where none is written from it, it opens no frame.
const PHRASE_ONLY: WordTable<readonly CuePhrase[]> = new WordTable(
  [...LEAD_WORDS].flatMap((word) => {
    const phrases = CUE_PHRASES.filter((p) => p.words[0] === word);
    return phrases.length > 0 && !NOUN_CUES.has(word) && !CUE_WORDS.has(word) && !FRAME_WORDS.documents.has(word) ? [[word, phrases] as const] : [];
  }),
);

/**
 * A block's `leads` (quoteTokens.ts `BlockFinds.leads`) but the words that open only cue phrases
 * where none of their phrases is written from them in the block (most "in"s and "as"s): findFrames
 * would read them and find nothing, and a sentence whose only leads they are needs no frames at
 * all. The same array when none is dropped.
 */
export function framingLeads(tokens: readonly Token[], leads: readonly number[]): readonly number[] {
  let kept: number[] | undefined;
  for (let x = 0; x < leads.length; x++) {
    const i = leads[x]!;
    const phrases = PHRASE_ONLY.get(tokens[i]!);
    // a phrase not written in the block is not written in any of its sentences
    const drop = phrases !== undefined && matchPhrase(tokens, i, tokens.length, phrases) === null;
    if (drop) kept ??= leads.slice(0, x);
    else kept?.push(i);
  }
  return kept ?? leads;
}

/**
 * Finds the reporting frames of one sentence (tokens [from, to) of a block). Tokens inside
 * marked quotations are the quoted words, never a frame's cue. `leads` are the words of the block
 * that FRAME_LEAD_SIEVE let through, from `firstLead` the first at or after `from`: no other word
 * opens a frame or names a document.
 */
export function findFrames(tokens: readonly Token[], from: number, to: number, leads: readonly number[], firstLead: number): Frame[] {
  const frames: Frame[] = [];
  const labelled = headlineLabel(tokens, from, to) ?? subjectBeforeColon(tokens, from, to);
  if (labelled) frames.push(labelled);
  // a sentence opened or closed by its document names one: most name none
  let named = false;
  for (let x = firstLead; x < leads.length && leads[x]! < to && !named; x++) named = isIn(tokens[leads[x]!]!, DOCUMENT);
  const document = named ? (documentOpener(tokens, from, to) ?? documentCloser(tokens, from, to)) : null;
  if (document) frames.push(document);
  let headline: boolean | undefined;
  // the subject a participle shares: "…,” said Caddell, speaking of …"
  let lastSource: TokenRange | null = null;
  // what the frame that gave lastSource reports: a frame inside it is a clause of the report
  // ("X said Y wanted …, adding …"), whose subject the main clause's participles do not share
  let lastContent: TokenRange | null = null;
  // the next word to read: a cue phrase's words are read with it
  let next = from;
  for (let x = firstLead; x < leads.length; x++) {
    const i = leads[x]!;
    if (i >= to) break;
    if (i < next) continue;
    next = i + 1;
    const t = tokens[i]!;
    if (!t.word || t.quote >= 0) continue;
    const lead = FRAME_LEADS.get(t);
    if (lead === undefined) continue;
    const phrase = lead.phrases ? matchPhrase(tokens, i, to, lead.phrases) : null;
    if (phrase) {
      const frame = phraseFrame(tokens, from, to, i, phrase.end, phrase.source);
      if (frame) frames.push(frame);
      next = phrase.end;
      continue;
    }
    const nounLeads = lead.nounLeads;
    // "officials plan to …": after a subject a word of both kinds is the verb
    // ("in his nightly video address", "on a conference call": the occasion of a saying, no frame)
    // (", warning that …": a word in -ing right after a comma is the participle)
    if (nounLeads && !isCapitalised(t) && !(lead.cue && (verbAfterSubject(tokens, from, i) || i > from && isComma(tokens[i - 1]) && t.lower.endsWith('ing'))) && !afterModal(tokens, from, i) && !occasionNoun(tokens, i)) {
      const frame = nounFrame(tokens, from, to, i, nounLeads);
      if (frame) {
        frames.push(frame);
        continue;
      }
    }
    const cue = lead.cue;
    if (!cue) continue;
    if (inDiscourseIdiom(tokens, from, to, i)) continue;
    // "a consultant's report that questioned …": after a possessor, a word of both kinds before
    // "that" is the noun, whose "that" the noun's frame took or refused (a relative pronoun)
    // ("in its daily report that …": a modifier may stand between)
    if (nounLeads && i > from && tokens[i + 1]?.lower === 'that' && (isPossessor(tokens[i - 1]!) || i - 1 > from && plainModifier(tokens[i - 1]!) && isPossessor(tokens[i - 2]!))) continue;
    // a capitalised cue inside a sentence is part of a name (Hope, Sterling Heights)
    if (isCapitalised(t) && i > from && !isSentenceOpening(tokens, from, i) && !(headline ??= isHeadline(tokens, from, to))) continue;
    // "are worried about", "is convinced that": after a form of "be", a participle of feeling is an adjective
    const adjective = lead.adjective;
    // ("Biden called senators, the aide said, and planned to travel": after a source set off behind
    // what it said, a coordinated verb that is no verb of saying is the sentence subject's)
    const coordinated = i > from && (tokens[i - 1]!.lower === 'and' || tokens[i - 1]!.lower === 'but');
    const shared = coordinated && lastSource !== null && lastContent !== null && lastContent.start < lastSource.start && lastSource.start > from && !isIn(tokens[lastSource.start - 1]!, BOUNDARY) && !PARTICIPLE_CLAUSES.has(cue.lemma) ? null : lastSource;
    const frame = verbFrame(tokens, from, to, i, adjective && !cue.adjective && afterBeForm(tokens, from, i) ? adjective : cue, isCapitalised(t) && i > from, shared);
    if (!frame) continue;
    // "India Rejects Chinese Map Showing …": a source that holds a frame before it is that frame's
    // words, no speaker; but a participle's frame inside the subject is the one amiss ("lawyers
    // representing families seeking damages have argued …")
    const held = heldFrame(frame, frames);
    if (held >= 0) {
      if (!tokens[frames[held]!.cue.start]!.lower.endsWith('ing')) continue;
      frames.splice(held, 1);
    }
    cutAtCoordinatedFrame(tokens, frames, frame);
    cutAtOwnVerb(tokens, frames, frame);
    frames.push(sourceWithinContent(tokens, frame, frames));
    if (frame.source && !(lastContent !== null && lastContent.start <= frame.cue.start && frame.cue.end <= lastContent.end)) {
      lastSource = frame.source;
      lastContent = frame.content;
    }
  }
  return frames;
}

/** A possessor: a word in "’s" or a possessive pronoun ("the mayor's", "their"). */
/** A word in lower case that may modify a noun: no function word, verb of saying or ending in "ly". */
function plainModifier(t: Token): boolean {
  return t.word && t.quote < 0 && !isCapitalised(t) && !isIn(t, BOUNDARY) && !isIn(t, ADJUNCT) && !isIn(t, AUXILIARY) && !isCueWord(t) && !isLyAdverb(t);
}

function isPossessor(t: Token): boolean {
  return t.word && (endsInApostropheS(t.text) || isIn(t, POSSESSIVE));
}

/**
 * "Vance told reporters the administration opposed annexation": the source of a frame inside the
 * content of one before it starts no earlier than that content (it was "reporters the
 * administration"). The last three frames are looked at.
 */
function sourceWithinContent(tokens: readonly Token[], frame: Frame, frames: readonly Frame[]): Frame {
  const source = frame.source;
  if (!source) return frame;
  for (let f = frames.length - 1; f >= 0 && f >= frames.length - 3; f--) {
    const c = frames[f]!.content;
    if (!c || c.start > frame.cue.start || frame.cue.end > c.end || source.start >= c.start || source.end <= c.start) continue;
    // (the content opens a clause with its subject: not "told a nurse who asked")
    if (opensSubject(tokens[c.start])) return { ...frame, source: { start: c.start, end: source.end } };
  }
  return frame;
}

/**
 * "Officials who said the plan was flawed warned against it": a frame of the same source whose
 * content runs over this frame's cue ends before it (the last three frames are looked at).
 */
function cutAtOwnVerb(tokens: readonly Token[], frames: Frame[], next: Frame): void {
  const source = next.source;
  if (!source || next.cue.start < source.end) return;
  // the main verb: not an infinitive's nor a coordinated one ("to discuss", "and warned")
  const before = tokens[next.cue.start - 1];
  if (!before?.word || before.lower === 'to' || isIn(before, COORDINATOR)) return;
  for (let f = frames.length - 1; f >= 0 && f >= frames.length - 3; f--) {
    const c = frames[f]!.content;
    const own = frames[f]!.source;
    // (the frame before is a relative clause of the source's: "who said")
    const relative = tokens[frames[f]!.cue.start - 1];
    if (!c || !own || own.start !== source.start || own.end !== source.end || !relative?.word || !isIn(relative, RELATIVE_PRONOUN) || next.cue.start <= c.start + 1 || next.cue.start >= c.end) continue;
    const content = trimRange(tokens, c.start, next.cue.start);
    if (content && wordsBetween(tokens, content.start, content.end) >= 2) frames[f] = { ...frames[f]!, content };
    return;
  }
}

/** The last of the three frames before whose source and cue `frame`'s source holds (heldBy), or -1. */
function heldFrame(frame: Frame, frames: readonly Frame[]): number {
  for (let f = frames.length - 1; f >= 0 && f >= frames.length - 3; f--) if (heldBy(frame, frames[f]!)) return f;
  return -1;
}

/**
 * `frame`'s source holds the source and cue of `before` ("the mayor cited alarming warnings");
 * not where `before` is the one amiss, its source after its cue or none ("Say Kyiv demanded").
 */
function heldBy(frame: Frame, before: Frame): boolean {
  const source = frame.source;
  const { cue, source: own } = before;
  return source !== null && own !== null && own.end <= cue.start && source.start <= own.start && cue.end <= source.end;
}

/**
 * "Most said they were worried, and more than 4 in 10 said …": a frame whose source opens a
 * clause coordinated inside the content of a frame before it ends that content at the
 * coordinator. Only the last three frames are looked at, so a sentence costs linear time.
 */
function cutAtCoordinatedFrame(tokens: readonly Token[], frames: Frame[], next: Frame): void {
  const source = next.source;
  // a clause of saying with its own content, after a comma and a coordinator: "…, and most said …"
  if (!source || !next.content || next.cue.start < source.end) return;
  // the coordinator stands before the source, or heads it ("however the tenants"); most frames have none
  let k = isIn(tokens[source.start]!, COORDINATOR) ? source.start : source.start - 1;
  if (k < 1 || !tokens[k]!.word || !isIn(tokens[k]!, COORDINATOR) || !(isComma(tokens[k - 1]) || tokens[k - 1]!.text === ';')) return;
  if (!CUE_WORDS.get(tokens[next.cue.start]!.lower)?.clause) return;
  for (let f = frames.length - 1; f >= 0 && f >= frames.length - 3; f--) {
    const c = frames[f]!.content;
    if (!c || k <= c.start + 1 || k >= c.end) continue;
    while (k > c.start && (isComma(tokens[k - 1]) || tokens[k - 1]!.text === ';')) k--;
    const content = trimRange(tokens, c.start, k);
    if (content && wordsBetween(tokens, content.start, content.end) >= 2) frames[f] = { ...frames[f]!, content };
    return;
  }
}

/**
 * Tokens after a document opener's comma within which a verb of saying reports the sentence
 * instead: a subject with a role and a name set off runs long ("the company's chief nursing
 * officer, Dr. Ellen Tsao, said").
 */
const OPENER_SUBJECT_REACH = 16;

/**
 * "In the latest poll, Ruiz leads by five points", "In its report, the agency found …": a sentence
 * opened by the document or event it reports from. When a cue follows in the clause ("In a
 * statement, the ministry said …", "In a column, two writers implored her to …"), its frame reports it instead.
 */
function documentOpener(tokens: readonly Token[], from: number, to: number): Frame | null {
  const k = firstWord(tokens, from, to);
  if (k >= to || tokens[k]!.lower !== 'in') return null;
  let n = k + 1;
  let head = -1;
  while (n < to && n - k <= 10 && tokens[n]!.word && tokens[n]!.quote < 0) {
    if (isIn(tokens[n]!, DOCUMENT)) head = n;
    n++;
  }
  // the document ends the phrase, or only its date or maker follows ("conducted in early September")
  if (head < 0 || n >= to || tokens[n]!.text !== ',') return null;
  // "In a speech in Dayton, Ohio, on Friday, …": a place's state or country after its comma is part of the phrase
  if (isCapitalised(tokens[n - 1]!) && tokens[n + 1]?.word && isCapitalised(tokens[n + 1]!)) {
    let m = n + 1;
    while (m < to && m - n <= 5 && tokens[m]!.word && tokens[m]!.quote < 0) m++;
    if (m < to && m - n <= 5 && tokens[m]!.text === ',') n = m;
  }
  let c = n + 1;
  // "In the poll, conducted in May, Ruiz …": skip one participial phrase
  if (tokens[c]?.word && !isCapitalised(tokens[c]!) && /(?:ed|ing)$/.test(tokens[c]!.lower)) {
    while (c < to && c - n < 12 && tokens[c]!.text !== ',') c++;
    c++;
  }
  if (c >= to || !tokens[c]!.word || wordsBetween(tokens, c, to) < 3) return null;
  for (let m = c; m < to && m - c < OPENER_SUBJECT_REACH; m++) if (isCueWord(tokens[m]) && !CUE_WORDS.get(tokens[m]!.lower)!.homograph) return null;
  const content = trimRange(tokens, c, clauseEnd(tokens, c, to));
  return content ? { cue: { start: k, end: k + 1 }, source: { start: k + 1, end: n }, content, evaluative: false, announces: false } : null;
}

/**
 * "Ruiz leads Lopez by five points in the latest Ledger poll.": a sentence closed by the poll or
 * report it comes from, with no verb of saying of its own. Only the sentence's last words are read.
 */
function documentCloser(tokens: readonly Token[], from: number, to: number): Frame | null {
  let end = to;
  while (end > from && !tokens[end - 1]!.word) end--;
  // the document's word is looked for only once an "in" is met: most sentences have none near their end
  let unread = end;
  let head = false;
  for (let n = end - 1; n > from && end - n <= 12; n--) {
    const t = tokens[n]!;
    if (t.quote >= 0 || isComma(t) || !t.word && t.text !== '/' && t.text !== '-' && t.text !== '’') return null;
    // ("A group of nurses in 2019 sent a letter": a year after "in" is the time, no document)
    if (t.lower !== 'in' || yearOrDecade(tokens[n + 1])) continue;
    while (!head && unread > n) head = isIn(tokens[--unread]!, DOCUMENT);
    if (!head) continue;
    const start = firstWord(tokens, from, to);
    if (wordsBetween(tokens, start, n) < 3) return null;
    // a verb of saying reports it instead ("…, he said in a statement")
    for (let m = start; m < n; m++) {
      if (!isCueWord(tokens[m]) || tokens[m]!.quote >= 0) continue;
      const cue = CUE_WORDS.get(tokens[m]!.lower)!;
      // "by five points": a noun, or a verb that needs its particle and has none
      // (a noun's homograph after a modal, "do" or "not" is the verb: "did not mention the town in his address")
      if (!cue.homograph && !(cue.needsParticle && !cue.particles.includes(tokens[m + 1]?.lower ?? '')) || m > start && isVerbBefore(tokens[m - 1]!)) return null;
    }
    const content = trimRange(tokens, start, n);
    return content ? { cue: { start: n, end: n + 1 }, source: { start: n + 1, end }, content, evaluative: false, announces: false } : null;
  }
  return null;
}

/** A modal, "do" or "not": the word after it is a verb ("has support" may be a noun's). */
function isVerbBefore(t: Token): boolean {
  return t.word && (isIn(t, MODAL) || FRAME_WORDS.doForms.has(t.lower));
}

/** Only an article, possessive and modifiers stand before the noun at i: it opens the sentence's subject. */
function inSubject(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= from; k--) {
    const t = tokens[k]!;
    if (!t.word) return !isComma(t) && isSentenceOpening(tokens, from, k + 1);
    // ("argued that his plan to cut taxes would pay for itself": a that-clause's subject)
    if (t.lower === 'that' && t.quote < 0 && k < i - 1) return true;
    if (i - k > 4 || isIn(t, AUXILIARY) || isIn(t, BOUNDARY) || isIn(t, CUE)) return false;
  }
  return true;
}

/** "His plan to cut fares was dropped": the sentence's own verb after an infinitive ends it. */
function mainVerbAt(tokens: readonly Token[], k: number, e: number): number {
  for (let n = k; n < e; n++) {
    const t = tokens[n]!;
    if (t.quote >= 0 || !t.word || isCapitalised(t)) continue;
    // a clause of its own inside the infinitive ("to know why he was fired") has its own verbs
    if (isIn(t, WH_WORD) || t.lower === 'that' || isIn(t, PHRASE_BREAK)) return e;
    if (isIn(t, MODAL) && !isIn(t, SUBJECT_PRONOUN) && t.lower !== 'there' && !/[’']/.test(t.lower)) return n;
    // "to retake all occupied territory": a participle after a determiner or quantifier is an adjective;
    // "to use the land it seized as …": a verb after a pronoun is a relative clause's, inside the infinitive
    if (isPastInEd(t.lower) && !isIn(tokens[n - 1]!, AUXILIARY) && !isIn(tokens[n - 1]!, DETERMINER) && !QUANTIFIERS.has(tokens[n - 1]!.lower) && !isIn(tokens[n - 1]!, SUBJECT_PRONOUN)) return n;
  }
  return e;
}

/**
 * "His claim that taxes would fall proved false", "… was signed in secret is false": in a subject,
 * the that-clause ends where a second verb in the past tense, or a form of "be", follows its own
 * verb; that verb is the sentence's.
 */
function mainVerbAfterClause(tokens: readonly Token[], k: number, e: number): number {
  let verb = false;
  for (let n = k; n < e; n++) {
    const t = tokens[n]!;
    if (t.quote >= 0 || !t.word) {
      if (isComma(t)) return e;
      continue;
    }
    // a clause of its own inside the content has its own verbs
    if (n > k && (isIn(t, WH_WORD) || t.lower === 'that' || isIn(t, RELATIVE_PRONOUN) || isIn(t, PHRASE_BREAK))) return e;
    const p = tokens[n - 1]!;
    const past = isPastInEd(t.lower) && !isCapitalised(t) && n > k;
    if (verb && (past || isIn(t, BE_FORM) && t.lower !== 'be' && t.lower !== 'been' && t.lower !== 'being') && p.word && !isIn(p, AUXILIARY) && !isIn(p, MODAL) && !isIn(p, DETERMINER) && p.lower !== 'and' && p.lower !== 'or' && !isLyAdverb(p)) return n;
    if (isIn(t, MODAL) && !isIn(t, SUBJECT_PRONOUN) || isIn(t, AUXILIARY) || past) verb = true;
  }
  return e;
}

/** The word before i is a plural noun or a name that can be a subject, not an article, possessive or modifier. */
function verbAfterSubject(tokens: readonly Token[], from: number, i: number): boolean {
  // (past an adverb in -ly between them: "Some Democrats privately worry that …")
  let b = i;
  while (b - 1 > from && i - b < 2 && tokens[b - 1]!.word && tokens[b - 1]!.quote < 0 && isLyAdverb(tokens[b - 1]!)) b--;
  const p = b > from ? tokens[b - 1]! : undefined;
  // "Egypt, which depends on the Nile, fears that …": a verb in -s and its "that" after a relative clause set off after a name
  if (p !== undefined && isComma(p) && endsInPlainS(tokens[i]!.lower, false) && tokens[i + 1]?.lower === 'that') return relativeSetOffBefore(tokens, from, b - 1);
  if (!p || !p.word || isIn(p, DETERMINER) || isIn(p, POSSESSIVE) || endsInApostropheS(p.text)) return false;
  if (isIn(p, SUBJECT_PRONOUN)) return true;
  // "The company reports that …": a singular noun after the article that opens the sentence, then a verb in -s and "that"
  const article = tokens[b - 2];
  if (b - 2 >= from && article!.word && ARTICLES.has(article!.lower) && isSentenceOpening(tokens, from, b - 2) && !isCapitalised(p) && !endsInPlainS(p.lower, false) && endsInPlainS(tokens[i]!.lower, false) && tokens[i + 1]?.lower === 'that') return true;
  // "The Daily Ledger reports that …", "Obama plans to …": a name, then a verb agreeing with it
  // (a name opening the sentence may modify a noun, "Pentagon reports show …", unless a that-clause follows)
  const next = tokens[i + 1];
  const verbAfter = (t: Token | undefined): boolean => t !== undefined && t.word && (isIn(t, AUXILIARY) || isIn(t, MODAL) || isCueWord(t) || isPastInEd(t.lower));
  if (isCapitalised(p) && p.quote < 0 && endsInPlainS(tokens[i]!.lower, false) && !endsInPlainS(p.lower, false) && !verbAfter(next)
    && (!isSentenceOpening(tokens, from, b - 1) || next?.lower === 'that' && !verbAfter(tokens[i + 2]))) return true;
  return endsInPlainS(p.lower, false) && (isPeopleNoun(p.lower) || isCapitalised(p));
}

/** A noun for people, in lower case: a person noun's ending ("voters"), or a role in either number ("farmers", "aide"). */
// (the plural's -s or -es off: "aides", "witnesses")
const isPeopleNoun = (lower: string): boolean =>
  personNounEnding(lower) || (lower.endsWith('s') ? PERSON_ROLES.has(lower.slice(0, -1)) || (lower.endsWith('es') && PERSON_ROLES.has(lower.slice(0, -2))) : PERSON_ROLES.has(lower));

/** A title-case line led by its source and a colon ("Mayor Diaz: Budget Will Not Balance"): the rest is what the source says. */
function headlineLabel(tokens: readonly Token[], from: number, to: number): Frame | null {
  let k = from;
  while (k < to && k - from < 3 && tokens[k]!.word && tokens[k]!.quote < 0 && isCapitalised(tokens[k]!)) k++;
  if (k === from || k >= to || tokens[k]!.text !== ':') return null;
  // "Ana Ruiz: “We will not back down.”": the label names who speaks the quotation right after it
  const opening = tokens[k + 1];
  const quoted = opening !== undefined && !opening.word && OPENING_MARKS.has(opening.text) && (tokens[k + 2]?.quote ?? -1) >= 0 && quotationEndsSentence(tokens, k + 2, to);
  if (!quoted && (wordsBetween(tokens, k + 1, to) < 3 || !isHeadline(tokens, k + 1, to))) return null;
  const content = trimRange(tokens, k + 1, to);
  return content ? { cue: { start: k, end: k + 1 }, source: { start: from, end: k }, content, evaluative: false, announces: false } : null;
}

/**
 * "Defence Minister Ana Ruiz struck a middle tone: “We will help …”": a named subject opening the
 * sentence, a short predicate of its own with no verb of saying, and a colon before a quotation
 * that ends the sentence: the subject speaks it.
 */
function subjectBeforeColon(tokens: readonly Token[], from: number, to: number): Frame | null {
  let k = from;
  while (k < to && k - from < MAX_NP && tokens[k]!.word && tokens[k]!.quote < 0 && isCapitalised(tokens[k]!)) k++;
  if (k === from || k >= to || !tokens[k]!.word || isCapitalised(tokens[k]!)) return null;
  let c = k;
  while (c < to && c - k < MAX_COLON_PREDICATE && tokens[c]!.word && tokens[c]!.quote < 0) c++;
  if (c >= to || tokens[c]!.text !== ':') return null;
  // (asked only where the colon stands: most sentences have none)
  for (let p = k; p < c; p++) if (isCueWord(tokens[p])) return null;
  const opening = tokens[c + 1];
  if (opening === undefined || opening.word || !OPENING_MARKS.has(opening.text) || (tokens[c + 2]?.quote ?? -1) < 0 || !quotationEndsSentence(tokens, c + 2, to)) return null;
  const content = trimRange(tokens, c + 1, to);
  return content ? { cue: { start: c, end: c + 1 }, source: { start: from, end: k }, content, evaluative: false, announces: false } : null;
}

/** The quotation whose first word is at q runs to the sentence's end: only marks and punctuation follow it ("…,” police said" does not). */
function quotationEndsSentence(tokens: readonly Token[], q: number, to: number): boolean {
  const quote = tokens[q]!.quote;
  for (let k = q + 1; k < to; k++) if (tokens[k]!.word && tokens[k]!.quote !== quote) return false;
  return true;
}

/** A title-case line ("Mayor Says Bridge Will Reopen in May"): its verbs are capitalised too. */
function isHeadline(tokens: readonly Token[], from: number, to: number): boolean {
  let words = 0;
  let caps = 0;
  for (let k = from; k < to; k++) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) continue;
    words++;
    if (isCapitalised(t) || t.text.length <= 3) caps++;
  }
  return words >= 3 && caps >= words * 0.85;
}

/**
 * A noun of saying or intending with its content: "Trump’s claim that the vote was rigged",
 * "his pledge to cut taxes", "calls for an inquiry". The source is the possessor, when named.
 */
function nounFrame(tokens: readonly Token[], from: number, to: number, i: number, leads: ReadonlySet<string>): Frame | null {
  // "her view is that …", "the fear was that …"
  const at = leads.has('that') && isInAt(tokens[i + 1], BE_FORM) && tokens[i + 2]?.lower === 'that' ? i + 2 : i + 1;
  const lead = tokens[at];
  if (!lead || !lead.word || lead.quote >= 0 || !leads.has(lead.lower)) return null;
  // "held positions on the western edge", "took up positions on": ground held, no stance
  // ("retaken several positions on the outskirts": a quantifier or an adjective between)
  if (tokens[i]!.lower.startsWith('position') && (holdsGround(tokens, from, i - 1) || i - 1 > from && tokens[i - 1]!.word && !isIn(tokens[i - 1]!, BOUNDARY) && holdsGround(tokens, from, i - 2))) return null;
  // "arson attacks on shopping centres": a weapon's attack, no words against anyone
  if (i > from && tokens[i]!.lower.startsWith('attack') && tokens[i - 1]!.word && FRAME_WORDS.armedAttackModifiers.has(tokens[i - 1]!.lower)) return null;
  let k = at + 1;
  if (lead.lower === 'to' && !(tokens[k]?.word && !isCapitalised(tokens[k]!) && !isIn(tokens[k]!, DETERMINER))) return null;
  if (lead.lower === 'to') k = i + 1;
  if (k >= to) return null;
  let e = lead.lower === 'that' || lead.lower === 'to' ? clauseEnd(tokens, k, to) : phraseEnd(tokens, k, to);
  if (lead.lower === 'to' && inSubject(tokens, from, i)) e = mainVerbAt(tokens, k + 2, e);
  else if (lead.lower === 'that' && inSubject(tokens, from, i)) e = mainVerbAfterClause(tokens, k, e);
  else if (lead.lower !== 'that' && lead.lower !== 'to') e = topicEnd(tokens, k, e);
  if (wordsBetween(tokens, k, e) < 2) return null;
  // "a claim that Beijing rejected", "the report that the ministry denied": a short clause whose
  // last word is a verb of saying or stance with no object is a relative clause about the noun
  if (lead.lower === 'that' && e - k <= 5 && endsWithBareCue(tokens, k, e)) return null;
  if (lead.lower === 'that' && verbWithoutSubject(tokens, k)) return null;
  // "said in a written statement that …": the document is the occasion of the verb's saying, which reports it
  if (lead.lower === 'that' && documentOfSaying(tokens, from, i)) return null;
  // "accused his opponent of lying": the noun is the object of a verb whose preposition the lead is
  if (objectOfVerbWith(tokens, from, i, lead.lower)) return null;
  // the possessor: "Trump’s claim", "his pledge", "the campaign’s call"
  let source: TokenRange | null = null;
  let p = i - 1;
  while (p >= from && tokens[p]!.word && !isPossessor(tokens[p]!) && i - p <= 3 && !isIn(tokens[p]!, DETERMINER) && !isIn(tokens[p]!, BOUNDARY)) p--;
  if (p >= from && isPossessor(tokens[p]!)) {
    let s = p;
    while (s > from && tokens[s - 1]!.word && isCapitalised(tokens[s - 1]!) && isCapitalised(tokens[p]!)) s--;
    // "his country's demand", "the ministry's call": a possessor in lower case with its determiner
    if (s === p && !isCapitalised(tokens[p]!) && !isIn(tokens[p]!, POSSESSIVE)) {
      let d = p;
      while (d > from && p - d < 3 && tokens[d - 1]!.word && !isCapitalised(tokens[d - 1]!) && !isIn(tokens[d - 1]!, DETERMINER) && !isIn(tokens[d - 1]!, BOUNDARY)) d--;
      if (d > from && tokens[d - 1]!.word && isIn(tokens[d - 1]!, DETERMINER)) s = d - 1;
    }
    source = { start: s, end: p + 1 };
  }
  // "Pilots vote to authorise strike": after its subject the word is the verb, whose subject says it
  if (source === null && lead.lower === 'to' && verbAfterSubject(tokens, from, i)) source = npBefore(tokens, from, i);
  return { cue: { start: i, end: at + 1 }, source, content: trimRange(tokens, k, e), evaluative: false, announces: false };
}

/** The word at k is a verb of holding or taking ground. */
function holdsGround(tokens: readonly Token[], from: number, k: number): boolean {
  return k >= from && tokens[k]!.word && HOLDING_VERBS.has(tokens[k]!.lower);
}

/** The noun at i, after its determiner and at most one modifier, is the object of a verb that takes `preposition` after it ("accused his opponent of"). */
function objectOfVerbWith(tokens: readonly Token[], from: number, i: number, preposition: string): boolean {
  let v = i - 1;
  while (v > from && i - v <= 2 && tokens[v]!.word && !isCapitalised(tokens[v]!) && !isCueWord(tokens[v])) v--;
  const verb = tokens[v];
  return v < i && verb !== undefined && verb.quote < 0 && isCueWord(verb) && CUE_WORDS.get(verb.lower)!.objectPrepositions.includes(preposition);
}

/**
 * The document's noun at i, after its determiner and at most two modifiers, follows a preposition
 * of occasion right after a verb of saying, or after its time ("said in a prepared statement",
 * "said on Monday in a brief written statement").
 */
function documentOfSaying(tokens: readonly Token[], from: number, i: number): boolean {
  if (!isIn(tokens[i]!, DOCUMENT)) return false;
  let d = i - 1;
  while (d > from && i - d <= 3 && tokens[d]!.word && !isCapitalised(tokens[d]!) && !isIn(tokens[d]!, DETERMINER) && !isIn(tokens[d]!, POSSESSIVE) && !isIn(tokens[d]!, BOUNDARY)) d--;
  // ("said in its daily report that …": a possessive determines it as well)
  if (d - 1 <= from || !tokens[d]!.word || !(isIn(tokens[d]!, DETERMINER) || isIn(tokens[d]!, POSSESSIVE)) || !tokens[d - 1]!.word || !isIn(tokens[d - 1]!, EVENT_PREPOSITION)) return false;
  const verb = tokens[timePhraseStart(tokens, from, d - 1) - 1];
  return isCueWord(verb) && CUE_WORDS.get(verb!.lower)!.clause;
}

/** The word at i stands in a phrase that reports nothing, set off by a comma: "Having said that, …", "That said, …". */
function inDiscourseIdiom(tokens: readonly Token[], from: number, to: number, i: number): boolean {
  for (const words of DISCOURSE_IDIOMS) {
    for (let j = 0; j < words.length; j++) {
      if (words[j] !== tokens[i]!.lower) continue;
      const start = i - j;
      const end = start + words.length;
      if (start < from || end >= to || !isComma(tokens[end])) continue;
      let same = true;
      for (let m = 0; m < words.length && same; m++) same = tokens[start + m]!.word && tokens[start + m]!.lower === words[m];
      if (same) return true;
    }
  }
  return false;
}

/** "would eventually vote to …": a modal before the word, maybe with adverbs between, makes it a verb. */
function afterModal(tokens: readonly Token[], from: number, i: number): boolean {
  let p = i - 1;
  while (p >= from && tokens[p]!.word && isLyAdverb(tokens[p]!)) p--;
  return p >= from && tokens[p]!.word && isIn(tokens[p]!, FUTURE_MODAL);
}

/**
 * "his views on Ukraine were …": the phrase after a noun's preposition ends at the verb of the
 * clause the noun is the subject of (a finite "be" or "have" after it); not inside a clause of its
 * own ("views on how the war was going").
 */
function topicEnd(tokens: readonly Token[], k: number, e: number): number {
  for (let n = k; n < e; n++) {
    const t = tokens[n]!;
    if (!t.word || t.quote >= 0) continue;
    if (isIn(t, WH_WORD) || isIn(t, RELATIVE_PRONOUN) || t.lower === 'that') return e;
    if (n > k && FINITE_BE_HAVE.has(t.lower)) return n;
  }
  return e;
}

/**
 * "a report that questioned the forecasts", "a plan that would cut taxes": a content clause opens
 * with its subject, so a "that" followed at once by a finite verb is a relative pronoun, and its
 * clause is about the noun. A word in -s or -ed is taken for that verb only before what a verb
 * takes and a noun does not ("the claim that officials in Kyiv …", "the fear that armed groups …").
 */
const CURRENCY_SIGNS: ReadonlySet<string> = new Set(['$', '€', '£', '¥']);

function verbWithoutSubject(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (!t?.word || t.quote >= 0 || isCapitalised(t)) return false;
  if (isIn(t, FUTURE_MODAL) || (isIn(t, BE_FORM) && !t.lower.startsWith('be'))) return true;
  const next = tokens[k + 1];
  // ("the report that identified $15 million in savings": an amount as the object)
  if (pastForm(t) && amountAt(tokens, k + 1)) return true;
  if (!next?.word || next.quote >= 0) return false;
  const object = isIn(next, DETERMINER) || isIn(next, POSSESSIVE);
  if (pastForm(t)) return object || isIn(next, NP_PREPOSITION) || AFTER_PARTICIPLES.has(next.lower) || irregularPastBeforeName(tokens, k);
  return object && endsInPlainS(t.lower, true);
}

/** "gave Singapore": an irregular past before a name at k, no adjective that might open a subject. */
function irregularPastBeforeName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  const next = tokens[k + 1];
  return t !== undefined && t.word && t.quote < 0 && !isCapitalised(t) && pastForm(t) && !isPastInEd(t.lower) && next !== undefined && next.word && next.quote < 0 && isCapitalised(next);
}

/**
 * Tokens [k, e) are words only, unquoted, the last a verb of saying or stance in a past or
 * third-person form (its object missing): "Beijing rejected", "the ministry denied".
 */
function endsWithBareCue(tokens: readonly Token[], k: number, e: number): boolean {
  // (past the sentence's closing stop)
  let end = e;
  while (end > k && !tokens[end - 1]!.word && tokens[end - 1]!.quote < 0 && isStop(tokens[end - 1]!)) end--;
  for (let n = k; n < end; n++) if (!tokens[n]!.word || tokens[n]!.quote >= 0) return false;
  const last = tokens[end - 1]!;
  return end - k >= 2 && isInflectedCue(last);
}

function isSentenceOpening(tokens: readonly Token[], from: number, i: number): boolean {
  // only punctuation before it in the sentence; bounded, since runs of marks are not openings
  for (let k = i - 1; k >= from; k--) if (tokens[k]!.word || i - k > 6) return false;
  return true;
}

type CuePhrase = (typeof CUE_PHRASES)[number];

/** The first of `phrases` (those the word at i opens) written from i. */
function matchPhrase(tokens: readonly Token[], i: number, to: number, phrases: readonly CuePhrase[]): { end: number; source: 'after' | 'frame' } | null {
  for (const p of phrases) {
    if (i + p.words.length > to) continue;
    let ok = true;
    for (let k = 0; k < p.words.length && ok; k++) ok = tokens[i + k]!.lower === p.words[k];
    if (ok) return { end: i + p.words.length, source: p.source };
  }
  return null;
}

// words an opening "according to" source may run on to its comma
const MAX_SOURCE_RUN = 16;

/** "according to X, …" / "…, according to X." */
function phraseFrame(tokens: readonly Token[], from: number, to: number, i: number, end: number, source: 'after' | 'frame'): Frame | null {
  if (source !== 'after') return null;
  const np = npAfter(tokens, end, to, true);
  if (!np) return null;
  const cue = { start: i, end };
  const opening = isSentenceOpening(tokens, from, i) || (i > from && isComma(tokens[i - 1]) === false && isIn(tokens[i - 1]!, BOUNDARY) && i - 1 === firstWord(tokens, from, to));
  if (opening) {
    let k = np.end;
    // "According to a complaint filed by the SEC and another by Vermont, the developers …": a
    // source the phrase reading could not take whole runs on to the comma that ends the opening
    let source = np;
    if (!isComma(tokens[k]) && k < to && tokens[k]!.word) {
      let c = k;
      // (a name's ampersand and abbreviation's stop run on: "by Selzer & Co.")
      while (c < to && c - k < MAX_SOURCE_RUN && tokens[c]!.quote < 0 && (tokens[c]!.word || tokens[c]!.text === '-' || tokens[c]!.text === '&' || tokens[c]!.text === '.' && tokens[c]!.start === tokens[c - 1]!.end && isCapitalised(tokens[c - 1]!))) c++;
      if (c < to && isComma(tokens[c]) && wordsBetween(tokens, c + 1, to) >= 3) {
        source = { start: np.start, end: c };
        k = c;
      }
    }
    // "according to Ann Lee, head of the agency, the plan …": a named source's apposition is not what
    // was said (but "according to her office, the talks with …" open the content)
    // (after any source, a relative clause or a participle's: "according to a statement from the
    // ministry, which hosted the talks, …", "according to a report, released on Monday, …")
    if (isComma(tokens[k])) {
      let c = k + 1;
      while (c < to && c - k <= MAX_ROLE && !isComma(tokens[c]) && !isStop(tokens[c])) c++;
      const first = tokens[k + 1];
      const describes = first !== undefined && first.word && (isIn(first, RELATIVE_PRONOUN) || (first.lower.endsWith('ed') && !isCapitalised(first)));
      if (c < to && c > k + 1 && isComma(tokens[c]) && (isNameOnly(tokens, np) || describes) && isSkippable(tokens, k + 1, c)) k = c;
    }
    while (k < to && isComma(tokens[k])) k++;
    return { cue, source, content: trimRange(tokens, k, Math.min(to, k + MAX_CONTENT)), evaluative: false, announces: false };
  }
  let e = i;
  while (e > from && isComma(tokens[e - 1])) e--;
  // "was resolved according to the resolutions": without a comma it says how, not who said so
  if (e === i) return null;
  // "…, according to the agency, and the bottom fifth paid …": the sentence goes on with more of the report
  let more = e;
  if (isComma(tokens[np.end]) && tokens[np.end + 1]?.lower === 'and' && wordsBetween(tokens, np.end + 2, to) >= 3) more = clauseEnd(tokens, np.end + 2, to);
  // (past a dateline: "PRAGUE, Feb 12 (Reuters) - … , according to a filing")
  const content = trimRange(tokens, afterDateline(tokens, Math.max(from, e - MAX_CONTENT), e), e);
  if (!content) return null;
  return { cue, source: np, content: more > e ? { start: content.start, end: trimRange(tokens, np.end + 2, more)?.end ?? content.end } : content, evaluative: false, announces: false };
}

/** Capitalised words only, none possessive: a name ("Ana Ruiz"), not "Ruiz's office". */
function isNameOnly(tokens: readonly Token[], range: TokenRange): boolean {
  for (let k = range.start; k < range.end; k++) {
    const t = tokens[k]!;
    if (t.word ? !isCapitalised(t) || endsInApostropheS(t.text) : t.text !== '.') return false;
  }
  return true;
}

/** Words a naming verb's object and the name it is given run to at most (see givesName). */
const MAX_NAMING = 7;

/**
 * Whether the words from `k` up to the clause's end are an object and a name in capitals that a
 * naming verb gives it, unquoted: the phrase ends in a capitalised word, and every word before it
 * is a determiner, a possessive or a plain noun ("the islands its Northern Territories").
 */
function givesName(tokens: readonly Token[], k: number, to: number, cue: CueWord): boolean {
  const first = tokens[k];
  // ("call on", "call for": a particle makes it a verb of asking)
  if (!first?.word || first.quote >= 0 || cue.particles.includes(first.lower)) return false;
  let end = k;
  while (end < to && end - k < MAX_NAMING && tokens[end]!.word && tokens[end]!.quote < 0 && !isIn(tokens[end]!, BOUNDARY)) end++;
  if (end === k || end - k >= MAX_NAMING) return false;
  const after = tokens[end];
  if (after && after.word && !isIn(after, BOUNDARY)) return false;
  // "called Obamacare ‘crazy’", "called North Korea's “reckless” actions": words quoted after the name are the judgement
  if (after && OPENING_MARKS.has(after.text)) return false;
  if (!isCapitalised(tokens[end - 1]!)) return false;
  for (let n = k; n < end; n++) {
    const t = tokens[n]!;
    if (!isCapitalised(t) && !isIn(t, DETERMINER) && !isIn(t, POSSESSIVE) && !/^[a-z]+$/.test(t.lower)) return false;
    if (!isCapitalised(t) && (isIn(t, AUXILIARY) || isCueWord(t))) return false;
  }
  return true;
}

function firstWord(tokens: readonly Token[], from: number, to: number): number {
  for (let k = from; k < to && k < from + 6; k++) if (tokens[k]!.word) return k;
  return to;
}

/**
 * "some said", "each said": the determiner before the cue is its subject, the cue a finite verb
 * only (not "some said to be", a participle; not "each touting", a clause's adjunct; not "- some
 * say unrealistic -", an aside).
 */
function standsAlone(tokens: readonly Token[], i: number, cue: CueWord): boolean {
  const prev = tokens[i - 1]!.lower;
  const before = tokens[i - 2];
  return !cue.homograph && (prev === 'some' || QUANTIFIERS.has(prev)) && tokens[i + 1]?.lower !== 'to' && !tokens[i]!.lower.endsWith('ing') && !(before !== undefined && !before.word && (DASHES.has(before.text) || before.text === '('));
}

function verbFrame(tokens: readonly Token[], from: number, to: number, i: number, cue: CueWord, headline = false, previous: TokenRange | null = null): Frame | null {
  const prev = previousWord(tokens, from, i);
  // a noun (the report, his claims): not a reporting verb here; but "some said", "each said": a
  // determiner that stands alone as the subject of a word that is only a verb
  if (prev && tokens[i - 1]!.word && isIn(prev, DETERMINER) && !standsAlone(tokens, i, cue)) return null;
  const next = tokens[i + 1];
  // "state Sen. Lena Voss": a word that is also a noun, before a title, is that title's modifier
  if (cue.homograph && next?.word && !isCapitalised(tokens[i]!) && TITLES.has(next.text)) return null;
  // "advocates have expressed …", "advocates say …": a word that is also a noun, followed by an auxiliary or "say", is their subject
  // (or a plural before a verb's plain form and "that": "finance reports show that …")
  if (cue.homograph && next?.word && next.quote < 0 && !isCapitalised(next) && (isIn(next, AUXILIARY) && isIn(next, MODAL) && !isIn(next, FUTURE_MODAL) || isCueWord(next) && (CUE_WORDS.get(next.lower)!.lemma === 'say' || CUE_WORDS.get(next.lower)!.lemma === next.lower && endsInPlainS(tokens[i]!.lower, false) && tokens[i + 2]?.lower === 'that'))) return null;
  // "talks stalled", "plans collapsed": a word that is also a noun, in -s and before a verb in the
  // past, is that verb's subject
  if (cue.homograph && next?.word && next.quote < 0 && !isCapitalised(next) && tokens[i]!.lower.endsWith('s') && pastForm(next) && tokens[i + 2]?.lower !== 'by') return null;
  // "he was back to …", "is support …": a verb's plain or -s form never follows a form of "be"
  // ("was hit by" is a participle spelled like its verb)
  const t = tokens[i]!.lower;
  if (prev && isIn(prev, BE_FORM) && !cue.adjective && tokens[i + 1]?.lower !== 'by' && (t === cue.lemma || t === `${cue.lemma}s` || t === `${cue.lemma}es`)) return null;
  // "near disputed islands", "of contested land": a form in -ed after a preposition is an adjective
  if (prev && tokens[i - 1]!.word && t.endsWith('ed') && PREPOSITIONS_BEFORE_ADJECTIVES.has(prev.lower)) return null;
  // "Kyiv's written proposals", "his stated aim": a participle between a possessive and its noun
  // (not "Moscow's denied the claims", where the possessive's ending is "has")
  if (prev && tokens[i - 1]!.word && (isIn(prev, POSSESSIVE) || endsInApostropheS(prev.text)) && (t.endsWith('ed') || t.endsWith('en')) && next?.word && !isCapitalised(next) && !isIn(next, DETERMINER) && !isIn(next, PRONOUN) && !isIn(next, BOUNDARY)) return null;
  // "in a brief written statement": a participle after a determiner (and a modifier) before a document's noun modifies it
  if (prev && tokens[i - 1]!.word && (t.endsWith('ed') || t.endsWith('en')) && next?.word && next.quote < 0 && isIn(next, DOCUMENT) && !isCapitalised(prev) && (isIn(prev, DETERMINER) || tokens[i - 2]?.word === true && isIn(tokens[i - 2]!, DETERMINER))) return null;
  // a word both noun and verb after a compound participle is its noun ("United Nations-backed
  // talks", "a US-brokered pledge"), and right after a past form a particle or an object ("were
  // pushed back that spring", "offered support")
  if (cue.homograph && prev && tokens[i - 1]!.word && (COMPOUND_PARTICIPLE.test(prev.lower) || (!isCapitalised(prev) && isPastInEd(prev.lower) && !isIn(prev, AUXILIARY)))) return null;
  // "all five state capitals", "two claims": a word both noun and verb after a number is the noun
  if (cue.homograph && prev && tokens[i - 1]!.word && (startsWithDigit(prev.text) || NUMBER_WORDS.has(prev.lower))) return null;
  // "pushed the troops back across the river": before a preposition of motion that is not its own particle, no verb
  if (cue.homograph && next?.word && MOTION_PREPOSITIONS.has(next.lower) && !cue.particles.includes(next.lower)) return null;
  // "hit back at critics", "fired back": the particle of a verb of saying before it, no verb
  if (cue.homograph && prev && tokens[i - 1]!.word && CUE_WORDS.get(prev.lower)?.particles.includes(t)) return null;
  // "in a Telegram post", "an AP report": after an indefinite article and a name, a noun
  if (cue.homograph && prev && isCapitalised(prev) && i >= 2 && isIn(tokens[i - 2]!, INDEFINITE_ARTICLE)) return null;
  // "in a video posted online", "a statement released on Monday": a participle after a document's noun describes it
  if (documentParticiple(tokens, i)) return null;
  // "cast himself as a champion", "framed the vote as a test": these depict only with "as"
  if (cue.onlyWithAs && !asFollows(tokens, i + 1, to)) return null;
  // "a group called Lashkar", "his fund, called the Legacy Fund": a participle of naming
  // (not before a possessor, whose noun is the verb's object: "Its director, Ann Lee, called Monday's vote …")
  if (cue.naming && t.endsWith('ed') && next?.word && isCapitalised(next) && !isPossessiveName(tokens, i + 1) && (isComma(tokens[i - 1]) || indefiniteNoun(tokens, from, i))) return null;
  // an infinitive ("took to Twitter to accuse …", "declined to say whether …") shares the sentence's subject
  const toInfinitive = prev !== undefined && prev.lower === 'to' && !cue.homograph && !cue.participle && (cue.clause || cue.evaluative) && !isCapitalised(tokens[i]!);
  // "to opposing views", "to reports": after a preposition, a noun or gerund
  if (prev?.lower === 'to' && !toInfinitive) return null;
  // "said fighting for the villages was still going on": a gerund right after "that" or a verb of
  // saying opens the clause reported, as its subject (not after a form in -s, which may be a noun:
  // "tweets criticizing …", "reports alleging …")
  if (cue.participle && prev !== undefined && tokens[i - 1]!.word && (prev.lower === 'that' || isCueWord(tokens[i - 1]) && CUE_WORDS.get(prev.lower)!.clause && isInflectedCue(tokens[i - 1]) && !prev.lower.endsWith('s'))) return null;
  // an adjective: "its internationally recognized borders", "Ukraine's internationally recognised borders",
  // and after another participle before a noun ("an internationally recognised disputed territory")
  let d = i - 1;
  const nounNext = next?.word === true && !isIn(next, DETERMINER);
  while (d > from && tokens[d]!.word && (isLyAdverb(tokens[d]!) || (d === i - 1 && nounNext && isPastInEd(tokens[d]!.lower)))) d--;
  // (a count, an ordinal or a plain adjective between the determiner and the participle: "the last
  // disputed sections", "the two disputed islands", "the first reported cases")
  if (d === i - 1 && nounNext && d > from && tokens[d]!.word && countOrOrdinal(tokens[d]!) && tokens[d - 1]!.word && (ARTICLES.has(tokens[d - 1]!.lower) || isIn(tokens[d - 1]!, POSSESSIVE))) d--;
  if (d < i - 1 && d >= from && tokens[d]!.word && (isIn(tokens[d]!, DETERMINER) || (endsInApostropheS(tokens[d]!.text) && next?.word && !isIn(next, DETERMINER)))) return null;
  // "textbooks claiming disputed islets": a participle in -ed right after a verb's -ing form, before a noun, is an adjective
  if (nounNext && isPastInEd(t0(tokens, i)) && prev !== undefined && tokens[i - 1]!.word && isCueWord(tokens[i - 1]) && CUE_WORDS.get(prev.lower)!.participle) return null;
  if (cue.homograph && (!plainSubjectBefore(tokens, from, i) || nounAfterModifier(tokens, from, i, cue) || objectOfVerb(tokens, from, i) || objectOfCue(tokens, from, i)) && tokens[i + 1]?.lower !== 'that') return null;
  // "told analysts on a conference call that …", "slightly above forecasts": a noun after a preposition
  if ((cue.homograph || cue.evaluative) && occasionNoun(tokens, i) || cue.homograph && prev !== undefined && tokens[i - 1]!.word && !isCapitalised(prev) && NOUN_PREPOSITIONS.has(prev.lower)) return null;
  // "is convinced that …": an adjective frames speech only with its that-clause and a subject
  // ("she remained confident that …": a verb like "be" between the holder and the adjective)
  const holderEnd = cue.adjective && i > from && tokens[i - 1]!.word && COPULAS.has(tokens[i - 1]!.lower) ? i - 1 : i;
  if (cue.adjective) {
    const holder = npBefore(tokens, from, holderEnd);
    if (!holder) return null;
    const word = next?.lower ?? '';
    // "was sure Trump would win", "is confident the plan will work": a clause without "that"
    // (after a form of "be" only: "Senate hopeful shifts on tariffs" is a noun before its verb)
    const bare = cue.clause && (holderEnd < i || afterBeForm(tokens, from, i) || afterContractedBe(tokens, from, i)) && next?.word === true && next.quote < 0 && !BOUNDARY_WORDS.has(word) && !(ADJUNCTS.has(word) && !DETERMINERS.has(word)) && looksLikeClause(tokens, i + 1, to);
    if (bare) return { cue: { start: i, end: i + 1 }, source: holder, content: trimRange(tokens, i + 1, clauseEnd(tokens, i + 1, to)), evaluative: false, announces: false };
    if (!(word === 'that' && cue.clause || cue.particles.includes(word))) return null;
    // "has been critical of the mayor", "is worried about turnout": the phrase after the preposition
    if (word !== 'that') {
      const content = trimRange(tokens, i + 2, phraseEnd(tokens, i + 2, to));
      return content ? { cue: { start: i, end: i + 2 }, source: holder, content, evaluative: false, announces: false } : null;
    }
  }
  // "which it calls the Malvinas", "calls the islands its Northern Territories": a name given, not words said
  if (cue.naming && givesName(tokens, i + 1, to, cue)) return null;
  let cueEnd = i + 1;
  if (cue.otherSenses.length > 0 && cue.otherSenses.includes(tokens[cueEnd]?.lower ?? '')) return null;
  if (cue.particles.length > 0 && cueEnd < to) {
    // (a time may stand between the verb and its particle: "agreed in April to return …")
    const particle = timePhraseAfter(tokens, cueEnd, to);
    // ("what Colombia had argued for a decade": "for" before a length of time is no particle)
    if (cue.particles.includes(tokens[particle]?.lower ?? '') && !(tokens[particle]!.lower === 'for' && durationAt(tokens, particle + 1))) cueEnd = particle + 1;
  }
  // "the court ruled that …": a past form with its that-clause needs no particle
  // ("ruled last year that …": a time may stand before it; "…, ruling that …": so may its participle)
  if (cueEnd === i + 1 && cue.needsParticle && !(tokens[timePhraseAfter(tokens, cueEnd, to)]?.lower === 'that' && (t.endsWith('ed') || t.endsWith('ing')))) return null;
  const cueRange = { start: i, end: cueEnd };
  if (cue.raising && prev && isIn(prev, BE_FORM) && tokens[cueEnd]?.lower === 'to' && tokens[cueEnd + 1]?.word && passiveEnding(t0(tokens, i), 'ght')) {
    // "Turnout is expected to rise": the whole clause is reported, by an unnamed source (not inside a
    // relative clause, "a bill that had been expected to clear the Senate stalled"; past a dateline)
    let r = i - 1;
    while (r > from && tokens[r - 1]!.word && (isIn(tokens[r - 1]!, AUXILIARY) || isIn(tokens[r - 1]!, BE_FORM) || isLyAdverb(tokens[r - 1]!))) r--;
    if (r > from && (isIn(tokens[r - 1]!, RELATIVE_PRONOUN) || isIn(tokens[r - 1]!, WH_RELATIVE))) return null;
    const start = afterDateline(tokens, firstWord(tokens, from, to), i);
    // (nor inside what a verb of saying before it reports: "Diplomats said the resolution was expected to pass")
    for (let k = start; k < r; k++) if (tokens[k]!.word && !isCapitalised(tokens[k]!) && isCueWord(tokens[k]) && CUE_WORDS.get(tokens[k]!.lower)!.clause && isInflectedCue(tokens[k]!) && !CUE_WORDS.get(tokens[k]!.lower)!.homograph && !tokens[k]!.lower.endsWith('ing')) return null;
    const content = start < i - 1 ? trimRange(tokens, start, clauseEnd(tokens, i, to)) : null;
    return content ? { cue: { start: i, end: cueEnd }, source: null, content, evaluative: false, announces: false } : null;
  }
  // "a stretch of sea believed to hold oil": a passive without its "be" after a noun reports the
  // infinitive's clause, for no one named (the noun is what it is about, never who believes it)
  // (set off by commas, it ends at the next: "The gunmen, thought to be militia members, fled")
  if (REDUCED_PASSIVES.has(t) && prev && tokens[cueEnd]?.lower === 'to' && tokens[cueEnd + 1]?.word) {
    let r = i - 1;
    while (r > from && tokens[r]!.word && isLyAdverb(tokens[r]!)) r--;
    const setOff = isComma(tokens[r]);
    if (setOff || (tokens[r]!.word && !isIn(tokens[r]!, BE_FORM) && !isIn(tokens[r]!, AUXILIARY))) {
      let end = clauseEnd(tokens, cueEnd, to);
      if (setOff) for (let k = cueEnd + 1; k < end; k++) if (isComma(tokens[k])) end = k;
      const content = trimRange(tokens, cueEnd, end);
      return content ? { cue: cueRange, source: null, content, evaluative: false, announces: false } : null;
    }
  }
  if (tokens[cueEnd]?.lower === 'by' && passiveEnding(t0(tokens, i), 'ten')) {
    // "The deal must be approved by regulators": after a modal, what is yet to come, not a saying
    if (prev?.lower === 'be' && afterModal(tokens, from, i - 1)) return null;
    // passive: "a notion rejected by Moscow" — the source follows "by"
    const agent = npAfter(tokens, cueEnd + 1, to);
    if (!agent) return null;
    // "The plan was praised by …", "The story was first reported by …": what the agent spoke of is the subject
    const subject = afterBeForm(tokens, from, i) ? npBefore(tokens, from, i) : null;
    return { cue: cueRange, source: agent, content: subject, evaluative: subject === null, announces: false };
  }

  // "the militias accused of genocide": a participle right before its object's preposition is a
  // passive (the active voice names whom first: "accused Ruiz of …"), and the noun before is judged
  if (!cue.adjective && tokens[i + 1]?.word && cue.objectPrepositions.includes(tokens[i + 1]!.lower) && passiveEnding(t0(tokens, i), 'ten') && !afterBeForm(tokens, from, i) && !(prev !== undefined && isIn(prev, AUXILIARY))) return null;
  // "was called to testify": without its agent a passive names no speaker; a judgement ("He has
  // been criticized for …", "was accused of …") reports its whole clause
  if (!cue.adjective && passiveEnding(t0(tokens, i), 'ten') && afterBeForm(tokens, from, i)) {
    // "was asked whether she would run": the question put, by a speaker not named
    const q = tokens[cueEnd];
    if (cue.takesWh && q?.word && q.quote < 0 && isIn(q, WH_WORD) && !isIn(q, WH_RELATIVE)) {
      const content = trimRange(tokens, cueEnd, clauseEnd(tokens, cueEnd, to));
      return content && wordsBetween(tokens, content.start, content.end) >= 3 ? { cue: cueRange, source: null, content, evaluative: false, announces: false } : null;
    }
    const start = firstWord(tokens, from, to);
    const judged = cue.objectPrepositions.includes(tokens[cueEnd]?.lower ?? '');
    // "Although they have tried …, they have been criticized for …": the main clause only
    const main = mainClauseStart(tokens, start, i);
    const content = judged && main < i - 1 && isSentenceOpening(tokens, from, start) ? trimRange(tokens, main, clauseEnd(tokens, i, to)) : null;
    return content ? { cue: cueRange, source: null, content, evaluative: false, announces: false } : null;
  }

  // "…, arguing that …": a participle after a comma shares the clause's subject, not the name before the comma ("in Tulsa, Oklahoma, arguing")
  // (past an adverb after the comma: "…, perhaps recognizing that …")
  const hedged = i - 1 > from && tokens[i - 1]!.word && tokens[i - 1]!.quote < 0 && (PARTICIPLE_ADVERBS.has(tokens[i - 1]!.lower) || isLyAdverb(tokens[i - 1]!)) && isComma(tokens[i - 2]);
  const afterComma = cue.participle && i > from && (isComma(tokens[i - 1]) || hedged);
  // "Ana Ruiz is heard shouting that …": the participle of a passive of perception is its subject's
  const perceived = cue.participle && prev !== undefined && tokens[i - 1]!.word && PERCEPTION_PARTICIPLES.has(prev.lower);
  // "Nicaragua would keep defending …": after a verb of going on or stopping, the participle is its subject's
  // (not an infinitive's: "promised to continue supporting Ruiz" is whoever promised)
  const aspect = cue.participle && !afterComma && prev !== undefined && tokens[i - 1]!.word && ASPECT_VERBS.has(prev.lower) && tokens[i - 2]?.lower !== 'to' ? verbGroupStart(tokens, from, i - 1) : -1;
  let source = afterComma ? previous ?? sentenceSubject(tokens, from, i) ?? npBefore(tokens, from, i) : aspect >= 0 ? npBefore(tokens, from, aspect) : npBefore(tokens, from, perceived ? i - 1 : holderEnd);
  // "… and minutes later calling it …", "at one point saying …": a time before the verb is no subject
  // (after "and", the verb is the sentence subject's: "praised the plan and hours later criticized it")
  const timeFirst = source !== null && !afterComma && timeBeforeVerb(tokens, source, i) ? source.start : -1;
  if (timeFirst >= 0) source = null;
  let inverted = false;
  // "Asked about the vote, Ruiz said …": a fronted participle of being asked names what was asked, not who asked
  const askedFirst = isAskedParticiple(tokens[i]!) && isSentenceOpening(tokens, from, i);
  // "a practice Georgia calls …", "the regions Moscow claims to have annexed": the name is the
  // subject of a relative clause about the noun before it, and nothing before is what was said
  const relativeName = source !== null ? reducedRelativeName(tokens, source) : -1;
  if (relativeName >= 0) source = { start: relativeName, end: source!.end };
  // "Ruiz, who …, issued a statement saying …": the participle after a verb's object is the subject's
  if (cue.participle && !afterComma && source !== null) {
    const verb = pastVerbBeforeObject(tokens, source);
    if (verb >= 0) source = npBefore(tokens, from, verb) ?? sentenceSubject(tokens, from, verb);
  }
  if (toInfinitive) source = previous ?? sentenceSubject(tokens, from, i);
  else if (!source && (cue.participle || prev && (prev.lower === 'and' || prev.lower === 'but') || timeFirst > from && (tokens[timeFirst - 1]!.lower === 'and' || tokens[timeFirst - 1]!.lower === 'but') || coordinatedAfterAuxiliaries(tokens, from, i))) source = previous ?? (cue.participle ? null : subordinateSubject(tokens, from, i)) ?? sentenceSubject(tokens, from, i) ?? frontedSubject(tokens, from, i, to);
  // "…, which is hard to prove, said Joan Lee, a former prosecutor.": after a clause set off by
  // "which" or "who", a name ending the sentence after the verb is who spoke, not the noun before
  if (source !== null && !cue.participle && cue.clause && isComma(prev) && source.end < i - 1 && isComma(tokens[source.end]) && isIn(tokens[source.end + 1]!, WH_RELATIVE)) {
    const named = npAfter(tokens, cueEnd, to);
    if (named !== null && allCapitalised(tokens, named) && endsWithApposition(tokens, named.end, to)) source = null;
  }
  if (!source) {
    // "which has strongly denied": the relative pronoun before the auxiliaries
    let r = i;
    while (r > from && tokens[r - 1]!.word && (isIn(tokens[r - 1]!, AUXILIARY) || isLyAdverb(tokens[r - 1]!))) r--;
    if (r > from && isIn(tokens[r - 1]!, RELATIVE_PRONOUN)) source = antecedent(tokens, from, r - 1) ?? { start: r - 1, end: r };
  }
  if (!source) {
    const before = i > from ? tokens[i - 1]! : undefined;
    // a participle opening the sentence has its subject after the clause ("Claiming …, Trump told …")
    // (a verb with no clause of its own names no speaker after it: "…, approve 4 percent increase")
    if (!cue.participle && cue.clause && (isComma(before) || before !== undefined && (CLOSING_MARKS.has(before.text) || before.text === ':') || isSentenceOpening(tokens, from, i) && !askedFirst)) {
      source = npAfter(tokens, cueEnd, to);
      // "said Peskov." / "said Sergiy, a teacher": the name is followed by punctuation; after a quotation
      // also by a clause of its own ("“…,” said a donor who backs Ruiz", "said Ruiz as she left")
      const clauseAfter = source !== null && source.end < to && (isIn(tokens[source.end]!, BOUNDARY) || isIn(tokens[source.end]!, WH_RELATIVE)) && quotationBefore(tokens, i);
      if (source && source.end < to && tokens[source.end]!.word && !clauseAfter && !restIsAdjunct(tokens, source.end, to)) source = null;
      // "Kremlin rejects the plan, says Ukraine must leave": a clause with its own verb after the
      // cue is what was said, by the subject of the verb before the comma
      if (source && hasVerbWord(tokens, source.start, source.end)) source = before !== undefined && isComma(before) && previous !== null && previous.start === firstWord(tokens, from, to) ? previous : null;
      else inverted = source !== null;
    }
  }
  // "In discussing the budget, …", "… by painting the board as …": a gerund after a preposition may leave its subject unnamed
  const implied = source === null && (askedFirst || cue.participle && prev !== undefined && isIn(prev, BOUNDARY) && !isIn(prev, DETERMINER));
  if (cue.evaluative && !cue.clause && !cue.complement) return { cue: cueRange, source, content: null, evaluative: true, announces: false };

  const after = inverted ? source!.end : cueEnd;
  let content: TokenRange | null = null;
  let announces = false;
  // the content is the verb phrase of a relative clause the source is the subject of (relativeVerbAfter)
  let relativeVerb = false;
  // "…, the military said, the latest clash in the sea.": a gloss after the source, no content
  // (past a time: "…, the ministry said on Monday, a step toward …")
  const glossComma = inverted ? after : timePhraseAfter(tokens, after, to);
  const gloss = !inverted && source !== null && source.start > from && isComma(tokens[glossComma]) && isComma(tokens[source.start - 1]) && glossAfter(tokens, from, source.start, glossComma, to);
  const lead = gloss ? null : contentAfter(tokens, after, to, cue, inverted);
  if (lead === 'colon-end') announces = true;
  else if (lead !== null) {
    const fronted = frontedClauseEnd(tokens, from, i, lead);
    let end = fronted ?? clauseEnd(tokens, lead, to);
    // "Kherson, which Russia says it annexed in 2022, had not changed": inside a relative clause set
    // off by commas, what was said ends at the clause's comma
    if (fronted === null && source !== null && source.start > from && isIn(tokens[source.start - 1]!, WH_RELATIVE) && isComma(tokens[source.start - 2])) end = commaOrEnd(tokens, lead, end);
    content = trimRange(tokens, lead, end);
    if (!source && fronted !== null && cue.participle) source = subjectAfter(tokens, fronted + 1, to);
  } else if (!inverted && cue.clause && source && source.start > from && relativeVerbAfter(tokens, source.start - 1, after)) {
    // "which critics said was unfair", "that Ivo Kern says led him to politics": the relative clause's verb phrase is what was said
    content = trimRange(tokens, after, clauseEnd(tokens, after, to));
    relativeVerb = true;
  }
  else if (!inverted && isComma(tokens[after]) && source && source.start > from && tokens[source.start - 1]!.lower === 'as' && wordsBetween(tokens, after, to) >= 3) {
    // "As experts have noted, the rule …": what follows; "The island, as one adviser pointed out, rarely …": the sentence around it
    const as = source.start - 1;
    if (isSentenceOpening(tokens, from, as)) content = trimRange(tokens, after + 1, clauseEnd(tokens, after + 1, to));
    else if (isComma(tokens[as - 1])) content = trimRange(tokens, Math.max(from, i - MAX_CONTENT), clauseEnd(tokens, after, to));
  } else if (!inverted && relativeName < 0 && isComma(tokens[after]) && source && source.start > from && isComma(tokens[source.start - 1]) && wordsBetween(tokens, after, to) >= 3 && !gloss && !quotationBefore(tokens, source.start) && !participialAdjunct(tokens, after + 1, to)) {
    // parenthetical: "The plan, he said, will fail." — the sentence around it, up to a clause break after it
    // (not after a quotation whose comma follows its closing mark: "„Das geht nicht“, he said, adding …";
    // nor before a participle, which tells what the speaker did: "The islet is ours, Ito said, repeating …")
    // (inside a relative clause with a subject of its own, the clause's words after the source: "a
    // referendum in which, the government said, voters approved …"; not "Much of which, the mayor said, has …")
    const relative = source.start - 3 >= from && tokens[source.start - 2]!.word && isIn(tokens[source.start - 2]!, WH_RELATIVE) && tokens[source.start - 3]!.word && (isIn(tokens[source.start - 3]!, NP_PREPOSITION) || isIn(tokens[source.start - 3]!, EVENT_PREPOSITION)) && !verbWithoutSubject(tokens, after + 1) && !(tokens[after + 1]?.word && isIn(tokens[after + 1]!, MODAL));
    // (a clause that breaks right after the source leaves only the words before it: "Biden called
    // senators, the aide said, and planned …")
    const end = clauseEnd(tokens, after, to);
    content = relative ? trimRange(tokens, after + 1, clauseEnd(tokens, after + 1, to)) : trimRange(tokens, afterDateline(tokens, Math.max(from, i - MAX_CONTENT), i), wordsBetween(tokens, after, end) === 0 ? source.start : end);
  } else if (!inverted && relativeName < 0 && source && source.start > from && isComma(tokens[source.start - 1]) && wordsBetween(tokens, from, source.start) >= 3 && adjunctsThenClause(tokens, after, to) && !quotationBefore(tokens, source.start)) {
    // "…, the board said in a May statement, and then …": the sentence around it (past a dateline)
    content = trimRange(tokens, afterDateline(tokens, Math.max(from, i - MAX_CONTENT), i), Math.min(to, i + MAX_CONTENT));
  } else if (relativeName < 0 && (!headline || wordsBetween(tokens, after, to, 1) === 0) && restIsAdjunct(tokens, after, to)) {
    // in a title-case line only a cue that ends it trails ("…, Former Aide Says"): capitalised words after a cue are not adjuncts there
    // trailing attribution: "…, sources said." / "“…,” said Peskov."
    const head = inverted ? i : source ? source.start : i;
    let e = head;
    while (e > from && (isComma(tokens[e - 1]) || CLOSING_MARKS.has(tokens[e - 1]!.text))) e--;
    if (e < head && e > from && source && (wordsBetween(tokens, from, e) >= 3 || tokens[e - 1]!.quote >= 0 || CLOSING_MARKS.has(tokens[e]!.text))) content = trimRange(tokens, afterDateline(tokens, Math.max(from, head - MAX_CONTENT), head), head);
    // "At his cookout, the host called …": a fronted phrase of time or place is the setting, not what was said
    if (content && isSettingPhrase(tokens, content.start, e)) content = null;
    // ("Asked whether he had the votes, Morrow told reporters, “…”": the question put to the speaker, not his words)
    if (content && isCapitalised(tokens[content.start]!) && isAskedParticiple(tokens[content.start]!)) content = null;
  }
  // a verb with its preposition takes a noun phrase as well: "bragged about his record", "pleaded for calm"
  const withParticle = cueEnd > i + 1 && !cue.needsParticle;
  if (!content && !announces && !inverted && (source || implied) && (cue.complement || withParticle) && lead === null) {
    // "stressed her support for …", "urged Congress to …", "called on Trump to …"
    let k = cueEnd;
    // "spoke out Tuesday about …", "announced on Monday the closure of …"
    while (k < to && tokens[k]!.word && isIn(tokens[k]!, TIME_WORD)) k++;
    if (k === cueEnd && TIME_LEADS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.word && (isIn(tokens[k + 1]!, TIME_WORD) || TIME_NOUNS.has(tokens[k + 1]!.lower))) k += 2;
    if (k > cueEnd && k < to && cue.particles.includes(tokens[k]!.lower)) k++;
    const objectEnd = cue.objectPrepositions.length > 0 ? objectPreposition(tokens, k, to, cue.objectPrepositions) : -1;
    // "accused Holt of being …", "was praised for …": the content follows the preposition
    if (objectEnd >= 0) k = objectEnd;
    // "spoke on condition of anonymity", "spoke on the record", "spoke on television": how, not of what
    // ("spoke on a visit to …": the occasion)
    const manner = tokens[k - 1]?.lower === 'on' && (MANNERS_AFTER_ON.has(tokens[k]?.lower ?? '') || tokens[k] !== undefined && isIn(tokens[k]!, DETERMINER) && MANNERS_AFTER_ON.has(tokens[k + 1]?.lower ?? ''));
    if (manner) k = to;
    const first = tokens[k];
    // "to" before a verb (in a title-case headline, "Vows To Eliminate"); "spoke to a gathering", "talked to Congress" name a listener
    // ("speaking to about 2,000 supporters": a preposition after "to" opens no verb)
    const infinitive = first?.lower === 'to' && tokens[k + 1]?.word === true && !isIn(tokens[k + 1]!, DETERMINER) && !isIn(tokens[k + 1]!, BOUNDARY) && (!isCapitalised(tokens[k + 1]!) || isCapitalised(first)) && !isIn(tokens[k + 1]!, PRONOUN) && !LISTENERS.has(tokens[k + 1]!.lower);
    const prepositional = first !== undefined && first.word && !infinitive && !isIn(first, WH_WORD) && (isIn(first, BOUNDARY) || isIn(first, ADJUNCT)) && !isIn(first, DETERMINER);
    if (k < to && first && (first.word || OPENING_MARKS.has(first.text)) && !prepositional) {
      let e = infinitive ? mainVerbAt(tokens, k + 2, clauseEnd(tokens, k, to)) : phraseEnd(tokens, k, to);
      // ("Democrats who opposed it said …": the object ends where the sentence's "said" stands)
      for (let m = k + 1; m < e; m++) if (isInflectedCue(tokens[m]) && CUE_WORDS.get(tokens[m]!.lower)!.lemma === 'say') e = breakBefore(tokens, k, m);
      // ("judges hearing suits seeking refunds from the city have cited …": a participle's object ends
      // where the sentence's perfect stands, with no subject of its own)
      if (cue.participle && t.endsWith('ing')) for (let m = k + 1; m < e; m++) if (perfectWithoutSubject(tokens, m)) e = m;
      // ("the lines agreed half a century ago": a time alone is no content)
      if (wordsBetween(tokens, k, e) >= 1 && !timeOnly(tokens, k, e)) content = trimRange(tokens, k, e);
      // ("found him unresponsive": a person found in a state is no content; "found them to be …" is)
      if (content && SMALL_CLAUSE_VERBS.has(cue.lemma) && OBJECT_PRONOUNS.has(first.lower) && tokens[k + 1]?.lower !== 'to' && !hasFiniteVerb(tokens, content)) content = null;
    }
  }
  if (!content && !announces && !inverted && source && cue.object && !cue.complement && lead === null) {
    // "told his aides to find a way": the listener and what they were told to do
    let n = cueEnd;
    while (n < to && n - cueEnd < 4 && tokens[n]!.word && tokens[n]!.quote < 0 && tokens[n]!.lower !== 'to' && !isIn(tokens[n]!, BOUNDARY) && !isIn(tokens[n]!, AUXILIARY) && !isCueWord(tokens[n])) n++;
    const verb = tokens[n + 1];
    if (n > cueEnd && tokens[n]?.lower === 'to' && verb?.word && !isCapitalised(verb) && !isIn(verb, DETERMINER) && !isIn(verb, PRONOUN)) content = trimRange(tokens, cueEnd, clauseEnd(tokens, n, to));
  }
  // "He proposed a freeze, an idea the council rejected": what the apposition's noun stands for
  // (but "…, a move the UN said violated the truce": what was said of it)
  const apposed = !inverted && source !== null && !relativeVerb && lead === null ? apposedClause(tokens, from, source.start) : null;
  if (apposed) content = apposed;
  if (!cue.clause && !cue.complement && !withParticle) content = null;
  // "“…,” Ruiz told reporters on Monday", "“…?” Ruiz asked them": a verb right after a quotation
  // reports it; the words after the verb are the listener and the occasion, not more speech
  if (content && content.start >= cueEnd && !cue.participle && (inverted || source !== null && source.end === i) && quotationBefore(tokens, inverted ? i : source!.start)) content = null;
  // "Speaking in Kyiv on Sunday, he said …": a participle whose content would hold the participle
  // itself frames the sentence's main saying, which has its own frame
  if (content && cue.participle && content.start <= i && content.end > i) return null;
  if (!source && !content && !announces) return null;
  // "The increase will add roughly $6 a month to a bill": an amount added is nothing said
  if (content && cue.lemma === 'add' && content.start === cueEnd && amountAt(tokens, content.start) && !hasFiniteVerb(tokens, content)) return null;
  return { cue: cueRange, source, content, evaluative: cue.evaluative, announces };
}

/** Some word of the range is a finite verb or a past ("40 people had died"). */
function hasFiniteVerb(tokens: readonly Token[], range: TokenRange): boolean {
  for (let n = range.start; n < range.end; n++) if (tokens[n]!.word && tokens[n]!.quote < 0 && finiteOrPast(tokens[n]!)) return true;
  return false;
}

/** How many words may lead an amount ("up to", "more than an extra"). */
const MAX_AMOUNT_LEADS = 3;

/** An amount opens at k: a figure or a currency's sign, after at most a few words that lead one ("roughly $6", "another 500"). */
function amountAt(tokens: readonly Token[], k: number): boolean {
  let n = k;
  while (n - k < MAX_AMOUNT_LEADS && tokens[n]?.word === true && FRAME_WORDS.amountLeads.has(tokens[n]!.lower)) n++;
  const t = tokens[n];
  return t !== undefined && t.quote < 0 && (startsWithDigit(t.text) || CURRENCY_SIGNS.has(t.text));
}

/** tokens[k, e) are a phrase of time: a measure of time and "ago", "earlier" or "later" ("half a century ago", "two weeks earlier"). */
function timeOnly(tokens: readonly Token[], k: number, e: number): boolean {
  let last = e - 1;
  while (last > k && !tokens[last]!.word) last--;
  if (last - k >= 5 || last === k || !TIME_TAILS.has(tokens[last]!.lower)) return false;
  // (a measure of time before the tail: not "for failing to act earlier")
  return timeUnit(tokens[last - 1]!.lower);
}

/** Every word of `r` is capitalised, none possessive: a name ("Joan Lee", not "Vietnam's expansion"). */
function allCapitalised(tokens: readonly Token[], r: TokenRange): boolean {
  for (let k = r.start; k < r.end; k++) if (!tokens[k]!.word || !isCapitalised(tokens[k]!) || endsInApostropheS(tokens[k]!.text)) return false;
  return true;
}

/**
 * Where a phrase from k cut at the verb of saying at m ends: at m, or at a subordinator between
 * whose clause's subject stands before the verb ("accused Ruiz of lying after the mayor said …").
 */
function breakBefore(tokens: readonly Token[], k: number, m: number): number {
  for (let b = m - 1; b > k; b--) {
    const t = tokens[b]!;
    if (!t.word || t.quote >= 0) continue;
    if (isIn(t, PHRASE_BREAK)) return b + 1 < m && opensSubject(tokens[b + 1]) ? b : m;
  }
  return m;
}

/** The sentence ends at k, or goes on only with an apposition (", a former prosecutor"). */
function endsWithApposition(tokens: readonly Token[], k: number, to: number): boolean {
  const t = tokens[k];
  return k >= to || t === undefined || isStop(t) || isComma(t) && tokens[k + 1] !== undefined && tokens[k + 1]!.word && isIn(tokens[k + 1]!, DETERMINER);
}

/** "a decade", "two weeks", "years" (not "years of talks"): a length of time at k. */
function durationAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !t.word) return false;
  const unit = t.lower.endsWith('s') && timeUnit(t.lower) ? k : (countOrOrdinal(t) || isIn(t, DETERMINER)) && tokens[k + 1]?.word && timeUnit(tokens[k + 1]!.lower) ? k + 1 : -1;
  return unit >= 0 && tokens[unit + 1]?.lower !== 'of';
}

/** "two", "1899", "last", "same": a word that counts or orders the noun after a determiner. */
function countOrOrdinal(t: Token): boolean {
  // (a decade is a noun: "in the 1990s urged France")
  return startsWithDigit(t.text) && !isDecade(t.text) || ORDINALS.has(t.lower) || DURATION_COUNTS.has(t.lower) || QUANTIFIERS.has(t.lower) || PLAIN_ADJECTIVES.has(t.lower);
}

/** The cue word `t` needs a particle ("press for", "rail against") and `after` is none of its particles. */
function withoutItsParticle(t: Token, after: Token | undefined): boolean {
  const cue = CUE_WORDS.get(t.lower)!;
  return cue.needsParticle && after !== undefined && after.word && !cue.particles.includes(after.lower);
}

/** "day", "weeks", "century", "Monday": a word that measures or names a time. */
function timeUnit(unit: string): boolean {
  return DURATIONS.has(unit) || DURATIONS.has(`${unit}s`) || unit === 'century' || TIME_NOUNS.has(unit);
}

/**
 * Where a phrase of time starting at k ends: "Monday", "on Monday", "last week", "in April",
 * "in 2019", "earlier this month"; k when none starts there.
 */
function timePhraseAfter(tokens: readonly Token[], k: number, to: number): number {
  // (a modifier first: "late on Monday", "earlier this month")
  const n = k < to && tokens[k]!.word && TIME_MODIFIERS.has(tokens[k]!.lower) && !isIn(tokens[k]!, TIME_WORD) ? k + 1 : k;
  const t = tokens[n];
  const next = tokens[n + 1];
  if (n >= to || !t?.word || t.quote >= 0) return k;
  if (n + 1 < to && next?.word && (TIME_LEADS.has(t.lower) && (TIME_NOUNS.has(next.lower) || MONTHS.has(next.text)) || t.lower === 'in' && (MONTHS.has(next.text) || isYear(next.text)))) return n + 2;
  // "for months", "for two years": how long ("lobbied for months for …")
  if (t.lower === 'for' && n === k) {
    const d = next?.word && (DURATION_COUNTS.has(next.lower) || startsWithDigit(next.text)) ? n + 2 : n + 1;
    if (d < to && tokens[d]!.word && DURATIONS.has(tokens[d]!.lower)) return d + 1;
  }
  // "Monday", "late Monday", "again"
  return isIn(t, TIME_WORD) && (n === k || TIME_NOUNS.has(t.lower)) ? n + 1 : k;
}

/** A relative pronoun at r, then the cue's subject, then at k the relative clause's own verb right after the cue. */
function relativeVerbAfter(tokens: readonly Token[], r: number, k: number): boolean {
  const rel = tokens[r]!;
  const v = tokens[k];
  // (a cue's word after an article is a noun too: "a demand the hospitals say would force …")
  const noun = zeroRelative(rel) || isCueWord(rel) && r > 0 && ARTICLES.has(tokens[r - 1]!.lower);
  if (!rel.word || !isIn(rel, RELATIVE_PRONOUN) && !OBJECT_RELATIVES.has(rel.lower) && !noun || !v?.word || v.quote >= 0 || isCapitalised(v)) return false;
  // (after a singular noun with no relative pronoun, a verb in -s agreeing with it: "a step critics say amounts to …")
  const agreeing = zeroRelative(rel) && !endsInPlainS(rel.lower, false) && endsInPlainS(v.lower, false) && !isPeopleNoun(v.lower) && tokens[k + 1]?.word === true;
  return isIn(v, MODAL) && !isIn(v, SUBJECT_PRONOUN) && !/[’']/.test(v.lower) && v.lower !== 'there' || pastForm(v) || agreeing;
}

// a word joined by a hyphen to a participle: "Kremlin-backed", "US-led", "state-run", "Russian-held"
const COMPOUND_PARTICIPLE = /.-\p{Ll}+(?:ed|run|held|made|built|born)$/u;

/**
 * The word at n names the occasion of a saying, not a verb of its own: a document's noun after its
 * determiner or a name ("in a Telegram post"), or a participle describing one ("a video posted online").
 */
function occasionWord(tokens: readonly Token[], n: number): boolean {
  const w = tokens[n]!;
  const before = tokens[n - 1]!;
  // (a document's noun after its determiner, a name or one modifier: "in a statement", "in a separate report")
  const determined = before.word && (isIn(before, DETERMINER) || isCapitalised(before) || !isIn(before, BOUNDARY) && tokens[n - 2]?.word === true && isIn(tokens[n - 2]!, DETERMINER));
  // (or a verb's participle that modifies the document's noun after it: "in a written statement that …")
  const next = tokens[n + 1];
  return (isIn(w, DOCUMENT) && determined) || documentParticiple(tokens, n) || occasionNoun(tokens, n) || (determined && next !== undefined && next.word && next.quote < 0 && isIn(next, DOCUMENT));
}

/**
 * "on a conference call", "at a news conference", "in his nightly video address": a noun after a
 * preposition of occasion, its determiner or possessive and at most two modifiers.
 */
function occasionNoun(tokens: readonly Token[], n: number): boolean {
  // (only nouns of occasions: "on a report that …", "in a bid to …" name what was said)
  if (!OCCASION_NOUNS.has(tokens[n]!.lower)) return false;
  for (let d = n - 1; d >= n - 3 && d > 0; d--) {
    const t = tokens[d]!;
    if (!t.word || isCapitalised(t) || t.text.includes('.')) return false;
    if (isIn(t, DETERMINER) || isIn(t, POSSESSIVE)) return tokens[d - 1]?.word === true && isIn(tokens[d - 1]!, EVENT_PREPOSITION);
    // (the words between modify the noun: "but", "has" or a preposition end the phrase before it)
    if (isIn(t, BOUNDARY) || isIn(t, COORDINATOR) || isIn(t, AUXILIARY) || isIn(t, MODAL)) return false;
  }
  return false;
}

/**
 * The word at i is a participle in -ed right after a document's noun and its determiner, and
 * before a phrase of place, time or agent: "a video posted online", "a statement released on
 * Monday" (not "The statement noted they …", where it is the verb).
 */
function documentParticiple(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const noun = tokens[i - 1];
  const determiner = tokens[i - 2];
  const next = tokens[i + 1];
  if (i < 2 || !t.word || !isPastInEd(t.lower) || !noun!.word || !isIn(noun!, DOCUMENT) || !determiner!.word || !isIn(determiner!, DETERMINER)) return false;
  return next !== undefined && next.word && next.lower !== 'that' && (isIn(next, ADJUNCT) || next.lower === 'by' || next.lower === 'online' || isLyAdverb(next));
}

/** A noun in lower case right before the source: a relative clause without its pronoun ("a move the UN said violated …"). */
function zeroRelative(t: Token): boolean {
  // (a noun: no participle, adverb or verb of saying — "an ad showing the mayor making claims denied by")
  return !isCapitalised(t) && !isIn(t, BOUNDARY) && !isIn(t, DETERMINER) && !isIn(t, AUXILIARY) && !isIn(t, MODAL) && !isIn(t, SUBJECT_PRONOUN) && !isLyAdverb(t) && !t.lower.endsWith('ing') && !t.lower.endsWith('ed') && !isCueWord(t);
}

/** Unquoted words from a preposition of time or place up to b, with no comma and no verb: "On Monday night", "At a breakfast with donors". */
function isSettingPhrase(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a];
  if (!first?.word || !SETTING_PREPOSITIONS.has(first.lower)) return false;
  for (let n = a; n < b; n++) {
    const t = tokens[n]!;
    if (t.quote >= 0 || !t.word && isComma(t)) return false;
    // "In two years prices will fall, he said", "In the end it was fair, …": a clause after the phrase is what was said
    if (t.word && (isIn(t, AUXILIARY) || isIn(t, MODAL) || isIn(t, SUBJECT_PRONOUN))) return false;
    // "In the end the vote passed, …": a past tense after a noun ("a crowded room" is an adjective)
    if (t.word && n > a + 1 && isPastInEd(t.lower) && !isIn(tokens[n - 1]!, DETERMINER)) return false;
  }
  return true;
}

/** A form of "be" before the word at i, past adverbs and auxiliaries ("was first", "has not been"): a passive. */
function afterBeForm(tokens: readonly Token[], from: number, i: number): boolean {
  let b = i - 1;
  while (b > from && i - b < 4 && tokens[b]!.word && !isIn(tokens[b]!, BE_FORM) && (isIn(tokens[b]!, AUXILIARY) || isLyAdverb(tokens[b]!))) b--;
  return b >= from && tokens[b]!.word && isIn(tokens[b]!, BE_FORM);
}

/** "she’s glad", "they're increasingly convinced": a subject contracted with "be" before `i`, past adverbs in -ly. */
function afterContractedBe(tokens: readonly Token[], from: number, i: number): boolean {
  let b = i - 1;
  while (b > from && i - b < 4 && tokens[b]!.word && isLyAdverb(tokens[b]!)) b--;
  const w = tokens[b];
  return b >= from && w !== undefined && w.word && isContractedSubject(w.lower) && /[’'](?:s|re|m)$/.test(w.lower);
}

function asFollows(tokens: readonly Token[], k: number, to: number): boolean {
  for (let n = k; n < to && n < k + 6; n++) {
    if (!tokens[n]!.word) return false;
    if (tokens[n]!.lower === 'as') return n > k;
  }
  return false;
}

/** "a group", "an aid program" right before i: an indefinite common noun, which names nobody who speaks. */
function indefiniteNoun(tokens: readonly Token[], from: number, i: number): boolean {
  for (let k = i - 1; k >= from && i - k <= 4; k--) {
    const t = tokens[k]!;
    if (!t.word || isCapitalised(t)) return false;
    if (isIn(t, INDEFINITE_ARTICLE)) return k < i - 1;
  }
  return false;
}

/** Words a verb's object runs to at most before the preposition that opens its content. */
const MAX_OBJECT = 8;

/** Just after the preposition that opens a verb's content past its object ("accused [Holt] of …"), or -1. */
function objectPreposition(tokens: readonly Token[], k: number, to: number, prepositions: readonly string[]): number {
  for (let n = k; n < to && n <= k + MAX_OBJECT; n++) {
    const t = tokens[n]!;
    if (!t.word || t.quote >= 0) return -1;
    // (the content may be quoted words: "accused him of “trying to have it both ways”")
    if (prepositions.includes(t.lower)) return tokens[n + 1]?.word || OPENING_MARKS.has(tokens[n + 1]?.text ?? '') && tokens[n + 2]?.word ? n + 1 : -1;
    // ("accused Ethiopian forces and allied militias of …": two objects)
    if (n > k && t.lower === 'and' && n + 1 < to && !isIn(tokens[n + 1]!, BOUNDARY)) continue;
    // ("accused Ostria on Sunday of …": a time after the object)
    const timed = n > k ? timePhraseAfter(tokens, n, to) : n;
    if (timed > n) {
      n = timed - 1;
      continue;
    }
    if (n > k && (isIn(t, BOUNDARY) || isIn(t, CUE) && !isCapitalised(t))) return -1;
  }
  return -1;
}

/** Past a dateline that opens the sentence ("WASHINGTON — …"): the place the story was filed from is not what was said. */
/** Tokens a dateline's date and agency ("GENEVA, March 3 (Wire) —") run to at most after its place. */
const MAX_DATELINE_TAIL = 8;

function afterDateline(tokens: readonly Token[], k: number, end: number): number {
  let n = k;
  while (n < end && n - k < 3 && tokens[n]!.word && /^[A-Z][A-Z.]+$/.test(tokens[n]!.text)) n++;
  if (n === k) return k;
  // "GENEVA, March 3 —", "ADDIS ABABA (Wire) -": the date and the agency before the dash
  const datelineEnd = Math.min(end, n + MAX_DATELINE_TAIL);
  let d = n;
  while (d < datelineEnd && !DASHES.has(tokens[d]!.text) && tokens[d]!.text !== '―' && (!tokens[d]!.word || isCapitalised(tokens[d]!) || startsWithDigit(tokens[d]!.text))) d++;
  return d < end && (DASHES.has(tokens[d]!.text) || tokens[d]!.text === '―') ? d + 1 : k;
}

/** How far back from a cue a fronted clause's opener is looked for. */
const MAX_FRONTED = 40;

/**
 * A report inside a fronted clause ("While aides insisted that …, the campaign …", "Claiming
 * that …, Trump told …"): its content ends at the comma before the main clause's subject.
 * Null when the cue is not in such a clause or no main clause follows.
 */
function frontedClauseEnd(tokens: readonly Token[], from: number, cue: number, lead: number): number | null {
  const first = firstWord(tokens, from, cue + 1);
  if (first > cue || cue - first > MAX_FRONTED) return null;
  const opener = tokens[first]!;
  // "While …", "With … worried about", "Claiming …", "Asked about …"
  // (and "In defending himself …, Trump offered", "By insisting that …, the mayor": a gerund after "in" or "by")
  const fronted = isIn(opener, PHRASE_BREAK) || isIn(opener, FRONTED_OPENER) || first === cue && /(?:ing|ed)$/.test(opener.lower) || first + 1 === cue && (opener.lower === 'in' || opener.lower === 'by') && tokens[cue]!.lower.endsWith('ing');
  if (!fronted) return null;
  for (let n = first + 1; n < cue; n++) if (mainClauseAfter(tokens, n)) return null;
  const limit = Math.min(tokens.length, lead + MAX_CONTENT);
  for (let n = lead + 1; n < limit; n++) {
    const t = tokens[n]!;
    if (isStop(t) || t.text === ';') return null;
    if (mainClauseAfter(tokens, n)) return n;
  }
  return null;
}

/**
 * Speech quoted from a sentence's start closes right before k, its last words ending in a comma,
 * "?" or "!" inside the mark ("“…,” said"); it may end the sentence before ("“Why not?” Ruiz
 * asked" is split after the mark). A title in quotation marks inside a sentence is no such speech.
 */
function quotationBefore(tokens: readonly Token[], k: number): boolean {
  // "« … », Macron said": the comma after the closing mark (German "„ … “, he said" closes with
  // “, which after quoted words closes too)
  if (isComma(tokens[k - 1]) && (CLOSING_MARKS.has(tokens[k - 2]?.text ?? '') || tokens[k - 2]?.text === '“') && (tokens[k - 3]?.quote ?? -1) >= 0) return quotationOpensAt(tokens, k - 1, k - 3);
  const mark = tokens[k - 1];
  const end = tokens[k - 2];
  if (mark === undefined || end === undefined || !CLOSING_MARKS.has(mark.text) || !(end.text === ',' || end.text === '?' || end.text === '!') || end.quote < 0) return false;
  return quotationOpensAt(tokens, k, k - 2);
}

/** Whether the quotation whose last token is at `last` (its mark before `k`) opens its sentence (or follows a colon), or is long. */
function quotationOpensAt(tokens: readonly Token[], k: number, last: number): boolean {
  // back to the opening mark (bounded: a long quotation is speech whatever precedes it)
  const quote = tokens[last]!.quote;
  let o = last;
  while (o > 0 && k - o < MAX_CONTENT && tokens[o - 1]!.quote === quote) o--;
  const open = o - 1;
  const before = tokens[open - 1];
  return open >= 0 && (before === undefined || before.sentence !== tokens[open]!.sentence || before.text === ':' || k - o >= MAX_CONTENT);
}

/** A word of the capitalised run that opens a sentence as its subject. */
function subjectWord(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.word || t.quote >= 0) return false;
  return isCapitalised(t) || isIn(t, DETERMINER) || isIn(t, PERSON_ROLE) && tokens[k + 1]?.word === true && isCapitalised(tokens[k + 1]!);
}

/** "Despite praising the plan, Ruiz voted …": the subject after the fronted phrase that holds the participle at i. */
function frontedSubject(tokens: readonly Token[], from: number, i: number, to: number): TokenRange | null {
  const end = frontedClauseEnd(tokens, from, i, i);
  if (end !== null) return subjectAfter(tokens, end + 1, to);
  // "Asked about the vote, Ruiz laughed and said …": a cue of the main clause, after a fronted participle of being asked
  const first = firstWord(tokens, from, i);
  if (first >= i || !isAskedParticiple(tokens[first]!)) return null;
  for (let n = first + 1; n < i && n - first <= MAX_FRONTED; n++) if (mainClauseAfter(tokens, n)) return sentenceSubject(tokens, n + 1, i);
  return null;
}

/**
 * The main clause's subject from k on: the noun phrase up to its verb ("…, the mayor was blunt",
 * "…, the mayor angered the council"), which a phrase read on its own (npAfter) runs over.
 */
function subjectAfter(tokens: readonly Token[], k: number, to: number): TokenRange | null {
  const np = npAfter(tokens, k, to);
  if (!np) return null;
  for (let n = np.start + 1; n < np.end; n++) {
    const t = tokens[n]!;
    if (t.word && !isCapitalised(t) && (isIn(t, MODAL) || pastForm(t) && opensSubject(tokens[n + 1]))) return { start: np.start, end: n };
  }
  return np;
}

/** Where the main clause of a sentence opened by a subordinate clause begins, before i; else `start`. */
function mainClauseStart(tokens: readonly Token[], start: number, i: number): number {
  const opener = tokens[start]!;
  if (!isIn(opener, PHRASE_BREAK) && !isIn(opener, FRONTED_OPENER) || i - start > MAX_FRONTED) return start;
  for (let n = start + 1; n < i; n++) if (mainClauseAfter(tokens, n)) return n + 1;
  return start;
}

/** A comma outside quotation marks, then the subject of a new clause: a pronoun, a determiner, or a name not closing a list. */
function mainClauseAfter(tokens: readonly Token[], n: number): boolean {
  const t = tokens[n]!;
  if (t.word || t.text !== ',' || t.quote >= 0) return false;
  const next = tokens[n + 1];
  if (!next?.word || next.quote >= 0) return false;
  if (isIn(next, SUBJECT_PRONOUN) || next.lower === 'the' || isIn(next, POSSESSIVE)) return true;
  if (!isCapitalised(next) || isCapitalised(tokens[n - 1]!) && tokens[n - 1]!.word) return false;
  // a name, then a verb-like word, not more list items ("…, Mr. Obama is", not "…, Ohio and Iowa")
  // (the name's place may follow it: "…, Senator Tim Kaine of Virginia was")
  for (let k = n + 2; k < n + 8 && k < tokens.length; k++) {
    const w = tokens[k]!;
    if (!w.word) {
      if (w.text === '.' && isCapitalised(tokens[k - 1]!)) continue;
      return false;
    }
    if (!isCapitalised(w) && (w.lower === 'of' || w.lower === 'from') && tokens[k + 1]?.word === true && isCapitalised(tokens[k + 1]!)) continue;
    if (!isCapitalised(w)) return w.lower !== 'and' && w.lower !== 'or' && !isIn(w, NP_PREPOSITION);
  }
  return false;
}

/** Where reported content ends: at a semicolon, or a comma or dash before "though", "but", "as" …. */
/** The word after the coordinator at n, past adverbs in -ly, is a verb in the past ("and refused"). */
function pastAfterCoordinator(tokens: readonly Token[], n: number): boolean {
  let k = n + 1;
  while (tokens[k]?.word && isLyAdverb(tokens[k]!)) k++;
  const v = tokens[k];
  // (not a verb of saying, which reports again: "… but noted that …")
  return v !== undefined && v.word && !isCapitalised(v) && pastForm(v) && !(isCueWord(v) && PARTICIPLE_CLAUSES.has(CUE_WORDS.get(v.lower)!.lemma));
}

/**
 * The words from k are a perfect of "have" ("has not raised", "has since been met"): a predicate
 * of its own after "and" or "but", not a noun phrase's ("have salaries that …").
 */
function coordinatedPerfect(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t === undefined || !t.word || t.quote >= 0 || (t.lower !== 'has' && t.lower !== 'have' && t.lower !== 'had')) return false;
  let n = k + 1;
  while (n < k + 3 && tokens[n]?.word && (PERFECT_ADVERBS.has(tokens[n]!.lower) || isLyAdverb(tokens[n]!))) n++;
  const v = tokens[n];
  return v !== undefined && v.word && !isCapitalised(v) && (v.lower === 'been' || pastForm(v));
}

/** A verb in the past at k, then the determiner or pronoun that opens its object ("left the treaty"). */
function pastBeforeObject(tokens: readonly Token[], k: number): boolean {
  const v = tokens[k];
  const o = tokens[k + 1];
  return v !== undefined && v.word && v.quote < 0 && !isCapitalised(v) && !isIn(v, BE_FORM) && pastForm(v) && o !== undefined && o.word && (isIn(o, DETERMINER) || OBJECT_PRONOUNS.has(o.lower) || o.lower === 'it');
}

/** A verb in the past: an irregular past tense ("took") or a form in -ed. */
function pastForm(t: Token): boolean {
  return isIn(t, PAST_TENSE) || isPastInEd(t.lower);
}

/** A word that shows a clause has its verb: an auxiliary, a modal or a past form. */
function finiteOrPast(t: Token): boolean {
  return !isCapitalised(t) && (isIn(t, AUXILIARY) || isIn(t, MODAL) || pastForm(t));
}

function clauseEnd(tokens: readonly Token[], k: number, to: number): number {
  const limit = Math.min(to, k + MAX_CONTENT);
  // whether a verb has been read: before one, a finite verb after "and" or "but" is the sentence subject's
  let verb = tokens[k]?.word === true && finiteOrPast(tokens[k]!);
  // ("Officials say the driver ignored the signal and refused to stop": after a cue in the
  // present, a coordinated verb in the past is the content's own)
  const cue = tokens[k - 1]?.lower === 'that' ? tokens[k - 2] : tokens[k - 1];
  const present = cue !== undefined && isCueWord(cue) && !isCapitalised(cue) && (cue.lower === CUE_WORDS.get(cue.lower)!.lemma || endsInPlainS(cue.lower, false));
  // ("Eritrea, which has long insisted that …, gave a cautious welcome": the relative clause set
  // off by commas ends where the sentence's own verb follows one)
  const relative = inSetOffRelative(tokens, k);
  for (let n = k + 1; n < limit; n++) {
    const t = tokens[n]!;
    if (t.quote >= 0) continue;
    if (t.word) {
      if (startsNewPredicate(tokens, n) && !(present && pastAfterCoordinator(tokens, n))) return n;
      // "claimed part of the triangle but has not raised it since": the phrase ends at the coordinator
      if (!verb && (t.lower === 'and' || t.lower === 'but') && (coordinatedPerfect(tokens, n + 1) || pastBeforeObject(tokens, n + 1))) return n;
      if (!verb) verb = finiteOrPast(t);
      continue;
    }
    if (t.text === ',' && participleFollows(tokens, n + 1)) return n;
    // ("… “puts farmers first,” declining to elaborate": the comma inside the closing mark)
    if (CLOSING_MARKS.has(t.text) && tokens[n - 1]?.text === ',' && participleFollows(tokens, n + 1)) return n + 1;
    if (t.text === ',' && trailingAttribution(tokens, n + 1, to)) return n;
    if (t.text === ',' && mainPredicateFollows(tokens, n + 1)) return n;
    if (relative && t.text === ',' && sentenceVerbAfterRelative(tokens, n + 1) && (verb || presentAfterName(tokens, k, n))) return n;
    // ", and the downgrade is …": a new clause with its own subject; but ", and Kherson" closing a
    // list of names ("Donetsk, Lugansk, Zaporizhzhia, and Kherson") is the list's last item
    const c = tokens[n + 1];
    const subject = tokens[n + 2];
    const listTail = subject !== undefined && isCapitalised(subject) && tokens[n - 1] !== undefined && isCapitalised(tokens[n - 1]!) && tokens[n - 2]?.text === ',';
    // ", and that …" is a second that-clause of the same report
    if ((t.text === ',' || DASHES.has(t.text) && t.text !== '-') && c && c.lower === 'and' && subject?.word && subject.lower !== 'that' && !listTail && (isIn(subject, DETERMINER) || isIn(subject, SUBJECT_PRONOUN) || isCapitalised(subject) || isIn(subject, PHRASE_BREAK))) return n;
    // "… “in due course,” but several members said …": a clause with a report of its own
    if ((t.text === ',' || CLOSING_MARKS.has(t.text) && tokens[n - 1]?.text === ',') && (c?.lower === 'but' || c?.lower === 'and') && reportFollows(tokens, n + 2, limit)) return t.text === ',' ? n : n + 1;
    if (t.text === ';') return n;
    // ("…, saying the court was biased, and did not attend …": after the clause's verb, a past verb
    // with no subject after ", and" is the sentence subject's next predicate; "…, but would add …"
    // goes on with what was said)
    if (t.text === ',' && verb && (c?.lower === 'and' || c?.lower === 'but') && subject !== undefined && subject.word && subject.quote < 0 && !isCapitalised(subject) && (subject.lower === 'did' || pastForm(subject) && !isIn(subject, BE_FORM) && !isIn(subject, MODAL))) return n;
    // "Asked about reports that a rival had approached it, Cho said the company …": the sentence's
    // own subject and verb of saying, with what it says after it
    if (t.text === ',') {
      const cue = reportingCueAt(tokens, n + 1, limit);
      if (cue >= 0 && saysOnAfter(tokens, n + 1, cue)) return n;
    }
    if ((t.text === ',' || DASHES.has(t.text)) && isInAt(tokens[n + 1], CONTENT_BREAK)) return n;
    if (t.text === ',' && commentCloses(tokens, n + 1, to)) return n;
    // (after a name the apposition describes the name: "to Blue Harbor, a fund she formed")
    if ((t.text === ',' || CLOSING_MARKS.has(t.text) && tokens[n - 1]?.text === ',') && summingApposition(tokens, n + 1) && !isCapitalised(tokens[t.text === ',' ? n - 1 : n - 2]!)) return t.text === ',' ? n : n + 1;
    // "… “on every street,” though he added …": a comma inside the closing mark is the clause's comma
    if (CLOSING_MARKS.has(t.text) && tokens[n - 1]?.text === ',' && isInAt(tokens[n + 1], CONTENT_BREAK)) return n + 1;
  }
  return limit;
}

/** A verb in the past with no subject, then a word other than "by" (a participle's): the predicate a relative clause's sentence goes on with. */
function sentenceVerbAfterRelative(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  // (or a perfect: "The heirs, who say …, had sought compensation")
  if (t !== undefined && t.word && t.quote < 0 && FRAME_WORDS.haveForms.has(t.lower)) return sentenceVerbAfterRelative(tokens, k + 1);
  const next = tokens[k + 1];
  if (!t?.word || t.quote >= 0 || isCapitalised(t) || isIn(t, AUXILIARY) || isIn(t, BE_FORM) || !pastForm(t)) return false;
  return next !== undefined && next.word && next.quote < 0 && next.lower !== 'by' && !isCapitalised(next);
}

/** A perfect at m ("have cited the vote") right after a noun, not after a pronoun or a relative's word ("that have …"). */
function perfectWithoutSubject(tokens: readonly Token[], m: number): boolean {
  const t = tokens[m]!;
  const before = tokens[m - 1]!;
  return t.word && t.quote < 0 && FRAME_WORDS.haveForms.has(t.lower) && before.word && before.quote < 0 && !isIn(before, PRONOUN) && !isIn(before, RELATIVE_PRONOUN) && !isIn(before, WH_RELATIVE) && !isIn(before, AUXILIARY) && sentenceVerbAfterRelative(tokens, m);
}

/** A name opens at k, or after its article ("the UAE"). */
function opensName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  return isCapitalised(t) || t.lower === 'the' && tokens[k + 1]?.word === true && isCapitalised(tokens[k + 1]!);
}

/** A verb in -s right after a name or a pronoun within [k, n) ("Ethiopia occupies"): a clause read whole. */
function presentAfterName(tokens: readonly Token[], k: number, n: number): boolean {
  for (let m = k + 1; m < n; m++) {
    const t = tokens[m]!;
    const before = tokens[m - 1]!;
    if (t.word && !isCapitalised(t) && endsInPlainS(t.lower, true) && before.word && (isCapitalised(before) || isIn(before, SUBJECT_PRONOUN))) return true;
  }
  return false;
}

/** How far before a clause's first word a relative pronoun set off by a comma is looked for. */
const MAX_RELATIVE_REACH = 8;

/** The clause at k is what a cue says inside a relative clause set off by a comma (", who said", ", which has long insisted that"). */
function inSetOffRelative(tokens: readonly Token[], k: number): boolean {
  for (let n = k - 1; n > 0 && k - n <= MAX_RELATIVE_REACH; n--) {
    const t = tokens[n]!;
    if (!t.word || t.quote >= 0) return false;
    if (t.lower === 'who' || t.lower === 'which') return isComma(tokens[n - 1]);
  }
  return false;
}

/**
 * "Judge Ruiz, who ruled that Google had a monopoly, said …": a past verb of saying right after a
 * comma, with no subject of its own, is the predicate of the sentence the relative clause sits in,
 * not more of what the relative clause reports. A reduced passive ("the plan, said to cost …",
 * "the crowd, told of the delay,") is no predicate.
 */
function mainPredicateFollows(tokens: readonly Token[], k: number): boolean {
  const verb = tokens[k];
  if (!verb?.word || verb.quote >= 0 || !isInflectedCue(verb) || verb.lower.endsWith('s') || verb.lower.endsWith('ing')) return false;
  const cue = CUE_WORDS.get(verb.lower)!;
  if (!cue.clause || cue.homograph || cue.adjective) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.word && next.quote < 0 && (next.lower === 'that' || (cue.lemma === 'say' || cue.object) && !isIn(next, BOUNDARY));
}

/** Words a clause's subject runs to at most before its verb of saying (reportFollows). */
const MAX_REPORTING_SUBJECT = 5;

/** A subject and a verb of saying from k on: "several conservative members said", "Ruiz added". */
function reportFollows(tokens: readonly Token[], k: number, to: number): boolean {
  return reportingCueAt(tokens, k, to) >= 0;
}

/** The verb of saying of a subject and its verb starting at `k` (see reportFollows), or -1. */
function reportingCueAt(tokens: readonly Token[], k: number, to: number): number {
  const first = tokens[k];
  if (!first?.word || first.quote >= 0 || !(isIn(first, DETERMINER) || isIn(first, SUBJECT_PRONOUN) || isCapitalised(first) || QUANTIFIERS.has(first.lower))) return -1;
  // (a subject with a name between commas after it may run longer: "but a spokesman for the southern command, Ivo Maren, said")
  for (let n = k + 1; n < to && n - k <= MAX_REPORTING_SUBJECT + 2; n++) {
    const t = tokens[n]!;
    if (isComma(t) && n > k + 1) {
      const named = nameBetweenCommas(tokens, n + 1, to);
      return named > 0 && isInflectedCue(tokens[named + 1]) ? named + 1 : -1;
    }
    if (!t.word || t.quote >= 0) return -1;
    // (inflected: "said", "says", not "a claim")
    if (isInflectedCue(t)) return n - k <= MAX_REPORTING_SUBJECT ? n : -1;
  }
  return -1;
}

/** The verb of saying at `cue` (reportingCueAt from `k`) has what it says after it, not a parenthesis's comma. */
function saysOnAfter(tokens: readonly Token[], k: number, cue: number): boolean {
  // (not a relative clause's verb: "…, an Armenian village that Azerbaijan considers part of …")
  for (let n = k + 1; n < cue; n++) if (tokens[n]!.word && (tokens[n]!.lower === 'that' || isIn(tokens[n]!, RELATIVE_PRONOUN))) return false;
  // (a verb of saying that takes a clause: "…, he supported a decision" is the content's own)
  const next = tokens[cue + 1];
  return CUE_WORDS.get(tokens[cue]!.lower)!.clause && next !== undefined && next.word && next.quote < 0 && !isIn(next, TIME_WORD);
}

/** Where the comma closing a name of capitalised words that starts at k stands ("Ivo Maren,"), or -1. */
function nameBetweenCommas(tokens: readonly Token[], k: number, to: number): number {
  let n = k;
  while (n < to && n - k < 5 && tokens[n]!.word && tokens[n]!.quote < 0 && isCapitalised(tokens[n]!)) n++;
  return n > k && isComma(tokens[n]) ? n : -1;
}

/**
 * ", which forced her to cancel …" closing the sentence: the writer's comment on what was
 * reported, not part of it. A relative clause closed by a comma ("the tanks, which arrived on
 * Monday, were old") stands inside the content.
 */
function commentCloses(tokens: readonly Token[], k: number, to: number): boolean {
  const which = tokens[k];
  if (which?.lower !== 'which' || which.quote >= 0) return false;
  for (let n = k + 1; n < to; n++) {
    const t = tokens[n]!;
    if (!t.word && t.quote < 0 && (t.text === ',' || t.text === ';' || DASHES.has(t.text))) return false;
  }
  return true;
}

/**
 * ", a remark Beijing condemned", ", a claim that the ministry rejected": after a comma, a noun
 * phrase summing up what was said, with a clause of its own saying what someone made of it: the
 * writer's, not part of the content.
 */
function summingApposition(tokens: readonly Token[], k: number): boolean {
  const article = tokens[k];
  if (!article?.word || article.quote >= 0 || (article.lower !== 'a' && article.lower !== 'an')) return false;
  let n = k + 1;
  // one or two nouns in lower case ("a remark", "a policy shift")
  while (n < k + 3 && tokens[n]?.word && tokens[n]!.quote < 0 && !isCapitalised(tokens[n]!) && !isIn(tokens[n]!, BOUNDARY) && !isIn(tokens[n]!, DETERMINER) && !isIn(tokens[n]!, RELATIVE_PRONOUN)) n++;
  if (n === k + 1) return false;
  if (tokens[n]?.word && isIn(tokens[n]!, RELATIVE_PRONOUN)) n++;
  const subject = tokens[n];
  return subject !== undefined && subject.word && subject.quote < 0 && (isCapitalised(subject) || isIn(subject, DETERMINER) || isIn(subject, SUBJECT_PRONOUN));
}

const MAX_TRAILING_SOURCE = 6;

/**
 * After a comma, another frame's attribution closing the sentence: "…, a source said.", "…, the
 * aide added on Monday.", "…, said the source.", "…, according to the agency." It is not part of
 * the content before it.
 */
function trailingAttribution(tokens: readonly Token[], k: number, to: number): boolean {
  const first = tokens[k];
  if (!first?.word || first.quote >= 0) return false;
  if (first.lower === 'according' && tokens[k + 1]?.lower === 'to') return true;
  // "said the source", "the source said": a verb of saying within a short phrase, then only adjuncts
  for (let n = k; n < to && n - k <= MAX_TRAILING_SOURCE; n++) {
    const t = tokens[n]!;
    if (!t.word || t.quote >= 0) return false;
    const cue = isCueWord(t) ? CUE_WORDS.get(t.lower)! : undefined;
    if (cue) {
      if (!cue.clause || cue.participle || cue.homograph || t.lower === cue.lemma) return false;
      // the source before the verb, or after it up to the sentence's end; or the source and its
      // verb opening a speech of their own with a colon (", he said: “…”")
      if (n > k && tokens[n + 1]?.text === ':') return true;
      // (a verb first names its source right after it, not a preposition: "…, agreed in principle last year, will …" is a participle)
      const after = tokens[n + 1];
      if (n === k && after?.word && isIn(after, BOUNDARY) && !isIn(after, DETERMINER)) return false;
      return n > k ? restIsAdjunct(tokens, n + 1, to) : restIsAdjunct(tokens, n + 1, to) && wordsBetween(tokens, n + 1, to, 1) > 0;
    }
    if (isIn(t, AUXILIARY) || isIn(t, MODAL) || isIn(t, BOUNDARY) && !isIn(t, DETERMINER)) return false;
  }
  return false;
}

/** "… and asserted that", "… but said": a coordinated predicate with its own cue ends the content. */
function startsNewPredicate(tokens: readonly Token[], n: number): boolean {
  const t = tokens[n]!;
  if (t.lower !== 'and' && t.lower !== 'but') return false;
  let k = n + 1;
  while (tokens[k]?.word && (isIn(tokens[k]!, AUXILIARY) || isLyAdverb(tokens[k]!))) k++;
  const next = tokens[k];
  if (next !== undefined && isCueWord(next) && !next.lower.endsWith('ing') && !CUE_WORDS.get(next.lower)!.homograph) return true;
  // "… and Democrats accused …", "… and the mayor said …": a new subject with its own verb of saying
  if (k > n + 1) return false;
  for (let m = n + 1; m <= n + 3 && tokens[m]?.word && tokens[m]!.quote < 0; m++) {
    const w = tokens[m]!;
    if (m > n + 1 && isCueWord(w)) {
      const cue = CUE_WORDS.get(w.lower)!;
      return (cue.clause || cue.evaluative) && !cue.homograph && !cue.adjective && !w.lower.endsWith('ing') && w.lower !== cue.lemma;
    }
    if (isIn(w, BOUNDARY) && !isIn(w, DETERMINER) || isIn(w, AUXILIARY) || isIn(w, CUE)) return false;
  }
  return false;
}

/**
 * A participial clause after a comma ("…, quietly staking her career on the plan", "…, sending
 * him to …"): it tells what the subject did, not what was said. "including" and other
 * prepositions in -ing, and a noun in a list ("housing and health"), are not participles.
 */
function participleFollows(tokens: readonly Token[], k: number): boolean {
  return participleAt(tokens, k) >= 0;
}

/** Where the participle of participleFollows is (past an adverb), or -1. */
function participleAt(tokens: readonly Token[], k: number): number {
  let n = k;
  if (tokens[n]?.word && (isLyAdverb(tokens[n]!) || isIn(tokens[n]!, TIME_WORD) || tokens[n]!.lower === 'even')) n++;
  const t = tokens[n];
  if (!t || !t.word || t.quote >= 0 || isCapitalised(t) || !endsInIngAfter(t.lower, 3)) return -1;
  // (a word in -ing that is mostly a noun, "warning", is the participle before its "that")
  if (isIn(t, NOT_PARTICIPLE) && !(isCueWord(t) && tokens[n + 1]?.lower === 'that')) return -1;
  if (isCueWord(t)) return n;
  const next = tokens[n + 1];
  return next !== undefined && next.word && next.lower !== 'and' && next.lower !== 'or' ? n : -1;
}

/**
 * A participial clause after a parenthetical source tells what the speaker did ("…, Ito said,
 * repeating Tokyo's position"); a gerund there that a finite verb follows is the subject of the
 * sentence the source sits in ("…, he said, replacing the nominee would be costly").
 */
function participialAdjunct(tokens: readonly Token[], k: number, to: number): boolean {
  const n = participleAt(tokens, k);
  if (n < 0) return false;
  if (isCueWord(tokens[n])) return true;
  for (let m = n + 1; m < to && m <= n + MAX_GERUND_SUBJECT; m++) {
    const t = tokens[m]!;
    if (t.quote >= 0) continue;
    if (!t.word) {
      if (t.text === ',' || isStop(t)) return true;
      continue;
    }
    if (t.lower === 'that' || isIn(t, WH_WORD)) return true;
    if (isIn(t, MODAL) && !isIn(t, BE_FORM) || isIn(t, BE_FORM) && !t.lower.startsWith('be')) return false;
  }
  return true;
}

const isCueWord = (t: Token | undefined): boolean => t !== undefined && t.word && t.quote < 0 && !isCapitalised(t) && isIn(t, CUE);
/** A cue word in another form than its lemma: "said", "says", "claimed" (not "say", "claim"). */
const isInflectedCue = (t: Token | undefined): boolean => isCueWord(t) && t!.lower !== CUE_WORDS.get(t!.lower)!.lemma;

/** Where a noun-phrase complement ends: at the first comma, dash or semicolon outside quotation marks. */
function phraseEnd(tokens: readonly Token[], k: number, to: number): number {
  const limit = Math.min(to, k + MAX_CONTENT);
  // "accused him of being away when the pumps failed": a gerund's own clause of time is part of it
  const gerund = tokens[k]?.word === true && endsInIngAfter(tokens[k]!.lower, 2) && !isIn(tokens[k]!, NOT_PARTICIPLE);
  const plainGerund = gerund && !(isCueWord(tokens[k]) && CUE_WORDS.get(tokens[k]!.lower)!.clause);
  // …and its time words too ("being away when the pumps failed during the storm")
  let gerundClause = false;
  for (let n = k + 1; n < limit; n++) {
    const t = tokens[n]!;
    if (t.quote >= 0) continue;
    if (gerund && t.word && isIn(t, PHRASE_BREAK) && !isComma(tokens[n - 1])) {
      gerundClause = true;
      continue;
    }
    if (gerundClause && t.word && isIn(t, PHRASE_END_TIME)) continue;
    // "as “laughable,” emphasizing …": the comma inside the closing mark ends the phrase
    // … unless more quoted words follow in a list: "a “bad idea,” a “waste” and “silly.”"
    if (!t.word && CLOSING_MARKS.has(t.text) && tokens[n - 1]!.text === ',' && tokens[n - 1]!.quote >= 0 && !quotedItemFollows(tokens, n + 1)) return n + 1;
    if (t.word) {
      // "repeated Moscow's position that the regions — A, B and C — are …": a noun's that-clause runs as a clause does
      // (a that-clause opens with its subject: "a claim that could sting the mayor" is a relative clause)
      if (t.lower === 'that' && n > k && NOUN_CUES.get(tokens[n - 1]!.lower)?.has('that') === true && opensSubject(tokens[n + 1])) return clauseEnd(tokens, n, to);
      // ("supported the lawsuit's goal even though …": "even" opens the break)
      if (startsNewPredicate(tokens, n) || isIn(t, PHRASE_BREAK) || t.lower === 'even' && isInAt(tokens[n + 1], PHRASE_BREAK)) return n;
      if (endsPhrase(tokens, n)) return isIn(t, PHRASE_END_TIME) ? timeLeadStart(tokens, k, n) : n;
      // "an ad accusing her of voting to cut health care drew a response": an irregular past right
      // after a noun is the verb of the sentence the phrase is in (not after a gerund that takes a
      // clause: "of saying the plan went too far")
      if (plainGerund && isIn(t, PAST_TENSE) && !isCapitalised(t) && nounBefore(tokens[n - 1])) return n;
      // "would never recognise the baselines and that Filipino fishermen would …": a second
      // that-clause, of the report the phrase stands in, is no part of a noun phrase
      // (the clause may open with a quotation: "but that “a wall in the river is …”")
      if ((t.lower === 'and' || t.lower === 'but') && tokens[n + 1]?.lower === 'that' && (opensSubject(tokens[n + 2]) || OPENING_MARKS.has(tokens[n + 2]?.text ?? '') && opensSubject(tokens[n + 3]))) return n;
      // "claimed part of the triangle but has not raised the issue since": a finite verb after the
      // coordinator is a predicate of the sentence's subject, no part of the phrase
      if ((t.lower === 'and' || t.lower === 'but') && coordinatedPerfect(tokens, n + 1)) return n;
      continue;
    }
    if (t.text === ',' && trailingAttribution(tokens, n + 1, to)) return n;
    if (t.text === ',' && mainPredicateFollows(tokens, n + 1)) return n;
    // "Russia’s invasion, including its annexation of …": examples of the phrase belong to it
    if (t.text === ',' && (PHRASE_EXTENDERS.has(tokens[n + 1]?.lower ?? '') || listGoesOn(tokens, n + 1, limit))) continue;
    if (t.text === ';' || t.text === ',' || DASHES.has(t.text) && t.text !== '-' || t.text === ':') return n;
  }
  return limit;
}

/** A noun may end at the token: a plain word in lower case, no function word, pronoun, auxiliary or verb of saying. */
function nounBefore(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.quote < 0 && !isCapitalised(t) && !isIn(t, BOUNDARY) && !isIn(t, AUXILIARY) && !isIn(t, BE_FORM) && !isIn(t, PRONOUN) && !isIn(t, RELATIVE_PRONOUN) && !isIn(t, WH_WORD) && !isIn(t, CUE) && !isIn(t, ADJUNCT) && !endsInIngAfter(t.lower, 2) && t.lower !== 'that' && t.lower !== 'to';
}

/** A clause's subject may start with the token: a determiner, a pronoun or a name. */
function opensSubject(t: Token | undefined): boolean {
  return t !== undefined && t.word && t.quote < 0 && (isIn(t, DETERMINER) || isIn(t, SUBJECT_PRONOUN) || isCapitalised(t));
}

/**
 * Where the time that ends a phrase at `n` starts: before its preposition and an adverb of the
 * verb ("rejected the plan again on Wednesday" ends at "again").
 */
function timeLeadStart(tokens: readonly Token[], k: number, n: number): number {
  let e = n;
  if (e - 1 > k && SETTING_PREPOSITIONS.has(tokens[e - 1]!.lower)) e--;
  if (e - 1 > k && tokens[e - 1]!.word && (tokens[e - 1]!.lower === 'again' || isLyAdverb(tokens[e - 1]!))) e--;
  return e;
}

/** An opening mark next, or after an article: another quoted item of a list. */
function quotedItemFollows(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t && !t.word && OPENING_MARKS.has(t.text)) return true;
  const u = tokens[k + 1];
  return t !== undefined && (isIn(t, INDEFINITE_ARTICLE) || t.lower === 'and') && u !== undefined && !u.word && OPENING_MARKS.has(u.text);
}

/** "… the Baltic, Norway and beyond": after a comma, a few words and then "and" or "or" close a list. */
function listGoesOn(tokens: readonly Token[], k: number, limit: number): boolean {
  for (let n = k; n < limit && n < k + 5; n++) {
    const t = tokens[n]!;
    if (!t.word || t.quote >= 0) return t.text === ',' && n > k;
    if (n > k && (t.lower === 'and' || t.lower === 'or')) return true;
    if (isIn(t, BOUNDARY) || isIn(t, AUXILIARY) || isIn(t, MODAL) || isIn(t, SUBJECT_PRONOUN) || isCueWord(t)) return false;
  }
  return false;
}

/**
 * Where a noun-phrase complement gives way to the rest of the predicate: a time word ("… on
 * Monday", "… last week"), the occasion of the saying ("in a statement", "during the debate"),
 * or a second verb ("… and attempted to …").
 */
function endsPhrase(tokens: readonly Token[], n: number): boolean {
  const t = tokens[n]!;
  if (isCapitalised(t) && !isIn(t, PHRASE_END_TIME)) return false;
  if (isIn(t, PHRASE_END_TIME)) return true;
  if (isIn(t, EVENT_PREPOSITION)) {
    // "in a statement", "during Monday’s debate", "at a news conference"
    for (let k = n + 1; k <= n + 4 && tokens[k]?.word && tokens[k]!.quote < 0; k++) {
      if (SPEECH_EVENTS.has(tokens[k]!.lower)) return !tokens[k + 1]?.word || tokens[k + 1]!.lower !== 'of';
    }
    return false;
  }
  if (t.lower !== 'and' && t.lower !== 'but') return false;
  let k = n + 1;
  while (tokens[k]?.word && (isIn(tokens[k]!, AUXILIARY) || isLyAdverb(tokens[k]!))) k++;
  const next = tokens[k];
  // "and extended benefits", "but has been met": a past-tense verb or an auxiliary after the conjunction
  return next !== undefined && next.word && next.quote < 0 && !isCapitalised(next) && (k > n + 1 && isIn(tokens[n + 1]!, AUXILIARY) || isPastInEd(next.lower));
}

/** Words between a and b, counted up to `atLeast` (callers only ask whether there are that many). */
function wordsBetween(tokens: readonly Token[], a: number, b: number, atLeast = 4): number {
  let n = 0;
  for (let k = a; k < b && n < atLeast; k++) if (tokens[k]!.word) n++;
  return n;
}

/** Words a restrictive relative clause ("farmers who worked the land say") runs between "who" and the cue at most. */
const MAX_RELATIVE_CLAUSE = 8;

/**
 * "Farmers who worked the land say", "Aides who briefed the press on Monday said": the
 * subject is the phrase before "who", not the end of its clause that the phrase before the cue
 * (starting at `np`) is; null when no "who" opens a clause of plain words right before it.
 */
function relativeHead(tokens: readonly Token[], from: number, np: number): TokenRange | null {
  for (let k = np - 1; k > from && np - k <= MAX_RELATIVE_CLAUSE; k--) {
    const t = tokens[k]!;
    if (!t.word || t.quote >= 0) return null;
    // (a verb after "who": with a name, pronoun or determiner there, "who" is the object of the
    // clause whose subject that is: "militias who Valdoria says are paid by its rival")
    if (t.lower === 'who') {
      const verb = tokens[k + 1]!;
      // (a verb of saying there makes the phrase its content's subject: "fishermen who say local
      // officials demand fees")
      return tokens[k - 1]!.word && !isCapitalised(verb) && !isIn(verb, PRONOUN) && !isIn(verb, DETERMINER) && !clauseCueBefore(tokens, np) ? antecedent(tokens, from, k) : null;
    }
    // "The union local that represents 700 of the workers said": "that" and a verb in -s after a
    // noun (not after a verb of saying, whose "that" opens its content)
    if (t.lower === 'that') {
      const verb = tokens[k + 1]!;
      const before = tokens[k - 1]!;
      return before.word && before.quote < 0 && !isCueWord(before) && !isIn(before, BOUNDARY) && !isIn(before, AUXILIARY) && verb.word && !isCapitalised(verb) && endsInPlainS(verb.lower, true) && !isIn(verb, PRONOUN) && !isIn(verb, DETERMINER) && verbLikeAfter(tokens[k + 2]) ? antecedent(tokens, from, k) : null;
    }
  }
  return null;
}

/** The word after a verb in -s that opens a relative clause: its object's or complement's first word, not a verb of its own ("that officials leaked"). */
function verbLikeAfter(t: Token | undefined): boolean {
  return t !== undefined && (!t.word || !(isIn(t, AUXILIARY) || isIn(t, MODAL) || pastForm(t) || isCueWord(t)));
}

/** Tokens a relative clause set off by commas runs to at most (relativeSetOffBefore). */
const MAX_SET_OFF = 24;

/** The comma at `comma` closes a relative clause ("which", "who") set off after a capitalised name. */
function relativeSetOffBefore(tokens: readonly Token[], from: number, comma: number): boolean {
  for (let k = comma - 1; k > from && comma - k <= MAX_SET_OFF; k--) {
    const t = tokens[k]!;
    if (t.quote >= 0 || isStop(t)) return false;
    if (isComma(t)) return k - 1 >= from && tokens[k - 1]!.word && isCapitalised(tokens[k - 1]!) && (tokens[k + 1]?.lower === 'which' || tokens[k + 1]?.lower === 'who');
  }
  return false;
}

/** Where a verb in the past stands in `np` before a determiner that opens its object ("issued a statement"), or -1. */
function pastVerbBeforeObject(tokens: readonly Token[], np: TokenRange): number {
  for (let k = np.start; k < np.end - 1; k++) if (pastBeforeDeterminer(tokens, k) || k > np.start && pastAfterName(tokens, k)) return k;
  return -1;
}

/** The word at k is a verb in the past, in lower case, after a name and before a plain word ("The UAE issued statements"). */
function pastAfterName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.word && !isCapitalised(t) && isCapitalised(tokens[k - 1]!) && tokens[k - 1]!.word && pastForm(t) && next !== undefined && next.word && !isCapitalised(next);
}

/** The word at k is a verb in the past, in lower case, before a determiner or possessive. */
function pastBeforeDeterminer(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  return t.word && !isCapitalised(t) && pastForm(t) && next !== undefined && next.word && (isIn(next, DETERMINER) || isIn(next, POSSESSIVE));
}

/** A verb of saying that takes a clause stands right before `np`, or before its "that". */
function clauseCueBefore(tokens: readonly Token[], np: number): boolean {
  const cue = tokens[tokens[np - 1]?.lower === 'that' ? np - 2 : np - 1];
  return isCueWord(cue) && CUE_WORDS.get(cue!.lower)!.clause;
}

/** The noun phrase a relative pronoun stands for: "the Danish government, which has denied …". */
function antecedent(tokens: readonly Token[], from: number, rel: number): TokenRange | null {
  let k = rel;
  if (k > from && isComma(tokens[k - 1])) k--;
  // ("a response from her campaign on Monday, which called …": the time is no antecedent)
  if (k - 2 > from && tokens[k - 1]!.word && isIn(tokens[k - 1]!, TIME_WORD) && isCapitalised(tokens[k - 1]!) && isIn(tokens[k - 2]!, EVENT_PREPOSITION)) k -= 2;
  const read = collectBack(tokens, from, k);
  if (read === null) return null;
  // ("had helped organise a group of men who planned …": the verbs read back are no part of what
  // "who" stands for, the noun phrase their object opens is)
  const who = tokens[rel]!.lower === 'who';
  const np = who ? objectAfterVerbs(tokens, read) : read;
  // ("said Abu Omar, a fighter who said …": a description set off after a name is that person's)
  const named = who ? nameBeforeDescription(tokens, from, np) : null;
  if (named) return named;
  // ("had destroyed tanks near Robotyne, which would suggest …": after an auxiliary the words read
  // back are a predicate, and "which" stands for its whole clause, no one who speaks)
  if (tokens[rel]!.lower === 'which') return namedObjectAt(tokens, np, k) ?? objectPastVerb(tokens, np, k) ?? (np.start > from && tokens[np.start - 1]!.word && isIn(tokens[np.start - 1]!, AUXILIARY) ? null : np);
  // "pleas from dozens of parents who said …": "who" stands for people, the object of "from"
  // (or of "by", "with"), not the thing they gave
  // (when that object names people: not "a senator from the Midwest who …")
  const last = tokens[k - 1]!;
  if (tokens[rel]!.lower === 'who' && last.word && !isCapitalised(last) && (isIn(last, PERSON_ROLE) || endsInPlainS(last.lower, false))) {
    for (let p = k - 1; p > np.start; p--) if (tokens[p]!.word && PEOPLE_FROM.has(tokens[p]!.lower)) return p + 1 < k ? { start: p + 1, end: k } : np;
  }
  return np;
}

/** The name set off by a comma right before `np`, an indefinite description ("Abu Omar, a fighter"), or null. */
function nameBeforeDescription(tokens: readonly Token[], from: number, np: TokenRange): TokenRange | null {
  if (!isIn(tokens[np.start]!, INDEFINITE_ARTICLE) || np.start - 2 < from || !isComma(tokens[np.start - 1])) return null;
  let s = np.start - 1;
  while (s > from && tokens[s - 1]!.word && tokens[s - 1]!.quote < 0 && isCapitalised(tokens[s - 1]!) && np.start - 1 - s < 4) s--;
  // (a lone capitalised word opening the sentence may be no name: "Officials, a source who …")
  return s < np.start - 1 && (np.start - 1 - s >= 2 || !isSentenceOpening(tokens, from, s)) ? { start: s, end: np.start - 1 } : null;
}

/** The phrase from the last determiner after a verb in the past in `np` ("helped organise a group of men" → "a group of men"), else `np`. */
function objectAfterVerbs(tokens: readonly Token[], np: TokenRange): TokenRange {
  let verb = -1;
  for (let p = np.start; p < np.end; p++) {
    const t = tokens[p]!;
    if (verb < 0) {
      if (t.word && !isCapitalised(t) && pastForm(t)) verb = p;
    } else if (t.word && isIn(t, DETERMINER)) return { start: p, end: np.end };
  }
  return np;
}

/**
 * "The ad drew a response from her campaign on Monday, which called …": a phrase read back past
 * a verb is a clause, and "which" stands for the object of its last preposition.
 */
function objectPastVerb(tokens: readonly Token[], np: TokenRange, end: number): TokenRange | null {
  let verb = -1;
  let preposition = -1;
  for (let p = np.start; p < end; p++) {
    const t = tokens[p]!;
    if (!t.word) continue;
    if (!isCapitalised(t) && pastForm(t)) verb = p;
    else if (verb >= 0 && isIn(t, NP_PREPOSITION)) preposition = p;
  }
  if (preposition >= 0 && preposition + 1 < end) return { start: preposition + 1, end };
  // ("the motion violated the constitution, which states that …": the verb's own object, a
  // determiner and a noun or a name)
  const object = tokens[verb + 1];
  return verb > np.start && verb + 1 < end && object !== undefined && object.word && (isIn(object, DETERMINER) || isCapitalised(object)) && end - verb <= 4 ? { start: verb + 1, end } : null;
}

// prepositions whose object "who" after it stands for, not the noun before them
const PEOPLE_FROM: ReadonlySet<string> = new Set(FRAME_WORDS.peopleFromPrepositions);

/**
 * "…, drawing a protest from Japan, which claims …": "which" speaks for a body or a state, and
 * a name after the phrase's last preposition is the nearest noun it may stand for (a name's own
 * "of" kept: "a letter from the Ministry of Defence, which said").
 */
function namedObjectAt(tokens: readonly Token[], np: TokenRange, end: number): TokenRange | null {
  let s = end;
  while (s > np.start && tokens[s - 1]!.word && (isCapitalised(tokens[s - 1]!) || tokens[s - 1]!.lower === 'of' && s - 2 >= np.start && tokens[s - 2]!.word && isCapitalised(tokens[s - 2]!))) s--;
  if (s === end || !isCapitalised(tokens[s]!)) return null;
  const name = s > np.start && isIn(tokens[s - 1]!, DETERMINER) ? s - 1 : s;
  return name > np.start && isIn(tokens[name - 1]!, NP_PREPOSITION) ? { start: name, end } : null;
}

/** A word that can be a noun ("plans", "questions") is a verb only after a subject: a name, pronoun, auxiliary, adverb or role noun. */
function plainSubjectBefore(tokens: readonly Token[], from: number, i: number): boolean {
  let k = i - 1;
  // "The Washington Post–shows", "(…) says"
  while (k > from && i - k < 4 && !tokens[k]!.word && (DASHES.has(tokens[k]!.text) || tokens[k]!.text === ')')) k--;
  const p = k >= from ? tokens[k]! : undefined;
  if (p && isComma(p)) return npBefore(tokens, from, k + 1) !== null;
  if (!p || !p.word) return false;
  // "Both states want …": after a plural quantifier opening the clause a form in -s is a noun
  // ("Many fear" is a verb; "Ruiz both documents …" an adverb's)
  if (QUANTIFIERS.has(p.lower) && tokens[i]!.lower.endsWith('s') && (k === from || !tokens[k - 1]!.word)) return false;
  if (!isSourceLike(p)) {
    // "Footage of the crash shows": a source noun anywhere in the subject
    const np = collectBack(tokens, from, k + 1);
    if (!np) return false;
    // nouns only: a pronoun inside the phrase is the object of another verb ("until it pays back")
    for (let n = np.start; n < np.end; n++) if (tokens[n]!.word && !isIn(tokens[n]!, PRONOUN) && (isSourceLike(tokens[n]!) || isCapitalised(tokens[n]!) && n > from)) return true;
    return false;
  }
  return true;
}

/** "the cabinet approved plans", "the council unveiled plans": after a verb in the past, a word that is also a noun is its object. */
/** Words of a noun phrase objectOfCue reads back over at most. */
const MAX_OBJECT_BACK = 4;

/**
 * "rejects Beijing's sovereignty claims": the word at i ends a noun phrase that a verb of saying
 * before it takes as its object (a possessive name and nouns in lower case between).
 */
function objectOfCue(tokens: readonly Token[], from: number, i: number): boolean {
  let k = i;
  let possessive = false;
  while (k > from && i - k < MAX_OBJECT_BACK) {
    const t = tokens[k - 1]!;
    if (!t.word || t.quote >= 0) return false;
    if (isCapitalised(t)) {
      if (!endsInApostropheS(t.text)) return false;
      possessive = true;
    } else if (isCueWord(t) && !CUE_WORDS.get(t.lower)!.homograph) return possessive && k < i - 1;
    else if (isIn(t, BOUNDARY) || isIn(t, AUXILIARY)) return false;
    k--;
  }
  return false;
}

function objectOfVerb(tokens: readonly Token[], from: number, i: number): boolean {
  const p = i > from ? tokens[i - 1]! : undefined;
  return p !== undefined && p.word && !isCapitalised(p) && !isIn(p, AUXILIARY) && pastForm(p);
}

// endings of words that are adjectives before a noun far more often than anything else
const ADJECTIVE_ENDING = /(?:ing|ive|ous|ful|less|ed)$/;

/**
 * A word that can be a noun is one after a possessive ("Trump’s plan", "the editor’s note"), or
 * after one and an adjective ("China's sweeping claims"), or, in its bare form, after a singular
 * name or adjective ("Republican support", "the Smith plan"): a singular subject would make the
 * verb "plans", "supports".
 */
function nounAfterModifier(tokens: readonly Token[], from: number, i: number, cue: CueWord): boolean {
  if (i <= from) return false;
  const p = tokens[i - 1]!;
  // "Trump’s plan would cut …" still reports what the plan holds
  if (!p.word || tokens[i + 1]?.word && isIn(tokens[i + 1]!, FUTURE_MODAL)) return false;
  if (endsInApostropheS(p.text) && !PRONOUNS.has(p.lower.slice(0, -2))) return true;
  // "China's sweeping claims", "Beijing's expansive claims": a possessive, then an adjective by its ending
  if (i - 2 >= from && endsInApostropheS(tokens[i - 2]!.text) && !PRONOUNS.has(tokens[i - 2]!.lower.slice(0, -2)) && ADJECTIVE_ENDING.test(p.lower) && !isIn(p, AUXILIARY)) return true;
  // "the 2019 plan", "his 1995 state tax returns": a year modifies what follows it
  if (isYear(p.text)) return true;
  // "review the new terms", "its latest claims": a determiner and a plain adjective before a noun
  if (i - 2 >= from && PLAIN_ADJECTIVES.has(p.lower) && isIn(tokens[i - 2]!, DETERMINER)) return true;
  if (tokens[i]!.lower !== cue.lemma || /s$/.test(p.lower) || isIn(p, PRONOUN)) return false;
  // "a government plan", "the tax plan", "the U.S. peace plan": an article (maybe a name after it), a
  // singular noun, then the bare form
  if (!isCapitalised(p)) {
    if (isIn(p, AUXILIARY) || isLyAdverb(p)) return false;
    let d = i - 2;
    while (d > from && i - d < 6 && (isCapitalised(tokens[d]!) || tokens[d]!.text === '.')) d--;
    // (or a possessive: "the company's general counsel")
    return d >= from && (isIn(tokens[d]!, DETERMINER) || endsInApostropheS(tokens[d]!.text) && !PRONOUNS.has(tokens[d]!.lower.slice(0, -2)));
  }
  // "Britain and France support": names joined by "and" are plural
  let k = i - 1;
  while (k > from && i - k < 6 && isCapitalised(tokens[k - 1]!)) k--;
  return !(k > from && tokens[k - 1]!.lower === 'and');
}

function isSourceLike(p: Token): boolean {
  if (personNounEnding(p.lower) && !isIn(p, CUE)) return true;
  if (p.lower === 'and' || p.lower === 'but') return true;
  if (isCapitalised(p) && !isIn(p, DETERMINER)) return true;
  return isIn(p, PRONOUN) || isIn(p, AUXILIARY) || isLyAdverb(p) || isIn(p, PERSON_ROLE) || (p.lower.endsWith('s') && PERSON_ROLES.has(p.lower.slice(0, -1))) || ORGANIZATION_WORDS_LOWER.has(p.lower) || isIn(p, WH_RELATIVE);
}

const t0 = (tokens: readonly Token[], i: number): string => tokens[i]!.lower;

function previousWord(tokens: readonly Token[], from: number, i: number): Token | undefined {
  return i > from ? tokens[i - 1] : undefined;
}

/** Where the content starts after a cue: after "that", a colon, an object, or at once. */
function contentAfter(tokens: readonly Token[], k: number, to: number, cue: CueWord, inverted: boolean): number | 'colon-end' | null {
  const t = tokens[k];
  // verbs of stance take their content as a phrase, found apart ("expressing “some hope” from …")
  if (!t || !cue.clause) return null;
  if (t.text === ':') {
    let n = k + 1;
    while (n < to && n < k + 8 && !tokens[n]!.word && !OPENING_MARKS.has(tokens[n]!.text)) n++;
    return n >= to ? 'colon-end' : n;
  }
  if (!t.word && OPENING_MARKS.has(t.text)) return k;
  if (t.text === ',' && OPENING_MARKS.has(tokens[k + 1]?.text ?? '')) return k + 1;
  // "that" within a few words: "said in a statement on Monday that …", "told reporters that …"
  let plain = 0;
  // only verbs of saying and thinking take a "that" clause ("rejected that argument" does not)
  // "said Thursday during a town hall in Ames, Iowa, that …": a phrase of time or occasion may stand longer
  const occasion = t.word && t.quote < 0 && (isIn(t, EVENT_PREPOSITION) || isIn(t, TIME_WORD));
  for (let n = k; cue.clause && n < to && n < k + (occasion ? THAT_REACH_AFTER_OCCASION : THAT_REACH); n++) {
    const w = tokens[n]!;
    if (w.lower === 'that' && w.quote < 0) {
      // "believed the polls that showed him ahead": after an object, "that" and a verb open a relative clause
      const v = tokens[n + 1];
      // ("testify at a hearing that ran past midnight": an irregular past too)
      if (plain > 0 && v?.word && !isCapitalised(v) && (isIn(v, AUXILIARY) || isIn(v, MODAL) && !isIn(v, SUBJECT_PRONOUN) || pastForm(v) || isCueWord(v))) break;
      // ("a 2008 court ruling that gave Singapore sovereignty": after a participle, a past verb and its object)
      if (n === k && cue.participle && irregularPastBeforeName(tokens, n + 1)) break;
      return n + 1;
    }
    // "claimed Donetsk, Luhansk and Kherson after referendums that Kyiv called …": a list of names
    // right after a cue that takes no listener is its object, and a "that" after it a relative pronoun
    if (n === k && !cue.object && w.word && w.quote < 0 && isCapitalised(w) && !isIn(w, TIME_WORD) && (tokens[n + 1]?.text === ',' || tokens[n + 1]?.lower === 'and') && isCapitalised(tokens[n + 2] ?? w)) break;
    // "says an arbitration award that set the border was void": a verb that takes no listener has
    // no noun between it and its "that" but a time ("said a day later that"), so "that" opens a
    // relative clause of the clause's subject
    if (n === k && !cue.object && !occasion && isIn(w, INDEFINITE_ARTICLE) && !timeUnit(tokens[n + 1]?.lower ?? '')) break;
    // "asked the director, Russell Vought, whether …", "asked him if …": a listener, then the
    // question ("if" right after the listener: after a comma or "even" it is a condition)
    if (n > k && cue.takesWh && w.quote < 0 && (w.lower === 'whether' || w.lower === 'if' && tokens[n - 1]!.word && !CONDITION_OPENERS.has(tokens[n - 1]!.lower)) && tokens[n + 1]?.word) return n;
    if (w.quote >= 0 || isStop(w) || w.text === ';' || w.text === ':') break;
    if (!w.word && w.text !== ',' && !DASHES.has(w.text)) break;
    // "says it underscores that …", "says he’s satisfied that …": the "that" belongs to a clause of its own
    // (but not at the occasion's words: "said in a Telegram post that …", "in a video posted online that …")
    if (n > k && w.word && (isCueWord(w) && !occasionWord(tokens, n) || isIn(w, MODAL) && !isIn(w, AUXILIARY))) break;
    // only a listener or adjuncts stand between a cue and its "that"
    // ("of" joins the words of one listener: "told tens of thousands of supporters that …"; a
    // number counts them, "told several thousand supporters in the capital that …")
    // ("late" in "said late Wednesday that …" is part of the time, no listener)
    if (w.word && !isIn(w, ADJUNCT) && !isCapitalised(w) && !startsWithDigit(w.text) && !isLyAdverb(w) && !TIME_MODIFIERS.has(w.lower) && !(cue.object && (w.lower === 'of' || QUANTIFIERS.has(w.lower) || NUMBER_WORDS.has(w.lower))) && ++plain > (occasion ? PLAIN_IN_OCCASION : cue.object ? 4 : 2)) break;
  }
  // "asked whether …", "could not say what to do about …": a wh-clause, finite or not
  if (!inverted && t.word && t.quote < 0 && isIn(t, WH_WORD) && cue.takesWh && tokens[k + 1]?.word && (t.lower !== 'what' && t.lower !== 'when' || cue.lemma !== 'say')) return k;
  if (inverted || !BARE_COMPLEMENT.has(cue.lemma) || !t.word) return null;
  // participles take a bare clause only in the commonest frames ("saying the plan …")
  if (cue.participle && !PARTICIPLE_CLAUSES.has(cue.lemma)) return null;
  // ("it had added a third production line": what is added with "a" is a thing, no clause)
  if (cue.lemma === 'add' && isIn(t, INDEFINITE_ARTICLE)) return null;
  let n = k;
  if (cue.object) {
    // one listener: a pronoun, a name, or "reporters"
    // "told the crowd …": a determiner and its noun
    if (isIn(tokens[n]!, DETERMINER) && tokens[n + 1]?.word && !isCapitalised(tokens[n + 1]!)) n += 2;
    else if (isIn(tokens[n]!, DETERMINER)) n++;
    // (a lone word in lower case is a listener only as a pronoun or a listening noun: "promised new
    // buses" names none)
    while (n < to && tokens[n]!.word && (isCapitalised(tokens[n]!) || n === k && (isCapitalised(tokens[n]!) || LISTENERS.has(tokens[n]!.lower) || isIn(tokens[n]!, PRONOUN)))) n++;
    if (n === k) return null;
  }
  // "said Monday the plan …", "said again he …", "said on Monday his country …"
  const timed = timePhraseAfter(tokens, n, to);
  // ("a state declared in 1983 is recognised …": a participle's time, then the sentence's own verb)
  if (timed > n && tokens[timed]?.word && (isIn(tokens[timed]!, BE_FORM) || isIn(tokens[timed]!, AUXILIARY) || isIn(tokens[timed]!, MODAL))) return null;
  n = timed;
  while (n < to && tokens[n]!.word && isIn(tokens[n]!, TIME_WORD)) n++;
  if (tokens[n]?.lower === 'that') return n + 1;
  // "said after the vote she would …": a short adjunct, then a pronoun subject (not an infinitive's
  // object: "vowed to challenge it in court")
  if (tokens[n]?.word && isIn(tokens[n]!, ADJUNCT) && !isIn(tokens[n]!, DETERMINER) && tokens[n]!.lower !== 'to') {
    // "said before he died": a subordinator with its own clause is the time of the saying
    for (let p = n + 1; p < to && p <= n + 5 && tokens[p]!.word; p++) {
      if (isIn(tokens[p]!, SUBJECT_PRONOUN)) return p > n + 1 && looksLikeClause(tokens, p, to) ? p : null;
    }
  }
  const w = tokens[n];
  if (!w || !w.word || isIn(w, ADJUNCT) && !isIn(w, DETERMINER) || w.lower === 'it' && tokens[n + 1]?.text === '.') return null;
  // "said when she resigned" is the time of the saying, not what was said
  if (isIn(w, BOUNDARY) && w.lower !== 'that' && !CLAUSE_OPENERS.has(w.lower)) return null;
  // (a question only after a verb that asks or knows one: "plans to testify if the bill returns" is a condition)
  if (CLAUSE_OPENERS.has(w.lower) && !cue.takesWh) return null;
  return looksLikeClause(tokens, n, to) ? n : null;
}

/** Tokens a subordinate clause may run back from a coordinated cue to its subordinator. */
const MAX_SUBORDINATE = 20;

/**
 * "Shares fell after the producer cut its forecast and warned that …": a cue coordinated with the
 * verb of a subordinate clause has that clause's subject, from the subordinator to its verb (a
 * past form, or the word before the verb's object).
 */
function subordinateSubject(tokens: readonly Token[], from: number, i: number): TokenRange | null {
  let k = i - 1;
  while (k > from && tokens[k]!.word && (isIn(tokens[k]!, AUXILIARY) || isLyAdverb(tokens[k]!))) k--;
  if (tokens[k]?.lower !== 'and') return null;
  for (let s = k - 1; s > from && k - s <= MAX_SUBORDINATE; s--) {
    const t = tokens[s]!;
    if (!t.word || t.quote >= 0) return null;
    if (!isIn(t, PHRASE_BREAK)) continue;
    for (let n = s + 2; n < k; n++) {
      const w = tokens[n]!;
      const next = tokens[n + 1]!;
      const verb = !isCapitalised(w) && (pastForm(w) || (next.word && (isIn(next, DETERMINER) || isIn(next, POSSESSIVE)) && !isIn(w, DETERMINER) && !isIn(w, BOUNDARY)));
      if (verb) return { start: s + 1, end: n };
    }
    return null;
  }
  return null;
}

/** "and has said", "but had repeatedly told": "and" or "but" before the cue's auxiliaries and adverbs. */
function coordinatedAfterAuxiliaries(tokens: readonly Token[], from: number, i: number): boolean {
  let k = i - 1;
  while (k > from && tokens[k]!.word && (isIn(tokens[k]!, AUXILIARY) || isLyAdverb(tokens[k]!))) k--;
  const word = tokens[k];
  return k < i - 1 && word !== undefined && word.word && (word.lower === 'and' || word.lower === 'but');
}

/** The first comma in tokens[a, b), or b. */
function commaOrEnd(tokens: readonly Token[], a: number, b: number): number {
  for (let k = a; k < b; k++) if (isComma(tokens[k])) return k;
  return b;
}

/** A modal or auxiliary in lower case stands in tokens[a, b): the words are a clause, not a name. */
function hasVerbWord(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) {
    const t = tokens[k]!;
    if (t.word && !isCapitalised(t) && (isIn(t, MODAL) || isIn(t, AUXILIARY))) return true;
  }
  return false;
}

/** "he’s", "they'll": a subject pronoun and its verb in one token. */
function isContractedSubject(word: string): boolean {
  // most words have no apostrophe: no match to try
  if (!word.includes('’') && !word.includes("'")) return false;
  const m = /^([a-z]+)[’']([a-z]+)$/.exec(word);
  return m !== null && CONTRACTED_SUBJECTS.has(m[1]!) && SUBJECT_CONTRACTIONS.has(m[2]!);
}

/** A bare complement must read as a clause: a finite verb or a pronoun subject, not a noun phrase ("emphasizing its borders"). */
function looksLikeClause(tokens: readonly Token[], k: number, to: number): boolean {
  if (isIn(tokens[k]!, PRONOUN) && !OBJECT_PRONOUNS.has(tokens[k]!.lower)) return true;
  // "he's", "they'll", "it's": a subject with its verb
  if (isContractedSubject(tokens[k]!.lower)) return true;
  for (let n = k + 1; n < to && n - k <= MAX_CLAUSE_SUBJECT; n++) {
    const t = tokens[n]!;
    if (!t.word) {
      // "told a local broadcaster, meaning …": a participle's clause after a comma, not a verb of this one
      if (t.text === ',' && tokens[n + 1]?.word && tokens[n + 1]!.lower.endsWith('ing') && !PARTICIPLE_PREPOSITIONS.has(tokens[n + 1]!.lower)) return false;
      // ("who had maintained a monopoly, said the remedies would …": the verbs after are the sentence's)
      if (t.text === ',' && mainPredicateFollows(tokens, n + 1)) return false;
      continue;
    }
    if (isIn(t, MODAL)) return true;
    const p = tokens[n - 1]!;
    // "advantage obscures concerns": a present-tense verb after a noun, with words after it
    if (endsInPlainS(t.lower, true) && !isCapitalised(t) && p.word && !isIn(p, DETERMINER) && !/(?:ed|al|ive|ic|ous|ful|ing|ly|s)$/.test(p.lower) && tokens[n + 1]?.word) return true;
    if (isPastInEd(t.lower) && !isCapitalised(t) && p.word && !isIn(p, DETERMINER) && !isLyAdverb(p) && n - 1 > k - 1) return true;
    // "the farmers lost their fields": an irregular past after its subject
    if (isIn(t, PAST_TENSE) && p.word && !isIn(p, DETERMINER) && !isIn(p, POSSESSIVE) && p.lower !== 'to') return true;
    // "farmers need certainty", "the voters want change", "Democrats oppose it": a plain present
    // verb after people named in the plural, opening the clause
    // (after a determiner or a modifier: "local officials want", "the young voters want")
    if (n - k <= 3 && modifiersOnly(tokens, k, n - 1) && pluralPeopleThenVerb(p, t, tokens[n + 1])) return true;
  }
  return false;
}

/** tokens[a, b) are a determiner and a word in lower case before a noun, or fewer ("the", "local", "the young"). */
function modifiersOnly(tokens: readonly Token[], a: number, b: number): boolean {
  for (let n = a; n < b; n++) {
    const t = tokens[n]!;
    if (isIn(t, DETERMINER) ? n > a : !t.word || t.quote >= 0 || isCapitalised(t) || isIn(t, BOUNDARY) || isIn(t, PRONOUN) || isCueWord(t) || b - n > 1) return false;
  }
  return true;
}

/** People named in the plural (`p`), then a word in lower case shaped like a plain verb (`t`), then a word. */
function pluralPeopleThenVerb(p: Token, t: Token, after: Token | undefined): boolean {
  if (!p.word || !endsInPlainS(p.lower, true) || !(isCapitalised(p) ? p.lower.length > 3 : isPeopleNoun(p.lower))) return false;
  if (!t.word || t.quote >= 0 || isCapitalised(t) || t.lower.length < 3 || !/^[a-z]+$/.test(t.lower) || /(?:s|ing|ly)$/.test(t.lower) || t.lower.length > 5 && /(?:al|ive|ic|ous|ful|able|ible|ent|ant|ary|er|est)$/.test(t.lower) || isPastInEd(t.lower)) return false;
  if (isIn(t, BOUNDARY) || isIn(t, ADJUNCT) || isIn(t, DETERMINER) || isIn(t, PRONOUN) || isIn(t, TIME_WORD)) return false;
  return after !== undefined && after.word;
}

/** Adjuncts after the cue, then a comma and a clause of three words or more. */
/**
 * The clause before ", an idea" when a source follows that apposition's noun ("He proposed a
 * freeze, an idea the council rejected"): the clause the noun sums up; null otherwise.
 */
function apposedClause(tokens: readonly Token[], from: number, sourceStart: number): TokenRange | null {
  const comma = appositionComma(tokens, from, sourceStart);
  return comma > from ? trimRange(tokens, from, comma) : null;
}

/** The comma of ", an idea" right before `at` (a comma, an article and a noun in lower case), or -1. */
function appositionComma(tokens: readonly Token[], from: number, at: number): number {
  const comma = at - 3;
  if (comma < from || !isComma(tokens[comma]) || !ARTICLES.has(tokens[at - 2]!.lower)) return -1;
  const noun = tokens[at - 1]!;
  return noun.word && !isCapitalised(noun) && !isIn(noun, BOUNDARY) ? comma : -1;
}

/** Words a clause before a source runs to at least for a noun phrase after it to be a gloss (see glossAfter). */
const MIN_GLOSSED = 4;
/** Words a gerund subject runs to before its verb (see participialAdjunct). */
const MAX_GERUND_SUBJECT = 12;

/**
 * "…on Saturday, the military said, the latest clash in the sea.": after a whole clause and its
 * source, a noun phrase without a verb is the writer's gloss on the news, no parenthetical
 * ("It was, he said, the worst day" has a clause of two words before it, cut after its verb).
 */
function glossAfter(tokens: readonly Token[], from: number, sourceStart: number, after: number, to: number): boolean {
  if (!ARTICLES.has(tokens[after + 1]?.lower ?? '') || wordsBetween(tokens, from, sourceStart, MIN_GLOSSED) < MIN_GLOSSED) return false;
  // "The vote on Tuesday was, she said, a turning point": a clause cut after its verb goes on past the source
  const cut = tokens[sourceStart - 2];
  if (cut?.word && (isIn(cut, BE_FORM) || isIn(cut, AUXILIARY) || isIn(cut, MODAL))) return false;
  for (let n = after + 2; n < to; n++) {
    const t = tokens[n]!;
    // (the noun's own relative clause may follow: "…, the latest incursion near the chain, which China also claims")
    if (isInAt(tokens[t.text === ',' ? n + 1 : n], RELATIVE_PRONOUN)) return n > after + 2;
    if (!t.word) {
      if (t.text === ',' || t.text === ';' || DASHES.has(t.text)) return false;
      continue;
    }
    if (isIn(t, AUXILIARY) || isIn(t, BE_FORM) || isIn(t, MODAL) || isCueWord(t) || isIn(t, PAST_TENSE)) return false;
  }
  return true;
}

function adjunctsThenClause(tokens: readonly Token[], k: number, to: number): boolean {
  if (perfectInfinitiveAt(tokens, k)) return false;
  let n = k;
  let words = 0;
  while (n < to && tokens[n]!.word && words < 8) {
    if (!isIn(tokens[n]!, ADJUNCT) && !isCapitalised(tokens[n]!) && !startsWithDigit(tokens[n]!.text)) return false;
    n++;
    words++;
  }
  if (words === 0 || n >= to || !isComma(tokens[n])) return false;
  const next = tokens[n + 1];
  if (!next || !next.word || isIn(next, APPOSITION_STARTER) && next.lower !== 'and') return false;
  // "…, lawmakers said Friday, as they bristled at …": a subordinate clause tells the circumstances
  // (and a participle what the speaker did: "…, their union said on Tuesday, raising pressure on …")
  if (isIn(next, PHRASE_BREAK) || next.lower === 'as' || participialAdjunct(tokens, n + 1, to)) return false;
  return wordsBetween(tokens, n + 1, to) >= 3;
}

/** Words a relative clause's noun phrase (reducedRelativeName) runs to at most. */
const MAX_RELATIVE_NOUN = 4;

/**
 * Where the name starts in a source "a practice Georgia", "the four regions Moscow": a determiner,
 * lower-case words that are no role or body ("the spokesman Ivo Lee" is one person), then the name
 * up to the cue; -1 for any other source.
 */
function reducedRelativeName(tokens: readonly Token[], source: TokenRange): number {
  if (!isIn(tokens[source.start]!, DETERMINER)) return -1;
  // "a step officials in Dushanbe said they expected": "a" and a singular noun before a plural of people,
  // which opens the relative clause's subject ("a few officials" is one phrase)
  const noun = tokens[source.start + 1];
  const people = tokens[source.start + 2];
  if (source.end > source.start + 2 && isIn(tokens[source.start]!, INDEFINITE_ARTICLE) && noun!.word && people!.word && !isCapitalised(noun!) && !isCapitalised(people!)
    && !endsInPlainS(noun!.lower, false) && !PLURALS_AFTER_ARTICLE.has(noun!.lower) && endsInPlainS(people!.lower, false) && isPeopleNoun(people!.lower)) return source.start + 2;
  // the name: the capitalised words that end the source
  let name = source.end;
  while (name > source.start + 1 && tokens[name - 1]!.word && isCapitalised(tokens[name - 1]!)) name--;
  // the noun before it in lower case ("the four Ukrainian regions Moscow": "regions")
  if (name === source.end || name - source.start < 2 || name - source.start - 1 > MAX_RELATIVE_NOUN || isCapitalised(tokens[name - 1]!)) return -1;
  // (a noun: right after the determiner, or a plural; not a particle inside a name, "The Gazzetta dello Sport")
  if (name - 1 > source.start + 1 && !endsInPlainS(tokens[name - 1]!.lower, false)) return -1;
  for (let k = source.start + 1; k < name; k++) {
    const t = tokens[k]!;
    if (!t.word || isIn(t, PERSON_ROLE) || ORGANIZATION_WORDS_LOWER.has(t.lower) || isIn(t, AUXILIARY) || isCueWord(t) || isIn(t, BOUNDARY) || LOCATIVES.has(t.lower) || NAME_CONNECTORS.has(t.lower)) return -1;
  }
  return name;
}

/** "to" and an auxiliary at k ("the regions Moscow claims to have annexed, …"): a verb's complement, no adjunct. */
function perfectInfinitiveAt(tokens: readonly Token[], k: number): boolean {
  return tokens[k]?.lower === 'to' && tokens[k + 1] !== undefined && isIn(tokens[k + 1]!, AUXILIARY);
}

/** True when only time and manner adjuncts stand between k and the sentence end ("on Monday", "in a statement"). */
function restIsAdjunct(tokens: readonly Token[], k: number, to: number): boolean {
  if (perfectInfinitiveAt(tokens, k)) return false;
  const first = tokens[k];
  // an object follows a verb that takes one: "noted the clot's existence" is no trailing attribution
  if (first?.word && !isCapitalised(first) && !startsWithDigit(first.text) && !(isIn(first, ADJUNCT) && !ARTICLES.has(first.lower)) && !LISTENERS.has(first.lower)) return false;
  let words = 0;
  let other = 0;
  for (let n = k; n < to; n++) {
    if (n - k > 40) return false;
    const t = tokens[n]!;
    if (!t.word) {
      if (isStop(t) || CLOSING_MARKS.has(t.text) || t.text === ')') continue;
      if (t.text === ',') return words <= 8 && other <= 3; // "…,” said Sergiy, a teacher in Kyiv."
      return false;
    }
    // "urged Madrid to send more police": an object and its infinitive, no adjunct
    if (t.lower === 'to' && infinitiveAt(tokens, n + 1)) return false;
    if (!isIn(t, ADJUNCT) && !isCapitalised(t) && !startsWithDigit(t.text)) {
      // "told reporters", "said at a rally in Ohio": a few plain words still end the sentence
      if (t.lower === 'that' || isIn(t, CUE)) return false;
      other++;
    }
    words++;
  }
  return other <= 3 && words <= 10;
}

/**
 * An adverb in -ly ("quickly", "repeatedly"): not a name ("Italy", "Kelly", the "Assembly") nor a
 * noun in -ly ("family", "ally", "the daily").
 */
function isLyAdverb(t: Token): boolean {
  return t.lower.endsWith('ly') && !isCapitalised(t) && !NOUNS_IN_LY.has(t.lower);
}

/** A verb's plain form after "to" at k: a word in lower case that is no article, pronoun or listener ("to send", not "to the press", "to reporters"). */
function infinitiveAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  return t !== undefined && t.word && t.quote < 0 && !isCapitalised(t) && !startsWithDigit(t.text) && !isIn(t, DETERMINER) && !isIn(t, PRONOUN) && !isIn(t, POSSESSIVE) && !LISTENERS.has(t.lower);
}

/** The noun phrase that ends just before the cue (after auxiliaries and adverbs), skipping an apposition or interjection between commas. */
function npBefore(tokens: readonly Token[], from: number, i: number): TokenRange | null {
  let j = verbGroupStart(tokens, from, i);
  const time = timeAfterAuxiliary(tokens, from, j);
  if (time < j) j = verbGroupStart(tokens, from, time);
  // "Maduro on Sunday said", "The minister last week told": the time of the saying stands between
  // the subject and its verb
  const np = subjectBeforeTime(tokens, from, j) ?? collectBack(tokens, from, j);
  if (np) {
    const head = relativeHead(tokens, from, np.start) ?? np;
    return coordinatedSubject(tokens, from, placedSpeaker(tokens, from, head) ?? head);
  }
  // "Sergiy, a teacher in Kyiv, said" / "Ukraine, however, dismissed" / "Zelensky, acknowledging …, has suggested";
  // the comma may stand inside a title's closing mark ("Joe Lee, host of “Morning Talk,” said")
  const comma = j > from && isComma(tokens[j - 1]) ? j - 1 : j - 1 > from && CLOSING_MARKS.has(tokens[j - 1]!.text) && isComma(tokens[j - 2]) ? j - 2 : -1;
  if (comma >= 0) {
    let c = comma;
    let n = 0;
    let plain = 0;
    while (c > from && !isComma(tokens[c - 1]) && n < MAX_APPOSITION) {
      const t = tokens[c - 1]!;
      if (isStop(t) && !isAbbreviationPeriod(tokens, c - 1)) return null;
      // quoted words only as a title in capitals
      if (t.quote >= 0) {
        if (t.word && !isCapitalised(t)) return null;
      } else if (t.word) plain++;
      c--;
      n++;
    }
    if (n === 0 || n >= MAX_APPOSITION || plain === 0) return null;
    // "The county’s party secretary, Ivo Maren, said": the name between the commas
    // (after at most two words in lower case that qualify a title: "The candidate, state Sen.
    // Ana Ruiz, said", "…, former Gov. Bill Lee, said")
    let named = c;
    // ("…, the Rev. Ann Lee, said": the article before a title)
    if (tokens[named]!.lower === 'the' && TITLES.has(tokens[named + 1]?.text ?? '')) named++;
    // (not a preposition or participle: "tax experts, including Mr. Lee, have said")
    while (named < comma && named - c < 2 && tokens[named]!.word && !isCapitalised(tokens[named]!) && !isIn(tokens[named]!, BOUNDARY) && !isIn(tokens[named]!, ADJUNCT) && !tokens[named]!.lower.endsWith('ing')) named++;
    // (a title, or a role written as one: "state Treasurer Rob Sand")
    if (named > c && !(named < comma && (TITLES.has(tokens[named]!.text) || isCapitalised(tokens[named]!) && (wordFacts(tokens[named]!.lower) & ROLE_HEAD) !== 0))) named = c;
    // ("One of the signatories, the historian Peter Graham, wrote": an article and a role in lower
    // case before the name)
    if (named === c && tokens[c]!.lower === 'the') named = roleWordsBeforeName(tokens, c + 1, comma) ?? c;
    // "Mitch Carver, R-Ky., said": a party and a state follow the name they describe
    if (isPartyTag(tokens[c]!.text) && wordsBetween(tokens, c, comma, 2) === 1 && c - 1 > from) return collectBack(tokens, from, c - 1);
    let names = true;
    // (a particle may join its words: "Chile's foreign minister, Alberto van Klaveren, said")
    for (let k = named; k < comma && names; k++) names = tokens[k]!.word ? isCapitalised(tokens[k]!) || (k > named && joinsNameWords(tokens, k)) : tokens[k]!.text === '.';
    // "an official in Portland, Maine, said": one name after a place it follows is the place's region
    // (or two that a compass word or "New" opens: "in Charlotte, North Carolina,")
    const regionWords = wordsBetween(tokens, c, comma, 3);
    if (names && (regionWords === 1 || regionWords === 2 && REGION_OPENERS.has(tokens[c]!.text)) && placeBefore(tokens, from, c - 1)) {
      const place = collectBack(tokens, from, c - 1);
      // ("Ruiz herself, campaigning in Charlotte, North Carolina, told": a participle's phrase set off after the speaker)
      const at = place ? place.start - 1 : -1;
      if (at - 2 > from && endsInIngAfter(tokens[at - 1]!.lower, 3) && isComma(tokens[at - 2])) {
        const speaker = collectBack(tokens, from, at - 2);
        if (speaker) return speaker;
      }
      // ("Ana Ruiz, 59, of Dayton, Ohio, said": the name before where the speaker lives, past an age)
      if (at - 1 > from && tokens[at]!.lower === 'of' && isComma(tokens[at - 1])) {
        let end = at - 1;
        if (end - 2 > from && startsWithDigit(tokens[end - 1]!.text) && isComma(tokens[end - 2])) end -= 2;
        const speaker = collectBack(tokens, from, end);
        if (speaker) return speaker;
      }
      // (the phrase before the place's preposition is who spoke, whatever its case: "a spokesman
      // for the Coast Guard Headquarters in Naha, Okinawa, said")
      const head = place && place.start - 1 > from ? collectBack(tokens, from, place.start - 1) : null;
      if (place) return { start: (head ?? place).start, end: comma };
    }
    // (five words at most, the stops of titles not counted: "Lt. Col. Avichay Adraee")
    if (names && c > from && wordsBetween(tokens, c, comma, 6) <= 5) return { start: roleBeforeName(tokens, from, c), end: comma };
    if (c <= from) return null;
    if (!isSkippable(tokens, c, comma)) return appositionAcrossCommas(tokens, from, comma);
    const np = collectBack(tokens, from, c - 1);
    // "…, a driver from Ames, Ia., who …, said": an abbreviation before the comma ends no name
    if (!np) return appositionAcrossCommas(tokens, from, comma);
    // "Ana Ruiz, 34, a nurse from Leeds, said": the age between commas follows the name
    if (np && np.end - np.start === 1 && AGE.test(tokens[np.start]!.text) && np.start - 1 > from && isComma(tokens[np.start - 1])) return collectBack(tokens, from, np.start - 1) ?? np;
    // "…, who lost her brother in Dayton, Ohio, in 2019, said": a name between commas may end a place inside the apposition
    if (np && np.start - 1 > from && isComma(tokens[np.start - 1])) return appositionAcrossCommas(tokens, from, comma) ?? np;
    // "A diplomat in Varnel, who asked not to be named, said"
    return placedSpeaker(tokens, from, np) ?? np;
  }
  return null;
}

/**
 * "Six patients and a rural health cooperative filed …": a noun phrase after "and" whose first
 * conjunct opens the sentence is the second of a coordinated subject, which is the source whole.
 */
function coordinatedSubject(tokens: readonly Token[], from: number, np: TokenRange): TokenRange {
  const and = np.start - 1;
  if (and <= from || tokens[and]!.lower !== 'and' || tokens[and]!.quote >= 0) return np;
  // a word alone before "and" is a conjunct if a plural or before a name ("Regulators and
  // environmental groups", "Malawi and Tanzania"), not a modifier of the noun after ("Federal and state officials")
  if (and - 1 === from && !endsInPlainS(tokens[from]!.lower, false) && !opensName(tokens, np.start)) return np;
  const first = collectBack(tokens, from, and);
  // (past a dateline: "LILONGWE — Malawi and Tanzania agreed"; or a clause's, after its subordinator: "days after Nepal and India agreed")
  const opener = first === null ? undefined : tokens[first.start - 1];
  const subordinate = opener !== undefined && first!.start - 1 > from && opener.word && opener.quote < 0 && isIn(opener, PHRASE_BREAK);
  if (first === null || !subordinate && !isSentenceOpening(tokens, afterDateline(tokens, from, first.start), first.start)) return np;
  // (no verb in the first: "Ruiz met voters and officials said" is two clauses)
  for (let k = first.start; k < and; k++) {
    const t = tokens[k]!;
    if (t.word && !isCapitalised(t) && (pastForm(t) || isIn(t, AUXILIARY) || isIn(t, MODAL) || isCueWord(t) || k > first.start && isCapitalised(tokens[k - 1]!) && !isIn(tokens[k - 1]!, DETERMINER) && !NUMBER_WORDS.has(tokens[k - 1]!.lower) && endsInPlainS(t.lower, false))) return np;
  }
  return { start: first.start, end: np.end };
}

/** Words of a place's name before its region ("in Salt Lake City, Utah,") at most. */
const MAX_PLACE_WORDS = 3;

/** A comma at `comma` after a place: capitalised words after a preposition of place or "from". */
function placeBefore(tokens: readonly Token[], from: number, comma: number): boolean {
  if (!isComma(tokens[comma])) return false;
  let k = comma;
  while (k > from && comma - k < MAX_PLACE_WORDS && tokens[k - 1]!.word && isCapitalised(tokens[k - 1]!)) k--;
  const p = tokens[k - 1];
  // (or "of" opening an apposition of where the speaker lives: "Ana Ruiz, 59, of Dayton, Ohio, said")
  return k < comma && k - 1 > from && p !== undefined && p.word && (LOCATIVES.has(p.lower) || p.lower === 'from' || p.lower === 'of' && isComma(tokens[k - 2]));
}

/**
 * "Analysts in Tbilisi say", "a farmer near Kelmark told": a name after a preposition of place and
 * a noun is where the speaker is; the source is the whole phrase (which names nobody).
 */
function placedSpeaker(tokens: readonly Token[], from: number, last: TokenRange): TokenRange | null {
  let np = last;
  // ("Officials in Washington and Brussels say": the places coordinated after the preposition)
  const and = np.start - 1;
  if (and - 2 > from && (tokens[and]!.lower === 'and' || tokens[and]!.lower === 'or') && isCapitalised(tokens[np.start]!) && isCapitalised(tokens[np.end - 1]!)) {
    const first = collectBack(tokens, from, and);
    if (first !== null && isCapitalised(tokens[first.start]!) && first.start - 1 > from && LOCATIVES.has(tokens[first.start - 1]!.lower)) np = { start: first.start, end: last.end };
  }
  const at = np.start - 1;
  const noun = tokens[at - 1];
  if (at - 1 < from || !noun?.word || startsWithDigit(noun.text) || isCapitalised(noun) && !isSentenceOpening(tokens, from, at - 1)) return null;
  // ("Fishermen on Migingo say", "traders aboard the ferry": "on" places people only)
  if (!LOCATIVES.has(tokens[at]!.lower) && !(PEOPLE_LOCATIVES.has(tokens[at]!.lower) && isPeopleNoun(noun.lower))) return null;
  // ("Critics in the opposition say", "leaders in both parties warned": people named by their role, in a body named in lower case)
  if (!namesPlace(tokens, np) && !(isPeopleNoun(noun.lower) && (ARTICLES.has(tokens[np.start]!.lower) || QUANTIFIERS.has(tokens[np.start]!.lower)) && np.end - np.start <= 3)) return null;
  const head = collectBack(tokens, from, at);
  return head ? { start: head.start, end: np.end } : null;
}

/** A name opens the phrase, or follows its article ("the coastal town of Masinloc"). */
function namesPlace(tokens: readonly Token[], np: TokenRange): boolean {
  if (isCapitalised(tokens[np.start]!)) return true;
  if (!ARTICLES.has(tokens[np.start]!.lower)) return false;
  for (let k = np.start + 1; k < np.end; k++) if (isCapitalised(tokens[k]!)) return true;
  return false;
}

/**
 * The subject before a phrase of time ending at j, when it opens its clause: "Ruiz on Sunday
 * said", "…, Lee on Tuesday told", "a report released on Friday said" (without the
 * participle); not a relative clause's ("a nurse who left Varnel on Monday told").
 */
function subjectBeforeTime(tokens: readonly Token[], from: number, j: number): TokenRange | null {
  let time = timePhraseStart(tokens, from, j);
  if (time === j) return null;
  // "a report released on Friday said": the participle's, and the noun's before it
  if (!isCapitalised(tokens[time - 1]!) && isPastInEd(tokens[time - 1]!.lower)) time--;
  const np = collectBack(tokens, from, time);
  if (!np) return null;
  const before = tokens[np.start - 1];
  return isSentenceOpening(tokens, from, np.start) || isComma(before) || before?.lower === 'and' || before?.lower === 'but' ? np : null;
}

/** Where the auxiliaries and adverbs before the verb at i start. */
function verbGroupStart(tokens: readonly Token[], from: number, i: number): number {
  let j = i;
  while (j > from && tokens[j - 1]!.word && (isIn(tokens[j - 1]!, AUXILIARY) || isLyAdverb(tokens[j - 1]!)) && tokens[j - 1]!.quote < 0) j--;
  return j;
}

/** Words a phrase of time between an auxiliary and its verb runs to at most (timeAfterAuxiliary). */
const MAX_AUXILIARY_TIME = 4;

/**
 * "Ethiopia has in the past claimed", "Beijing has for decades insisted", "has since 2009 said":
 * where a phrase of time that stands between an auxiliary and its verb, ending at j, starts; j
 * when none does.
 */
function timeAfterAuxiliary(tokens: readonly Token[], from: number, j: number): number {
  const last = tokens[j - 1];
  if (j - 2 <= from || last === undefined || !last.word || last.quote >= 0 || !(AUXILIARY_TIME_ENDS.has(last.lower) || isYear(last.text))) return j;
  let k = j - 1;
  while (k > from && j - k < MAX_AUXILIARY_TIME && tokens[k - 1]!.word && !isCapitalised(tokens[k - 1]!) && !AUXILIARY_TIME_LEADS.has(tokens[k - 1]!.lower) && !isIn(tokens[k - 1]!, AUXILIARY)) k--;
  if (k - 1 <= from || !AUXILIARY_TIME_LEADS.has(tokens[k - 1]!.lower)) return j;
  return tokens[k - 2]!.word && isIn(tokens[k - 2]!, AUXILIARY) ? k - 1 : j;
}

/**
 * Where a phrase of time ending at j starts: "on Sunday", "last week", "Tuesday night", "late on
 * Monday", "earlier this month", "in 2008", a weekday alone; j when none ends there.
 */
const yearOrDecade = (t: Token | undefined): boolean => t !== undefined && t.quote < 0 && (isYear(t.text) || isDecade(t.text));

function timePhraseStart(tokens: readonly Token[], from: number, j: number): number {
  const last = tokens[j - 1];
  // "in 2008", "in the 1970s and 1980s": years or decades after "in"
  if (last?.word === true && last.quote < 0 && yearOrDecade(last)) {
    let k = j - 1;
    if (tokens[k - 1]?.lower === 'and' && yearOrDecade(tokens[k - 2])) k -= 2;
    if (tokens[k - 1]?.lower === 'the' && isDecade(tokens[k]!.text)) k--;
    if (k - 1 > from && tokens[k - 1]!.lower === 'in') return k - 1;
  }
  if (j - 1 <= from || !last?.word || last.quote >= 0 || !TIME_NOUNS.has(last.lower)) return j;
  const weekday = isCapitalised(last);
  let k = j - 1;
  const lead = tokens[k - 1];
  // "last week", "on Sunday"; "Tuesday night"
  if (lead?.word && (TIME_LEADS.has(lead.lower) || !weekday && isCapitalised(lead) && TIME_NOUNS.has(lead.lower))) k--;
  else if (!weekday) return j;
  if (tokens[k - 1]?.lower === 'on' && tokens[k]!.lower !== 'on') k--;
  if (tokens[k - 1]?.word && TIME_MODIFIERS.has(tokens[k - 1]!.lower)) k--;
  return k > from ? k : j;
}

/**
 * "Ann Ode, who lost her brother in Dayton, Ohio, in 2019, said": an apposition with
 * commas of its own, opened by a relative pronoun or an article after the name's comma.
 */
function appositionAcrossCommas(tokens: readonly Token[], from: number, comma: number): TokenRange | null {
  for (let p = comma - 1; p > from && comma - p < MAX_APPOSITION; p--) {
    const t = tokens[p]!;
    if (isStop(t) && !isAbbreviationPeriod(tokens, p) || t.quote >= 0 || t.text === ';') return null;
    if (!isComma(t) || !tokens[p - 1]?.word || !isCapitalised(tokens[p - 1]!)) continue;
    const next = tokens[p + 1];
    // ("Ivo Maren, the finance minister, who lives in Ostia, has urged": a definite one, with a
    // relative clause after it)
    // (or a second apposition: "Laurent Berger, the head of the CFDT, the country's largest union, told")
    if (!next?.word || !(isIn(next, WH_RELATIVE) || isIn(next, INDEFINITE_ARTICLE) || isIn(next, POSSESSIVE_RELATIVE) || next.lower === 'the' && commaThen(tokens, p + 2, comma, (w) => isIn(w, WH_RELATIVE) || ARTICLES.has(w.lower)))) continue;
    return isSkippable(tokens, p + 1, comma) ? collectBack(tokens, from, p) : null;
  }
  return null;
}

/** A comma and a word `test` takes stand between `from` and `to`: a relative pronoun ("…, who") or an article ("…, the country's largest union"). */
function commaThen(tokens: readonly Token[], from: number, to: number, test: (w: Token) => boolean): boolean {
  for (let k = from; k + 1 < to; k++) if (isComma(tokens[k]) && tokens[k + 1]!.word && test(tokens[k + 1]!)) return true;
  return false;
}

/**
 * "Lee, an aide to Mr. Ruiz, said", "Ann Ode, a nurse from Ames, Ia., said": inside one sentence a
 * period written against a short capitalised word closes an abbreviation (the sentence splitter has
 * already ended the sentences), so an apposition goes on across it.
 */
function isAbbreviationPeriod(tokens: readonly Token[], k: number): boolean {
  const dot = tokens[k]!;
  const before = tokens[k - 1];
  // (a party tag's state may be longer: "D-Mass.", "R-Calif.")
  return dot.text === '.' && before !== undefined && before.word && before.end === dot.start && isCapitalised(before) && (before.text.length <= 4 || isPartyTag(before.text));
}

/** A capitalised word in the possessive: "Ruiz’s", "Sanders'" (its apostrophe written against it). */
function isPossessiveName(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k]!;
  if (!t.word || !isCapitalised(t)) return false;
  if (endsInApostropheS(t.text)) return true;
  const mark = tokens[k + 1];
  return t.lower.endsWith('s') && mark !== undefined && !mark.word && (mark.text === '’' || mark.text === '\'') && mark.start === t.end && tokens[k + 2]?.word === true && !isCapitalised(tokens[k + 2]!);
}

/** The word at k is a person's name particle before its next capitalised word or particle ("van", "de la"). */
function joinsNameWords(tokens: readonly Token[], k: number): boolean {
  if (!NAME_PARTICLES.has(tokens[k]!.lower)) return false;
  const next = tokens[k + 1];
  return next !== undefined && next.word && (isCapitalised(next) || NAME_PARTICLES.has(next.lower));
}

/** Tokens [a, b) hold no form of "be", "have", a modal or a verb of saying. */
function noVerbIn(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (tokens[k]!.word && (isIn(tokens[k]!, MODAL) || isIn(tokens[k]!, CUE))) return false;
  return true;
}

function isSkippable(tokens: readonly Token[], a: number, b: number): boolean {
  const first = tokens[a]!;
  if (!first.word) return false;
  // ", the costs would exceed the savings, said …": a clause with its own verb is no apposition
  if (!isIn(first, RELATIVE_PRONOUN) && !isIn(first, POSSESSIVE_RELATIVE)) {
    for (let k = a + 1; k < b; k++) if (tokens[k]!.word && isIn(tokens[k]!, MODAL) && !isIn(tokens[k]!, BE_FORM) && tokens[k]!.lower !== 'has' && tokens[k]!.lower !== 'have') return false;
  }
  if (isIn(first, APPOSITION_STARTER) || /(?:ing|ly|ed)$/.test(first.lower)) return true;
  // "Former residents, most of them now in their eighties, say": a part of the subject described
  if ((QUANTIFIERS.has(first.lower) || first.lower === 'some') && tokens[a + 1]?.lower === 'of' && (tokens[a + 2]?.lower === 'them' || tokens[a + 2]?.lower === 'whom')) return true;
  // (or with no verb of its own: "Former residents, most now in their eighties, say", "…, many still unpaid, said")
  if ((QUANTIFIERS.has(first.lower) || first.lower === 'some') && tokens[a + 1]?.lower !== 'of' && noVerbIn(tokens, a + 1, b)) return true;
  // where a named person lives: "Ana Ruiz, of Leeds, said", "Ana Ruiz, 34, of Leeds, said"
  const named = a >= 2 && (isCapitalised(tokens[a - 2]!) || AGE.test(tokens[a - 2]!.text));
  if (first.lower === 'of' && named && b - a <= 5 && tokens[a + 1]?.word === true && isCapitalised(tokens[a + 1]!)) return true;
  // a role after a name: "Ada Brill, executive director of Harbourwatch, called for …", "Ann Lee, Democrat of Ohio, said",
  // also as another name's: "Cory Lenz, Ruiz’s campaign manager, said", "Jo Weir, Sanders' aide, said"
  const role = !isCapitalised(first) || tokens[a + 1]?.lower === 'of' || isPossessiveName(tokens, a);
  if (role && a >= 2 && isCapitalised(tokens[a - 2]!) && b - a <= MAX_ROLE) {
    // a role has no verb of its own ("are also engaging with Trump" is a predicate; the adverbs
    // among the auxiliaries are no verb: "Varna's only ally", "its first president")
    // (a word in -ing is a verb first, or after an auxiliary or adverb; after a noun or a
    // preposition it is a noun: "a fellow for community organizing at …")
    for (let k = a; k < b; k++) if (!isCapitalised(tokens[k]!) && (isIn(tokens[k]!, MODAL) || isIn(tokens[k]!, CUE) || tokens[k]!.lower.endsWith('ing') && (k === a || isIn(tokens[k - 1]!, AUXILIARY) || isLyAdverb(tokens[k - 1]!)))) return false;
    return true;
  }
  for (const words of INTERJECTIONS) {
    if (words.length !== b - a) continue;
    let ok = true;
    for (let k = 0; k < words.length && ok; k++) ok = tokens[a + k]!.lower === words[k];
    if (ok) return true;
  }
  // a role after a name: "Peskov, Kremlin spokesman, said"
  return false;
}

/**
 * Where the name starts after one or two words in lower case from `k` that end in a role
 * ("historian", "veteran diplomat") and before `comma`: its index, or undefined.
 */
function roleWordsBeforeName(tokens: readonly Token[], k: number, comma: number): number | undefined {
  let r = k;
  while (r < comma && r - k < 2 && tokens[r]!.word && tokens[r]!.quote < 0 && !isCapitalised(tokens[r]!) && !isIn(tokens[r]!, BOUNDARY)) r++;
  return r > k && r < comma && isCapitalised(tokens[r]!) && (wordFacts(tokens[r - 1]!.lower) & ROLE_HEAD) !== 0 ? r : undefined;
}

/** Words back from `j` that may form a noun phrase: stops at punctuation, quotes and clause words. */
/** Words a role set off before a name ("Ukraine's defence minister, Rustem Umerov,") runs back at most. */
const MAX_ROLE_BACK = 6;

/**
 * Where the source starts when the name between commas at `c` follows a role set off by its own
 * comma ("…, Ukraine's defence minister, Rustem Umerov, told"): at the role; else at the name.
 */
function roleBeforeName(tokens: readonly Token[], from: number, c: number): number {
  if (c - 2 <= from || !isComma(tokens[c - 1])) return c;
  const roleAt = roleHeadBefore(tokens, from, c - 1);
  if (roleAt < 0) return c;
  let k = roleAt;
  while (k > from && c - 2 - k < MAX_ROLE_BACK) {
    const t = tokens[k - 1]!;
    // (a possessor's "’s" stays inside its word: quoteTokens.ts)
    if (!t.word || t.quote >= 0 || isIn(t, BOUNDARY) || isCueWord(t)) break;
    k--;
  }
  return k;
}

/** Words a role's own phrase runs to ("minister of the interior", "envoy to the United Nations"). */
const MAX_ROLE_PHRASE = 4;

/**
 * The role that ends right before the comma at `comma` ("…, Ukraine's defence minister,"), or
 * heads the phrase that ends there ("…, the minister of communication,"): its index, or -1.
 */
function roleHeadBefore(tokens: readonly Token[], from: number, comma: number): number {
  const last = tokens[comma - 1];
  if (!last?.word || last.quote >= 0) return -1;
  const own = isIn(last, PERSON_ROLE) ? comma - 1 : -1;
  // (the role the phrase hangs on, not a role inside it: "the leader of the party,")
  for (let p = comma - 2; p > from && comma - 1 - p <= MAX_ROLE_PHRASE; p--) {
    const t = tokens[p]!;
    if (!t.word || t.quote >= 0 || isCueWord(t)) return own;
    if (isIn(t, NP_PREPOSITION) || t.lower === 'to' && ROLES_SERVING_TO.has(tokens[p - 1]?.lower ?? '')) return isInAt(tokens[p - 1], PERSON_ROLE) ? p - 1 : own;
  }
  return own;
}

/** tokens[a, b) are all capitalised words. */
function capitalisedUpTo(tokens: readonly Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!tokens[k]!.word || !isCapitalised(tokens[k]!)) return false;
  return b > a;
}

function collectBack(tokens: readonly Token[], from: number, j: number): TokenRange | null {
  let k = j;
  let n = 0;
  while (k > from && n < MAX_NP) {
    const t = tokens[k - 1]!;
    if (t.quote >= 0) break;
    if (!t.word) {
      // Gov. Mike Pence; Pence (R-IN)
      // "Ferdinand Marcos Jr. told": a name's suffix and its stop may end the phrase
      if (t.text === '.' && k - 1 > from && tokens[k - 2]!.word && isCapitalised(tokens[k - 2]!) && tokens[k - 2]!.text.length <= 4 && (n > 0 || NAME_SUFFIXES.has(tokens[k - 2]!.text))) {
        k--;
        continue;
      }
      if (t.text === ')' && n === 0) {
        let p = k - 1;
        while (p > from && tokens[p - 1]!.text !== '(' && k - p < 8) p--;
        if (p > from && tokens[p - 1]!.text === '(') {
          k = p - 1;
          continue;
        }
      }
      if (t.text === '&' && n > 0) {
        k--;
        continue;
      }
      // "a U.S.-brokered framework": a hyphen written against both its words is inside a compound
      if (t.text === '-' && n > 0 && k - 1 > from && tokens[k - 2]!.end === t.start && tokens[k]!.start === t.end) {
        k--;
        continue;
      }
      if (n > 0 && k - 1 > from && pluralPossessive(tokens, k - 1)) {
        k--;
        continue;
      }
      break;
    }
    // "attorneys for the family", "an analyst at the Harbour Institute"; "aides to several senators"
    if ((isIn(t, NP_PREPOSITION) || t.lower === 'to' && ROLES_SERVING_TO.has(tokens[k - 2]?.lower ?? '')) && n > 0 && k - 2 >= from && tokens[k - 2]!.word && !isIn(tokens[k - 2]!, BOUNDARY) && !isIn(tokens[k - 2]!, AUXILIARY)) {
      k--;
      n++;
      continue;
    }
    // "a diplomat briefed on the talks", "officials involved in the plan": a participle and its preposition after the noun
    if (n > 0 && AFTER_PARTICIPLES.has(t.lower) && k - 3 >= from && tokens[k - 2]!.word && !isCapitalised(tokens[k - 2]!) && isPastInEd(tokens[k - 2]!.lower) && tokens[k - 3]!.word && !isIn(tokens[k - 3]!, BOUNDARY) && !isIn(tokens[k - 3]!, AUXILIARY) && (!isCapitalised(tokens[k - 3]!) || k - 3 === from)) {
      k -= 2;
      n += 2;
      continue;
    }
    // "the Office of Management and Budget declined": one capitalised word after "and" ends a body's name after "of"
    if (t.lower === 'and' && n === 1 && isCapitalised(tokens[k]!) && k - 3 > from && tokens[k - 2]!.word && isCapitalised(tokens[k - 2]!) && tokens[k - 3]!.lower === 'of' && tokens[k - 4]?.word === true && isCapitalised(tokens[k - 4]!)) {
      k--;
      n++;
      continue;
    }
    // "the Committee to Protect Journalists said": a body's name joined by "to" (lexicon ORG_LINK_HEADS)
    if (t.lower === 'to' && n > 0 && isCapitalised(tokens[k]!) && k - 2 >= from && tokens[k - 2]!.word && ORG_LINK_HEADS.get('to')?.has(tokens[k - 2]!.text) === true) {
      k--;
      n++;
      continue;
    }
    // "the Food and Drug Administration said": capitalised words joined by "and" before a body's word
    if (t.lower === 'and' && n >= 2 && k - 2 >= from && tokens[k - 2]!.word && isCapitalised(tokens[k - 2]!) && capitalisedUpTo(tokens, k, j) && ORGANIZATION_WORDS_LOWER.has(tokens[j - 1]!.lower)) {
      k--;
      n++;
      continue;
    }
    if (isIn(t, BOUNDARY)) break;
    // "… rejects Beijing's claims and says": a verb after "and" shares the clause's subject, no phrase ends in "and"
    if (n === 0 && isIn(t, COORDINATOR)) break;
    // a verb of saying ends the phrase; a noun of the same spelling may modify its head ("state lawmakers")
    // (a verb that needs its particle, without it, is a noun too: "press freedom groups", "fight club")
    if (isIn(t, CUE) && !isCapitalised(t) && n > 0 && !CUE_WORDS.get(t.lower)!.homograph && !withoutItsParticle(t, tokens[k])) break;
    if (isIn(t, AUXILIARY) && !isCapitalised(t)) break;
    k--;
    n++;
    // a subject pronoun is the whole phrase: "told The Courier he’s not seeking …"
    if (n === 1 && (isIn(t, SUBJECT_PRONOUN) || isContractedSubject(t.lower))) break;
    // "the independence its former province declared": a possessive after a noun opens a phrase of
    // its own (the subject of a relative clause); after a preposition it is inside one ("the head of its office")
    if (n > 1 && isIn(t, POSSESSIVE) && k > from && tokens[k - 1]!.word && !isIn(tokens[k - 1]!, NP_PREPOSITION) && !isIn(tokens[k - 1]!, BOUNDARY) && !isCapitalised(tokens[k - 1]!)) break;
    // (an article too, after an apposition's noun: "…, an idea the council rejected")
    if (n > 1 && ARTICLES.has(t.lower) && appositionComma(tokens, from, k) >= 0) break;
  }
  if (n === 0) return null;
  // trim a leading ")" leftover or punctuation
  let s = k;
  while (s < j && !tokens[s]!.word) s++;
  return s < j ? { start: s, end: j } : null;
}

/**
 * The noun phrase after a cue ("said Peskov", "according to the ministry"), up to punctuation or a
 * clause word; with `inner`, a noun in lower case takes a preposition and its object ("according to
 * a statement from the ministry").
 */
function npAfter(tokens: readonly Token[], k: number, to: number, inner = false): TokenRange | null {
  let n = k;
  let words = 0;
  while (n < to && words < MAX_NP) {
    const t = tokens[n]!;
    // Robert “Bobby” Vance: a nickname in quotation marks inside the name
    if (words > 0 && nicknameAt(tokens, n, to)) {
      n += 3;
      continue;
    }
    if (t.quote >= 0) break;
    if (!t.word) {
      if (t.text === '.' && words > 0 && isCapitalised(tokens[n - 1]!) && tokens[n - 1]!.text.length <= 4 && n + 1 < to && isCapitalised(tokens[n + 1]!)) {
        n++;
        continue;
      }
      // "according to the farmers’ union"
      if (words > 0 && n + 1 < to && pluralPossessive(tokens, n)) {
        n++;
        continue;
      }
      if (t.text === '(' && words > 0) {
        let p = n + 1;
        while (p < to && tokens[p]!.text !== ')' && p - n < 8) p++;
        if (p < to && tokens[p]!.text === ')') {
          n = p + 1;
          continue;
        }
      }
      break;
    }
    // "a statement from the Swiss foreign ministry", "analysts at the bank": a preposition inside the phrase,
    // after its noun
    const preposition = inner && (isIn(t, NP_PREPOSITION) || t.lower === 'by') && words > 1 && tokens[n - 1]!.word && !isCapitalised(tokens[n - 1]!) && !isIn(tokens[n - 1]!, BOUNDARY) && tokens[n + 1]?.word === true && tokens[n + 1]!.quote < 0;
    if (words > 0 && isIn(t, BOUNDARY) && !preposition && !(t.lower === 'of' && isCapitalised(tokens[n - 1]!) && n + 1 < to && isCapitalised(tokens[n + 1]!)) && !andInBodyName(tokens, n, to)) break;
    // "a donor who backs the mayor": a relative clause is no part of its noun phrase here
    if (words > 0 && isIn(t, WH_RELATIVE)) break;
    // (a cue or an adjunct's word right after a determiner is a noun: "according to the report", "according to a statement";
    // and a determiner after a preposition inside the phrase opens its object)
    const opensObject = inner && isIn(t, DETERMINER) && n > k && (isIn(tokens[n - 1]!, NP_PREPOSITION) || tokens[n - 1]!.lower === 'by') && words > 2;
    // (after a possessor too: "according to the mission's reports")
    // (or after a determiner and one modifier: "according to a new report")
    const modified = words === 2 && isIn(tokens[n - 2]!, DETERMINER) && tokens[n - 1]!.word && !isCapitalised(tokens[n - 1]!) && !isIn(tokens[n - 1]!, CUE) && !isIn(tokens[n - 1]!, BOUNDARY);
    if (words > 0 && (isIn(t, ADJUNCT) || isIn(t, CUE)) && !isIn(tokens[n - 1]!, DETERMINER) && !modified && !isCapitalised(t) && !preposition && !opensObject && !(isIn(t, CUE) && tokens[n - 1]!.word && endsInApostropheS(tokens[n - 1]!.text))) break;
    if (words === 0 && (isIn(t, BOUNDARY) || isIn(t, ADJUNCT)) && !isIn(t, DETERMINER)) return null;
    n++;
    words++;
  }
  if (words === 0) return null;
  let e = n;
  while (e > k && !tokens[e - 1]!.word && tokens[e - 1]!.text !== ')') e--;
  return { start: k, end: e };
}

/** Capitalised words a body's name may hold after "and" at most ("and Sewer Commission"). */
const MAX_NAME_AFTER_AND = 4;

/** "the Springfield Water and Sewer Commission": an "and" between capitalised words, those after it ending in a body's word. */
function andInBodyName(tokens: readonly Token[], n: number, to: number): boolean {
  if (tokens[n]!.lower !== 'and' || !isCapitalised(tokens[n - 1]!)) return false;
  let m = n + 1;
  while (m < to && m - n <= MAX_NAME_AFTER_AND && tokens[m]!.word && tokens[m]!.quote < 0 && isCapitalised(tokens[m]!)) m++;
  return m > n + 1 && ORGANIZATION_WORDS.has(tokens[m - 1]!.text);
}

/** A capitalised word in quotation marks at k, between capitalised words: a nickname inside a name ("Robert “Bobby” Vance"). */
function nicknameAt(tokens: readonly Token[], k: number, to: number): boolean {
  const before = tokens[k - 1];
  const nick = tokens[k + 1];
  const after = tokens[k + 3];
  return k + 3 < to && OPENING_MARKS.has(tokens[k]!.text) && CLOSING_MARKS.has(tokens[k + 2]!.text) && before !== undefined && before.word && isCapitalised(before) && nick !== undefined && nick.word && isCapitalised(nick) && after !== undefined && after.word && isCapitalised(after);
}

/** The subject at the start of the sentence, for participles ("Trump spoke on Monday, saying …"). */
/** A word that may follow a noun phrase's head: none, a preposition or other boundary, an auxiliary or a past verb. */
function followsHead(t: Token | undefined): boolean {
  return t === undefined || !t.word || isIn(t, BOUNDARY) || isIn(t, AUXILIARY) || isInflectedCue(t) || pastForm(t);
}

/** The head at n is followed by what may follow a noun phrase's head, maybe past a time ("An appeals court on Friday revived"). */
function verbAfterHead(tokens: readonly Token[], n: number, i: number): boolean {
  return followsHead(tokens[n + 1]) || followsHead(tokens[timePhraseAfter(tokens, n + 1, i)]);
}

/**
 * Where the noun phrase a possessor opens at k ends: after a person's role, a people's or a
 * body's noun within MAX_LOWERCASE_SUBJECT words in lower case, before its verb; else -1.
 */
function headAfterPossessor(tokens: readonly Token[], k: number, i: number): number {
  for (let n = k; n < i && n - k < MAX_LOWERCASE_SUBJECT; n++) {
    const t = tokens[n]!;
    if (!t.word || t.quote >= 0 || isCapitalised(t) || isIn(t, BOUNDARY) || isIn(t, AUXILIARY)) return -1;
    if ((isIn(t, PERSON_ROLE) || isPeopleNoun(t.lower) || ORGANIZATION_WORDS_LOWER.has(t.lower)) && verbAfterHead(tokens, n, i)) return n + 1;
  }
  return -1;
}

/** Words after its determiner a subject in lower case runs to at most, its head included (sentenceSubject). */
const MAX_LOWERCASE_SUBJECT = 4;

function sentenceSubject(tokens: readonly Token[], from: number, i: number): TokenRange | null {
  let k = from;
  while (k < i && k < from + 6 && !tokens[k]!.word) k++;
  // "Meanwhile, it …", "On Monday, Trump …": skip a short opener ending in a comma
  const opener = tokens[k];
  // ("Asked about the vote, Ruiz …": the subject follows a fronted participle of being asked, for frontedSubject)
  if (opener !== undefined && isCapitalised(opener) && isAskedParticiple(opener)) return null;
  // (not an article opening a clause of its own, whose noun phrase is the subject: "A federal court
  // blocked the rule, ruling …")
  const skippable = opener !== undefined && (isIn(opener, BOUNDARY) || isIn(opener, ADJUNCT) || opener.lower.endsWith('ly') || INTERJECTIONS.some((w) => w[0] === opener.lower)) && !(ARTICLES.has(opener.lower) && pastBeforeComma(tokens, k, i));
  // also "Hours later, Trump …", and a longer fronted phrase or clause ("After he lost the vote in May, Ruiz …")
  for (let n = k; n < i && n - k <= 10; n++) {
    if (tokens[n]!.text === ',') {
      if (skippable || (n > k && n - k <= 4 && TIME_TAILS.has(tokens[n - 1]!.lower))) k = n + 1;
      // "Its director, Ann Lee, went on to say …": the name set off after a possessor's role is the subject
      else if (isIn(opener!, DETERMINER) && n > k + 1 && isIn(tokens[n - 1]!, PERSON_ROLE) && tokens[n + 1]?.word === true && isCapitalised(tokens[n + 1]!)) k = n + 1;
      break;
    }
    if (!tokens[n]!.word || tokens[n]!.quote >= 0) break;
  }
  // "WASHINGTON — Ruiz spoke …": a dateline before the subject
  k = afterDateline(tokens, k, i);
  // "Despite praising the plan, Ruiz voted …": the preposition before the gerund is no subject
  if (k + 1 === i && tokens[k]!.word && isIn(tokens[k]!, BOUNDARY)) return null;
  if (tokens[k] && isIn(tokens[k]!, SUBJECT_PRONOUN)) return { start: k, end: k + 1 };
  const start = k;
  // "Presumptive nominee Ana Ruiz": a role word in lower case before a capitalised name is part of the subject
  // (with a title’s period: "Ohio Sen. Dana Pell")
  while (k < i && k - start < MAX_NP && (subjectWord(tokens, k) || k > start && isAbbreviationPeriod(tokens, k))) k++;
  // "A federal judge on Tuesday ordered …, but rejected …": a determiner alone opens a noun phrase in lower case
  // (up to its head, a person's role or a body's noun that ends the phrase, within a few words:
  // "The local council voted …"; not for a participle or an infinitive, whose subject is seldom the sentence's)
  // (but a participle after a comma is the sentence subject's: "A federal court blocked the rule, ruling that …")
  if (k === start + 1 && isIn(tokens[start]!, DETERMINER) && (!tokens[i]?.lower.endsWith('ing') || isComma(tokens[i - 1])) && tokens[i - 1]?.lower !== 'to') {
    for (let n = k; n < i && n - k < MAX_LOWERCASE_SUBJECT; n++) {
      const t = tokens[n]!;
      if (!t.word || t.quote >= 0 || isCapitalised(t) || isIn(t, BOUNDARY) || isIn(t, AUXILIARY)) break;
      if (isIn(t, PERSON_ROLE) || isPeopleNoun(t.lower) || ORGANIZATION_WORDS_LOWER.has(t.lower)) {
        // (a time may stand between the head and its verb: "An appeals court on Friday revived …")
        if (verbAfterHead(tokens, n, i)) return { start, end: n + 1 };
        // (a noun of people before a body's noun modifies it: "An appeals court")
        const next = tokens[n + 1];
        if (next?.word && next.quote < 0 && !isCapitalised(next) && ORGANIZATION_WORDS_LOWER.has(next.lower)) continue;
        break;
      }
    }
  }
  if (k === start || !isCapitalised(tokens[k - 1]!)) return null;
  // "Ireland's data protection regulator fined …": a possessor's noun phrase up to its head
  const possessed = endsInApostropheS(tokens[k - 1]!.text) ? headAfterPossessor(tokens, k, i) : -1;
  if (possessed > 0) return { start, end: possessed };
  // "European leaders, including …": the noun the capitalised words modify
  let n = k;
  while (n < i && n - k < 2 && tokens[n]!.word && !isCapitalised(tokens[n]!) && !isIn(tokens[n]!, AUXILIARY) && !isIn(tokens[n]!, BOUNDARY) && !isIn(tokens[n]!, CUE)) n++;
  if (n > k && (n === i || !tokens[n]!.word)) k = n;
  // "Polish farmers blocked the road, demanding …": a people's noun the capitalised words modify, before the verb
  else if (k < i && tokens[k]!.word && !isCapitalised(tokens[k]!) && !isIn(tokens[k]!, BOUNDARY) && isPeopleNoun(tokens[k]!.lower)) k++;
  return { start, end: k };
}

/** The phrase `r` before the verb at i is a time: "minutes later", "at one point". */
function timeBeforeVerb(tokens: readonly Token[], r: TokenRange, i: number): boolean {
  const last = tokens[r.end - 1]!;
  if (r.end < i && timeUnit(last.lower) && TIME_TAILS.has(tokens[r.end]?.lower ?? '')) return true;
  return r.start > 0 && tokens[r.start - 1]!.lower === 'at' && last.lower === 'point';
}

/** A verb in the past stands between k and the first comma before i ("A federal court blocked the rule,"). */
function pastBeforeComma(tokens: readonly Token[], k: number, i: number): boolean {
  for (let n = k + 1; n < i && !isComma(tokens[n]); n++) if (tokens[n]!.word && tokens[n]!.quote < 0 && !isCapitalised(tokens[n]!) && pastForm(tokens[n]!)) return true;
  return false;
}

/** Trims punctuation (but not quotation marks) from both ends of a token range. */
function trimRange(tokens: readonly Token[], a: number, b: number): TokenRange | null {
  let s = a;
  let e = b;
  while (s < e && !tokens[s]!.word && !OPENING_MARKS.has(tokens[s]!.text)) s++;
  // (a per cent sign glued to its number is the number's: "a margin of 5% to 6%")
  while (e > s && !tokens[e - 1]!.word && !CLOSING_MARKS.has(tokens[e - 1]!.text) && !(tokens[e - 1]!.text === '%' && tokens[e - 2]?.end === tokens[e - 1]!.start && tokens[e - 2]!.word)) e--;
  // (nor a coordinator left at the end: "calling it “a reward for loyalty” and saying …")
  if (e - 1 > s && tokens[e - 1]!.word && tokens[e - 1]!.quote < 0 && (tokens[e - 1]!.lower === 'and' || tokens[e - 1]!.lower === 'or' || tokens[e - 1]!.lower === 'but')) return trimRange(tokens, s, e - 1);
  return e > s ? { start: s, end: e } : null;
}
