import * as assert from 'node:assert/strict';
import type { DocumentSymbol, Range } from 'vscode-languageserver';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { documentSymbols } from '../lsp/symbols';
import { article, EMPTY, joinLines } from './lspFixture';

const within = (inner: Range, outer: Range): boolean =>
  (inner.start.line > outer.start.line || (inner.start.line === outer.start.line && inner.start.character >= outer.start.character)) &&
  (inner.end.line < outer.end.line || (inner.end.line === outer.end.line && inner.end.character <= outer.end.character));

function assertSelectionsWithin(symbols: readonly DocumentSymbol[], path = ''): void {
  for (const s of symbols) {
    assert.ok(within(s.selectionRange, s.range), `${path}/${s.name}: selectionRange outside range`);
    assertSelectionsWithin(s.children ?? [], `${path}/${s.name}`);
  }
}

const tree = (symbols: readonly DocumentSymbol[]): unknown[] =>
  symbols.map((s) => (s.children?.length ? [s.name, tree(s.children)] : s.name));

suite('lsp: document symbols', () => {
  test('headings first, then claims, quotes by speaker, people, organisations, places', () => {
    const { doc, annotations } = article();
    const symbols = documentSymbols(doc, annotations);
    assert.deepEqual(tree(symbols), [
      'Harbour Talks',
      'Weather',
      ['Claims', [['Eastland — control — Northport', ['Northport']]]],
      ['Quotes', [['Ministry of Fisheries', ['“final and binding”']], ['Mara Velk', ['“We will not give up Northport,”']]]],
      ['People', ['Mara Velk']],
      ['Organizations', ['Ministry of Fisheries']],
      ['Places', ['Northport', 'Eastland']],
    ]);
    assertSelectionsWithin(symbols);
  });

  test('details: claim extent, speaker role, place kind and country', () => {
    const { doc, annotations } = article();
    const symbols = documentSymbols(doc, annotations);
    const byName = (list: readonly DocumentSymbol[] | undefined, name: string) => list!.find((s) => s.name === name)!;
    assert.equal(byName(byName(symbols, 'Claims').children, 'Eastland — control — Northport').detail, 'most');
    assert.equal(byName(byName(symbols, 'Quotes').children, 'Mara Velk').detail, 'ministry spokeswoman');
    assert.equal(byName(byName(symbols, 'Places').children, 'Northport').detail, 'city, Eastland');
    assert.equal(byName(byName(symbols, 'Places').children, 'Eastland').detail, 'country');
    // a heading's section runs to the next heading
    const harbour = byName(symbols, 'Harbour Talks');
    assert.deepEqual([harbour.range.start.line, harbour.range.end.line], [0, 3]);
  });

  test('headings nest by level and cover their sections', () => {
    const text = joinLines('Top', 'body', 'Sub one', 'body', 'Sub two', 'body', 'Next top', 'end');
    const doc = TextDocument.create('file:///h.md', 'markdown', 1, text);
    const lines = text.split('\n');
    let at = 0;
    const blocks = lines.map((l, i) => {
      const b = { start: at, end: at + l.length, kind: [0, 2, 4, 6].includes(i) ? 'heading' as const : 'paragraph' as const, level: i === 0 || i === 6 ? 1 : i % 2 === 0 ? 2 : 0, sentences: [] };
      at += l.length + 1;
      return b;
    });
    const symbols = documentSymbols(doc, { ...EMPTY, blocks });
    assert.deepEqual(tree(symbols), [['Top', ['Sub one', 'Sub two']], 'Next top']);
    assert.equal(symbols[0]!.range.end.line, 5);
    assert.equal(symbols[0]!.children![0]!.range.end.line, 3);
    assertSelectionsWithin(symbols);
  });

  test('a territory named in an earlier sentence stays inside its claim symbol', () => {
    const { doc, annotations } = article();
    const claim = annotations.claims[0]!;
    const earlier = annotations.entities[1]!.mentions[0]!; // "Northport" in the quote, line 2
    const moved = { ...annotations, claims: [{ ...claim, territoryMentions: [earlier] }] };
    const symbols = documentSymbols(doc, moved);
    const c = symbols.find((s) => s.name === 'Claims')!.children![0]!;
    assert.equal(c.children![0]!.range.start.line, 2);
    assert.ok(within(c.children![0]!.range, c.range));
    assertSelectionsWithin(symbols);
  });

  test('a claim that names no territory is titled without one', () => {
    const { doc, annotations } = article();
    const claim = { ...annotations.claims[0]!, territories: [], territoryMentions: [], claimant: null };
    const symbols = documentSymbols(doc, { ...annotations, claims: [claim] });
    const c = symbols.find((s) => s.name === 'Claims')!.children![0]!;
    assert.equal(c.name, 'Unknown claimant — control');
    assert.deepEqual(c.children, []);
    assertSelectionsWithin(symbols);
  });

  test('an empty analysis has an empty outline', () => {
    const { doc } = article();
    assert.deepEqual(documentSymbols(doc, EMPTY), []);
  });
});
