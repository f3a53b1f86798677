import * as assert from 'node:assert/strict';
import { ClaimantResolver } from '../analysis/claimants';
import { MentionIndex } from '../analysis/mentionIndex';
import { territoryMentions, type TerritoryMention } from '../analysis/territories';
import { TerritoryBounds } from '../analysis/territoryBounds';
import { loadGazetteer } from '../node/gazetteerFile';

const resolver = new ClaimantResolver(loadGazetteer(), []);

/** A place entity named at each of `names` in the text (the first occurrence). */
function placesAt(text: string, names: readonly string[]): MentionIndex {
  const entities = names.map((name, i) => {
    const start = text.indexOf(name);
    return { id: `p${i}`, type: 'place', name, aliases: [], roles: [], mentions: [{ start, end: start + name.length, text: name }] };
  });
  return new MentionIndex(entities as unknown as ConstructorParameters<typeof MentionIndex>[0]);
}

const SENTENCES: readonly (readonly [string, readonly string[]])[] = [
  ['Russian troops took the village of Zorvania and the Donetsk region, then these annexed regions.', []],
  ['They abandoned Zorvania, but the territory and all the occupied lands stayed theirs.', []],
  ["Ukraine's army retook Russia's Kursk region and Kherson Oblast from the Bank of England.", ["Russia's Kursk region"]],
  ['While Georgia claims Abkhazia, the Istanbul talks on land swaps failed; East Jerusalem was named.', ['Georgia']],
  ['Officials in Zorvania claimed that the talks failed, and such claims over this peninsula were dropped.', []],
  ['ALL THESE TERRITORIES and Lan\u017fs of Valdoria belong to the Kestrel Front.', []],
  ['Officials said \u017fuch annexed regions and Kherson\u2019s lands, all the\u00a0islands, were lost.', []],
];

suite('territory bounds', () => {
  test('every mention territoryMentions finds is where the bounds say one may be', () => {
    for (const [text, places] of SENTENCES) {
      const entities = placesAt(text, places);
      const found = territoryMentions(text, 0, text.length, entities, resolver);
      assert.ok(found.length >= 3, text);
      const bounds = new TerritoryBounds(text, 0, text.length, entities, resolver);
      const inside = (m: TerritoryMention, from: number, to: number) => m.start <= from && m.end >= to;
      for (let from = 0; from <= text.length; from++) {
        for (let to = from; to <= text.length; to++) {
          const starting = found.filter((m) => m.start >= from && m.start < to);
          const ending = found.filter((m) => m.end >= from && m.end <= to);
          const why = `${text} [${from}, ${to})`;
          if (starting.length) assert.ok(bounds.mayStartIn(from, to, () => true), why);
          if (starting.some((m) => m.kind !== 'candidate')) assert.ok(bounds.mayStartIn(from, to, () => false), why);
          if (ending.length) assert.ok(bounds.mayEndIn(from, to, () => true), why);
          if (ending.some((m) => m.kind !== 'candidate')) assert.ok(bounds.mayEndIn(from, to, () => false), why);
          if (to > from && found.some((m) => (m.kind === 'anaphor' || m.kind === 'generic') && inside(m, from, to))) assert.ok(bounds.mayHold(from, to), why);
        }
      }
    }
  });

  test('so too in sentences made at random from names, connectors, determiners, land words and odd characters', () => {
    const pieces = [
      'Zorvania', 'Kherson', 'Bank', 'of', 'de', 'la', 'England', "Russia's", 'Kursk', 'region', 'Oblast', 'the', 'these', 'all',
      'ALL THE', 'annexed', 'regions', 'territory', 'land\u017fs', '\u017fuch', 'peninsula', 'took', 'control', 'held', 'East',
      'Jerusalem', 'Houthi-held', 'U.S.', 'town', 'village of', 'county', 'krai', '\u2019s', '"', ',', '2014', '\u00a0', 'talks', 'Golan Heights', '\u212aiev',
    ];
    let seed = 7;
    const next = (n: number) => ((seed = (seed * 48271) % 2147483647), seed % n);
    const kinds = new Set<string>();
    for (let s = 0; s < 60; s++) {
      const words: string[] = [];
      for (let w = 4 + next(10); w > 0; w--) words.push(pieces[next(pieces.length)]!);
      const text = words.join(next(4) === 0 ? '  ' : ' ') + '.';
      const found = territoryMentions(text, 0, text.length, new MentionIndex([]), resolver);
      for (const m of found) kinds.add(m.kind);
      const bounds = new TerritoryBounds(text, 0, text.length, new MentionIndex([]), resolver);
      for (let from = 0; from <= text.length; from++) {
        for (let to = from + 1; to <= text.length; to++) {
          const why = `${text} [${from}, ${to})`;
          if (found.some((m) => m.start >= from && m.start < to)) assert.ok(bounds.mayStartIn(from, to, () => true), why);
          if (found.some((m) => m.end >= from && m.end <= to)) assert.ok(bounds.mayEndIn(from, to, () => true), why);
          if (found.some((m) => (m.kind === 'anaphor' || m.kind === 'generic') && m.start <= from && m.end >= to)) assert.ok(bounds.mayHold(from, to), why);
        }
      }
    }
    assert.deepEqual([...kinds].sort(), ['anaphor', 'candidate', 'generic', 'place']);
  });

  test('where no mention may stand, the bounds say so', () => {
    const text = 'Officials claimed that the talks failed in Zorvania, and the annexed regions stayed.';
    const bounds = new TerritoryBounds(text, 0, text.length, new MentionIndex([]), resolver);
    const at = (word: string) => text.indexOf(word);
    // "that the talks": no capital, no determiner opening an anaphor, no land word
    assert.equal(bounds.mayStartIn(at(' that'), at(' failed'), () => true), false);
    // an unknown name counts only when asked for
    assert.equal(bounds.mayStartIn(at(' Zorvania'), at(','), () => false), false);
    assert.equal(bounds.mayStartIn(at(' Zorvania'), at(','), () => true), true);
    assert.equal(bounds.mayEndIn(at(' failed'), at(' in'), () => true), false);
    // "annexed" stands inside "the annexed regions"; "claimed" inside no anaphor
    assert.equal(bounds.mayHold(at('annexed'), at(' regions')), true);
    assert.equal(bounds.mayHold(at('claimed'), at(' that')), false);
    assert.equal(bounds.mayStartIn(at('the annexed'), at(' annexed'), () => false), true);
  });
});
