// Sets of words asked about the words around every name ("said", "in", "firm", "of"): most words
// asked are in none of them, and a Set hashes a word to refuse it (a new string's first hash reads
// every character, in the runtime). A word that no member matches in first character, last
// character and length is refused from two small tables instead, without a hash.

// lengths up to this are in the tables; a longer word, or one with a character outside ASCII at
// either end, is always asked of the Set
const MAX_LENGTH = 31;

/** A set of words with the quick refusal above in front of it. */
export class WordSet {
  private readonly words: ReadonlySet<string>;
  /** Bit n of firsts[c]: a member of length n starts with character c. */
  private readonly firsts = new Uint32Array(128);
  /** Bit n of lasts[c]: a member of length n ends with character c. */
  private readonly lasts = new Uint32Array(128);

  constructor(words: Iterable<string>) {
    this.words = new Set(words);
    for (const w of this.words) {
      const n = w.length;
      const first = w.charCodeAt(0);
      const last = w.charCodeAt(n - 1);
      // a member the tables cannot hold is found the way words like it are asked: of the Set
      if (n === 0 || n > MAX_LENGTH || first >= 128 || last >= 128) continue;
      this.firsts[first]! |= 1 << n;
      this.lasts[last]! |= 1 << n;
    }
  }

  get size(): number {
    return this.words.size;
  }

  has(word: string): boolean {
    const n = word.length;
    if (n > 0 && n <= MAX_LENGTH) {
      const first = word.charCodeAt(0);
      const last = word.charCodeAt(n - 1);
      if (first < 128 && last < 128 && (this.firsts[first]! & this.lasts[last]! & (1 << n)) === 0) return false;
    }
    return this.words.has(word);
  }
}
