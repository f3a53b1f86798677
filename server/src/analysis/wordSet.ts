// Sets of words asked about the words around every name ("said", "in", "firm", "of"): most words
// asked are in none of them, and a Set hashes a word to refuse it (a new string's first hash reads
// every character, in the runtime). A word that no member matches in first character, last
// character and length is refused from two small tables instead, without a hash.

// lengths up to this are in the tables; a longer word, or one with a character outside ASCII at
// either end, is never refused by them
const MAX_LENGTH = 31;

/** The first and last characters and lengths of a list's words, for refusing a word none of them can be. */
export class WordEnds {
  /** Bit n of firsts[c]: a member of length n starts with character c. */
  private readonly firsts = new Uint32Array(128);
  /** Bit n of lasts[c]: a member of length n ends with character c. */
  private readonly lasts = new Uint32Array(128);
  /** Some member is not in the tables (too long, or a character outside ASCII at an end). */
  private readonly untabled: boolean;

  constructor(words: Iterable<string>) {
    let untabled = false;
    for (const w of words) {
      const n = w.length;
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(n - 1);
      if (n === 0 || n > MAX_LENGTH || first >= 128 || last >= 128) untabled = true;
      else {
        this.firsts[first]! |= 1 << n;
        this.lasts[last]! |= 1 << n;
      }
    }
    this.untabled = untabled;
  }

  /**
   * False when `word` is none of the members the tables hold. A member they do not hold has a
   * character outside ASCII at an end, or is longer than they go: so has a word equal to it, which
   * is never refused.
   */
  mayBe(word: string): boolean {
    const n = word.length;
    if (n === 0 || n > MAX_LENGTH) return true;
    const first = word.charCodeAt(0);
    const last = word.charCodeAt(n - 1);
    return first >= 128 || last >= 128 || (this.firsts[first]! & this.lasts[last]! & (1 << n)) !== 0;
  }

  /**
   * False when the lower case of `word` is none of the members (words in lower case), told
   * without lower-casing it.
   */
  mayBeLowerCaseOf(word: string): boolean {
    const n = word.length;
    if (this.untabled || n === 0 || n > MAX_LENGTH) return true;
    let first = word.charCodeAt(0);
    let last = word.charCodeAt(n - 1);
    // a character outside ASCII may lower-case to one inside it (the Kelvin sign to k)
    if (first >= 128 || last >= 128) return true;
    if (first >= 65 && first <= 90) first |= 32;
    if (last >= 65 && last <= 90) last |= 32;
    // lower-casing never shortens a word (it lengthens one only by characters outside ASCII):
    // the members of this length or longer
    return (this.firsts[first]! & this.lasts[last]!) >>> n !== 0;
  }
}

/** A set of words with the quick refusal above in front of it. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  private readonly ends: WordEnds;

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    this.ends = new WordEnds(this.words);
  }

  get size(): number {
    return this.words.size;
  }

  has(word: string): boolean {
    return this.ends.mayBe(word) && this.words.has(word);
  }
}
