import * as assert from 'node:assert/strict';
import { splitSentences } from '../analysis/sentences';
import { createAnalyzer } from '../analysis';

/** The sentences of `text` as strings, the whole text being one block. */
const split = (text: string): string[] => splitSentences(text, { start: 0, end: text.length }).map((s) => text.slice(s.start, s.end));

suite('sentences', () => {
  const table: [string, string, string[]][] = [
    ['two plain sentences', 'The talks ended. Both sides left.', ['The talks ended.', 'Both sides left.']],
    ['question and exclamation', 'Is it over? Yes! It is.', ['Is it over?', 'Yes!', 'It is.']],
    ['an ellipsis ends a sentence before a capital', 'He paused... Then he spoke.', ['He paused...', 'Then he spoke.']],
    ['a title is not a stop', 'Mr. Lamb met Dr. Ortiz in Brussels.', ['Mr. Lamb met Dr. Ortiz in Brussels.']],
    ['an initial is not a stop', 'Donald J. Trump spoke.', ['Donald J. Trump spoke.']],
    ['initials in a row', 'A. B. Carter wrote. Then J.R.R. Tolkien wrote.', ['A. B. Carter wrote.', 'Then J.R.R. Tolkien wrote.']],
    ['an initialism inside a sentence', 'The U.S. Army arrived.', ['The U.S. Army arrived.']],
    ['an initialism ending a sentence before a sentence starter', 'They flew to the U.S. The trip was long.', ['They flew to the U.S.', 'The trip was long.']],
    ['a.m. before a new sentence', 'It began at 9 a.m. The crowd was small.', ['It began at 9 a.m.', 'The crowd was small.']],
    ['abbreviation before a lowercase word', 'e.g. this one. i.e. that one.', ['e.g. this one. i.e. that one.']],
    ['No. only before a number', 'He lives at No. 10 now. Say No. Then go.', ['He lives at No. 10 now.', 'Say No.', 'Then go.']],
    ['a month abbreviation before a date', 'On Jan. 5 it snowed. It stopped.', ['On Jan. 5 it snowed.', 'It stopped.']],
    ['a month abbreviation before a capitalised day', 'By Sept. Tuesday it was done.', ['By Sept. Tuesday it was done.']],
    ['a month abbreviation ending a sentence', 'It snowed in Jan. The roads closed.', ['It snowed in Jan.', 'The roads closed.']],
    ['decimals are not stops', 'Growth was 3.5 percent. Next year too.', ['Growth was 3.5 percent.', 'Next year too.']],
    ['a closing quotation mark stays with its sentence', 'He said, “We will not yield.” She nodded.', ['He said, “We will not yield.”', 'She nodded.']],
    ['a stop inside a quotation before the speaker is not a boundary', '“We will not yield,” he said. “Never.”', ['“We will not yield,” he said.', '“Never.”']],
    ['a quoted question before its named speaker and verb', '“Why wait?” Ms. Ruiz asked. “Now.”', ['“Why wait?” Ms. Ruiz asked.', '“Now.”']],
    ['a quoted exclamation before a name and a present-tense verb', '“Not again!” Ruiz says.', ['“Not again!” Ruiz says.']],
    ['a quoted question before a speaker whose name opens with an accented capital', '“Why wait?” Ólafur Dýrason asked. “Now.”', ['“Why wait?” Ólafur Dýrason asked.', '“Now.”']],
    ['a quoted question before a new sentence', '“Why wait?” Ruiz left. Lee stayed.', ['“Why wait?”', 'Ruiz left.', 'Lee stayed.']],
    ['a quoted sentence followed by lowercase attribution', '“It is over.” he said.', ['“It is over.” he said.']],
    ['guillemets', 'Il a dit : «Non.» Puis il est parti.', ['Il a dit : «Non.»', 'Puis il est parti.']],
    ['a closing parenthesis', '(This is an aside.) Then more.', ['(This is an aside.)', 'Then more.']],
    ['a new sentence opening with a quotation mark', 'He left. "Why?" she asked.', ['He left.', '"Why?" she asked.']],
    ['a new sentence opening with typewriter quote marks', "''We won,'' said Ann Lee. ''It was close.''", ["''We won,'' said Ann Lee.", "''It was close.''"]],
    ['a new sentence opening with a single quotation mark before a capital', "He left. 'Never again,' he said.", ['He left.', "'Never again,' he said."]],
    ['a new sentence opening with backquotes', 'He left. ``Why?\'\' she asked.', ['He left.', '``Why?\'\' she asked.']],
    ['a new sentence opening with a number', 'Turnout fell. 40 percent voted.', ['Turnout fell.', '40 percent voted.']],
    ['a stop glued to a capitalised word (lost space)', 'It was in the region.The president spoke.', ['It was in the region.', 'The president spoke.']],
    ['an initialism glued to a capital is not glued sentences', 'The U.S.Army base grew.', ['The U.S.Army base grew.']],
    ['a one-letter word glued to a capital is not glued sentences', 'Plan a.Bravo went ahead.', ['Plan a.Bravo went ahead.']],
    ['accented capitals start sentences', 'Er ging. Über Nacht kam er.', ['Er ging.', 'Über Nacht kam er.']],
    ['leading and trailing white space is trimmed', '   First one.   Second one.   ', ['First one.', 'Second one.']],
    ['no final stop', 'A headline without a stop', ['A headline without a stop']],
    ['only dots', '...', ['...']],
    ['spaced dots', '. . .', ['. . .']],
    ['empty', '', []],
    ['only spaces', '    ', []],
    ['emoji between sentences', 'It rained. 🌧 Then it cleared.', ['It rained. 🌧 Then it cleared.']],
    ['a lone surrogate does not throw', 'A \ud800. B.', ['A \ud800.', 'B.']],
    ['CR inside a block is white space', 'One.\rTwo.', ['One.', 'Two.']],
  ];
  for (const [name, text, expected] of table) test(name, () => assert.deepEqual(split(text), expected));

  test('offsets are those of the block inside the whole text', () => {
    const text = 'Heading\nFirst one. Second one.\nTail';
    const spans = splitSentences(text, { start: 8, end: 30 });
    assert.deepEqual(spans, [{ start: 8, end: 18 }, { start: 19, end: 30 }]);
  });

  test('never reads outside the block', () => {
    const text = 'Before. Inside here. After.';
    const spans = splitSentences(text, { start: 8, end: 14 });
    assert.deepEqual(spans.map((s) => text.slice(s.start, s.end)), ['Inside']);
  });

  test('"v." and "vs." before a name end no sentence', () => {
    const text = 'The ruling in Roe v. Wade was cited. Kent vs. Surrey was rained off.';
    assert.equal(splitSentences(text, { start: 0, end: text.length }).length, 2);
  });
});

suite('sentences: a single capital letter before a stop', () => {
  test('"wrote on X. Congolese troops …" and "Plan B. The" end a sentence; initials in names do not', () => {
    assert.deepEqual(split('The spokesman wrote on X. Congolese troops left.'), ['The spokesman wrote on X.', 'Congolese troops left.']);
    assert.deepEqual(split('They chose Plan B. The council agreed.'), ['They chose Plan B.', 'The council agreed.']);
    assert.deepEqual(split('Donald J. Trump spoke. John F. Kennedy did too.'), ['Donald J. Trump spoke.', 'John F. Kennedy did too.']);
  });
});

suite('sentences: other languages\' opening quotation marks', () => {
  test('a sentence may open with „ or » ("Maren was blunt. „Das geht nicht“, he said.")', () => {
    assert.deepEqual(split('Maren was blunt. „Das geht nicht“, he said.'), ['Maren was blunt.', '„Das geht nicht“, he said.']);
    assert.deepEqual(split('Maren was blunt. »Det går inte«, sa han.'), ['Maren was blunt.', '»Det går inte«, sa han.']);
  });

  test('a German quotation after a sentence is a direct quote of the speaker named before', () => {
    const quotes = createAnalyzer().analyze('Chancellor Ivo Maren was blunt. „Das geht nicht“, he said.').quotes;
    assert.ok(quotes.some((q) => q.kind === 'direct' && q.text === 'Das geht nicht' && q.speaker === 'Ivo Maren'), JSON.stringify(quotes));
  });
});

suite('sentences: a quotation whose comma follows its closing mark', () => {
  test('"„Das geht nicht“, he said, adding …" reports the quotation, not the sentence around it', () => {
    const quotes = createAnalyzer().analyze('Chancellor Ivo Maren was blunt. „Das geht nicht“, he said, calling the plan unfair.').quotes;
    assert.ok(quotes.every((q) => !q.text.includes('he said')), JSON.stringify(quotes.map((q) => q.text)));
  });
});
