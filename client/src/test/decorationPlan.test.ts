import * as assert from 'node:assert/strict';
import { labelColumn, planDecorations } from '../decorationPlan';
import { claim, payload, quote, range } from './fixtures';

suite('decoration plan', () => {
  test('quotes go to their speaker palette slot, cycling past the end of the palette', () => {
    const plan = planDecorations(payload({
      quotes: [
        quote({ range: range(0, 0, 10), speaker: 'Ann Lee', colorIndex: 0 }),
        quote({ range: range(1, 0, 10), speaker: 'Bo Chan', colorIndex: 1 }),
        quote({ range: range(2, 0, 10), speaker: 'Cy Diaz', colorIndex: 2 }),
        quote({ range: range(3, 0, 10), speaker: 'Ann Lee', colorIndex: 0 }),
      ],
    }), 2);
    assert.equal(plan.speakerQuotes.length, 2);
    assert.deepEqual(plan.speakerQuotes[0], [range(0, 0, 10), range(2, 0, 10), range(3, 0, 10)]);
    assert.deepEqual(plan.speakerQuotes[1], [range(1, 0, 10)]);
    assert.deepEqual(plan.unattributedQuotes, []);
  });

  test('quotes without a speaker are unattributed', () => {
    const plan = planDecorations(payload({ quotes: [quote({ range: range(0, 4, 9) })] }), 8);
    assert.deepEqual(plan.unattributedQuotes, [range(0, 4, 9)]);
    assert.ok(plan.speakerQuotes.every((r) => r.length === 0));
  });

  test('a label follows only quotes whose speaker is named far away', () => {
    const plan = planDecorations(payload({
      quotes: [
        quote({ range: range(0, 0, 10), speaker: 'Ann Lee', colorIndex: 0, speakerFar: false }),
        quote({ range: range(4, 2, 7, 5), speaker: 'Ann Lee', colorIndex: 0, speakerFar: true }),
        quote({ range: range(6, 0, 3), speaker: null, speakerFar: true }),
      ],
    }), 8);
    assert.deepEqual(plan.labels, [{ position: { line: 5, character: 7 }, speaker: 'Ann Lee', slot: 0 }]);
  });

  test('claims keep their details for the hover', () => {
    const c = claim({ range: range(2, 0, 40), claimant: 'Northland', territories: ['Isle of Ash'] });
    assert.deepEqual(planDecorations(payload({ claims: [c] }), 8).claims, [c]);
  });

  test('a skipped document draws nothing', () => {
    const plan = planDecorations(payload({
      quotes: [quote({ range: range(0, 0, 1) })],
      skipped: { reason: 'too-large', message: 'larger than the limit' },
    }), 8);
    assert.deepEqual(plan, { speakerQuotes: [], unattributedQuotes: [], labels: [], claims: [] });
  });

  test('a label goes after the closing quotation mark the range stops at', () => {
    const line = '“We stay,” she said, and “we mean it”.';
    assert.equal(labelColumn(line, line.indexOf('”')), line.indexOf('”') + 1);
    assert.equal(labelColumn('He said "no" twice.', 11), 12);
    assert.equal(labelColumn('a «oui» b', 6), 7);
    assert.equal(labelColumn('plain words here', 5), 5);
    assert.equal(labelColumn('short', 40), 5);
    assert.equal(labelColumn('', 0), 0);
    assert.equal(labelColumn('x', -3), 0);
  });
});
