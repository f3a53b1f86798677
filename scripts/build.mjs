#!/usr/bin/env node
// One build path: type-check and compile with tsc (tests and the command line run from out/),
// make the compact gazetteer, then bundle client and server with esbuild for the extension.
//   node scripts/build.mjs [--production]
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const production = process.argv.includes('--production');
const run = (cmd, args) => execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });

run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-b']);
// The claims map's webview script is a browser bundle outside the client project: check it too.
run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', join(root, 'client', 'media', 'map', 'tsconfig.json')]);

const gazetteer = join(root, 'server', 'data', 'gazetteer.tsv');
const gazetteerScript = join(root, 'server', 'scripts', 'build-gazetteer.mjs');
// Rebuilt when the script or anything it reads from the project is newer than the table.
const gazetteerInputs = [gazetteerScript, ...['data/place-variants.json', 'data/region-words.json', 'placeKeys.ts', 'gazetteer.ts'].map((f) => join(root, 'server', 'src', 'analysis', f))].filter(existsSync);
if (existsSync(gazetteerScript) && (!existsSync(gazetteer) || gazetteerInputs.some((f) => statSync(f).mtimeMs > statSync(gazetteer).mtimeMs))) {
  run(process.execPath, [gazetteerScript, gazetteer]);
}

const common = { bundle: true, platform: 'node', target: 'node18', format: 'cjs', sourcemap: !production, minify: production, logLevel: 'warning' };
await esbuild.build({ ...common, entryPoints: [join(root, 'client', 'src', 'extension.ts')], outfile: join(root, 'client', 'dist', 'extension.js'), external: ['vscode'] });
// Two server bundles, one per thread: server.js (the protocol) and worker.js (the analysis), so
// neither thread compiles the other's code. The server reaches the worker's script only at run
// time (to start the thread, or to analyse itself when it cannot), never by bundling it.
const workerBeside = { name: 'worker-beside', setup(b) { b.onResolve({ filter: /^\.\/worker$/ }, () => ({ path: './worker.js', external: true })); } };
await esbuild.build({ ...common, entryPoints: [join(root, 'server', 'src', 'server.ts')], outfile: join(root, 'server', 'dist', 'server.js'), plugins: [workerBeside] });
await esbuild.build({ ...common, entryPoints: [join(root, 'server', 'src', 'worker.ts')], outfile: join(root, 'server', 'dist', 'worker.js') });
// The worker's loader compiles worker.js itself (with V8's code cache), so it must not bundle it.
await esbuild.build({ ...common, entryPoints: [join(root, 'server', 'src', 'workerLoader.ts')], outfile: join(root, 'server', 'dist', 'workerLoader.js') });
if (existsSync(gazetteer)) {
  mkdirSync(join(root, 'server', 'dist'), { recursive: true });
  copyFileSync(gazetteer, join(root, 'server', 'dist', 'gazetteer.tsv'));
}
// The claims map webview: one browser script with d3-geo, topojson-client and the 110m world
// shapes inlined, since its Content-Security-Policy lets nothing load from elsewhere.
await esbuild.build({
  entryPoints: [join(root, 'client', 'media', 'map', 'main.ts')], outfile: join(root, 'client', 'dist', 'map', 'map.js'),
  bundle: true, platform: 'browser', target: 'chrome120', format: 'iife', sourcemap: !production, minify: production, logLevel: 'warning',
});
