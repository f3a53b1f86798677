// Tests of characters that the rules ask of every word or mark they read (a word's first or last
// characters, the white space around it), by character code: a regular expression's call costs
// more than the test. Each says the expression it stands for.

import nameWords from './data/name-words.json';

/** /\s/ on an ASCII code (false for any other, and for NaN past the end). */
export const isAsciiSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** /\s/ on the character at `i` (none past the end), by code where it is ASCII. */
export const isSpaceAt = (text: string, i: number): boolean => {
  const c = text.charCodeAt(i);
  return c < 128 ? isAsciiSpace(c) : /\s/.test(text.charAt(i));
};

const HYPHEN_PARTICLES: ReadonlySet<string> = new Set(nameWords.hyphenParticles);

/**
 * "al-Sharaa", "el-Sisi": a particle, a hyphen and a capital make a name's word, capitalised as
 * the name is (name-words.json hyphenParticles). Asked of words in lower case: most have no
 * hyphen two to four letters in.
 */
export function joinedByParticle(text: string): boolean {
  const hyphen = text.charCodeAt(2) === 45 ? 2 : text.charCodeAt(3) === 45 ? 3 : text.charCodeAt(4) === 45 ? 4 : -1;
  if (hyphen < 0) return false;
  const next = text.charCodeAt(hyphen + 1);
  return next >= 65 && next <= 90 && HYPHEN_PARTICLES.has(text.slice(0, hyphen));
}

/** /^[DRI]-\p{Lu}/u: "D-Mass.", "R-Ky.": a party and a state after a lawmaker's name, no name of its own. */
export function isPartyTag(word: string): boolean {
  const party = word.charCodeAt(0);
  return (party === 68 || party === 82 || party === 73) && word.charCodeAt(1) === 45 && /^\p{Lu}/u.test(word.charAt(2));
}

/** /^\d+$/ */
/** Whether `name`'s last word, in lower case, is `noun` (in lower case): "the Falkland Islands" and "islands", "Russian Defense Ministry" and "ministry". */
export const lastWordIs = (name: string, noun: string): boolean =>
  name.length > noun.length && name.charCodeAt(name.length - noun.length - 1) === 32 && name.slice(-noun.length).toLowerCase() === noun;
/** Whether `name`'s first word, in lower case, is `noun` (in lower case): "Lake Malawi" and "lake". */
export const firstWordIs = (name: string, noun: string): boolean =>
  name.length > noun.length && name.charCodeAt(noun.length) === 32 && name.slice(0, noun.length).toLowerCase() === noun;

export const isAllDigits = (word: string): boolean => {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return word.length > 0;
};

/** The text with its diacritics dropped ("María" → "Maria"), by its compatibility decomposition. */
export const withoutMarks = (s: string): string => s.normalize('NFKD').replace(/\p{M}/gu, '');

/** Every character is ASCII (such text has no marks to drop). */
export const isAscii = (s: string): boolean => {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 127) return false;
  return true;
};

/** A year as news writes it, 1800 to 2099. */
export const isYear = (word: string): boolean => word.length === 4 && isAllDigits(word) && (word.startsWith('18') || word.startsWith('19') || word.startsWith('20'));
/** "1970s": a year's decade in the plural. */
export const isDecade = (word: string): boolean => word.length === 5 && word.endsWith('0s') && isYear(word.slice(0, 4));

/** /^\d/ */
export const startsWithDigit = (text: string): boolean => {
  const c = text.charCodeAt(0);
  return c >= 48 && c <= 57;
};

/** A comma at `i` between digits: inside a number ("4,000"), ending no phrase or clause. */
export const thousandsCommaAt = (text: string, i: number): boolean => {
  const before = text.charCodeAt(i - 1);
  const after = text.charCodeAt(i + 1);
  return text.charCodeAt(i) === 44 && before >= 48 && before <= 57 && after >= 48 && after <= 57;
};

/** /[’']s$/ */
export const endsInApostropheS = (text: string): boolean =>
  text.length >= 2 && text.charCodeAt(text.length - 1) === 115 && (text.charCodeAt(text.length - 2) === 0x2019 || text.charCodeAt(text.length - 2) === 39);

/** /[^i]d$|wn$|<third>$/: a participle's endings ("[^e]ed$" and "ed$" end in "[^i]d" too). */
export const passiveEnding = (word: string, third: string): boolean =>
  (word.length >= 2 && word.charCodeAt(word.length - 1) === 100 && word.charCodeAt(word.length - 2) !== 105) || word.endsWith('wn') || word.endsWith(third);

/** /(?:ists?|ers|ors?|ians?|ents|als|ans|men)$/: plural and agent nouns for people (activists, protesters, residents, officials, Republicans, fishermen). */
export const personNounEnding = (word: string): boolean =>
  word.endsWith('ist') || word.endsWith('ists') || word.endsWith('ers') || word.endsWith('or') || word.endsWith('ors') || word.endsWith('ian') || word.endsWith('ans') || word.endsWith('ents') || word.endsWith('als') || menPlural(word);

/** "fishermen", "gunmen", "women" (not "specimen", "omen", "regimen"). */
const menPlural = (word: string): boolean => word.length > 4 && word.endsWith('men') && (word.endsWith('women') || !(word.endsWith('imen') || word.endsWith('omen')));

/** A plural of a profession's noun, by its ending: "meteorologists", "physicians" (a name seldom ends so). */
export const professionPlural = (word: string): boolean => word.length > 6 && (word.endsWith('ists') || word.endsWith('icians'));

/** /[^s’']s$/, or /[^su’']s$/ when `orU`: an -s ending that is no possessive's or double s (nor -us). */
export const endsInPlainS = (word: string, orU: boolean): boolean => {
  const n = word.length;
  if (n < 2 || word.charCodeAt(n - 1) !== 115) return false;
  const c = word.charCodeAt(n - 2);
  return c !== 115 && c !== 0x2019 && c !== 39 && !(orU && c === 117);
};

/** /[a-z]{letters}ing$/: an -ing form after `letters` lower-case ASCII letters (a participle or gerund, not "sing" or "bring"). */
export const endsInIngAfter = (word: string, letters: number): boolean => {
  const n = word.length;
  if (n < letters + 3 || word.charCodeAt(n - 1) !== 103 || word.charCodeAt(n - 2) !== 110 || word.charCodeAt(n - 3) !== 105) return false;
  for (let k = n - 3 - letters; k < n - 3; k++) {
    const c = word.charCodeAt(k);
    if (c < 97 || c > 122) return false;
  }
  return true;
};

// a capitalised adjective of place by its ending: "Himalayan", "Caucasian", "Transylvanian", "Kurdish"
const PLACE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ic)$/u;

/**
 * A capitalised word shaped as an adjective of place ("Himalayan"): a place's name only where the
 * gazetteer knows it (many are: Japan, Wuhan, Astrakhan).
 */
export const isPlaceAdjective = (word: string): boolean => PLACE_ADJECTIVE.test(word);

/** Marks that close a quotation (curly and straight, double and single, and the guillemet). */
export const CLOSING_MARKS: ReadonlySet<string> = new Set(['”', '"', '’', "'", '»']);
