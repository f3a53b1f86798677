import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SAMPLE, flattenSymbols, hoverAt, openAnnotated, positionOf, waitFor } from './helpers';

const TERRITORIES = /Crimea|Donetsk|Lugansk|Luhansk|Zaporizhzhia|Kherson/;

function locations(result: readonly (vscode.Location | vscode.LocationLink)[] | undefined): vscode.Location[] {
  return (result ?? []).map((l) => ('targetUri' in l ? new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange) : l));
}

suite('Language features on the sample article', () => {
  let doc: vscode.TextDocument;
  suiteSetup(async () => {
    ({ doc } = await openAnnotated(SAMPLE));
  });

  test('hovering "Peskov" shows Dmitry Peskov, Kremlin spokesman, and both his quotes', async () => {
    // The short mention in '…,” Peskov stated.' must resolve to the full name given earlier.
    const text = await waitFor('a hover on Peskov', () => hoverAt(doc, positionOf(doc, 'Peskov stated').translate(0, 2)));
    assert.match(text, /Dmitry Peskov/);
    assert.match(text, /Kremlin spokesman/i);
    // Both direct quotes (long ones may be shortened with an ellipsis).
    assert.match(text, /an inseparable part of our country/);
    assert.match(text, /The territories… inscribed in our country.s constitution/);
    assert.doesNotMatch(text, /laughable/, 'another speaker\'s quote is not attributed to Peskov');
  });

  test('hovering plain words shows no annotation', async () => {
    const text = await hoverAt(doc, positionOf(doc, 'diplomatic activity').translate(0, 3));
    assert.doesNotMatch(text, /Peskov|spokesman/);
  });

  test('the outline holds the territorial claims', async () => {
    const symbols = await vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>(
      'vscode.executeDocumentSymbolProvider', doc.uri);
    const flat = flattenSymbols(symbols ?? []);
    const claims = flat.filter((s) => /claim/i.test([s.name, s.detail, ...s.path].join(' ')) && TERRITORIES.test(`${s.name} ${s.detail}`));
    assert.ok(claims.length > 0, `a claim naming a territory in the outline: ${JSON.stringify(flat.map((s) => [...s.path, s.name].join(' / ')))}`);
    for (const c of claims) assert.ok(c.range.end.line < doc.lineCount, 'claim ranges lie inside the document');
  });

  test('semantic tokens mark the people', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', doc.uri);
    const tokens = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', doc.uri);
    assert.ok(legend && tokens && tokens.data.length > 0, 'the server provides semantic tokens');
    const seen: { text: string; type: string }[] = [];
    let line = 0;
    let char = 0;
    for (let i = 0; i + 4 < tokens.data.length; i += 5) {
      const [dl, dc, len, type] = tokens.data.slice(i, i + 4);
      line += dl;
      char = dl === 0 ? char + dc : dc;
      seen.push({ text: doc.getText(new vscode.Range(line, char, line, char + len)), type: legend.tokenTypes[type] });
    }
    const peskov = seen.filter((t) => /Peskov/.test(t.text));
    assert.ok(peskov.length >= 2, `Peskov's mentions are tokens: ${JSON.stringify(seen.slice(0, 40))}`);
    assert.ok(seen.some((t) => /Istanbul/.test(t.text) && t.type !== peskov[0].type), 'places get another token type than people');
  });

  test('go to definition on a short mention leads to the full name', async () => {
    const pos = positionOf(doc, 'Peskov stated').translate(0, 1);
    const defs = locations(await vscode.commands.executeCommand('vscode.executeDefinitionProvider', doc.uri, pos));
    assert.ok(defs.length > 0, 'a definition');
    const first = positionOf(doc, 'Dmitry Peskov');
    assert.ok(defs.some((d) => d.uri.toString() === doc.uri.toString() && d.range.start.line === first.line),
      `the definition is the first mention on line ${first.line}: ${JSON.stringify(defs.map((d) => d.range))}`);
  });

  test('find references lists every mention of Peskov', async () => {
    const pos = positionOf(doc, 'Dmitry Peskov').translate(0, 8);
    const refs = locations(await vscode.commands.executeCommand('vscode.executeReferenceProvider', doc.uri, pos));
    const texts = refs.map((r) => doc.getText(r.range));
    assert.ok(texts.filter((t) => /Peskov/.test(t)).length >= 2, `both mentions: ${JSON.stringify(texts)}`);
    assert.ok(!texts.some((t) => /Tykhy|Putin/.test(t)), `no other person: ${JSON.stringify(texts)}`);
  });

  test('workspace symbols find a person by name', async () => {
    const found = await waitFor('workspace symbols for Peskov', async () => {
      const r = await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Peskov');
      const hits = (r ?? []).filter((s) => /Peskov/.test(s.name));
      return hits.length > 0 && hits;
    });
    assert.ok(found.some((s) => s.location.uri.toString() === doc.uri.toString()), 'a symbol in the sample article');
  });
});
