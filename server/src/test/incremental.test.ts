// Incremental analysis: re-analysing an edited document with the previous result must give
// exactly what a full analysis of the new text gives, whatever the edits.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { CancelledError, createAnalyzer, type Annotations } from '../analysis';
import { plainTextBlocks, textEdit } from '../analysis/blocks';
import { BlockCache, shiftOffsets } from '../analysis/incremental';
import type { ProseDocument } from '../analysis/document';
import { FullNames } from '../analysis/fullNames';
import { analyzeDocument } from '../analysis/pipeline';
import { forEachCapitalisedRun, fullNameOf } from '../analysis/speakers';
import { noopToken } from '../analysis/types';
import { loadGazetteer } from '../node/gazetteerFile';
import { applyEdit, articles, edits, typedEdits, type Edit } from './randomEdits';
import { WalkCheckpoints } from '../analysis/walkCheckpoints';
import type { WalkLists, WalkState } from '../analysis/walkState';

const RUNS = Number(process.env.FUZZ_RUNS) || 150;

const PARAGRAPHS = [
  'Talks Resume in Geneva',
  'The minister said on Tuesday that “the talks will resume next week,” adding that Kyiv had agreed.',
  '“We will never give up Crimea,” Volodymyr Zelensky told reporters in Kyiv.',
  'Kremlin spokesman Dmitry Peskov said Russia controls most of the Donetsk region.',
  'According to Peskov, the regions are an inseparable part of Russia. Moscow annexed Crimea in 2014.',
  '“It is a red line,” he said. “There will be no negotiation.”',
  'Mr. Smith met Dr. Ortiz at the U.S. embassy. They talked until 5 p.m. The press waited.',
  'Ukrainian forces recaptured the town, the Ministry of Defence said in a statement.',
];
const EDIT_CHARS = ['a', 'X', ' ', '.', '“', '”', '"', '\'', '\n', '\r\n', '😀', 'é', '\u0301', 'Putin ', ' said ', '. The '];

const article = articles(PARAGRAPHS, ['\n', '\n\n', '\r\n', '\n \n'], 12);
const edit = edits(EDIT_CHARS, 12);

suite('incremental analysis', function () {
  this.timeout(60_000);
  const gazetteer = loadGazetteer();

  /** Analyses `text`, then each edit of it from the analysis before, each result checked against a fresh full analysis; returns how many edits were analysed. */
  const editsGiveFull = (text: string, edits: readonly Edit[], keep: boolean): number => {
    const incremental = createAnalyzer({ gazetteer });
    let previous: Annotations = incremental.analyze(text, { keep });
    for (const e of edits) {
      text = applyEdit(text, e);
      previous = incremental.analyze(text, { previous });
      assert.deepEqual(previous, createAnalyzer({ gazetteer }).analyze(text));
    }
    return edits.length;
  };

  test('a result carries its memos for its own analyzer only, and shows nothing of them', () => {
    const analyzer = createAnalyzer({ gazetteer });
    const before = 'Kyiv is far.\n\nThe minister spoke.\n';
    const after = 'Kyiv is far.\n\nThe minister spoke today.\n';
    const first = analyzer.analyze(before);
    assert.deepEqual(Object.keys(first), ['blocks', 'entities', 'quotes', 'claims']);
    assert.equal(JSON.stringify(first), JSON.stringify(createAnalyzer({ gazetteer }).analyze(before)));
    // the unchanged first paragraph's block is the previous one's, reused
    assert.equal(analyzer.analyze(after, { previous: first }).blocks[0], first.blocks[0]);
    // another analyzer (another gazetteer, perhaps) makes its own
    assert.notEqual(createAnalyzer({ gazetteer }).analyze(after, { previous: first }).blocks[0], first.blocks[0]);
    // a copy of a result is no previous result
    assert.notEqual(analyzer.analyze(after, { previous: { ...first } }).blocks[0], first.blocks[0]);
  });

  test(`a chain of random edits gives what full analysis gives (${RUNS} runs)`, () => {
    fc.assert(
      fc.property(article, fc.array(fc.tuple(edit, fc.boolean()), { minLength: 1, maxLength: 8 }), fc.boolean(), fc.boolean(), (text, edits, markdown, keep) => {
        const incremental = createAnalyzer({ gazetteer });
        // kept from the first analysis or from the first edit on (see AnalyzeOptions.keep), and
        // let go of now and then (Analyzer.release)
        let previous: Annotations = incremental.analyze(text, { markdown, keep });
        for (const [e, release] of edits) {
          if (release) incremental.release(previous);
          text = applyEdit(text, e);
          previous = incremental.analyze(text, { markdown, previous });
          assert.deepEqual(previous, createAnalyzer({ gazetteer }).analyze(text, { markdown }));
        }
      }),
      { numRuns: RUNS },
    );
  });

  // Paragraphs whose analysis leans on other paragraphs: a word's case elsewhere (Justice, Vell),
  // a person's side learnt earlier (Kremlin spokesman … later just the surname), territories named
  // before ("the annexed regions"), entities whose canonical name a later mention changes, a
  // frame announcing the next paragraph's quote ("The minister said:"), speech continued.
  const LEANING = [
    'JUSTICE FOR KHERSON AS TALKS STALL',
    'Justice was done, said Tom Reed.',
    'The Justice ministry said Moscow annexed Crimea and the Donetsk region in 2022.',
    'Kremlin spokeswoman Anna Vell said Russia controls the town of Vuhledar.',
    'Vell said the annexed regions are an inseparable part of Russia.',
    'Reed told reporters in Kyiv that Ukraine would retake Crimea.',
    '“It is ours,” Vell said.',
    'Green said the talks failed.',
    'The envoy met Green in Paris.',
    'Protesters gathered in Kiev.',
    'Russia says it controls Kyiv.',
    'The minister said:',
    '“We will not leave the region.”',
    '“Nor will we talk.”',
  ];
  const LEANING_EDITS = ['Justice ', 'justice ', 'Vell ', 'Kremlin spokesman Ivo Vell ', 'Reed', 'Tom ', '. ', '\n', 'Crimea, ', 'Green ', 'Kiev ', ':', '“', 'x', ''];

  test(`edits that change what other paragraphs lean on give what full analysis gives (${RUNS} runs)`, () => {
    const leaning = fc.array(fc.constantFrom(...LEANING), { minLength: 2, maxLength: 10 }).map((paras) => paras.join('\n'));
    const leaningEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(8), insert: fc.constantFrom(...LEANING_EDITS) });
    fc.assert(
      fc.property(leaning, fc.array(leaningEdit, { minLength: 1, maxLength: 8 }), fc.boolean(), (text, edits, keep) => {
        editsGiveFull(text, edits, keep);
      }),
      { numRuns: RUNS },
    );
  });

  // Names used across paragraphs, edited inside (a letter in or out of "Vell"), made and unmade
  // ("Ivo Vell" typed or deleted elsewhere), and paragraphs split and merged (a line end in or out):
  // long chains, since what one analysis carries to the next is first reused at the second edit.
  const NAMED_PARAGRAPHS = [
    'Kremlin spokesman Ivo Vell said Russia controls Kherson.',
    '“We will stay,” Vell said.',
    'Russia thanked Tom Green on Monday.',
    'Green said Moscow annexed Crimea and the Donetsk region.',
    'Justice was done, said Anna Reed.',
    'The Justice ministry met Reed in Kyiv.',
    '“It is ours,” he said.',
    'Protesters gathered in Kiev.',
  ];
  const NAME_EDITS = ['V', 'e', 'l', 'Ivo Vell ', 'Green ', 'Anna ', 'Reed', 'Justice ', 'justice ', '\n', '\n\n', '. ', ' said ', ''];

  test(`long chains of edits inside names, making and unmaking them, splitting and merging paragraphs (${RUNS} runs)`, () => {
    const text = fc.array(fc.constantFrom(...NAMED_PARAGRAPHS), { minLength: 2, maxLength: 10 }).map((paras) => paras.join('\n'));
    const nameEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(5), insert: fc.constantFrom(...NAME_EDITS) });
    fc.assert(
      fc.property(text, fc.array(nameEdit, { minLength: 2, maxLength: 14 }), (start, edits) => {
        editChain(start, edits.map((e) => (t: string) => applyEdit(t, e)));
      }),
      { numRuns: RUNS },
    );
  });

  // Long articles whose name edits reach paragraphs far away (mergedLocally.ts): a name the vote
  // types only where another paragraph says what it is ("Zorvik"), a word of the case evidence that
  // only a company's name gives ("Motor"), which a headline and a sentence's opening read; the
  // paragraphs between stand, and are passed by.
  const FAR_PARAGRAPHS = [
    'Zorvik grows.',
    'They met in Zorvik.',
    'The Kia Motor Corp rose.',
    'Motor Dan Rusk spoke.',
    'KIA MOTOR SALES RISE',
    'It rained. Nobody came.',
    'In Paris, the talks went on.',
    'Kremlin spokesman Ivo Vell spoke.',
    'They met in Vell.',
  ];
  const FAR_EDITS = ['Motor ', 'o', 'x', 'in Zorvik ', 'at ', 'Ivo Vell ', 'Vell', '\n', ''];

  test(`long articles: name edits whose vote or case evidence reaches far paragraphs give what full analysis gives (${Math.ceil(RUNS / 3)} runs)`, () => {
    const long = fc.array(fc.constantFrom(...FAR_PARAGRAPHS), { minLength: 20, maxLength: 60 }).map((paras) => paras.join('\n'));
    const farEdit = fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(4), insert: fc.constantFrom(...FAR_EDITS) });
    fc.assert(
      fc.property(long, fc.array(farEdit, { minLength: 2, maxLength: 8 }), (start, edits) => {
        editChain(start, edits.map((e) => (t: string) => applyEdit(t, e)));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  // Articles long enough for the claims stage to start again from a checkpoint (walkCheckpoints.ts)
  // well before an edit: claims, anaphors and sides spread over many sentences, names that a later
  // mention makes fuller ("Vell", then "Anna Vell"), quotes whose speaker is named so, roles that
  // give a person a side; edits that change those after a claim, or before it.
  const CLAIM_PARAGRAPHS = [
    'It rained.',
    'It rained. The wind blew. Nobody came.',
    'Moscow annexed Crimea and the Donetsk region in 2022.',
    'Kremlin spokeswoman Anna Vell said Russia controls the town of Vuhledar.',
    'Vell said the annexed regions are an inseparable part of Russia.',
    '“It is ours,” Vell said of Kherson.',
    'Ukraine says it controls Kyiv.',
    'Reed told reporters that Ukraine would retake Crimea.',
    'These territories belong to Russia.',
    'Ivo Reed met the envoy in Kyiv.',
  ];
  const CLAIM_EDITS = ['Anna ', 'Ivo ', 'Kremlin spokesman Tom Reed spoke. ', 'Russian envoy Ivo Reed spoke. ', 'annexed ', 'x', '. ', '\n', 'Crimea, ', '“', 'It rained. ', 'Vell', ''];

  /**
   * Articles of `minLength`..`maxLength` of `paragraphs`, edited 1..6 times with `inserts`, each
   * analysis checked against a full one: how many analyses there were, and how many of them
   * WalkCheckpoints' `method` answered.
   */
  function walkedLongArticles(method: 'resume' | 'converge', paragraphs: readonly string[], minLength: number, maxLength: number, inserts: readonly string[]) {
    const long = fc.array(fc.constantFrom(...paragraphs), { minLength, maxLength }).map((paras) => paras.join('\n'));
    let analyses = 0;
    const answered = counting(method, () =>
      fc.assert(
        fc.property(long, fc.array(typedEdits(inserts, 8), { minLength: 1, maxLength: 6 }), fc.boolean(), (text, edits, keep) => {
          analyses += editsGiveFull(text, edits, keep);
        }),
        { numRuns: RUNS },
      ),
    );
    return { answered, analyses };
  }

  test(`long articles: claims started again from before an edit give what full analysis gives (${RUNS} runs)`, () => {
    const { answered, analyses } = walkedLongArticles('resume', CLAIM_PARAGRAPHS, 40, 70, CLAIM_EDITS);
    // the walk did start again from checkpoints, often
    assert.ok(answered > analyses / 3, `${answered} of ${analyses} analyses started from a checkpoint`);
  });

  // Articles long enough for the claims walk to come back, past an edit, to the state the previous
  // walk had (walkCheckpoints.ts, `converge`), with what it reads back and ahead spread over many
  // sentences: lists and single places that anaphors refer to, "these claims", "annexed it", the
  // side of the claim before ("its"), sides learnt from roles and read in quotes, states whose
  // entity a place named later gives; edits that change those, before a claim or within reach.
  const REST_PARAGRAPHS = [
    'It rained. The wind blew. Nobody came. The roads were empty.',
    'It rained.',
    'Moscow annexed Crimea and the Donetsk region in 2022.',
    'Vell said the annexed regions are an inseparable part of Russia.',
    'These territories belong to Russia.',
    'Kyiv rejects these claims.',
    'Fighting raged near the town of Zorvik.',
    'Russian troops seized the town.',
    'Russian troops captured Dorn in May and annexed it.',
    'Its troops kept control of Kherson.',
    'Kremlin spokeswoman Anna Vell spoke.',
    'Vell claims Kherson.',
    '“Kherson is part of our country,” Vell said.',
    'They met in Russia.',
    'Ukraine says it controls Kyiv.',
    'Russia sent Ivo Reed to the talks.',
    'Reed annexed Dorn.',
  ];
  const REST_EDITS = ['Anna ', 'Kremlin spokesman Tom Vell spoke. ', 'Ukrainian envoy Anna Vell spoke. ', 'annexed ', 'x', '. ', '\n', 'Crimea, ', '“', 'It rained. ', 'Vell', 'the town of ', 'Russia', 'Zorvik ', '', 'Norway sent Ivo Reed. ', 'Russia thanked Tom Vell. '];

  test('a claim within reach read with its side: the rest of the previous walk is not taken where an edit changed a side learnt before it', () => {
    // (found by the property below: "Russia sent Ivo Reed …" made Reed Russia's; an edit broke
    // that sentence, and "Kyiv rejects these claims" after "Reed annexed Dorn" must no longer reject Russia's)
    const text = [
      'Its troops kept control of Kherson.',
      'Ukraine says it controls Kyiv.',
      'Fighting raged near the town of Zorvik.',
      'Russian troops seized the town.',
      'Russian troops seized the town.',
      'Russia sent Ivo Reed to the talks.',
      'Russian troops seized the town.',
      'Kyiv rejects these claims.',
      'It rained.',
      'Russian troops captured Dorn in May and annexed it.',
      'Russian troops seized the town.',
      'These territories belong to Russia.',
      '“Kherson is part of our country,” Vell said.',
      'Ukraine says it controls Kyiv.',
      'Reed annexed Dorn.',
      'Russian troops captured Dorn in May and annexed it.',
      'Ukraine says it controls Kyiv.',
      'Kremlin spokeswoman Anna Vell spoke.',
      'It rained. The wind blew. Nobody came. The roads were empty.',
      'They met in Russia.',
      'It rained. The wind blew. Nobody came. The roads were empty.',
      'Vell claims Kherson.',
      'Reed annexed Dorn.',
      'Kyiv rejects these claims.',
      'Kyiv rejects these claims.',
      'Reed annexed Dorn.',
      'It rained. The wind blew. Nobody came. The roads were empty.',
      'Kyiv rejects these claims.',
      'These territories belong to Russia.',
      'Reed annexed Dorn.',
      'Kremlin spokeswoman Anna Vell spoke.',
      'Kremlin spokeswoman Anna Vell spoke.',
      'Russian troops seized the town.',
      '“Kherson is part of our country,” Vell said.',
      'Russian troops seized the town.',
      'Reed annexed Dorn.',
      'Kyiv rejects these claims.',
      'These territories belong to Russia.',
      'Kyiv rejects these claims.',
      'Kyiv rejects these claims.',
      'Vell claims Kherson.',
      'Moscow annexed Crimea and the Donetsk region in 2022.',
      'Reed annexed Dorn.',
      'They met in Russia.',
      'Russia sent Ivo Reed to the talks.',
      '“Kherson is part of our country,” Vell said.',
      '“Kherson is part of our country,” Vell said.',
      'Fighting raged near the town of Zorvik.',
      'Kremlin spokeswoman Anna Vell spoke.',
      'Kremlin spokeswoman Anna Vell spoke.',
      'Fighting raged near the town of Zorvik.',
      'Reed annexed Dorn.',
      '“Kherson is part of our country,” Vell said.',
      'Moscow annexed Crimea and the Donetsk region in 2022.',
      'Reed annexed Dorn.',
      'Vell claims Kherson.',
      'Kyiv rejects these claims.',
    ].join('\n');
    editsGiveFull(text, [{"at":0.101313,"remove":0,"insert":"Kremlin spokesman Tom Vell spoke. "},{"at":0.685921,"remove":5,"insert":"Vell"},{"at":0.088752,"remove":0,"insert":"Anna "}], false);
  });

  test(`long articles: the rest of the claims walk taken from the previous one past an edit gives what full analysis gives (${RUNS} runs)`, () => {
    const { answered, analyses } = walkedLongArticles('converge', REST_PARAGRAPHS, 50, 90, REST_EDITS);
    assert.ok(answered > analyses / 3, `${answered} of ${analyses} analyses took the rest of the previous walk`);
  });

  test('the last cue that may make a claim is the previous analysis\'s where the edit leaves what is read from it on alike, and found again where not', () => {
    const text = [arrival, 'Talks stalled. Moscow annexed Dorn.', ...Array<string>(6).fill(quiet), 'Russian troops annexed Kherson.', quiet, noClaim, quiet, 'The end.'].join('\n');
    // edits before the last claim leave it the last; edits after it add a later one, or take it away
    assert.equal(counting('readsAlikeFrom', () => editChain(text, [replace('The end.', 'The very end.'), replace('Talks stalled.', 'Talks stalled again.'), replace('annexed Dorn', 'took Dorn')])), 2);
    editChain(text, [replace('The end.', 'The very end.'), replace(noClaim, 'It annexed Zorvik.'), replace('It annexed Zorvik.', noClaim), replace('troops annexed Kherson', 'troops left Kherson')]);
  });

  test('between sentences with a cue, far apart, the claims walk starts again from a state it recorded on the way, and takes the previous walk\'s rest from one', () => {
    // sentences 0 and 1, then 60 without a cue, then the claims; the edit before the 31st
    const middle = 'The streets were quiet. The wind blew. The roads were empty. All was quiet.';
    const text = [arrival, noClaim, ...Array<string>(7).fill(quiet), middle, ...Array<string>(7).fill(quiet), noClaim, 'Russian troops annexed Kherson.', quiet, 'The end.'].join('\n');
    const resumedAt: number[] = [];
    const convergedAt: number[] = [];
    const prototype = WalkCheckpoints.prototype as unknown as Record<'resume' | 'converge', (...args: unknown[]) => unknown>;
    const { resume, converge } = prototype;
    prototype.resume = function (this: WalkCheckpoints<WalkState, WalkLists>, ...args: unknown[]) {
      const result = resume.apply(this, args) as { sentence: number } | undefined;
      if (result) resumedAt.push(result.sentence);
      return result;
    };
    prototype.converge = function (this: WalkCheckpoints<WalkState, WalkLists>, ...args: unknown[]) {
      const result = converge.apply(this, args);
      if (result) convergedAt.push(args[0] as number);
      return result;
    };
    try {
      editChain(text, [replace('The end.', 'The very end.'), insertAt(middle, 'It snowed. ')]);
    } finally {
      Object.assign(prototype, { resume, converge });
    }
    // the second edit starts again after the first cue (sentence 1), at least a reach before it
    const edited = resumedAt[resumedAt.length - 1]!;
    assert.ok(edited > 1 && edited < 30 - 12, `resumed at ${resumedAt.join()}`);
    // and takes the rest before the next cue (sentence 62, 63 after the edit)
    assert.ok(convergedAt.length > 0 && convergedAt[convergedAt.length - 1]! < 63, `converged at ${convergedAt.join()}`);
  });

  test(`every state the claims walk records, kept or taken from the previous walk, stands at the first quote its sentence reads (${Math.ceil(RUNS / 3)} runs)`, () => {
    // the walk records states between cues too, where it reads no quote: each must still count
    // where the quotes stand, since a walk taking the previous one's rest goes on from such a state
    type Kept = { sentences: number[]; states: WalkState[]; moves: (unknown | undefined)[]; index: { sentences: { start: number }[] }; inputs: { quotes: { sentence: { end: number } }[] } };
    const prototype = WalkCheckpoints.prototype as unknown as { finish: (...args: unknown[]) => void; moved: (state: WalkState, by: unknown) => WalkState };
    const finish = prototype.finish;
    let checked = 0;
    prototype.finish = function (this: Kept, ...args: unknown[]) {
      const { quotes } = this.inputs;
      for (let k = 0; k < this.sentences.length; k++) {
        const by = this.moves[k];
        const state = by ? prototype.moved.call(this, this.states[k]!, by) : this.states[k]!;
        const start = this.index.sentences[this.sentences[k]!]!.start;
        let first = 0;
        while (first < quotes.length && quotes[first]!.sentence.end <= start) first++;
        assert.equal(state.quoteAt, first, `the state before sentence ${this.sentences[k]}`);
        checked++;
      }
      finish.apply(this, args);
    };
    try {
      const long = fc.array(fc.constantFrom(...REST_PARAGRAPHS, '“It is over,” Reed said.'), { minLength: 40, maxLength: 70 }).map((paras) => paras.join('\n'));
      fc.assert(
        fc.property(long, fc.array(typedEdits([...REST_EDITS, '“It is over,” he said. '], 8), { minLength: 1, maxLength: 6 }), (text, edits) => {
          editsGiveFull(text, edits, true);
        }),
        { numRuns: Math.ceil(RUNS / 3) },
      );
    } finally {
      prototype.finish = finish;
    }
    assert.ok(checked > 0);
  });

  /** How many calls of WalkCheckpoints' `method` gave a result while `run` ran. */
  function counting(method: 'resume' | 'converge' | 'takeAhead' | 'readsAlikeFrom', run: () => void): number {
    let count = 0;
    const prototype = WalkCheckpoints.prototype as unknown as Record<string, (...args: unknown[]) => unknown>;
    const original = prototype[method]!;
    prototype[method] = function (this: WalkCheckpoints<WalkState, WalkLists>, ...args: unknown[]) {
      const result = original.apply(this, args);
      if (result) count++;
      return result;
    };
    try {
      run();
    } finally {
      prototype[method] = original;
    }
    return count;
  }

  // The claims walk starts again from before the second claim, more than a reach before the end:
  // what the end of the article changes in the first claim must reach it all the same.
  const claimsThenEnd = (first: string, end: string[]) => {
    const filler = 'It rained. '.repeat(24).trim();
    // the first edit leaves the claims alone: the later ones start from what it carried
    editChain(`${first}\nMoscow annexed Kherson.\n${filler}\nThe end.`, [insertAt('end', 'very '), ...end.map((e) => (text: string) => `${text}\n${e}`), replace(`\n${end[0]}`, '')]);
  };

  test('a role given later in the article gives a person named in a claim before it a side', () => {
    claimsThenEnd('He met Ivo Vell. Vell claims Kherson.', ['Kremlin spokesman Ivo Vell spoke.']);
  });

  test('a name typed later in the article retypes a territory of a claim before it', () => {
    claimsThenEnd('Russian troops seized Dorn.', ['Dorn spoke.']);
  });

  test('a place named later in the article becomes the entity of a side claiming before it', () => {
    claimsThenEnd('Russian troops seized Crimea.', ['They met in Russia.']);
  });

  /** Analyses `text`, then each edit in turn with the previous result, checking each against a full analysis. */
  function editChain(text: string, edits: readonly ((text: string) => string)[], markdown = false): void {
    const analyzer = createAnalyzer({ gazetteer });
    let previous = analyzer.analyze(text, { markdown });
    for (const change of edits) {
      text = change(text);
      previous = analyzer.analyze(text, { markdown, previous });
      assert.deepEqual(previous, createAnalyzer({ gazetteer }).analyze(text, { markdown }), `after the edit to ${JSON.stringify(text)}`);
    }
  }
  const insertAt = (before: string, inserted: string) => (text: string) => text.replace(before, inserted + before);
  const replace = (from: string, to: string) => (text: string) => text.replace(from, to);

  test('a word that comes into (or leaves) the case evidence elsewhere retypes the names that asked about it', () => {
    // "Green" (a common word) opening a sentence, and "JUSTICE" in a headline, are names only
    // while the document has them capitalised mid-sentence
    const text = 'Green said the talks failed.\nThe envoy met Green in Paris.\nJUSTICE FOR KHERSON AS TALKS STALL';
    // an edit that leaves the evidence alone first, so that later ones are checked against carried counts
    editChain(text, [
      insertAt('failed', 'soon '),
      replace('met Green', 'met green'),
      replace('met green', 'met Green'),
      insertAt('in Paris', 'the Justice ministry '),
      replace('Justice ministry', 'justice ministry'),
      replace('\nThe envoy', ' The envoy'),
    ]);
  });

  test('the paragraphs that asked about a word of the case evidence are found again after edits make and change them', () => {
    // "Motor" opening a sentence is a name's first word only while the document has it capitalised
    // mid-sentence: each flip must find every paragraph that asked, also those made after the last one
    const text = 'The Kia Motor Corp rose.\nMotor Dan Rusk spoke.\nIt rained.';
    editChain(text, [
      insertAt('rained', 'hard '),
      replace('Kia Motor', 'Kia Mxtor'),
      (t) => `${t}\nMotor Ivo Bell spoke.`,
      replace('Kia Mxtor', 'Kia Motor'),
      replace('Motor Dan', 'Motor Don'),
      replace('Kia Motor', 'Kia Mxtor'),
      replace('\nMotor Ivo Bell spoke.', ''),
      replace('Kia Mxtor', 'Kia Motor'),
    ]);
  });

  test('a side learnt before an unchanged sentence, or unlearnt, reaches it', () => {
    // "Russia thanked Tom Vell on Monday": Vell speaks for Russia from there on (no role in the entities)
    editChain('The weather was cold.\nNobody came.\nVell claims Kherson.\nGreen claims Crimea.\nVell saiVell cow annexed Crimea.', [
      insertAt('cold', 'very '),
      replace('Nobody came.', 'Russia thanked Tom Vell on Monday.'),
      // fewer changes to the sides than before
      replace('Russia thanked', 'Nobody thanked'),
      replace('Nobody thanked', 'Russia thanked'),
      // as many changes to the sides as before, but not the same
      replace('Russia thanked', 'Ukraine thanked'),
      replace('Tom Vell on', 'Ivo Green on'),
      replace('Ukraine thanked', 'Nobody thanked'),
      insertAt('Nobody', 'Russia thanked Ivo Green on Friday.\n'),
    ]);
  });

  test('a side learnt in an unchanged sentence is learnt again at every edit below it', () => {
    editChain('Russia thanked Tom Vell on Monday.\nThe weather was cold.\nVell claims Kherson.', [
      insertAt('cold', 'very '),
      insertAt('cold', 'very '),
      replace('Kherson', 'Kherson and Crimea'),
    ]);
  });

  test('a side the entities give a person (by role) reaches sentences that stand unchanged', () => {
    editChain('Ivo Vell, the weather man, spoke.\nNobody came.\nVell claims Kherson.', [
      insertAt('came', 'ever '),
      replace('weather man', 'Kremlin spokesman'),
      replace('Kremlin spokesman', 'Kremlin gardener'),
      replace('gardener', 'spokesman'),
    ]);
  });

  test('what stands before an unchanged paragraph (a place-marking "in") is read again', () => {
    editChain('The talks ended.\nThey met in\nMoscow claims Kherson.', [
      insertAt('ended', 'soon '),
      replace('met in', 'met in it.'),
      replace('met in it.', 'met in'),
      replace('met in', 'met'),
    ]);
  });

  // The entities of an edit that leaves every mention as it was are the previous analysis's,
  // moved (mergedEntities.ts): edits that change what a mention says but not its name must not be.
  test('an edit that changes what a name stands for, but not the name, votes and merges again', () => {
    editChain('Dorn said no.\nThey met in Dorn on Monday.\nThey saw Dorn.\nKremlin spokesman Ivo Vell spoke.\nTroops held the Kerl front.', [
      // the first edit carries the merge, the next moves it
      insertAt('Monday', 'late '),
      insertAt('Monday', 'very '),
      // a weaker place: the other Dorns are people now
      replace('met in Dorn', 'met to Dorn'),
      replace('spokesman', 'envoy'),
      replace('Kerl front', 'Kerl frontline'),
      // the same words, another text
      replace('Ivo Vell', 'Ivo  Vell'),
      replace('met to Dorn', 'met in Dorn'),
      insertAt('Troops', 'Ivo Dorn came. '),
      replace('Ivo Dorn came. ', ''),
    ]);
  });

  test('an edit that leaves the names alone moves the entities: those before it stay the very same', () => {
    const analyzer = createAnalyzer({ gazetteer });
    let text = PARAGRAPHS.join('\n');
    let previous = analyzer.analyze(text);
    for (const [word, edited] of [['red line', 'red line again'], ['press waited', 'press still waited'], ['in a statement', 'in a long statement']]) {
      text = text.replace(word!, edited!);
      const next = analyzer.analyze(text, { previous });
      assert.deepEqual(next, createAnalyzer({ gazetteer }).analyze(text));
      if (word === 'in a statement') {
        assert.ok(next.entities.length > 5);
        assert.ok(next.entities.every((e, i) => e === previous.entities[i]));
      }
      previous = next;
    }
  });

  test('an analysis cancelled half-way after the entities were moved leaves the previous result fit to start again from', () => {
    const texts = [PARAGRAPHS.join('\n')];
    for (const [word, edited] of [['red line', 'red line again'], ['press waited', 'press still waited'], ['Peskov said', 'Peskov  said']]) texts.push(texts[texts.length - 1]!.replace(word!, edited!));
    const full = createAnalyzer({ gazetteer }).analyze(texts[3]!);
    for (let checks = 1; checks < 30; checks++) {
      const analyzer = createAnalyzer({ gazetteer });
      const previous = texts.slice(0, 3).reduce<Annotations | undefined>((p, t) => analyzer.analyze(t, { previous: p }), undefined);
      let asked = 0;
      const token = {
        get isCancellationRequested() {
          return ++asked > checks;
        },
      };
      try {
        analyzer.analyze(texts[3]!, { previous }, token);
      } catch (e) {
        assert.ok(e instanceof CancelledError);
      }
      assert.deepEqual(analyzer.analyze(texts[3]!, { previous }), full, `cancelled after ${checks} checks`);
    }
  });

  // Past an edit the claims walk takes the previous walk's rest only where it reads on as that
  // walk did (walkCheckpoints.ts, `converge`). Each article below has a claim, well past the edit,
  // that the edit changes through what the walk carries to it; the first edit (at the end) leaves
  // the claims alone, so that the next is analysed from what was carried.
  const quiet = 'It rained. The wind blew. The roads were empty. All was quiet.';
  const arrival = 'The envoy arrived in the capital on a cold and windy Tuesday morning after a long flight from the north of the country.';
  // a cue sentence that makes no claim: a checkpoint where the walk may take the rest
  const noClaim = 'It annexed nothing.';
  // Every entity the article names comes first: an edit below that makes or unmakes one renumbers
  // no other, so that the entities read past the edit stand as they were.
  const afterEntities = (...parts: string[]) =>
    ['Russia, Ukraine, Kherson, Kyiv, Crimea, Zorvik, Ivo Reed, Tom Green, Russian and Turkish envoys met.', arrival, ...parts, ...Array<string>(12).fill(quiet), 'Ukraine says it controls Kyiv.', quiet, 'The end.'].join('\n');
  /** `editChain` from `text`, the edit of `then` coming after one at the end; how many analyses took the rest of the previous walk. */
  const restTaken = (text: string, ...then: ((text: string) => string)[]) => counting('converge', () => editChain(text, [replace('The end.', 'The very end.'), ...then]));

  test('past an edit, the claims walk takes the rest of the previous one where it reads on alike, not where its state differs', () => {
    // nothing the edit changes reaches past it: the rest is taken, each time
    assert.equal(restTaken(afterEntities('Talks stalled. ' + arrival, noClaim, 'Russian troops annexed Crimea.'), insertAt('Talks stalled.', 'It rained. '), replace('It rained. ', '')), 2);
    // a list that a later anaphor refers to, whether an anaphor heads it ("the eastern regions – …")
    // or not ("the eastern towns – …"): the later claim reads it alike, and the rest is taken
    assert.equal(restTaken(afterEntities('Talks stalled. The eastern regions – Donetsk, Luhansk and Kherson – saw fighting. ' + arrival, 'Ukraine says it controls Kyiv.', 'These territories belong to Russia.'), replace('eastern regions', 'eastern towns'), replace('eastern towns', 'eastern regions')), 2);
    // the side of the claim before "its", however far back
    assert.equal(restTaken(afterEntities('Talks stalled. Moscow annexed Dorn. ' + arrival, ...Array<string>(4).fill(quiet), noClaim, 'Its troops kept control of Kherson.'), replace('Moscow annexed', 'Norway annexed'), replace('Norway annexed', 'Moscow annexed')), 0);
    // the side a person was given ("Russia sent Ivo Reed …"), read in a later claim
    assert.equal(restTaken(afterEntities('Talks stalled. Russia sent Ivo Reed to the talks. ' + arrival, ...Array<string>(4).fill(quiet), noClaim, 'Reed claims Kherson.'), replace('Russia sent', 'Norway sent'), replace('Norway sent', 'Russia sent')), 0);
    // the entity that names a state, which a later claim's side names
    assert.equal(restTaken(afterEntities('Talks stalled. So did Turkey. ' + arrival, ...Array<string>(4).fill(quiet), noClaim, 'Turkish troops annexed Kherson.'), replace(' So did Turkey.', ''), insertAt(' ' + arrival, ' So did Turkey.')), 0);
    // the speaker of a later quote ("he said"), whom the edit names
    assert.equal(restTaken(afterEntities('Talks stalled. Ivo Reed spoke. ' + arrival.replace('country.', 'country, and annexed nothing.'), noClaim, '“Kherson belongs to Russia,” he said.'), replace('Ivo Reed spoke.', 'Tom Green spoke.'), replace('Tom Green spoke.', 'Ivo Reed spoke.')), 2);
    // what the walk reads before a sentence after the edit ("the town of" before "Zorvik")
    const townOf = [arrival, 'It annexed little near the town of', 'Zorvik. Russian troops seized it in May.', ...Array<string>(12).fill(quiet), 'Russian troops annexed Kherson.', quiet, 'The end.'].join('\n');
    assert.equal(restTaken(townOf, replace('the town of', 'the house.'), replace('the house.', 'the town of')), 0);
    // a single place and a claim named before the edit, which a sentence added by it puts out of a later anaphor's reach
    const outOfReach = (named: string, anaphor: string) => [arrival, named, 'It annexed nothing in the town.', 'Talks stalled. ' + arrival.replace('country.', 'country, and annexed nothing.'), quiet, 'It rained. The wind blew.', noClaim, 'It rained.', anaphor, ...Array<string>(12).fill(quiet), 'Russian troops annexed Kherson.', quiet, 'The end.'].join('\n');
    for (const text of [outOfReach('Fighting raged near the town of Zorvik.', 'Russian troops seized the town.'), outOfReach('Russian troops annexed Dorn.', 'Kyiv rejects these claims.')]) {
      assert.equal(restTaken(text, insertAt('Talks stalled.', 'It rained. '), replace('It rained. Talks stalled.', 'Talks stalled.')), 0);
    }
  });

  test('past an edit that changes the side a person is learnt to take, the claims walk takes the rest of the previous one where it never asks about that person', () => {
    const sent = (after: string, ...later: string[]) => afterEntities('Talks stalled. Russia sent Ivo Reed to the talks. ' + after, ...Array<string>(4).fill(quiet), noClaim, ...later);
    // the rest never names Reed: taken whether the edit gives him another side or none
    assert.equal(restTaken(sent(arrival, 'Russian troops annexed Kherson.'), replace('Russia sent', 'Norway sent'), replace('Norway sent', 'Russia sent')), 2);
    assert.equal(restTaken(sent(arrival, 'Russian troops annexed Kherson.'), replace('Russia sent', 'Nobody sent'), replace('Nobody sent', 'Russia sent')), 2);
    // the rest names him, in any case: not taken (each edit is checked against a full analysis)
    assert.equal(restTaken(sent(arrival, 'REED annexed Kherson.'), replace('Russia sent', 'Nobody sent'), replace('Nobody sent', 'Russia sent')), 0);
    // the rest asks about him as the speaker of a quote ("he"), where his name is not written
    assert.equal(restTaken(sent(arrival.replace('country.', 'country, and annexed nothing.'), '“Kherson is part of our country,” he said.'), replace('Russia sent', 'Norway sent'), replace('Norway sent', 'Russia sent')), 0);
    // the sentences of the rest taken count the sides learnt before them in this walk's log: an edit
    // in the rest that learns before one of them what the log learnt after it is no reason to reuse it
    assert.equal(restTaken(sent(arrival, 'Green annexed Kherson.', 'Russia thanked Tom Green on Monday.'), replace('Russia sent', 'Nobody sent'), insertAt('Green annexed', 'Russia thanked Tom Green on Monday.\n')), 1);
    // the rest names him far on: taken up to the sentence naming him, the walk going on from
    // there, then taken from the next cue on (at each edit)
    const farOn = sent(arrival, 'Russian troops annexed Dorn.', quiet, 'It annexed Zorvik.', 'REED annexed Kherson.', quiet, 'Russian troops annexed Crimea.');
    assert.equal(counting('takeAhead', () => assert.equal(restTaken(farOn, replace('Russia sent', 'Nobody sent'), replace('Nobody sent', 'Norway sent')), 2)), 2);
    // a sentence before the rest gives him his side again: the sides are the same from there on
    assert.equal(restTaken(sent(arrival, 'Kremlin spokesman Ivo Reed spoke.', noClaim, 'Reed claims Kherson.'), replace('Russia sent', 'Norway sent'), replace('Norway sent', 'Russia sent')), 2);
  });

  test('past an edit that makes or unmakes an entity, the claims walk takes the rest of the previous one with the entities it renumbers renumbered', () => {
    // every entity is first named after the edit: "Norway" numbers each one more, then one less
    // again; the claims' sides, the states' entities and the quotes' speakers carry their ids
    const text = [arrival, 'Talks stalled. ' + arrival, ...Array<string>(4).fill(quiet), noClaim, ...Array<string>(12).fill(quiet),
      'Kremlin spokeswoman Anna Vell spoke.', '“Kherson is part of Russia,” Vell said, and Russian troops annexed Kherson.', quiet, 'Ukraine says it controls Kyiv.', quiet, 'The end.'].join('\n');
    assert.equal(restTaken(text, insertAt('Talks stalled.', 'Norway spoke. '), replace('Norway spoke. ', '')), 2);
    // the edit splits an entity past it: "Reed" stands for the nearest full name before it, the first
    // one past the edit for Ivo Reed once "Ivo Rees" is he, the second still for Tom Reed; one old id
    // for two now is no renumbering, and the walk reads on past that mention
    const split = [arrival, 'Kremlin spokesman Tom Reed spoke.', 'Talks stalled. Ivo Rees spoke. ' + arrival, ...Array<string>(4).fill(quiet), noClaim, ...Array<string>(12).fill(quiet),
      'Reed annexed Kherson.', quiet, 'Tom Reed came.', 'Reed annexed Dorn.', quiet, 'The end.'].join('\n');
    assert.equal(restTaken(split, replace('Ivo Rees', 'Ivo Reed'), replace('Ivo Reed', 'Ivo Rees')), 1);
  });

  test('claims are read again where an edit adds or removes a cue, an anaphor, a territory or a side, above or below unchanged paragraphs', () => {
    // more sentences than an anaphor reaches back over, so that each part is read for itself
    const filler = 'It rained. '.repeat(14).trim();
    // the first edit leaves the claims alone, so that later ones are checked against what was carried
    editChain(`The talks ended.\nKremlin spokesman Ivo Vell spoke.\nNobody came.\nVell claims Kherson.\n${filler}\nMoscow annexed Crimea and the Donetsk region in 2022.\nThe weather was cold.\nThey said the annexed regions are an inseparable part of Russia.\n${filler}`, [
      insertAt('ended', 'soon '),
      insertAt('Kremlin', 'It rained.\n'),
      replace('It rained.\nKremlin', 'Kremlin'),
      replace('annexed Crimea', 'visited Crimea'),
      replace('visited Crimea', 'annexed Crimea'),
      replace('the annexed regions', 'the regions'),
      insertAt('The weather', 'These territories belong to Russia.\n'),
      replace('\nThe weather was cold.', ''),
      replace('Kremlin spokesman', 'The gardener'),
      insertAt('The talks', 'They said the annexed regions are an inseparable part of Russia.\n'),
      replace('and the Donetsk region', ''),
    ]);
  });

  test('a territory read at a paragraph\'s start is read again when the paragraph before it changes', () => {
    // "the town of" before an unknown name makes it a place
    editChain('Nobody came.\nFighting raged near the town of\nZorvik. Russian troops seized it in May.', [
      insertAt('came', 'ever '),
      replace('the town of', 'the house.'),
      replace('the house.', 'the town of'),
    ]);
  });

  test('quotes are read again where an edit changes what an unchanged paragraph takes from its neighbours (an announcing frame, a reopened quotation, speech continued)', () => {
    editChain('The talks ended.\nThe minister said:\n“We will not leave the region.”\n“Nor will we talk.”\nVell said: “It is ours\n“and it stays ours,” he added.\nNobody came.', [
      insertAt('ended', 'soon '),
      replace('minister said:', 'minister said.'),
      replace('minister said.', 'minister said:'),
      replace('“Nor will', 'Nor will'),
      replace('Nor will', '“Nor will'),
      replace('\n“and it', '\nand it'),
      replace('\nand it', '\n“and it'),
      insertAt('The minister', 'It rained.\n'),
      replace('region.”\n', 'region.”\nThe envoy said:\n'),
      replace('The envoy said:\n', ''),
    ]);
  });

  // After an edit the quotes before it, and from where the walk over the blocks after it reads as
  // before, are the previous analysis's (quoteBlocks.ts). Each edit below must not be taken so.
  const quotesThen = (text: string, edit: (text: string) => string) => editChain(text, [insertAt('rained', 'hard '), edit]);
  // many mentions after the edit, so that the pronouns' look-back leaves the quotes after them to be taken
  const kyiv = `They went to ${'Kyiv, '.repeat(201)}Kyiv.`;

  // Quotes, pronouns and names around long lists of places (more mentions than a pronoun looks
  // back over), edited so that speakers, frames and entities change before and after the lists.
  const SPOKEN = [
    'It rained.',
    '“We will stay,” said Tom Reed.',
    '“It is over,” he said.',
    'Vell arrived.',
    '“We win,” Vell said.',
    'The minister said:',
    '“Nor will we talk.”',
    'Ana Vell smiled.',
    kyiv,
    `They flew to ${'Lviv, '.repeat(120)}Lviv.`,
  ];
  const SPOKEN_EDITS = ['Anna ', 'Tim ', 'Vell Corp ', 'he ', 'they ', ':', '“', 'x', '\n', 'Reed said. ', ''];

  test(`quotes around long lists of places give what full analysis gives (${Math.ceil(RUNS / 3)} runs)`, () => {
    const text = fc.array(fc.constantFrom(...SPOKEN), { minLength: 3, maxLength: 12 }).map((paras) => paras.join('\n'));
    fc.assert(
      fc.property(text, fc.array(typedEdits(SPOKEN_EDITS, 6), { minLength: 2, maxLength: 6 }), (start, edits) => {
        editChain(start, edits.map((e) => (t: string) => applyEdit(t, e)));
      }),
      { numRuns: Math.ceil(RUNS / 3) },
    );
  });

  test('quotes of unchanged paragraphs are taken from the previous analysis: before the edit the same, after it moved', () => {
    const analyzer = createAnalyzer({ gazetteer });
    const paragraph = (k: number) => `“We will stay ${k},” Vell said.`;
    let text = ['Kremlin spokesman Ivo Vell spoke.', ...Array.from({ length: 12 }, (_, k) => paragraph(k)), 'It rained.'].join('\n');
    let previous = analyzer.analyze(text, { keep: true });
    for (const change of [replace('stay 6,', 'stay 7,'), replace('stay 7,', 'stay 77,')]) {
      text = change(text);
      const next = analyzer.analyze(text, { previous });
      assert.deepEqual(next, createAnalyzer({ gazetteer }).analyze(text));
      assert.equal(next.quotes[0], previous.quotes[0]);
      // moved by nothing, the same again; else moved copies
      const last = next.quotes.length - 1;
      assert.equal(next.quotes[last] === previous.quotes[last], next.quotes[last]!.start === previous.quotes[last]!.start);
      previous = next;
    }
  });

  test('a frame announcing the next paragraph\'s quote, edited, names its speaker again', () => {
    quotesThen('It rained.\nThe minister said:\n“We will not leave the region.”', replace('minister said:', 'minister said.'));
    // the frame where it was, but its words changed
    quotesThen('It rained.\nThe minister said:\n“We will not leave the region.”', replace('The minister', 'xhe minister'));
  });

  test('a quote continuing the speech of an edited paragraph is named again', () => {
    quotesThen('It rained.\nVell arrived.\n“We will stay,” he said.\n“Nor will we talk.”', replace('he said', 'they said'));
  });

  test('the last person named before an edit is who "he" stands for beyond the pronoun\'s reach', () => {
    // more mentions than a pronoun looks back over stand between the name and "he"
    quotesThen(`It rained.\n“We will win,” said Tom Reed.\n${kyiv}\n“It is over,” he said.`, replace('said Tom Reed', 'said Ana Vell of Tom Reed'));
  });

  test('a pronoun that looks back over a mention the edit changed is named again', () => {
    quotesThen(`It rained.\nTom Reed arrived.\n“It is over,” he said.\n${kyiv}`, replace('Tom Reed', 'Tom Reed and Ana Vell'));
  });

  test('a pronoun after the edit looks back past a person and an organisation named after it only when one is of its kind', () => {
    // "it" looks back to an organisation: a person named after the edit does not stop it
    quotesThen('It rained.\nThe Ardent Group met.\nIt rained.\nIt rained.\nTom Reed arrived.\n“It is over,” it said.\nIt rained.', replace('It rained.\nIt rained.\nTom', 'It rained.\nThe Northtown Council met.\nTom'));
    // "he" looks back to a person: an organisation named after the edit does not stop him
    quotesThen('It rained.\nTom Reed arrived.\nIt rained.\nIt rained.\nThe Ardent Group met.\n“It is over,” he said.\nIt rained.', replace('It rained.\nIt rained.\nThe', 'It rained.\nIvo Vell arrived.\nThe'));
  });

  /** The analyses of `text` before and after replacing `from` by `to`, the second checked against a full one. */
  function editedOnce(text: string, from: string, to: string): { previous: Annotations; next: Annotations } {
    const analyzer = createAnalyzer({ gazetteer });
    const previous = analyzer.analyze(text, { keep: true });
    const edited = text.replace(from, to);
    const next = analyzer.analyze(edited, { previous });
    assert.deepEqual(next, createAnalyzer({ gazetteer }).analyze(edited));
    return { previous, next };
  }

  test('quotes past a person and an organisation named after the edit are taken from the previous analysis', () => {
    // the edit names a new person (one entity more), of the same length: the quote after is the very same
    // (a first name of either sex, which "he" and "she" may both stand for)
    const { previous, next } = editedOnce('Sam Vell came.\nTom Reed arrived.\nIt rained hard.\nThe Ardent Group met. Sam Vell spoke.\n“It is over,” he said.', 'It rained hard.', 'Ivo Kern spoke.');
    assert.equal(next.entities.length, previous.entities.length + 1);
    assert.equal(next.quotes[0]!.speaker, 'Sam Vell');
    assert.equal(next.quotes[0], previous.quotes[0]);
  });

  test('"he" past a woman named after the edit looks back into it: the quote is named again', () => {
    const { next } = editedOnce('Tom Reed arrived.\nIt rained hard.\nAna Vell spoke.\n“It is over,” he said.', 'It rained hard.', 'Ivo Kern spoke.');
    assert.equal(next.quotes[0]!.speaker, 'Ivo Kern');
  });

  test('a quote before the edit named by an entity that the edit renames is named again', () => {
    // the paragraph before the edit is read again (it asks whether the next one opens a quotation): one more
    quotesThen(`“It is ours,” Vell said.\nIt rained.\nIt rained.\nVell arrived.\n${kyiv}`, insertAt('Vell arrived', 'Anna '));
  });

  test('a quote after the edit named by an entity that the edit renames is named again', () => {
    quotesThen(`It rained.\nVell arrived.\n${kyiv}\n“We stay,” Vell said.`, insertAt('Vell arrived', 'Anna '));
  });

  test('quotes after the edit named by entities that an entity the edit adds renumbers are named by their new ids', () => {
    quotesThen(`It rained.\nIt rained.\n${kyiv}\n“We stay,” Vell said.`, insertAt('It rained.\n', 'Reed arrived. '));
  });

  test('a quote before the edit whose speaker an edit after it makes a name no more (or again) is named again', () => {
    // "Green" opening a sentence is a name while the article writes it capitalised mid-sentence
    const text = `Green said the talks failed.\nIt rained.\nIt rained.\nThe envoy met Green in Paris.\n${kyiv}`;
    quotesThen(text, replace('met Green', 'met green'));
    quotesThen(text.replace('met Green', 'met green'), replace('met green', 'met Green'));
  });

  test('an entity that the edit splits in two, before it and after it, names the quotes of each anew', () => {
    quotesThen(`Ivo Vell arrived.\n“We win,” Vell said.\nIt rained.\nIt rained.\nIt rained.\n${kyiv}\n“We stay,” Vell said.`, replace('It rained.\nThey went', 'Anna Vell came.\nThey went'));
  });

  test('a person that the edit makes an organisation is "he" no more after it', () => {
    quotesThen(`Vell arrived.\n“We win,” Vell said.\nIt rained.\nIt rained.\nIt rained.\n${kyiv}\n“Yes,” said Tom Reed.\nVell smiled.\n“We stay,” he said.`, replace('It rained.\nThey went', 'Vell Corp grew.\nThey went'));
  });

  test('a quotation left open before a paragraph the edit reopens is read again', () => {
    // the paragraph ends with a stop, so that the block split reads nothing of the next one
    quotesThen('It rained.\nReed called it “a fight for all.\n\nIt rained.', insertAt('It rained.', '“'));
  });

  test('an analysis cancelled half-way leaves the previous result fit to start again from', () => {
    const analyzer = createAnalyzer({ gazetteer });
    let text = 'Green said the talks failed.\nThe envoy met Green in Paris.\nJUSTICE FOR KHERSON AS TALKS STALL';
    let previous = analyzer.analyze(text);
    text = text.replace('failed', 'soon failed');
    previous = analyzer.analyze(text, { previous });
    for (let checks = 1; checks < 40; checks++) {
      const edited = text.replace('met Green', 'met green');
      let asked = 0;
      const token = {
        get isCancellationRequested() {
          return ++asked > checks;
        },
      };
      try {
        analyzer.analyze(edited, { previous }, token);
      } catch (e) {
        assert.ok(e instanceof CancelledError);
      }
      assert.deepEqual(analyzer.analyze(edited, { previous }), createAnalyzer({ gazetteer }).analyze(edited), `cancelled after ${checks} checks`);
    }
  });

  test('full names kept between edits name a surname as a full count of the document does (ties, names made and unmade)', () => {
    const NAMED = ['Ana Brnabic spoke first.', 'Then Ivo Brnabic spoke.', 'President Ivo Brnabic left.', 'Nobody spoke.', 'Ana Brnabic and Tom Reed met Ivo Reed.', 'It was late.'];
    const NAME_EDITS = ['Ana Brnabic ', 'Ivo ', 'Reed ', 'Tom Reed. ', 'x', '\n', ''];
    const surnames = ['Brnabic', 'Reed', 'Ana', 'Ivo'];
    const namesOf = (doc: ProseDocument) => new FullNames(doc, forEachCapitalisedRun, fullNameOf);
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...NAMED), { minLength: 1, maxLength: 8 }),
        fc.array(fc.record({ at: fc.double({ min: 0, max: 1, noNaN: true }), remove: fc.nat(14), insert: fc.constantFrom(...NAME_EDITS) }), { minLength: 1, maxLength: 10 }),
        (paras, edits) => {
          let text = paras.join('\n');
          // memos are kept from the second analysis on (see BlockCache.keeps)
          let cache = new BlockCache(new BlockCache());
          let before = namesOf({ text, prose: text, blocks: plainTextBlocks(text, cache), cache });
          cache.seal();
          for (const e of edits) {
            text = applyEdit(text, e);
            const next = new BlockCache(cache);
            const kept = namesOf({ text, prose: text, blocks: plainTextBlocks(text, next), cache: next });
            next.seal();
            const full = namesOf({ text, prose: text, blocks: plainTextBlocks(text) });
            for (const s of surnames) assert.equal(kept.of(s), full.of(s), `${s} in ${JSON.stringify(text)}`);
            // the surnames that stand for another full name than before are among those it says changed
            const changed = kept.changed() ?? [];
            for (const s of surnames) if (full.of(s) !== before.of(s)) assert.ok(changed.includes(s), `${s} changed in ${JSON.stringify(text)}`);
            before = full;
            cache = next;
          }
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  test('a previous result from another analyzer or other options is ignored, not misused', () => {
    const text = PARAGRAPHS.join('\n');
    const other = createAnalyzer({ gazetteer }).analyze(text, { markdown: true });
    const analyzer = createAnalyzer({ gazetteer });
    assert.deepEqual(analyzer.analyze(text, { previous: other }), analyzer.analyze(text));
  });

  test('only changed blocks are analysed again; moved blocks are shifted', () => {
    const text = PARAGRAPHS.join('\n');
    // opened to be edited (an analysis that keeps nothing files no block: see below)
    const first = new BlockCache(undefined, true);
    const before = plainTextBlocks(text, first);
    assert.equal(first.misses, PARAGRAPHS.length);
    const edited = 'New first line here.\n' + text.replace('red line', 'red lines');
    const second = new BlockCache(first);
    const after = plainTextBlocks(edited, second);
    assert.equal(second.misses, 2); // the new line and the edited one
    assert.equal(second.hits, PARAGRAPHS.length - 1);
    assert.deepEqual(after, plainTextBlocks(edited));
    assert.equal(after[1]!.start, before[0]!.start + 21);
  });

  test('after a one-character edit only the edited paragraph is analysed again', () => {
    const paragraphs = [...PARAGRAPHS, ...LEANING];
    const text = paragraphs.join('\n');
    const context = (cache: BlockCache) => ({ gazetteer, markdown: false, cache });
    // memos are kept once a document is edited: the first analysis keeps only blocks
    const opened = new BlockCache();
    analyzeDocument(text, context(opened), noopToken);
    opened.seal();
    const first = new BlockCache(opened);
    analyzeDocument(text, context(first), noopToken);
    first.seal();
    const everything = first.misses;
    const at = text.indexOf('Ortiz');
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const second = new BlockCache(first);
    const result = analyzeDocument(edited, context(second), noopToken);
    assert.deepEqual(result, createAnalyzer({ gazetteer }).analyze(edited));
    // every per-block stage ran again for the edited paragraph only (a handful of misses), not
    // for the others (the first analysis missed on every block and sentence)
    assert.ok(second.misses * paragraphs.length <= everything * 2, `${second.misses} misses after the edit, ${everything} for the whole`);
    assert.ok(second.hits > 0);
  });

  test('an analysis asked to keep its memos makes the first edit reuse them, as the later edits do, until it lets them go', () => {
    const paragraphs = [...PARAGRAPHS, ...LEANING];
    const text = paragraphs.join('\n');
    const context = (cache: BlockCache) => ({ gazetteer, markdown: false, cache });
    const at = text.indexOf('Ortiz');
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const misses = (opened: BlockCache, release = false) => {
      const opening = analyzeDocument(text, context(opened), noopToken);
      opened.seal();
      if (release) opened.release();
      assert.deepEqual(opening, createAnalyzer({ gazetteer }).analyze(text));
      const first = new BlockCache(opened);
      assert.deepEqual(analyzeDocument(edited, context(first), noopToken), createAnalyzer({ gazetteer }).analyze(edited));
      return first.misses;
    };
    const kept = misses(new BlockCache(undefined, true));
    const notKept = misses(new BlockCache());
    assert.equal(misses(new BlockCache(undefined, true), true), notKept, 'memos let go of are as none kept');
    // without the memos the first edit analyses every sentence again; with them, one paragraph
    assert.ok(kept * paragraphs.length <= notKept * 2, `${kept} misses after keeping, ${notKept} without`);
  });

  test('an analysis that reused every memo lets go of them all, also of the stages it did not ask', () => {
    const text = [...PARAGRAPHS, ...LEANING].join('\n');
    const context = (cache: BlockCache) => ({ gazetteer, markdown: false, cache });
    const at = text.indexOf('Ortiz');
    const edited = `${text.slice(0, at)}x${text.slice(at)}`;
    const firstEditMisses = (opened: BlockCache) => {
      const first = new BlockCache(opened);
      assert.deepEqual(analyzeDocument(edited, context(first), noopToken), createAnalyzer({ gazetteer }).analyze(edited));
      return first.misses;
    };
    const notKept = new BlockCache();
    analyzeDocument(text, context(notKept), noopToken);
    notKept.seal();
    const opened = new BlockCache(undefined, true);
    analyzeDocument(text, context(opened), noopToken);
    opened.seal();
    // the same text again: every block stands unchanged and takes what the opening placed
    const again = new BlockCache(opened);
    analyzeDocument(text, context(again), noopToken);
    again.seal();
    again.release();
    assert.equal(firstEditMisses(again), firstEditMisses(notKept));
  });

  // Each analysis of an edited document files the few block texts the edit made; the texts no
  // block has any more are swept out once there are many of them.
  const typedInto = (text: string, paragraph: number, i: number): string => {
    const lines = text.split('\n');
    lines[paragraph] = `${'abcdefgh'[i % 8]}${lines[paragraph]!}`;
    return lines.join('\n');
  };

  test('a long run of edits keeps results for the texts the document has, not for every text it had', () => {
    const paragraphs = [...PARAGRAPHS, ...LEANING];
    let text = paragraphs.join('\n');
    const context = (cache: BlockCache) => ({ gazetteer, markdown: false, cache });
    let cache = new BlockCache(undefined, true);
    analyzeDocument(text, context(cache), noopToken);
    cache.seal();
    for (let i = 0; i < 120; i++) {
      text = typedInto(text, i % 3, i);
      const next = new BlockCache(cache);
      const result = analyzeDocument(text, context(next), noopToken);
      next.seal();
      if (i % 10 === 9) assert.deepEqual(result, createAnalyzer({ gazetteer }).analyze(text), `after ${i + 1} edits`);
      cache = next;
    }
    assert.ok(cache.filed <= paragraphs.length + 64 + 3, `${cache.filed} texts filed for ${paragraphs.length} paragraphs after 120 edits`);
  });

  test('a sweep keeps the texts of the blocks that stand: a copy of one of them is not split again', () => {
    let text = PARAGRAPHS.join('\n');
    // opened to be edited: its blocks are filed from the first analysis on
    let cache = new BlockCache(undefined, true);
    plainTextBlocks(text, cache);
    cache.seal();
    for (let i = 0; i < 100; i++) {
      text = typedInto(text, 0, i);
      const next = new BlockCache(cache);
      plainTextBlocks(text, next);
      next.seal();
      cache = next;
    }
    assert.ok(cache.filed < 100, 'swept');
    const copied = `${text}\n${PARAGRAPHS[3]!}`;
    const next = new BlockCache(cache);
    assert.deepEqual(plainTextBlocks(copied, next), plainTextBlocks(copied));
    assert.equal(next.misses, 0);
  });

  test('an analysis that keeps nothing files no block; an edit after it files the blocks its stages ask for', () => {
    const text = PARAGRAPHS.join('\n');
    const opened = new BlockCache();
    const blocks = plainTextBlocks(text, opened);
    opened.seal();
    assert.equal(opened.filed, 0);
    const edited = `${text}\nOne more line.`;
    const next = new BlockCache(opened);
    const after = plainTextBlocks(edited, next);
    assert.deepEqual(after, plainTextBlocks(edited));
    // the last line (its split read up to the edit) and the new one, split again and filed; the
    // others stand where they stood, not yet filed
    assert.equal(next.filed, 2);
    assert.equal(next.local('stage', { prose: edited, block: after[1]! }, () => 'memo'), 'memo');
    assert.equal(next.filed, 3);
    // filed under the block's own text, with the block as its split: a copy of it is not split again
    const copied = `${edited}\n${PARAGRAPHS[1]!}`;
    const third = new BlockCache(next);
    plainTextBlocks(copied, third);
    assert.equal(third.misses, 0);
    assert.equal(blocks.length, PARAGRAPHS.length);
  });

  test('a block is found by where it stands only if it is the block of the split standing there', () => {
    const text = PARAGRAPHS.join('\n');
    const cache = new BlockCache(undefined, true);
    const blocks = plainTextBlocks(text, cache);
    assert.equal(cache.local('stage', { prose: text, block: blocks[1]! }, () => 'memo of the split block'), 'memo of the split block');
    const other = 'X'.repeat(blocks[1]!.start) + 'Another text.';
    const block = { start: blocks[1]!.start, end: other.length, kind: 'paragraph' as const, level: 0, sentences: [] };
    assert.equal(cache.local('stage', { prose: other, block }, () => 'its own'), 'its own');
  });

  test('blocks re-split around an edit are the blocks of the edited text (wrapped lines, CR, CRLF)', () => {
    const LINES = [
      'This hard-wrapped line stops in the middle of a sentence and then',
      'goes on into the next line, where it ends.',
      'a line in lower case',
      'Short Title Line',
      '',
      '   ',
      '“A quotation that opens here and runs on for quite a few words more',
      'and closes here,” he said.',
    ];
    const line = fc.constantFrom(...LINES);
    const text = fc.array(fc.tuple(line, fc.constantFrom('\n', '\r\n', '\r', '\n\n')), { minLength: 1, maxLength: 12 }).map((ls) => ls.map(([l, e]) => l + e).join(''));
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 6 }), (start, edits) => {
        let cache = new BlockCache();
        let current = start;
        plainTextBlocks(current, cache);
        for (const e of edits) {
          current = applyEdit(current, e);
          const next = new BlockCache(cache);
          assert.deepEqual(plainTextBlocks(current, next), plainTextBlocks(current));
          next.seal();
          cache = next;
        }
      }),
      { numRuns: RUNS * 2 },
    );
  });

  test('the edit between two long texts is found wherever it stands, chunk edges included', () => {
    const naive = (before: string, after: string) => {
      let at = 0;
      while (at < Math.min(before.length, after.length) && before[at] === after[at]) at++;
      let tail = 0;
      while (tail < Math.min(before.length, after.length) - at && before[before.length - 1 - tail] === after[after.length - 1 - tail]) tail++;
      return { at, removed: before.length - at - tail, inserted: after.length - at - tail };
    };
    const base = 'ab'.repeat(3000) + 'The talks resumed. '.repeat(300);
    fc.assert(
      fc.property(fc.nat(base.length), fc.nat(30), fc.constantFrom('', 'a', 'b', 'ab', 'x', 'The '), (at, remove, insert) => {
        const after = base.slice(0, at) + insert + base.slice(at + remove);
        assert.deepEqual(textEdit(base, after), naive(base, after));
        assert.deepEqual(textEdit(after, base), naive(after, base));
      }),
      { numRuns: RUNS * 4 },
    );
    for (const at of [0, 2047, 2048, 2049, 4096, base.length - 2048, base.length - 1]) {
      const after = `${base.slice(0, at)}x${base.slice(at)}`;
      assert.deepEqual(textEdit(base, after), naive(base, after), `at ${at}`);
    }
  });

  test('the edit between the same two versions is found once: the analysis and the editor\'s products share it', () => {
    const before = 'The talks resumed. '.repeat(300);
    const after = `${before.slice(0, 100)}x${before.slice(100)}`;
    const edit = textEdit(before, after);
    assert.equal(textEdit(before, after), edit);
    // another pair, or the same texts the other way round, is another edit
    assert.deepEqual(textEdit(after, before), { at: 100, removed: 1, inserted: 0 });
    const other = `${before}y`;
    assert.deepEqual(textEdit(before, other), { at: before.length, removed: 0, inserted: 1 });
    assert.deepEqual(textEdit(before, after), edit);
  });

  test('a line typed after a wrapped last line joins it, as a full split says', () => {
    const before = 'This hard-wrapped line stops in the middle of a sentence and then\r\n';
    const cache = new BlockCache();
    plainTextBlocks(before, cache);
    const after = `${before}a`;
    const next = new BlockCache(cache);
    assert.deepEqual(plainTextBlocks(after, next), plainTextBlocks(after));
    assert.equal(plainTextBlocks(after, new BlockCache(next)).length, 1);
  });

  test('shiftOffsets moves every start and end, copies, and leaves other objects shared', () => {
    const shared = new Map([['k', 1]]);
    const value = { start: 1, end: 5, text: 'abcd', nested: [{ start: 2, end: 3, weight: 7 }], geo: shared, startish: 4 };
    const moved = shiftOffsets(value, 10);
    assert.deepEqual(moved, { start: 11, end: 15, text: 'abcd', nested: [{ start: 12, end: 13, weight: 7 }], geo: shared, startish: 4 });
    assert.equal(moved.geo, shared);
    assert.equal(value.start, 1);
    assert.equal(shiftOffsets(value, 0), value);
  });
});
