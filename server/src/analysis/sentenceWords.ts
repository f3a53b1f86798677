// What a sentence's own words tell the claims stage before it reads the sentence: whether it may
// refer back to territories named before (mayReferBack), and whether it may name a person after
// a side (two capitalised words, which rememberPeople in claims.ts needs). Each is asked only of
// the sentences that need the answer; while a document is being edited the answers are kept per
// block and carried to the next analysis, so that an edit asks again only in the blocks it changed.
import type { ProseDocument } from './document';
import { perBlock } from './incremental';
import { mayReferBack } from './territories';
import type { SentenceIndex } from './sentenceIndex';

// A sentence's answers in one byte: each question's bit, and that bit times ASKED once asked.
const REFERS_BACK = 1;
const TWO_CAPITALISED = 2;
const ASKED = 4;

export class SentenceWords {
  /** The answers so far, by block then sentence; only while the document's memos are kept. */
  private readonly answers: readonly Uint8Array[] | undefined;
  /** `sentences`: the document's (sentenceIndex.ts). */
  constructor(
    private readonly doc: ProseDocument,
    private readonly sentences: SentenceIndex,
  ) {
    if (!doc.cache?.keeps) return;
    this.answers = perBlock(doc, 'claims:sentenceWords', (block) => new Uint8Array(block.sentences.length));
  }

  /** Whether sentence `si` may refer back to territories named before it. */
  mayReferBack(si: number): boolean {
    return this.tell(si, REFERS_BACK);
  }

  /** Whether sentence `si` may hold two capitalised words (see twoCapitalisedWords). */
  twoCapitalised(si: number): boolean {
    return this.tell(si, TWO_CAPITALISED);
  }

  private tell(si: number, question: number): boolean {
    if (!this.answers) return this.ask(si, question);
    const answers = this.answers[this.sentences.blockIndex[si]!]!;
    const k = this.sentences.within[si]!;
    let known = answers[k]!;
    if ((known & (question * ASKED)) === 0) {
      known |= question * ASKED | (this.ask(si, question) ? question : 0);
      answers[k] = known;
    }
    return (known & question) !== 0;
  }

  private ask(si: number, question: number): boolean {
    const s = this.sentences.sentences[si]!;
    return question === REFERS_BACK ? mayReferBack(this.doc.prose, s.start, s.end) : twoCapitalisedWords(this.doc.prose, s.start, s.end);
  }
}

/**
 * Whether [start, end) may hold two capitalised words, each after spaces (what the name after a
 * side in rememberPeople needs). ASCII is read exactly; any other character but the no-break space
 * counts as a capital and a letter, so that the answer is never a wrong no.
 */
function twoCapitalisedWords(text: string, start: number, end: number): boolean {
  const space = (c: number) => c === 32 || c === 0xa0;
  const capital = (c: number) => (c >= 65 && c <= 90) || (c >= 128 && c !== 0xa0);
  const letter = (c: number) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39 || c === 45 || (c >= 128 && c !== 0xa0);
  let words = 0;
  let i = start;
  while (i < end) {
    if (!space(text.charCodeAt(i))) {
      words = 0;
      i++;
      continue;
    }
    while (i < end && space(text.charCodeAt(i))) i++;
    if (i + 1 < end && capital(text.charCodeAt(i)) && letter(text.charCodeAt(i + 1))) {
      if (++words === 2) return true;
      i += 2;
      while (i < end && letter(text.charCodeAt(i))) i++;
    } else words = 0;
  }
  return false;
}
