import * as assert from 'node:assert/strict';
import { createAnalyzer, Gazetteer, type Entity, type EntityType, type GeoInfo } from '../analysis';
import { loadGazetteer } from '../node/gazetteerFile';

/** A gazetteer that knows a few places, with spelling variants, as the real one does. */
class SmallGazetteer extends Gazetteer {
  private readonly places = new Map<string, GeoInfo>();
  constructor() {
    super();
    const add = (names: string[], geo: GeoInfo): void => names.forEach((n) => this.places.set(n.toLowerCase(), geo));
    add(['Kyiv', 'Kiev'], { kind: 'city', name: 'Kyiv', countryCode: 'UA', geonameId: 703448, population: 2797553 });
    add(['Luhansk', 'Lugansk'], { kind: 'region', name: 'Luhansk', countryCode: 'UA', geonameId: 702657, population: 452000 });
    add(['Vermont'], { kind: 'region', name: 'Vermont', countryCode: 'US' });
    add(['Geneva'], { kind: 'region', name: 'Geneva', countryCode: 'CH' });
    add(['Istanbul'], { kind: 'city', name: 'Istanbul', countryCode: 'TR', geonameId: 745044, population: 14804116 });
    add(['Paris'], { kind: 'city', name: 'Paris', countryCode: 'FR', geonameId: 2988507, population: 2138551 });
    add(['Madrid'], { kind: 'city', name: 'Madrid', countryCode: 'ES', geonameId: 3117735, population: 3255944 });
    add(['Skien', 'Skin'], { kind: 'city', name: 'Skien', countryCode: 'NO', geonameId: 3139081, population: 5000 });
    add(['New York'], { kind: 'city', name: 'New York City', countryCode: 'US', geonameId: 5128581, population: 8175133 });
    add(['New Jersey'], { kind: 'region', name: 'New Jersey', countryCode: 'US' });
    add(['York'], { kind: 'city', name: 'York', countryCode: 'GB', geonameId: 2633352, population: 144202 });
    add(['Jersey'], { kind: 'country', name: 'Jersey', countryCode: 'JE' });
    add(['Jerusalem'], { kind: 'city', name: 'Jerusalem', countryCode: 'IL', geonameId: 281184, population: 801000 });
    add(['Hamm', 'Ham'], { kind: 'city', name: 'Hamm', countryCode: 'DE', geonameId: 2911240, population: 185327 });
  }
  override lookup(name: string): GeoInfo | undefined {
    return this.places.get(name.toLowerCase());
  }
}

const analyzer = createAnalyzer({ gazetteer: new SmallGazetteer() });
const entities = (text: string): Entity[] => [...analyzer.analyze(text).entities];
const find = (list: Entity[], type: EntityType, name: string): Entity | undefined =>
  list.find((e) => e.type === type && (e.name === name || e.aliases.includes(name)));
const get = (list: Entity[], type: EntityType, name: string): Entity => {
  const e = find(list, type, name);
  assert.ok(e, `no ${type} ${name} in ${JSON.stringify(list.map((x) => `${x.type}:${x.name}`))}`);
  return e;
};
const names = (list: Entity[], type: EntityType): string[] => list.filter((e) => e.type === type).map((e) => e.name);

suite('entities', () => {
  test('a title before a name is a role, not part of the name', () => {
    const list = entities('The talks reflect a shift under President Donald Trump, who met Russian President Vladimir Putin.');
    const trump = get(list, 'person', 'Donald Trump');
    assert.deepEqual(trump.roles, ['President']);
    assert.equal(trump.mentions[0]!.text, 'Donald Trump');
    assert.deepEqual(get(list, 'person', 'Vladimir Putin').roles, ['Russian President']);
  });

  test('a sentence may open with a place known as a whole whose first word is a common one', () => {
    // "New" alone would be an ordinary word at a sentence start, and a word of titles ("new president")
    const list = entities('New York is a big city.\n\nNew Jersey Governor Chris Christie spoke.\n\nNew York Energy Desk 212-859-1620');
    assert.deepEqual(names(list, 'place').sort(), ['New Jersey', 'New York']);
    assert.deepEqual(get(list, 'person', 'Chris Christie').roles, ['New Jersey Governor']);
    assert.ok(find(list, 'organization', 'New York Energy Desk'), JSON.stringify(list.map((e) => e.name)));
    assert.equal(find(list, 'place', 'York'), undefined);
    // a common word before a name the gazetteer does not know as a whole stays out of it
    assert.deepEqual(names(entities('New Kyiv rules apply.'), 'place'), ['Kyiv']);
  });

  test('seas, straits, heights, islands and rivers are places by the word that ends their name', () => {
    const list = entities('Israel annexed the Golan Heights. Russian ships left the Kerch Strait for the Black Sea. China claims the Spratly Islands. Troops crossed the Dnieper River.');
    assert.deepEqual(names(list, 'place').sort(), ['Black Sea', 'China', 'Dnieper River', 'Golan Heights', 'Israel', 'Kerch Strait', 'Spratly Islands']);
    assert.deepEqual(names(list, 'person'), []);
    // … or by the word before "of" that opens it
    assert.deepEqual(names(entities('The deal could reshape the Horn of Africa, analysts say.'), 'place'), ['Horn of Africa']);
    // a first name and a verb of saying still make a person of a surname that is such a word
    assert.deepEqual(names(entities('Michael Strait said it would rain.'), 'person'), ['Michael Strait']);
  });

  test('a compass word before a big place the gazetteer knows names a part of it, claimed by no country', () => {
    const list = entities('Israel annexed East Jerusalem in 1980. East Jerusalem residents protested.');
    const east = get(list, 'place', 'East Jerusalem');
    assert.equal(east.mentions.length, 2);
    assert.deepEqual(east.geo, { kind: 'place' });
    assert.equal(find(list, 'organization', 'East Jerusalem'), undefined);
    // not a variant spelling of a place (Ham is looked up as Hamm): no place then
    assert.equal(find(entities('West Ham fans sang.'), 'place', 'West Ham'), undefined);
    // … or before a continent's or a country's name, also "Greater", "Upper" and the like
    assert.deepEqual(get(entities('Trade with Northern Europe grew.'), 'place', 'Northern Europe').geo, { kind: 'place' });
    assert.equal(find(entities('He still dreams of a Greater Serbia.'), 'organization', 'Greater Serbia'), undefined);
  });

  test('a compass word opening unknown words names a region, not a person', () => {
    const list = entities('Troops entered South Varnovia. Southern Kelmark held a vote.');
    assert.deepEqual(names(list, 'place').sort(), ['South Varnovia', 'Southern Kelmark']);
    assert.deepEqual(names(list, 'person'), []);
    // a compass word that is also a first name ("North", "West") leaves the shape a person's
    assert.deepEqual(names(entities('Helen West said it would rain. West Kelmark said so too.'), 'person').sort(), ['Helen West', 'West Kelmark']);
  });

  test('a given name in syllables joined by a hyphen is a name; a name and a participle make an adjective', () => {
    const list = entities('President Lai Ching-te met Kim Jong-un and Moon Jae-in. Russian-backed and Saudi-led units took part.');
    assert.deepEqual(names(list, 'person').sort(), ['Kim Jong-un', 'Lai Ching-te', 'Moon Jae-in']);
    assert.deepEqual(names(list, 'nationality').sort(), ['Russian', 'Saudi']);
  });

  test('a headline\'s verb after a country is no part of a name; "The" opens no person\'s name', () => {
    const list = entities('Israel Expands Settlements in West Bank\n\nAzerbaijan Retakes Karabakh Towns\n\nThe Zorvath Tarn froze early this year.');
    assert.deepEqual(names(list, 'person'), []);
    assert.deepEqual(names(list, 'organization'), []);
    assert.ok(find(list, 'place', 'Israel') && find(list, 'place', 'Azerbaijan'));
  });

  test('a particle joined by a hyphen is part of the name; an organisation may open with a nationality', () => {
    const list = entities('Syria’s interim president, Ahmed al-Sharaa, met Abdel Fattah el-Sisi. The Syrian Observatory for Human Rights counted the dead.');
    assert.deepEqual(names(list, 'person'), ['Ahmed al-Sharaa', 'Abdel Fattah el-Sisi']);
    assert.ok(find(list, 'organization', 'Syrian Observatory for Human Rights'));
    // (a hyphen after other lower-case words makes no name: "pro-Kremlin")
    assert.deepEqual(names(entities('The pro-Kremlin channel and a well-Known host spoke.'), 'person'), []);
  });

  test('an operation\'s name is no entity: "Operation X", "code-named X"', () => {
    const list = entities('The drills, code-named Strait Kestrel, followed Operation Zorvath Dawn near Varnel.');
    assert.deepEqual(names(list, 'person'), []);
    assert.deepEqual(names(list, 'organization'), []);
  });

  test('a word that opens a place\'s name makes one: Mount, Lake, Fort, Port', () => {
    const list = entities('Troops set up positions on Mount Zorvath, near Port Kestrel. A resident of Jubata al-Kestra said so.');
    assert.ok(find(list, 'place', 'Mount Zorvath'));
    assert.ok(find(list, 'place', 'Port Kestrel'));
    assert.ok(find(list, 'place', 'Jubata al-Kestra'));
  });

  test('a name after a preposition of place that opens the sentence is a place', () => {
    assert.ok(find(entities('In Zorvath Tarn, residents queued for water.'), 'place', 'Zorvath Tarn'));
    // (a first name and a surname stay a person's)
    assert.ok(find(entities('From Ana Ruiz came a letter.'), 'person', 'Ana Ruiz'));
  });

  test('two common words in a headline are no person for one of them being a first name too', () => {
    const list = entities('Ruiz Rejects Land Swap as Envoy Flies to Kyiv\n\nAna Ruiz turned down the swap of land for peace.');
    assert.deepEqual(names(list, 'person'), ['Ana Ruiz']);
    // the document writing the first word capitalised in its prose makes it a name again
    const written = entities('Mark Brown Resigns\n\nThe minister, Mark Brown, resigned on Monday.');
    assert.deepEqual(names(written, 'person'), ['Mark Brown']);
    // a common word after a first name and a surname is the headline's verb
    assert.deepEqual(names(entities('Will Smith Wins Award\n\nThe actor Will Smith won.'), 'person'), ['Will Smith']);
    // a word with a verb's ending after a name is the headline's verb, unless the two are a known name
    assert.ok(find(entities('United States at Netherlands\n\nThe match ended late.'), 'place', 'United States'));
  });

  test('a role in apposition: opening the sentence before the name, or after it with a possessor in lower case', () => {
    assert.deepEqual(get(entities('The bloc’s foreign policy chief, Ana Varga, said talks would resume.'), 'person', 'Ana Varga').roles, ['bloc’s foreign policy chief']);
    assert.deepEqual(get(entities('Latvia’s foreign minister, Ana Varga, said so.'), 'person', 'Ana Varga').roles, ['Latvia’s foreign minister']);
    assert.deepEqual(get(entities('Ana Varga, the bloc’s foreign minister, said so.'), 'person', 'Ana Varga').roles, ['bloc’s foreign minister']);
    // a role further into the sentence may be someone else's
    assert.deepEqual(get(entities('Sources close to the president, Ana Varga, said so.'), 'person', 'Ana Varga').roles, []);
  });

  test('a role in lower case after an organisation: Kremlin spokesman', () => {
    const list = entities('Kremlin spokesman Dmitry Peskov reiterated the position.');
    assert.deepEqual(get(list, 'person', 'Dmitry Peskov').roles, ['Kremlin spokesman']);
    assert.ok(find(list, 'organization', 'Kremlin'));
  });

  test('a role before a name reads back a bounded way: names after roles in a row are no one role', () => {
    // unbounded, each "nominee Ana Ruiz" took every role and name before it: quadratic time and memory
    const list = entities(`${'nominee Ana Ruiz '.repeat(40)}spoke.`);
    const longest = Math.max(...get(list, 'person', 'Ana Ruiz').roles.map((r) => r.split(' ').length));
    assert.ok(longest <= 12, `a role of ${longest} words`);
  });

  test('a multi-word title: British Prime Minister Keir Starmer', () => {
    const list = entities('European leaders, including British Prime Minister Keir Starmer, met on Monday.');
    assert.deepEqual(get(list, 'person', 'Keir Starmer').roles, ['British Prime Minister']);
    assert.deepEqual(names(list, 'nationality').sort(), ['British', 'European']);
  });

  test('a surname alone is the person named in full', () => {
    const list = entities('Kremlin spokesman Dmitry Peskov spoke first. Later Peskov stated it again. Mr. Peskov left.');
    const people = list.filter((e) => e.type === 'person');
    assert.equal(people.length, 1);
    assert.equal(people[0]!.name, 'Dmitry Peskov');
    assert.deepEqual(people[0]!.aliases, ['Peskov']);
    assert.equal(people[0]!.mentions.length, 3);
  });

  test('a surname before the full name still joins it', () => {
    const list = entities('Obama spoke on Tuesday. Former president Barack Obama had said so before.');
    assert.equal(list.filter((e) => e.type === 'person').length, 1);
    assert.equal(get(list, 'person', 'Obama').name, 'Barack Obama');
  });

  test('an honorific is not part of the name and makes a person', () => {
    const list = entities('The award went to Mr. Smithers, who thanked Dr. Abernathy.');
    const smithers = get(list, 'person', 'Smithers');
    assert.equal(smithers.mentions[0]!.text, 'Smithers');
    assert.ok(find(list, 'person', 'Abernathy'));
  });

  test('a role in apposition: Sergiy, a teacher in Kyiv', () => {
    const list = entities('“We get nothing,” said Sergiy, a teacher in Kyiv.');
    assert.deepEqual(get(list, 'person', 'Sergiy').roles, ['teacher']);
    assert.ok(find(list, 'place', 'Kyiv'));
  });

  test('organisations by suffix, lower-case ministries and known institutions', () => {
    const list = entities('The Labour Party met. The Russian defense ministry reported gains. Ukrainian foreign ministry spokesman Georgiy Tykhy said no. The foreign ministry added more.');
    assert.ok(find(list, 'organization', 'Labour Party'));
    assert.ok(find(list, 'organization', 'Russian defense ministry'));
    const ministry = get(list, 'organization', 'Ukrainian foreign ministry');
    assert.ok(ministry.aliases.includes('foreign ministry'));
    assert.deepEqual(get(list, 'person', 'Georgiy Tykhy').roles, ['Ukrainian foreign ministry spokesman']);
  });

  test('The Kremlin and Kremlin are one organisation, without the article', () => {
    const list = entities('The Kremlin has stated its view. Officials in the Kremlin agree.');
    const kremlin = list.filter((e) => e.type === 'organization');
    assert.equal(kremlin.length, 1);
    assert.deepEqual(kremlin[0]!.mentions.map((m) => m.text), ['Kremlin', 'Kremlin']);
  });

  test('an organisation and its acronym are one', () => {
    const list = entities('The North Atlantic Treaty Organization met in Paris. NATO said it would act.');
    const nato = get(list, 'organization', 'North Atlantic Treaty Organization');
    assert.ok(nato.aliases.includes('NATO'));
  });

  test('a nationality inside a role is both a nationality and part of the role', () => {
    const list = entities('Russian President Vladimir Putin spoke. Russian forces advanced.');
    const russian = get(list, 'nationality', 'Russian');
    assert.equal(russian.mentions.length, 2);
    assert.equal(find(list, 'person', 'Russian President Vladimir Putin'), undefined);
  });

  test('a nationality in a hyphened word (Ukrainian-held) is found, the word is no place', () => {
    const list = entities('They captured a village near the Ukrainian-held town of Sudzha.');
    assert.equal(get(list, 'nationality', 'Ukrainian').mentions[0]!.text, 'Ukrainian');
    assert.deepEqual(names(list, 'place'), ['Sudzha']);
  });

  test('places from context: the capture of X, the town of X, X region, in X', () => {
    const list = entities('The ministry reported the capture of Nikolsky, near the town of Sudzha. Forces gained ground in the Kursk region. Fighting went on in Pokrovsk.');
    assert.deepEqual(names(list, 'place').sort(), ['Kursk', 'Nikolsky', 'Pokrovsk', 'Sudzha']);
    assert.ok(get(list, 'place', 'Kursk').aliases.includes('Kursk region'));
  });

  test('a continent or sea is a region, not a small town or a big one under a variant spelling', () => {
    const small = new (class extends SmallGazetteer {
      override lookup(name: string): GeoInfo | undefined {
        if (name === 'Asia') return { kind: 'city', name: 'Asia', countryCode: 'PH', geonameId: 1, population: 23000 };
        if (name === 'Caribbean') return { kind: 'city', name: 'Cirebon', countryCode: 'ID', geonameId: 2, population: 254000 };
        return super.lookup(name);
      }
    })();
    const list = [...createAnalyzer({ gazetteer: small }).analyze('Exports to Asia rose. Storms hit the Caribbean.').entities];
    assert.deepEqual(get(list, 'place', 'Asia').geo, { kind: 'region', name: 'Asia' });
    assert.deepEqual(get(list, 'place', 'Caribbean').geo, { kind: 'region', name: 'Caribbean' });
  });

  test('"the Vermont Republican" describes someone named before: no person of its own, the place is found', () => {
    const list = entities('Tom Brannigan spoke first. The plan failed, the Vermont Republican said.');
    assert.deepEqual(list.filter((e) => e.type !== 'nationality').map((e) => `${e.type}:${e.name}`), ['person:Tom Brannigan', 'place:Vermont']);
  });

  test('a first name alone amid a headline\'s words is its noun, but not after a name word or in a list', () => {
    assert.deepEqual(names(entities('Senate Blocks Border Bill as Deadline Nears\n\nThe vote failed.'), 'person'), []);
    assert.deepEqual(names(entities('Senate Blocks Border Bill, Setting Up Shutdown Fight\n\nThe vote failed.'), 'person'), []);
    // "Any" is a determiner, and a headline's news words ("Ceasefire", "Airstrikes") are common words
    assert.deepEqual(names(entities('Kremlin Says Kyiv Must Withdraw Before Any Ceasefire\n\nThe talks go on.'), 'person'), []);
    assert.deepEqual(names(entities('Airstrikes Hit Port as Truce Talks Stall\n\nThe talks go on.'), 'person'), []);
    assert.ok(find(entities('Squad: Dunphy, Kerrigan, Irwin, Mulvey, Tighe\n\nThe team won.'), 'person', 'Irwin'));
  });

  test('spelling variants are one place through the gazetteer', () => {
    const list = entities('Kiev said it would talk. In Kyiv, people waited. Lugansk and Luhansk are one region.');
    const kyiv = get(list, 'place', 'Kyiv');
    assert.equal(kyiv.mentions.length, 2);
    assert.equal(kyiv.geo?.geonameId, 703448);
    assert.equal(get(list, 'place', 'Lugansk').mentions.length, 2);
  });

  test('U.S., US and United States are one place', () => {
    const list = entities('U.S. officials met. The US economy grew. The United States agreed.');
    const places = list.filter((e) => e.type === 'place');
    assert.equal(places.length, 1);
    assert.equal(places[0]!.name, 'United States');
    assert.deepEqual([...places[0]!.aliases].sort(), ['U.S.', 'US']);
    assert.equal(places[0]!.geo?.countryCode, 'US');
  });

  test('names in a list are of one kind', () => {
    const list = entities('The annexed regions – Donetsk, Zaporizhzhia, and Kherson, along with Crimea – are disputed.');
    assert.deepEqual(names(list, 'place').sort(), ['Crimea', 'Donetsk', 'Kherson', 'Zaporizhzhia']);
  });

  test('sentence-initial common words are not names', () => {
    const list = entities('Despite the rain, Putin came. However, Zelensky stayed. Diplomatic efforts continue. While Russia waits, nothing moves.');
    assert.deepEqual(list.filter((e) => e.type !== 'date').map((e) => e.name).sort(), ['Putin', 'Russia', 'Zelensky']);
  });

  test('a heading in title case yields no names from its common words', () => {
    const list = entities('Diplomatic Maneuvering and Concerns\nThe talks went on.');
    assert.deepEqual(list, []);
  });

  test('an all-caps headline keeps the names the document knows', () => {
    const list = entities('PUTIN MEETS ZELENSKY IN ISTANBUL\nVladimir Putin met Volodymyr Zelensky in Istanbul on Monday.');
    const putin = get(list, 'person', 'Vladimir Putin');
    assert.deepEqual(putin.mentions.map((m) => m.text), ['PUTIN', 'Vladimir Putin']);
    assert.equal(get(list, 'place', 'Istanbul').mentions.length, 2);
    assert.equal(find(list, 'person', 'MEETS'), undefined);
  });

  test("a possessive 's is not part of the name", () => {
    const list = entities('Volodymyr Zelensky arrived. Zelensky’s meeting with Trump was set. Trump\'s aides agreed. Ukraine’s minerals matter.');
    assert.deepEqual(get(list, 'person', 'Zelensky').mentions.map((m) => m.text), ['Volodymyr Zelensky', 'Zelensky']);
    assert.deepEqual(get(list, 'person', 'Trump').mentions.map((m) => m.text), ['Trump', 'Trump']);
    assert.equal(get(list, 'place', 'Ukraine').mentions[0]!.text, 'Ukraine');
  });

  test('a first name makes a person, a contest is no entity', () => {
    const list = entities('Phil Simmons took four wickets at the World Cup on Friday.');
    assert.ok(find(list, 'person', 'Phil Simmons'));
    assert.equal(list.filter((e) => e.type !== 'date' && e.type !== 'person').length, 0);
  });

  test('initials join the surname', () => {
    const list = entities('The scorers were A. Dale and J. Smith.');
    assert.deepEqual(names(list, 'person').sort(), ['A. Dale', 'J. Smith']);
  });

  test('a team named for a city is an organisation', () => {
    const list = entities('He joined Real Madrid after a season in Madrid.');
    assert.ok(find(list, 'organization', 'Real Madrid'));
    assert.ok(find(list, 'place', 'Madrid'));
  });

  test('dates: years, weekdays, month and day', () => {
    const list = entities('Regions seized in 2014 and 2022 were discussed on Saturday. The vote is on Nov. 8, and talks began 3 March 2023. Prices fell 2000 points.');
    assert.deepEqual(names(list, 'date'), ['2014', '2022', 'Saturday', 'Nov. 8', '3 March 2023']);
  });

  test('months and weekdays are no people or places', () => {
    const list = entities('Sales rose in July and fell in August. Last Friday Mitchell won.');
    assert.deepEqual(list.filter((e) => e.type === 'place').map((e) => e.name), []);
    assert.deepEqual(names(list, 'person'), ['Mitchell']);
  });

  test('a team in a results line or a match is an organisation, a dateline is a place', () => {
    const list = entities('LONDON 1996-08-30\nParis 2 Madrid 1\nLater Paris beat Kyiv again.');
    assert.deepEqual(get(list, 'place', 'LONDON').mentions.map((m) => m.text), ['LONDON']);
    assert.ok(find(list, 'organization', 'Paris'));
    assert.ok(find(list, 'organization', 'Madrid'));
    assert.equal(find(list, 'place', 'Paris'), undefined);
  });

  test('a hyphened nationality and a lower-case organisation in one sentence, each found once', () => {
    const list = entities('Russian-backed forces shelled the town, the Ukrainian foreign ministry said.');
    assert.deepEqual(list.map((e) => `${e.type}:${e.name}`), ['nationality:Russian', 'organization:Ukrainian foreign ministry', 'nationality:Ukrainian']);
    assert.deepEqual(get(list, 'nationality', 'Russian').mentions.map((m) => m.text), ['Russian']);
  });

  test('a nationality of two words or of one at the front of a run is a nationality of its own', () => {
    const list = entities('South Korean envoy Park Jin met Russian diplomat Ivan Petrov on Tuesday.');
    assert.deepEqual(list.filter((e) => e.type === 'nationality').map((e) => e.mentions.map((m) => m.text)).sort(), [['Russian'], ['South Korean']]);
    get(list, 'person', 'Park Jin');
    get(list, 'person', 'Ivan Petrov');
  });

  test('a headline keeps a three-word place it knows as a whole, at its end or its start', () => {
    for (const text of ['OIL TALKS END IN UNITED ARAB EMIRATES\nMinisters met in the United Arab Emirates.', 'UNITED ARAB EMIRATES HOSTS TALKS\nThe United Arab Emirates hosted them.']) {
      assert.deepEqual(get(entities(text), 'place', 'United Arab Emirates').mentions.map((m) => m.text), ['UNITED ARAB EMIRATES', 'United Arab Emirates']);
    }
  });

  test('a headline names nationalities of one word and of two in capitals', () => {
    const list = entities('RUSSIAN AND SOUTH KOREAN ENVOYS MEET\nThe envoys met on Monday.');
    assert.deepEqual(get(list, 'nationality', 'RUSSIAN').mentions.map((m) => m.text), ['RUSSIAN']);
    assert.deepEqual(get(list, 'nationality', 'SOUTH KOREAN').mentions.map((m) => m.text), ['SOUTH KOREAN']);
  });

  test('a headline keeps a two-word place it knows as a whole', () => {
    const list = entities('TALKS RESUME IN NEW YORK\nDiplomats met in New York on Monday.');
    assert.deepEqual(get(list, 'place', 'New York').mentions.map((m) => m.text), ['NEW YORK', 'New York']);
  });

  test('capitalised words that name nothing, and contractions, are no entities', () => {
    const list = entities("Trading closed at 1600 GMT. I've seen the Olympic team win. Yesterday I'd said so.");
    assert.deepEqual(list.filter((e) => e.type !== 'date'), []);
  });

  test('a near-miss of a small place is no place; an acronym near a place name is no place', () => {
    const list = entities('She sang “Skin” to the crowd. Fans of Apple Music cheered.');
    assert.equal(list.filter((e) => e.type === 'place').length, 0);
    assert.ok(find(list, 'organization', 'Apple Music'));
  });

  test('historic countries are places', () => {
    const list = entities('The minister will visit Yugoslavia and the former Soviet Union.');
    assert.deepEqual(names(list, 'place').sort(), ['Soviet Union', 'Yugoslavia']);
  });

  test('a run-in heading before a colon yields no names from its capitalised words', () => {
    const list = entities('Slow Steps to Clean Rivers: The United Nations met in spring.');
    assert.deepEqual(list.map((e) => `${e.type}:${e.name}`), ['organization:United Nations']);
  });

  test('a dateline in capitals before a comma is a place', () => {
    const list = entities('SPRINGFIELD, Ill., Oct. 4 — The mayor spoke.');
    assert.ok(find(list, 'place', 'SPRINGFIELD'));
    assert.equal(find(list, 'organization', 'SPRINGFIELD'), undefined);
  });

  test('a competitor with a country in brackets is a person', () => {
    const list = entities('The results follow.\n2. Ludmila Engquist ( Sweden ) 12.74\n3. Pavlova ( Russia ) 12.80');
    assert.ok(find(list, 'person', 'Ludmila Engquist'));
    assert.ok(find(list, 'person', 'Pavlova'));
  });

  test('company cues: said its, shares, -based', () => {
    const list = entities('Zorvex said its profit rose. Shares in Quantala fell. The Ohio-based Brindle grew.');
    assert.deepEqual(names(list, 'organization').sort(), ['Brindle', 'Quantala', 'Zorvex']);
  });

  test('people in a contest stay people; a title-cased headline sentence names only what is known', () => {
    const list = entities('Poll: Young Voters Leave Green Party for Anna Kessler. Tomas Brandt trails. Kessler beats Brandt by four points.');
    assert.equal(get(list, 'person', 'Anna Kessler').mentions.length, 2);
    assert.equal(get(list, 'person', 'Tomas Brandt').mentions.length, 2);
    assert.equal(list.filter((e) => e.type === 'organization').length, 0);
  });

  test('a surname that is a small place stays a person', () => {
    const list = entities('Yesterday Tomas Brandt had a lead. Brandt’s lawyer Dana Mills was granted a delay.');
    assert.deepEqual(names(list, 'person'), ['Tomas Brandt', 'Dana Mills']);
    assert.deepEqual(get(list, 'person', 'Dana Mills').roles, ['Brandt’s lawyer']);
  });

  test('a role in apposition opened by a possessive determiner', () => {
    const list = entities('The ministry replied. Its spokesman, Ivo Maren, said no. The firm hired Bo Lee, its new chief executive, in May.');
    assert.deepEqual(get(list, 'person', 'Ivo Maren').roles, ['spokesman']);
    assert.deepEqual(get(list, 'person', 'Bo Lee').roles, ['new chief executive']);
  });

  test('an apposed role takes its head\'s complement up to the comma, but not where the person is', () => {
    const list = entities('Kim Ode, deputy head of the central bank, spoke. Bo Lee, chief of staff to the governor, agreed. Ana Ruiz, a nurse in Leeds, left.');
    assert.deepEqual(get(list, 'person', 'Kim Ode').roles, ['deputy head of the central bank']);
    assert.deepEqual(get(list, 'person', 'Bo Lee').roles, ['chief of staff to the governor']);
    assert.deepEqual(get(list, 'person', 'Ana Ruiz').roles, ['nurse']);
  });

  test('a title of a place names the place; an organisation run into a name is split', () => {
    const list = entities('Leahy, Democrat of Vermont, spoke. The story in the Washington Post Trump mentioned.');
    assert.deepEqual(get(list, 'person', 'Leahy').roles, ['Democrat of Vermont']);
    assert.ok(find(list, 'place', 'Vermont'));
    assert.ok(find(list, 'organization', 'Washington Post'));
    assert.equal(find(list, 'person', 'Democrat of Vermont'), undefined);
  });

  test('one word on each side of "and" that the gazetteer knows joined is one place', () => {
    const list = entities('Trinidad and Tobago voted. Officials from Russia and Ukraine met.');
    assert.ok(find(list, 'place', 'Trinidad and Tobago'));
    assert.ok(find(list, 'place', 'Russia'));
    assert.ok(find(list, 'place', 'Ukraine'));
  });

  test('a title with its object before a name is the name\'s role, at a sentence\'s start too', () => {
    const list = entities('Secretary of State Marco Rubio said so. He met Minister of Defence Ana Ruiz.');
    assert.deepEqual(get(list, 'person', 'Marco Rubio').roles, ['Secretary of State']);
    assert.deepEqual(get(list, 'person', 'Ana Ruiz').roles, ['Minister of Defence']);
    assert.equal(find(list, 'person', 'State Marco Rubio'), undefined);
    // an object of several words is the title's too
    const more = entities('Chief of the General Staff Valery Gerasimov spoke. Minister of Foreign Affairs Ana Ruiz replied.');
    assert.ok(find(more, 'person', 'Valery Gerasimov'));
    assert.ok(find(more, 'person', 'Ana Ruiz'));
    assert.equal(find(more, 'person', 'the General Staff Valery Gerasimov'), undefined);
    assert.equal(find(more, 'person', 'Staff'), undefined);
    // a place after "of" stays the place: no title takes it as its object
    assert.ok(find(entities('Ana Ruiz, once the deputy mayor of New York City, spoke.'), 'place', 'New York City'));
  });

  test('an organisation\'s head, its link word and "the", then "of": one organisation', () => {
    const list = entities('Analysts at the Institute for the Study of War said so, and Ukraine\'s General Staff denied it.');
    assert.ok(find(list, 'organization', 'Institute for the Study of War'), JSON.stringify(list.map((e) => e.name)));
    assert.ok(find(list, 'organization', 'General Staff'));
    assert.equal(list.filter((e) => e.type === 'person').length, 0);
  });

  test('common words in capitals for emphasis are no names; acronyms still are', () => {
    const list = entities('Dr. Vane, a TV doctor, WAS SHARPLY REBUKED BY OTHER DOCTORS over his claims, and the FBI agreed with the US view.');
    assert.deepEqual(list.map((e) => `${e.type}:${e.name}`), ['person:Vane', 'organization:FBI', 'place:US']);
    assert.deepEqual(list[0]!.roles, ['TV doctor']);
  });

  test('mentions are exact slices of the text, ids in order of first mention', () => {
    const text = 'Intro 🙂 line.\r\nPresident Donald Trump met Vladimir Putin in Istanbul.\u0000 Trump left.';
    const list = entities(text);
    list.forEach((e, i) => {
      assert.equal(e.id, `e${i + 1}`);
      for (const m of e.mentions) assert.equal(text.slice(m.start, m.end), m.text);
    });
    assert.ok(list.length >= 3);
  });

  test('odd input does not throw', () => {
    for (const text of ['', '\uD800 Mr. \uDC00', 'A'.repeat(5000), '.'.repeat(100), 'X, a', ', the', "'s 's", 'Secretary of', 'U.S.-led']) {
      assert.doesNotThrow(() => entities(text));
    }
  });
});

// Region phrases need the gazetteer's own lookup (region index, seats, spellings): a hand-written table in the build's format.
const REGIONS = [
  'C\tUkraine\tUA\t49\t32\t\t\t',
  'C\tSyria\tSY\t35\t38\t\t\t',
  'Ta\tKharkiv\tUA\t49.981\t36.253\t706483\t1430885\t!Kharkov',
  'R\tKharkiv Oblast\tUA\t49.87\t36.28\t\t\t~Kharkiv|Kharkiv|~Kharkov',
  'Ta\tZaporizhia\tUA\t47.823\t35.19\t687700\t796217\t',
  'R\tZaporizhzhia Oblast\tUA\t47.28\t35.39\t\t\t~Zaporizhia|Zaporizhzhia',
  'Ta\tChernihiv\tUA\t51.506\t31.285\t710735\t307684\t',
  'R\tChernihiv Oblast\tUA\t51.17\t31.86\t\t\tChernihiv|~Chernihiv',
  'Ta\tDnipro\tUA\t48.459\t35.039\t709930\t1032822\t!Dnepropetrovsk',
  'R\tDnipropetrovsk Oblast\tUA\t48.36\t34.69\t\t\tDnipropetrovsk|!Dnipro Oblast',
  'Ta\tSumy\tUA\t50.92\t34.8\t692194\t263000\t',
  'R\tSumy Oblast\tUA\t50.94\t34.37\t\t\t~Sumy|Sumy',
  'Ta\tDonetsk\tUA\t48.023\t37.802\t709717\t1024700\t',
  'R\tDonetsk Oblast\tUA\t48.08\t37.77\t\t\t~Donetsk|Donetsk',
  'Ta\tIdlib\tSY\t35.93\t36.63\t169389\t128840\t',
  'R\tIdlib\tSY\t35.93\t36.63\t\t\t~Idlib',
  'Ta\tGalil\tSY\t35.1\t36.1\t5\t40000\tGalilee',
  'R\tGalileo Region\tUA\t49.1\t30.1\t\t\tGalileo',
].join('\n');

suite('entities: region phrases', () => {
  const regionAnalyzer = createAnalyzer({ gazetteer: Gazetteer.parse(REGIONS) });
  const places = (text: string): Entity[] => regionAnalyzer.analyze(text).entities.filter((e) => e.type === 'place');
  const placeNamed = (list: Entity[], written: string): Entity => {
    const e = list.find((x) => x.mentions.some((m) => m.text === written));
    assert.ok(e, `no place written ${written} in ${JSON.stringify(list.map((x) => x.name))}`);
    return e;
  };

  test('"the X region" is the region, also under a spelling of its seat\'s name', () => {
    const list = places('Fighting continued in the Kharkov region on Monday, officials said.');
    const kharkov = placeNamed(list, 'Kharkov');
    assert.equal(kharkov.geo?.kind, 'region');
    assert.equal(kharkov.geo?.name, 'Kharkiv Oblast');
    assert.ok(kharkov.aliases.includes('Kharkov region'));
    assert.equal(kharkov.mentions[0]!.text, 'Kharkov');
  });

  test('oblast, province and their spelling variants name the region', () => {
    const list = places('Shelling hit the Zaporozhye region. Power failed across Chernigov oblast. The Dnepropetrovsk region was calm, and Idlib province too.');
    assert.equal(placeNamed(list, 'Zaporozhye').geo?.name, 'Zaporizhzhia Oblast');
    assert.equal(placeNamed(list, 'Chernigov').geo?.name, 'Chernihiv Oblast');
    assert.equal(placeNamed(list, 'Dnepropetrovsk').geo?.name, 'Dnipropetrovsk Oblast');
    assert.equal(placeNamed(list, 'Idlib').geo?.kind, 'region');
  });

  test('"the province of X" is the region, "the city of X" the city', () => {
    const list = places('Rebels still hold the province of Idlib. Aid reached Kharkiv, the city of Kharkiv said.');
    assert.equal(placeNamed(list, 'Idlib').geo?.kind, 'region');
    assert.equal(placeNamed(list, 'Kharkiv').geo?.kind, 'city');
  });

  test('the region and its seat are two entities, each region phrase one with the region\'s name', () => {
    const list = places('Kharkiv Oblast reported shelling. In the Kharkov region, roads were cut, and the city of Kharkiv lost power. Kharkiv was dark by night.');
    const region = placeNamed(list, 'Kharkiv Oblast');
    assert.deepEqual(region.mentions.map((m) => m.text), ['Kharkiv Oblast', 'Kharkov']);
    const city = placeNamed(list, 'Kharkiv');
    assert.notEqual(city, region);
    assert.equal(city.geo?.kind, 'city');
    assert.equal(city.mentions.length, 2);
  });

  test('a list of names before a plural region word names regions; a singular one only its own', () => {
    const list = places('Troops pushed into the Kharkiv and Sumy regions. Later they left Donetsk and Zaporozhye region.');
    assert.equal(placeNamed(list, 'Kharkiv').geo?.name, 'Kharkiv Oblast');
    assert.equal(placeNamed(list, 'Sumy').geo?.name, 'Sumy Oblast');
    assert.equal(placeNamed(list, 'Donetsk').geo?.kind, 'city');
    assert.equal(placeNamed(list, 'Zaporozhye').geo?.name, 'Zaporizhzhia Oblast');
  });

  test('"the Donetsk region" and "Donetsk" in one document are one region; "the city of Donetsk" keeps the city apart', () => {
    const one = places('Troops left the Donetsk region on Monday. By Friday Donetsk was quiet.');
    const region = placeNamed(one, 'Donetsk');
    assert.equal(region.geo?.name, 'Donetsk Oblast');
    assert.equal(region.mentions.length, 2);
    const two = places('Troops left the Donetsk region on Monday. The city of Donetsk lost power, and Donetsk was dark by night.');
    assert.equal(two.filter((e) => e.geo?.kind === 'city' && e.name === 'Donetsk').length, 1, JSON.stringify(two.map((e) => [e.name, e.geo?.kind, e.mentions.length])));
    assert.equal(two.find((e) => e.geo?.kind === 'city')!.mentions.length, 2);
  });

  test('a region of another country than the name\'s own place is not taken', () => {
    // "Galilee" is a (made-up) Syrian town; the phrase, loosely folded, as a Ukrainian region
    const list = places('Rain fell across the Galilee region.');
    assert.notEqual(placeNamed(list, 'Galilee').geo?.name, 'Galileo Region');
  });

  test('a region word the gazetteer cannot resolve leaves the town as it was', () => {
    const list = places('Officials in the Chernihiv area counted the damage.');
    assert.equal(placeNamed(list, 'Chernihiv').geo?.kind, 'city');
  });

  test('a name particle (data/name-words.json) joins the capitalised words around it into one name', () => {
    assert.deepEqual(names(entities('The envoy Omar bin Tarek spoke briefly.'), 'person'), ['Omar bin Tarek']);
  });

  test('two name particles in a row join too (von der, de la)', () => {
    assert.deepEqual(names(entities('The minister Greta von der Hallen spoke briefly.'), 'person'), ['Greta von der Hallen']);
    assert.deepEqual(names(entities('The mayor Rosa de la Fuente met the envoy.'), 'person'), ['Rosa de la Fuente']);
  });
});

suite('entities: streets, squares and grounds', () => {
  test('a name ending in Street, Road, Square or Bridge is a place, whoever it is named for', () => {
    const list = entities('Crowds gathered in Lenin Square before the match at Marsh Road, and traders on Bay Street watched.');
    get(list, 'place', 'Lenin Square');
    get(list, 'place', 'Marsh Road');
    get(list, 'place', 'Bay Street');
  });

  test('the street of the financial markets is a place; a newspaper named for it is not', () => {
    const list = entities('Shares fell on Wall Street on Friday, the Wall Street Journal reported.');
    get(list, 'place', 'Wall Street');
    get(list, 'organization', 'Wall Street Journal');
  });

  test('a title or role marks a person whose surname names streets elsewhere', () => {
    const list = entities('Senator Tom Lane met the press, and Grace Park, a lawyer, said the case was weak.');
    get(list, 'person', 'Tom Lane');
    get(list, 'person', 'Grace Park');
    get(entities('The actress Diane Lane thanked the crew.'), 'person', 'Diane Lane');
  });

  test('a first name and a verb of saying mark a person whose surname names streets elsewhere', () => {
    get(entities('Mara Lane said the budget would pass.'), 'person', 'Mara Lane');
    get(entities('Crowds filled Cedar Lane on Sunday.'), 'place', 'Cedar Lane');
  });

  test('an organisation word at the end still makes an organisation', () => {
    get(entities('The Bridge Street Bank said profits rose.'), 'organization', 'Bridge Street Bank');
  });
});

suite('entities: roles in apposition, lists of places, organisations opening a sentence', () => {
  test('a role after a name may be described by plain words, and an age before it is no part of it', () => {
    assert.deepEqual(get(entities('"The vote was close," said Lina Ortez, a political scientist at the state university.'), 'person', 'Lina Ortez').roles, ['political scientist']);
    assert.deepEqual(get(entities('"Nobody asked us," said Mira Jovic, a 52-year-old pharmacist.'), 'person', 'Mira Jovic').roles, ['pharmacist']);
    // a clause after the comma is no role, though it ends in a role's word (the role before the name is one)
    assert.deepEqual(get(entities('A spokesman for the campaign, Theo Brandt, said the candidate would stay.'), 'person', 'Theo Brandt').roles ?? [], ['spokesman for the campaign']);
  });

  test('a nationality opening a state’s name is part of it; a nationality before a kind of place is none', () => {
    const list = entities('Only Valdoria recognizes the Turkish Republic of Northern Cyprus, a breakaway Turkish Cypriot state.');
    get(list, 'place', 'Turkish Republic of Northern Cyprus');
    assert.ok(!find(list, 'place', 'Cypriot'), JSON.stringify(list.map((e) => [e.type, e.name])));
  });

  test('"Von der Leyen said", "De la Cruz said": a capitalised particle opening a sentence opens the name', () => {
    assert.deepEqual(entities('The talks ended. Von der Marren said the deal was fair.').map((e) => [e.name, e.type]), [['Von der Marren', 'person']]);
    assert.deepEqual(entities('The talks ended. De la Varga said the deal was fair.').map((e) => e.name), ['De la Varga']);
    // (not a function word: "Do Democrats …")
    assert.ok(!entities('Do Democrats want the deal?').some((e) => e.name.startsWith('Do')));
  });

  test('a name joined by a particle is one name whether the particle opens a sentence or not', () => {
    const list = entities('Farmers fled the fields near al-Marsa in May. Al-Marsa is ours, they said. Troops entered al-Marsa.');
    assert.deepEqual(list.filter((e) => /marsa/i.test(e.name)).map((e) => [e.type, e.mentions.length]), [['place', 3]]);
  });

  test('a team named for a place, before its player’s role, is an organisation; a country stays a place', () => {
    const list = entities('Leicestershire captain James Whitaker made 90, and England coach David Lloyd watched.');
    get(list, 'organization', 'Leicestershire');
    get(list, 'place', 'England');
  });

  test('a name after "the" that speaks is a body, not a person', () => {
    get(entities('The Treasury said bond sales would rise.'), 'organization', 'Treasury');
    get(entities('The Harlow Policy Center said the plan would cost more.'), 'organization', 'Harlow Policy Center');
  });

  test('"Jan" before a surname is a first name; before a day, a month', () => {
    get(entities('Jan Kowalczyk said the farmers would stay.'), 'person', 'Jan Kowalczyk');
    assert.ok(!find(entities('The vote was on Jan 5 in Lublin.'), 'person', 'Jan'));
    assert.deepEqual(analyzer.analyze('Jan Kowalczyk said the farmers would stay.').quotes.map((q) => q.speaker), ['Jan Kowalczyk']);
  });

  test('a brigadier general’s title is no person of its own', () => {
    const list = entities('Army spokesman Brig. Gen. Omar Tadesse said the troops would stay.');
    assert.ok(!find(list, 'person', 'Brig.'), JSON.stringify(list.map((e) => [e.type, e.name])));
    get(list, 'person', 'Omar Tadesse');
  });

  test('"Nobody", "Everyone" opening a sentence are no names', () => {
    const list = entities('Nobody asked the farmers. Everyone knew the answer, Ivo Dane said.');
    assert.ok(!find(list, 'person', 'Nobody') && !find(list, 'person', 'Everyone'), JSON.stringify(list.map((e) => e.name)));
  });

  test('a name shaped like a person among three or more places is a place', () => {
    const list = entities('The council runs the towns of Dravo, Petar Kolo and Liska.');
    get(list, 'place', 'Petar Kolo');
    assert.ok(!find(list, 'person', 'Petar Kolo'));
    // people listed together stay people
    get(entities('The envoys met Ana Ruiz, Ben Ode and Liska.'), 'person', 'Ben Ode');
  });

  test('a name ending in Territory, Territories or County is a place', () => {
    const list = entities('Officials called the islands the Southern Territories, and Valdor County said it would help.');
    get(list, 'place', 'Southern Territories');
    get(list, 'place', 'Valdor County');
  });

  test('a common word opening a sentence opens the organisation whose name ends in one of its words', () => {
    get(entities('National Security Council spokesperson Ivo Maren said the crew was safe.'), 'organization', 'National Security Council');
    get(entities('Federal Election Commission staff met on Monday.'), 'organization', 'Federal Election Commission');
  });

  test('the residents of a place make it a place, at the start of a sentence too', () => {
    const list = entities('Residents of Dravo Kolo said they felt abandoned.');
    get(list, 'place', 'Dravo Kolo');
    assert.ok(!find(list, 'person', 'Dravo Kolo'));
  });

  test('a mission is an organisation, and a party and state after a senator is no name', () => {
    const list = entities('The European Union Monitoring Mission said it saw the work. Sen. Ana Ruiz, D-Mass., asked why.');
    get(list, 'organization', 'European Union Monitoring Mission');
    assert.deepEqual(list.filter((e) => e.name.startsWith('D-')), []);
  });

  test('a role set off by commas before a name further in the sentence', () => {
    assert.deepEqual(get(entities('The talks stalled, Valdor\'s defence minister, Ana Ruiz, told reporters.'), 'person', 'Ana Ruiz').roles, ["Valdor's defence minister"]);
  });

  test('a dateline in capitals is the place named later, when the gazetteer knows it as a region', () => {
    const list = entities('GENEVA, March 3 — Talks resumed.\n\nThe Geneva talks were tense, officials in Geneva said.');
    assert.deepEqual(list.filter((e) => e.type === 'place').map((e) => e.mentions.length), [3]);
  });

  test('"Philippine" is a nationality', () => {
    get(entities('Philippine officials said the boat was damaged.'), 'nationality', 'Philippine');
  });

  test('an age between commas makes a person of a name a town also has', () => {
    get(entities('A retired miner in Vorkuta, Dragan, 67, said he expected nothing.'), 'person', 'Dragan');
  });

  test('nationalities joined by a hyphen are each a nationality, not a name', () => {
    const list = entities('Ines Varga, a veteran Italian-Swedish diplomat, said she hoped to return.');
    get(list, 'nationality', 'Italian');
    get(list, 'nationality', 'Swedish');
    assert.ok(!list.some((e) => e.name === 'Italian-Swedish'));
  });

  test('a first name written with accents is a first name: "María Holguín" is a person', () => {
    get(entities('He met the envoy, María Holguín, on Monday.'), 'person', 'María Holguín');
  });

  test('"said Hassan, 58.": an age closing the sentence after the name', () => {
    get(entities('"The trees are gone," said Hassan, 58.'), 'person', 'Hassan');
  });

  test('an event with its number is no person ("World War Two"), a newspaper named Register is an organisation', () => {
    const list = entities('The base has stood since World War Two, the Lakeside Register reported.');
    assert.ok(!list.some((e) => e.name.startsWith('World War')), JSON.stringify(list));
    get(list, 'organization', 'Lakeside Register');
  });

  test('a nationality in the singular before a verb of saying is a surname: "Tatar told reporters"', () => {
    const list = entities('The Turkish Cypriot leader, Ersin Tatar, spoke on Thursday. Tatar told reporters the talks had failed.');
    assert.equal(get(list, 'person', 'Ersin Tatar').mentions.length, 2);
    assert.ok(!find(list, 'nationality', 'Tatar'));
  });

  test('peoples joined by a hyphen stay one word ("African-American"), countries\' nationalities split', () => {
    const list = entities('African-American voters turned out in large numbers.');
    assert.ok(!find(list, 'nationality', 'African'));
  });

  test('"Indigenous Kanak voters": an adjective of peoples before a people\'s name is part of no name', () => {
    const list = entities('Most Indigenous Kanak voters stayed home.');
    get(list, 'nationality', 'Kanak');
    assert.ok(!list.some((e) => e.type === 'person'));
  });
});

suite('entities: a party’s member described after a place', () => {
  test('"a Vermont Democrat" after "a" as after "the": the place is found, the description names no person', () => {
    const found = entities('Sen. Ana Marren, a Vermont Democrat, voted for the bill.');
    const named = found.map((e) => `${e.type}:${e.name}`);
    assert.ok(named.includes('place:Vermont'), JSON.stringify(named));
    assert.ok(!found.some((e) => e.type === 'person' && /Republican|Democrat/.test(e.name)), JSON.stringify(named));
  });
});

suite('entities: reefs and sandbars by their last word', () => {
  test('"Sandy Cay" and "Pearl Islet" are places, not people', () => {
    const found = entities('Sandy Cay is a sandbar near Pearl Islet.');
    assert.deepEqual(found.map((e) => `${e.type}:${e.name}`), ['place:Sandy Cay', 'place:Pearl Islet']);
  });
});

suite('entities: a small town after a verb of war', () => {
  test('"captured Kupiansk": a town the gazetteer knows, though small, is a place there; a person is not', () => {
    const found = createAnalyzer({ gazetteer: loadGazetteer() }).analyze('Russian forces captured Kupiansk on Monday. Police captured Ana Smith in Lyon.').entities;
    const named = found.map((e) => `${e.type}:${e.name}`);
    assert.ok(named.includes('place:Kupiansk') && named.includes('person:Ana Smith'), JSON.stringify(named));
  });

  test('"Kupiansk was seized by Russia": the passive after the name, at a sentence’s start', () => {
    const found = createAnalyzer({ gazetteer: loadGazetteer() }).analyze('Kupiansk was seized by Russia in February.').entities;
    assert.equal(found.find((e) => e.name === 'Kupiansk')?.type, 'place');
  });
});

suite('entities: a people of a people', () => {
  test('"Turkish Cypriots" are two nationalities, no person', () => {
    const found = createAnalyzer().analyze('Turkish Cypriots declared a state. Greek Cypriot officials met.').entities;
    assert.deepEqual(found.map((e) => e.type).sort(), ['nationality', 'nationality', 'nationality']);
  });
});

suite('entities: a company officer’s role', () => {
  test('"Chief financial officer Petra Lang", "the chief operating officer, Tom Hale,"', () => {
    const found = createAnalyzer().analyze('Chief financial officer Petra Lang said costs rose. The chief operating officer, Tom Hale, agreed.').entities;
    assert.deepEqual(found.filter((e) => e.type === 'person').map((e) => [e.name, e.roles]), [['Petra Lang', ['Chief financial officer']], ['Tom Hale', ['chief operating officer']]]);
  });
});

suite('entities: a people’s possessive inside a state’s name', () => {
  test('"People\'s Republic of China" is China, the DPRK is North Korea, "Donetsk People\'s Republic" is a place, whole', () => {
    const found = createAnalyzer({ gazetteer: loadGazetteer() }).analyze("China and the People's Republic of China are one. The Democratic People's Republic of Korea is North Korea. Vell leads the Donetsk People's Republic. The People's Liberation Army drilled.").entities;
    const named = found.map((e) => `${e.type}:${e.name}:${e.mentions.length}`);
    assert.ok(named.includes('place:China:2') && named.includes('place:North Korea:2'), JSON.stringify(named));
    assert.ok(named.includes("place:Donetsk People's Republic:1") && named.includes("organization:People's Liberation Army:1"), JSON.stringify(named));
  });
});

suite('entities: an apposition naming a kind of place', () => {
  test('"the largest island, Diego Garcia, under …" is a place; "… left the town, Ana Ruiz said" is a speaker', () => {
    const found = createAnalyzer().analyze('Britain keeps a base on the largest island, Diego Garcia, under a lease. Troops left the town, Ana Ruiz said.').entities;
    assert.deepEqual(found.map((e) => `${e.type}:${e.name}`), ['place:Britain', 'place:Diego Garcia', 'person:Ana Ruiz']);
  });

  test('"Kelmoor, a hill village that …" is a place; "Ana Lindqvist, a village elder," is not', () => {
    const found = createAnalyzer().analyze('The map leaves out Kelmoor, a hill village that both sides want. Ana Lindqvist, a village elder, spoke first.').entities;
    assert.deepEqual(found.map((e) => `${e.type}:${e.name}`).sort(), ['person:Ana Lindqvist', 'place:Kelmoor']);
  });
});

suite('entities: a dateline whose place has a common word', () => {
  test('"LA PAZ, March 23 —" and "THE HAGUE (Wire) -" are the cities', () => {
    const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
    const places = (text: string) => analyzer.analyze(text).entities.filter((e) => e.type === 'place').map((e) => `${e.name}: ${e.geo?.name}`);
    assert.deepEqual(places('LA PAZ, March 23 — The port workers went back to work on Monday.'), ['LA PAZ: La Paz']);
    assert.deepEqual(places('THE HAGUE (Wire) - The judges adjourned until June.'), ['THE HAGUE: The Hague']);
  });
});

suite('entities: a name given to a kind of place, and a plural possessive inside a name', () => {
  test('"a new state called Nova Brenta" is a place', () => {
    const found = createAnalyzer().analyze('The decree creates a new state called Nova Brenta on the coast.').entities;
    assert.deepEqual(found.map((e) => `${e.type}:${e.name}`), ['place:Nova Brenta']);
  });

  test('"the Harbour Workers\' Party", "The Growers’ Union said" are organisations, whole', () => {
    const found = createAnalyzer().analyze("Police raided the offices of the Harbour Workers' Party. The Growers’ Union said prices fell.").entities;
    assert.deepEqual(found.map((e) => `${e.type}:${e.name}`), ["organization:Harbour Workers' Party", 'organization:Growers’ Union']);
  });

  test('"the International Longshoremen\'s Association", "the Children\'s Defense Fund": a plural without an s, its possessive inside the name', () => {
    const found = createAnalyzer().analyze("The Coastal Longshoremen's Association said the strike would go on. The Children's Reading Fund said schools were short of books.").entities;
    assert.deepEqual(found.map((e) => `${e.type}:${e.name}`), ["organization:Coastal Longshoremen's Association", "organization:Children's Reading Fund"]);
  });
});

suite('entities: a role joined by "for" before a name', () => {
  test('"Democratic candidate for governor Rob Sand" is the candidate, not the governor', () => {
    assert.deepEqual(get(entities('Democratic candidate for governor Ivo Maren spoke on Tuesday.'), 'person', 'Ivo Maren').roles, ['Democratic candidate for governor']);
    // a title of the name's own after "for" is the name's ("a spokesman for Secretary-General Ana Ruiz")
    assert.deepEqual(get(entities('A spokesman for Secretary-General Ana Ruiz said the talks had ended.'), 'person', 'Ana Ruiz').roles, ['Secretary-General']);
    // a preposition of the sentence is no part of the role
    assert.deepEqual(get(entities('He sent a letter to Governor Ivo Maren on Tuesday.'), 'person', 'Ivo Maren').roles, ['Governor']);
  });
});

suite('entities: a kind of place before "of"', () => {
  test('"the island of Marco Ruiz" makes every "Marco Ruiz" of the article one place, a headline\'s too', () => {
    const found = createAnalyzer().analyze('Navy keeps Marco Ruiz base\n\nThe navy will lease back the island of Marco Ruiz for fifty years.').entities;
    assert.deepEqual(found.filter((e) => e.name === 'Marco Ruiz').map((e) => `${e.type}:${e.mentions.length}`), ['place:2']);
  });
});

suite('entities: a nationality before a place\'s last word', () => {
  test('"the Indian Ocean", "the English Channel" are places; "Indian troops" a nationality', () => {
    const found = createAnalyzer().analyze('Indian troops sailed across the Indian Ocean, and ferries crossed the English Channel.').entities;
    assert.deepEqual(found.map((e) => `${e.type}:${e.name}`), ['nationality:Indian', 'place:Indian Ocean', 'place:English Channel']);
  });
});

suite('entities: the House', () => {
  test('"the House" and "House conservatives" are the chamber, an organisation, not a place', () => {
    const found = createAnalyzer().analyze('Lawmakers from House conservatives to moderates balked. Ivo Maren urged the House to vote quickly.').entities;
    assert.deepEqual(found.filter((e) => e.name === 'House').map((e) => `${e.type}:${e.mentions.length}`), ['organization:2']);
  });
});

suite('entities: a group of islands by its name alone', () => {
  test('"the Varno Islands", "the Varno archipelago" and "Varno" are one place', () => {
    const found = createAnalyzer().analyze('The navy patrolled the Varno Islands. The Varno archipelago is remote, and Varno has few people.').entities.filter((e) => e.type === 'place');
    assert.deepEqual(found.map((e) => [e.name, e.mentions.length]), [['Varno Islands', 3]]);
  });
});

suite('entities: a list beside a place the gazetteer knows', () => {
  test('"captured Malynivka and Ostrove": an unknown name in a list with a known place is a place', () => {
    const found = createAnalyzer({ gazetteer: loadGazetteer() }).analyze('Russian forces captured Malynivka and Ostrove after days of fighting.').entities.filter((e) => e.type === 'place');
    assert.deepEqual(found.map((e) => e.name), ['Malynivka', 'Ostrove']);
  });
});

suite('entities: a role with the body it serves, opening the sentence before the name', () => {
  test('"A spokesman for the southern command, Ivo Maren, said" gives Maren that role', () => {
    assert.deepEqual(get(entities('A spokesman for the southern command, Ivo Maren, said the line held.'), 'person', 'Ivo Maren').roles, ['spokesman for the southern command']);
    assert.deepEqual(get(entities('The head of the water agency, Ana Ruiz, spoke first.'), 'person', 'Ana Ruiz').roles, ['head of the water agency']);
  });

  test('a plural noun and a place before two names is no role ("Officials in the city, Ana Lopez and Ivo Maren")', () => {
    assert.deepEqual(get(entities('Officials in the city, Ana Lopez and Ivo Maren, left early.'), 'person', 'Ana Lopez').roles, []);
  });
});

suite('entities: a nickname in quotation marks inside a name', () => {
  test('Margaret "Peggy" Holloway is one person, and "Holloway" after her the same', () => {
    const found = createAnalyzer().analyze('Margaret "Peggy" Holloway, 61, showed no emotion. Holloway will appeal.').entities.filter((e) => e.type === 'person');
    assert.deepEqual(found.map((e) => [e.name, e.mentions.length]), [['Margaret "Peggy" Holloway', 2]]);
  });
});

suite('entities: local offices as titles', () => {
  test('"County Supervisor Tom Brandt", "City Councilman Ivo Lee" are people with those roles', () => {
    assert.deepEqual(get(entities('County Supervisor Tom Brandt said the board had trusted her.'), 'person', 'Tom Brandt').roles, ['County Supervisor']);
    assert.deepEqual(get(entities('City Councilman Ivo Lee spoke first.'), 'person', 'Ivo Lee').roles, ['City Councilman']);
  });
});

suite('entities: a kind of place before a name, a role after it', () => {
  test('"near the village of Ostrove, the head of the navy said" makes Ostrove a place, not the head', () => {
    const found = createAnalyzer().analyze('Troops hold a foothold near the village of Ostrove, the head of the navy said.').entities;
    assert.deepEqual(found.filter((e) => e.name === 'Ostrove').map((e) => e.type), ['place']);
  });
});

suite('entities: the members of a list after a plural kind of place', () => {
  test('"the villages of Novopavlivka and Sukhyi Yar": a two-word member shaped like a name is a place too', () => {
    const found = entities('Troops entered the villages of Brodivka and Sukhyi Yar on Monday.');
    assert.deepEqual(names(found, 'place'), ['Brodivka', 'Sukhyi Yar']);
    assert.deepEqual(names(found, 'person'), []);
  });

  test('"the western edge of Sukhyi Yar": the edge, fringes or heart of a name is a place', () => {
    assert.deepEqual(names(entities('Units still hold the western edge of Sukhyi Yar.'), 'place'), ['Sukhyi Yar']);
  });
});

suite('entities: a name after a lone comma opens a clause, not a list', () => {
  test('"At the Brookings Institution, Clinton denied …": Clinton takes no type from the organisation', () => {
    const found = entities('At the Brookings Institution, Clinton denied that she had erred.');
    assert.deepEqual(names(found, 'organization'), ['Brookings Institution']);
    assert.equal(find(found, 'organization', 'Clinton'), undefined);
  });

  test('"the Commander-in-Chief Forum" is an organisation, not a person with a title', () => {
    const found = entities('Both candidates spoke at the Commander-in-Chief Forum in New York.');
    assert.deepEqual(names(found, 'organization'), ['Commander-in-Chief Forum']);
    assert.deepEqual(names(found, 'person'), []);
  });
});

suite('entities: roles of soldiers and operators', () => {
  test('"said Serhiy, a 34-year-old drone operator": a first name with a role is a person', () => {
    const found = entities('"We move at night," said Serhiy, a 34-year-old drone operator.');
    assert.deepEqual(get(found, 'person', 'Serhiy').roles, ['drone operator']);
  });

  test('"Ukraine\'s commander-in-chief, Oleksandr Syrskyi, said"', () => {
    assert.ok(get(entities('Ukraine\'s commander-in-chief, Oleksandr Syrskyi, said the line held.'), 'person', 'Oleksandr Syrskyi').roles.some((r) => r.includes('commander-in-chief')));
  });
});

suite('entities: organisations a sentence opens with a common word, and units', () => {
  test('"Human Rights Watch said", "Climate Action Network said": three words or more that an organisation\'s word ends', () => {
    assert.deepEqual(names(entities('Human Rights Watch said the deal was near.'), 'organization'), ['Human Rights Watch']);
    assert.deepEqual(names(entities('Climate Action Network said the deal was near.'), 'organization'), ['Climate Action Network']);
    // (not a time, nor two words of a headline: "Buy Mines, Sell Coal")
    assert.deepEqual(names(entities('Yesterday Bank of England officials met.'), 'organization'), ['Bank of England']);
    assert.deepEqual(names(entities('A Plan for Towns: Buy Mines, Sell Coal'), 'organization'), []);
  });

  test('"the army\'s 6th Infantry Division" is an organisation', () => {
    assert.deepEqual(names(entities('Fighters gathered outside the headquarters of the army\'s 6th Infantry Division.'), 'organization'), ['Infantry Division']);
  });

  test('"United Nations human rights chief Volker Turk": words of a role in lower case', () => {
    assert.deepEqual(get(entities('United Nations human rights chief Volker Turk said he was alarmed.'), 'person', 'Volker Turk').roles, ['United Nations human rights chief']);
    assert.deepEqual(get(entities('The bloc\'s climate envoy, Ana Ruiz, said the deal was near.'), 'person', 'Ana Ruiz').roles, ['bloc\'s climate envoy']);
  });
});

suite('entities: a role for a body a possessive names, and adjectives in -era', () => {
  test('"“…,” the minister of culture, Ivo Maren, said", "the agency\'s chief press officer, Dr. Ana Ruiz,": a role with its body, or words no list holds, set off further in', () => {
    assert.deepEqual(get(entities('“The museum stays open,” the minister of culture, Ivo Maren, said on Friday.'), 'person', 'Ivo Maren').roles, ['minister of culture']);
    assert.deepEqual(get(entities('The port’s envoy to the European Union, Ivo Maren, said the deal held.'), 'person', 'Ivo Maren').roles, ['port’s envoy to the European Union']);
    assert.deepEqual(get(entities('In a statement, the agency’s chief press officer, Dr. Ana Ruiz, said the figures were wrong.'), 'person', 'Ana Ruiz').roles, ['agency’s chief press officer']);
    // a body's words are words: a clause before the comma is no role's
    assert.deepEqual(get(entities('He spoke to the head of the agency who resigned, Ivo Maren, said aides.'), 'person', 'Ivo Maren').roles, []);
  });

  test('"an official at the port authority in Portland, Maine, said": a known place after a place is its region, no person with a role', () => {
    assert.equal(get(entities('An official at the port authority in Burlington, Vermont, said the ship had docked.'), 'place', 'Vermont').type, 'place');
  });

  test('"the Pearl District", "the Kodori Gorge", "the Line of Control": a place by its last word or its head, a first name before it or not', () => {
    const list = entities('Residents of the Pearl District complained. Fighting in the Kodori Gorge went on. Troops patrol the Line of Actual Control.');
    assert.deepEqual(['Pearl District', 'Kodori Gorge', 'Line of Actual Control'].map((n) => find(list, 'place', n)?.type), ['place', 'place', 'place']);
  });

  test('"Norwood Semiconductor … Norwood said": a firm named for its trade is known by its first word', () => {
    const list = entities('Shares of Norwood Semiconductor fell 14 percent. Norwood said it expected lower revenue.');
    assert.deepEqual(get(list, 'organization', 'Norwood Semiconductor').aliases, ['Norwood']);
  });

  test('"Harborview Health … Harborview said": a health system is an organisation, and its first word stands for it', () => {
    const list = entities('Nurses at six hospitals run by Harborview Health voted to strike. Harborview said it was disappointed.');
    assert.deepEqual(get(list, 'organization', 'Harborview Health').aliases, ['Harborview']);
  });

  test('"A spokeswoman for China\'s Foreign Ministry, Mao Ning, told …"', () => {
    assert.deepEqual(get(entities('A spokeswoman for China\'s Foreign Ministry, Mao Ning, told a briefing that the talks failed.'), 'person', 'Mao Ning').roles, ['spokeswoman for China\'s Foreign Ministry']);
  });

  test('"a World War Two-era ship", "a Soviet-era tank": no name', () => {
    assert.deepEqual(names(entities('It ran aground a World War Two-era ship.'), 'person'), []);
  });
});

suite('entities: titles, names and countries around a comma', () => {
  test('"after the fall of Bashar Assad, Defense Minister Israel Katz said": the title is Katz\'s, and Assad a person', () => {
    const found = entities('Troops entered the zone after the fall of Bashar Assad, Defense Minister Israel Katz said Tuesday.');
    assert.deepEqual(get(found, 'person', 'Bashar Assad').roles, []);
    assert.deepEqual(get(found, 'person', 'Israel Katz').roles, ['Defense Minister']);
  });

  test('"…, while his spokesman, Stephane Dujarric, told …", "and Ukraine\'s defence minister, Rustem Umerov, said"', () => {
    assert.deepEqual(get(entities('Guterres said the deal was breached, while his spokesman, Stephane Dujarric, told reporters that troops dug in.'), 'person', 'Stephane Dujarric').roles, ['spokesman']);
    assert.deepEqual(get(entities('Talks resumed on Monday, and Ukraine\'s defence minister, Rustem Umerov, said the line held.'), 'person', 'Rustem Umerov').roles, ['Ukraine\'s defence minister']);
  });

  test('"the Syrian village of Hadar" lies in Syria, whatever Hadar the gazetteer knows elsewhere', () => {
    const found = createAnalyzer({ gazetteer: loadGazetteer() }).analyze('Residents of the Syrian village of Hadar said soldiers searched homes.').entities;
    assert.deepEqual(found.filter((e) => e.name === 'Hadar').map((e) => [e.type, e.geo?.country]), [['place', 'Syria']]);
  });
});

suite('entities: a role between two names, trades, and short forms of a firm', () => {
  test('"obtained by The Courier, the company\'s general counsel, Mark Ellison, wrote": the role is Ellison\'s', () => {
    const found = entities('In a letter obtained by The Courier, the company\'s general counsel, Mark Ellison, wrote that staff were warned.');
    assert.deepEqual(get(found, 'person', 'Mark Ellison').roles, ['company\'s general counsel']);
    assert.equal(find(found, 'person', 'Courier'), undefined);
  });

  test('"said Luis Ortega, a retired machinist who chairs the committee"', () => {
    assert.deepEqual(get(entities('"That is a choice," said Luis Ortega, a retired machinist who chairs the committee.'), 'person', 'Luis Ortega').roles, ['retired machinist']);
  });

  test('"Aqualine Services … Aqualine disputes that account": one firm', () => {
    const found = entities('She blamed the crisis on a contractor, Aqualine Services, which she says failed to flag the risk. Aqualine disputes that account.');
    assert.deepEqual(found.filter((e) => e.type === 'organization').map((e) => [e.name, e.mentions.length]), [['Aqualine Services', 2]]);
  });
});

suite('entities: one person across transliterations', () => {
  test('"Zelensky", "Zelenskiy", "Zelenskyy" and "Dmitry"/"Dmitri" are spelled alike', () => {
    const found = entities('President Volodymyr Zelensky met the envoy on Friday. Zelenskiy said the talks were frank. Mr. Zelenskyy later left.');
    assert.deepEqual(found.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length]), [['Volodymyr Zelensky', 3]]);
    const peskov = entities('Kremlin spokesman Dmitry Peskov said the talks failed. Dmitri Peskov added that Moscow would wait.');
    assert.deepEqual(peskov.filter((e) => e.name.includes('Peskov')).map((e) => [e.name, e.mentions.length]), [['Dmitry Peskov', 2]]);
  });

  test('two people of one surname keep their own later mentions', () => {
    const found = entities('Tim Scott spoke first. Bobby Scott spoke next. Later, Tim Scott left, and Scott said he was tired.');
    assert.deepEqual(found.filter((e) => e.type === 'person').map((e) => [e.name, e.mentions.length]), [['Tim Scott', 3], ['Bobby Scott', 1]]);
  });
});

suite('entities: regions of the United States', () => {
  test('"a senator in the Midwest", "voters in the Rust Belt": places, the speakers described by them', () => {
    assert.deepEqual(names(entities('A senator in the Midwest said the talks failed.'), 'place'), ['Midwest']);
    assert.deepEqual(names(entities('Voters in the Rust Belt said the plant mattered.'), 'place'), ['Rust Belt']);
  });
});

suite('entities: a profession in the plural opening a sentence', () => {
  test('"Librarians had staged a protest": the plural of a common word opening a sentence is no name, unless the text writes it mid-sentence', () => {
    assert.deepEqual(names(entities('Librarians had staged a protest outside the hall.'), 'person'), []);
    assert.deepEqual(names(entities('Farmers blocked the road.'), 'person'), []);
    assert.deepEqual(names(entities('Senator Ana Waters spoke first. Waters said the bill was bad.'), 'person'), ['Ana Waters']);
  });

  test('"Meteorologists said", "Physicians warned": no person, unless the text writes the word capitalised elsewhere', () => {
    assert.deepEqual(names(entities('Meteorologists said the heat would ease on Friday.'), 'person'), []);
    assert.deepEqual(names(entities('Physicians warned that clinics were full.'), 'person'), []);
    // (a name in that shape the text capitalises inside a sentence stays one)
    assert.ok(entities('Paulists said the school would open. A spokesman for the Paulists said so.').some((e) => e.name === 'Paulists'));
  });
});

suite('entities: a body named in lower case after a nationality of two words', () => {
  test('"the South Korean foreign ministry": the whole nationality opens the name', () => {
    const withPlaces = createAnalyzer({ gazetteer: loadGazetteer() });
    assert.deepEqual(withPlaces.analyze('The South Korean foreign ministry said the claim was unjust.').entities.filter((e) => e.type === 'organization').map((e) => e.name), ['South Korean foreign ministry']);
  });
});

suite('entities: a family name that is a common word, before a hyphened given name', () => {
  test('"Park Ji-won, a teacher, said", "Moon Jae-in said": the whole name, at a sentence\'s start too', () => {
    assert.deepEqual(names(entities('Park Ji-won, a history teacher in Daegu, said her pupils asked.'), 'person'), ['Park Ji-won']);
    assert.deepEqual(names(entities('Moon Jae-in said the talks would resume.'), 'person'), ['Moon Jae-in']);
    assert.deepEqual(names(entities('Pro-government groups said the talks would resume.'), 'person'), []);
  });
});

suite('entities: a role opening the sentence with words no list holds', () => {
  test('"The Justice Department\'s antitrust chief, Name, said": words in lower case describing the head', () => {
    assert.deepEqual(get(entities('The Justice Department’s antitrust chief, Ana Varga, said the ruling was a first step.'), 'person', 'Ana Varga').roles, ['Justice Department’s antitrust chief']);
    assert.deepEqual(get(entities('The agency’s antitrust chief, Ana Varga, said the ruling was a first step.'), 'person', 'Ana Varga').roles, ['agency’s antitrust chief']);
    // (no role for words that are no description: "sources close to the president, Name,")
    assert.deepEqual(get(entities('Sources close to the president, Ana Varga, said the ruling was a first step.'), 'person', 'Ana Varga').roles, []);
  });
});

suite('entities: places named by a farm, glacier, triangle, corridor, pass or bay, and disputed islands', () => {
  test('"the Shebaa Farms", "the Siachen Glacier", "the Ilemi Triangle", "Abu Musa": places, not people', () => {
    const list = entities('Israel occupies the Shebaa Farms. India holds the Siachen Glacier. Kenya administers the Ilemi Triangle. Iran holds Abu Musa and Greater Tunb.');
    assert.deepEqual(names(list, 'person'), []);
    for (const name of ['Shebaa Farms', 'Siachen Glacier', 'Ilemi Triangle', 'Abu Musa', 'Greater Tunb']) assert.ok(find(list, 'place', name), name);
  });
});

suite('entities: drugmakers by their last word', () => {
  test('"Meridian Therapeutics said … Meridian shares fell": an organisation, and its first word alone later', () => {
    const list = entities('Meridian Therapeutics said on Monday it had paused the trial. Meridian shares fell.');
    assert.deepEqual(names(list, 'person'), []);
    assert.deepEqual(get(list, 'organization', 'Meridian Therapeutics').mentions.map((m) => m.text), ['Meridian Therapeutics', 'Meridian']);
  });
});

suite('entities: a body named with "to"', () => {
  test('"the Committee to Protect Journalists said": one organisation, and the source\'s whole name', () => {
    const analysis = createAnalyzer({ gazetteer: loadGazetteer() }).analyze('The Committee to Protect Journalists said two reporters were held.');
    assert.deepEqual(analysis.entities.map((e) => `${e.type} ${e.name}`), ['organization Committee to Protect Journalists']);
    assert.deepEqual(analysis.quotes.map((q) => q.speaker), ['Committee to Protect Journalists']);
  });
});

suite('entities: a nationality opening a body named with "of"', () => {
  test('"the Swiss Academy of Sciences", "the German Chamber of Commerce": the nationality is the name\'s first word', () => {
    const orgs = (text: string): string[] => createAnalyzer({ gazetteer: loadGazetteer() }).analyze(text).entities.filter((e) => e.type === 'organization').map((e) => e.name);
    assert.deepEqual(orgs('A report by the Swiss Academy of Sciences was published on Tuesday.'), ['Swiss Academy of Sciences']);
    assert.deepEqual(orgs('The German Chamber of Commerce said exports fell.'), ['German Chamber of Commerce']);
    // (a body without one is named as before)
    assert.deepEqual(orgs('The Council of Europe said the vote was fair.'), ['Council of Europe']);
  });
});

suite('entities: a people after the place it lives in', () => {
  test('"Karabakh Armenians", "Kosovo Albanians": a place and a nationality, not a person; "Turkish Cypriots" two peoples', () => {
    const kinds = (text: string): string[] => createAnalyzer({ gazetteer: loadGazetteer() }).analyze(text).entities.filter((e) => e.type !== 'date').map((e) => `${e.type}:${e.name}`);
    assert.deepEqual(kinds('Many Karabakh Armenians fled in a week.'), ['place:Karabakh', 'nationality:Armenians']);
    assert.deepEqual(kinds('Kosovo Albanians marched on Sunday.'), ['place:Kosovo', 'nationality:Albanians']);
    assert.deepEqual(kinds('Turkish Cypriots voted on Sunday.').sort(), ['nationality:Cypriots', 'nationality:Turkish']);
  });
});

suite('entities: bodies whose names run on past a link word', () => {
  const orgs = (text: string): string[] => createAnalyzer().analyze(text).entities.filter((e) => e.type === 'organization').map((e) => e.name);

  test('"the Federation of Red Cross and Red Crescent Societies": after "of", words up to a plural head of a body join', () => {
    assert.deepEqual(orgs('An official of the Varnel Federation of Red Cross and Red Crescent Societies spoke.'), ['Varnel Federation of Red Cross and Red Crescent Societies']);
    // (a second body is no plural head: two names)
    assert.deepEqual(orgs('The Bank of Varnel and Kestrel Bank cut rates.'), ['Bank of Varnel', 'Kestrel Bank']);
  });

  test('"the charity Homes for Karabakh", "the group Doctors Without Borders": after a kind of body, its link words join', () => {
    assert.deepEqual(orgs('A worker at the charity Homes for Varnel said beds were short.'), ['Homes for Varnel']);
    assert.deepEqual(orgs('The group Nurses Without Borders said beds were short.'), ['Nurses Without Borders']);
  });
});

suite('entities: a role set off by commas after a quotation', () => {
  test('"“…,” the chief executive, Name, said": the role is the name\'s', () => {
    assert.deepEqual(get(entities('“Safety comes first,” the chief executive, Ana Varga, said.'), 'person', 'Ana Varga').roles, ['chief executive']);
    assert.deepEqual(get(entities('"We are only exercising our rights," Ostia\'s foreign minister, Ana Varga, told reporters.'), 'person', 'Ana Varga').roles, ['Ostia\'s foreign minister']);
  });
});

suite('entities: a role set off after a preposition', () => {
  test('"will be led by Norwood\'s chief executive, Dr. Ines Walde, and …": the role is hers', () => {
    const found = entities('The new group will be led by Norwood\'s chief executive, Dr. Ines Walde, and will keep its offices.');
    assert.deepEqual(get(found, 'person', 'Ines Walde').roles, ['Norwood\'s chief executive']);
    assert.deepEqual(get(entities('The talks were chaired by the deputy mayor, Ivo Maren, on Friday.'), 'person', 'Ivo Maren').roles, ['deputy mayor']);
  });

  test('"The board named Norwood\'s chief executive, Dr. Ines Walde, …": the words before a possessor are not the role\'s', () => {
    const roles = get(entities('The board named Norwood\'s chief executive, Dr. Ines Walde, as its chair.'), 'person', 'Ines Walde').roles ?? [];
    assert.ok(roles.every((r) => !r.includes('board')), JSON.stringify(roles));
  });
});

suite('entities: a role after the name as well as before it', () => {
  test('"Democrat Ivo Maren, the mayor of Toledo, said": both roles', () => {
    assert.deepEqual(get(entities('Democrat Ivo Maren, the mayor of Toledo, said the plan was a fairy tale.'), 'person', 'Ivo Maren').roles, ['Democrat', 'mayor of Toledo']);
    // (not the next name's in a list)
    const list = entities('He praised the singer Ana Ruiz, the chess player Ivo Maren and others.');
    assert.deepEqual(get(list, 'person', 'Ana Ruiz').roles, ['singer']);
  });
});

suite('entities: a body\'s name after a role that serves a kind of body', () => {
  test('"A spokeswoman for the group behind the ad, Harbor Forward, said": no role for the group\'s name; a person\'s name keeps it', () => {
    const found = entities('A spokeswoman for the group behind the ad, Harbor Forward, said it stood by every word.');
    assert.ok(found.every((e) => (e.roles ?? []).length === 0), JSON.stringify(found.map((e) => [e.name, e.roles])));
    // (it is the group's name: an organisation)
    assert.deepEqual(found.map((e) => [e.name, e.type]), [['Harbor Forward', 'organization']]);
    // (but a place's region after the place is no body's name: "the agency in Burlington, Vermont,")
    assert.equal(get(entities('A spokesman for the agency in Burlington, Vermont, said the pier was closed.'), 'place', 'Vermont').type, 'place');
    assert.deepEqual(get(entities('A spokeswoman for the firm, Ana Ruiz, said it stood by every word.'), 'person', 'Ana Ruiz').roles, ['spokeswoman for the firm']);
  });
});

suite('entities: a sentence\'s first word shaped as a common noun', () => {
  test('"Expropriation is …", "Herders said …", "Retailers said …": no names', () => {
    assert.deepEqual(entities('“Expropriation is not a housing policy,” the mayor said.').map((e) => e.name), []);
    assert.deepEqual(entities('Herders said the politics meant little to them.').map((e) => e.name), []);
    // (a surname that shares the shape stays one where a first name or the document says so)
    assert.deepEqual(names(entities('Dale Sanders spoke first. Sanders said the plan was dead.'), 'person'), ['Dale Sanders']);
  });
});

suite('entities: a common noun in the plural ending a two-word name', () => {
  test('"Kestrel Logistics said …" is a company; "Hampton Roads", "Tallow Falls" are places; "Jim Banks" stays a person', () => {
    const found = entities('Kestrel Logistics said on Monday it would hire 200 drivers. Hampton Roads has grown, and Tallow Falls has not. Jim Banks agreed.');
    assert.deepEqual(names(found, 'organization'), ['Kestrel Logistics']);
    assert.deepEqual(names(found, 'place'), ['Hampton Roads', 'Tallow Falls']);
    assert.deepEqual(names(found, 'person'), ['Jim Banks']);
  });
});

suite('entities: a project, an initiative and a caucus are bodies', () => {
  test('"the nonpartisan Open Capitol Project", "the Harbor Caucus"', () => {
    const found = entities('Nina Patel, director of the nonpartisan Open Capitol Project, said it was too early. The Harbor Caucus agreed.');
    assert.deepEqual(names(found, 'organization'), ['Open Capitol Project', 'Harbor Caucus']);
  });
});

suite('entities: an amendment is a law, no one\'s name', () => {
  test('"the 13th Amendment", "the Fifth Amendment": no person', () => {
    const found = entities('Ana Ruiz thinks the 13th Amendment was a turning point. The aide cited the Fifth Amendment and declined to answer.');
    assert.deepEqual(names(found, 'person'), ['Ana Ruiz']);
  });
});

suite('entities: a name set off before its kind of body, an acronym set off after a place', () => {
  test('"Ostrava Forward, the main opposition party, said" is a party; "the force in Vermont, KFORCE, said" an acronym, no place', () => {
    const found = entities('Ostrava Forward, the main opposition party, said it would go to court. The peacekeeping force in Vermont, KFORCE, urged calm.');
    assert.deepEqual(names(found, 'organization'), ['Ostrava Forward', 'KFORCE']);
    // (a role's body before the name still gives the person a role: "A spokesman for the ruling party, Ivo Maren, said")
    assert.deepEqual(names(entities('A spokesman for the ruling party, Ivo Maren, said the courts were independent.'), 'person'), ['Ivo Maren']);
  });
});

suite('entities: the body a role serves, named after "for"', () => {
  test('"A spokeswoman for Cascade Grid said": a name of several words with no first name is the body', () => {
    assert.deepEqual(names(entities('A spokeswoman for Cascade Grid said the outages could last several days.'), 'organization'), ['Cascade Grid']);
    // (a first name, a title or a role's word makes it the person the role serves)
    assert.deepEqual(names(entities('A spokesman for Ana Ruiz said the vote would wait. A spokesman for Senator Ivo Maren declined to comment.'), 'organization'), []);
  });
});

suite('entities: an enclave, a plateau, valleys and districts named around their name', () => {
  test('"the enclave of Vorukh", "the Doklam plateau", "the Isfara districts": places', () => {
    const found = entities('Troops left the enclave of Vorukh. Patrols met on the Doklam plateau. Doklam is quiet. The road links the Isfara districts.');
    assert.deepEqual(names(found, 'place'), ['Vorukh', 'Doklam', 'Isfara']);
    assert.deepEqual(names(found, 'person'), []);
  });
});

suite('entities: a nationality that opens a known body\'s name', () => {
  test('"the African Union", "the Arab League": the body, no nationality; "European leaders" still one', () => {
    const found = entities('The African Union urged calm and the Arab League agreed. European leaders met on Monday.');
    assert.deepEqual(names(found, 'organization'), ['African Union', 'Arab League']);
    assert.deepEqual(names(found, 'nationality'), ['European']);
  });
});

suite('entities: a member of a body as a role', () => {
  test('"Council member Joyce Whitaker", "Kestrel Bank board member Ann Lee": the role before the name', () => {
    assert.deepEqual(get(entities('Council member Joyce Whitaker said she had not been told.'), 'person', 'Joyce Whitaker').roles, ['Council member']);
    assert.deepEqual(get(entities('The senator is married to Kestrel Bank board member Ann Lee.'), 'person', 'Ann Lee').roles, ['Kestrel Bank board member']);
  });
});

suite('entities: a district or town after the name the gazetteer knows', () => {
  test('"the Isfara district" and "Isfara": one place, linked to the gazetteer\'s', () => {
    const linked = createAnalyzer({ gazetteer: loadGazetteer() });
    const places = linked.analyze('Shelling hit the Isfara district overnight. By noon Isfara was quiet.').entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((e) => [e.name, e.geo?.kind, e.geo?.countryCode]), [['Isfara', 'city', 'TJ']]);
  });
});

suite('entities: "es" inside a place\'s name, a month\'s name as a first name after a role', () => {
  test('"Dar es Salaam" is one place', () => {
    const linked = createAnalyzer({ gazetteer: loadGazetteer() });
    const found = linked.analyze('He said Dar es Salaam would accept the outcome.').entities;
    assert.deepEqual(found.map((e) => [e.type, e.name, e.geo?.countryCode]), [['place', 'Dar es Salaam', 'TZ']]);
  });

  test('"Tanzania\'s foreign minister, January Makamba," is a person with that role; "in January Tanzania" no name', () => {
    assert.deepEqual(get(entities('Tanzania’s foreign minister, January Makamba, struck a softer tone.'), 'person', 'January Makamba').roles, ['Tanzania’s foreign minister']);
    assert.ok(!entities('The talks resumed in January Tanzania said.').some((e) => e.type === 'person'));
  });

  test('"Regent Samuel Okafor", "Student regent Maya Lindqvist", "Trustee Ann Bell": roles, not parts of the name', () => {
    const found = entities('Regent Samuel Okafor proposed it. Student regent Maya Lindqvist voted no. Trustee Ann Bell abstained.');
    assert.deepEqual(get(found, 'person', 'Samuel Okafor').roles, ['Regent']);
    assert.deepEqual(get(found, 'person', 'Maya Lindqvist').roles, ['Student regent']);
    assert.deepEqual(get(found, 'person', 'Ann Bell').roles, ['Trustee']);
  });
});

suite('entities: no country by a consonant skeleton, a demonym\'s plural that is a country\'s name', () => {
  const linked = createAnalyzer({ gazetteer: loadGazetteer() });
  const found = (text: string) => linked.analyze(text).entities.map((e) => [e.type, e.name, e.geo?.countryCode ?? null]);

  test('"Angela" is no Angola, "Comorian" no Cameroon', () => {
    assert.deepEqual(found('“Angela knows this town,” Pratt said.').filter(([type]) => type === 'place'), []);
    assert.deepEqual(found('She dismissed the Comorian claim.'), [['nationality', 'Comorian', null]]);
  });

  test('"Philippine senators" and "the University of the Philippines": a nationality, and a body whose name holds the country', () => {
    assert.deepEqual(found('Philippine senators met. Aries Arugay teaches at the University of the Philippines.').filter(([type]) => type !== 'person'), [['nationality', 'Philippine', null], ['organization', 'University of the Philippines', null]]);
  });
});

suite('entities: bodies named with "for" and for a saint', () => {
  test('"the Halvorsen Endowment for Regional Security", "the Court of Arbitration for Sport": one organisation each', () => {
    const names = entities('She works at the Halvorsen Endowment for Regional Security. The club will appeal to the Court of Arbitration for Sport.').map((e) => [e.type, e.name]);
    assert.deepEqual(names, [['organization', 'Halvorsen Endowment for Regional Security'], ['organization', 'Court of Arbitration for Sport']]);
  });

  test('"St. George\'s University Hospital", "St. Bridget\'s Church": the saint\'s possessive inside the name', () => {
    const names = entities('She works at St. George’s University Hospital. He prayed at St. Bridget’s Church.').map((e) => [e.type, e.name]);
    assert.deepEqual(names, [['organization', 'St. George’s University Hospital'], ['organization', 'St. Bridget’s Church']]);
  });
});

suite('entities: firms named "Properties" and with "&"', () => {
  test('"The building\'s owner, Harbor Street Properties, said": a firm, not a person with a role', () => {
    assert.deepEqual(entities('The building’s owner, Harbor Street Properties, said the rent was fair.').map((e) => [e.type, e.name]), [['organization', 'Harbor Street Properties']]);
  });

  test('"Pages & Co., the bookstore, …": a common word opening the sentence before "&" opens the firm\'s name', () => {
    assert.deepEqual(entities('Pages & Co., the independent bookstore on the corner, will close.').map((e) => [e.type, e.name]), [['organization', 'Pages & Co.']]);
  });
});

suite('entities: co-owners as a role', () => {
  test('"Co-owners Martin and Louise Abernathy said …": the role is no part of a name', () => {
    const found = entities('Co-owners Martin and Louise Abernathy said the rent was too high. Martin Abernathy disputed the landlord’s figures.');
    assert.deepEqual(get(found, 'person', 'Martin Abernathy').roles, ['Co-owners']);
    assert.ok(!found.some((e) => e.name.startsWith('Co-owners')));
  });
});

suite('entities: a possessor with words before it, a land named for a variant spelling', () => {
  test('"The ferry authority\'s general manager, Hank Soucy, said": the role with its possessor', () => {
    assert.deepEqual(get(entities('The ferry authority’s general manager, Hank Soucy, said the offer was fair.'), 'person', 'Hank Soucy').roles, ['ferry authority’s general manager']);
  });

  test('"the Galwan valley" is no town the gazetteer knows by another spelling (Helwan, Egypt)', () => {
    const linked = createAnalyzer({ gazetteer: loadGazetteer() });
    const places = linked.analyze('Clashes in the Galwan valley killed 20 soldiers.').entities.filter((e) => e.type === 'place');
    assert.deepEqual(places.map((e) => [e.name, e.geo?.kind, e.geo?.countryCode ?? null]), [['Galwan', 'place', null]]);
  });
});

suite('entities: a name a side gives a place, islets after a name, a verb of matches facing no side', () => {
  test('"calls the islets Pelkar", "the islands, which Norland calls Vessa": places, whatever words follow', () => {
    const found = entities('Norland, which calls the islets Pelkar, sent a ship. "Pelkar is ours," Ruiz said. Ostia controls the Tarn islands, which Norland calls Vessa.');
    assert.equal(get(found, 'place', 'Pelkar').mentions.length, 2);
    assert.ok(find(found, 'place', 'Vessa'));
    assert.ok(!find(found, 'person', 'Pelkar'));
  });

  test('"the Dorrin islets": a kind of land after an unknown name makes it a place', () => {
    assert.deepEqual(get(entities('A patrol boat sailed near the Dorrin islets on Monday.'), 'place', 'Dorrin').aliases, ['Dorrin islets']);
  });

  test('"Judges in The Hague drew a new boundary": a verb of matches before no name or score is no match', () => {
    const linked = createAnalyzer({ gazetteer: loadGazetteer() });
    const found = [...linked.analyze('Judges in The Hague drew a new boundary on Tuesday.').entities];
    assert.ok(find(found, 'place', 'Hague'));
    assert.ok(!find(found, 'organization', 'Hague'));
    // (a match still makes teams: "Leeds drew 1-1 with Hull")
    assert.ok(find([...linked.analyze('Leeds drew 1-1 with Hull on Saturday.').entities], 'organization', 'Leeds'));
  });
});

suite('entities: the first word after a dateline\'s dash, a company of common words in the plural', () => {
  test('"SAN JOSE, Calif. — Shares of Veritron Semiconductor rose": the word after the dash opens the sentence', () => {
    const found = entities('SAN JOSE, Calif. — Shares of Veritron Semiconductor rose 14 percent. Veritron said it expected more.');
    assert.ok(find(found, 'organization', 'Veritron Semiconductor'));
    assert.ok(!found.some((e) => e.name.startsWith('Shares')));
    assert.ok(!find(entities('PORTLAND — Meteorologists said the storm would pass.'), 'person', 'Meteorologists'));
  });

  test('"Advanced Micro Devices": common words before a plural make a company in prose', () => {
    assert.ok(find(entities('Shares of Nvidia and Advanced Micro Devices also rose.'), 'organization', 'Advanced Micro Devices'));
    assert.ok(find(entities('The strike was called by the United Auto Workers on Friday.'), 'organization', 'United Auto Workers'));
  });
});

suite('entities: a source after "According to", a retired brigadier, a faith that is a given name', () => {
  test('"According to Farhan Malik, a retired brigadier": a sentence\'s "According to" is no place\'s preposition', () => {
    const found = entities('According to Farhan Malik, a retired brigadier who teaches in Multan, both sides lost men.');
    const person = get(found, 'person', 'Farhan Malik');
    assert.deepEqual(person.roles, ['retired brigadier']);
    assert.ok(!find(found, 'place', 'Farhan Malik'));
  });

  test('"Christian Tein, a leader of the coalition": a faith that is a given name opens a person\'s name', () => {
    const found = entities('Christian Orvell, a leader of the coalition, told a rally that the plan was bad. Orvell left.');
    assert.deepEqual(get(found, 'person', 'Christian Orvell').aliases, ['Orvell']);
    assert.ok(!find(found, 'nationality', 'Christian'));
    // (the faith still, before a word the lists know: "Christian voters", "Christian Democrats")
    assert.ok(find(entities('Christian voters said the plan was bad.'), 'nationality', 'Christian'));
  });
});

suite('entities: kinds of rock and reef, a role that owns the next noun', () => {
  test('"Pedra Branca, a granite outcrop", "Middle Rocks": an outcrop in apposition and a name in "Rocks" are places', () => {
    const found = entities('Malaysia dropped its bid for Tellan Dorra, a granite outcrop at the mouth of the strait, and Middle Rocks.');
    assert.ok(find(found, 'place', 'Tellan Dorra'));
    assert.ok(find(found, 'place', 'Middle Rocks'));
  });

  test('"… the Singapore Strait, the prime minister\'s office said": a role before a possessive is no apposition', () => {
    const found = entities('The rock lies in the Vessen Strait, the prime minister\'s office said.');
    assert.ok(find(found, 'place', 'Vessen Strait'));
    assert.ok(!find(found, 'person', 'Vessen Strait'));
  });
});

suite('entities: a known body\'s branch in a country', () => {
  test('"a director at Amnesty International USA": the body\'s name and a country\'s are its branch, not a place', () => {
    const found = entities('"It cannot be defended," said Ana Ruiz, a director at Amnesty International USA.');
    assert.ok(find(found, 'organization', 'Amnesty International USA'));
    assert.ok(!find(found, 'place', 'Amnesty International USA'));
  });
});

suite('entities: ridges, poles and trenches', () => {
  test('"the North Pole", "the Lomonosov Ridge": a name ending in a kind of seabed or pole is a place', () => {
    const found = entities('Canada claims the seabed, including the North Pole, and says the Vesk Ridge is part of its shelf.');
    assert.ok(find(found, 'place', 'North Pole'));
    assert.ok(find(found, 'place', 'Vesk Ridge'));
  });
});

suite('entities: one mention typed by context outweighs a few typed by shape', () => {
  test('"Tellan Dorra, a granite outcrop" and three bare "Tellan Dorra"s: one place all through', () => {
    const text = 'Norland drops bid to revisit Tellan Dorra ruling\n\nNorland will not reopen the ruling on Tellan Dorra, a granite outcrop at the mouth of the strait.\n\nThe judges awarded Tellan Dorra to Varnia.\n\nVarnia has run the lighthouse on Tellan Dorra since 1850.';
    const found = entities(text).filter((e) => e.name === 'Tellan Dorra');
    assert.deepEqual(found.map((e) => [e.type, e.mentions.length]), [['place', 4]]);
  });
});
