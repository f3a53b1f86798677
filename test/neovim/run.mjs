#!/usr/bin/env node
// Runs test/neovim/lsp.lua in headless Neovim against the built server and checks what Neovim
// received: hover on "Peskov" and the outline of the sample article. Exits non-zero on failure.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import assert from 'node:assert/strict';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const nvim = process.env.NVIM_BIN || 'nvim';
const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  console.error(`neovim test: "${nvim}" not found (apt-get install -y neovim)`);
  process.exit(1);
}
console.log(version.stdout.split('\n')[0]);

const dir = mkdtempSync(join(tmpdir(), 'news-nvim-'));
const out = join(dir, 'result.json');
try {
  const run = spawnSync(nvim, ['--headless', '--clean', '-u', 'NONE', '-c', `luafile ${join(root, 'test', 'neovim', 'lsp.lua')}`], {
    cwd: root,
    encoding: 'utf8',
    timeout: 60000,
    env: {
      ...process.env,
      // The bundle, as an editor other than VS Code would run it (worker and gazetteer beside it).
      NEWS_SERVER: process.env.NEWS_SERVER || join(root, 'server', 'dist', 'server.js'),
      NEWS_ARTICLE: join(root, 'samples', 'kremlin-red-line.txt'),
      NEWS_OUT: out,
      NEWS_NODE: process.execPath,
      XDG_STATE_HOME: dir,
      XDG_CACHE_HOME: dir,
      XDG_DATA_HOME: dir,
    },
  });
  if (run.error) throw run.error;
  const result = JSON.parse(readFileSync(out, 'utf8'));
  console.log(JSON.stringify({ ...result, hover: result.hover?.slice(0, 300) }, null, 1));

  assert.deepEqual(result.errors, [], 'Neovim reported errors');
  assert.equal(result.filetype, 'text');
  assert.equal(result.skipped, undefined, 'the article was analysed');
  assert.ok(result.counts.quotes >= 4, `quotes counted: ${result.counts.quotes}`);
  assert.match(result.hover ?? '', /Dmitry Peskov/);
  assert.match(result.hover ?? '', /Kremlin spokesman/);
  const names = result.symbols.map((s) => s.name);
  assert.ok(names.includes('Diplomatic Maneuvering and Concerns'), `outline: ${names}`);
  const claims = result.symbols.find((s) => s.name === 'Claims');
  assert.ok(claims && claims.children.some((c) => c.startsWith('Russia — ')), `claims: ${JSON.stringify(claims)}`);
  assert.ok(result.symbols.find((s) => s.name === 'People')?.children.includes('Dmitry Peskov'));
  assert.equal(result.stopped, true, 'the server stopped when asked');
  console.log('neovim: ok');
} catch (err) {
  console.error(`neovim: FAILED: ${err.message}`);
  process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
