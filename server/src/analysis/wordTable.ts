// A table of words read by token. A Map keyed by the word would hash each token's string, a new
// string for every token, and the frame rules ask several tables of every word of the text; a
// token written in ASCII carries a key of its lower case made as it was read (quoteTokens.ts), so
// that it is found, or not, by an integer probe and at most one comparison of strings.
import { wordKey, type Token } from './quoteTokens';

const EMPTY = -1;
/** Bits of the filter that turns most words away before the table is read (2 KB, where the table is tens). */
const FILTER_BITS = 14;
const filterBit = (key: number): number => Math.imul(key, 0x85ebca6b) >>> (32 - FILTER_BITS);

export class WordTable<V> {
  private readonly keys: Int32Array;
  private readonly words: string[];
  private readonly values: V[];
  private readonly shift: number;
  private readonly filter = new Uint32Array((1 << FILTER_BITS) >>> 5);
  /** Every entry by its word: for the tokens without a key. */
  private readonly byWord: ReadonlyMap<string, V>;

  constructor(entries: Iterable<readonly [string, V]>) {
    const byWord = new Map<string, V>(entries);
    let bits = 4;
    while (1 << bits < 2 * byWord.size) bits++;
    this.shift = 32 - bits;
    this.keys = new Int32Array(1 << bits).fill(EMPTY);
    this.words = new Array<string>(1 << bits).fill('');
    this.values = new Array<V>(1 << bits);
    const mask = (1 << bits) - 1;
    for (const [word, value] of byWord) {
      const key = wordKey(word);
      // a word with a character outside ASCII has no key: only a token without one may be it
      if (key < 0) continue;
      let slot = this.slotOf(key);
      while (this.keys[slot] !== EMPTY) slot = (slot + 1) & mask;
      this.keys[slot] = key;
      const bit = filterBit(key);
      this.filter[bit >>> 5]! |= 1 << (bit & 31);
      this.words[slot] = word;
      this.values[slot] = value;
    }
    this.byWord = byWord;
  }

  private slotOf(key: number): number {
    return Math.imul(key, 0x9e3779b1) >>> this.shift;
  }

  /** False when the filter turns the key away: no word of the table has it. */
  private passes(key: number): boolean {
    const bit = filterBit(key);
    return (this.filter[bit >>> 5]! & (1 << (bit & 31))) !== 0;
  }

  /**
   * False when no word of the table has the key (see `Token.key`): `get` of a token with it is
   * undefined. True when one has it, which, past the filter, is the token's word but where two
   * words share a key (no string is read: the scan asks before it cuts the word).
   */
  mayHold(key: number): boolean {
    if (!this.passes(key)) return false;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const k = keys[slot]!;
      if (k === EMPTY) return false;
      if (k === key) return true;
    }
  }

  /** The value of the token's word (its lower case), undefined when the table has none. */
  get(t: Token): V | undefined {
    const key = t.key;
    if (key < 0) return this.byWord.get(t.lower);
    if (!this.passes(key)) return undefined;
    const keys = this.keys;
    const mask = keys.length - 1;
    for (let slot = this.slotOf(key); ; slot = (slot + 1) & mask) {
      const k = keys[slot]!;
      if (k === EMPTY) return undefined;
      if (k === key && this.words[slot] === t.lower) return this.values[slot];
    }
  }
}
