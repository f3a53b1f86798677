import * as assert from 'node:assert/strict';
import { blockCueMatches } from '../analysis/claims';
import { characterClass, cueAlternation } from '../analysis/cueAlternation';
import cueData from '../analysis/data/claim-cues.json';
import { seededRandom } from './seededRandom';

const letters = (mask: number) => (mask === -1 ? 'any' : [...'abcdefghijklmnopqrstuvwxyz'].filter((_, i) => mask & (1 << i)).join(''));

suite('cue alternation', () => {
  test('groups branches under their first letter, leading groups distributed, optional ones too', () => {
    const patterns = ['annex(?:es|ed)?|Absorb', '(?:the )?capture of', '(?:seized|took) (?:full )?control', '(?<!no )claims?', '(?:a|b)+c', 'x?y'];
    const { firstLetters } = cueAlternation(patterns);
    assert.deepEqual(firstLetters.map(letters), ['a', 'ct', 'st', 'any', 'any', 'any']);
  });

  test('groups the rests of a group by their letters in turn, a lone rest left whole', () => {
    assert.equal(cueAlternation(['annex(?:es|ed)?', 'annexation of', 'Absorb', 'took over|take']).source, 'a(?:nnex(?:e(?:s|d)|ation of|)|bsorb)|t(?:ook over|ake)');
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

/** The second characters `pairs` allows after `first`, as letters (and '_' for another character). */
const seconds = (pairs: Uint32Array | null, first: string) => {
  if (pairs === null) return 'any';
  const mask = pairs[characterClass(first.charCodeAt(0))]!;
  return mask === (1 << 27) - 1 ? 'any' : [...'abcdefghijklmnopqrstuvwxyz_'].filter((_, i) => mask & (1 << i)).join('');
};

suite('cue alternation, two opening characters', () => {
  test('are read from the branches, a look-behind passed over, anything unclear allowing any', () => {
    const patterns = ['annex(?:es|ed)?|Absorb', '(?:the )?capture of', '(?<!no )claims?', '(?:a|b)+c', 'an? x', 'a|b-c|d[ef]', '“?x'];
    const { firstPairs } = cueAlternation(patterns);
    assert.deepEqual(['a', 'c', 't', 'x'].map((f) => seconds(firstPairs[0]!, f)), ['bn', '', '', '']);
    assert.deepEqual(['t', 'c', 'a'].map((f) => seconds(firstPairs[1]!, f)), ['h', 'a', '']);
    assert.deepEqual(['c', 'n'].map((f) => seconds(firstPairs[2]!, f)), ['l', '']);
    assert.equal(firstPairs[3], null);
    assert.equal(seconds(firstPairs[4]!, 'a'), 'any');
    assert.deepEqual(['a', 'b', 'd'].map((f) => seconds(firstPairs[5]!, f)), ['any', '_', 'any']);
    assert.equal(firstPairs[6], null);
  });

  test('allow the two characters every match of every cue opens with, in random texts of cue words', () => {
    const patterns = cueData.cues.map((c) => ('finder' in c ? (c as { finder: string }).finder : c.pattern));
    const { firstPairs } = cueAlternation(patterns);
    const words = ['the', 'annexed', 'Annexation', 'of', 'claims', 'Claimed', 'sovereignty', 'over', 'took', 'control', 'in', 'under', 'Valdor', 'held', 'fell', 'to', 'is', 'part', 'a', 'recognise', 'not', 'accept', 'land', 'swap', 'hold', 'on', 'its'];
    const seps = [' ', ' ', ' ', ', ', '-', '\n'];
    const random = seededRandom(11);
    let matched = 0;
    for (let t = 0; t < 400; t++) {
      const text = Array.from({ length: 10 }, () => words[random(words.length)] + seps[random(seps.length)]).join('');
      cueData.cues.forEach((c, k) => {
        for (const m of text.matchAll(new RegExp(`\\b(?:${c.pattern})\\b`, c.pattern.includes('?<claimant>') ? 'gu' : 'gi'))) {
          matched++;
          const pairs = firstPairs[k]!;
          if (pairs === null) continue;
          const allowed = pairs[characterClass(text.charCodeAt(m.index))]! & (1 << characterClass(text.charCodeAt(m.index + 1)));
          assert.ok(allowed, `${c.pattern} at ${JSON.stringify(text.slice(m.index, m.index + 12))}`);
        }
      });
    }
    assert.ok(matched >= 300, `${matched} matches`);
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

  test('the claimant cues, scanned only in the lines holding what they contain or where their finder matches, find what a scan of the whole text finds', () => {
    /** The claimant cues' matches in `text` by each cue's own scan of the whole text, and by blockCueMatches. */
    const both = (text: string) => {
      const own: string[] = [];
      cueData.cues.forEach((c, index) => {
        if (!c.pattern.includes('?<claimant>')) return;
        for (const m of text.matchAll(new RegExp(`\\b(?:${c.pattern})\\b`, 'gu'))) {
          // (glued to a hyphen or more letters: part of a longer word, as blockCueMatches finds)
          if (/[\p{L}\p{N}-]/u.test(text.charAt(m.index - 1)) || /[\p{L}\p{N}]/u.test(text.charAt(m.index + m[0].length))) continue;
          own.push(`${m.index}:${m.index + m[0].length}:${index}:${m.groups!.claimant}`);
        }
      });
      const found = blockCueMatches(text).filter((m) => m.claimantText !== null).map((m) => `${m.start}:${m.end}:${m.cue.index}:${m.claimantText}`);
      return { own: own.sort((a, b) => parseInt(a) - parseInt(b)), found };
    };
    const { own, found } = both('Valdor-held towns\nno control here, nor rule\nthe port under Kestrel control and the Ostland-run mill\n\nunder\nOstland control\nin Brava’s military occupation\nRiver-held');
    assert.equal(own.length, 5, own.join(' '));
    assert.deepEqual(found, own);
    const words = ['Valdor-held', 'River-run', 'Ost-HELD', 'held', 'Kestrel-controlled', 'Brava-occupied', 'X.-administered', 'under', 'in', 'Valdor', 'Ost’s', 'full', 'control', 'rule', 'run', 'the'];
    const seps = [' ', ' ', ' ', ', ', '\n', '-', '\r\n'];
    const random = seededRandom(5);
    let matched = 0;
    for (let t = 0; t < 300; t++) {
      const text = Array.from({ length: 10 }, () => words[random(words.length)] + seps[random(seps.length)]).join('');
      const got = both(text);
      assert.deepEqual(got.found, got.own, JSON.stringify(text));
      matched += got.own.length;
    }
    assert.ok(matched >= 200, `${matched} matches`);
  });

  test('a cue\'s finder matches wherever the cue does, in hand-written and random texts', () => {
    const withFinder = cueData.cues.filter((c) => 'finder' in c) as { pattern: string; finder: string }[];
    assert.ok(withFinder.length >= 1);
    // a vocabulary for each kind of cue: the words of one, mixed with words that near-miss it
    const vocabularies = [
      ['under', 'in', 'Under', 'IN', 'Valdor', 'Kestrel’s', "Ost's", 'É', 'military', 'full', 'de', 'facto', 'control', 'occupation', 'rule', 'Rule', 'the'],
      ['remains', 'remain', 'will', 'be', 'is', 'are', 'and', 'always', 'Valdorian', 'Éstian', 'again', 'valdorian', 'É', 'the'],
      ['is', 'are', 'was', 'Is', 'Valdor', 'Éstia', 'Valdorian', 'valdor', 'sovereign', 'historic', 'territory', 'land', 'soil', 'the', 'Ost’', '“Ost”', 'É'],
      ['territorial integrity of', 'territorial integrity Of', 'Valdor', 'Éstia', 'valdor', 'including', 'Including'],
      ['considers', 'regarded', 'Views', 'the isle', 'part of', 'parts of', 'to be', 'an integral', 'Valdor', 'Éstia', 'valdor'],
      ['is', 'are', 'remains', 'Is', 'Valdor’s', "Ost's", 'Éstia’s', 'valdor’s', 'inherent', 'own', 'sovereign', 'territory', 'lands', 'soil', 'the'],
      ['under', 'Under', 'UNDER', 'Valdorian', 'Kestrel’s', "Ost's", 'É', 'valdorian', 'sovereignty', 'Sovereignty', 'full', 'the'],
      ['apply', 'extended', 'Imposes', 'imposing', 'Valdorian', 'Éstian', 'valdorian', 'its', 'sovereignty', 'to', 'over', 'On', 'the isle'],
      ['and', 'always', 'was', 'has', 'been', 'will', 'be', 'And', 'Valdorian', 'Éstian', 'valdorian', 'territory', 'land', '“Ost”', 'É', 'is'],
      ['withdrew', 'Withdraws', 'retreated', 'pull', 'PULLED', 'pulling', 'its', 'their remaining', 'the remaining', 'troops', 'forces', 'and', 'staff', 'from', 'out', 'of', 'Ost'],
    ];
    const seps = [' ', ' ', ' ', ', ', '\n', '-', '’s ', "'s "];
    const random = seededRandom(7);
    const texts = ['Towns under Valdor control, in Kestrel’s military occupation and under Ost\'s de facto rule.', 'under ÉVA control; in 𝐀lpha control',
      'Kestria will be Valdorian again.', 'Ost is and will always remain Éstian, they say', 'The isle remains Valdorian; it remained Ostic!',
      'Kestria is Valdor. “Ost is Éstia,” they say', 'The isle is sovereign Valdorian territory; Ost was Valdor’ and is Ostic’s',
      'the territorial integrity of Valdor, including Ost', 'Ost considers the isle part of Valdor; Kestria regarded it to be an integral part of Éstia', 'territorial integrity of Éstia including the isle; territorial integrity of valdor, including',
      'Autonomy under Valdorian sovereignty, under Kestrel’s sovereignty and under Ost\'s sovereignty; under Éstian sovereignty',
      'Ost is, and always was, Valdorian territory; the isle is, and will always be, Éstian. Kestria is, and has always been, “Ostic” land',
      'Valdor withdrew its troops from Ost and will pull troops from the isle; Kestria pulled its remaining forces out of Ost, Retreated from Éstia and is pulling the soldiers from Ost.'];
    for (const name of ['Valdor’s', "Ost's", 'Éstia’s', 'Kestria’s']) texts.push(`Ost is ${name} inherent territory. The isles are ${name} own sovereign land, and Kestria remains ${name} soil.`);
    for (const name of ['Valdorian', 'Éstian', 'Ostic', 'Kestrian']) {
      for (const verb of ['apply', 'applies', 'extended', 'imposing']) texts.push(`They ${verb} ${name} sovereignty to the isle, ${verb} ${name} sovereignty over Ost and ${verb} ${name} Sovereignty on it.`);
    }
    for (const name of ['Valdorian', 'Kestrel’s', "Ost's", 'Éstian', 'Valdor']) texts.push(`Autonomy under ${name} sovereignty; towns Under ${name} sovereignty and under ${name} full sovereignty; islands under ${name} sovereignty, under ${name} sovereignty.`);
    for (const verb of ['considers', 'considered', 'regards', 'deemed', 'views', 'viewed']) {
      for (const name of ['Valdor', 'Éstia', 'Ost’s', 'the Valdor']) texts.push(`Ost ${verb} the northern isle part of ${name} and ${verb} it to be an integral part of ${name}.`);
    }
    for (const verb of ['considers', 'regarded', 'Views', 'deems', 'regards', 'viewed']) {
      for (const name of ['Valdorian', 'Éstian', 'Kestrian']) texts.push(`Ost ${verb} the northern isle as ${name} territory and ${verb} Kestria ${name} sovereign land.`);
    }
    for (const name of ['Valdorian', 'Éstian', '“Ostic', 'Kestrian']) {
      for (const since of ['always was', 'has always been', 'always will be', 'will always be']) texts.push(`Ost is, and ${since}, ${name} territory; the isles are, and ${since}, ${name}.`);
    }
    for (const words of vocabularies) for (let t = 0; t < 1500; t++) texts.push(Array.from({ length: 12 }, () => words[random(words.length)] + seps[random(seps.length)]).join(''));
    for (const c of withFinder) {
      const cue = new RegExp(`\\b(?:${c.pattern})\\b`, c.pattern.includes('?<claimant>') ? 'gu' : 'gi');
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
