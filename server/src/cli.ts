#!/usr/bin/env node
// `npm run -s annotate -- [--format text|json|jsonl] FILE...`: the analysis on files, for people
// (text) and for scripts and scorers (json, jsonl). Exits 1 when any file could not be read.
import { readFileSync } from 'node:fs';
import { createAnalyzer } from './analysis';
import { checkInput } from './analysis/limits';
import { toJson, type AnnotationsJson } from './analysis/serialize';
import { formatReport } from './report';
import { loadGazetteer } from './node/gazetteerFile';
import { compileRegExpsAtOnce } from './node/regexpFlags';

const USAGE = 'usage: annotate [--format text|json|jsonl] [--markdown] FILE...';
const MAX_BYTES = 64 << 20;
type Format = 'text' | 'json' | 'jsonl';

function main(argv: readonly string[]): number {
  // (before the analysis runs its first expression: see regexpFlags.ts)
  compileRegExpsAtOnce();
  let format: Format = 'text';
  let markdown: boolean | undefined;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg.includes('=') ? arg.slice(arg.indexOf('=') + 1) : argv[++i];
      if (value !== 'text' && value !== 'json' && value !== 'jsonl') {
        process.stderr.write(`annotate: unknown format ${JSON.stringify(value)}\n${USAGE}\n`);
        return 2;
      }
      format = value;
    } else if (arg === '--markdown') markdown = true;
    else if (arg === '--help' || arg === '-h') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    } else if (arg === '--') continue;
    else files.push(arg);
  }
  if (files.length === 0) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }

  const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
  const results: AnnotationsJson[] = [];
  let failed = false;
  for (const file of files) {
    let bytes: Buffer;
    try {
      bytes = readFileSync(file);
    } catch (err) {
      process.stderr.write(`annotate: cannot read ${file}: ${(err as NodeJS.ErrnoException).code ?? String(err)}\n`);
      failed = true;
      continue;
    }
    const verdict = checkInput(bytes, MAX_BYTES);
    if (!verdict.ok) {
      process.stderr.write(`annotate: skipped ${file}: ${verdict.message}\n`);
      failed = true;
      continue;
    }
    // Invalid UTF-8 becomes U+FFFD, as every other reader of the file decodes it, so offsets agree.
    const text = bytes.toString('utf8');
    const isMarkdown = markdown ?? /\.(md|markdown|mdx)$/i.test(file);
    const json = toJson(file, analyzer.analyze(text, { markdown: isMarkdown }));
    if (format === 'jsonl') process.stdout.write(`${JSON.stringify(json)}\n`);
    else if (format === 'text') process.stdout.write(formatReport(json, text));
    results.push(json);
  }
  if (format === 'json') process.stdout.write(`${JSON.stringify(results.length === 1 ? results[0] : results, null, 2)}\n`);
  return failed ? 1 : 0;
}

process.exitCode = main(process.argv.slice(2));
