import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { revealSpanArgs, spanPositions, type OffsetDocument } from '../spanOffsets';

interface Position { line: number; character: number }

/** positionAt as VS Code defines it: UTF-16 units, lines ending at \r\n, \n or \r (tests may not load the editor's own). */
function doc(text: string): OffsetDocument<Position> {
  return {
    getText: () => text,
    positionAt(offset: number): Position {
      let line = 0;
      let lineStart = 0;
      for (let i = 0; i < offset; i++) {
        if (text[i] === '\r' && text[i + 1] === '\n') i++;
        if (text[i] === '\r' || text[i] === '\n') {
          line++;
          lineStart = i + 1;
        }
      }
      return { line, character: offset - lineStart };
    },
  };
}

suite('reveal: offsets to positions', () => {
  test('counts UTF-16 code units, so an emoji before the span takes two', () => {
    const text = 'Port Vey 🌊 said:\r\n"We hold the Isle of Ash."';
    const start = text.indexOf('Isle');
    const { from, to } = spanPositions(doc(text), { start, end: start + 'Isle of Ash'.length });
    assert.deepEqual(from, { line: 1, character: 13 });
    assert.deepEqual(to, { line: 1, character: 24 });
    // The same characters counted as code points would land one short.
    assert.notEqual([...text.slice(0, start)].length, start);
  });

  test('CRLF line ends and a lone surrogate do not shift the positions', () => {
    const text = 'a\r\n\ud800b\r\nNorthland';
    const start = text.indexOf('Northland');
    assert.deepEqual(spanPositions(doc(text), { start, end: start + 9 }), { from: { line: 2, character: 0 }, to: { line: 2, character: 9 } });
  });

  test('a span past the end of an edited article is clamped, and a reversed one put in order', () => {
    const d = doc('Short now.');
    assert.deepEqual(spanPositions(d, { start: 5, end: 500 }), { from: { line: 0, character: 5 }, to: { line: 0, character: 10 } });
    assert.deepEqual(spanPositions(d, { start: 8, end: -3 }), { from: { line: 0, character: 0 }, to: { line: 0, character: 8 } });
  });

  test('accepts numbers from a command URI, a tree item or a message, and nothing else', () => {
    assert.deepEqual(revealSpanArgs(12, 40), { start: 12, end: 40 });
    assert.deepEqual(revealSpanArgs(12, undefined), { start: 12, end: 12 });
    assert.deepEqual(revealSpanArgs(3.7, 9.2), { start: 3, end: 9 });
    assert.equal(revealSpanArgs('12', 40), undefined);
    assert.equal(revealSpanArgs(12, '40'), undefined);
    assert.equal(revealSpanArgs(Number.NaN, 4), undefined);
    assert.equal(revealSpanArgs(0, Number.POSITIVE_INFINITY), undefined);
    assert.equal(revealSpanArgs(null, null), undefined);
  });

  test('the reveal command is contributed but kept out of the Command Palette', () => {
    const manifest = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'package.json'), 'utf8'));
    const ids = (manifest.contributes.commands as { command: string }[]).map((c) => c.command);
    assert.ok(ids.includes('newsAnnotator.revealSpan'));
    assert.ok(!ids.includes('newsAnnotator.revealRange'), 'the line-based command is gone');
    const palette = manifest.contributes.menus.commandPalette as { command: string; when: string }[];
    assert.equal(palette.find((m) => m.command === 'newsAnnotator.revealSpan')?.when, 'false');
  });
});
