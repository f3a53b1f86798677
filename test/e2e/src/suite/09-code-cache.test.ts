import * as assert from 'node:assert/strict';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { EXTENSION_ID, SAMPLE, decorationCount, extension, hoverAt, openAnnotated, positionOf, serverPids, waitFor } from './helpers';

/** The cache files the analysis worker keeps in the extension's global storage (server/src/node/codeCache.ts). */
function cacheFiles(dir: string): { name: string; size: number; mtimeMs: number }[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names.filter((n) => /^worker-[0-9a-f]{32}\.v8cache$/.test(n)).map((name) => {
    const s = statSync(join(dir, name));
    return { name, size: s.size, mtimeMs: s.mtimeMs };
  });
}

suite('V8 code cache', () => {
  test('the worker leaves its code cache in global storage and a restarted server reads it instead of rewriting it', async () => {
    const userDataDir = process.env.NEWS_ANNOTATOR_E2E_USER_DATA_DIR;
    assert.ok(userDataDir, 'the harness names the user-data folder');
    // Where VS Code puts ExtensionContext.globalStorageUri; the client names its v8-code-cache subfolder.
    const dir = join(userDataDir, 'User', 'globalStorage', EXTENSION_ID, 'v8-code-cache');
    const { doc } = await openAnnotated(SAMPLE);
    // Written a second after the worker's first analysis.
    const [written] = await waitFor(`a code cache file in ${dir}`, () => { const f = cacheFiles(dir); return f.length === 1 && f; }, 5_000);
    assert.ok(written.size > 0, `${written.name} is not empty`);

    const { ext, api } = await extension();
    const [pid] = await waitFor('the server process', () => { const p = serverPids(ext.extensionPath); return p.length === 1 && p; });
    process.kill(pid, 'SIGKILL');
    const [next] = await waitFor('a new server process', () => { const p = serverPids(ext.extensionPath); return p.length === 1 && p[0] !== pid && p; }, 30_000);
    assert.notEqual(next, pid);
    await waitFor('hovers from the new server', async () => /Dmitry Peskov/.test(await hoverAt(doc, positionOf(doc, 'Peskov stated').translate(0, 2))), 30_000);
    await waitFor('decorations after the restart', () => decorationCount(api, doc.uri) > 0);
    // A worker that rejected the cache would write a fresh one a second after its first
    // analysis; one that used it writes nothing. So the file must stay as it was for longer than that.
    const until = Date.now() + 2_500;
    while (Date.now() < until) {
      assert.deepEqual(cacheFiles(dir), [written], 'the restarted worker used the cache instead of writing a new one');
      await new Promise((r) => setTimeout(r, 100));
    }
  });
});
