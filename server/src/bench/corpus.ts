// The bench's text: real news read at run time from the shared data folder (PolNeAR articles,
// CoNLL-2003 documents rebuilt as text) and never copied into the repository; the sample article
// when that folder is absent.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export interface CorpusDoc {
  readonly name: string;
  readonly text: string;
}

export interface Corpus {
  readonly source: string;
  readonly docs: readonly CorpusDoc[];
}

/** The repository root, from server/out/bench/. */
export const REPO_ROOT = resolve(__dirname, '..', '..', '..');

/** `../shared/data` from the repository root, or from the main checkout when in a worktree. */
export function findDataDir(explicit?: string): string | undefined {
  const candidates = explicit ? [explicit] : [process.env.NEWS_ANNOTATOR_DATA, join(REPO_ROOT, '..', 'shared', 'data'), join(REPO_ROOT, '..', '..', 'shared', 'data')];
  return candidates.find((dir): dir is string => !!dir && existsSync(dir));
}

export function loadCorpus(dataDir?: string): Corpus {
  const docs: CorpusDoc[] = [];
  const sources: string[] = [];
  if (dataDir) {
    const polnear = join(dataDir, 'polnear-dev');
    if (existsSync(polnear)) {
      const files = readdirSync(polnear).filter((f) => f.endsWith('.txt')).sort();
      for (const f of files) docs.push({ name: `polnear/${f}`, text: readFileSync(join(polnear, f), 'utf8') });
      sources.push(`${files.length} PolNeAR articles`);
    }
    const conll = join(dataDir, 'conll2003-dev', 'eng.testa');
    if (existsSync(conll)) {
      const rebuilt = conllDocuments(readFileSync(conll, 'utf8'));
      rebuilt.forEach((text, i) => docs.push({ name: `conll/${i + 1}`, text }));
      sources.push(`${rebuilt.length} CoNLL-2003 documents`);
    }
  }
  if (docs.length === 0) {
    docs.push({ name: 'samples/kremlin-red-line.txt', text: readFileSync(join(REPO_ROOT, 'samples', 'kremlin-red-line.txt'), 'utf8') });
    sources.push('samples/kremlin-red-line.txt');
  }
  return { source: `${sources.join(' + ')}${dataDir ? ` from ${dataDir}` : ''}`, docs };
}

/**
 * CoNLL-2003 (a token a line, -DOCSTART- between documents) as plain text, one sentence a line,
 * with no space before closing punctuation and clitics, as the CoNLL scorer rebuilds it.
 */
export function conllDocuments(data: string): string[] {
  const docs: string[] = [];
  let lines: string[] = [];
  let words: string[] = [];
  const endSentence = (): void => {
    if (words.length) lines.push(joinTokens(words));
    words = [];
  };
  const endDoc = (): void => {
    endSentence();
    if (lines.length) docs.push(lines.join('\n'));
    lines = [];
  };
  for (const line of data.split('\n')) {
    const word = line.trim().split(/\s+/)[0] ?? '';
    if (word === '-DOCSTART-') endDoc();
    else if (word === '') endSentence();
    else words.push(word);
  }
  endDoc();
  return docs;
}

function joinTokens(words: readonly string[]): string {
  let text = '';
  words.forEach((word, i) => {
    const glued = i === 0 || /^[,.;:?!)%\]}]$/.test(word) || /^(?:'s|n't|'re|'ve|'ll|'d|'m)$/i.test(word) || ['(', '$', '[', '{'].includes(words[i - 1]!);
    text += glued ? word : ` ${word}`;
  });
  return text;
}

/**
 * About `size` UTF-16 code units of the corpus: whole documents in order, repeated as needed,
 * separated by a blank line, cut at the last line end before `size` (or at `size` when the
 * first line is longer), never inside a surrogate pair.
 */
export function corpusText(corpus: Corpus, size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < size; i = (i + 1) % corpus.docs.length) {
    const part = corpus.docs[i]!.text.trim() + '\n\n';
    parts.push(part);
    length += part.length;
  }
  let text = parts.join('').slice(0, size);
  const cut = text.lastIndexOf('\n');
  if (cut > size / 2) text = text.slice(0, cut);
  const last = text.charCodeAt(text.length - 1);
  return last >= 0xd800 && last <= 0xdbff ? text.slice(0, -1) : text;
}

/** `count` distinct articles of about `size` code units: each starts at another document. */
export function articles(corpus: Corpus, count: number, size: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const k = i % corpus.docs.length;
    const rotated: Corpus = { source: corpus.source, docs: [...corpus.docs.slice(k), ...corpus.docs.slice(0, k)] };
    out.push(`Article ${i}\n\n${corpusText(rotated, size)}`);
  }
  return out;
}
