import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SAMPLE, decorationCount, extension, hoverAt, openAnnotated, positionOf, serverPids, waitFor } from './helpers';

// Last on purpose: it kills the language server.
suite('Fault tolerance', () => {
  test('when the server process dies the client restarts it and the annotations come back', async () => {
    const { doc, api } = await openAnnotated(SAMPLE);
    const { ext } = await extension();
    const [pid] = await waitFor('the server process', () => { const p = serverPids(ext.extensionPath); return p.length === 1 && p; });
    process.kill(pid, 'SIGKILL');
    await waitFor(`server ${pid} to end`, () => !serverPids(ext.extensionPath).includes(pid));
    const [next] = await waitFor('a new server process', () => { const p = serverPids(ext.extensionPath); return p.length === 1 && p; }, 30_000);
    assert.notEqual(next, pid);
    // A hover needs a live server: this one answers from the restarted process.
    await waitFor('hovers from the new server', async () => /Dmitry Peskov/.test(await hoverAt(doc, positionOf(doc, 'Peskov stated').translate(0, 2))), 30_000);
    await waitFor('decorations after the restart', () => decorationCount(api, doc.uri) > 0);
    // And the new server follows edits.
    const edit = new vscode.WorkspaceEdit();
    edit.insert(doc.uri, doc.lineAt(doc.lineCount - 1).range.end, '\n“We are back,” engineer Tomas Lindqvist said.\n');
    assert.ok(await vscode.workspace.applyEdit(edit));
    await waitFor('the new quote annotated', async () => /Tomas Lindqvist/.test(await hoverAt(doc, positionOf(doc, 'Tomas Lindqvist').translate(0, 7))));
    await vscode.commands.executeCommand('workbench.action.files.revert');
  });
});
