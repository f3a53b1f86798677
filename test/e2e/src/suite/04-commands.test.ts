import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SAMPLE, decorationCount, exportTarget, openAnnotated, waitFor } from './helpers';

interface ExportJson {
  file: string;
  quotes: { text: string; speaker: string | null }[];
  entities: { name: string; type: string; roles: string[] }[];
  claims: { claimant: string | null; territories: string[] }[];
}

suite('Commands', () => {
  let doc: vscode.TextDocument;
  let api: Awaited<ReturnType<typeof openAnnotated>>['api'];
  setup(async () => {
    ({ doc, api } = await openAnnotated(SAMPLE));
  });

  test('toggleAnnotations hides the decorations and brings them back', async () => {
    const before = await waitFor('decorations on the sample', () => decorationCount(api, doc.uri));
    await vscode.commands.executeCommand('newsAnnotator.toggleAnnotations');
    await waitFor('the decorations to go', () => decorationCount(api, doc.uri) === 0);
    await vscode.commands.executeCommand('newsAnnotator.toggleAnnotations');
    const after = await waitFor('the decorations to return', () => decorationCount(api, doc.uri));
    assert.equal(after, before, 'the same decorations come back');
  });

  test('exportJson writes the annotations of the active article to the given file', async () => {
    const target = exportTarget('kremlin.json');
    await vscode.commands.executeCommand('newsAnnotator.exportJson', target);
    const json = await waitFor('the exported file', async () =>
      JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as ExportJson);
    const peskov = json.quotes.filter((q) => q.speaker === 'Dmitry Peskov').map((q) => q.text);
    assert.ok(peskov.some((t) => /^an inseparable part of our country/.test(t)), `Peskov's first quote: ${JSON.stringify(peskov)}`);
    assert.ok(peskov.some((t) => /^The territories… inscribed/.test(t)), `Peskov's second quote: ${JSON.stringify(peskov)}`);
    assert.ok(json.quotes.some((q) => /Tykhy/.test(q.speaker ?? '') && /laughable/.test(q.text)), 'Tykhy is quoted');
    const person = json.entities.find((e) => e.name === 'Dmitry Peskov');
    assert.ok(person && person.roles.some((r) => /spokesman/i.test(r)), 'Peskov\'s role is exported');
    assert.ok(json.claims.some((c) => c.territories.some((t) => /Crimea|Donetsk|Kherson/.test(t))), 'the territorial claims are exported');
  });

  test('showClaimsTable opens the claims table; a row\'s offsets reveal its claim', async () => {
    const rows = await vscode.commands.executeCommand<{ start: number; end: number; range: { start: { line: number } } }[] | null>('newsAnnotator.showClaimsTable', doc.uri);
    assert.ok(rows && rows.length > 0, 'the sample has claims');
    // The link a row carries runs the one reveal command with the claim's UTF-16 offsets.
    const row = rows[rows.length - 1];
    await vscode.commands.executeCommand('newsAnnotator.revealSpan', doc.uri.toString(), row.start, row.end);
    const sel = await waitFor('the selection to cover the claim', () => {
      const e = vscode.window.visibleTextEditors.find((v) => v.document === doc);
      return e && !e.selection.isEmpty && doc.offsetAt(e.selection.start) === row.start ? e.selection : null;
    });
    assert.equal(doc.offsetAt(sel.end), row.end);
    assert.equal(sel.start.line, row.range.start.line, 'the offsets and the line shown agree');
    const palette = (await vscode.commands.getCommands(true)).filter((c) => /^newsAnnotator\.reveal/.test(c));
    assert.deepEqual(palette, ['newsAnnotator.revealSpan'], 'one reveal command');
    const tab = await waitFor('a claims table tab', () =>
      vscode.window.tabGroups.all.flatMap((g) => g.tabs).find((t) => /claim/i.test(t.label)));
    assert.ok(tab.input instanceof vscode.TabInputWebview || tab.input instanceof vscode.TabInputText || tab.input instanceof vscode.TabInputCustom,
      'the table is an editor tab');
    await vscode.window.tabGroups.close(tab);
  });
});
