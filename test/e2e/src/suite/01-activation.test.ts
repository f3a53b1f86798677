import * as assert from 'node:assert/strict';
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { join } from 'node:path';
import * as vscode from 'vscode';
import { EXTENSION_ID, SAMPLE, expectedMode, extension, serverPids, waitFor, workspaceFile } from './helpers';

suite('Activation', () => {
  test('opening a plain-text article activates the extension', async () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `${EXTENSION_ID} is installed`);
    const doc = await vscode.workspace.openTextDocument(workspaceFile(SAMPLE));
    await vscode.window.showTextDocument(doc);
    assert.equal(doc.languageId, 'plaintext');
    await waitFor('the extension to activate', () => ext.isActive);
    const { api } = await extension();
    assert.equal(typeof api.whenReady, 'function');
  });

  test('the extension under test comes from where the harness put it', async () => {
    const { ext } = await extension();
    const mode = expectedMode();
    const extensionsDir = process.env.NEWS_ANNOTATOR_E2E_EXTENSIONS_DIR;
    if (mode === 'vsix') {
      assert.ok(extensionsDir, 'the harness names the extensions folder');
      assert.ok(
        realpathSync(ext.extensionPath).startsWith(realpathSync(extensionsDir)),
        `${ext.extensionPath} is inside ${extensionsDir} (installed from the .vsix)`,
      );
      // A package holds the bundles and what they load at run time, not the sources.
      assert.throws(() => realpathSync(join(ext.extensionPath, 'client', 'src')), 'the package has no client/src');
      for (const file of ['client/dist/extension.js', 'server/dist/server.js', 'server/dist/gazetteer.tsv', 'client/dist/map/map.js', 'client/media/map/map.css']) {
        assert.ok(existsSync(join(ext.extensionPath, file)), `the package holds ${file}`);
      }
      // The Extensions view shows the packaged README: its relative images must be inside too.
      // vsce stores it as readme.md.
      const readme = readFileSync(join(ext.extensionPath, 'readme.md'), 'utf8');
      for (const [, src] of readme.matchAll(/!\[[^\]]*\]\(([^)\s]+)\)/g)) {
        if (!/^[a-z]+:/i.test(src)) assert.ok(existsSync(join(ext.extensionPath, src)), `the package holds README image ${src}`);
      }
    } else if (mode === 'source') {
      assert.ok(!extensionsDir || !realpathSync(ext.extensionPath).startsWith(realpathSync(extensionsDir)), 'loaded from the source tree');
    }
  });

  test('the language server runs as a child of the extension host', async () => {
    const { ext } = await extension();
    const pids = await waitFor('a language server process', () => serverPids(ext.extensionPath).length > 0 && serverPids(ext.extensionPath));
    assert.equal(pids.length, 1, `one server process, found ${pids.join(', ')}`);
    // started with one malloc arena (server/src/serverProcess.ts), unless the user chose otherwise
    const environ = readFileSync(`/proc/${pids[0]}/environ`, 'utf8').split('\0');
    const arenas = environ.find((v) => v.startsWith('MALLOC_ARENA_MAX='));
    assert.equal(arenas, `MALLOC_ARENA_MAX=${process.env.MALLOC_ARENA_MAX ?? '1'}`);
  });
});
