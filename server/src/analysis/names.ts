// Capitalised-sequence chunking: the runs of tokens that may be names, per sentence. What kind
// of name each run is, is decided elsewhere (entities.ts); this file only decides where names
// start and stop, which is where capitalisation misleads: sentence starts, headings, ALL-CAPS.
import type { ProseDocument } from './document';
import { COMMON_WORDS, FUNCTION_WORDS, HONORIFICS, ORG_OF_HEADS, PLACE_OF_HEADS } from './lexicon';
import { bare, tokenize, type Token } from './tokens';
import type { Span } from './types';

export type CaseMode = 'normal' | 'title' | 'caps';

export interface Sentence {
  readonly span: Span;
  readonly tokens: readonly Token[];
  readonly mode: CaseMode;
}

/** A run of tokens, end inclusive. */
export interface Chunk {
  readonly sentence: number;
  readonly first: number;
  readonly last: number;
}

/** What the whole document says about words, for deciding the hard places. */
export interface CaseEvidence {
  /** Words seen capitalised inside a normal sentence (not at its start). */
  readonly midCaps: ReadonlySet<string>;
  /** Words seen in lower case anywhere. */
  readonly lowerSeen: ReadonlySet<string>;
}

const OPENERS = new Set([':', '“', '"', '‘', "'", '(', '[', '—', '–', '-', '•', '*', '«', '…', ';']);
const PARTICLES = new Set(['de', 'da', 'di', 'du', 'del', 'della', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'la', 'le', 'al', 'el', 'bin', 'ibn', 'ben', 'bint', 'y', 'e']);

export function sentencesOf(doc: ProseDocument): Sentence[] {
  const out: Sentence[] = [];
  for (const block of doc.blocks) {
    const blockTokens = block.sentences.map((s) => tokenize(doc.prose, s));
    let words = 0;
    let upper = 0;
    for (const tokens of blockTokens) {
      for (const t of tokens) {
        if (t.kind !== 'word' || t.text.length < 2) continue;
        words++;
        if (t.upper) upper++;
      }
    }
    const mode: CaseMode = upper >= 1 && upper >= 0.6 * words && !(words === 1 && upper === 1 && blockTokens.length === 1 && block.end - block.start <= 6)
      ? 'caps'
      : block.kind === 'heading' ? 'title' : 'normal';
    block.sentences.forEach((span, i) => out.push({ span, tokens: blockTokens[i]!, mode }));
  }
  return out;
}

/** Starts a sentence, or a quotation or clause after a colon or dash within it. */
export function isInitial(tokens: readonly Token[], i: number): boolean {
  for (let j = i - 1; j >= 0; j--) {
    const t = tokens[j]!;
    if (t.kind !== 'punct') return false;
    if (!OPENERS.has(t.text)) return false;
  }
  return true;
}

export function caseEvidence(sentences: readonly Sentence[]): CaseEvidence {
  const midCaps = new Set<string>();
  const lowerSeen = new Set<string>();
  for (const s of sentences) {
    s.tokens.forEach((t, i) => {
      if (t.kind !== 'word') return;
      if (!t.cap) lowerSeen.add(t.text);
      else if (s.mode === 'normal' && !isInitial(s.tokens, i) && !t.upper) midCaps.add(t.text);
      else if (s.mode === 'normal' && t.upper && !isInitial(s.tokens, i)) midCaps.add(t.text);
    });
  }
  return { midCaps, lowerSeen };
}

const titleCase = (w: string): string => w.charAt(0) + w.slice(1).toLowerCase();

export interface NameKnowledge {
  /** True when the word (as written, or title-cased) is known as a name outside this document. */
  isKnownName(word: string): boolean;
}

/** Whether a capitalised word may be (part of) a name where it stands. */
export function mayBeName(s: Sentence, i: number, evidence: CaseEvidence, known: NameKnowledge): boolean {
  const t = s.tokens[i]!;
  if (t.kind !== 'word' || !t.cap) return false;
  const word = bare(t);
  const lower = word.toLowerCase();
  if (HONORIFICS.has(lower)) return false;
  // Ukrainian-held, Russian-backed: a word, not a name (the nationality in it is found apart)
  if (/-\p{Ll}+$/u.test(word) && !/^\p{Lu}+-/u.test(word)) return false;
  if (s.mode === 'caps') {
    if (FUNCTION_WORDS.has(lower)) return false;
    const title = t.upper ? titleCase(word) : word;
    // an initialism in a headline (U.S.) or a word the document writes capitalised elsewhere
    if (t.text.includes('.') && t.text.length <= 6) return true;
    return evidence.midCaps.has(title) || evidence.midCaps.has(word) || known.isKnownName(title) || known.isKnownName(word);
  }
  const initial = s.mode === 'title' || isInitial(s.tokens, i);
  if (!initial) return !FUNCTION_WORDS.has(lower);
  if (FUNCTION_WORDS.has(lower)) return false;
  if (!COMMON_WORDS.has(lower)) return true;
  return evidence.midCaps.has(word) || known.isKnownName(word);
}

/**
 * The runs of possible name words in a sentence. Runs join across "of" after an organisation's
 * or place's head (Bank of England, Gulf of Mexico), across name particles (Ursula von der
 * Leyen) and across "&" (Procter & Gamble).
 */
export function chunksOf(s: Sentence, sentence: number, evidence: CaseEvidence, known: NameKnowledge): Chunk[] {
  const chunks: Chunk[] = [];
  const tokens = s.tokens;
  const candidate = tokens.map((_, i) => mayBeName(s, i, evidence, known));
  let i = 0;
  while (i < tokens.length) {
    if (!candidate[i]) {
      i++;
      continue;
    }
    const first = i;
    let last = i;
    for (;;) {
      const next = last + 1;
      if (next < tokens.length && candidate[next]) {
        last = next;
        continue;
      }
      const link = tokens[next];
      if (link === undefined) break;
      const head = tokens[last]!.text;
      if (link.text === 'of' && (ORG_OF_HEADS.has(head) || PLACE_OF_HEADS.has(head))) {
        const skip = tokens[next + 1]?.text === 'the' ? 2 : 1;
        if (candidate[next + skip]) {
          last = next + skip;
          continue;
        }
      }
      if ((link.text === '&' || PARTICLES.has(link.text)) && candidate[next + 1] && s.mode === 'normal') {
        last = next + 1;
        continue;
      }
      break;
    }
    chunks.push({ sentence, first, last });
    i = last + 1;
  }
  return chunks;
}
