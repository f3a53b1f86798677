import * as assert from 'node:assert/strict';
import { blockCueMatches } from '../analysis/claims';
import { cueAlternation } from '../analysis/cueAlternation';
import cueData from '../analysis/data/claim-cues.json';

const letters = (mask: number) => (mask === -1 ? 'any' : [...'abcdefghijklmnopqrstuvwxyz'].filter((_, i) => mask & (1 << i)).join(''));

suite('cue alternation', () => {
  test('groups branches under their first letter, leading groups distributed, optional ones too', () => {
    const patterns = ['annex(?:es|ed)?|Absorb', '(?:the )?capture of', '(?:seized|took) (?:full )?control', '(?<!no )claims?', '(?:a|b)+c', 'x?y'];
    const { firstLetters } = cueAlternation(patterns);
    assert.deepEqual(firstLetters.map(letters), ['a', 'ct', 'st', 'any', 'any', 'any']);
  });

  test('matches where one of the patterns matches, and nowhere else', () => {
    const patterns = ['annex(?:es|ed)?|Absorb', '(?:the )?capture of', '(?:seized|took) (?:full )?control', '(?<!no )claims?', '(?:a|b)+c', 'x?y'];
    const { source } = cueAlternation(patterns);
    const grouped = new RegExp(`\\b(?:${source})\\b`, 'iy');
    const each = patterns.map((p) => new RegExp(`\\b(?:${p})\\b`, 'iy'));
    const text = 'They ANNEXED it, absorbed nothing, the capture of Zorvania, took full control, no claims, his claim, abc, aabbc, xy y ty, seized control.';
    let matched = 0;
    for (let at = 0; at < text.length; at++) {
      grouped.lastIndex = at;
      const any = each.some((re) => ((re.lastIndex = at), re.test(text)));
      assert.equal(grouped.test(text), any, `at ${at}: ${text.slice(at, at + 12)}`);
      if (any) matched++;
    }
    assert.ok(matched >= 10, `${matched} places`);
  });
});

suite('claim cues, in one pass', () => {
  test('are the matches of each cue\'s own scan, where several cues match at one place', () => {
    const text = 'Russian troops took control of Kherson, seized control over Izium, took over the port and regained control of it; ' +
      'it was absorbed into Russia, fell to Russia, Crimea belongs to Russia and is part of Russia. Claims over the strip, the claims to it; ' +
      'the recapture of the town, the capture of the city; they would not recognise it, and declined to accept the annexation of Crimea.';
    const own: string[] = [];
    cueData.cues.forEach((c, index) => {
      const flags = c.pattern.includes('?<claimant>') ? 'gu' : 'gi';
      for (const m of text.matchAll(new RegExp(`\\b(?:${c.pattern})\\b`, flags))) {
        const start = m.index;
        const end = start + m[0].length;
        if (/[\p{L}\p{N}-]/u.test(text.charAt(start - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(end))) continue;
        own.push(`${start}:${end}:${index}`);
      }
    });
    const found = blockCueMatches(text).map((m) => `${m.start}:${m.end}:${m.cue.index}`);
    assert.ok(found.length >= 25, `${found.length} matches`);
    assert.deepEqual([...found].sort(), own.sort());
  });

  test('the claimant cues, scanned only in the lines holding what they contain, find what a scan of the whole text finds', () => {
    const text = 'Valdor-held towns\nno control here, nor rule\nthe port under Kestrel control and the Ostland-run mill\n\nunder\nOstland control\nin Brava’s military occupation\nRiver-held';
    const own: string[] = [];
    cueData.cues.forEach((c, index) => {
      if (!c.pattern.includes('?<claimant>')) return;
      for (const m of text.matchAll(new RegExp(`\\b(?:${c.pattern})\\b`, 'gu'))) {
        own.push(`${m.index}:${m.index + m[0].length}:${index}:${m.groups!.claimant}`);
      }
    });
    const found = blockCueMatches(text).filter((m) => m.claimantText !== null).map((m) => `${m.start}:${m.end}:${m.cue.index}:${m.claimantText}`);
    assert.equal(own.length, 5, own.join(' '));
    assert.deepEqual(found, own.sort((a, b) => parseInt(a) - parseInt(b)));
  });

  test('a case-sensitive cue\'s finder matches wherever the cue does, in hand-written and random texts', () => {
    const withFinder = cueData.cues.filter((c) => 'finder' in c) as { pattern: string; finder: string }[];
    assert.ok(withFinder.length >= 1);
    const words = ['under', 'in', 'Under', 'IN', 'Valdor', 'Kestrel’s', "Ost's", 'É', 'military', 'full', 'de', 'facto', 'control', 'occupation', 'rule', 'Rule', 'the'];
    const seps = [' ', ' ', ' ', ', ', '\n', '-', '’s ', "'s "];
    let seed = 7;
    const random = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed % n);
    const texts = ['Towns under Valdor control, in Kestrel’s military occupation and under Ost\'s de facto rule.', 'under ÉVA control; in 𝐀lpha control'];
    for (let t = 0; t < 300; t++) texts.push(Array.from({ length: 12 }, () => words[random(words.length)] + seps[random(seps.length)]).join(''));
    for (const c of withFinder) {
      const cue = new RegExp(`\\b(?:${c.pattern})\\b`, 'gu');
      const finder = new RegExp(`\\b(?:${c.finder})\\b`, 'iy');
      let matched = 0;
      for (const text of texts) {
        for (const m of text.matchAll(cue)) {
          matched++;
          finder.lastIndex = m.index;
          assert.ok(finder.test(text), `${c.finder} misses ${m[0]}`);
        }
      }
      assert.ok(matched >= 20, `${matched} matches of ${c.pattern}`);
    }
  });
});
