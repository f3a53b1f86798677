// Keys under which place names are filed and looked up. Three strengths:
//   foldName    — case, accents, punctuation and a leading "the" ignored ("the U.S." = "US");
//   variantKey  — also transliteration variants of one name (Luhansk/Lugansk, Kyiv/Kiev,
//                 Odesa/Odessa, Zaporizhzhia/Zaporizhia, Avdiivka/Avdiyivka);
//   skeletonKey — consonants only, for the Russian/Ukrainian vowel shifts of longer names
//                 (Kharkov/Kharkiv, Zaporozhye/Zaporizhzhia); the gazetteer consults it last
//                 and only for notable places, since it merges more.
// All are linear in the name's length.

import { detached, rememberDetached } from './detached';

/** Bump when any key function or the ranking of senses (gazetteer.ts) changes: gazetteer files with other keys get theirs recomputed. */
export const KEY_VERSION = '2';

const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ø: 'o', æ: 'ae', œ: 'oe', ß: 'ss', ı: 'i', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ə: 'a', ħ: 'h',
};

// foldName is pure and called for the same few names many times per article (every lookup and
// side check); a bounded memory of recent results saves the Unicode work.
const FOLD_CACHE_SIZE = 50_000;
const folds = new Map<string, string>();

export function foldName(name: string): string {
  const cached = folds.get(name);
  if (cached !== undefined) return cached;
  const folded = foldUncached(name);
  // the folded form may be a slice of the name: copied too
  rememberDetached(folds, name, detached(folded), FOLD_CACHE_SIZE);
  return folded;
}

function foldUncached(name: string): string {
  // the common case, plain ASCII letters and single spaces, needs no Unicode work
  if (/^[A-Za-z]+(?: [A-Za-z]+)*$/.test(name)) {
    const lower = name.toLowerCase();
    const bare = lower.startsWith('the ') ? lower.slice(4) : lower;
    return bare.includes('st') ? bare.replace(/\bst\b/g, 'saint') : bare;
  }
  const folded = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[øæœßıłđðþəħ]/g, (c) => SPECIAL_LETTERS[c] ?? c)
    .replace(/['’‘ʼʻ`´.]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  return folded.replace(/^the /, '').replace(/\bst\b/g, 'saint');
}

/** Folds the spelling differences that transliterations of one name show. */
export function variantKey(folded: string): string {
  return folded
    .replace(/shch|sch/g, 'ʃ')
    .replace(/zh/g, 'ʒ')
    .replace(/kh/g, 'x')
    .replace(/ch/g, 'ç')
    .replace(/sh/g, 'ʃ')
    .replace(/ts/g, 'c')
    .replace(/g/g, 'h')
    .replace(/[yj]/g, 'i')
    .replace(/w/g, 'v')
    .replace(/(?<!i)i+[ae]\b/g, 'ia') // from a run's start only: linear on a long run of i
    .replace(/ie/g, 'i')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** Consonant skeleton of a variant key; undefined for names too short to tell apart that way. */
export function skeletonKey(variant: string): string | undefined {
  if (variant.length < 6) return undefined;
  const skeleton = (variant[0] + variant.slice(1).replace(/[aeiou\s]/g, '')).replace(/(\p{L})\1+/gu, '$1');
  return skeleton.length >= 4 ? skeleton : undefined;
}
