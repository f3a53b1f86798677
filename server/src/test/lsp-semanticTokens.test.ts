import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { dataEdits, encodeTable, legend, SemanticTokensResults } from '../lsp/semanticTokens';
import { fullProducts } from '../lsp/editProducts';
import { TOKEN_MODIFIERS } from '../lsp/tokenTable';
import type { Range } from 'vscode-languageserver';
import type { Annotations } from '../analysis/types';
import { article, EMPTY, find, mention, tableTokens, type TableToken } from './lspFixture';

/** The encoded tokens the server answers with for `doc` analysed as `a`. */
function encoded(doc: TextDocument, a: Annotations, range?: Range): number[] {
  return encodeTable(fullProducts(doc.version, doc.getText(), a).tokens, range);
}

/** Token text and type, read back from the document, for readable assertions. */
function show(doc: TextDocument, tokens: readonly TableToken[]): string[] {
  return tokens.map((t) => `${t.type}:${doc.getText({ start: { line: t.line, character: t.character }, end: { line: t.line, character: t.character + t.length } })}`);
}

function assertDisjointAndOrdered(tokens: readonly TableToken[]): void {
  for (let i = 1; i < tokens.length; i++) {
    const p = tokens[i - 1]!;
    const t = tokens[i]!;
    assert.ok(t.line > p.line || (t.line === p.line && t.character >= p.character + p.length), `token ${i} overlaps or precedes ${i - 1}`);
  }
}

suite('lsp: semantic tokens', () => {
  test('legend has the custom types and quote-kind modifiers', () => {
    assert.deepEqual(legend.tokenTypes, ['quote', 'speaker', 'person', 'organization', 'place', 'nationality', 'claim', 'date']);
    for (const m of ['direct', 'indirect', 'partial', 'scare']) assert.ok(legend.tokenModifiers.includes(m));
  });

  test('speaker beats organisation, mentions cut holes in quotes and claims', () => {
    const { doc, annotations } = article();
    const tokens = tableTokens(doc, annotations);
    assertDisjointAndOrdered(tokens);
    const shown = show(doc, tokens);
    // line 1: the ministry is the speaker of the partial quote
    assert.ok(shown.includes('speaker:Ministry of Fisheries'));
    assert.ok(!shown.includes('organization:Ministry of Fisheries'));
    assert.ok(shown.includes('quote:“final and binding”'));
    // line 2: the place inside the quote is a place; the quote is drawn around it
    assert.ok(shown.includes('quote:“We will not give up '));
    assert.ok(shown.includes('place:Northport'));
    assert.ok(shown.includes('quote:,”'));
    assert.ok(shown.includes('speaker:Mara Velk'));
    // line 3: a claim sentence with a person and two places inside
    const line3 = tokens.filter((t) => t.line === 3);
    assert.deepEqual(show(doc, line3), ['person:Velk', 'claim: added that ', 'place:Eastland', 'claim: controls most of ', 'place:Northport', 'claim:.']);
  });

  test('quote modifiers carry the kind, and unattributed quotes say so', () => {
    const { doc, annotations } = article();
    const bare: Annotations = { ...annotations, quotes: [{ ...annotations.quotes[1]!, speaker: null, speakerEntity: null, speakerMention: undefined }], entities: [], claims: [] };
    const [q] = tableTokens(doc, bare);
    assert.deepEqual(q!.modifiers, ['direct', 'unattributed']);
    const data = encoded(doc, bare);
    assert.equal(data.length, 5, 'the quote is the only token');
    assert.equal(data[4], (1 << TOKEN_MODIFIERS.indexOf('direct')) | (1 << TOKEN_MODIFIERS.indexOf('unattributed')));
  });

  test('multi-line spans are split per line, LF, CRLF and lone CR alike', () => {
    const text = 'a “one\r\ntwo\nthree\rfour” b';
    const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
    const span = find(text, '“one\r\ntwo\nthree\rfour”');
    const a: Annotations = { ...EMPTY, quotes: [{ ...span, text: '', kind: 'direct', speaker: null, speakerEntity: null, cue: null, sentence: span }] };
    const tokens = tableTokens(doc, a);
    assert.deepEqual(tokens.map((t) => [t.line, t.character, t.length]), [[0, 2, 4], [1, 0, 3], [2, 0, 5], [3, 0, 5]]);
  });

  test('relative encoding and range filtering', () => {
    const { doc, annotations } = article();
    const full = encoded(doc, annotations);
    assert.equal(full.length % 5, 0);
    const all = tableTokens(doc, annotations);
    assert.equal(full.length / 5, all.length);
    // decode back and compare
    let line = 0;
    let ch = 0;
    for (let i = 0; i < full.length; i += 5) {
      line += full[i]!;
      ch = full[i]! === 0 ? ch + full[i + 1]! : full[i + 1]!;
      const t = all[i / 5]!;
      assert.deepEqual([line, ch, full[i + 2]], [t.line, t.character, t.length]);
      assert.equal(legend.tokenTypes[full[i + 3]!], t.type);
    }
    const ranged = encoded(doc, annotations, { start: { line: 3, character: 0 }, end: { line: 3, character: 100 } });
    assert.equal(ranged.length / 5, all.filter((t) => t.line === 3).length);
    assert.equal(ranged[0], 3, 'first delta is from line 0');
  });

  test('nested spans of the same kind: the inner one wins; out-of-range spans are clipped', () => {
    const text = 'He said “she said “no” twice” today';
    const doc = TextDocument.create('file:///x.txt', 'plaintext', 1, text);
    const outer = find(text, '“she said “no” twice”');
    const inner = find(text, '“no”');
    const q = (s: { start: number; end: number }) => ({ ...s, text: '', kind: 'direct' as const, speaker: 'X', speakerEntity: null, cue: null, sentence: outer });
    const a: Annotations = { ...EMPTY, quotes: [q(outer), q(inner)], entities: [{ id: 'e1', type: 'date', name: 'today', aliases: [], roles: [], mentions: [mention(text, 'today'), { start: 30, end: 999, text: 'x' }] }] };
    const tokens = tableTokens(doc, a);
    assertDisjointAndOrdered(tokens);
    assert.deepEqual(show(doc, tokens), ['quote:“she said ', 'quote:“no”', 'quote: twice”', 'date:today']);
  });

  test('no annotations, no tokens', () => {
    const { doc } = article();
    assert.deepEqual(encoded(doc, EMPTY), []);
  });

  test('a delta is one edit of whole tokens that turns the last data into the new', () => {
    const before = [0, 0, 3, 1, 0, 0, 5, 2, 2, 0, 1, 0, 4, 0, 1];
    const after = [0, 0, 3, 1, 0, 0, 5, 3, 2, 0, 1, 0, 4, 0, 1];
    const edits = dataEdits(before, after);
    assert.deepEqual(edits, [{ start: 5, deleteCount: 5, data: [0, 5, 3, 2, 0] }]);
    const applied = [...before];
    applied.splice(edits[0]!.start, edits[0]!.deleteCount, ...edits[0]!.data);
    assert.deepEqual(applied, after);
    assert.deepEqual(dataEdits(before, before), []);
    assert.deepEqual(dataEdits([], after), [{ start: 0, deleteCount: 0, data: after }]);
  });

  test('results: a delta answers only the last result id; an unknown one gets full tokens', () => {
    const results = new SemanticTokensResults();
    const first = results.full('u', [0, 0, 1, 0, 0]);
    assert.ok(first.resultId);
    const second = results.delta('u', first.resultId!, [0, 0, 2, 0, 0]);
    assert.ok('edits' in second && second.edits.length === 1);
    const stale = results.delta('u', first.resultId!, [0, 0, 2, 0, 0]);
    assert.ok('data' in stale && stale.data.length === 5);
    results.forget('u');
    assert.ok('data' in results.delta('u', stale.resultId!, []));
  });
});
