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

suite('frames: names coordinated at the start, past a dateline', () => {
  test('"Malawi and Tanzania agreed …", "LILONGWE — Malawi and Tanzania agreed …": both names are the source', () => {
    assert.deepEqual(framesOf('Malawi and Tanzania agreed on Friday to restart talks over the lake.').map((f) => f.source), ['Malawi and Tanzania']);
    assert.deepEqual(framesOf('LILONGWE — Malawi and Tanzania agreed on Friday to restart talks over the lake.').map((f) => f.source), ['Malawi and Tanzania']);
    assert.deepEqual(framesOf('Ranchers and conservation groups feared that the deal would collapse.').map((f) => f.source), ['Ranchers and conservation groups']);
    // (a word alone before "and" that modifies the noun after is no conjunct: "Local and county officials")
    assert.ok(!framesOf('Local and county officials told us the pair had paid $3 million.').some((f) => f.source === 'Local and county officials'));
  });
});

suite('frames: relative clauses and nouns that are not reports', () => {
  test('"a consultant\'s report that identified $15 million": "that" before a past verb and an amount opens a relative clause', () => {
    assert.ok(!framesOf('She pointed to a consultant’s report that identified $15 million in costs.').some((f) => f.content?.startsWith('identified') === true));
  });

  test('"Eritrea, which has long insisted that …, gave a cautious welcome": the relative clause\'s report ends before the sentence\'s verb', () => {
    assert.deepEqual(framesOf('Eritrea, which has long insisted that Ethiopia occupies its land, gave a cautious welcome.').map((f) => f.content), ['Ethiopia occupies its land']);
    assert.deepEqual(framesOf('Ruiz, who said the plan was dead, voted against it.').map((f) => f.content), ['the plan was dead']);
    // (a participle set off inside the content is no verb of the sentence: "the plan, backed by donors, was …")
    assert.ok(framesOf('Ruiz, who said the plan, backed by donors, was dead, left.').some((f) => f.content?.startsWith('the plan, backed by donors, was dead') === true));
  });

  test('"Regents reject tuition freeze, approve 4 percent increase": a verb with no clause names no speaker after it', () => {
    assert.ok(!framesOf('Regents reject tuition freeze, approve 4 percent increase').some((f) => f.source === '4 percent increase'));
  });

  test('"did not mention the town in his nightly video address": a verb after "did not" reports, the address is no source', () => {
    assert.deepEqual(framesOf('Zelensky did not mention the town in his nightly video address.').map((f) => f.source), ['Zelensky']);
    assert.deepEqual(framesOf('Ruiz leads Lopez by five points in the latest Ledger poll.').map((f) => f.source), ['the latest Ledger poll']);
  });

  test('"The increase will add roughly $6 a month": an amount added is nothing said', () => {
    assert.deepEqual(framesOf('The increase will add roughly $6 a month to a typical bill, according to figures from the commission.').map((f) => f.content), ['The increase will add roughly $6 a month to a typical bill']);
    assert.deepEqual(framesOf('He added 40 people had died.').map((f) => f.content), ['40 people had died']);
    assert.deepEqual(framesOf('He added that 40 people had died.').map((f) => f.content), ['40 people had died']);
  });
});

suite('frames: "assessed that", a body\'s name with "and"', () => {
  test('"It assessed that Russian forces had likely seized most of the town": a report; "assessed the damage" none', () => {
    assert.deepEqual(framesOf('The institute assessed that Russian forces had likely seized most of the town.').map((f) => f.content), ['Russian forces had likely seized most of the town']);
    assert.ok(!framesOf('Engineers assessed the damage on Monday.').some((f) => f.content !== null));
  });

  test('"according to the Springfield Water and Sewer Commission": the whole name is the source', () => {
    assert.deepEqual(framesOf('Prices rose, according to the Springfield Water and Sewer Commission.').map((f) => f.source), ['the Springfield Water and Sewer Commission']);
  });
});

suite('frames: a perfect after a relative clause, ground taken, years after "in"', () => {
  test('"The heirs, who say …, had sought compensation": the report ends before the perfect', () => {
    assert.deepEqual(framesOf('The heirs, who say their ancestors leased the land in 1878, had sought compensation.').map((f) => f.content).slice(0, 1), ['their ancestors leased the land in 1878']);
  });

  test('"have retaken several positions on the outskirts of …": ground taken, no stance', () => {
    assert.deepEqual(framesOf('Ukrainian forces have retaken several positions on the outskirts of Vovchansk.'), []);
  });

  test('"Several resolutions in 1975 and 1980 called on France …": the years are no source', () => {
    assert.deepEqual(framesOf('Several resolutions in 1975 and 1980 called on France to negotiate.').map((f) => f.source), ['Several resolutions']);
    assert.deepEqual(framesOf('Several resolutions in the 1970s and 1980s called on France to negotiate.').map((f) => f.source), ['Several resolutions']);
    // (a decade is no count before a participle used as an adjective: "in the 1970s called on")
    assert.deepEqual(framesOf('Several resolutions in the 1970s called on France to negotiate.').map((f) => f.source), ['Several resolutions']);
  });

  test('"Nurses in 2019 wrote a letter …": a year after "in" is no document the sentence reports from', () => {
    assert.deepEqual(framesOf('A group of nurses in 2019 sent a letter urging her removal.').map((f) => f.source), ['A group of nurses']);
  });
});

suite('frames: names coordinated after a subordinator', () => {
  test('"…, days after Nepal and India agreed to …": both names are the source', () => {
    assert.deepEqual(framesOf('Villagers blocked the road, days after Nepal and India agreed to revive the project.').map((f) => f.source), ['Nepal and India']);
    assert.deepEqual(framesOf('He left because Ruiz and her aides said the plan was dead.').map((f) => f.source), ['Ruiz and her aides']);
  });
});

suite('frames: a participle after a name\'s verb and its plain object', () => {
  test('"The UAE issued statements condemning the plan": the name is the source, not the clause', () => {
    assert.deepEqual(framesOf('The UAE issued statements condemning the plan.').map((f) => f.source), ['The UAE']);
    assert.deepEqual(framesOf('Qatar and the UAE issued statements condemning the plan.').map((f) => f.source), ['Qatar and the UAE']);
  });
});

suite('frames: a passive without its "be" after a noun', () => {
  test('"a stretch of sea believed to hold oil": the infinitive is reported, for no one named', () => {
    const frames = framesOf('Both states want the shelf believed to hold large gas fields.');
    assert.deepEqual(frames.map((f) => [f.source, f.content]), [['Both states', 'the shelf believed to hold large gas fields'], [null, 'to hold large gas fields']]);
  });

  test('"The gunmen, thought to be …, fled": set off by commas, the report ends at the next', () => {
    assert.deepEqual(framesOf('The gunmen, thought to be members of a local militia, fled on foot.').map((f) => [f.source, f.content]), [[null, 'to be members of a local militia']]);
    // (the active voice takes a clause, not an infinitive)
    assert.deepEqual(framesOf('Officials believed the deal would hold.').map((f) => f.source), ['Officials']);
  });
});

suite('frames: a plural quantifier before a form in -s, a participle\'s object before the sentence\'s perfect', () => {
  test('"Both states want the shelf": "states" is a noun after "Both", no verb of saying', () => {
    assert.deepEqual(framesOf('Both states want the shelf.').map((f) => f.source), ['Both states']);
    // (an adverb's "both" after a subject leaves the verb: "Ruiz both documents …")
    assert.ok(framesOf('Ruiz both documents the strike and praises the workers.')[0]?.source?.startsWith('Ruiz'));
  });

  test('"judges hearing suits seeking refunds from the city have cited …": the object ends before the perfect', () => {
    const seeking = framesOf('Several judges hearing tax suits seeking refunds from the city have cited the election as a reason to act.')[0]!;
    assert.equal(seeking.content, 'refunds from the city');
    // (a perfect after a relative's word is the relative clause's)
    assert.ok(framesOf('Groups seeking damages that have mounted for years sued the firm.')[0]!.content?.startsWith('damages that have mounted for years'));
  });
});

suite('frames: "for" before a length of time, a participle after a verb of going on', () => {
  test('"what Ostia had argued for a decade": "for a decade" is no particle and no content', () => {
    const frames = framesOf('The panel confirmed what Ostia had argued for a decade.');
    assert.ok(!frames.some((f) => f.content === 'a decade'));
    // (a particle still: "argued for a new vote")
    assert.deepEqual(framesOf('The mayor argued for a new vote.').map((f) => f.content), ['a new vote']);
  });

  test('"the city would keep pressing for …": the participle is the subject\'s of the verb before it', () => {
    assert.deepEqual(framesOf('The town council would keep pressing for a new bridge.').map((f) => f.source), ['The town council']);
    assert.deepEqual(framesOf('The senator has stopped praising the plan.').map((f) => f.source), ['The senator']);
    // (not an infinitive's: whoever promised or was asked is another's to find)
    assert.ok(!framesOf('Ruiz promised Lee to continue backing the plan.').some((f) => f.source === 'Lee' || f.source === 'Ruiz promised Lee'));
  });
});

suite('frames: a name after the verb past a relative clause, a person found in a state', () => {
  test('"…, which is hard to prove, said Joan Lee, a former prosecutor.": the name after the verb spoke', () => {
    const said = framesOf('Regulators must show that the firm knew of the flaw, which is hard to prove, said Joan Lee, a former prosecutor.').find((f) => f.source === 'Joan Lee');
    assert.equal(said?.content, 'Regulators must show that the firm knew of the flaw, which is hard to prove');
    // (a clause after the name is what the subject said: "Ruiz, who …, said Lee was wrong")
    assert.deepEqual(framesOf('Ana Ruiz, who chairs the panel, said Lee was wrong.').map((f) => f.source), ['Ana Ruiz']);
  });

  test('"found him unresponsive": a person found in a state is nothing said', () => {
    assert.deepEqual(framesOf('Guards found him unresponsive shortly after dawn.').map((f) => f.content), [null]);
    assert.deepEqual(framesOf('Auditors found the ledger had been altered.').map((f) => f.content), ['the ledger had been altered']);
  });
});

suite('frames: a phrase cut at a later "said" ends at its subordinator', () => {
  test('"accused Ostia of preparing for war after Prime Minister Lee said …": the phrase ends before "after"', () => {
    const accused = framesOf('Norland accused Ostia of preparing for war after Prime Minister Lee said the port was theirs.').find((f) => f.source === 'Norland');
    assert.equal(accused?.content, 'preparing for war');
  });
});

suite('frames: a sentence opened by an article and a verb in the past before a participle', () => {
  test('"A county court blocked the rule, ruling that …": the article\'s noun phrase is the subject, no opener to pass over', () => {
    assert.deepEqual(framesOf('A county court blocked the ordinance, ruling that it conflicts with state law.').map((f) => f.source), ['A county court']);
    // (an opener without a verb is still passed over: "On Monday, the mayor …")
    assert.equal(framesOf('On Monday, the mayor vetoed the bill, saying it was rushed.').at(-1)?.source, 'the mayor');
  });
});

suite('frames: a time before the verb is no subject', () => {
  test('"at one point saying …", "minutes later calling it …", "and hours later criticized it"', () => {
    const frames = framesOf('The mayor struggled to explain her vote, at one point saying she backed the levy and minutes later calling it a mistake.');
    assert.deepEqual(frames.filter((f) => f.source === 'one point' || f.source === 'minutes'), []);
    assert.deepEqual(framesOf('Ruiz praised the plan and hours later criticized it.').map((f) => f.source), ['Ruiz', 'Ruiz']);
  });
});

suite('frames: no coordinator at a range\'s end', () => {
  test('"calling it “a reward for loyalty” and saying …": the content ends before "and"', () => {
    assert.deepEqual(framesOf('Bell went further, calling it “a reward for loyalty” and saying his caucus would file a bill.').map((f) => f.content), ['it “a reward for loyalty”', 'his caucus would file a bill']);
  });
});

suite('frames: the sentence subject\'s next predicate after a report', () => {
  test('"…, saying the court was biased, and did not attend …": the report ends at the comma', () => {
    assert.equal(framesOf('Norland left the case in March, saying the court was biased, and did not attend the hearings.').find((f) => f.source === 'Norland')?.content, 'the court was biased');
    // ("…, but would add …": a modal goes on with what was said)
    assert.equal(framesOf('The institute says the plan would cut revenue at first, but would add $8 billion later.')[0]?.content, 'the plan would cut revenue at first, but would add $8 billion later');
  });

  test('"pledged never to repeat that error and hired an auditor": a past verb before its object ends a clause with no verb yet', () => {
    assert.equal(framesOf('The agency pledged never to repeat that error and hired an outside auditor for the accounts.').find((f) => f.content?.startsWith('error'))?.content, 'error');
  });
});

suite('frames: a second that-clause opening with a quotation', () => {
  test('"supported more agents but that “a fence is …”": the phrase ends before "but that"', () => {
    const supported = framesOf('Lee told reporters that he supported more patrols but that “a fence in the river is a waste.”').find((f) => f.source === 'he');
    assert.equal(supported?.content, 'more patrols');
  });
});

suite('frames: a listener counted, a role in lower case before a name set off', () => {
  test('"told a rally of several thousand supporters in the capital that …": a number is no plain word of the listener', () => {
    assert.equal(framesOf('Orvell told a rally of several thousand supporters in the capital that the plan was unfair.')[0]?.content, 'the plan was unfair');
    assert.equal(framesOf('The mayor told a few hundred farmers outside the hall that the road would open.')[0]?.content, 'the road would open');
  });

  test('"One of the signatories, the historian Peter Graham, wrote": the name after the role is the source', () => {
    assert.equal(framesOf('One of the signatories, the historian Ada Lindqvist, wrote that the plan was unfair.')[0]?.source, 'the historian Ada Lindqvist');
    // (a thing's apposition names no speaker: "The letter, the work of …, said")
    assert.equal(framesOf('The letter, the work of the historian Ada Lindqvist, said the plan was unfair.')[0]?.source, 'The letter');
  });
});

suite('frames: a relative "that" after a ruling, a report with its possessor and modifier', () => {
  test('"a 2008 court ruling that gave Norland sovereignty over …": "that" and an irregular past open a relative clause', () => {
    assert.deepEqual(framesOf('Varn will not try to reopen a 2008 court ruling that gave Norland sovereignty over the reef.').filter((f) => f.content !== null), []);
    assert.deepEqual(framesOf('The panel issued a ruling that gave Norland the reef.').filter((f) => f.content !== null), []);
  });

  test('"said in its daily report that …": the report is where the verb said it, no frame of its own', () => {
    assert.deepEqual(framesOf('The ministry said in its daily report that troops had taken the town.'), [{ source: 'The ministry', content: 'troops had taken the town' }]);
  });
});

suite('frames: the sentence subject a participle after a comma shares', () => {
  test('"An appeals court on Friday revived …, ruling that …": a people\'s noun before a body\'s, and a time before the verb', () => {
    assert.equal(framesOf('An appeals court on Friday revived the suit, ruling that the lower court had erred.')[0]?.source, 'An appeals court');
  });

  test('"Norland\'s data protection regulator fined …, saying …": a possessor\'s noun phrase up to its head', () => {
    assert.equal(framesOf('Norland\'s data protection regulator fined the firm on Thursday, saying it had broken the law.')[0]?.source, 'Norland\'s data protection regulator');
  });
});

suite('frames: what is added with "a"', () => {
  test('"it had added a third production line": a thing added, nothing said', () => {
    assert.deepEqual(framesOf('She said it had added a third production line in Arizona and would open a fourth.').filter((f) => f.content?.startsWith('a third')), []);
    // (what is added after "that", or a clause, is still said)
    assert.equal(framesOf('She added that a fourth line would open soon.')[0]?.content, 'a fourth line would open soon');
  });
});

suite('frames: a weapon\'s attack, and "who" after verbs and their object', () => {
  test('"arson attacks on shopping centres", "drone attacks on the port": no words against anyone', () => {
    assert.deepEqual(framesOf('Police said the men had carried out arson attacks on shopping centres.').map((f) => f.content), ['the men had carried out arson attacks on shopping centres']);
    // (words against someone still are: "his attacks on the press")
    assert.ok(framesOf('Critics condemned his attacks on the press.').some((f) => f.content === 'the press'));
  });

  test('"had helped organise a group of men who planned …": "who" stands for the group, not the verbs before it', () => {
    assert.equal(framesOf('He had helped organise a group of men who said the plan would work.').find((f) => f.content === 'the plan would work')?.source, 'a group of men');
  });
});

suite('frames: "who" after a description set off after a name', () => {
  test('"said Abu Omar, a fighter who said he had left …": the name is who said it', () => {
    assert.equal(framesOf('The town is quiet, said Tarek Haddad, a fighter who said he had left the city years ago.').find((f) => f.content?.startsWith('he had left'))?.source, 'Tarek Haddad');
    assert.equal(framesOf('Ana Ruiz, a nurse who said she had worked there for years, was fired.')[0]?.source, 'Ana Ruiz');
  });
});
