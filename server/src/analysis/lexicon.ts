// The word lists the entity finder reads, loaded once into Sets and Maps. The lists live in
// data/*.json (see each file's "about"); generated ones come from server/scripts/build-lexicon.mjs.
import { WordEnds, WordSet } from './wordSet';
import abbreviations from './data/abbreviations.json';
import calendar from './data/calendar.json';
import commonWords from './data/common-words.json';
import countries from './data/countries.json';
import firstNames from './data/first-names.json';
import nameGenders from './data/name-genders.json';
import functionWords from './data/function-words.json';
import miscNames from './data/misc-names.json';
import newsWords from './data/news-words.json';
import nationalities from './data/nationalities.json';
import orgs from './data/org-suffixes.json';
import places from './data/places.json';
import titles from './data/titles.json';

/** A country, region or people a demonym or a country's name stands for. */
export interface Country {
  readonly code: string | null;
  /** Usual short name of the country or region ("Russia", "Europe"). */
  readonly name: string;
}

const lowerSet = (words: readonly string[]): Set<string> => new Set(words.map((w) => w.toLowerCase()));

export const COMMON_WORDS: ReadonlySet<string> = new Set([...commonWords.words.split(' '), ...newsWords.words.split(' ')]);
/**
 * First names given to men only, and to women only (first-names.json male, female, with the
 * hand-made name-genders.json over them): what "he" and "she" may stand for.
 */
const MALE_BY_HAND: ReadonlySet<string> = new Set(nameGenders.male);
const FEMALE_BY_HAND: ReadonlySet<string> = new Set(nameGenders.female);
// (the hand-made names are first names too, those the generated list lacks among them: "Bashar",
// "Volodymyr"; not those that are words as well, "a Marine base")
const ALSO_WORDS: ReadonlySet<string> = new Set(nameGenders.alsoWords);
export const FIRST_NAMES: ReadonlySet<string> = new Set([...firstNames.names.split(' '), ...[...MALE_BY_HAND, ...FEMALE_BY_HAND].filter((n) => !COMMON_WORDS.has(n.toLowerCase()) && !ALSO_WORDS.has(n))]);
export const MALE_NAMES: ReadonlySet<string> = new Set([...firstNames.male.split(' ').filter((n) => !FEMALE_BY_HAND.has(n)), ...MALE_BY_HAND]);
export const FEMALE_NAMES: ReadonlySet<string> = new Set([...firstNames.female.split(' ').filter((n) => !MALE_BY_HAND.has(n)), ...FEMALE_BY_HAND]);
/** Honorifics given to men only and to women only (titles.json): "Mrs. Clinton" is no Bill Clinton. */
export const MALE_HONORIFICS: ReadonlySet<string> = new Set(titles.maleHonorifics);
export const FEMALE_HONORIFICS: ReadonlySet<string> = new Set(titles.femaleHonorifics);

/** A person's sex, as a first name or an honorific says it. */
export type Gender = 'male' | 'female';

/** The sex a person's first name or honorific says, when it says one. */
export function genderOfWord(word: string, honorific: boolean): Gender | undefined {
  const w = honorific && word.endsWith('.') ? word.slice(0, -1) : word;
  if ((honorific ? MALE_HONORIFICS : MALE_NAMES).has(w)) return 'male';
  if ((honorific ? FEMALE_HONORIFICS : FEMALE_NAMES).has(w)) return 'female';
  return undefined;
}
export const FUNCTION_WORDS: ReadonlySet<string> = lowerSet(functionWords.words);

/**
 * "expropriation", "herders" (in lower case): a word the frequency list lacks whose shape is a
 * common noun's: a noun of action or state by its suffix, or the agent noun of a common word in
 * the plural ("herd" → "herders").
 */
export function hasCommonNounShape(lower: string): boolean {
  if (lower.length >= 8 && COMMON_NOUN_SUFFIX.test(lower)) return true;
  return lower.length >= 7 && lower.endsWith('ers') && COMMON_WORDS.has(lower.slice(0, -3));
}
const COMMON_NOUN_SUFFIX = /(?:[aiu]tions?|ments|ness|isms?)$/;

/** "retailers", "libraries" (in lower case): a plural whose singular is a common word. */
export function isPluralOfCommon(lower: string): boolean {
  if (lower.length < 5 || !lower.endsWith('s')) return false;
  return COMMON_WORDS.has(lower.slice(0, -1)) || lower.endsWith('ies') && COMMON_WORDS.has(`${lower.slice(0, -3)}y`);
}

export const HONORIFICS: ReadonlySet<string> = lowerSet(titles.honorifics);
/** Role heads, single words, lower case ("spokesman", "president"). */
export const ROLE_HEADS: ReadonlySet<string> = lowerSet(titles.roleHeads.filter((w) => !w.includes(' ')));
export const ROLE_MODIFIERS: ReadonlySet<string> = lowerSet(titles.roleModifiers);
/** Words of kinship before a person's name ("his wife Ardo"). */
export const KIN_BEFORE = new WordSet(titles.kinBefore);
/** Capitalised words a title takes after "of" before its holder's name (titles.json titleObjects). */
export const TITLE_OBJECTS: ReadonlySet<string> = new Set(titles.titleObjects);
/** A party's member in the singular (titles.json partyMembers): "the Kentucky Republican" describes someone. */
export const PARTY_MEMBERS: ReadonlySet<string> = new Set(titles.partyMembers);

export const ORG_SUFFIXES: ReadonlySet<string> = new Set([...orgs.suffixes, ...orgs.teamNames]);
/** Teams' nicknames (org-suffixes.json teamNames): "Orioles" for "the Baltimore Orioles". */
export const TEAM_NAMES: ReadonlySet<string> = new Set(orgs.teamNames);
export const ORG_OF_HEADS: ReadonlySet<string> = new Set(orgs.ofHeads);
/** Legal and trade words a company's full name ends with and its later mentions drop ("Inc.", "Bancorp"). */
export const ORG_SHORT_FORM_ENDINGS: ReadonlySet<string> = new Set(orgs.shortFormEndings);
export const PLACE_OF_HEADS: ReadonlySet<string> = new Set(orgs.placeOfHeads);
/** Lower-case nouns of an organisation's kind before its name ("firm", "newspaper"), and words after one ("shareholders"). */
export const ORG_KINDS_BEFORE = new WordSet(orgs.kindsBefore);
/** Kinds of body an apposition right after a name ends in (org-suffixes.json kindsBefore and kindsInApposition). */
export const ORG_KINDS_IN_APPOSITION = new WordSet([...orgs.kindsBefore, ...orgs.kindsInApposition]);
export const ORG_WORDS_AFTER = new WordSet(orgs.wordsAfter);
/** Professions before "at" and a firm's name (org-suffixes.json peopleAt): "analysts at Berenberg". */
export const ORG_PEOPLE_AT = new WordSet(orgs.peopleAt);
/** Organisation heads joined to the rest of their name by "for" or "on" (Center for …, Council on …), keyed by that word. */
// "the charity Homes for Karabakh", "the group Doctors Without Borders": after a kind of body, these join its name's words
export const ORG_LINKS_AFTER_KIND: ReadonlySet<string> = new Set(orgs.linksAfterKind);
export const ORG_LINK_HEADS: ReadonlyMap<string, ReadonlySet<string>> = new Map(Object.entries(orgs.linkHeads).map(([link, heads]) => [link, new Set(heads)]));
/** Words in common use that open an organisation's name ending in one of its words ("National Security Council"): taken in at a sentence's start. */
export const ORG_OPENERS: ReadonlySet<string> = new Set(orgs.openers);
/** The keys of ORG_LINK_HEADS, asked of the word after every name. */
export const ORG_LINK_WORDS = new WordSet(ORG_LINK_HEADS.keys());
/** Lower-case organisation heads keyed by their last word: "ministry" → ["foreign ministry", "ministry"]. */
export const LOWERCASE_ORG_HEADS: ReadonlyMap<string, readonly string[][]> = (() => {
  const map = new Map<string, string[][]>();
  for (const phrase of orgs.lowercaseHeads) {
    const words = phrase.split(' ');
    const last = words[words.length - 1]!;
    const list = map.get(last) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    map.set(last, list);
  }
  return map;
})();

/**
 * False for a word that is surely none of `keys`, by its first character and length alone: a
 * look-up hashes a token's text the first time it is asked, and most tokens are asked only this.
 */
export function keyFilter(keys: Iterable<string>): (word: string) => boolean {
  const may = keyShapeFilter(keys);
  return (word) => may(word.charCodeAt(0), word.length);
}

/** `keyFilter` asked of a word's first character code and length, which a tokenizer has at hand without the word. */
export function keyShapeFilter(keys: Iterable<string>): (first: number, length: number) => boolean {
  // bit n of masks[c]: a key of length n starts with character c (ASCII, length under 31)
  const masks = new Uint32Array(128);
  for (const key of keys) {
    const c = key.charCodeAt(0);
    if (c >= 128 || key.length >= 31) return () => true;
    masks[c]! |= 1 << key.length;
  }
  return (c, length) => c >= 128 || length >= 31 || (masks[c]! & (1 << length)) !== 0;
}
/** Whether a word may be a key of LOWERCASE_ORG_HEADS (see `keyFilter`). */
export const mayEndLowercaseOrg = keyFilter(LOWERCASE_ORG_HEADS.keys());
/** `mayEndLowercaseOrg` by a word's first character code and length. */
export const mayEndLowercaseOrgShaped = keyShapeFilter(LOWERCASE_ORG_HEADS.keys());
export const MISC_SUFFIXES: ReadonlySet<string> = new Set(miscNames.suffixes);
export const MISC_WORDS: ReadonlySet<string> = new Set(miscNames.words);
/** First words of events' names (misc-names.json prefixes): Operation Spiderweb. */
export const MISC_PREFIXES: ReadonlySet<string> = new Set(miscNames.prefixes);
/** Words right before a code name (misc-names.json namedAfter): code-named Strait Thunder. */
export const CODE_NAME_BEFORE: ReadonlySet<string> = new Set(miscNames.namedAfter);
/** Asked of every name: a WordSet, whose first and last characters and length refuse most names without a hash. */
export const ORG_ACRONYMS = new WordSet(orgs.acronyms);
/** Words between two teams (org-suffixes.json matchVerbs): "Surrey beat Kent", "v Kent". */
export const MATCH_VERBS = new WordSet(orgs.matchVerbs);
/** Verbs in the plural after a subject (org-suffixes.json pluralVerbs): "Kestrel are top of the table". */
export const PLURAL_VERBS: ReadonlySet<string> = new Set(orgs.pluralVerbs);
/** Words that end a place's name and a club's named for its town (org-suffixes.json townClubWords). */
export const TOWN_CLUB_WORDS: ReadonlySet<string> = new Set(orgs.townClubWords);
/** A team's player's or officer's role after its name (org-suffixes.json teamRoles): "Surrey captain". */
export const TEAM_ROLES = new WordSet(orgs.teamRoles);
/** Capitalised adjectives before a people's name that are part of no name ("Indigenous Kanak voters"). */
export const PEOPLE_ADJECTIVES: ReadonlySet<string> = new Set(nationalities.peopleAdjectives);

export const PLACE_PREPOSITIONS = new WordSet(places.prepositions);
export const PLACE_VERBS_BEFORE = new WordSet(places.verbsBefore);
export const PLACE_KINDS_BEFORE = new WordSet(places.kindsBefore);
/** The plural kinds of place among kindsBefore ("villages", "cities"): each names a list of places. */
export const PLURAL_PLACE_KINDS: ReadonlySet<string> = new Set(places.kindsBefore.filter((kind) => {
  const singular = kind.endsWith('ies') ? `${kind.slice(0, -3)}y` : kind.slice(0, -1);
  return kind.endsWith('s') && places.kindsBefore.includes(singular);
}));
/** What may follow the kind of place ending an apposition after a name (places.json afterKindApposition). */
export const AFTER_PLACE_KIND = new WordSet(places.afterKindApposition);
export const PLACE_EVENTS_BEFORE = new WordSet(places.eventsBefore);
export const PLACE_KINDS_AFTER = new WordSet(places.kindsAfter);
export const SAME_NAME_KINDS_AFTER: ReadonlySet<string> = new Set(places.sameNameKindsAfter);
/** Refuses most words whose lower case is no kind of place after a name, without lower-casing them. */
export const MAY_BE_PLACE_KIND_AFTER = new WordEnds(places.kindsAfter);
/** Words that end a place's own name: "Wall Street", "Marsh Road". */
export const PLACE_SUFFIXES: ReadonlySet<string> = new Set(places.suffixes);
/** Words that begin a place's own name (places.json openers): Mount Hermon, Lake Chad. */
export const PLACE_OPENERS: ReadonlySet<string> = new Set(places.openers);
/** Words for a state after a nationality that opens its name (places.json statehood): Turkish Republic of Northern Cyprus. */
export const STATEHOOD_WORDS: ReadonlySet<string> = new Set(places.statehood);
/** Nouns of land in lower case a nationality describes after a place's name (places.json ownedLandNouns). */
export const OWNED_LAND_NOUNS: ReadonlySet<string> = new Set(places.ownedLandNouns);
export const REGION_WORDS_AFTER = new WordSet(places.regionAfter);
/** Refuses most words whose lower case is no region word, or no region word's plural, without lower-casing them. */
export const MAY_BE_REGION_WORD = new WordEnds(places.regionAfter);
export const MAY_BE_REGION_WORDS = new WordEnds(places.regionAfter.map((w) => `${w}s`));
export const REGION_WORDS_BEFORE = new WordSet(places.regionBefore);

export const MONTHS: ReadonlyMap<string, number> = new Map([
  ...calendar.months.map((m, i) => [m, i] as const),
  ...calendar.monthAbbreviations.map((m) => [m, calendar.months.findIndex((f) => f.startsWith(m.slice(0, 3)))] as const),
]);
export const AMBIGUOUS_MONTHS: ReadonlySet<string> = new Set(calendar.ambiguousMonths);
export const MONTH_CUES: ReadonlySet<string> = new Set(calendar.monthCues);
/** Days named relative to today, which open sentences in capitals (calendar.json relativeDays). */
export const RELATIVE_DAYS: ReadonlySet<string> = new Set(calendar.relativeDays);
export const WEEKDAYS: ReadonlySet<string> = new Set(calendar.weekdays);

// asked of the word before every sentence's final stop
const ABBREVIATIONS = new WordSet([...abbreviations.titles, ...abbreviations.others, ...titles.honorifics]);
/** Words written with a full stop that belongs to them (Mr., Nov., Corp.). */
export function takesStop(word: string): boolean {
  return ABBREVIATIONS.has(word);
}

/** Country names and aliases ("U.S.", "Britain") and demonyms ("Russian", "Europeans"). */
const COUNTRY_BY_NAME = new Map<string, Country>();
const DEMONYMS = new Map<string, Country>();
{
  const byCode = countries.countries as Record<string, { name: string; names: string[]; demonyms: string[] }>;
  const countryOf = (code: string): Country => ({ code, name: byCode[code]?.name ?? code });
  for (const [code, c] of Object.entries(byCode)) {
    for (const n of c.names) if (!COUNTRY_BY_NAME.has(n)) COUNTRY_BY_NAME.set(n, countryOf(code));
    for (const d of c.demonyms) DEMONYMS.set(d, countryOf(code));
  }
  // the hand-made names win: they give the names articles use
  for (const [name, code] of Object.entries(nationalities.places)) COUNTRY_BY_NAME.set(name, countryOf(code));
  for (const [demonym, code] of Object.entries(nationalities.demonyms)) DEMONYMS.set(demonym, countryOf(code));
  for (const [demonym, region] of Object.entries(nationalities.regions)) DEMONYMS.set(demonym, { code: null, name: region });
  for (const name of nationalities.regionPlaces) if (!COUNTRY_BY_NAME.has(name)) COUNTRY_BY_NAME.set(name, { code: null, name });
  // plurals of peoples ("Russians", "Americans") name the same nationality
  for (const [demonym, country] of [...DEMONYMS]) {
    // (not where the plural spells a country's name: "Philippine", "the Philippines")
    if (!demonym.includes(' ') && /[^s]$/.test(demonym) && !/(?:sh|ch|ese|ss)$/.test(demonym) && !DEMONYMS.has(`${demonym}s`) && !COUNTRY_BY_NAME.has(`${demonym}s`)) DEMONYMS.set(`${demonym}s`, country);
  }
}

export function countryNamed(name: string): Country | undefined {
  return COUNTRY_BY_NAME.get(name);
}

export function demonym(word: string): Country | undefined {
  return DEMONYMS.get(word);
}

// A team's nickname that is no everyday word or nationality ("Mets", "Springboks", "All Blacks")
// is the team wherever it stands; one that is ("Braves", "Indians") only once the team is named in
// full (orgStems.ts). (After the demonym table: it is asked of it.)
const KNOWN_TEAMS = orgs.teamNames.filter((n) => !COMMON_WORDS.has(n.toLowerCase()) && demonym(n) === undefined);
const KNOWN_ORG_NAMES = [...orgs.known, ...KNOWN_TEAMS];
export const KNOWN_ORGS: ReadonlySet<string> = new Set(KNOWN_ORG_NAMES);
/** First words of the known organisations named in more than one word (White House → White). */
export const KNOWN_ORG_FIRST_WORDS: ReadonlySet<string> = new Set(KNOWN_ORG_NAMES.filter((n) => n.includes(' ')).map((n) => n.slice(0, n.indexOf(' '))));

// the first words of the nationalities of more than one word ("South" of "South Korean")
const DEMONYM_HEADS: ReadonlySet<string> = new Set([...DEMONYMS.keys()].filter((d) => d.includes(' ')).map((d) => d.slice(0, d.indexOf(' '))));

/** Whether a nationality of two or more words starts with this word. */
export function startsDemonym(word: string): boolean {
  return DEMONYM_HEADS.has(word);
}

// the first words of the country and region names of more than one word ("New" of "New Zealand")
const COUNTRY_HEADS: ReadonlySet<string> = new Set([...COUNTRY_BY_NAME.keys()].filter((n) => n.includes(' ')).map((n) => n.slice(0, n.indexOf(' '))));

/** Whether a country's or region's name of two or more words starts with this word. */
export function startsCountryName(word: string): boolean {
  return COUNTRY_HEADS.has(word);
}

/** The usual name of a country by its code, for the nationality's entity. */
export function countryName(code: string): string {
  return (countries.countries as Record<string, { name: string }>)[code]?.name ?? code;
}
