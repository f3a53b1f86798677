import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SAMPLE, decorationCount, hoverAt, openAnnotated, positionOf, waitFor } from './helpers';

suite('Editing', () => {
  let doc: vscode.TextDocument;
  let api: Awaited<ReturnType<typeof openAnnotated>>['api'];
  suiteSetup(async () => {
    ({ doc, api } = await openAnnotated(SAMPLE));
  });
  suiteTeardown(async () => {
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });

  test('a new quote typed into the article is annotated', async () => {
    const before = await waitFor('decorations on the sample', () => decorationCount(api, doc.uri));
    const edit = new vscode.WorkspaceEdit();
    const end = doc.lineAt(doc.lineCount - 1).range.end;
    edit.insert(doc.uri, end, '\n“The harbour stays open to every ship,” port director Anna Berglund said on Tuesday.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    const text = await waitFor('a hover on the new speaker', async () => {
      const t = await hoverAt(doc, positionOf(doc, 'Anna Berglund').translate(0, 6));
      return /Anna Berglund/.test(t) && t;
    });
    assert.match(text, /harbour stays open/);
    await waitFor('more decorations than before', () => decorationCount(api, doc.uri) > before);
  });

  test('deleting a quote removes its annotations', async () => {
    const withQuote = await waitFor('decorations', () => decorationCount(api, doc.uri));
    const start = positionOf(doc, '“It’s really laughable');
    const end = positionOf(doc, 'Georgiy Tykhy said.').translate(0, 'Georgiy Tykhy said.'.length);
    const edit = new vscode.WorkspaceEdit();
    edit.delete(doc.uri, new vscode.Range(start, end));
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('fewer decorations', () => decorationCount(api, doc.uri) < withQuote);
    const text = await hoverAt(doc, positionOf(doc, 'dismissed these claims').translate(0, 2));
    assert.doesNotMatch(text, /Tykhy/);
  });
});
