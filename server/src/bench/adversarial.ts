// Inputs built to make a careless analysis go quadratic or backtrack: long runs of quotation
// marks, separators, capitalised words, unclosed quotations, huge lines and many tiny ones.
// Shared by the linear-time test (100 KB against 1 MB) and the bench (absolute figures).

export interface AdversarialInput {
  readonly name: string;
  /** Text of about `size` UTF-16 code units (never less than one unit of the pattern). */
  make(size: number): string;
}

/** Repeats `unit` up to `size` code units without cutting a surrogate pair. */
export function fill(unit: string, size: number): string {
  const text = unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, Math.max(size, unit.length));
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/** A small deterministic generator (mulberry32), so every run builds the same inputs. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Distinct made-up capitalised words (Kavorin, Telbashi…), none of them a real name on purpose. */
function capitalisedWords(size: number, seed: number, separator: () => string): string {
  const random = prng(seed);
  const syllables = ['ka', 'vo', 'rin', 'tel', 'ba', 'shi', 'mor', 'du', 'zan', 'lek', 'pra', 'go', 'vis', 'tu', 'ran', 'el'];
  const parts: string[] = [];
  let length = 0;
  while (length < size) {
    let word = '';
    const n = 2 + Math.floor(random() * 3);
    for (let i = 0; i < n; i++) word += syllables[Math.floor(random() * syllables.length)];
    word = word[0]!.toUpperCase() + word.slice(1) + separator();
    parts.push(word);
    length += word.length;
  }
  return parts.join('').slice(0, size);
}

const PARAGRAPH =
  'The minister said on Tuesday that “the talks in Geneva will resume next week,” adding that the ' +
  'delegation from Kyiv had agreed. According to officials, Russia controls most of the region, ' +
  'which Moscow claims as an inseparable part of its territory. ';

export const ADVERSARIAL: readonly AdversarialInput[] = [
  { name: 'straight double quotes """"', make: (n) => fill('"', n) },
  { name: 'commas ", , ,"', make: (n) => fill(', ', n) },
  { name: 'capitalised words, no stops', make: (n) => capitalisedWords(n, 1, () => ' ') },
  { name: 'capitalised words, stops between', make: (n) => capitalisedWords(n, 2, () => '. ') },
  { name: 'capitalised words, 1 a line', make: (n) => capitalisedWords(n, 3, () => '\n') },
  { name: 'one line of prose', make: (n) => fill(PARAGRAPH, n) },
  { name: 'prose paragraphs', make: (n) => fill(PARAGRAPH + '\n\n', n) },
  { name: 'short lines "Hi.\\n" (10 B)', make: (n) => fill('Hi there.\n', n) },
  { name: 'deeply nested quotes', make: (n) => { const half = Math.floor((n - 6) / 2); return fill('“‘', half) + ' said ' + fill('’”', half); } },
  { name: 'unclosed “ openers', make: (n) => fill('He said “we ', n) },
  { name: 'unmatched ” closers', make: (n) => fill('we know,” he ', n) },
  { name: 'apostrophes \'\'\'', make: (n) => fill('\'', n) },
  { name: 'guillemets « »', make: (n) => fill('« »', n) },
  { name: 'dots "...."', make: (n) => fill('.', n) },
  { name: 'titles "Mr. Dr. Gov."', make: (n) => fill('Mr. Dr. Gov. ', n) },
  { name: 'cue words "said said"', make: (n) => fill('said ', n) },
  // every cue opens a bare clause whose verb never comes: each would read to the sentence's end
  { name: 'bare-clause cues, no verb "we think plan"', make: (n) => fill('we think plan ', n) },
  { name: 'emoji and combining marks', make: (n) => fill('e\u0301 👍🏽 🇺🇦 \u202eRTL\u202c שלום مرحبا \u0000 ', n) },
  { name: 'one huge word "Iiii…"', make: (n) => 'I' + fill('i', n - 1) },
  { name: 'one huge capitalised word "AbcAbc…"', make: (n) => fill('Abc', n) },
  { name: 'CR/LF/CRLF mix', make: (n) => fill('A line.\rB line.\nC line.\r\n', n) },
];
