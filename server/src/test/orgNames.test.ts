import * as assert from 'node:assert/strict';
import { createAnalyzer, type Entity, type EntityType } from '../analysis';

// Organisations told by the shape of their names ("Center for …", "… Bros") and by the words
// written beside them ("firm Zelco", "Ferrand shareholders").
const analyzer = createAnalyzer();
const entities = (text: string): Entity[] => [...analyzer.analyze(text).entities];
const typeOf = (text: string, name: string): EntityType | undefined =>
  entities(text).find((e) => e.name === name || e.aliases.includes(name) || e.mentions.some((m) => m.text === name))?.type;
const names = (text: string): string[] => entities(text).map((e) => e.name);

suite('organisation names joined by "for" and "on"', () => {
  test('a head, then "for" or "on", then the rest of the name', () => {
    assert.equal(typeOf('Officials at the Center for Rural Housing said rents rose.', 'Center for Rural Housing'), 'organization');
    assert.equal(typeOf('A report by the Council on Coastal Affairs was published.', 'Council on Coastal Affairs'), 'organization');
    assert.equal(typeOf('Delegates of the National League for Tenants met.', 'National League for Tenants'), 'organization');
  });

  test('"and" with a capitalised common word goes on with such a name, another name does not', () => {
    assert.equal(typeOf('Observers from the Organisation for Trade and Cooperation arrived.', 'Organisation for Trade and Cooperation'), 'organization');
    const list = names('The Council on Coastal Affairs and Bloomberg held a forum.');
    assert.ok(list.includes('Council on Coastal Affairs'), JSON.stringify(list));
    assert.ok(!list.some((n) => n.includes('Bloomberg') && n !== 'Bloomberg'), JSON.stringify(list));
  });

  test('"and" between capitalised common words and the head that ends them makes one organisation', () => {
    assert.equal(typeOf('Trading on the Lagos Metals and Grains Exchange was halted.', 'Lagos Metals and Grains Exchange'), 'organization');
    const two = names('Shares of Kansai Power and Kansai Airport Ltd fell.');
    assert.ok(!two.some((n) => n.includes(' and ')), JSON.stringify(two));
    const people = names('Ann Lee and Grains Exchange officials met.');
    assert.ok(!people.some((n) => n.includes(' and ')), JSON.stringify(people));
  });

  test('"of" after capitalised common words goes on to the organisation\'s head, not after a name', () => {
    assert.equal(typeOf('Analysts said Gold Mines of Northern Ruritania Ltd posted a loss.', 'Gold Mines of Northern Ruritania Ltd'), 'organization');
    const list = names('Host Ann Lee of Acme News asked the first question.');
    assert.ok(list.includes('Ann Lee'), JSON.stringify(list));
    assert.ok(!list.some((n) => n.includes(' of ')), JSON.stringify(list));
  });

  test('a day after "on" is the time, not part of the name', () => {
    assert.ok(!names('The Ethics Committee on Monday voted to close the case.').some((n) => n.includes('Monday') && n.includes('Committee')));
  });
});

suite('organisations by the words beside them', () => {
  test('a lower-case noun of its kind right before the name', () => {
    assert.equal(typeOf('Shares of mining firm Zelco rose on Friday.', 'Zelco'), 'organization');
    assert.equal(typeOf('The deal was first reported by the newspaper Dagsavisen.', 'Dagsavisen'), 'organization');
  });

  test('a first name after the noun is a person', () => {
    assert.equal(typeOf('She left the firm Anna Berg founded in 1990.', 'Anna Berg'), 'person');
  });

  test('its shareholders after the name', () => {
    assert.equal(typeOf('Ferrand shareholders approved the merger on Tuesday.', 'Ferrand'), 'organization');
  });

  test('a newspaper, a movement or a party named before the word', () => {
    assert.equal(typeOf('The Dagbladet newspaper reported the deal on Monday.', 'Dagbladet'), 'organization');
    assert.equal(typeOf('Leaders of the Ardent Hope movement were arrested.', 'Ardent Hope'), 'organization');
  });

  test('its chief executive or owner between the name and a person', () => {
    assert.equal(typeOf('Sales fell, Velmora CEO Ines Walde told reporters.', 'Velmora'), 'organization');
    assert.equal(typeOf('The club was sold, Harriers owner Tom Hale said.', 'Harriers'), 'organization');
    assert.equal(typeOf('The club was sold, Harriers owner Tom Hale said.', 'Tom Hale'), 'person');
  });

  test('company forms at the end: Bros, S.A.', () => {
    assert.equal(typeOf('Analysts said Orvex Bros and Tamsin S.A. agreed to merge.', 'Orvex Bros'), 'organization');
    assert.equal(typeOf('Analysts said Orvex Bros and Tamsin S.A. agreed to merge.', 'Tamsin S.A.'), 'organization');
  });
});

suite('a known organisation opening a sentence', () => {
  test('its first word, a common word, still starts the name', () => {
    assert.equal(typeOf('Prices fell.\n\nWhite House officials said the talks had failed.', 'White House'), 'organization');
    assert.equal(typeOf('Prices fell.\n\nJustice Department lawyers argued the case.', 'Justice Department'), 'organization');
  });

  test('the title word is not taken for an honorific of the next word', () => {
    assert.ok(!entities('Prices fell.\n\nJustice Department spokesman Ivo Kern declined to comment.').some((e) => e.type === 'person' && e.name === 'Department'));
  });

  test('a common word opening a sentence before a person’s name stays out of it', () => {
    assert.ok(!names('Prices fell.\n\nLater Ivo Kern left.').some((n) => n.startsWith('Later')));
  });
});

suite('a known organisation inside a title', () => {
  test('the organisation opening a person’s title is named too', () => {
    const list = entities('Prices rose.\n\nLater, Federal Reserve Governor Ines Lidl said growth was slowing.');
    assert.ok(list.some((e) => e.type === 'organization' && e.name === 'Federal Reserve'), JSON.stringify(list.map((e) => e.name)));
    assert.ok(list.some((e) => e.type === 'person' && e.name === 'Ines Lidl'));
  });
});

suite('a person named after a word of kinship', () => {
  test('"his wife Ardo": a name the lexicons do not know is a person', () => {
    assert.equal(typeOf('Prices rose.\n\nThe president visited his wife Ardo on Friday.', 'Ardo'), 'person');
  });

  test('a company after the word stays a company', () => {
    assert.equal(typeOf('Prices rose.\n\nHe sold it to his son Velmora Holdings on Friday.', 'Velmora Holdings'), 'organization');
  });
});

suite('a company named again without its legal or trade words', () => {
  test('the short form is the company, and one entity with it', () => {
    const text = 'Harrow Bancorp Inc. raised its dividend. Analysts said Harrow would grow in the West.';
    const harrow = entities(text).filter((e) => e.mentions.some((m) => m.text === 'Harrow'));
    assert.equal(harrow.length, 1);
    assert.equal(harrow[0]!.type, 'organization');
    assert.equal(harrow[0]!.name, 'Harrow Bancorp Inc.');
  });

  test('legal words are dropped one at a time, "&" with them', () => {
    assert.equal(typeOf('Kestrel Medical Industries Inc said sales rose. Kestrel Medical said more.', 'Kestrel Medical'), 'organization');
    assert.equal(typeOf('Orme Venn & Co said it would sell. Orme Venn declined to comment.', 'Orme Venn'), 'organization');
  });

  test('"the People\'s Liberation Army": a capitalised common word\'s possessive opens an organisation\'s name', () => {
    assert.ok(names('The People\'s Liberation Army staged drills.').includes('People\'s Liberation Army'));
    assert.ok(names('Ruritania\'s Defence Ministry said so.').includes('Defence Ministry'));
  });

  test('a headline\'s shorter form before the full name is one entity with it', () => {
    const list = entities('Harlow Steel Profit Falls\n\nHarlow Steel Plc said on Tuesday its profit fell.');
    const harlow = list.filter((e) => e.mentions.some((m) => m.text.startsWith('Harlow Steel')));
    assert.equal(harlow.length, 1, JSON.stringify(list.map((e) => e.name)));
    assert.equal(harlow[0]!.name, 'Harlow Steel Plc');
  });

  test('the firm analysts or economists work at is an organisation, and a name before "analyst"', () => {
    assert.equal(typeOf('Analysts at Berenberg said the results were weak.', 'Berenberg'), 'organization');
    assert.equal(typeOf('The guidance is weak, Kestrel analyst Marcus Feld wrote.', 'Kestrel'), 'organization');
  });

  test('a research centre or a newsletter by its last word ("Tax Policy Center", "Cook Political Report") is an organisation', () => {
    assert.equal(typeOf('Analysts at the Harbour Tax Policy Center disagreed.', 'Harbour Tax Policy Center'), 'organization');
    assert.equal(typeOf('The race leans Democratic, according to the Kestrel Political Report.', 'Kestrel Political Report'), 'organization');
  });

  test('armed groups are organisations by any of their names', () => {
    assert.equal(typeOf('Hizbollah fighters clashed with troops near the border.', 'Hizbollah'), 'organization');
    assert.equal(typeOf('The RSF said it had taken the town.', 'RSF'), 'organization');
  });

  test('a nickname that is no everyday word is its team wherever it stands; an everyday one is not', () => {
    assert.equal(typeOf('The Mets beat the visitors 5-2 on Sunday.', 'Mets'), 'organization');
    assert.equal(typeOf('Fans cheered as the Springboks ran out.', 'Springboks'), 'organization');
    // (a nationality stays one)
    assert.notEqual(typeOf('Many Indians live abroad.', 'Indians'), 'organization');
  });

  test('a team named in full is named again by its nickname alone', () => {
    const list = entities('The homer lifted the Leeds Mariners past the Kestrel Orioles, 5-2. The Orioles fell to third, and the Mariners moved up.');
    const orioles = list.filter((e) => e.mentions.some((m) => m.text === 'Orioles'));
    assert.equal(orioles.length, 1, JSON.stringify(list.map((e) => e.name)));
    assert.equal(orioles[0]!.type, 'organization');
    assert.equal(orioles[0]!.name, 'Kestrel Orioles');
    assert.equal(typeOf('The homer lifted the Leeds Mariners past the Kestrel Orioles, 5-2. The Mariners moved up.', 'Mariners'), 'organization');
  });

  test('a person named by the same full name stays a person', () => {
    assert.equal(typeOf('Maria Harrow spoke on Monday. Harrow Bancorp Inc. was not mentioned, and Harrow said little.', 'Harrow'), 'person');
  });
});

suite('an organisation word after a proper name in a heading or signature line', () => {
  test('a newsroom or desk signing a report is an organisation', () => {
    assert.equal(typeOf('Prices rose on Friday.\nFiled by Ana Ruiz for the Lisbon Newsroom (+351 21 555 0101)', 'Lisbon Newsroom'), 'organization');
    assert.equal(typeOf('Prices rose on Friday.\nTomsk Shipping Desk, tel. 555 010', 'Tomsk Shipping Desk'), 'organization');
  });

  test('"Power" is a surname as often as a company\'s last word: it makes no organisation', () => {
    assert.equal(typeOf('Ambassador Nora Power spoke to the council on Friday.', 'Nora Power'), 'person');
    assert.equal(typeOf('Nora Power said the council would vote.', 'Nora Power'), 'person');
  });

  test('a common word before the organisation word joins nothing', () => {
    assert.ok(!names('Prices rose on Friday.\n-- Staff Desk +351 21 555 0101').includes('Staff Desk'));
  });
});

suite('a body’s field after "of" and "and"', () => {
  test('"Office of Management and Budget" and "Ministry of Agriculture and Food" are one name each, and speak as one', () => {
    const text = 'A spokeswoman for the Office of Management and Budget declined to comment. Officials at the Ministry of Agriculture and Food said the ban would stay.';
    const found = names(text);
    assert.ok(found.includes('Office of Management and Budget'), JSON.stringify(found));
    assert.ok(found.includes('Ministry of Agriculture and Food'), JSON.stringify(found));
    assert.deepEqual(analyzer.analyze(text).quotes.map((q) => q.speaker), ['Office of Management and Budget', 'Ministry of Agriculture and Food']);
  });

  test('a name after "and" that goes on, or a place, is another name', () => {
    const found = names('The Bank of Ruritania and Bank of Carpathia cut rates. The Ministry of Finance and Italy signed the deal.');
    assert.ok(!found.some((n) => n.includes(' and ')), JSON.stringify(found));
  });
});

suite('an organisation by the kind of body named after it', () => {
  test('"the IG Metall union", "the Unite union": an organisation, not a town spelt like its acronym', () => {
    assert.equal(typeOf('Steel output fell.\n\nThe IG Metall union said it would fight the plans.', 'IG Metall'), 'organization');
  });
});

suite('a part of a known body, and a patrol', () => {
  test('"House Republicans", "Boston Fed" and "Border Patrol" are organisations', () => {
    const text = 'WASHINGTON — House Republicans and Democrats traded accusations on Tuesday. The Boston Fed said rates would rise. The bill funds 3,000 new Border Patrol agents.';
    for (const name of ['House Republicans', 'Boston Fed', 'Border Patrol']) assert.equal(typeOf(text, name), 'organization', name);
  });
});

suite('an organisation by a relative clause with "which", and its short name', () => {
  test('"Skyvia, which flies …, said" is an organisation; a place after "in" is not', () => {
    assert.equal(typeOf('Skyvia, which flies many of the same routes, said it would ask regulators to act.', 'Skyvia'), 'organization');
    // a place by what stands before it stays one
    assert.equal(typeOf('The talks were held in Varnask, which hosts the port.', 'Varnask'), 'place');
  });

  test('"Halvik Energy" first, "Halvik" after: one organisation', () => {
    const list = entities('Shares in Halvik Energy fell on Tuesday. Halvik said it would still pay a dividend.');
    const halvik = list.filter((e) => e.name.startsWith('Halvik'));
    assert.equal(halvik.length, 1, JSON.stringify(list.map((e) => e.name)));
    assert.equal(halvik[0]!.type, 'organization');
    assert.equal(halvik[0]!.mentions.length, 2);
  });
});

suite('football clubs', () => {
  test('"Salford City 1" in a results line is a club, and so is its other mention; "Athletic" and "Rovers" shorten to the town', () => {
    const text = 'Kestrel City needed extra time to get past Hexby City.\n\nResults: Kestrel City 2 Hexby City 1; Oldbury Athletic 1 Brent Rovers 2.\n\nOldbury were unlucky, and Rovers go through.';
    assert.equal(typeOf(text, 'Kestrel City'), 'organization');
    assert.equal(typeOf(text, 'Hexby City'), 'organization');
    const list = entities(text);
    assert.equal(list.find((e) => e.name === 'Kestrel City')!.mentions.length, 2);
    assert.equal(list.find((e) => e.name === 'Oldbury Athletic')!.mentions.length, 2, JSON.stringify(list.map((e) => e.name)));
    assert.equal(list.find((e) => e.name === 'Brent Rovers')!.mentions.length, 2);
  });

  test('"Substitute Jamie Hartley" is Hartley, a substitute', () => {
    const hartley = entities('Substitute Jamie Hartley scored in the 88th minute.').find((e) => e.type === 'person');
    assert.equal(hartley?.name, 'Jamie Hartley');
    assert.deepEqual(hartley?.roles, ['Substitute']);
  });
});

suite('an organisation by a plural verb', () => {
  test('"Kestrel are top of the table" is a team; "Ana are" is no evidence against a first name', () => {
    assert.equal(typeOf('After the loss, Kestrel are still top of the table.', 'Kestrel'), 'organization');
    assert.notEqual(typeOf('After the loss, Ana are still top.', 'Ana'), 'organization');
    // after a preposition the name is no subject: "the trucks heading to Varnel were …"
    assert.notEqual(typeOf('Nobody knew that the trucks heading to Varnel were full of grain.', 'Varnel'), 'organization');
  });
});

suite('organisations: a suffix word alone before "and"', () => {
  test('"the Securities and Exchange Commission" is one body, and its initials with it', () => {
    const found = entities('He was fined by the Securities and Exchange Commission. The S.E.C. declined to comment.');
    assert.deepEqual(found.map((e) => [e.name, e.type, e.mentions.length]), [['Securities and Exchange Commission', 'organization', 2]]);
    // (a name that ends in the suffix is one of its own: two bodies)
    assert.deepEqual(names('Harlow Securities and Acme Holdings merged.'), ['Harlow Securities', 'Acme Holdings']);
  });
});
