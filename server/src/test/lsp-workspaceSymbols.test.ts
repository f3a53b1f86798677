import * as assert from 'node:assert/strict';
import { SymbolKind } from 'vscode-languageserver';
import { matches, workspaceSymbols } from '../lsp/workspaceSymbols';
import { article } from './lspFixture';

suite('lsp: workspace symbols', () => {
  const one = article('file:///news/harbour%20one.txt');
  const two = article('file:///news/two.md');
  const articles = [
    { document: one.doc, annotations: one.annotations },
    { document: two.doc, annotations: two.annotations },
  ];

  test('speakers and places of every open article, not other entities', () => {
    const all = workspaceSymbols(articles, '');
    const names = all.map((s) => `${s.name}@${s.containerName}`);
    assert.deepEqual(names.slice(0, 4), [
      'Ministry of Fisheries@harbour one.txt — 1 quote',
      'Northport@harbour one.txt',
      'Mara Velk@harbour one.txt — 1 quote',
      'Eastland@harbour one.txt',
    ]);
    assert.equal(all.length, 8);
    assert.equal(all.find((s) => s.name === 'Mara Velk')!.kind, SymbolKind.Object);
    assert.equal(all.find((s) => s.name === 'Northport')!.kind, SymbolKind.Module);
  });

  test('the query filters by subsequence, case-insensitively, aliases included', () => {
    assert.deepEqual(workspaceSymbols(articles, 'mvelk').map((s) => s.location.uri), ['file:///news/harbour%20one.txt', 'file:///news/two.md']);
    assert.deepEqual(workspaceSymbols(articles, 'NORTH').map((s) => s.name), ['Northport', 'Northport']);
    assert.deepEqual(workspaceSymbols(articles, 'zzz'), []);
  });

  test('the location is the first full mention', () => {
    const [mara] = workspaceSymbols(articles.slice(0, 1), 'Mara');
    assert.equal(one.doc.getText(mara!.location.range), 'Mara Velk');
  });

  test('subsequence matching', () => {
    assert.ok(matches('dpes', 'Dmitry Peskov'));
    assert.ok(matches('', 'x'));
    assert.ok(!matches('peskovv', 'Dmitry Peskov'));
  });
});
