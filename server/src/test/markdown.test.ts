import * as assert from 'node:assert/strict';
import { frontMatterLength, markdownDocument } from '../analysis/markdown';
import { joinLines } from './lspFixture';
import { seededRandom } from './seededRandom';

/** The prose with runs of blanks collapsed, for readable assertions. */
const squeeze = (s: string): string => s.replace(/\s+/g, ' ').trim();
const blockTexts = (text: string): string[] => {
  const doc = markdownDocument(text);
  return doc.blocks.map((b) => `${b.kind === 'heading' ? `h${b.level}` : 'p'}:${squeeze(doc.prose.slice(b.start, b.end))}`);
};

suite('analysis: Markdown as prose', () => {
  test('prose has the length of the text, line breaks in place', () => {
    const text = joinLines('# Title', '', 'Some *text*.', '', '```', 'code', '```');
    const doc = markdownDocument(text);
    assert.equal(doc.prose.length, text.length);
    assert.equal(doc.text, text);
    for (let i = 0; i < text.length; i++) if (text[i] === '\n') assert.equal(doc.prose[i], '\n');
  });

  test('headings become heading blocks with their level; markers blanked', () => {
    assert.deepEqual(blockTexts(joinLines('# Talks Resume', '', '## In the *North* ##', '', 'Setext Title', '---', '', 'Body text here.')), [
      'h1:Talks Resume', 'h2:In the North', 'h2:Setext Title', 'p:Body text here.',
    ]);
  });

  test('emphasis, inline code, link targets, images and inline HTML are blanked', () => {
    const text = 'The **minister** said `x = 1` in [a speech](https://example.org/a_(b) "A title") ![map](m.png) and <b>left</b>.';
    const doc = markdownDocument(text);
    assert.equal(squeeze(doc.prose), 'The minister said in a speech and left .');
    // offsets point into the original
    const at = doc.prose.indexOf('minister');
    assert.equal(text.slice(at, at + 8), 'minister');
    const speech = doc.prose.indexOf('speech');
    assert.equal(text.slice(speech, speech + 6), 'speech');
  });

  test('reference links, autolinks and a title that repeats the next words', () => {
    const doc = markdownDocument(joinLines('See [the report][r] and <https://example.org> [here](u "more") more text.', '', '[r]: https://example.org/r'));
    assert.equal(squeeze(doc.prose), 'See the report and here more text.');
    assert.equal(doc.blocks.length, 1);
  });

  test('code blocks, HTML blocks, front matter and link definitions are not prose', () => {
    const text = joinLines('---', 'title: “A quote,” said Nobody.', '---', '', 'Real words.', '', '    indented code', '', '```', '“Fenced,” said Nobody.', '```', '', '<div>', 'html “block”', '</div>');
    const doc = markdownDocument(text);
    assert.equal(squeeze(doc.prose), 'Real words.');
    assert.deepEqual(blockTexts(text), ['p:Real words.']);
  });

  test('list items and block quotes become paragraphs without their markers', () => {
    assert.deepEqual(blockTexts(joinLines('- First item.', '- Second item', '  continues here.', '', '> Quoted line', '> goes on.', '', '1. Numbered.')), [
      'p:First item.', 'p:Second item continues here.', 'p:Quoted line goes on.', 'p:Numbered.',
    ]);
  });

  test('table cells are blocks', () => {
    assert.deepEqual(blockTexts(joinLines('| Region | Held by |', '|---|---|', '| Kherson | partly *Ukraine* |')), [
      'p:Region', 'p:Held by', 'p:Kherson', 'p:partly Ukraine',
    ]);
  });

  test('escapes are read as the character, entities stay blank', () => {
    const doc = markdownDocument('Profits rose 5\\* at AT&amp;T today.');
    assert.equal(squeeze(doc.prose), 'Profits rose 5 * at AT T today.');
  });

  test('text with no markup is its own prose; elsewhere each character is the text’s own or a space', () => {
    const plain = 'Talks ended on Monday.\n\nThe envoy left, and nobody said why.\n';
    assert.equal(markdownDocument(plain).prose, plain);
    const pieces = ['Talks', 'ended', '*', '**', '_', '`', '[a](http://x.y "t")', '![i](p.png)', '&amp;', '&copy;', '\\*', '<b>', '</b>', '<http://a.b>', '\n', '\n\n', '\r\n', '\r', '# ', '- ', '> ', '```\ncode\n```\n', '“', '🙂', '\ud800'];
    const random = seededRandom(5);
    for (let k = 0; k < 400; k++) {
      const text = Array.from({ length: 1 + random(30) }, () => pieces[random(pieces.length)] + (random(3) === 0 ? '' : ' ')).join('');
      const prose = markdownDocument(text).prose;
      assert.equal(prose.length, text.length, JSON.stringify(text));
      for (let i = 0; i < text.length; i++) {
        const lineBreak = text[i] === '\n' || text[i] === '\r';
        assert.ok(lineBreak ? prose[i] === text[i] : prose[i] === text[i] || prose[i] === ' ', `${JSON.stringify(text)} at ${i}`);
      }
    }
  });

  test('paragraphs are split into sentences that point into the original', () => {
    const text = 'Talks ended. The **envoy** left on Monday.\nNobody said why.';
    const doc = markdownDocument(text);
    assert.equal(doc.blocks.length, 1);
    assert.deepEqual(doc.blocks[0]!.sentences.map((s) => squeeze(doc.prose.slice(s.start, s.end))), ['Talks ended.', 'The envoy left on Monday.', 'Nobody said why.']);
    assert.equal(text.slice(doc.blocks[0]!.sentences[1]!.start, doc.blocks[0]!.sentences[1]!.end), 'The **envoy** left on Monday.');
  });

  test('CRLF, lone CR, emoji, lone surrogates and NUL do not throw and keep offsets', () => {
    const text = '# Head 🙂\r\n\r\nOne \ud800 line.\rTwo\u0000 lines.\r\n\r\n- item';
    const doc = markdownDocument(text);
    assert.equal(doc.prose.length, text.length);
    assert.deepEqual(doc.blocks.map((b) => b.kind), ['heading', 'paragraph', 'paragraph']);
    assert.equal(text.slice(doc.blocks[0]!.start, doc.blocks[0]!.end), 'Head 🙂');
    assert.equal(text.slice(doc.blocks[2]!.start, doc.blocks[2]!.end), 'item');
    for (const odd of ['', '\n', '*', '[', '![', '`', '<', '&', '---', '---\n', '| a |', '\\', '[a](', '```']) {
      assert.equal(markdownDocument(odd).prose.length, odd.length, JSON.stringify(odd));
    }
  });

  test('front matter: only at the very start and only when closed', () => {
    assert.equal(frontMatterLength('---\na: 1\n---\nText'), 13);
    assert.equal(frontMatterLength('+++\na = 1\n+++\n'), 14);
    assert.equal(frontMatterLength('---\na: 1\n...\nText'), 13);
    assert.equal(frontMatterLength('---\nno end'), 0);
    assert.equal(frontMatterLength('Text\n---\na\n---\n'), 0);
  });

  test('long markup-heavy input stays fast (linear)', () => {
    const line = 'Word **bold** [l](http://x.y/z) `c` <i>h</i> &amp; end.\n';
    const text = line.repeat(10000);
    const started = Date.now();
    const doc = markdownDocument(text);
    assert.equal(doc.prose.length, text.length);
    assert.ok(Date.now() - started < 4000, `${Date.now() - started} ms`);
  });
});
