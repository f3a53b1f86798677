import * as assert from 'node:assert/strict';
import { blockSentences, forEachChunk, TokenMarks } from '../analysis/names';
import type { Block } from '../analysis/types';

/** The chunks of each sentence of a one-block text, as the words they join. */
function chunkTexts(prose: string, sentences: { start: number; end: number }[]): string[][] {
  const block: Block = { start: 0, end: prose.length, kind: 'paragraph', level: 0, sentences };
  const evidence = { midCaps: { has: (): boolean => false } };
  const known = { isKnownName: (): boolean => false };
  return blockSentences(prose, block).map((s) => {
    const runs: string[] = [];
    forEachChunk(s, evidence, known, new TokenMarks(), { chunk: (first, last) => runs.push(s.tokens.slice(first, last + 1).map((t) => t.text).join(' ')) });
    return runs;
  });
}

suite('names', () => {
  test('a run joins over "of" only to a name after it, not past the sentence end', () => {
    assert.deepEqual(chunkTexts('He left the Bank of England.', [{ start: 0, end: 28 }]), [['Bank of England']]);
    // the flags of a longer sentence chunked before stand where this one has no tokens
    const prose = 'Ann Lee Bob Day Cy Fox Di Kim met. He left the Bank of';
    assert.deepEqual(chunkTexts(prose, [{ start: 0, end: 34 }, { start: 35, end: prose.length }]), [['Ann Lee Bob Day Cy Fox Di Kim'], ['Bank']]);
  });

  test('a sentence longer than the kept flags is chunked, and those after it still are', () => {
    const long = `${'he saw Ann Lee there and '.repeat(4000)}left.`;
    const prose = `${long} Then Bo Fox met the Bank of`;
    const chunks = chunkTexts(prose, [{ start: 0, end: long.length }, { start: long.length + 1, end: prose.length }]);
    assert.equal(chunks[0]!.length, 4000);
    assert.ok(chunks[0]!.every((c) => c === 'Ann Lee'));
    assert.deepEqual(chunks[1], ['Bo Fox', 'Bank']);
  });

  test('a sentence marks its capitalised words, numbers and words that may end an organisation, a run-in heading apart', () => {
    const prose = "Water Rules Now: the foreign ministry said 12 ships left Kyiv on May 3, O'Neill's U.S. café Zoë's 1996-08-30 ½ ÉTAT co-op ministry.";
    const block: Block = { start: 0, end: prose.length, kind: 'paragraph', level: 0, sentences: [{ start: 0, end: prose.length }] };
    const sentences = blockSentences(prose, block);
    assert.equal(sentences.length, 2);
    for (const s of sentences) {
      const expected = s.tokens.flatMap((t, i) => (t.cap || t.kind === 'number' || t.mayEndOrg ? [i] : []));
      assert.deepEqual(s.marked, expected);
    }
    assert.deepEqual(sentences[0]!.marked.map((i) => sentences[0]!.tokens[i]!.text), ['Water', 'Rules', 'Now']);
    assert.ok(sentences[1]!.marked.map((i) => sentences[1]!.tokens[i]!.text).includes('ministry'));
    assert.ok(['12', 'Kyiv', 'May', '3'].every((w) => sentences[1]!.marked.some((i) => sentences[1]!.tokens[i]!.text === w)));
  });
});
