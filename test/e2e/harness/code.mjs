#!/usr/bin/env node
// A stand-in for the `code` executable, for @vscode/test-electron's runTests(): it takes the
// same arguments (a folder, --extensionDevelopmentPath=, --extensionTestsPath=, --extensions-dir=,
// --user-data-dir=) and runs the tests in code-server through headless Chromium instead of an
// Electron window. With NEWS_ANNOTATOR_E2E_UI set it then checks the UI in the same browser
// (and saves screenshots to NEWS_ANNOTATOR_E2E_SCREENSHOTS when that is set).
// Exit code: the extension host's (0 when every test passed).
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, isAbsolute, join, resolve } from 'node:path';
import { launchBrowser, runExtensionTests, workbenchUrl } from './browser.mjs';
import { ensureCodeServer, startCodeServer } from './codeServer.mjs';
import { writeUserSettings } from './settings.mjs';
import { runUiChecks } from './ui.mjs';

// Lines the suite's reporter prints start with this (see test/e2e/src/suite/index.ts).
const REPORTER_PREFIX = '\u2502 ';

function parseArgs(argv) {
  const opts = { folder: undefined, extensionDevelopmentPath: undefined, extensionTestsPath: undefined, extensionsDir: undefined, userDataDir: undefined };
  const flags = {
    extensionDevelopmentPath: 'extensionDevelopmentPath',
    extensionTestsPath: 'extensionTestsPath',
    'extensions-dir': 'extensionsDir',
    'user-data-dir': 'userDataDir',
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const m = /^--([^=]+)(?:=(.*))?$/.exec(a);
    if (!m) {
      opts.folder ??= resolve(a);
      continue;
    }
    const key = flags[m[1]];
    if (!key) continue; // Electron-only switches (--no-sandbox, --disable-updates…) mean nothing here.
    const value = m[2] ?? argv[++i];
    opts[key] = isAbsolute(value) ? value : resolve(value);
  }
  return opts;
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  if (!opts.extensionTestsPath || !opts.extensionDevelopmentPath) {
    console.error('usage: code.mjs FOLDER --extensionDevelopmentPath=DIR --extensionTestsPath=FILE [--extensions-dir=DIR] [--user-data-dir=DIR]');
    return 2;
  }
  ensureCodeServer();
  const home = mkdtempSync(join(tmpdir(), 'news-annotator-e2e-'));
  const folder = opts.folder ?? mkdtempSync(join(home, 'workspace-'));
  const extensionsDir = opts.extensionsDir ?? join(home, 'extensions');
  const userDataDir = opts.userDataDir ?? join(home, 'user-data');
  const hostLog = join(process.env.NEWS_ANNOTATOR_E2E_LOGS ?? home, 'workbench.log');
  writeUserSettings(userDataDir);

  const started = Date.now();
  const server = await startCodeServer({ extensionsDir, userDataDir, home, env: { NEWS_ANNOTATOR_E2E_EXTENSIONS_DIR: extensionsDir } });
  const browser = await launchBrowser();
  let code = 1;
  try {
    const url = workbenchUrl(server.base, server.port, { folder, extensionDevelopmentPath: opts.extensionDevelopmentPath, extensionTestsPath: opts.extensionTestsPath });
    const verbose = Boolean(process.env.NEWS_ANNOTATOR_E2E_VERBOSE);
    const run = await runExtensionTests(browser.context, url, {
      timeoutMs: Number(process.env.NEWS_ANNOTATOR_E2E_TIMEOUT ?? 600) * 1000,
      onLog: (text) => {
        // The workbench's own console (extension gallery lookups, chat services…) goes to the log
        // file; the reporter's lines go to the terminal.
        appendFileSync(hostLog, text);
        for (const line of text.split('\n')) {
          if (line.startsWith(REPORTER_PREFIX)) process.stdout.write(`${line.slice(REPORTER_PREFIX.length)}\n`);
          else if (verbose && line) process.stderr.write(`  [workbench] ${line}\n`);
        }
      },
    });
    code = run.code;
    console.log(`[e2e] extension tests exited with ${code} after ${((Date.now() - started) / 1000).toFixed(1)} s`);
    await run.page.close();
    // The UI checks run even after a failed suite: what a person would see is worth knowing then too.
    if (process.env.NEWS_ANNOTATOR_E2E_UI) {
      const uiStarted = Date.now();
      // A copy of the workspace under the same name: VS Code keys its restored editors and
      // layout by folder, so the UI starts as a user's first window does, not as the tests left it.
      const uiFolder = join(home, 'ui', basename(folder));
      cpSync(folder, uiFolder, { recursive: true });
      await runUiChecks(browser.context, {
        // Installed from the .vsix, the extension needs no development path: the window then
        // looks exactly as it does for a user (no "[Extension Development Host]" title).
        url: workbenchUrl(server.base, server.port, {
          folder: uiFolder,
          extensionDevelopmentPath: process.env.NEWS_ANNOTATOR_E2E_MODE === 'vsix' ? undefined : opts.extensionDevelopmentPath,
        }),
        screenshots: process.env.NEWS_ANNOTATOR_E2E_SCREENSHOTS,
        failureDir: home,
        log: (m) => console.log(`[ui] ${m}`),
      }).then(
        () => console.log(`[e2e] UI checks passed in ${((Date.now() - uiStarted) / 1000).toFixed(1)} s`),
        (err) => {
          console.error(`[e2e] UI checks failed: ${err instanceof Error ? err.message : err}`);
          code ||= 1;
        },
      );
    }
  } catch (err) {
    console.error(`[e2e] ${err instanceof Error ? err.stack : err}`);
    code = 1;
  } finally {
    await browser.close();
    await server.stop();
    if (code !== 0) {
      console.error(`[e2e] code-server output (last lines):\n${server.output().split('\n').slice(-60).join('\n')}`);
      console.error(`[e2e] workbench console log: ${hostLog}`);
    } else if (!process.env.NEWS_ANNOTATOR_E2E_LOGS) {
      rmSync(home, { recursive: true, force: true });
    }
  }
  return code;
}

process.exitCode = await main();
