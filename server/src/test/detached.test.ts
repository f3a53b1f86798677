import * as assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { createAnalyzer } from '../analysis';
import { detached } from '../analysis/detached';
import { Gazetteer } from '../analysis/gazetteer';
import { foldName } from '../analysis/placeKeys';
import { loadGazetteer } from '../node/gazetteerFile';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Bytes of heap still held after `use` has seen (and dropped) a fresh 8 MB article. */
function retainedBy(use: (article: string) => void): number {
  gc();
  const before = process.memoryUsage().heapUsed;
  const parts: string[] = [];
  for (let i = 0; i < 200_000; i++) parts.push(`Marisol Vandergraaf said ${i} `);
  let article: string | null = parts.join('');
  parts.length = 0;
  use(article);
  article = null;
  // RegExp's legacy last-match state holds the last string searched: give it another.
  /x/.exec('x');
  gc();
  return process.memoryUsage().heapUsed - before;
}

suite('detached strings', () => {
  test('a copy, equal to the original, whatever it holds', () => {
    for (const s of ['', 'short', 'a name of some length', 'lone \ud800 surrogate and NUL \u0000 and emoji 😀 here']) assert.equal(detached(s), s);
  });

  test('the bounded caches keep no article alive through a name cut from it', () => {
    const gazetteer = Gazetteer.parse('C\tExampleland\tEX\t1\t2\t\t\t\n');
    const limit = 2 * 2 ** 20;
    const folded = retainedBy((article) => foldName(article.slice(0, 17 + (Date.now() % 3))));
    assert.ok(folded < limit, `foldName keeps ${folded} bytes`);
    const looked = retainedBy((article) => gazetteer.lookup(article.slice(0, 18 + (Date.now() % 3))));
    assert.ok(looked < limit, `lookup keeps ${looked} bytes`);
  });
});

suite('memos of an edited document', () => {
  // Stages that keep something from one analysis to the next: block keys, names (a name of 13
  // characters or more, a long common word opening a sentence that chunking asks the case
  // evidence about), sentence agents (a person claiming) and territories (a claim at a
  // paragraph's edge). Each edit makes a new version of the whole text, which a kept slice would
  // keep alive.
  const PARAGRAPH = [
    'Kremlin spokeswoman Marisol Vandergraaf said Russia controls the Donetsk region and Crimea. Approximately ten reporters listened.',
    '“We will never give up Crimea,” Vandergraaf told reporters in Kyiv on Monday.',
    'The Vandergraaf Institute for Strategic Studies said Moscow annexed Kherson.',
    'Ambassador Marisol Vandergraafsson claims Kherson and the Donetsk region.',
  ];

  test('keep no earlier version of the text alive, edit after edit', function () {
    this.timeout(60_000);
    const paragraphs: string[] = [];
    for (let i = 0; i < 200; i++) paragraphs.push(`Report ${i}. ${PARAGRAPH[i % PARAGRAPH.length]}`);
    // a long paragraph no edit touches makes each version of the text weigh megabytes
    paragraphs.push('The rain fell on the town. '.repeat(40_000));
    const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
    let text = paragraphs.join('\n');
    let previous = analyzer.analyze(text);
    const edit = (k: number): void => {
      // a fresh string each time, as an editor's document is
      const at = text.indexOf(`Report ${k * 7}.`);
      text = [text.slice(0, at), 'x', text.slice(at)].join('');
      previous = analyzer.analyze(text, { previous });
    };
    for (let k = 0; k < 3; k++) edit(k);
    /x/.exec('x');
    gc();
    const before = process.memoryUsage().heapUsed;
    const edits = 20;
    for (let k = 3; k < 3 + edits; k++) edit(k);
    /x/.exec('x');
    gc();
    const grown = process.memoryUsage().heapUsed - before;
    // each version is text.length two-byte characters (the curly quotes): keeping every version
    // would grow the heap by twenty of them, keeping every other one by ten. The bound is five:
    // what V8 keeps besides from run to run (seen up to three) must not fail the test.
    const version = 2 * text.length;
    assert.ok(grown < 5 * version, `${grown} bytes more after ${edits} edits of a ${text.length}-character text`);
    assert.ok(previous.entities.length > 0);
  });
});
