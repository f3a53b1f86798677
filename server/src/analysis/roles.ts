// Roles and titles around a person's name: before it ("Kremlin spokesman Dmitry Peskov",
// "Russian President Vladimir Putin", "former Prime Minister X") and in apposition after it
// ("Sergiy, a teacher in Kyiv").
import { CALENDAR, COUNTRY, DEMONYM, factsOf, FIRST_NAME, FUNCTION, HONORIFIC, isRoleHeadWord, isRoleWord, ROLE_HEAD, ROLE_MODIFIER } from './wordFacts';
import { ORG_KINDS_BEFORE } from './lexicon';
import titles from './data/titles.json';
import { isPossessive, type Token, tokenAt } from './tokens';
import { CLOSING_MARKS } from './wordShapes';

/** A role phrase: tokens first..last, inclusive. */
export interface RoleSpan {
  readonly first: number;
  readonly last: number;
}

// ("United Nations human rights chief"; capitalised, these words open names: "Human Rights Watch")
const LOWERCASE_ROLE_MODIFIERS: ReadonlySet<string> = new Set(titles.lowercaseRoleModifiers);

export const isRoleHead = (t: Token | undefined): boolean => t !== undefined && t.kind === 'word' && isRoleHeadWord(t);

/** A word that may stand inside a role phrase: a modifier, a role head, a nationality, an organisation or place name. */
function inRole(t: Token, isName: (t: Token) => boolean): boolean {
  if (t.kind !== 'word') return isPossessive(t);
  // a word in lower case stands in a role only as one of its words: asked without its other facts
  if (!t.cap) return isRoleWord(t) || LOWERCASE_ROLE_MODIFIERS.has(t.text);
  const facts = factsOf(t);
  if (facts & (ROLE_HEAD | ROLE_MODIFIER)) return true;
  if (!t.cap || facts & (HONORIFIC | CALENDAR)) return false;
  return (facts & (DEMONYM | COUNTRY)) !== 0 || isName(t);
}

/**
 * Words a role before a name reads back at most ("former Deputy Foreign Minister of Ukraine"): a
 * run of names each after a role ("nominee Ana Ruiz nominee Ben Ode …") is no one role, and an
 * unbounded walk made a document of them quadratic in time and memory.
 */
const MAX_ROLE_BEFORE = 12;

/**
 * The role phrase that ends just before token `name`: a run of role words whose last word is a
 * role head. `isName` says whether a capitalised token is part of an organisation or place name
 * (Kremlin spokesman).
 */
export function roleBefore(tokens: readonly Token[], name: number, isName: (t: Token) => boolean): RoleSpan | null {
  const end = name - 1;
  let last = end;
  if (!isRoleHead(tokenAt(tokens, last))) {
    // a head and its capitalised object right before the name: "Secretary of State Marco Rubio",
    // "Chief of Staff John Kelly"
    if (!(tokenAt(tokens, last)?.cap && tokenAt(tokens, last - 1)?.text === 'of' && isRoleHead(tokenAt(tokens, last - 2)))) return null;
    last -= 2;
  }
  let first = last;
  for (;;) {
    while (first > 0 && last - first + 1 < MAX_ROLE_BEFORE && inRole(tokens[first - 1]!, isName)) first--;
    // "Democratic candidate for governor Rob Sand": a head whose "for" joins an office in lower
    // case to it is the role (the candidate's, not the governor's); not "a spokesman for
    // Secretary-General Antonio Guterres", whose title is his own
    const joiner = tokenAt(tokens, first - 1)?.text;
    if (joiner !== 'for' || tokens[first]!.cap || last - first + 3 > MAX_ROLE_BEFORE || !isRoleHead(tokenAt(tokens, first - 2))) break;
    first -= 2;
  }
  // "of" and a possessive cannot open a role; nor can a lone capitalised word that is itself
  // a head of a longer title (handled by the caller splitting the chunk)
  while (first < last && (tokens[first]!.text === 'of' || isPossessive(tokens[first]) || tokens[first]!.text === 'the')) first++;
  return { first, last: end };
}

// (a possessive determiner as well: "Its spokesman, Dmitry Peskov,", "Peskov, its spokesman,")
const DETERMINERS = new Set(['a', 'an', 'the', 'its', 'their', 'his', 'her', 'our']);

/**
 * The role in apposition before a name that opens its sentence: `The bloc's foreign policy chief,
 * Name, said`, `Ukraine's foreign minister, Name,`. Before the role only a determiner and a
 * possessor may stand (further in, "sources close to the president, Name," names no role of Name's).
 */
export function roleOpeningBefore(tokens: readonly Token[], first: number, last: number, isName: (t: Token) => boolean): RoleSpan | null {
  const found = appositionOpeningBefore(tokens, first, last, isName);
  return found === BODY_NAME ? null : found;
}

/** What appositionOpeningBefore finds when the name set off is the body's own (see bodyNamedAfter). */
export const BODY_NAME = 'body';

/**
 * The role in apposition before a name, as roleOpeningBefore finds it, or BODY_NAME when the name
 * set off after a role that serves a kind of body names that body ("A spokeswoman for the group
 * behind the ad, Harbor Forward, said").
 */
export function appositionOpeningBefore(tokens: readonly Token[], first: number, last: number, isName: (t: Token) => boolean): RoleSpan | typeof BODY_NAME | null {
  if (tokenAt(tokens, first - 1)?.text !== ',' || tokens[last + 1]?.text !== ',') return null;
  // (the comma stands where roleBefore wants the name)
  const role = roleBefore(tokens, first - 1, isName);
  if (role === null) {
    const withBody = headWithBody(tokens, first - 1, isName);
    return withBody !== null && bodyNamedAfter(tokens, withBody, first) ? BODY_NAME : withBody;
  }
  let k = 0;
  if (DETERMINERS.has(tokens[0]!.text.toLowerCase())) k++;
  // (the possessor is part of the role, as it is after the name: "the bloc's foreign minister"; with
  // words in lower case before it: "The ferry authority's general manager")
  let p = k;
  while (p + 1 < role.first && p - k < MAX_DESCRIBING && !isPossessive(tokens[p + 1])) p++;
  if (p + 1 < role.first && tokens[p]!.kind === 'word' && isPossessive(tokens[p + 1]) && (p === k || describedFrom(tokens, k, p))) return p + 2 === role.first || describedFrom(tokens, p + 2, role.first) ? { first: k, last: role.last } : setOff(tokens, role);
  // ("The Justice Department's antitrust chief, Name,": a possessor of capitalised words, and words
  // in lower case no list holds that describe the head)
  let owner = k;
  while (owner < role.first && tokens[owner]!.kind === 'word' && tokens[owner]!.cap) owner++;
  if (owner > k && owner < role.first && isPossessive(tokens[owner]) && describedFrom(tokens, owner + 1, role.first)) return { first: k, last: role.last };
  // (the describing words stand right before the head, not before a possessor: "The board named Acme's chief …")
  return k === role.first || !tokens[role.first]!.cap && describedFrom(tokens, k, role.first) ? { first: k, last: role.last } : setOff(tokens, role);
}

/** Words a role's head may have before it that no list holds ("antitrust chief", "climate envoy"). */
const MAX_DESCRIBING = 2;

/** tokens[from, head) are a few plain words in lower case, no function word among them ("antitrust"). */
function describedFrom(tokens: readonly Token[], from: number, head: number): boolean {
  if (head - from < 1 || head - from > MAX_DESCRIBING) return false;
  for (let k = from; k < head; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap || !PLAIN_WORD.test(t.text) || (factsOf(t) & FUNCTION) !== 0) return false;
  }
  return true;
}

// words that join a role's head to the body or place it serves ("a spokesman for the southern
// command", "the envoy to the United Nations")
const BODY_LINKS = new Set(['for', 'of', 'at', 'to']);
/** Words the body after a role's head runs to at most ("the head of the regional water agency"). */
const MAX_BODY = 6;

/**
 * "A spokesman for the southern command, Name,", "The head of the agency, Name,", and further in,
 * "“…,” the minister of communication, Name, said": a role's head and the body it serves before
 * the name's comma, opening the sentence or set off as `setOff` says.
 */
function headWithBody(tokens: readonly Token[], comma: number, isName: (t: Token) => boolean): RoleSpan | null {
  // (the link nearest the comma that follows a role's head; the body is words and possessives:
  // "A spokeswoman for China's Foreign Ministry, Name,")
  let link = comma - 1;
  for (;;) {
    if (link < 1 || comma - link - 1 > MAX_BODY || tokens[link]!.kind !== 'word' && !isPossessive(tokens[link])) return null;
    if (link < comma - 1 && BODY_LINKS.has(tokens[link]!.text) && isRoleHead(tokens[link - 1])) break;
    link--;
  }
  const head = link - 1;
  let first = head;
  while (first > 0 && head - first + 1 < MAX_ROLE_BEFORE && inRole(tokens[first - 1]!, isName)) first--;
  while (first < head && isPossessive(tokens[first])) first++;
  // (a possessor opening the sentence is the role's: "The country's envoy to the United Nations, Name,")
  const owner = first >= 2 && isPossessive(tokens[first - 1]) && tokens[first - 2]!.kind === 'word' ? first - 2 : first;
  const k = DETERMINERS.has(tokens[0]!.text.toLowerCase()) ? 1 : 0;
  if (owner <= k) return { first: k, last: comma - 1 };
  const role = setOff(tokens, { first, last: head });
  return role === null ? null : { first: role.first, last: comma - 1 };
}

/**
 * "A spokeswoman for the group behind the ad, Colorado Forward, said": after a kind of body, a
 * name that is no person's (no first name opens it) names the body, not the role's holder.
 */
function bodyNamedAfter(tokens: readonly Token[], role: RoleSpan, name: number): boolean {
  if (factsOf(tokens[name]!) & (FIRST_NAME | HONORIFIC)) return false;
  let linked = false;
  for (let k = role.first; k <= role.last; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word') continue;
    if (BODY_LINKS.has(t.text)) linked = true;
    else if (linked && ORG_KINDS_BEFORE.has(t.text)) return true;
  }
  return false;
}

// conjunctions after which a determiner and a role open a clause of their own
const CLAUSE_CONJUNCTIONS: ReadonlySet<string> = new Set(['while', 'and', 'but', 'whereas', 'as']);
// prepositions after which a determiner or possessor and a role open a phrase of their own
const PREPOSITIONS_BEFORE_ROLE: ReadonlySet<string> = new Set(titles.prepositionsBeforeRole);

/**
 * The role, with its possessor and determiner, when a comma sets it off further in the sentence
 * (", Ukraine's defence minister, Rustem Umerov,"): a parenthesis of its own, as at the start.
 */
function setOff(tokens: readonly Token[], role: RoleSpan): RoleSpan | null {
  let first = role.first;
  // (words no list holds may describe the head: "the company's chief nursing officer, Name,")
  if (first >= 2 && describedFrom(tokens, first - 2, first)) first -= 2;
  else if (first >= 1 && describedFrom(tokens, first - 1, first)) first--;
  if (first >= 2 && isPossessive(tokens[first - 1]) && tokens[first - 2]!.kind === 'word') first -= 2;
  // (the determiner opens the phrase but is no part of the role, as at a sentence's start: "…, the
  // deputy commissioner, Name," is a deputy commissioner)
  const determined = first >= 1 && DETERMINERS.has(tokens[first - 1]!.text.toLowerCase());
  const opening = determined ? first - 1 : first;
  // (or after a conjunction that opens a clause: "…, while his spokesman, Stephane Dujarric, told")
  const before = tokens[opening - 1]?.text;
  // (or after the closing mark of a quotation that ends in a comma: "“…,” the chief executive, Name, said")
  const afterQuotation = before !== undefined && CLOSING_MARKS.has(before) && tokens[opening - 2]?.text === ',';
  // (or after a preposition, with the role's own determiner or possessor: "was led by the company's chief executive, Name,")
  const opened = opening < role.first || isPossessive(tokens[opening + 1]);
  return opening >= 1 && (before === ',' || afterQuotation || before !== undefined && (CLAUSE_CONJUNCTIONS.has(before) || PREPOSITIONS_BEFORE_ROLE.has(before)) && opened) ? { first, last: role.last } : null;
}

/** The role in apposition after a name: `Name, a teacher in Kyiv`, `Name, the Kremlin's spokesman,`. */
export function roleAfter(tokens: readonly Token[], nameLast: number, isName: (t: Token) => boolean): RoleSpan | null {
  if (tokens[nameLast + 1]?.text !== ',') return null;
  let i = nameLast + 2;
  if (tokens[i] && DETERMINERS.has(tokens[i]!.text)) {
    i++;
    // "a 41-year-old pharmacist": the age stands before the role, not in it
    i = pastAge(tokens, i);
  }
  const first = i;
  // "the bloc's foreign minister": after a determiner, a possessor in lower case opens the role as a name does
  if (first > nameLast + 2 && tokens[i]?.kind === 'word' && !tokens[i]!.cap && isPossessive(tokens[i + 1])) i += 2;
  let lastHead = -1;
  // "a political scientist", "a retired schoolteacher": words in lower case that no list holds
  // may describe the head that follows them
  while (i < tokens.length && i - first < MAX_ROLE_AFTER && (inRole(tokens[i]!, isName) || describesHead(tokens, i, first))) {
    if (isRoleHead(tokens[i])) lastHead = i;
    i++;
  }
  // a head that the phrase runs on past ("the Kremlin spokesman Peskov") is no apposition
  if (lastHead < 0) return null;
  // "after the fall of Bashar Assad, Defense Minister Israel Katz said": a title without a
  // determiner right before a name is that name's, opening a clause
  const after = tokens[lastHead + 1];
  if (first === nameLast + 2 && after?.kind === 'word' && after.cap) return null;
  // "… the Singapore Strait, the prime minister's office said": a role that owns the phrase's
  // head is no apposition
  if (isPossessive(after)) return null;
  const last = headComplementEnd(tokens, lastHead + 1, lastHead);
  // "obtained by The Oregonian, the company's general counsel, Mark Ellison, wrote": a role between
  // commas before another name is that name's
  const next = tokens[last + 2];
  if (tokens[last + 1]?.text === ',' && next?.kind === 'word' && next.cap && !next.upper && !(factsOf(next) & CALENDAR) && tokens[last + 3]?.kind === 'word' && tokens[last + 3]!.cap) return null;
  return { first, last };
}

/** Words an apposed role runs to at most. */
const MAX_ROLE_AFTER = 8;
const DESCRIBING_REACH = 2;

/** A plain word in lower case at `i` with only such words between it and a role head at most DESCRIBING_REACH on. */
function describesHead(tokens: readonly Token[], i: number, first: number): boolean {
  if (i - first >= DESCRIBING_REACH) return false;
  for (let k = i; k < tokens.length && k - i <= DESCRIBING_REACH; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || t.cap) return false;
    if (k > i && isRoleHead(t)) return true;
    // (no function word: "Ana Ruiz, said the candidate" is a clause, not a role)
    if (!PLAIN_WORD.test(t.text) || (factsOf(t) & FUNCTION) !== 0) return false;
  }
  return false;
}

const PLAIN_WORD = /^[a-z]+(?:-[a-z]+)?$/;

/** Past an age ("41-year-old", "41 - year-old" as tokens) at `i`, or `i`. */
function pastAge(tokens: readonly Token[], i: number): number {
  const t = tokens[i];
  if (t?.kind !== 'number') return i;
  if (tokens[i + 1]?.text === '-' && /^years?-old$/.test(tokens[i + 2]?.text ?? '')) return i + 3;
  if (/^\d+-years?-old$/.test(t.text)) return i + 1;
  return i;
}

/** Words of a head's complement ("of the presidential office", "to the governor") at most. */
const MAX_COMPLEMENT = 8;

/**
 * Where an apposed role ends when "of" or "to" continues its head up to the apposition's comma:
 * "Kim Ode, deputy head of the central bank, said", "Bo Lee, chief of staff to the governor,";
 * the head itself (at `head`) otherwise. A place ("a teacher in Kyiv") is where the person is,
 * not the role.
 */
function headComplementEnd(tokens: readonly Token[], i: number, head: number): number {
  const link = tokens[i]?.text;
  if (link !== 'of' && link !== 'to') return head;
  for (let k = i + 1; k < tokens.length && k - i <= MAX_COMPLEMENT; k++) {
    const t = tokens[k]!;
    if (t.text === ',') return k - 1 > i ? k - 1 : head;
    // words only, none a verb's form ("head of the party who said", "chief of staff, said")
    if (t.kind !== 'word' && !isPossessive(t) || !t.cap && /(?:ed|ing)$/.test(t.text)) return head;
  }
  return head;
}
