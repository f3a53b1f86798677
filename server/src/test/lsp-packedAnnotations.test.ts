import * as assert from 'node:assert/strict';
import { createAnalyzer, type Annotations } from '../analysis';
import { loadGazetteer } from '../node/gazetteerFile';
import { forgetUnpacked, packAnnotations, recentlyUnpacked, unpackAnnotations, UNPACKED_DOCUMENTS } from '../lsp/packedAnnotations';

const ARTICLE = [
  '# Talks in Kyiv',
  '',
  '“We will never give up Crimea,” President Volodymyr Zelensky said on Tuesday in Kyiv. 🇺🇦',
  'Kremlin spokesman Dmitry Peskov said Russia considers Crimea an inseparable part of Russia.',
  '',
  'The “special” talks, according to a French diplomat, may resume in Geneva next week.\r\nHe said they would.',
].join('\n');

const roundTrip = (a: Annotations, text: string): Annotations => unpackAnnotations(packAnnotations(a, text), text);

suite('lsp: packed annotations', () => {
  test('an analysis comes back the same, keys in the same order', () => {
    const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
    for (const markdown of [false, true]) {
      const a = analyzer.analyze(ARTICLE, { markdown });
      assert.ok(a.quotes.length > 0 && a.entities.some((e) => e.geo));
      const back = roundTrip(a, ARTICLE);
      assert.deepStrictEqual(back, a);
      assert.equal(JSON.stringify(back), JSON.stringify(a));
    }
  });

  test('the document’s own text is not stored, other strings once each', () => {
    const text = 'Anna Example met Anna Example.';
    const a: Annotations = {
      blocks: [],
      entities: [{ id: 'e1', type: 'person', name: 'Anna Example', aliases: [], roles: [], mentions: [{ start: 0, end: 12, text: 'Anna Example' }, { start: 17, end: 29, text: 'Anna Example' }] }],
      quotes: [],
      claims: [],
    };
    const packed = packAnnotations(a, text);
    assert.deepEqual(packed.strings.filter((s) => s === 'Anna Example'), ['Anna Example']);
    assert.deepStrictEqual(unpackAnnotations(packed, text), a);
  });

  test('odd values survive: negative and fractional numbers, -0, undefined, booleans, a text that is not the document’s, unknown fields', () => {
    const text = 'abc😀def\u0000';
    const odd = {
      blocks: [{ start: 0, end: 3, kind: 'paragraph', level: 0, sentences: [{ start: 0, end: 3 }] }],
      entities: [{ id: 'e1', type: 'place', name: 'X', aliases: ['\ud800'], roles: [], mentions: [{ start: 3, end: 5, text: '😀' }, { start: 0, end: 3, text: 'abd' }, { start: 5, end: 9, text: 'def' }],
        geo: { kind: 'city', name: 'X', countryCode: undefined, lat: -12.345, lon: 0.5, population: 3e9, geonameId: -7, extra: -0, flag: true, none: null } }],
      quotes: [],
      claims: [],
      later: { nested: [[1, 2], [], [false]] },
    } as unknown as Annotations;
    const back = roundTrip(odd, text);
    assert.deepStrictEqual(back, odd);
    assert.ok(Object.is((back.entities[0]!.geo as unknown as { extra: number }).extra, -0));
    assert.ok('countryCode' in back.entities[0]!.geo!);
  });

  test('the last few documents asked for stay unpacked, older ones are unpacked again', () => {
    const texts = Array.from({ length: UNPACKED_DOCUMENTS + 1 }, (_, i) => `Text number ${i}.`);
    const analyzer = createAnalyzer();
    const packed = texts.map((t) => packAnnotations(analyzer.analyze(t), t));
    const first = recentlyUnpacked('doc0', packed[0]!, texts[0]!);
    assert.equal(recentlyUnpacked('doc0', packed[0]!, texts[0]!), first);
    for (let i = 1; i < packed.length; i++) recentlyUnpacked(`doc${i}`, packed[i]!, texts[i]!);
    const again = recentlyUnpacked('doc0', packed[0]!, texts[0]!);
    assert.notEqual(again, first);
    assert.deepStrictEqual(again, first);
  });

  test('a newer result of a document replaces its older one; a closed document is forgotten', () => {
    const analyzer = createAnalyzer();
    const older = packAnnotations(analyzer.analyze('Old text.'), 'Old text.');
    const newer = packAnnotations(analyzer.analyze('New text here.'), 'New text here.');
    const a = recentlyUnpacked('doc', older, 'Old text.');
    const b = recentlyUnpacked('doc', newer, 'New text here.');
    assert.notEqual(a, b);
    assert.equal(b.blocks[0]!.end, 'New text here.'.length);
    assert.equal(recentlyUnpacked('doc', newer, 'New text here.'), b);
    forgetUnpacked('doc');
    assert.notEqual(recentlyUnpacked('doc', newer, 'New text here.'), b);
  });
});
