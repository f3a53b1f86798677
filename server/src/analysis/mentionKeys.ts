// The merging keys of places, nationalities and dates ("place:2643743", "nationality:RU",
// "date:march 2022"), one string per key for every document: a key made afresh for each mention
// was a new string to hash, and at 13 characters or more a pair of strings to join first, at each
// look-up of the merger's tables.
import { detached } from './detached';
import { WordMemo } from './wordMemo';

// Keys come from the gazetteer and the word lists, never from an article: nothing to detach, and
// the bound only keeps an odd run of documents from growing the memories for ever.
const LIMIT = 20_000;
const places = new Map<string | number, string>();
const nationalities = new Map<string, string>();
// keyed by a date's words as written, packed (wordMemo.ts): the memory holds no article's text
const dates = new WordMemo<string>(false);

/** `place:${id}`, for a country's code or name, or a gazetteer id or name. */
export function placeKey(id: string | number): string {
  return prefixed(places, 'place:', id);
}

/** `nationality:${id}`, for a country's code or a region's name. */
export function nationalityKey(id: string): string {
  return prefixed(nationalities, 'nationality:', id);
}

/** `date:${text}`, lower case, without stops and commas ("Nov. 8, 2024" → "date:nov 8 2024"). */
export function dateKey(text: string): string {
  let key = dates.get(text);
  if (key === undefined) {
    // a copy: made of the article's text, the key would otherwise keep the article alive (detached.ts)
    key = detached(`date:${text.toLowerCase().replace(/\.|,/g, '')}`);
    dates.set(text, key);
  }
  return key;
}

/** `${prefix}${id}`, made once per id (see the memories above). */
function prefixed<K extends string | number>(memory: Map<K, string>, prefix: string, id: K): string {
  let key = memory.get(id);
  if (key === undefined) {
    key = `${prefix}${id}`;
    if (memory.size >= LIMIT) memory.clear();
    memory.set(id, key);
  }
  return key;
}
