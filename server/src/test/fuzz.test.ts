// Property-based fuzzing of the whole analysis (fast-check): odd Unicode, stray quotation marks
// and apostrophes, mixed line ends, newsy words that wake every stage. The analysis must never
// throw, must give ranges inside the text on UTF-16 boundaries that never split a surrogate pair,
// whose `text` is what they cover, in order, and must give the same result for the same text.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnalyzer, type Annotations, type Span } from '../analysis';
import { plainTextBlocks } from '../analysis/blocks';
import { loadGazetteer } from '../node/gazetteerFile';

/** Runs per property; `FUZZ_RUNS=5000 npx mocha …` for a longer hunt. */
const RUNS = Number(process.env.FUZZ_RUNS) || 250;

const NEWS_WORDS = [
  'said', 'says', 'told', 'according to', 'stated', 'added', 'he', 'she', 'they', 'the', 'of', 'in', 'and',
  'President', 'Mr.', 'Dr.', 'Gov.', 'spokesman', 'Kremlin', 'Dmitry Peskov', 'Peskov', 'Vladimir Putin', 'Putin',
  'Volodymyr Zelensky', 'Russia', 'Russian', 'Ukraine', 'Ukrainian', 'Crimea', 'Donetsk', 'Lugansk', 'Kyiv', 'Moscow',
  'Paris', 'Georgia', 'Washington', 'NATO', 'the United Nations', 'Ministry of Defence', 'on Tuesday', 'March 3, 2024',
  'annexed', 'controls', 'captured', 'an inseparable part of', 'recognised', 'liberated', 'most of', 'U.S.', 'a.m.',
];
const MARKS = ['"', '“', '”', '„', '‟', '‘', '’', '\'', '`', '«', '»', '‹', '›', '「', '」', '—', '–', '-', ',', '.', '!', '?', '…', ':', ';', '(', ')', '*', '_', '#', '>', '[', ']'];
const ODD = [
  '\u0000', '\ud800', '\udc00', '\udbff\udfff', '😀', '👍🏽', '🇺🇦', '👨‍👩‍👧', 'e\u0301', '\u0301', '\u202e', '\u202c', '\u200f', '\u200b',
  '\ufeff', '\ufffd', 'שלום', 'مرحبا', 'Ωμέγα', 'Ärger', 'İstanbul', 'ß', '\u00a0', '\u2028', '\t', '𝐀𝐁', '\u{10ffff}',
];
const BREAKS = ['\n', '\r', '\r\n', '\n\n', '\r\n\r\n', ' \n '];

/** A word, a mark, an odd character, a line end or random code points, separated or not. */
const piece = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 4, arbitrary: fc.constantFrom(...MARKS) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 2, arbitrary: fc.constantFrom(...BREAKS) },
  { weight: 5, arbitrary: fc.constant(' ') },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 6 }) },
);
const newsyText = fc.array(piece, { maxLength: 120 }).map((parts) => parts.join(''));
/** Any UTF-16 string at all, lone surrogates included. */
const anyText = fc.string({ unit: fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)), maxLength: 300 });
/** Plausible sentences with quotations: the shape the quote and speaker stages look for. */
const quoteText = fc
  .array(
    fc.tuple(fc.constantFrom('“', '"', '«', '‘', ''), fc.array(fc.constantFrom(...NEWS_WORDS), { minLength: 1, maxLength: 8 }), fc.constantFrom('”', '"', '»', '’', ''), fc.constantFrom(', he said.', ' said Peskov.', '.', ' ', '\n', ', according to the Kremlin.\r\n')),
    { maxLength: 12 },
  )
  .map((sentences) => sentences.map(([open, words, close, tail]) => `${open}${words.join(' ')}${close}${tail}`).join(' '));

const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });

/** True when `offset` would split a surrogate pair. */
const splitsPair = (text: string, offset: number): boolean =>
  offset > 0 && offset < text.length && isHigh(text.charCodeAt(offset - 1)) && isLow(text.charCodeAt(offset));
const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

function checkSpan(text: string, span: Span, what: string, allowEmpty = false): void {
  assert.ok(Number.isInteger(span.start) && Number.isInteger(span.end), `${what}: integer offsets`);
  assert.ok(span.start >= 0 && span.end <= text.length, `${what}: [${span.start}, ${span.end}) inside 0..${text.length}`);
  assert.ok(allowEmpty ? span.start <= span.end : span.start < span.end, `${what}: [${span.start}, ${span.end}) not empty or reversed`);
  assert.ok(!splitsPair(text, span.start) && !splitsPair(text, span.end), `${what}: [${span.start}, ${span.end}) splits a surrogate pair`);
}

function checkMention(text: string, m: Span & { text: string }, what: string): void {
  checkSpan(text, m, what);
  assert.equal(m.text, text.slice(m.start, m.end), `${what}: text is what it covers`);
}

/** Spans sorted by start and, when `disjoint`, not overlapping. */
function checkOrdered(spans: readonly Span[], what: string, disjoint: boolean): void {
  for (let i = 1; i < spans.length; i++) {
    const [a, b] = [spans[i - 1]!, spans[i]!];
    assert.ok(a.start <= b.start, `${what}: ordered (${a.start} then ${b.start})`);
    if (disjoint) assert.ok(a.end <= b.start, `${what}: not overlapping ([${a.start}, ${a.end}) and [${b.start}, ${b.end}))`);
  }
}

/** Every invariant of the contract that holds whatever the text. */
export function checkAnnotations(text: string, a: Annotations): void {
  checkOrdered(a.blocks, 'blocks', true);
  for (const block of a.blocks) {
    checkSpan(text, block, 'block');
    checkOrdered(block.sentences, 'sentences', true);
    for (const s of block.sentences) {
      checkSpan(text, s, 'sentence');
      assert.ok(s.start >= block.start && s.end <= block.end, 'sentence inside its block');
    }
  }
  const ids = new Set<string>();
  const spans = new Map<string, string>();
  let previousFirst = -1;
  a.entities.forEach((e, i) => {
    assert.equal(e.id, `e${i + 1}`, 'entity ids are e1, e2, … in order');
    ids.add(e.id);
    assert.ok(e.mentions.length > 0, `${e.id} has a mention`);
    assert.ok(typeof e.name === 'string' && e.name.length > 0, `${e.id} has a name`);
    e.mentions.forEach((m) => {
      checkMention(text, m, `${e.id} mention`);
      const key = `${m.start}:${m.end}`;
      const other = spans.get(key);
      assert.ok(other === undefined, `"${m.text}" at ${key} is a mention of both ${other} and ${e.id} (${e.type})`);
      spans.set(key, `${e.id} (${e.type})`);
    });
    checkOrdered(e.mentions, `${e.id} mentions`, true);
    assert.ok(e.mentions[0]!.start >= previousFirst, `entities in order of first mention (${e.id} at ${e.mentions[0]!.start} after ${previousFirst})`);
    previousFirst = e.mentions[0]!.start;
  });
  checkOrdered(a.quotes, 'quotes', false);
  for (const q of a.quotes) {
    checkMention(text, q, `${q.kind} quote`);
    checkSpan(text, q.sentence, 'quote sentence');
    if (q.speakerMention) checkSpan(text, q.speakerMention, 'speaker mention');
    if (q.cueRange) checkSpan(text, q.cueRange, 'cue');
    if (q.speakerEntity !== null) assert.ok(ids.has(q.speakerEntity), `quote speaker ${q.speakerEntity} resolves`);
  }
  checkOrdered(a.claims, 'claims', false);
  for (const c of a.claims) {
    checkSpan(text, c, 'claim');
    checkMention(text, c.trigger, 'claim trigger');
    c.territoryMentions.forEach((m) => checkMention(text, m, 'territory mention'));
    if (c.claimantEntity !== null) assert.ok(ids.has(c.claimantEntity), 'claimant resolves');
    if (c.source !== null) assert.ok(ids.has(c.source), 'claim source resolves');
  }
}

function property(text: string, markdown: boolean): void {
  const first = analyzer.analyze(text, { markdown });
  checkAnnotations(text, first);
  const again = createAnalyzer({ gazetteer: loadGazetteer() }).analyze(text, { markdown });
  assert.deepEqual(again, first, 'the same text gives the same result');
}

suite('fuzz: the analysis on odd text', function () {
  this.timeout(60_000);
  const params = { numRuns: RUNS, seed: Number(process.env.FUZZ_SEED) || undefined };

  test(`newsy words, marks and odd characters (${RUNS} runs)`, () => {
    fc.assert(fc.property(newsyText, fc.boolean(), property), params);
  });
  test(`any UTF-16 string, lone surrogates included (${RUNS} runs)`, () => {
    fc.assert(fc.property(anyText, fc.boolean(), property), params);
  });
  test(`quotations with cues and speakers (${RUNS} runs)`, () => {
    fc.assert(fc.property(quoteText, fc.boolean(), property), params);
  });
  test(`blocks never split a pair and cover every non-blank line (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(newsyText, (text) => {
        const blocks = plainTextBlocks(text);
        let covered = 0;
        for (const b of blocks) {
          checkSpan(text, b, 'block');
          covered += text.slice(b.start, b.end).replace(/\s/g, '').length;
        }
        assert.equal(covered, text.replace(/\s/g, '').length, 'no text outside blocks but white space');
      }),
      params,
    );
  });

  test('the checker itself catches a bad range', () => {
    const text = 'A 😀 b';
    const bad: Annotations = { blocks: [{ start: 0, end: 3, kind: 'paragraph', level: 0, sentences: [] }], entities: [], quotes: [], claims: [] };
    assert.throws(() => checkAnnotations(text, bad), /splits a surrogate pair/);
  });
});
