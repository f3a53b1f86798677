import * as assert from 'node:assert/strict';
import { createAnalyzer, type Quote } from '../analysis';

const analyzer = createAnalyzer();
const quotesOf = (text: string): Quote[] => analyzer.analyze(text).quotes as Quote[];
const marked = (text: string): Quote[] => quotesOf(text).filter((q) => q.kind !== 'indirect');
const find = (qs: readonly Quote[], text: string): Quote | undefined => qs.find((q) => q.text === text);

suite('quotes: quotation marks', () => {
  test('curly double quotes: the words inside, with the comma inside the marks', () => {
    const qs = marked('“The talks went well,” the minister said.');
    assert.equal(qs.length, 1);
    assert.equal(qs[0]!.text, 'The talks went well,');
    assert.equal(qs[0]!.kind, 'direct');
  });

  test('straight double quotes', () => {
    const qs = marked('"We will not give up the port," the mayor told reporters.');
    assert.deepEqual(qs.map((q) => [q.text, q.kind]), [['We will not give up the port,', 'direct']]);
  });

  test('offsets slice the original text', () => {
    const text = 'Intro line.\n“Prices will fall next year,” Anna Berg said.';
    for (const q of quotesOf(text)) assert.equal(text.slice(q.start, q.end), q.text);
  });

  test('guillemets and low-high German quotes', () => {
    assert.equal(marked('«Nous resterons ici jusqu’au bout», a déclaré le maire.')[0]?.text, 'Nous resterons ici jusqu’au bout');
    assert.equal(marked('„Wir bleiben hier bis zum Ende“, sagte der Bürgermeister.')[0]?.text, 'Wir bleiben hier bis zum Ende');
  });

  test('single quotes as quotation marks, apostrophes ignored', () => {
    const qs = marked('‘The country’s future is at stake,’ she said of the ’90s reforms.');
    assert.deepEqual(qs.map((q) => q.text), ['The country’s future is at stake,']);
  });

  test('apostrophes alone make no quote', () => {
    assert.equal(marked('It’s the country’s best year since the \'90s, and the players’ union agrees.').length, 0);
    assert.equal(marked("It's the nation's pride, Jones' team said.").length, 0);
  });

  test('typewriter doubled marks: \'\'…\'\'', () => {
    const qs = marked("''It is only a first step,'' said Ada Brill, an economist.");
    assert.equal(qs[0]?.text, 'It is only a first step,');
    assert.equal(qs[0]?.speaker, 'Ada Brill');
  });

  test('a nested quote stays inside its quote', () => {
    const qs = marked('“He told me ‘never again’ and left,” Maria Lopez said.');
    assert.deepEqual(qs.map((q) => q.text), ['He told me ‘never again’ and left,']);
  });

  test('an unbalanced mark does not swallow the next paragraph', () => {
    const text = 'The mayor said “we will rebuild the bridge this year.\nThe council met on Monday to discuss the budget.';
    const qs = marked(text);
    assert.ok(qs.every((q) => q.end <= text.indexOf('\n')), JSON.stringify(qs));
  });

  test('a quote running over paragraphs: one piece per paragraph, same speaker', () => {
    const text = '“We have waited too long for this road,” said Tom Reed, a farmer. “The trucks cannot pass in winter.\n“Our children walk two hours to school.”';
    const qs = marked(text);
    assert.deepEqual(qs.map((q) => q.text), ['We have waited too long for this road,', 'The trucks cannot pass in winter.', 'Our children walk two hours to school.']);
    assert.deepEqual(qs.map((q) => q.speaker), ['Tom Reed', 'Tom Reed', 'Tom Reed']);
  });

  test('a paragraph of a quotation that goes on takes the speaker named where it goes on', () => {
    const text = 'Ana Ruiz, the mayor, said the bridge would reopen.\n\n"We have waited three years for this road.\n\n"We cannot sell the crop.\n\n"Our children walk two hours," said Tom Reed, a farmer.';
    assert.deepEqual(marked(text).map((q) => q.speaker), ['Tom Reed', 'Tom Reed', 'Tom Reed']);
    // a closed quotation keeps the speaker before it
    const closed = 'Ana Ruiz said the bridge would reopen.\n\n"We will be ready."\n\n"Our children walk two hours," said Tom Reed.';
    assert.deepEqual(marked(closed).map((q) => q.speaker), ['Ana Ruiz', 'Tom Reed']);
  });

  test('„…“ closes with “ glued to its last word: the mark opens no second quotation', () => {
    const qs = marked('„We stay here“, Anna Berg told reporters. She spoke of "the bridge" and left.\n\nThe council said „nein“ to it.');
    assert.deepEqual(qs.map((q) => q.text), ['We stay here', 'the bridge', 'nein']);
    assert.equal(qs[0]?.speaker, 'Anna Berg');
  });

  test('a heading without punctuation yields no quote', () => {
    assert.equal(quotesOf('Diplomatic Maneuvering and Concerns\nThe talks resumed.').length, 0);
  });

  test('a full stop glued to the next sentence does not join quotes across it', () => {
    const qs = marked('Troops advanced in the region.The ministry said the town was “fully liberated.”');
    assert.equal(qs[0]?.text, 'fully liberated.');
    assert.equal(qs[0]?.kind, 'partial');
  });
});

suite('quotes: kinds', () => {
  test('partial: quoted words inside reported speech', () => {
    const q = find(quotesOf('The Kremlin has firmly stated that the return of the regions is “non-negotiable” in any deal.'), 'non-negotiable');
    assert.equal(q?.kind, 'partial');
    assert.equal(q?.speaker, 'Kremlin');
    assert.equal(q?.cue, 'stated');
  });

  test('partial: quoted words after a verb of saying', () => {
    const q = find(quotesOf('Despite Putin expressing “some hope” from the contacts, nothing changed.'), 'some hope');
    assert.equal(q?.kind, 'partial');
    assert.equal(q?.speaker, 'Putin');
  });

  test('scare quotes: short words inside a noun phrase', () => {
    const q = find(quotesOf('He even raised the prospect of a territory “exchange” with the neighbours.'), 'exchange');
    assert.equal(q?.kind, 'scare');
  });

  test('scare quotes: a word modifying the noun after it, a lone pronoun', () => {
    const qs = quotesOf('He was accused of promoting “magic” weight loss pills, as if “she” were to blame.');
    assert.equal(find(qs, 'magic')?.kind, 'scare');
    assert.equal(find(qs, 'she')?.kind, 'scare');
  });

  test('titles in quotation marks are not quotes', () => {
    assert.equal(marked('She appeared on “Meet the Press” on Sunday and later watched “Shark Tank” with friends.').length, 0);
  });

  test('a long quotation is read to its last mark: a title of many capitalised words, or speech ending in a stop', () => {
    const title = 'The Very Long And Winding Road Of The Old Kings Of The North';
    assert.equal(marked(`She watched “${title}” on Sunday.`).length, 1);
    assert.equal(marked(`She watched “${title.split(' ').slice(0, 10).join(' ')}” on Sunday.`).length, 0);
    const q = marked('“We will rebuild every school and every road in the valley before the winter comes,” Ana Ruiz said.')[0];
    assert.equal(q?.kind, 'direct');
    assert.equal(q?.speaker, 'Ana Ruiz');
  });

  test('direct: a quotation after a colon', () => {
    const q = marked('The senator put it bluntly: “This bill will not pass the chamber.”')[0];
    assert.equal(q?.kind, 'direct');
  });
});

suite('quotes: indirect speech', () => {
  test('the clause after "that"', () => {
    const q = quotesOf('Kremlin spokesman Dmitry Peskov reiterated that the annexed regions are part of Russia.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'the annexed regions are part of Russia');
    assert.equal(q?.speaker, 'Dmitry Peskov');
    assert.equal(q?.cue, 'reiterated');
  });

  test('a list of names closed by ", and X" stays in the reported clause; a new clause after ", and" ends it', () => {
    const listed = quotesOf('The governor said that Tigray, Amhara, and Afar were now calm.').find((x) => x.kind === 'indirect');
    assert.equal(listed?.text, 'Tigray, Amhara, and Afar were now calm');
    const clauses = quotesOf('The governor said that the roads were open, and Reuters could not verify it.').find((x) => x.kind === 'indirect');
    assert.equal(clauses?.text, 'the roads were open');
  });

  test('a clause without "that"', () => {
    const q = quotesOf('Zelensky has suggested some territories could be recovered through diplomacy.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'some territories could be recovered through diplomacy');
    assert.equal(q?.speaker, 'Zelensky');
  });

  test('"according to X," before the content', () => {
    const q = quotesOf('According to the defence ministry, the village was captured on Tuesday.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'the village was captured on Tuesday');
    assert.equal(q?.cue, 'According to');
  });

  test('"…, according to X." after the content', () => {
    const q = quotesOf('The village was captured on Tuesday, according to Ukraine.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'The village was captured on Tuesday');
    assert.equal(q?.speaker, 'Ukraine');
  });

  test('trailing attribution: "…, officials said."', () => {
    const q = quotesOf('The bridge will reopen in May, officials said.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'The bridge will reopen in May');
    // no name: the speaker as the text describes them
    assert.equal(q?.speaker, 'officials');
  });

  test('parenthetical attribution covers the sentence', () => {
    const q = quotesOf('The bridge, Mr. Hale said, would make the commute far shorter.').find((x) => x.kind === 'indirect');
    assert.ok(q && q.text.includes('would make the commute far shorter'));
    assert.equal(q?.speaker, 'Hale');
  });

  test('a listener before the content: "told reporters that"', () => {
    const q = quotesOf('Governor Ann Price told reporters on Friday that the budget was balanced.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'the budget was balanced');
    assert.equal(q?.speaker, 'Ann Price');
  });

  test('a clause verb with a bare noun phrase reports nothing: "fear the worst"', () => {
    assert.equal(quotesOf('Residents of the valley fear the worst.').filter((x) => x.kind === 'indirect').length, 0);
  });

  test('a noun-phrase complement of a verb of stance is reported: "stressed her support for …"', () => {
    const q = quotesOf('Clinton stressed her support for the raid during the forum, and left.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'her support for the raid');
    assert.equal(q?.speaker, 'Clinton');
  });

  test('nouns that look like verb cues are not verb cues', () => {
    // "questions about …" frames its topic as a noun of asking, never as the verb "questions"
    const qs = quotesOf('The findings raised troubling questions about the budget process this year.').filter((x) => x.kind === 'indirect');
    assert.deepEqual(qs.map((x) => x.cue), ['questions about']);
    assert.equal(quotesOf('The findings raised troubling questions in the budget office.').filter((x) => x.kind === 'indirect').length, 0);
  });

  test('reported content stops before "though …"', () => {
    const q = quotesOf('Brill said the union planned a strike, though she admitted it was unlikely to last.').find((x) => x.cue === 'said');
    assert.equal(q?.text, 'the union planned a strike');
  });

  test('a participle after a determiner is an adjective, not a cue: "its internationally recognized borders"', () => {
    assert.equal(quotesOf('Kyiv pointed to its internationally recognized borders.').filter((x) => x.cue === 'recognized').length, 0);
    // and after another participle before its noun
    assert.equal(quotesOf('The ministry said Varnel was an internationally recognised disputed territory.').filter((x) => x.cue === 'disputed').length, 0);
  });

  test('a comma inside closing quotation marks ends the phrase', () => {
    const q = quotesOf('Ukraine dismissed these claims as “laughable,” citing its borders.').find((x) => x.kind === 'indirect' && x.cue === 'dismissed');
    assert.equal(q?.text, 'these claims as “laughable,”');
  });

  test('the noun phrase a verb of stance takes ends at the comma', () => {
    const q = quotesOf('Despite Putin expressing “some hope” from the contacts, Peskov reiterated the line.').find((x) => x.kind === 'indirect' && x.cue === 'expressing');
    assert.equal(q?.text, '“some hope” from the contacts');
  });

  test('a passive agent is the source: "rejected by Moscow"', () => {
    const q = find(quotesOf('Kyiv floated a “swap” of land, a notion swiftly rejected by Moscow.'), 'swap');
    assert.ok(q);
  });
});

suite('quotes: more reporting patterns', () => {
  test('a noun of saying with its possessor: "Trump’s claim that …"', () => {
    const q = quotesOf('Voters rejected Trump’s claim that the vote was rigged from the start.').find((x) => x.cue === 'claim that');
    assert.equal(q?.text, 'the vote was rigged from the start');
    assert.equal(q?.speaker, 'Trump');
  });

  test('a noun of intending: "his pledge to …" resolves the possessive pronoun', () => {
    const qs = quotesOf('“We will build it,” said Tom Reyes. His pledge to rebuild the pier won praise.');
    const q = qs.find((x) => x.cue === 'pledge to');
    assert.equal(q?.text, 'to rebuild the pier won praise');
    assert.equal(q?.speaker, 'Tom Reyes');
  });

  test('a relative pronoun stands for its antecedent', () => {
    const q = quotesOf('The report angered the Danish government, which has firmly denied any part in the fire.').find((x) => x.cue === 'denied');
    assert.equal(q?.text, 'any part in the fire');
    assert.equal(q?.speaker, 'Danish government');
  });

  test('a coordinated verb shares the subject', () => {
    const q = quotesOf('Senator Ada Kim voted no and warned that the plan would fail.').find((x) => x.cue === 'warned');
    assert.equal(q?.text, 'the plan would fail');
    assert.equal(q?.speaker, 'Ada Kim');
  });

  test('a headline in title case: the capitalised verb is a cue', () => {
    const q = quotesOf('Brandt Vows To Cut Parking Fees For Nurses').find((x) => x.kind === 'indirect');
    assert.equal(q?.speaker, 'Brandt');
    assert.equal(q?.cue, 'Vows');
  });

  test('an excerpt opened by a straight mark is not itself a quote; its curly quotes are', () => {
    const qs = marked('"The crowd cheered. “We love you,” a woman shouted from the back.');
    assert.deepEqual(qs.map((q) => q.text), ['We love you,']);
  });

  test('a straight mark opens after white space of any kind or an opening bracket, and closes before a closing one or a slash', () => {
    const kinds = (text: string): [string, string][] => marked(text).map((q) => [q.text, q.kind]);
    assert.deepEqual(kinds('The plan ("a disaster") failed, critics said.'), [['a disaster', 'partial']]);
    assert.deepEqual(kinds('She wrote:\u2003"We will stay here."'), [['We will stay here.', 'direct']]);
    assert.deepEqual(kinds('He said\u00a0"no"/"yes" twice.'), [['no', 'partial'], ['yes', 'scare']]);
    assert.deepEqual(kinds('"We will stay,"\u2003she said.'), [['We will stay,', 'direct']]);
  });

  test('stage directions in quotation marks are not speech', () => {
    assert.equal(marked('"(CROSSTALK.)"').length, 0);
    assert.equal(marked('He said: “ (Laughter.) ”').length, 0);
    // words after the parenthesis, or before it, are speech
    assert.equal(marked('He said: “(Laughing) We will win this time.”').length, 1);
    assert.equal(marked('He said: “We will win (again) this time.”').length, 1);
  });

  test('quotation marks around no letter or digit hold no quote; any script\'s letters do', () => {
    assert.equal(marked('The sign read “ … ” and “—” on the door.').length, 0);
    assert.equal(marked('“…” ― Ana Ruiz').length, 0);
    // a signed quotation is speech whatever its words: letters outside the BMP count too
    for (const words of ['ωμέγα', '𝐚𝐛', '42']) assert.deepEqual(marked(`“${words}” ― Ana Ruiz`).map((q) => q.text), [words]);
  });

  test('a short quote broken by its attribution is direct speech', () => {
    const qs = marked('“This,” he added, “is going to make the winter much longer.”');
    assert.deepEqual(qs.map((q) => q.kind), ['direct', 'direct']);
  });

  test('reported speech mostly in quotation marks is still reported speech around its partial quotes', () => {
    const qs = quotesOf('The auditor wrote that the fund was “badly run, wasteful and quite out of control.”');
    assert.equal(qs.find((x) => x.kind === 'indirect')?.text, 'the fund was “badly run, wasteful and quite out of control.”');
    assert.equal(qs.filter((x) => x.kind === 'partial').length, 1);
  });

  test('an adjective of belief with a that-clause: "is convinced that …"', () => {
    const q = quotesOf('The teachers union is convinced that the district hid the money.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'the district hid the money');
    assert.equal(q?.cue, 'convinced');
    assert.equal(quotesOf('She was sure of it.').filter((x) => x.kind === 'indirect').length, 0);
  });

  test('a noun-phrase complement ends before the occasion, a time word or a second verb', () => {
    const indirect = (text: string, cue: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect' && x.cue === cue)?.text;
    assert.equal(indirect('The mayor praised the new library in a statement issued by her office.', 'praised'), 'the new library');
    assert.equal(indirect('Ms. Alvarez criticized the tax plan Tuesday at the hearing.', 'criticized'), 'the tax plan');
    assert.equal(indirect('The council rejected the zoning plan and ordered a new study.', 'rejected'), 'the zoning plan');
    assert.equal(indirect('The group condemned the war in Yemen and the blockade.', 'condemned'), 'the war in Yemen and the blockade');
    assert.equal(indirect('The governor praised the river cleanup during a visit to the harbour.', 'praised'), 'the river cleanup');
    assert.equal(indirect('The union criticized the layoffs amid falling sales.', 'criticized'), 'the layoffs');
    // a gerund's clause of time keeps its own time words
    assert.equal(indirect('Rivals mocked him for being asleep when the alarm rang during the storm.', 'mocked'), 'being asleep when the alarm rang during the storm');
  });

  test('a relative clause with "which" closing the sentence is the writer\'s comment, not the content', () => {
    const said = (text: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect' && x.cue === 'said')?.text;
    assert.equal(said('The coach said the pitch was flooded, which forced the club to move the match.'), 'the pitch was flooded');
    assert.equal(said('The coach said the pitch, which was laid in May, was flooded.'), 'the pitch, which was laid in May, was flooded');
  });

  test('nouns of talk and stance with their preposition: "questions about …", "a critic of …"', () => {
    const qs = quotesOf('The senator faced questions about the missing funds. She is a longtime critic of the new tariffs.');
    assert.ok(qs.some((x) => x.kind === 'indirect' && x.text === 'the missing funds' && x.cue === 'questions about'), JSON.stringify(qs));
    assert.ok(qs.some((x) => x.kind === 'indirect' && x.text === 'the new tariffs' && x.cue === 'critic of'), JSON.stringify(qs));
  });

  test('a verb with its preposition takes a noun phrase: "bragged about …", "pleaded for …"', () => {
    const indirect = (text: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect')?.text;
    assert.equal(indirect('The coach bragged about his winning record.'), 'his winning record');
    assert.equal(indirect('Local pastors pleaded for calm.'), 'calm');
    assert.equal(indirect('The doctor strongly disagrees with the new guidelines.'), 'the new guidelines');
    assert.equal(quotesOf('The pastors pleaded.').filter((x) => x.kind === 'indirect').length, 0);
  });

  test('votes and offers are not reports: "voted for …", "in order to …"', () => {
    assert.equal(quotesOf('Tenants voted for the new board in order to lower the fees.').filter((x) => x.kind === 'indirect').length, 0);
    assert.equal(quotesOf('The clinic needs new beds.').filter((x) => x.kind === 'indirect').length, 0);
  });

  test('reported content runs on through ", but …" and stops at a new clause with its own subject', () => {
    const said = (text: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect' && x.cue === 'said')?.text;
    assert.equal(said('The coach said the team was tired, but it would play on Sunday.'), 'the team was tired, but it would play on Sunday');
    assert.equal(said('The coach said the team was tired — and when asked about the injury, he shrugged.'), 'the team was tired');
    assert.equal(said('The mayor said the budget was balanced and council members warned of cuts.'), 'the budget was balanced');
  });

  test('the content after a verb\'s object and its preposition: "accused X of …"', () => {
    const indirect = (text: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect')?.text;
    assert.equal(indirect('The senator accused the mayor of hiding the audit.'), 'hiding the audit');
    // a passive judgement without its agent reports the whole clause, as annotators of attribution do
    assert.equal(indirect('The nurse was praised for her calm response.'), 'The nurse was praised for her calm response');
    assert.equal(indirect('The senator accused the mayor.'), 'the mayor');
  });

  test('a title-case headline led by its source and a colon', () => {
    const q = quotesOf('Mayor Diaz: City Budget Will Not Balance This Year\n\nThe council met on Monday.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'City Budget Will Not Balance This Year');
    assert.equal(q?.speaker, 'Diaz');
    assert.equal(quotesOf('Update: the road is open again after the storm.').filter((x) => x.kind === 'indirect').length, 0);
  });

  test('a parenthetical attribution reports the sentence up to a clause break', () => {
    const q = quotesOf('The new dam, the ministry said, was its largest yet, although tests will take months.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'The new dam, the ministry said, was its largest yet');
  });

  test('the listener of "told" is not what was said', () => {
    assert.equal(quotesOf('The governor told the crowd.').filter((x) => x.kind === 'indirect').length, 0);
  });

  test('an "as"-clause of saying reports the rest of its sentence', () => {
    const indirect = (text: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect')?.text;
    assert.equal(indirect('As several lawyers have noted, the mayor is free to release the files.'), 'the mayor is free to release the files');
    assert.equal(indirect('The valley, as one farmer pointed out, rarely floods twice a year.'), 'The valley, as one farmer pointed out, rarely floods twice a year');
    assert.equal(indirect('I believe in the quiet strength of small towns.'), 'the quiet strength of small towns');
  });

  test('verbs of knowing and asking take a wh-clause: "asked whether …", "didn\'t know what to …"', () => {
    const indirect = (text: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect')?.text;
    assert.equal(indirect('The volunteers didn\'t know what to make of the new rules.'), 'what to make of the new rules');
    assert.equal(indirect('Reporters asked whether the bridge would reopen.'), 'whether the bridge would reopen');
  });

  test('a passive of saying before an infinitive reports its whole clause: "is expected to …"', () => {
    const q = quotesOf('Turnout in the city is expected to rise sharply this fall.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'Turnout in the city is expected to rise sharply this fall');
    assert.equal(q?.speaker ?? null, null);
  });

  test('a dateline is not part of trailing-attribution content', () => {
    const q = quotesOf('WASHINGTON — The treaty will be signed next week, officials said.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'The treaty will be signed next week');
  });

  test('an exclamation in quotation marks is speech, not a scare quote', () => {
    const q = marked('Signs reading “Lock her up!” lined the road.')[0];
    assert.equal(q?.kind, 'partial');
  });
});

suite('quotes: where reported content ends', () => {
  const reported = (text: string, cue: string): string | undefined => quotesOf(text).find((x) => x.kind === 'indirect' && x.cue === cue)?.text;

  test('a "that" after a second verb belongs to that verb: "says it shows that …"', () => {
    assert.equal(reported('The mayor says it shows that the budget was never balanced.', 'says'), 'it shows that the budget was never balanced');
    assert.equal(reported('Ruiz says he is confident that the bridge will open in May.', 'says'), 'he is confident that the bridge will open in May');
  });

  test('after an object, "that" and a verb open a relative clause, not the content', () => {
    assert.equal(reported('He apparently believed the online polls that showed him ahead.', 'believed'), 'the online polls that showed him ahead');
    assert.equal(reported('Lee told reporters that he was tired.', 'told'), 'he was tired');
  });

  test('a listener with its article is not the content: "told the crowd the bridge would open"', () => {
    assert.equal(reported('Lee told the crowd the bridge would open.', 'told'), 'the bridge would open');
    assert.equal(quotesOf('“We are tired,” he told the group, adding nothing.').filter((q) => q.kind === 'indirect').length, 0);
  });

  test('a participle of saying takes a bare clause: ", suggesting the pumps had been left off"', () => {
    assert.equal(reported('Ortiz spoke for an hour, suggesting the pumps had been left off.', 'suggesting'), 'the pumps had been left off');
    assert.equal(reported('Ortiz left early, acknowledging the count was close.', 'acknowledging'), 'the count was close');
  });

  test('a participial clause after a comma is what the speaker did, not what was said', () => {
    assert.equal(reported('The coach said the team would win the cup, quietly raising the stakes for his players.', 'said'), 'the team would win the cup');
    assert.equal(reported('She complained about the heating in the hall, even suggesting it was broken on purpose.', 'complained about'), 'the heating in the hall');
  });

  test('"to" before a listener is no infinitive: "spoke to a meeting of farmers"', () => {
    assert.equal(quotesOf('Ruiz spoke to a meeting of farmers on Monday.').filter((q) => q.kind === 'indirect').length, 0);
    assert.equal(reported('The mayor urged residents to stay indoors.', 'urged'), 'residents to stay indoors');
  });

  test('an infinitive content ends before the verb of the clause around it, not inside a clause of its own', () => {
    assert.equal(reported('One reason that Lee refuses to publish his diary might be that it shows debts.', 'refuses'), 'to publish his diary');
    assert.equal(reported('Lee wants to know why he was fired.', 'wants'), 'to know why he was fired');
  });

  test('a report in a fronted clause ends where the main clause begins', () => {
    assert.equal(reported('While her aides have suggested the tour will be short, Ms. Lindqvist is also planning a second leg.', 'suggested'), 'the tour will be short');
    assert.equal(reported('After the unions insisted that wages must rise, the company has offered a bonus.', 'insisted'), 'wages must rise');
    const claiming = quotesOf('Claiming the count was rigged, Pereira told his supporters to stay home.').find((q) => q.cue === 'Claiming');
    assert.deepEqual([claiming?.text, claiming?.speaker], ['the count was rigged', 'Pereira']);
  });

  test('a main clause after a fronted clause needs a subject: a list of places does not end the content', () => {
    assert.equal(reported('When the governor said the storm would hit Ohio, Kentucky and Indiana, the towns did not listen.', 'said'), 'the storm would hit Ohio, Kentucky and Indiana');
  });

  test('a second that-clause joined by ", and that" is the same report', () => {
    assert.equal(reported('Ms. Okafor said that the route was safe, and that the drivers had been trained.', 'said'), 'the route was safe, and that the drivers had been trained');
  });

  test('a noun phrase keeps its examples and the rest of its list', () => {
    assert.equal(reported('The minister condemned the raids, including the one on the harbour.', 'condemned'), 'the raids, including the one on the harbour');
    assert.equal(reported('He cited problems in the north, the coast and elsewhere as reasons for the delay.', 'cited'), 'problems in the north, the coast and elsewhere as reasons for the delay');
    assert.equal(reported('She praised the nurses, who had worked all night.', 'praised'), 'the nurses');
  });

  test('quoted names in a list all belong to the phrase: "called him a “…,” an “…” and “…”"', () => {
    assert.equal(reported('Ramos called the mayor a “weak man,” an “empty suit” and “a liar.”', 'called'), 'the mayor a “weak man,” an “empty suit” and “a liar.”');
    assert.equal(reported('Lima dismissed the plan as “naive,” adding nothing.', 'dismissed'), 'the plan as “naive,”');
  });

  test('the time of the saying is not what was said: "said when she resigned", "said before he died"', () => {
    assert.equal(reported('Lane said when she resigned that the network was biased.', 'said'), 'the network was biased');
    assert.equal(reported('Ortiz said before he died that he was innocent.', 'said'), 'he was innocent');
    assert.equal(reported('Hale said after the vote he would run.', 'said'), 'he would run');
  });

  test('trailing attribution followed by a subordinate clause: "…, councillors said Monday, as they …"', () => {
    assert.equal(reported('LEEDS ― The new rule is an insult to farmers, local councillors said Monday evening, as they left the hall.', 'said'), 'The new rule is an insult to farmers');
  });

  test('"ruled that …" needs no particle; "the rules" stay a noun', () => {
    assert.equal(reported('The appeals court ruled that the practice was illegal.', 'ruled'), 'the practice was illegal');
    assert.equal(quotesOf('The new rules could close the plants.').filter((q) => q.kind === 'indirect').length, 0);
  });

  test('a short time adjunct may stand between a cue and its noun phrase: "announced on Monday the closure of …"', () => {
    assert.equal(reported('The council announced on Monday the closure of a school.', 'announced'), 'the closure of a school');
  });

  test('a comma inside a closing mark ends the content before "though"', () => {
    assert.equal(reported('Lee said she writes about rivers because “they run past every door,” though she added she also covers trade.', 'said'), 'she writes about rivers because “they run past every door,”');
  });

  test('a passive judgement after a fronted clause reports the main clause only', () => {
    assert.equal(reported('Although the towns have shared buses, they have been widely criticized for acting slowly.', 'criticized'), 'they have been widely criticized for acting slowly');
  });

  test('a one-word content must stand for something said: not an adverb or a particle', () => {
    assert.equal(quotesOf('The paper was published shortly before the vote.').filter((q) => q.kind === 'indirect').length, 0);
    assert.equal(reported('The mayor understood this.', 'understood'), 'this');
    assert.equal(reported('The union endorsed Lopez.', 'endorsed'), 'Lopez');
  });

  test('"including", "according" and nouns in -ing after a comma stay in the content', () => {
    assert.equal(reported('The governor said the cuts would hit schools, including those in rural towns.', 'said'), 'the cuts would hit schools, including those in rural towns');
    assert.equal(reported('He said the state would spend more on roads, housing and health.', 'said'), 'the state would spend more on roads, housing and health');
  });
});

suite('quotes: odd input', () => {
  test('never throws on emoji, NUL, lone surrogates and CRLF', () => {
    for (const text of ['“\uD800 broken,” he said.\r\n“ok”', '\u0000"', '"', '“', '”', '😀 “😀,” 😀 said.', "''", '« »', '‘', '\'\'\'\'']) {
      assert.doesNotThrow(() => quotesOf(text));
    }
  });

  test('CRLF paragraphs bound quotes', () => {
    const text = 'He said “we will stay.\r\nThe vote is on Monday.';
    const qs = marked(text);
    assert.ok(qs.every((q) => q.end <= text.indexOf('\r')), JSON.stringify(qs));
  });
});

suite('quotes: verbs that are also nouns', () => {
  const cues = (text: string): (string | null)[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.cue);

  test('after a possessive it is a noun: "the editor’s note", "Lopez’s show"', () => {
    assert.deepEqual(cues('Editor’s note: the council meets on Fridays.'), []);
    assert.deepEqual(cues('Lopez’s show proved a quiet place for the senator.'), []);
  });

  test('in its bare form after a singular name or adjective it is a noun: "Labour support"', () => {
    assert.deepEqual(cues('Labour support held up better in the north.'), []);
  });

  test('after an article and a singular noun it is a noun: "a government plan", "the tax report"', () => {
    assert.deepEqual(cues('Towns could adopt a government plan modelled on the old one.'), []);
    assert.deepEqual(cues('The city officials plan a vote on the bridge.'), ['plan']);
  });

  test('a participle after a preposition or between a possessive and its noun is an adjective', () => {
    assert.deepEqual(cues('Patrol boats blocked two trawlers near disputed reefs on Sunday.'), []);
    assert.deepEqual(cues('The ministry is still waiting for Valdor\'s written proposals.'), []);
    assert.deepEqual(cues('He repeated his stated aim of a truce.'), ['repeated']);
  });

  test('a particle of another sense makes no verb of saying: "swore in a governor", "called off the strike"', () => {
    assert.deepEqual(cues('The president swore in a new governor for the province.'), []);
    assert.deepEqual(cues('The union called off the strike on Friday.'), []);
  });

  test('a time that ends a noun phrase takes its preposition and adverb with it', () => {
    const q = quotesOf('The front rejected the plan again on Wednesday.').find((x) => x.kind === 'indirect');
    assert.equal(q?.text, 'the plan');
  });

  test('after a year it is a noun: "her 2014 state tax returns"', () => {
    assert.deepEqual(cues("Auditors read Ms. Ferrand's 2014 state tax returns twice."), []);
    assert.deepEqual(cues('In 2014 the auditors state that nothing was missing.'), ['state']);
  });

  test('after a subject a word that is noun and verb is the verb: "officials plan to …"', () => {
    const q = quotesOf('The city officials plan to reopen the bridge.').find((x) => x.kind === 'indirect');
    assert.deepEqual([q?.cue, q?.speaker, q?.text], ['plan', 'The city officials', 'to reopen the bridge']);
    assert.deepEqual(cues('His plan to cut the fares was dropped.'), ['plan to']);
  });

  test('before an auxiliary or "say" it is their subject: "advocates have warned", "advocates say"', () => {
    assert.deepEqual(cues('Housing advocates have long opposed the plan.'), ['opposed']);
    assert.deepEqual(cues('The Ruiz plan would cut the fares by half.'), ['plan']);
  });

  test('a participle of naming is no report: "a group called …", ", called the …"', () => {
    assert.deepEqual(cues('They joined a group called Friends of the Park.'), []);
    assert.deepEqual(cues('His fund, called the Legacy Fund, bought the mine.'), []);
    assert.deepEqual(cues('The mayor called Lopez a liar.'), ['called']);
  });

  test('after names joined by "and", or a plural, it is a verb', () => {
    assert.deepEqual(cues('Britain and France support a ceasefire in the region.'), ['support']);
    assert.deepEqual(cues('Democrats support a ceasefire in the region.'), ['support']);
  });

  test('a noun of belief with "is that": "her view is that …"', () => {
    const q = quotesOf('Her view is that the tax should be cut.').find((x) => x.kind === 'indirect');
    assert.deepEqual([q?.text, q?.cue], ['the tax should be cut', 'view is that']);
  });

  test('after a form of "be" the plain form is no verb: "he was back to his old self"', () => {
    assert.deepEqual(cues('By Monday he was back to his old habits.'), []);
  });

  test('a noun with its infinitive opening the sentence ends before the sentence\'s own verb', () => {
    const q = quotesOf('His plan to cut the fares was dropped.').find((x) => x.kind === 'indirect');
    assert.deepEqual([q?.cue, q?.text], ['plan to', 'to cut the fares']);
    const r = quotesOf('Her decision to run surprised everyone.').find((x) => x.kind === 'indirect');
    assert.equal(r?.text, 'to run');
  });

  test('a possessive with a plan that would do something still reports it', () => {
    assert.deepEqual(cues('Ortiz’s plan would cut the bus fares by half.'), ['plan']);
  });
});

suite('quotes: verbs of depicting and of attitude', () => {
  const reported = (text: string): [string | null, string] | undefined => {
    const q = quotesOf(text).find((x) => x.kind === 'indirect');
    return q ? [q.cue, q.text] : undefined;
  };

  test('depicting and documenting take a noun phrase: "documents the rise of …", "portrayed himself as …"', () => {
    assert.deepEqual(reported('The study documents the rise of the port city.'), ['documents', 'the rise of the port city']);
    assert.deepEqual(reported('Moreno has long portrayed himself as a friend of the farmers.'), ['portrayed', 'himself as a friend of the farmers']);
  });

  test('"painted X as Y" depicts: the phrase is attributed', () => {
    assert.deepEqual(reported('Clinton painted Lopez as an out-of-touch rich man.'), ['painted', 'Lopez as an out-of-touch rich man']);
  });

  test('"cast" and "framed" depict only with "as"', () => {
    assert.deepEqual(reported('Moreno has cast himself as a friend of fishermen.'), ['cast', 'himself as a friend of fishermen']);
    assert.deepEqual(reported('The mayor framed the vote as a test of trust.'), ['framed', 'the vote as a test of trust']);
    assert.equal(reported('Voters cast their ballots early.'), undefined);
  });

  test('attitudes toward something are attributed: "admires", "resented", "downplayed"', () => {
    assert.deepEqual(reported('The senator openly admires the old generals.'), ['admires', 'the old generals']);
    assert.deepEqual(reported('The coach downplayed the risk of injuries for young players.'), ['downplayed', 'the risk of injuries for young players']);
  });

  test('the noun of the same spelling is no cue: "the document", "a love of"', () => {
    assert.equal(reported('The document was signed in May.'), undefined);
    assert.equal(reported('Her love of music began early.'), undefined);
  });
});

suite('quotes: infinitives of saying', () => {
  const byCue = (text: string, cue: string): [string, string | null] | undefined => {
    const q = quotesOf(text).find((x) => x.kind === 'indirect' && x.cue === cue);
    return q ? [q.text, q.speaker] : undefined;
  };

  test('an infinitive of saying shares the subject of its sentence', () => {
    assert.deepEqual(byCue('Alvarez took to the radio on Monday to accuse the council of wasting money.', 'accuse'), ['wasting money', 'Alvarez']);
    assert.deepEqual(byCue('Ms. Hale declined to say whether she would run again.', 'say'), ['whether she would run again', 'Hale']);
  });

  test('after "to" as a preposition, a noun or a gerund is no cue', () => {
    assert.equal(quotesOf('They listened to opposing views at the meeting.').length, 0);
    assert.equal(quotesOf('He turned to reports from the field for answers.').length, 0);
  });
});

suite('quotes: passives of saying with their agent', () => {
  const byCue = (text: string, cue: string): [string, string | null] | undefined => {
    const q = quotesOf(text).find((x) => x.kind === 'indirect' && x.cue === cue);
    return q ? [q.text, q.speaker] : undefined;
  };

  test('the subject of a passive is what its agent spoke of: "The plan was praised by …"', () => {
    assert.deepEqual(byCue('The harbour plan was praised by Mayor Ines Duarte.', 'praised'), ['The harbour plan', 'Ines Duarte']);
    assert.deepEqual(byCue('The story was first reported by the Ledger.', 'reported'), ['The story', 'Ledger']);
  });

  test('a participle after a noun ("a notion rejected by Moscow") has no subject to report', () => {
    assert.equal(byCue('They floated a swap, a notion rejected by Moscow.', 'rejected'), undefined);
  });

  test('without an agent, a passive names no speaker; a judgement reports its whole clause', () => {
    assert.equal(quotesOf('The clerk was called to the hearing twice.').length, 0);
    assert.deepEqual(byCue('The governor has often been criticized for moving slowly in a crisis.', 'criticized'), ['The governor has often been criticized for moving slowly in a crisis', null]);
  });

  test('a title-case line ended by its attribution: "…, Former Aide Says"', () => {
    assert.deepEqual(byCue('Mayor Hid Budget Problems From Voters, Former Aide Says\n\nThe council met on Monday.', 'Says'), ['Mayor Hid Budget Problems From Voters', 'Former Aide']);
  });

  test('"according to X" inside a sentence that goes on with ", and …" reports both parts', () => {
    assert.equal(byCue('Fares rose by a third in 2019, according to the transit office, and ridership fell by half.', 'according to')?.[0], 'Fares rose by a third in 2019, according to the transit office, and ridership fell by half');
    assert.equal(byCue('Fares rose by a third in 2019, according to the transit office.', 'according to')?.[0], 'Fares rose by a third in 2019');
  });

  test('a "that" clause may stand after a longer adjunct: "says at a visit in Leeds, England, that …"', () => {
    assert.deepEqual(byCue('Nunez says at a factory visit in Leeds, England, that the plant will stay open.', 'says'), ['the plant will stay open', 'Nunez']);
  });
});

suite('quotes: a sentence opened by its document', () => {
  const byCue = (text: string): [string, string | null][] => quotesOf(text).filter((x) => x.kind === 'indirect').map((q) => [q.text, q.cue]);

  test('"In the latest poll, …" reports the clause after it', () => {
    assert.deepEqual(byCue('In the latest Ledger poll, conducted in early May, Ruiz led Lopez by five points.'), [['Ruiz led Lopez by five points', 'In']]);
  });

  test('a verb of saying in the clause reports it instead: "In a statement, the ministry said …"', () => {
    assert.deepEqual(byCue('In a statement, the ministry said the talks had failed.'), [['the talks had failed', 'said']]);
    // … however long the subject with its role and name set off
    assert.deepEqual(byCue('In a statement, the agency’s chief medical officer, Dr. Ana Ruiz, said the figures were wrong.'), [['the figures were wrong', 'said']]);
  });

  test('"In" before a place or a time is no document', () => {
    assert.deepEqual(byCue('In the north of the city, the buses run late.'), []);
  });
});

suite('quotes: adjectives of attitude with their phrase', () => {
  const byCue = (text: string): [string, string | null][] => quotesOf(text).filter((x) => x.kind === 'indirect').map((q) => [q.text, q.cue]);

  test('"is critical of …", "are worried about …" report the phrase after the preposition', () => {
    assert.deepEqual(byCue('Okafor has been critical of the new governor since May.'), [['the new governor', 'critical of']]);
    assert.deepEqual(byCue('The farmers are worried about the cost of diesel.'), [['the cost of diesel', 'worried about']]);
  });

  test('an adjective of belief takes a clause without "that": "is confident the plan will work"', () => {
    assert.deepEqual(byCue('Lee is confident the plan will work.'), [['the plan will work', 'confident']]);
    assert.deepEqual(byCue('Lee was happy to help.'), []);
  });

  test('the adjective before a noun, or without its preposition, is no cue', () => {
    assert.deepEqual(byCue('The critical question remains open.'), []);
    assert.deepEqual(byCue('The farmers are worried.'), []);
  });
});

suite('quotes: a fronted setting is not what was said', () => {
  const byCue = (text: string): [string, string | null][] => quotesOf(text).filter((x) => x.kind === 'indirect').map((q) => [q.text, q.cue]);

  test('"At his barbecue, the bandleader called …": the phrase of place is no content', () => {
    assert.deepEqual(byCue('At his barbecue, the bandleader called Republican donors to the stage.'), [['Republican donors to the stage', 'called']]);
    assert.deepEqual(byCue('On Sunday evening, the governor praised Senate leaders for the deal.'), [['the deal', 'praised']]);
  });

  test('a clause after the fronted phrase is still what was said', () => {
    assert.deepEqual(byCue('In the next two years prices will fall, the minister said.'), [['In the next two years prices will fall', 'said']]);
    assert.deepEqual(byCue('In the end the vote passed, the minister said.'), [['In the end the vote passed', 'said']]);
  });
});

suite('quotes: a that-clause in the subject', () => {
  const byCue = (text: string): [string, string | null][] => quotesOf(text).filter((x) => x.kind === 'indirect').map((q) => [q.text, q.cue]);

  test('"His claim that taxes would fall proved false": the sentence’s own verb ends the content', () => {
    assert.deepEqual(byCue('His claim that taxes would fall proved false.'), [['taxes would fall', 'claim that']]);
    assert.deepEqual(byCue('The claim that officials ignored the warnings angered voters.'), [['officials ignored the warnings', 'claim that']]);
    assert.deepEqual(byCue('Her claim that the deal was signed in secret is false.'), [['the deal was signed in secret', 'claim that']]);
  });

  test('a passive or a second verb after "and" stays in the clause; outside a subject nothing is cut', () => {
    assert.deepEqual(byCue('Their claim that the vote was rigged and delayed angered nobody.'), [['the vote was rigged and delayed', 'claim that']]);
    assert.deepEqual(byCue('He repeated the claim that taxes would fall.').at(-1), ['taxes would fall', 'claim that']);
  });
});

suite('quotes: a gerund keeps its clause of time', () => {
  const byCue = (text: string): [string, string | null][] => quotesOf(text).filter((x) => x.kind === 'indirect').map((q) => [q.text, q.cue]);

  test('"accused him of being away when the pumps failed": the when-clause belongs to the gerund', () => {
    assert.deepEqual(byCue('Lee accused him of being away when the pumps failed.'), [['being away when the pumps failed', 'accused']]);
  });

  test('after a comma, or after a plain noun phrase, the clause of time is still the occasion', () => {
    assert.deepEqual(byCue('Lee accused her of lying, when the debate ended.'), [['lying', 'accused']]);
    assert.deepEqual(byCue('Lee praised the new budget when the council met.'), [['the new budget', 'praised']]);
  });
});

suite('quotes: a trailing attribution closes the content before it', () => {
  const byCue = (text: string): [string, string | null][] => quotesOf(text).filter((x) => x.kind === 'indirect').map((q) => [q.text, q.cue]);

  test('"…, a source said." is not part of the inner report', () => {
    assert.deepEqual(byCue('The mayor has promised to fix the roads, officials said Monday.'), [['The mayor has promised to fix the roads', 'said'], ['to fix the roads', 'promised']]);
    assert.deepEqual(byCue('The Ledger reports that the senator has won the primary, according to the county clerk.').at(-1), ['the senator has won the primary', 'reports']);
  });

  test('a report inside the clause, with words after it, is no trailing attribution', () => {
    assert.deepEqual(byCue('Lee said the plan, which officials said was costly, would fail.')[0], ['the plan, which officials said was costly, would fail', 'said']);
  });
});

suite('quotes: told someone to do something', () => {
  const byCue = (text: string): [string, string | null][] => quotesOf(text).filter((x) => x.kind === 'indirect').map((q) => [q.text, q.cue]);

  test('"told his aides to find a way": the listener and the infinitive are what was told', () => {
    assert.deepEqual(byCue('The governor told his aides to find a way around the council.'), [['his aides to find a way around the council', 'told']]);
  });

  test('"told the story to his son" and a that-clause after the listener are read as before', () => {
    assert.deepEqual(byCue('Lee told the story to his son.'), []);
    assert.deepEqual(byCue('Lee told reporters on Monday that the vote was delayed.'), [['the vote was delayed', 'told']]);
  });
});

suite('quotes: a document opener with a place in it', () => {
  test('"In a speech in Dayton, Ohio, …": the state after the city is part of the opener, not of the content', () => {
    // (no verb of saying in the clause: "laid out" would report it instead)
    const qs = quotesOf('In a speech in Dayton, Ohio on Friday, Lee opened a depot to expand the service.').filter((q) => q.cue === 'In');
    assert.deepEqual(qs.map((q) => q.text), ['Lee opened a depot to expand the service']);
  });
});

suite('quotes: a block with no mark, no cue word and no colon', () => {
  test('has no quote, and ends the announcement of the block before it', () => {
    const said = (text: string): (string | null)[] => quotesOf(text).map((q) => q.speaker);
    assert.deepEqual(said('The mayor said:\n\n“We will rebuild.”'), ['The mayor']);
    assert.deepEqual(said('The mayor said:\n\nThe storm went on all night\n\n“We will rebuild.”'), [null]);
    assert.deepEqual(quotesOf('The storm went on all night'), []);
    // a colon alone still makes a transcript line
    assert.deepEqual(said('The storm went on all night\n\nPENCE: We will rebuild.'), ['Pence']);
  });
});

suite('quotes: reported words wholly in quotation marks', () => {
  test('are no indirect speech, however many; a content with a word outside them is', () => {
    const long = '“every school and every road in the whole of the valley will be rebuilt before the winter”';
    const indirect = (text: string): string[] => quotesOf(text).filter((q) => q.kind === 'indirect').map((q) => q.text);
    assert.deepEqual(indirect(`The mayor said ${long}.`), []);
    assert.deepEqual(indirect('The mayor said “the bridge” will reopen.'), ['“the bridge” will reopen']);
    assert.deepEqual(indirect(`The mayor said ${long.slice(0, -1)} and soon”.`), []);
    assert.deepEqual(indirect(`The mayor said ${long} soon.`), [`${long} soon`]);
  });
});

suite('quotes: each block counts its own words', () => {
  test('a block after a long or a short one finds the same reported speech as on its own', () => {
    const short = 'The mayor said the bridge would reopen in May.';
    const alone = quotesOf(short).map((q) => [q.text, q.kind]);
    assert.deepEqual(alone, [['the bridge would reopen in May', 'indirect']]);
    // a paragraph of more words than the kept scratch sums hold, then one of fewer
    const long = Array.from({ length: 2500 }, (_, i) => `“Word ${i} here,” she said of it.`).join(' ');
    for (const before of [long, '“Yes,” he said.', `${long}\n\n“No,” they said.`]) {
      const text = `${before}\n\n${short}`;
      const got = quotesOf(text).filter((q) => q.start >= text.length - short.length).map((q) => [q.text, q.kind]);
      assert.deepEqual(got, alone);
    }
  });
});

suite('quotes: a quotation signed with a dash and a verb of another language', () => {
  test('„…” – powiedział Name: the name speaks, the dash and the verb are the cue', () => {
    const quotes = createAnalyzer().analyze('„Nie oddamy ziemi” – powiedział Piotr Kowalczyk, rolnik z Lublina.').quotes;
    assert.deepEqual(quotes.map((q) => [q.text, q.speaker, q.cue]), [['Nie oddamy ziemi', 'Piotr Kowalczyk', '– powiedział']]);
  });
});

suite('quotes: quoted words inside a thing\'s report inside a speaker\'s', () => {
  test('"Vela said the treaty showed that “…”" quotes Vela; "the ministry said …" keeps its own', () => {
    const words = marked('Dora Vela said the treaty showed that "the age of threats has given way to the age of maps."');
    assert.deepEqual(words.map((q) => q.speaker), ['Dora Vela']);
    const own = marked('Dora Vela said the ministry called the plan "a dead end."');
    assert.deepEqual(own.map((q) => q.speaker), ['the ministry']);
  });
});

suite('quotes: a short quoted clause after a cue\'s "that"', () => {
  test('"admitted that “big gaps remain”" is partial; "the “experts”" and "that “plan” of his" are scare quotes', () => {
    assert.equal(find(marked('The envoy admitted that “big gaps remain”.'), 'big gaps remain')?.kind, 'partial');
    assert.equal(find(marked('He mocked the “experts” again.'), 'experts')?.kind, 'scare');
    assert.equal(find(marked('He denied that “plan” was his.'), 'plan')?.kind, 'scare');
  });
});

suite('quotes: "it" reporting inside another\'s report', () => {
  test('"saying it showed that “…”": the quoted words are the speaker\'s, not the thing\'s', () => {
    const q = find(marked('Mayor Ana Ruiz praised the vote, saying it showed that "the town is finally awake."'), 'the town is finally awake.');
    assert.equal(q?.speaker, 'Ana Ruiz');
  });
});

suite('quotes: a hope inside another\'s report', () => {
  test('"told the radio that Norland hoped … “…”": the quoted words are the teller\'s', () => {
    const q = find(marked('Ada Lindqvist told the radio that Norland hoped other museums would follow and put the masks on display "where they were made."'), 'where they were made.');
    assert.equal(q?.speaker, 'Ada Lindqvist');
  });
});

suite('quotes: a thing in lower case reporting inside another\'s report', () => {
  test('"told analysts that demand for chips showed “…”": the quoted words are the teller\'s; a memo\'s are its own', () => {
    assert.equal(find(marked('Ana Ruiz told analysts that demand for chips used in phones showed "no sign of slowing."'), 'no sign of slowing.')?.speaker, 'Ana Ruiz');
    assert.notEqual(find(marked('Ivo Maren said at least three memos described "significant section loss" in the beams.'), 'significant section loss')?.speaker, 'Ivo Maren');
  });
});

suite('quotes: a quotation after a listener and a comma, a question put before it', () => {
  test('"Morrow told reporters, “We will find out on Thursday.”": direct speech, as after "said,"', () => {
    assert.equal(find(marked('Morrow told reporters, "We will find out on Thursday."'), 'We will find out on Thursday.')?.kind, 'direct');
    assert.equal(find(marked('Morrow told the BBC, "We will find out on Thursday."'), 'We will find out on Thursday.')?.kind, 'direct');
  });

  test('"Asked whether he had the votes, Morrow told reporters, “…”": the question is no content of "told"', () => {
    const found = quotesOf('Asked whether he had the votes to pass it, Morrow told reporters, "We will find out on Thursday."');
    assert.ok(!found.some((q) => q.kind === 'indirect' && q.cue === 'told'), found.map((q) => `${q.kind} ${q.cue}: ${q.text}`).join(' | '));
  });
});
