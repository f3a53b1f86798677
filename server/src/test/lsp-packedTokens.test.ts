// Packed token tables (what an open document keeps on the protocol thread): unpacking gives back
// the table and the LSP encoding exactly, for numbers of every varint length, and a document is
// kept packed only until it is edited.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { createAnalyzer } from '../analysis';
import { ProductsCache, toKept } from '../lsp/editProducts';
import { LineIndex } from '../lsp/lineIndex';
import { packTokens, relativeTokens, tokenData, tokenTable, unpackTokens } from '../lsp/packedTokens';
import { encodeTableData } from '../lsp/semanticTokens';
import { buildTokens, TOKEN_FIELDS } from '../lsp/tokenTable';
import { loadGazetteer } from '../node/gazetteerFile';

/** An ordered, disjoint, single-line table from arbitrary steps (line steps, gaps and lengths up to 2^31-ish). */
const table = fc
  .array(fc.record({ lineStep: fc.oneof(fc.constant(0), fc.nat(3), fc.nat(2 ** 20)), gap: fc.oneof(fc.nat(200), fc.nat(2 ** 28)), length: fc.oneof(fc.integer({ min: 1, max: 130 }), fc.integer({ min: 1, max: 2 ** 29 })), type: fc.nat(7), modifiers: fc.nat(31) }), { maxLength: 60 })
  .map((steps) => {
    const out: number[] = [];
    let line = 0;
    let end = 0;
    for (const s of steps) {
      // a line longer than 2^31 columns is none a string can hold: such a step starts a new line
      if (s.lineStep > 0 || end + s.gap + s.length >= 2 ** 31) {
        line += Math.max(s.lineStep, 1);
        end = 0;
      }
      const character = end + s.gap;
      out.push(line, character, s.length, s.type, s.modifiers);
      end = character + s.length;
    }
    return Int32Array.from(out);
  });

suite('packed semantic tokens', () => {
  test('unpacking gives back the table and its LSP encoding, whatever the numbers', () => {
    fc.assert(
      fc.property(table, (t) => {
        const packed = packTokens(t);
        assert.deepEqual(Array.from(unpackTokens(packed)), Array.from(t));
        assert.deepEqual(Array.from(relativeTokens(packed)), Array.from(encodeTableData(t)));
      }),
      { numRuns: 300 },
    );
  });

  test('numbers at each varint length boundary', () => {
    const edges = [0, 1, 127, 128, 16383, 16384, 2 ** 21 - 1, 2 ** 21, 2 ** 28 - 1, 2 ** 28, 2 ** 31 - 1];
    const t = Int32Array.from(edges.flatMap((v, i) => [i, 0, v, 0, 0]));
    assert.deepEqual(Array.from(unpackTokens(packTokens(t))), Array.from(t));
    // One byte for a token whose five numbers are each under 128.
    assert.equal(packTokens(Int32Array.from([3, 5, 9, 2, 1])).length, TOKEN_FIELDS);
    assert.equal(packTokens(new Int32Array(0)).length, 0);
  });

  test('an article\'s tokens pack to under a third of the table', () => {
    const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
    const text = '“The quota is final,” fisheries minister Anna Lindqvist told reporters in Bergen on Monday.\nOslo did not answer.\n'.repeat(40);
    const t = buildTokens(new LineIndex(text), analyzer.analyze(text));
    assert.ok(t.length > 0);
    assert.ok(packTokens(t).byteLength * 3 < t.byteLength, `${packTokens(t).byteLength} of ${t.byteLength}`);
  });

  test('an opened document keeps its tokens packed, an edited one the table; both answer the same', () => {
    const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
    const cache = new ProductsCache(2);
    const v1 = 'Pavel Orlov, a spokesman for the union, said the talks had failed.\n';
    const v2 = v1 + 'Oslo did not answer.\n';
    const openedOnly = cache.holds('a');
    assert.equal(openedOnly, false);
    const opened = toKept(cache.products('a', 1, v1, analyzer.analyze(v1)), openedOnly);
    const beingEdited = cache.holds('a');
    assert.ok(beingEdited);
    const edited = toKept(cache.products('a', 2, v2, analyzer.analyze(v2), 1), beingEdited);
    assert.ok(opened.tokens instanceof Uint8Array && !(opened.tokens instanceof Int32Array));
    assert.ok(edited.tokens instanceof Int32Array);
    for (const [kept, text] of [[opened.tokens, v1], [edited.tokens, v2]] as const) {
      const whole = buildTokens(new LineIndex(text), analyzer.analyze(text));
      assert.deepEqual(Array.from(tokenTable(kept)), Array.from(whole));
      assert.deepEqual(Array.from(tokenData(kept)), Array.from(encodeTableData(whole)));
    }
    cache.forget('a');
    assert.equal(cache.holds('a'), false);
  });
});
