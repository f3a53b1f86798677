#!/usr/bin/env node
// The third-party corpora under ../shared/data (or a further ancestor's shared/data) may be read and measured with, never copied into
// the project: this check fails when any six words in a row of the project's own text (sources,
// tests, our own articles, data tables, grammar tests, README) also stand in a sentence of those corpora. It reads
// them at run time and keeps nothing; without them (a checkout elsewhere) it says so and passes.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const RUN = 6;
const SCANNED = ['server/src', 'client/src', 'test/src', 'test/e2e', 'test/neovim', 'test/articles', 'syntaxes', 'README.md'];
const EXTENSIONS = /\.(?:ts|mjs|js|json|md|news|lua|txt)$/;
// the gazetteer is names of places, which the corpora name too
const SKIPPED = /(?:^|\/)(?:out|node_modules)\/|gazetteer/;

// the corpora sit in a shared folder beside the checkout, or beside a folder of worktrees
// (/work/main, /work/wt/<name>): the nearest ancestor's shared/data, so no worktree passes unchecked
const ancestors = [];
for (let dir = join(root, '..'); !ancestors.includes(dir); dir = dirname(dir)) ancestors.push(dir);
const dataDir = [process.env.NEWS_ANNOTATOR_DATA, ...ancestors.map((dir) => join(dir, 'shared', 'data'))].find((d) => d && existsSync(d));
if (!dataDir) {
  console.log('data rule: no ../shared/data here, nothing to compare with');
  process.exit(0);
}

const words = (text) => (text.match(/[A-Za-z][A-Za-z'’.-]*/g) ?? []).map((w) => w.toLowerCase());

/** Every run of RUN words of the corpora, with the file it came from. */
const runs = new Map();
const addRuns = (list, file) => {
  for (let i = 0; i + RUN <= list.length; i++) {
    const run = list.slice(i, i + RUN).join(' ');
    if (!runs.has(run)) runs.set(run, file);
  }
};
for (const dir of readdirSync(dataDir)) {
  const path = join(dataDir, dir);
  if (!statSync(path).isDirectory()) continue;
  for (const file of readdirSync(path)) {
    const text = readFileSync(join(path, file), 'utf8');
    if (file.endsWith('.txt')) addRuns(words(text), file);
    else if (/^eng\.test/.test(file)) {
      // CoNLL: one token a line, documents separated by -DOCSTART- lines
      const tokens = text.split('\n').filter((l) => l && !l.startsWith('-DOCSTART-')).map((l) => l.split(' ')[0]);
      addRuns(words(tokens.join(' ')), file);
    }
  }
}

function* files(path) {
  if (!existsSync(path)) return;
  if (statSync(path).isFile()) {
    yield path;
    return;
  }
  for (const entry of readdirSync(path)) {
    const child = join(path, entry);
    if (SKIPPED.test(relative(root, child))) continue;
    if (statSync(child).isDirectory()) yield* files(child);
    else if (EXTENSIONS.test(entry)) yield child;
  }
}

let found = 0;
for (const scanned of SCANNED) {
  for (const file of files(join(root, scanned))) {
    const lines = readFileSync(file, 'utf8').split('\n');
    // two lines at a time, so a sentence wrapped in a comment is read whole
    for (let n = 0; n < lines.length; n++) {
      const list = words(`${lines[n]} ${lines[n + 1] ?? ''}`);
      for (let i = 0; i + RUN <= list.length; i++) {
        const run = list.slice(i, i + RUN).join(' ');
        const source = runs.get(run);
        if (source === undefined) continue;
        found++;
        console.log(`${relative(root, file)}:${n + 1}: "${run}" also stands in ${source}`);
        break;
      }
    }
  }
}
console.log(`data rule: ${found} line(s) of the project repeat ${RUN} words of ${relative(root, dataDir) || dataDir}`);
process.exit(found ? 1 : 0);
