// A memory of answers about words, kept across documents (word facts, known names, gazetteer
// answers). A Map of tens of thousands of words is scattered through the heap: each look-up read
// its bucket, its entry and the stored key, three cache misses per token, which cost more than the
// answers. A short ASCII word (nearly every name's word) is its own key instead, packed into a few
// integers: a look-up reads one slot (and its answer), and compares no strings.
import { rememberDetached } from './detached';

/** Characters a packed key holds: seven bits each, four to an integer (within a small integer); three integers beside an integer answer, four where the answers are apart. */
const PACKED = 12;
const WIDE = 16;
const SLOT_BITS = 15;
const SLOTS = 1 << SLOT_BITS;
const MASK = SLOTS - 1;
/** Words packed before the table starts over (half its slots: probes stay short). */
const FULL = SLOTS >> 1;
/** Longer words, in a Map, before it starts over. */
const LONG_LIMIT = 50_000;

/**
 * Answers (never undefined) by word. Not an LRU: the table starts over when full, as the other
 * memories do (see `rememberDetached`), since the words an article asks again are asked soon.
 */
export class WordMemo<V> {
  /**
   * @param longWords Whether to remember words that are not packed (longer, or not ASCII) too:
   * a memory in front of another may leave those to the other.
   */
  constructor(private readonly longWords = true) {}

  /** Per slot: the word's packed key (see `packWord`); a first of 0 is an empty slot. */
  private readonly slots = new Int32Array(SLOTS * 4);
  /** Per slot: its answer. */
  private readonly answers: (V | undefined)[] = new Array<V | undefined>(SLOTS).fill(undefined);
  private filled = 0;
  private readonly long = new Map<string, V>();

  /** The answer remembered for `word`, or undefined (always, for a long word when they are not remembered). */
  get(word: string): V | undefined {
    if (!packWord(word, WIDE)) return this.long.get(word);
    const k0 = KEY[0]!;
    const k1 = KEY[1]!;
    const k2 = KEY[2]!;
    const k3 = KEY[3]!;
    const slots = this.slots;
    for (let slot = slotOf(k0, k1, k2, k3, SLOT_BITS); ; slot = (slot + 1) & MASK) {
      const at = slot << 2;
      const first = slots[at];
      if (first === 0) return undefined;
      if (first === k0 && slots[at + 1] === k1 && slots[at + 2] === k2 && slots[at + 3] === k3) return this.answers[slot];
    }
  }

  /** Remembers `answer` for `word` (which `get` has just not found). */
  set(word: string, answer: V): void {
    if (!packWord(word, WIDE)) {
      if (this.longWords) rememberDetached(this.long, word, answer, LONG_LIMIT);
      return;
    }
    const slots = this.slots;
    if (this.filled >= FULL) {
      slots.fill(0);
      this.answers.fill(undefined);
      this.filled = 0;
    }
    let slot = slotOf(KEY[0]!, KEY[1]!, KEY[2]!, KEY[3]!, SLOT_BITS);
    while (slots[slot << 2] !== 0) slot = (slot + 1) & MASK;
    const at = slot << 2;
    slots[at] = KEY[0]!;
    slots[at + 1] = KEY[1]!;
    slots[at + 2] = KEY[2]!;
    slots[at + 3] = KEY[3]!;
    this.answers[slot] = answer;
    this.filled++;
  }

  /** How many words it remembers now, for the tests of its bounds. */
  get size(): number {
    return this.filled + this.long.size;
  }
}

/**
 * Integer answers by word, as `WordMemo`, each beside its word's key: one slot read per look-up
 * where `WordMemo` reads its answer from a second array.
 */
export class WordNumbers {
  /** Per slot: the word's packed key, then its answer. */
  private readonly slots = new Int32Array(SLOTS * 4);
  private filled = 0;
  private readonly long = new Map<string, number>();

  /** The answer remembered for `word`, or undefined. */
  get(word: string): number | undefined {
    if (!packWord(word, PACKED)) return this.long.get(word);
    const k0 = KEY[0]!;
    const k1 = KEY[1]!;
    const k2 = KEY[2]!;
    const slots = this.slots;
    for (let slot = slotOf(k0, k1, k2, 0, SLOT_BITS); ; slot = (slot + 1) & MASK) {
      const at = slot << 2;
      const first = slots[at];
      if (first === 0) return undefined;
      if (first === k0 && slots[at + 1] === k1 && slots[at + 2] === k2) return slots[at + 3];
    }
  }

  /** Remembers `answer` (an integer of 32 bits) for `word` (which `get` has just not found). */
  set(word: string, answer: number): void {
    if (!packWord(word, PACKED)) {
      rememberDetached(this.long, word, answer, LONG_LIMIT);
      return;
    }
    const slots = this.slots;
    if (this.filled >= FULL) {
      slots.fill(0);
      this.filled = 0;
    }
    let slot = slotOf(KEY[0]!, KEY[1]!, KEY[2]!, 0, SLOT_BITS);
    while (slots[slot << 2] !== 0) slot = (slot + 1) & MASK;
    const at = slot << 2;
    slots[at] = KEY[0]!;
    slots[at + 1] = KEY[1]!;
    slots[at + 2] = KEY[2]!;
    slots[at + 3] = answer;
    this.filled++;
  }

  /** How many words it remembers now, for the tests of its bounds. */
  get size(): number {
    return this.filled + this.long.size;
  }
}

/** The packed key of the last word `packWord` packed: its characters 0–3, 4–7, 8–11 and 12–15 (0 past its end). */
export const KEY = new Int32Array(4);

/**
 * Packs a word of 1 to `most` (at most 16) ASCII characters (no NUL) into KEY, seven bits a
 * character; false, and KEY left as it was, for any other word.
 */
export function packWord(word: string, most: number): boolean {
  const n = word.length;
  if (n === 0 || n > most) return false;
  let k0 = 0;
  let k1 = 0;
  let k2 = 0;
  let k3 = 0;
  for (let i = 0; i < n; i++) {
    const k = word.charCodeAt(i);
    // a NUL would read as the end of the word, a code past ASCII would not fit its seven bits
    if (k === 0 || k >= 128) return false;
    if (i < 4) k0 |= k << (7 * i);
    else if (i < 8) k1 |= k << (7 * (i - 4));
    else if (i < 12) k2 |= k << (7 * (i - 8));
    else k3 |= k << (7 * (i - 12));
  }
  KEY[0] = k0;
  KEY[1] = k1;
  KEY[2] = k2;
  KEY[3] = k3;
  return true;
}

/** The first slot of a packed key in a table of 2 ** bits slots. */
export function slotOf(k0: number, k1: number, k2: number, k3: number, bits: number): number {
  return Math.imul(k0 ^ Math.imul(k1, 0x85ebca6b) ^ Math.imul(k2, 0xc2b2ae35) ^ Math.imul(k3, 0x27d4eb2f), 0x9e3779b1) >>> (32 - bits);
}
