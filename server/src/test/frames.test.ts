import * as assert from 'node:assert/strict';
import { findFrames, FRAME_LEAD_SIEVE, framingLeads } from '../analysis/frames';
import { scanBlock } from '../analysis/quoteTokens';

/** The words of `text` the block scan lets through as leads, and those framingLeads keeps. */
function leadsOf(text: string): { all: string[]; kept: string[] } {
  const { tokens, finds } = scanBlock(text, 0, text.length, [{ start: 0, end: text.length }], () => false, FRAME_LEAD_SIEVE);
  const words = (leads: readonly number[]): string[] => leads.map((i) => tokens[i]!.text);
  return { all: words(finds.leads), kept: words(framingLeads(tokens, finds.leads)) };
}

suite('frames', () => {
  test('a word that opens only cue phrases is dropped where none of its phrases follows it', () => {
    const { all, kept } = leadsOf('The ferry sank in the harbour as the storm grew.');
    assert.deepEqual(all, ['in', 'as']);
    assert.deepEqual(kept, []);
  });

  test('it is kept where one of its phrases is written, in any case and across any spaces', () => {
    assert.deepEqual(leadsOf('In A  Statement the mayor thanked the crews.').kept, ['In', 'Statement', 'thanked']);
    assert.deepEqual(leadsOf('The crews were thanked, as quoted by the mayor.').kept, ['thanked', 'as', 'quoted']);
  });

  test('a phrase cut short by the block keeps nothing, and cue words stay whatever stands near them', () => {
    assert.deepEqual(leadsOf('The mayor said it was in a').kept, ['said']);
    assert.deepEqual(leadsOf('She spoke in the words of her father.').all.includes('in'), true);
    assert.deepEqual(leadsOf('She spoke in the words of her father.').kept.includes('in'), true);
  });

  test('the same array when nothing is dropped', () => {
    const text = 'The mayor said the bridge would reopen.';
    const { tokens, finds } = scanBlock(text, 0, text.length, [{ start: 0, end: text.length }], () => false, FRAME_LEAD_SIEVE);
    assert.equal(framingLeads(tokens, finds.leads), finds.leads);
  });
});

/** Each frame of `text` as the words of its source and of its content. */
function framesOf(text: string): { source: string | null; content: string | null }[] {
  const { tokens, finds } = scanBlock(text, 0, text.length, [{ start: 0, end: text.length }], () => false, FRAME_LEAD_SIEVE);
  const span = (r: { start: number; end: number } | null): string | null => (r ? text.slice(tokens[r.start]!.start, tokens[r.end - 1]!.end) : null);
  return findFrames(tokens, 0, tokens.length, framingLeads(tokens, finds.leads), 0).map((f) => ({ source: span(f.source), content: span(f.content) }));
}

suite('frames: the source after "according to"', () => {
  test('"according to a new report": a noun of saying after a determiner and a modifier ends the source', () => {
    assert.deepEqual(framesOf('Sales fell in May, according to a new report.'), [{ source: 'a new report', content: 'Sales fell in May' }]);
    assert.deepEqual(framesOf('Sales fell in May, according to the report.'), [{ source: 'the report', content: 'Sales fell in May' }]);
  });
});

suite('frames: a coordinated subject, "even" before a break', () => {
  test('"Six patients and a rural health cooperative filed a lawsuit accusing …": both conjuncts are the source', () => {
    assert.deepEqual(framesOf('Six patients and a rural health cooperative filed a lawsuit accusing the state of cutting funds.'), [{ source: 'Six patients and a rural health cooperative', content: 'the state of cutting funds' }]);
    // (a first conjunct with a verb of its own is a clause: "Ruiz met voters and officials said …")
    assert.deepEqual(framesOf('Ruiz met voters and officials said the plan would fail.').map((f) => f.source), ['officials']);
  });

  test('"supported the plan\'s goal even though …": the object ends before "even"', () => {
    assert.ok(framesOf('He said he supported the plan’s goal even though he had voted against it.').some((f) => f.content === 'the plan’s goal'));
  });
});

suite('frames: places coordinated after a preposition, a participle set off inside the content', () => {
  test('"Officials in Washington and Brussels say …": the officials in both places', () => {
    assert.deepEqual(framesOf('Officials in Washington and Brussels say the plan will work.').map((f) => f.source), ['Officials in Washington and Brussels']);
  });

  test('"say a new framework, agreed in principle last year, will …": a verb of saying with a preposition after it is a participle, no source after the comma', () => {
    assert.deepEqual(framesOf('Officials say a new framework, agreed in principle last year, will hold.').map((f) => f.content), ['a new framework, agreed in principle last year, will hold']);
  });
});

suite('frames: a participle of a verb that needs its particle, before "that"', () => {
  test('"…, ruling that it violated the law": the participle reports as "ruled that" does', () => {
    assert.deepEqual(framesOf('The court blocked the law on Friday, ruling that it likely violated the First Amendment.').map((f) => f.content), ['it likely violated the First Amendment']);
    // (without "that" the particle is still needed: "ruling on the appeal" reports nothing)
    assert.deepEqual(framesOf('The court met on Friday, ruling on the appeal.'), []);
  });
});
