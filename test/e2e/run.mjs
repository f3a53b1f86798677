#!/usr/bin/env node
// End-to-end tests of the extension in a real VS Code (code-server 4.139 = Code 1.139, driven
// by headless Chromium), through @vscode/test-electron's standard runTests():
//   1. source: the extension loaded from this checkout (extensionDevelopmentPath), the mocha
//      suite in the extension host, then UI checks in the same browser;
//   2. vsix: `npm run package`, the .vsix installed with `code-server --install-extension`,
//      the same suite and UI checks against the installed package, screenshots.
//
//   node test/e2e/run.mjs [--only source|vsix] [--no-ui] [--grep PATTERN]
//                         [--update-screenshots] [--keep-logs] [--desktop]
// --update-screenshots writes docs/images/*.png (otherwise they go to .vscode-test/screenshots);
// --desktop runs the suite in a downloaded desktop VS Code instead (needs internet).
// NEWS_ANNOTATOR_E2E_VERBOSE=1 echoes the workbench console and code-server's output.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { runTests } from '@vscode/test-electron';
import { chromiumPath } from './harness/browser.mjs';
import { codeServerCli, ensureCodeServer, root } from './harness/codeServer.mjs';

const { values: opt } = parseArgs({
  options: {
    only: { type: 'string' },
    'no-ui': { type: 'boolean', default: false },
    grep: { type: 'string' },
    'update-screenshots': { type: 'boolean', default: false },
    'keep-logs': { type: 'boolean', default: false },
    desktop: { type: 'boolean', default: false },
  },
});
const modes = opt.only ? [opt.only] : ['source', 'vsix'];
if (!modes.every((m) => m === 'source' || m === 'vsix')) throw new Error(`--only takes source or vsix, not ${opt.only}`);

const e2e = join(root, 'test', 'e2e');
const suiteIndex = join(e2e, 'out', 'suite', 'index.js');
const shim = join(e2e, 'harness', 'code.mjs');
const screenshots = opt['update-screenshots'] ? join(root, 'docs', 'images') : join(root, '.vscode-test', 'screenshots');
const seconds = (t) => `${((Date.now() - t) / 1000).toFixed(1)} s`;
const results = [];

function prerequisites() {
  if (!opt.desktop && !existsSync(chromiumPath())) {
    throw new Error(`${chromiumPath()} is missing: apt-get install chromium (or set NEWS_ANNOTATOR_E2E_CHROMIUM)`);
  }
  // The suite is part of `tsc -b`; compile it here too so that this script runs on its own.
  execFileSync(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b', e2e], { cwd: root, stdio: 'inherit' });
  if (!existsSync(join(root, 'client', 'dist', 'extension.js'))) {
    execFileSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, stdio: 'inherit' });
  }
  if (!opt.desktop) {
    const t = Date.now();
    ensureCodeServer();
    console.log(`[e2e] code-server ready (${seconds(t)})`);
  }
}

/** A fresh workspace with the sample article and the Markdown fixture. */
function workspace(home) {
  const ws = join(home, 'articles');
  mkdirSync(ws, { recursive: true });
  copyFileSync(join(root, 'samples', 'kremlin-red-line.txt'), join(ws, 'kremlin-red-line.txt'));
  for (const f of readdirSync(join(e2e, 'fixtures'))) if (/\.(md|txt)$/.test(f)) copyFileSync(join(e2e, 'fixtures', f), join(ws, f));
  return ws;
}

function packageVsix(home) {
  const out = join(home, 'news-annotator.vsix');
  const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
  // stdin closed: vsce must not wait on a question.
  const r = spawnSync(npm, ['run', 'package', '--', '--out', out], { cwd: root, stdio: ['ignore', 'inherit', 'inherit'] });
  if (r.status !== 0 || !existsSync(out)) throw new Error(`npm run package failed (exit ${r.status})`);
  return out;
}

async function runMode(mode) {
  const started = Date.now();
  console.log(`\n[e2e] --- ${mode} ---`);
  const home = mkdtempSync(join(tmpdir(), `news-annotator-e2e-${mode}-`));
  const extensionsDir = join(home, 'extensions');
  const userDataDir = join(home, 'user-data');
  let extensionDevelopmentPath = root;
  if (mode === 'vsix') {
    const t = Date.now();
    const vsix = packageVsix(home);
    console.log(`[e2e] packaged ${vsix} (${seconds(t)})`);
    if (opt.desktop) throw new Error('--desktop runs only --only source');
    console.log(codeServerCli(['--install-extension', vsix], { extensionsDir, userDataDir }).trim());
    // The tests need some development extension to host them; this empty one leaves the
    // installed package as the only News Annotator in the host.
    extensionDevelopmentPath = join(e2e, 'vsix-host');
  }
  const screenshotsHere = opt['no-ui'] ? undefined : mode === 'vsix' || !modes.includes('vsix') ? screenshots : undefined;
  try {
    await runTests({
      vscodeExecutablePath: opt.desktop ? undefined : shim,
      extensionDevelopmentPath,
      extensionTestsPath: suiteIndex,
      launchArgs: [workspace(home), `--extensions-dir=${extensionsDir}`, `--user-data-dir=${userDataDir}`],
      extensionTestsEnv: {
        NEWS_ANNOTATOR_E2E_MODE: mode,
        NEWS_ANNOTATOR_E2E_EXTENSIONS_DIR: extensionsDir,
        NEWS_ANNOTATOR_E2E_USER_DATA_DIR: userDataDir,
        ...(opt.grep ? { NEWS_ANNOTATOR_E2E_GREP: opt.grep } : {}),
        ...(opt['no-ui'] ? {} : { NEWS_ANNOTATOR_E2E_UI: '1' }),
        ...(screenshotsHere ? { NEWS_ANNOTATOR_E2E_SCREENSHOTS: screenshotsHere } : {}),
        ...(opt['keep-logs'] ? { NEWS_ANNOTATOR_E2E_LOGS: home } : {}),
      },
    });
    results.push({ mode, ok: true, time: seconds(started) });
  } catch (err) {
    console.error(`[e2e] ${mode}: ${err instanceof Error ? err.message : err}`);
    results.push({ mode, ok: false, time: seconds(started) });
  } finally {
    if (opt['keep-logs']) console.log(`[e2e] logs and profile kept in ${home}`);
    else rmSync(home, { recursive: true, force: true });
  }
}

const started = Date.now();
prerequisites();
for (const mode of modes) await runMode(mode);
console.log('\n[e2e] summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.mode} (${r.time})`);
const failed = results.filter((r) => !r.ok).length;
console.log(`e2e runs: ${results.length - failed} passed, ${failed} failed (${seconds(started)})`);
process.exit(failed ? 1 : 0);
