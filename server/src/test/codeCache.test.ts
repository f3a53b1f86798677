import * as assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * Runs `file` through runCached in a fresh Node process (one process would find the code in V8's
 * own in-memory cache and never consult the file's), then saves the cache; returns what it saw.
 */
function run(file: string, cacheDir: string | undefined): { used: boolean; twice: number; dir: string } {
  const script = `
    const { runCached } = require(${JSON.stringify(join(__dirname, '..', 'node', 'codeCache.js'))});
    const module = { exports: {} };
    const cached = runCached(${JSON.stringify(file)}, ${JSON.stringify(cacheDir)}, require, module);
    const twice = module.exports.twice(21);
    cached.save();
    process.stdout.write(JSON.stringify({ used: cached.used, twice, dir: module.exports.dir }));`;
  return JSON.parse(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' })) as { used: boolean; twice: number; dir: string };
}

suite('code cache for the worker bundle', () => {
  let dir: string;
  setup(() => {
    dir = mkdtempSync(join(tmpdir(), 'news-annotator-cc-'));
    writeFileSync(join(dir, 'bundle.js'), 'exports.twice = (n) => n * 2;\nexports.dir = __dirname;\n');
  });
  teardown(() => rmSync(dir, { recursive: true, force: true }));

  test('runs the file as a CommonJS module, with its own __dirname', () => {
    const got = run(join(dir, 'bundle.js'), undefined);
    assert.equal(got.twice, 42);
    assert.equal(got.dir, dir);
    assert.equal(got.used, false);
  });

  test('without a cache folder nothing is written', () => {
    run(join(dir, 'bundle.js'), undefined);
    assert.deepEqual(readdirSync(dir), ['bundle.js']);
  });

  test('the second run uses what the first saved; a changed file does not', () => {
    const cache = join(dir, 'cache');
    assert.equal(run(join(dir, 'bundle.js'), cache).used, false);
    assert.equal(readdirSync(cache).length, 1);
    const second = run(join(dir, 'bundle.js'), cache);
    assert.equal(second.used, true);
    assert.equal(second.twice, 42);
    // Same length, other content: another key, so V8 is never handed code for other source.
    writeFileSync(join(dir, 'bundle.js'), 'exports.twice = (n) => n * 3;\nexports.dir = __dirname;\n');
    const changed = run(join(dir, 'bundle.js'), cache);
    assert.equal(changed.used, false);
    assert.equal(changed.twice, 63);
    // Its cache replaced the old one.
    assert.equal(readdirSync(cache).length, 1);
    assert.equal(run(join(dir, 'bundle.js'), cache).used, true);
  });

  test('a corrupt cache is ignored', () => {
    const cache = join(dir, 'cache');
    run(join(dir, 'bundle.js'), cache);
    for (const f of readdirSync(cache)) writeFileSync(join(cache, f), 'not V8 code');
    const again = run(join(dir, 'bundle.js'), cache);
    assert.equal(again.used, false);
    assert.equal(again.twice, 42);
  });
});
