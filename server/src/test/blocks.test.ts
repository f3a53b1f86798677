import * as assert from 'node:assert/strict';
import { looksLikeHeading, plainTextBlocks, runsOn } from '../analysis/blocks';
import { seededRandom } from './seededRandom';

const shape = (text: string): [string, string][] => plainTextBlocks(text).map((b) => [b.kind, text.slice(b.start, b.end)]);

suite('blocks: plainTextBlocks', () => {
  test('a line is a paragraph; blank lines are skipped', () => {
    assert.deepEqual(shape('First para. Two.\n\nSecond para.\n'), [['paragraph', 'First para. Two.'], ['paragraph', 'Second para.']]);
  });
  test('a short title-case line without a stop is a heading', () => {
    assert.deepEqual(shape('Talks Resume in Geneva\nThe talks resumed.'), [['heading', 'Talks Resume in Geneva'], ['paragraph', 'The talks resumed.']]);
  });
  test('headings have level 2 and one sentence; paragraphs level 0', () => {
    const [heading, para] = plainTextBlocks('Talks Resume\nThey met. They spoke.');
    assert.equal(heading!.level, 2);
    assert.deepEqual(heading!.sentences, [{ start: 0, end: 12 }]);
    assert.equal(para!.level, 0);
    assert.equal(para!.sentences.length, 2);
  });
  test('a hard-wrapped paragraph is one block, with its sentences across the wraps', () => {
    const text = 'The foreign minister told reporters on Tuesday that the ceasefire was\n"holding for now," and that talks would resume. The opposition disagreed.\r\nA new paragraph.';
    const blocks = plainTextBlocks(text);
    assert.deepEqual(shape(text), [
      ['paragraph', 'The foreign minister told reporters on Tuesday that the ceasefire was\n"holding for now," and that talks would resume. The opposition disagreed.'],
      ['paragraph', 'A new paragraph.'],
    ]);
    assert.equal(blocks[0]!.sentences.length, 2);
  });
  test('a short line stopping mid-sentence runs on only into a lower-case line', () => {
    assert.deepEqual(shape('The talks, he said,\nwould resume.\nBy Jane Doe\nKYIV - The talks resumed.'), [
      ['paragraph', 'The talks, he said,\nwould resume.'],
      ['heading', 'By Jane Doe'],
      ['paragraph', 'KYIV - The talks resumed.'],
    ]);
  });
  test('runsOn: closing punctuation, headings and blank lines end a paragraph', () => {
    assert.equal(runsOn('This line is long enough to have been wrapped by a mail program', 'Smith said.'), true);
    assert.equal(runsOn('A sentence that ends here, as sentences in articles usually do.', 'next'), false);
    assert.equal(runsOn('Diplomatic Maneuvering and Concerns', 'the next line'), false);
    assert.equal(runsOn('“We will never give up,”', 'said the mayor.'), false);
    assert.equal(runsOn('This line is long enough to have been wrapped by a mail program', ''), false);
  });
  test('CRLF line ends', () => {
    assert.deepEqual(shape('One line.\r\nTwo line.\r\n\r\n'), [['paragraph', 'One line.'], ['paragraph', 'Two line.']]);
  });
  test('CR-only line ends (old Mac files) split lines too', () => {
    assert.deepEqual(shape('One line.\rTwo line.\r\rThree.'), [['paragraph', 'One line.'], ['paragraph', 'Two line.'], ['paragraph', 'Three.']]);
  });
  test('mixed line ends', () => {
    assert.deepEqual(shape('A one.\nB two.\r\nC three.\rD four.'), [['paragraph', 'A one.'], ['paragraph', 'B two.'], ['paragraph', 'C three.'], ['paragraph', 'D four.']]);
  });
  test('indentation and trailing spaces are outside the block', () => {
    const text = '   Indented text here.  \t\n';
    const [b] = plainTextBlocks(text);
    assert.equal(text.slice(b!.start, b!.end), 'Indented text here.');
  });
  test('empty and blank texts have no blocks', () => {
    assert.deepEqual(plainTextBlocks(''), []);
    assert.deepEqual(plainTextBlocks(' \n\r\n\t\n'), []);
  });
  test('sentences lie inside their block', () => {
    const text = 'Header Line\nOne. Two. Three.\n“Quoted,” he said. Done.';
    for (const b of plainTextBlocks(text)) {
      for (const s of b.sentences) assert.ok(s.start >= b.start && s.end <= b.end && s.start < s.end);
    }
  });
});

suite('blocks: looksLikeHeading', () => {
  const table: [string, boolean][] = [
    ['Diplomatic Maneuvering and Concerns', true],
    ['UKRAINE', true],
    ['Talks Resume After a Pause', true],
    ['The minister said', false],
    ['The Minister Said.', false],
    ['“Never Again”', false],
    ['Russia Says «No»', false],
    ['2024', false],
    ['', false],
    ['One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Thirteen', false],
    ['A'.repeat(101), false],
    ['Why Now?', false],
  ];
  for (const [line, expected] of table) test(`${JSON.stringify(line.slice(0, 40))} → ${expected}`, () => assert.equal(looksLikeHeading(line), expected));

  // the rule as first written, with expressions (looksLikeHeading reads a line in ASCII by codes)
  const MINOR = new Set(['a', 'an', 'and', 'as', 'at', 'but', 'by', 'for', 'from', 'in', 'into', 'nor', 'of', 'on', 'or', 'over', 'the', 'to', 'up', 'vs', 'with', 'after', 'amid', 'about', 'against', 'before', 'under']);
  const plainly = (line: string): boolean => {
    if (line.length > 100 || /[.,;:!?…"“”»]$/.test(line) || /["“”«»]/.test(line)) return false;
    const words = line.split(/\s+/).filter((w) => /\p{L}/u.test(w));
    if (words.length === 0 || words.length > 12) return false;
    const capitalised = words.filter((w) => /^\P{L}*\p{Lu}/u.test(w)).length;
    const minor = words.filter((w) => MINOR.has(w.toLowerCase())).length;
    return capitalised + minor >= words.length && capitalised >= Math.ceil(words.length / 2);
  };
  test('answers as the rule first written did, on random lines of capitalised, minor and other words', () => {
    const words = ['Talks', 'RESUME', 'the', 'The', 'OF', 'and', 'vs', 'said', 'talks', 'iPhone', 'über', 'Über', '(the', 'The,', '2024', '-', 'Kyiv’s', "Kyiv's", 'x', 'Why?', '"No"', 'Against', 'amid.', '…', '»'];
    const spaces = [' ', ' ', ' ', '  ', '\t', '\u00a0', '\n', ''];
    const random = seededRandom(7);
    let headings = 0;
    for (let k = 0; k < 5000; k++) {
      const count = 1 + random(14);
      let line = random(10) === 0 ? ' ' : '';
      for (let w = 0; w < count; w++) line += (w > 0 ? spaces[random(spaces.length)] : '') + words[random(words.length)];
      if (random(10) === 0) line += ' ';
      assert.equal(looksLikeHeading(line), plainly(line), JSON.stringify(line));
      if (plainly(line)) headings++;
    }
    // both answers occur often enough for the comparison to mean something
    assert.ok(headings > 300 && headings < 4700, String(headings));
  });
});
