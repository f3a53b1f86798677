// Headless Chromium (Debian's package; playwright's own browser download cannot work here)
// driving the code-server workbench. The workbench started with the smoke-test driver reports
// an extension test run through window.codeAutomationLog / window.codeAutomationExit.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export function chromiumPath() {
  return process.env.NEWS_ANNOTATOR_E2E_CHROMIUM ?? '/usr/bin/chromium';
}

/** A fresh persistent browser profile; `close()` also removes it. */
export async function launchBrowser({ width = 1280, height = 800 } = {}) {
  const profile = mkdtempSync(join(tmpdir(), 'news-annotator-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: { width, height },
    deviceScaleFactor: 1,
  });
  return {
    context,
    async close() {
      await context.close().catch(() => {});
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** The workbench URL for a folder, with an optional extension-development / test payload. */
export function workbenchUrl(base, port, { folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://127.0.0.1:${port}${p}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  const q = new URLSearchParams({ folder });
  if (payload.length) q.set('payload', JSON.stringify(payload));
  return `${base}/?${q.toString()}`;
}

/**
 * Opens the workbench with a test payload and resolves with the exit code the extension host
 * reports. Everything the tests print arrives through codeAutomationLog and is echoed.
 */
export async function runExtensionTests(context, url, { timeoutMs = 10 * 60_000, onLog = (line) => process.stdout.write(line) } = {}) {
  const page = await context.newPage();
  let resolveExit;
  const exit = new Promise((resolve) => { resolveExit = resolve; });
  await page.exposeFunction('codeAutomationLog', (type, args) => {
    const text = (Array.isArray(args) ? args : [args]).map((a) => (typeof a === 'string' ? a : JSON.stringify(a))).join(' ');
    onLog(type === 'error' ? `[host error] ${text}\n` : `${text}\n`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit(typeof code === 'number' ? code : 1));
  page.on('pageerror', (err) => onLog(`[page error] ${err.message}\n`));
  await page.goto(url);
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(() => {
      onLog(`[e2e] the extension tests did not finish within ${timeoutMs / 1000} s\n`);
      resolve(124);
    }, timeoutMs);
  });
  const code = await Promise.race([exit, timeout]);
  clearTimeout(timer);
  return { code, page };
}
