// Where a sentence names territories: places the article's entities or the gazetteer know,
// capitalised names that context makes places ("the town of X", "the X region"), phrases that
// refer back to territories named before ("the annexed regions", "these claims"), and the bare
// word "territory". Consecutive ones joined by commas and "and" form a coordinated list.
import cueData from './data/claim-cues.json';
import regionWords from './data/region-words.json';
import { execFromCapital } from './capitalScan';
import { trimWord, withoutPossessive, type ClaimantResolver } from './claimants';
import type { IndexedMention, MentionIndex } from './mentionIndex';
import type { GeoInfo, Span } from './types';
import { COMMON_WORDS, demonym } from './lexicon';
import { extentIn, PARTS_ADJECTIVE, PIECE_ADJECTIVE, SHARE_APPROXIMATION } from './extents';
import { caselessSource } from './caseless';
import { lowerBound } from './search';
import { sortFew } from './smallSort';
import { isPlaceAdjective, isSpaceAt } from './wordShapes';

export type TerritoryKind = 'place' | 'candidate' | 'anaphor' | 'generic';

export interface TerritoryMention extends Span {
  readonly kind: TerritoryKind;
  /** Canonical name for a place or candidate: the entity's name, else the name as written. */
  readonly name: string;
  readonly entity: string | null;
  /** For an anaphor: its head noun ("regions", "claims", "territory") and the words before it ("annexed"). */
  readonly noun?: string;
  readonly modifiers?: readonly string[];
}

/** Territories named one after another: "Donetsk, Lugansk, and Kherson, along with Crimea". */
export interface TerritoryGroup extends Span {
  readonly items: readonly TerritoryMention[];
}

const PLACE_NOUNS = 'town|city|village|settlement|hamlet|port|region|province|district|oblast|republic|island|islands|peninsula|enclave|exclave|territory|area|municipality|county|governorate|state';
const PLACE_OF = new RegExp(`\\b(?:${PLACE_NOUNS})s? of\\s+(?:the\\s+)?$`, 'i');
// (and a noun of land: "the Dokdo islets")
const REGION_AFTER = new RegExp(`^\\s+(${[...regionWords.suffixes.filter((w) => !w.includes(' ')), ...cueData.landNounsAfter].join('|')})\\b`);
/** How far past a run of capitalised words a region word after it is read ("Donetsk region"). */
export const REGION_READ = 20;
export const ANAPHOR_NOUN_WORDS: readonly string[] = [...cueData.anaphorNouns, ...cueData.singularAnaphorNouns];
const ANAPHOR_NOUNS = ANAPHOR_NOUN_WORDS.join('|');
const SINGULAR = new Set(cueData.singularAnaphorNouns);
const NOT_PLACES = new Set(cueData.notPlaces);
const REGION_MODIFIERS: ReadonlySet<string> = new Set(cueData.regionModifiers);
const COMPASS = /^(?:East|West|North|South|Eastern|Western|Northern|Southern|Central|Upper|Lower|Greater|Inner|Outer)$/;
const GENERIC_TAIL = / (?:Oblast|Region|Province|Governorate|Krai|Kray|Okrug|Voivodeship|Prefecture)$/;
const PLACE_HEAD = new RegExp(`\\s(?:${cueData.placeHeads.join('|')})$`, 'u');
// a place name that modifies a noun ("the Istanbul talks", "the Zaporizhzhia nuclear plant") names no territory
export const MODIFIED = new RegExp(`^[ \u00a0]+(?:${cueData.modifierNouns.join('|')})\\b`, 'i');
/** The words that open an anaphor ("these regions", and a count: "four regions – A, B, C and D"). */
export const ANAPHOR_DETERMINERS: readonly string[] = ['the', 'these', 'those', 'this', 'that', 'such', 'both', 'all', 'all the', 'all these', ...Object.keys(cueData.countWords)];
/**
 * A character of an anaphor's modifier (u flag): letters, marks, digits, apostrophes, hyphens, and
 * a comma between digits ("the 160,000-square-kilometre area"). territoryBounds.ts reads words so too.
 */
export const ANAPHOR_WORD_CHARACTER = String.raw`(?:[\p{L}\p{M}\p{N}’'-]|(?<=\p{N}),(?=\p{N}))`;
// (a determiner is no modifier: "told Putin that the town was …" holds "the town", not "that the town")
export const ANAPHOR = new RegExp(
  `\\b(${ANAPHOR_DETERMINERS.join('|')})\\s+((?:(?!(?:of|in|on|for|to|with|by|from|at|and|or|that|which|who|are|is|were|was|the|a|an)\\b)${ANAPHOR_WORD_CHARACTER}+\\s+){0,3}?)(${ANAPHOR_NOUNS})\\b(?!\\s+of\\b)`,
  'giu',
);
// The anaphor's nouns alone, each letter as the class of what matches it under 'iu' (as
// GENERIC_WORDS below): most sentences lack every one of them, and this finds that many times
// faster than the whole expression does, or than the nouns with its flags (a long text asks it of
// most of its sentences, see claims.ts).
const ANAPHOR_NOUN = new RegExp(ANAPHOR_NOUN_WORDS.map(caselessSource).join('|'));
const GENERIC = new RegExp(`\\b(?:${cueData.genericNouns.join('|')})\\b`, 'giu');
// GENERIC's words without \\b, each letter as the class of what matches it under 'iu' (the long s
// and the Kelvin sign fold onto s and k): a sentence lacking them all is ruled out without the
// case folding of a Unicode-aware scan, which costs several times more.
const GENERIC_WORDS = new RegExp(cueData.genericNouns.map(caselessSource).join('|'));
// A capitalised word: letters, marks, inner dots (U.S.), apostrophes and hyphens.
/** The lower-case words that join the capitalised words of a run ("Bank of England"). */
export const RUN_CONNECTORS: readonly string[] = ['of', 'de', 'del', 'al', 'el', 'la', 'le', 'du'];
export const CAPITALISED_RUN = new RegExp(`\\p{Lu}[\\p{L}\\p{M}.’'-]*(?:[ \\u00a0]+(?:(?:${RUN_CONNECTORS.join('|')})[ \\u00a0]+)?\\p{Lu}[\\p{L}\\p{M}.’'-]*)*`, 'gu');
// Sentence openers and other capitalised words that are not part of a name.
const OPENER = /^(?:The|A|An|While|But|And|Despite|However|In|On|At|As|After|Before|When|If|Although|Though|Since|With|Without|For|From|By|To|Meanwhile|Still|Yet|So|Also|Even|Now|Then|Thus|Both|Under|Over|Near|Some|Many|Most|All|Any|Every|Each|No|Another|Such|Several|Few|Other|Either|Neither|Its|Their|His|Her|Our|This|That|These|Those|It|They|He|She|We|I)$/;

const OWNER = /^\p{Lu}[\p{L}.]*['’]s\s+(?=\p{Lu})/u;

const priority: Record<TerritoryKind, number> = { place: 3, anaphor: 2, candidate: 1, generic: 0 };

/** The territory mentions of [start, end) in order, without overlaps. */
export function territoryMentions(text: string, start: number, end: number, entities: MentionIndex, claimants: ClaimantResolver): TerritoryMention[] {
  const found: TerritoryMention[] = [];
  const blocked: IndexedMention[] = [];
  for (const m of entities.within(start, end)) {
    if (m.entity.type === 'place' && NOT_PLACES.has(text.slice(m.start, m.end))) continue;
    if (m.entity.type === 'place') {
      // "Russia's Kursk region" names Kursk; the possessive is the side it belongs to
      const written = text.slice(m.start, m.end);
      const owner = (written.includes("'s") || written.includes('’s')) ? OWNER.exec(written) : null;
      if (owner) {
        const rest = text.slice(m.start + owner[0].length, m.end);
        found.push({ start: m.start + owner[0].length, end: m.end, kind: 'place', name: rest.replace(/ (?:region|oblast|province|governorate)$/i, ''), entity: m.entity.id });
      } else found.push({ start: m.start, end: m.end, kind: 'place', name: m.entity.name, entity: m.entity.id });
    }
    else blocked.push(m);
  }
  const blocks = new SpanIndex(blocked);
  const sentence = text.slice(start, end);
  let from = 0;
  for (let run = execFromCapital(CAPITALISED_RUN, sentence, from); run; run = execFromCapital(CAPITALISED_RUN, sentence, from)) {
    from = CAPITALISED_RUN.lastIndex;
    const runStart = start + run.index;
    placesInRun(text, runWords(run[0], runStart), claimants, found, blocks);
  }
  // (exec loops, not matchAll, which copies the expression at every call)
  ANAPHOR.lastIndex = 0;
  if (ANAPHOR_NOUN.test(sentence)) for (let a = ANAPHOR.exec(sentence); a !== null; a = ANAPHOR.exec(sentence)) {
    const modifiers = a[2]!.trim().split(/\s+/).filter(Boolean);
    // "the territory" refers back; "all territory" does not
    if (SINGULAR.has(a[3]!.toLowerCase()) && !/^(?:the|this|that)$/i.test(a[1]!)) continue;
    // "the Chagos archipelago" is Chagos by its name, no anaphor ("the four Ukrainian regions" is)
    // (but a sea or a wide region only says where the land referred back to lies: "the Arctic island")
    const regional = modifiers.length > 0 && REGION_MODIFIERS.has(modifiers.filter((w) => /^\p{Lu}/u.test(w)).join(' '));
    // ("the Antarctic Peninsula": a capitalised noun after the sea or region makes a name, no anaphor)
    if (regional && /^\p{Lu}/u.test(a[3]!)) continue;
    if (!regional && modifiers.some(namesPlace)) continue;
    const anaphor: TerritoryMention = { start: start + a.index, end: start + a.index + a[0].length, kind: 'anaphor', name: a[0], entity: null, noun: a[3]!.toLowerCase(), modifiers };
    if (regional) for (let k = found.length - 1; k >= 0; k--) if (found[k]!.start >= anaphor.start && found[k]!.end <= anaphor.end) found.splice(k, 1);
    found.push(anaphor);
  }
  GENERIC.lastIndex = 0;
  if (GENERIC_WORDS.test(sentence)) for (let g = GENERIC.exec(sentence); g !== null; g = GENERIC.exec(sentence)) {
    found.push({ start: start + g.index, end: start + g.index + g[0].length, kind: 'generic', name: g[0], entity: null });
  }
  // (a sentence finds a handful: an insertion sort, as stable as the builtin)
  sortFew(found, (a, b) => a.start - b.start || priority[b.kind] - priority[a.kind] || b.end - a.end);
  const out: TerritoryMention[] = [];
  for (const m of found) {
    const last = out[out.length - 1];
    if (last && m.start < last.end) {
      // ("the al-Fashaga region": a name's run of capitals that opens inside a place and runs past it is that place, to the run's end)
      if (m.kind === 'place' && last.kind === 'place' && m.start > last.start && m.end > last.end) {
        out[out.length - 1] = { ...last, end: m.end };
        continue;
      }
      // overlapping: keep the stronger (entity/place over anaphor over candidate), else the longer
      if (priority[m.kind] > priority[last.kind] || (priority[m.kind] === priority[last.kind] && m.end - m.start > last.end - last.start)) out[out.length - 1] = m;
      continue;
    }
    if (m.kind !== 'place' && blocks.overlaps(m.start, m.end) && !(m.kind === 'anaphor' && ownerModifies(m) && onlyNationalities(blocks.overlapping(m.start, m.end)))) continue;
    out.push(m);
  }
  return out;
}

/**
 * Whether [start, end) holds a phrase that may refer back to territories named before ("the
 * annexed regions", "the peninsula"): every anaphor territoryMentions finds there is one of these.
 */
export function mayReferBack(text: string, start: number, end: number): boolean {
  const sentence = text.slice(start, end);
  if (!ANAPHOR_NOUN.test(sentence)) return false;
  ANAPHOR.lastIndex = 0;
  const found = ANAPHOR.test(sentence);
  ANAPHOR.lastIndex = 0;
  return found;
}

/** A capitalised modifier that is a name, not a nationality, an adjective ("Himalayan") nor a compound ("Russian-held"). */
function namesPlace(word: string): boolean {
  return /^\p{Lu}/u.test(word) && !word.includes('-') && demonym(word) === undefined && !isPlaceAdjective(word);
}

/**
 * An anaphor whose nationality says whose land it was ("the former Spanish colony", "the four
 * Ukrainian regions"); not after a participle, where it leaves who took the land open and the
 * sentence's subject is as often its owner ("Syria will not trade the occupied Arab lands").
 */
function ownerModifies(m: TerritoryMention): boolean {
  for (const w of m.modifiers ?? []) if (w.endsWith('ed')) return false;
  return true;
}

/** Mentions of nationalities only (an anaphor's modifiers, see ownerModifies). */
function onlyNationalities(mentions: readonly IndexedMention[]): boolean {
  for (const m of mentions) if (m.entity.type !== 'nationality') return false;
  return true;
}

/**
 * Spans, for finding those that overlap a range without looking at them all: a sentence of a
 * megabyte has thousands of names and thousands of runs to check against them.
 */
class SpanIndex<T extends Span = Span> {
  private readonly spans: T[];
  /** The largest end among spans[0..i]. */
  private readonly maxEnd: number[];

  constructor(spans: readonly T[]) {
    this.spans = [...spans].sort((a, b) => a.start - b.start);
    this.maxEnd = [];
    let max = -Infinity;
    for (const s of this.spans) this.maxEnd.push((max = Math.max(max, s.end)));
  }

  /** Whether a span overlaps [start, end). */
  overlaps(start: number, end: number): boolean {
    for (let i = lowerBound(this.spans, end, (s) => s.start) - 1; i >= 0 && this.maxEnd[i]! > start; i--) if (this.spans[i]!.end > start) return true;
    return false;
  }

  /** The spans overlapping [start, end), in order of start. */
  overlapping(start: number, end: number): T[] {
    const lo = lowerBound(this.spans, end, (s) => s.start);
    const out: T[] = [];
    for (let i = lo - 1; i >= 0 && this.maxEnd[i]! > start; i--) if (this.spans[i]!.end > start) out.push(this.spans[i]!);
    return out.reverse();
  }
}

const NO_CLASH = new SpanIndex([]);

/** The whitespace-separated words of a run standing at `offset` (none past MAX_NAME_WORDS + 1). */
function runWords(run: string, offset: number): { start: number; text: string }[] {
  const words: { start: number; text: string }[] = [];
  let i = 0;
  while (i < run.length && words.length <= MAX_NAME_WORDS) {
    while (i < run.length && isSpaceAt(run, i)) i++;
    if (i >= run.length) break;
    const from = i;
    while (i < run.length && !isSpaceAt(run, i)) i++;
    words.push({ start: offset + from, text: run.slice(from, i) });
  }
  return words;
}

/**
 * The place or candidate a capitalised run standing at `offset` names, as territoryMentions finds
 * it where no other entity's name overlaps the run; where one does, it finds that one or none.
 */
export function runTerritory(text: string, run: string, offset: number, claimants: ClaimantResolver): TerritoryMention | undefined {
  const found: TerritoryMention[] = [];
  placesInRun(text, runWords(run, offset), claimants, found, NO_CLASH);
  return found[0];
}

// Longer runs of capitalised words are headlines or lists of names, not one place's name; looking
// them up tail by tail would also cost the square of their length.
const MAX_NAME_WORDS = 8;

function placesInRun(text: string, words: { start: number; text: string }[], claimants: ClaimantResolver, found: TerritoryMention[], blocks: SpanIndex): void {
  if (words.length > MAX_NAME_WORDS) return;
  let from = 0;
  // openers and compound adjectives ("Houthi-held Hodeidah") are not part of the name
  for (; from < words.length; from++) {
    const word = trimWord(words[from].text);
    if (!OPENER.test(word) && !(word.includes('-') && /-\p{Ll}+$/u.test(word))) break;
  }
  // "Russia's Kursk region": the place is what follows the possessive
  for (let i = words.length - 2; i >= from; i--) {
    if (/['’]s$/.test(words[i].text)) {
      from = i + 1;
      break;
    }
  }
  if (from >= words.length) return;
  const first = words[from];
  const last = words[words.length - 1];
  const runEnd = last.start + trimWord(last.text).length;
  // a person's or organisation's name is no territory, unless the gazetteer or the words
  // themselves say the very same words are a country, a region or a place ("the Golan Heights")
  const clash = blocks.overlapping(first.start, runEnd);
  const overrule = (start: number, end: number, strong: boolean) => strong && clash.every((b) => b.start === start && b.end === end);
  // the longest tail of the run that is a place: "While Russia" → Russia; but "East Jerusalem"
  // and "Northern Cyprus" keep their compass word
  let regionWord: RegExpExecArray | null | undefined;
  for (let i = from; i < words.length; i++) {
    const s = words[i].start;
    if (i > from && COMPASS.test(words[i - 1].text) && i - 1 === from) {
      const whole = text.slice(words[from].start, runEnd);
      if (claimants.place(text.slice(s, runEnd))) {
        if (clash.length === 0 || overrule(words[from].start, runEnd, true)) found.push({ start: words[from].start, end: runEnd, kind: 'place', name: whole, entity: null });
        return;
      }
    }
    const written = withoutPossessive(text.slice(s, runEnd));
    // a nationality word or metonym; a nationality is a place only under its very name ("Syrian"
    // is a variant spelling of Iran's Sirjan)
    if (claimants.stateOf(written) && (!claimants.place(written) || (demonym(written) !== undefined && claimants.place(written)!.name !== written))) return;
    // what follows the run is the same for each of its tails
    if (regionWord === undefined) regionWord = REGION_AFTER.exec(text.slice(runEnd, runEnd + REGION_READ));
    const geo = (regionWord ? claimants.place(`${written} ${regionWord[1]}`) : undefined) ?? nearPlace(claimants, written);
    // ("the Himalayan region": an adjective the gazetteer does not know names no place before the generic word)
    const context = (endsWithOf(text, s) && PLACE_OF.test(text.slice(Math.max(0, s - 30), s))) || (regionWord !== null && !(geo === undefined && isPlaceAdjective(written))) || (i === from && PLACE_HEAD.test(written));
    if (geo || context) {
      const spanEnd = regionWord ? runEnd + regionWord[0].length : s + written.length;
      if (clash.length && !overrule(s, s + written.length, context || geo?.kind === 'country' || geo?.kind === 'region')) return;
      if (!regionWord && MODIFIED.test(text.slice(spanEnd, spanEnd + 30))) return; // "the Istanbul talks"
      // "Donetsk Oblast" and "the Donetsk region" are Donetsk
      found.push({ start: s, end: spanEnd, kind: 'place', name: written.replace(GENERIC_TAIL, '') || written, entity: null });
      return;
    }
  }
  if (clash.length) return;
  const written = withoutPossessive(text.slice(first.start, runEnd));
  // an unknown name may be a place the gazetteer lacks; not when shouted, possessive or modifying
  if (!/\p{Ll}/u.test(written) || written.length < text.slice(first.start, runEnd).length || MODIFIED.test(text.slice(runEnd, runEnd + 30))) return;
  // (nor a common word capitalised because it opens a sentence or a quotation: "“Autonomy under Moroccan rule is …”")
  if (words.length === 1 && isCommonWord(written.toLowerCase()) && opensSentenceAt(text, first.start)) return;
  if (!/^(?:\p{L}\.)+$/u.test(written)) found.push({ start: first.start, end: first.start + written.length, kind: 'candidate', name: written, entity: null });
}

/** The word at `at` opens the text, a line, a sentence or a quotation: what stands before it, spaces aside. */
function opensSentenceAt(text: string, at: number): boolean {
  let k = at;
  while (k > 0 && at - k < 3 && (text[k - 1] === ' ' || text[k - 1] === '\t')) k--;
  if (k === 0) return true;
  const c = text[k - 1]!;
  // (a stop, a line's end, an opening mark; a closing mark after a stop: "… ended.” Autonomy")
  return '\n.!?"“‘«'.includes(c) || '”’'.includes(c) && k > 1 && '.!?'.includes(text[k - 2]!);
}

/**
 * The gazetteer's place for a name, but not a common word's near miss: a headline's "Vote" is no
 * Wote, its "Border" no Burdur (the look-up forgives spelling variants).
 */
function nearPlace(claimants: ClaimantResolver, written: string): GeoInfo | undefined {
  const geo = claimants.place(written);
  return geo && geo.name !== written && !written.includes(' ') && isCommonWord(written.toLowerCase()) ? undefined : geo;
}

/** A common word, or the plural of one ("Crossings", whose gazetteer place is The Crossings). */
function isCommonWord(lower: string): boolean {
  return COMMON_WORDS.has(lower) || (lower.length > 3 && lower.endsWith('s') && COMMON_WORDS.has(lower.slice(0, -1)));
}

/**
 * Whether the 30 characters before `at` end with "of" and spaces, or "of the" and spaces, in any
 * case: what PLACE_OF asks for last, read backwards before the expression scans them all.
 */
function endsWithOf(text: string, at: number): boolean {
  const from = Math.max(0, at - 30);
  let i = at;
  const spaces = (): boolean => {
    const end = i;
    while (i > from && isSpaceAt(text, i - 1)) i--;
    return i < end;
  };
  // ASCII letters only: without the u flag no other character matches one of them in any case
  const word = (w: string): boolean => {
    if (i - w.length < from) return false;
    for (let k = 0; k < w.length; k++) if ((text.charCodeAt(i - w.length + k) | 32) !== w.charCodeAt(k)) return false;
    i -= w.length;
    return true;
  };
  if (!spaces()) return false;
  if (word('the') && !spaces()) return false;
  return word('of');
}

// a share of a territory before its name ("most of", "about 75% of", "parts of")
// ("large parts of", "a strip of", "a small chunk of", "virtually all of")
const SHARE = String.raw`(?:${SHARE_APPROXIMATION})?(?:\d+(?:\.\d+)?\s*(?:percent|per cent|%)|a (?:fifth|quarter|third|half)|half|three-quarters|two-thirds|most|much|(?:almost |nearly |virtually |practically )?all|(?:${PARTS_ADJECTIVE})?(?:parts?|areas|swathes|swaths|chunks)|some|an? (?:${PIECE_ADJECTIVE})?(?:strip|chunk|slice|sliver|corner|patch|pocket|part|portion|swath|swathe)) of\s+`;
// What may stand between two items of a list.
const LIST_GAP = new RegExp(String.raw`^\s*(?:[,;]\s*)?(?:(?:and|or|as well as|along with|together with|plus|and also|including|alongside)\s+)?(?:${SHARE})?(?:(?:the|both)\s+)?(?:(?:neighbou?ring|nearby|eastern|western|northern|southern|central|adjacent)\s+)?$`, 'i');
// An anaphor's apposition: "the annexed regions – Donetsk, …" or "these regions: …".
const APPOSITION_GAP = /^\s*(?:[–—:]|-{1,2}|,)\s*(?:(?:namely|including)\s+)?$/i;
// … and a generic noun's ("land – Crimea", "territory, including Crimea"; not "land, Ukraine said")
const GENERIC_APPOSITION_GAP = /^\s*(?:(?:[–—:]|-{1,2})\s*(?:(?:namely|including)\s+)?|,\s*(?:namely|including)\s+)(?:the\s+(?:city|town|village|region|province)\s+of\s+)?$/i;

/**
 * "a fifth of Ukraine, including Crimea, which it annexed": the relative clause is about the item
 * included alone, which is then a list of its own.
 */
function includedAndQualified(text: string, gap: string, m: TerritoryMention): boolean {
  return gap.includes('including') && /^\s*,\s*(?:which|that)\s/.test(text.slice(m.end, m.end + 12));
}

/** Groups consecutive mentions into lists; an anaphor directly followed by a list heads it. */
// a share right before a name (read after no word character: a share's number is whole)
const SHARE_BEFORE = new RegExp(String.raw`(?<![\w.])${SHARE}(?:the\s+)?$`, 'i');
// how far before a list's first name its share is read
const SHARE_REACH = 40;

// ", and Moscow claims …", "; Kyiv says …": after a comma and a conjunction, or a semicolon, a name before a verb is a new clause's subject
const CLAUSE_JOINT = /(?:,\s*(?:and|but)\s+|;\s*(?:(?:and|but)\s+)?)$/;
const VERB_AFTER = /^\s+(?:has|have|had|is|was|were|will|would|could|can|may|said|says|claims|claimed|insists|insisted|controls|holds|occupies|administers|governs|rules|retains|keeps|took|[a-z]+ed)\b/;

/** `m`, after a comma and a conjunction or a semicolon (`gap`), is the subject of a clause of its own. */
function opensOwnClause(text: string, gap: string, m: TerritoryMention): boolean {
  return CLAUSE_JOINT.test(gap) && VERB_AFTER.test(text.slice(m.end, m.end + 12));
}

/** The gap to the next name holds a share of another extent than the one before the list's first name. */
function otherExtent(text: string, gap: string, listStart: number): boolean {
  const here = SHARE_BEFORE.exec(gap);
  if (here === null) return false;
  const there = SHARE_BEFORE.exec(text.slice(Math.max(0, listStart - SHARE_REACH), listStart));
  return extentIn(here[0].toLowerCase()) !== (there === null ? null : extentIn(there[0].toLowerCase()));
}

export function territoryGroups(text: string, mentions: readonly TerritoryMention[]): TerritoryGroup[] {
  const groups: TerritoryGroup[] = [];
  let current: TerritoryMention[] = [];
  const flush = () => {
    if (current.length) groups.push({ start: current[0].start, end: current[current.length - 1].end, items: current });
    current = [];
  };
  for (const m of mentions) {
    const prev = current[current.length - 1];
    if (prev) {
      const gap = text.slice(prev.end, m.start);
      // unknown capitalised names never join a list ("Western Sahara, and the Polisario Front")
      const joined = (m.kind !== 'generic' && prev.kind !== 'generic' && m.kind !== 'candidate' && prev.kind !== 'candidate' && gap.length < 40 &&
        ((LIST_GAP.test(gap) && gap.trim() !== '' && m.kind !== 'anaphor' && prev.kind !== 'anaphor' && !includedAndQualified(text, gap, m)) ||
          (prev.kind === 'anaphor' && current.length === 1 && APPOSITION_GAP.test(gap)))) ||
        // "its occupied land, including Crimea": the places a generic noun goes on to name
        (prev.kind === 'generic' && current.length === 1 && m.kind === 'place' && GENERIC_APPOSITION_GAP.test(gap));
      // "most of Luhansk and Donetsk, and parts of Kherson": a share of another extent opens a list of its own
      if (!joined || otherExtent(text, gap, current[0]!.start) || opensOwnClause(text, gap, m)) flush();
    }
    current.push(m);
  }
  flush();
  return groups;
}
