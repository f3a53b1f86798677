#!/usr/bin/env node
// `npm test`: every suite, in order from fastest to slowest. Each stage is a command; the run
// stops at nothing, reports every stage, and exits non-zero if any failed.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const node = process.execPath;
const bin = (name) => join(root, 'node_modules', '.bin', name);

const stages = [
  ['build', node, ['scripts/build.mjs']],
  ['lint', bin('eslint'), ['.']],
  ['data rule: no sentence of ../shared/data copied into the project', node, ['scripts/check-data-rule.mjs']],
  ['unit tests (mocha)', bin('mocha'), ['--config', '.mocharc.json']],
  ['protocol tests: the server over stdio (mocha)', bin('mocha'), ['--no-config', '--ui', 'tdd', '--timeout', '30000', 'test/out/protocol/**/*.test.js']],
  ['Neovim client: headless nvim against the --stdio server', node, ['test/neovim/run.mjs']],
  ['grammar tests (vscode-tmgrammar-test)', bin('vscode-tmgrammar-test'), ['--compact', '--grammar', 'syntaxes/news-article.tmLanguage.json', 'syntaxes/test/*.test.news']],
  // The extension in a real VS Code: code-server + headless Chromium, from source and as a .vsix.
  ['vscode (code-server)', node, ['test/e2e/run.mjs']],
];

const only = process.argv.slice(2);
const results = [];
for (const [name, cmd, args] of stages) {
  if (only.length && !only.some((o) => name.includes(o))) continue;
  console.log(`\n=== ${name}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit' });
  const ok = r.status === 0;
  results.push({ name, ok, seconds: (Date.now() - started) / 1000 });
  if (name === 'build' && !ok) break;
}
console.log('\n=== summary');
for (const r of results) console.log(`${r.ok ? 'ok  ' : 'FAIL'} ${r.name} (${r.seconds.toFixed(1)} s)`);
const failed = results.filter((r) => !r.ok).length;
console.log(`stages: ${results.length - failed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
