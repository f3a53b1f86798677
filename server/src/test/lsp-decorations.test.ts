import * as assert from 'node:assert/strict';
import { skippedParams, SkipNotices } from '../lsp/decorations';
import { isSpeakerFar } from '../lsp/annotationModel';
import { claimsTable } from '../lsp/claimsTable';
import type { Quote } from '../analysis/types';
import { article, find, fullPayload } from './lspFixture';

suite('lsp: annotations notification and claims table', () => {
  test('one colour per speaker in order of first quote, -1 without a speaker', () => {
    const { doc, annotations } = article();
    const q = annotations.quotes;
    const params = fullPayload(doc, { ...annotations, quotes: [q[0]!, q[1]!, { ...q[0]!, start: q[0]!.start + 1 }, { ...q[1]!, speaker: null, speakerEntity: null, speakerMention: undefined, start: q[1]!.start + 1 }] });
    // sent in document order
    assert.deepEqual(params.quotes.map((x) => x.colorIndex), [0, 0, 1, -1]);
    assert.equal(params.uri, doc.uri);
    assert.equal(params.version, 1);
    assert.deepEqual(params.counts, { quotes: 4, people: 1, claims: 1 });
    assert.equal(params.skipped, undefined);
  });

  test('ranges, claims and entities travel as LSP ranges', () => {
    const { doc, annotations } = article();
    const params = fullPayload(doc, annotations);
    assert.equal(doc.getText(params.quotes[1]!.range), '“We will not give up Northport,”');
    assert.equal(params.quotes[1]!.cue, 'said');
    assert.deepEqual(params.claims[0], { range: params.claims[0]!.range, type: 'control', claimant: 'Eastland', territories: ['Northport'] });
    const northport = params.entities.find((e) => e.name === 'Northport')!;
    assert.deepEqual(northport.ranges.map((r) => r.start.line), [2, 3]);
  });

  test('speakerFar: named outside the quote sentence, or not named at all', () => {
    const { annotations, text } = article();
    const q = annotations.quotes[1]!;
    assert.equal(isSpeakerFar(q), false);
    const elsewhere: Quote = { ...q, speakerMention: find(text, 'Velk', 1) };
    assert.equal(isSpeakerFar(elsewhere), true);
    assert.equal(isSpeakerFar({ ...q, speakerMention: undefined }), true);
    assert.equal(isSpeakerFar({ ...q, speaker: null, speakerEntity: null, speakerMention: undefined }), false);
  });

  test('skipped documents say why and carry nothing', () => {
    const p = skippedParams('file:///big.txt', 3, 'too-large', 'not analysed: larger than 2.0 MB');
    assert.deepEqual(p.skipped, { reason: 'too-large', message: 'not analysed: larger than 2.0 MB' });
    assert.deepEqual([p.quotes, p.claims, p.entities], [[], [], []]);
  });

  test('claims table: one row per claim with its sentence', () => {
    const { doc, annotations } = article();
    const rows = claimsTable(doc, annotations);
    assert.equal(rows.length, 1);
    const { range, start, end, ...row } = rows[0]!;
    assert.deepEqual(row, { claimant: 'Eastland', type: 'control', territories: ['Northport'], extent: 'most', sentence: 'Velk added that Eastland controls most of Northport.' });
    assert.equal(range.start.line, 3);
    assert.deepEqual(doc.positionAt(start), range.start);
    assert.deepEqual(doc.positionAt(end), range.end);
  });

  test('a skip reason is said once per document, again when it changes or is forgotten', () => {
    const notices = new SkipNotices();
    assert.equal(notices.shouldSay('a', 'binary', 'm'), true);
    assert.equal(notices.shouldSay('a', 'binary', 'm'), false);
    assert.equal(notices.shouldSay('b', 'binary', 'm'), true);
    assert.equal(notices.shouldSay('a', 'too-large', 'm'), true);
    notices.forget('a');
    assert.equal(notices.shouldSay('a', 'too-large', 'm'), true);
    notices.forget();
    assert.equal(notices.shouldSay('b', 'binary', 'm'), true);
  });
});
