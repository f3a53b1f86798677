// An edit that changes a name votes and merges again only what the changed mentions reach
// (mergedLocally.ts): each edit below reaches an entity of another paragraph through one of the
// ways the vote or the merger reads the rest of the document, and must give what full analysis
// gives; entities it cannot reach stand as the very same objects.
import * as assert from 'node:assert/strict';
import { createAnalyzer, type Annotations } from '../analysis';
import type { Entity } from '../analysis/types';
import { loadGazetteer } from '../node/gazetteerFile';

suite('entities merged again where an edit reaches', function () {
  this.timeout(20_000);
  const gazetteer = loadGazetteer();
  // a paragraph no edit below reaches, first so that its entity keeps its id
  const APART = 'Protesters gathered in Paris.';

  /**
   * Analyses `text`, then edits it by each replacement in turn (after two that change no name, so
   * that the entities are carried to the edits that count), checking each against a full
   * analysis; returns whether the entity of `APART` stood as the very same object at each.
   */
  function editChain(text: string, edits: readonly (readonly [string, string])[]): boolean[] {
    const analyzer = createAnalyzer({ gazetteer });
    let current = `${APART}\n${text}\nNobody came.`;
    let previous: Annotations = analyzer.analyze(current);
    const stood: boolean[] = [];
    for (const [from, to] of [['Nobody', 'Nobody ever'], ['came', 'came late'], ...edits] as const) {
      assert.ok(current.includes(from), from);
      current = current.replace(from, to);
      const paris = (a: Annotations): Entity | undefined => a.entities.find((e) => e.name === 'Paris');
      const before = paris(previous);
      previous = analyzer.analyze(current, { previous });
      assert.deepEqual(previous, createAnalyzer({ gazetteer }).analyze(current), `after the edit to ${JSON.stringify(current)}`);
      stood.push(before !== undefined && paris(previous) === before);
    }
    return stood.slice(2);
  }

  test('a surname whose full name is now written elsewhere joins it, and the vote makes a person of it', () => {
    // "Vell" after "in" is a place until the document has a person's full name ending in it
    assert.deepEqual(editChain('Vell spoke first.\nThey met in Vell.\nKremlin spokesman Ivo Bell spoke.', [['Ivo Bell', 'Ivo Vell'], ['Ivo Vell', 'Ivo Bell']]), [true, true]);
  });

  test('a surname that opens with its particle joins the full name now written elsewhere', () => {
    assert.deepEqual(editChain('De Varnell spoke first.\nClub president Ivo De Varnxll spoke.', [['Ivo De Varnxll', 'Ivo De Varnell'], ['Ivo De Varnell', 'Ivo De Varnxll']]), [true, true]);
  });

  test('a forename whose full name is now written elsewhere joins it', () => {
    assert.deepEqual(editChain('Gregor spoke first.\nKremlin spokesman Gregxr Bell spoke.', [['Gregxr Bell', 'Gregor Bell'], ['Gregor Bell', 'Gregxr Bell']]), [true, true]);
  });

  test('a forename another full name shared is the full name left, reached through the forename it reads', () => {
    // "Gregor" reads the forenames of two full names, then of one: the edit reaches "Gregor",
    // and only through it "Gregor Smith"
    assert.deepEqual(editChain('Gregor Smith left.\nGregor spoke first.\nKremlin spokesman Gregor Bell spoke.', [['Gregor Bell', 'Gregxr Bell'], ['Gregxr Bell', 'Gregor Bell']]), [true, true]);
  });

  test('a company named without its legal words is the company while its full name is written', () => {
    assert.deepEqual(editChain('Harrow Bancorp Inc. rose.\nHarrow said no.', [['Harrow Bancorp', 'Harrox Bancorp'], ['Harrox Bancorp', 'Harrow Bancorp']]), [true, true]);
  });

  test('an organisation named in lower case attaches to its full name written in another paragraph', () => {
    assert.deepEqual(editChain('The foreign ministry said no.\nThe Russian envoy left.', [['Russian envoy', 'Russian foreign ministry'], ['Russian foreign ministry', 'Russian envoy']]), [true, true]);
  });

  test('an acronym joins the organisation whose initials it is, and leaves it', () => {
    assert.deepEqual(editChain('HBI said no.\nHarrow Bancorp Inc. rose.', [['Harrow Bancorp', 'Marrow Bancorp'], ['Marrow Bancorp', 'Harrow Bancorp']]), [true, true]);
  });

  test('a name whose strongest evidence changes is typed again in every paragraph', () => {
    assert.deepEqual(editChain('Dorn said no.\nThey met in Dorn on Monday.\nThey saw Dorn.', [['met in Dorn', 'met in Dorx'], ['met in Dorx', 'met in Dorn']]), [true, true]);
  });

  test('a name the vote types in another paragraph, untyped before, gives that paragraph a mention more', () => {
    // "Zorvik grows" alone says nothing of what Zorvik is: a place once "in Zorvik" is written
    assert.deepEqual(editChain('Zorvik grows.\nThe talks ended.\nThey met at Zorvak.', [['at Zorvak', 'in Zorvik'], ['in Zorvik', 'at Zorvak']]), [true, true]);
  });

  test('an edit to one name of a paragraph leaves the entities of the paragraph\'s other names standing', () => {
    // the paragraph's "Paris" says what it said, typed as it was: it is neither removed nor added
    assert.deepEqual(editChain('In Paris, Ivo Bell met Marta Kovac.', [['Ivo Bell', 'Ivo Bolt'], ['Ivo Bolt', 'Ivo Bell']]), [true, true]);
  });

  test('a paragraph the edit makes again far from it, a word of the case evidence flipped, leaves the names between standing', () => {
    // "Motor" is seen capitalised mid-sentence only in the company's name: the headline reads it as a name while it is
    assert.deepEqual(
      editChain('The Kia Motor Corp rose.\nIn Paris, they met.\nKIA MOTOR SALES RISE', [['Kia Motor', 'Kia Mxtor'], ['Kia Mxtor', 'Kia Motor']]),
      [true, true],
    );
  });

  test('a paragraph the edit makes again far from it, its name now read otherwise but typed alike, is merged again', () => {
    // "Motor" opening a sentence is part of the name while the document has it capitalised mid-sentence
    assert.deepEqual(
      editChain('The Kia Motor Corp rose.\nIn Paris, they met.\nMotor Ivo Bell spoke.', [['Kia Motor', 'Kia Mxtor'], ['Kia Mxtor', 'Kia Motor']]),
      [true, true],
    );
  });

  test('a paragraph that stands between the edit and a paragraph it makes again, its name typed anew, is merged again', () => {
    // "Vell" becomes a person's surname as the case evidence loses "Motor"
    assert.deepEqual(
      editChain('Kremlin spokesman Ivo Bell of the Kia Motor Corp spoke.\nThey met in Vell.\nMotor Dan Rusk spoke.', [
        ['Ivo Bell of the Kia Motor', 'Ivo Vell of the Kia Mxtor'],
        ['Ivo Vell of the Kia Mxtor', 'Ivo Bell of the Kia Motor'],
      ]),
      [true, true],
    );
  });

  test('a name that stands in the edited paragraph is voted again when the edit changes another with its words', () => {
    // the second "Dorn" is the paragraph's last candidate both times, and reads the first one's vote
    assert.deepEqual(editChain('They met in Dorn today. Dorn said no.', [['met in Dorn', 'met in Dorx'], ['met in Dorx', 'met in Dorn']]), [true, true]);
  });

  test('a name its own paragraph now types otherwise, its words unchanged, is voted again', () => {
    assert.deepEqual(editChain('Dorn said no. They met in Dorn today.', [['met in Dorn', 'met by Dorn'], ['met by Dorn', 'met in Dorn']]), [true, true]);
  });

  test('a name that stands in the edited paragraph, typed anew by evidence the edit gives, is merged again', () => {
    // "Vell" after "in" is a place until the paragraph's full name ends in it: the same candidate, another mention
    assert.deepEqual(editChain('Kremlin spokesman Ivo Bell spoke. They met in Vell.', [['Ivo Bell', 'Ivo Vell'], ['Ivo Vell', 'Ivo Bell']]), [true, true]);
  });

  test('names that stand after a name the edit adds or removes in their paragraph keep their entities, moved', () => {
    assert.deepEqual(
      editChain('Ivo Bell met Marta Kovac in Rome. Kovac said no.', [['Ivo Bell met', 'Ivo Bell and Dan Rusk met'], ['Rome. Kovac', 'Rome. Rusk'], ['Ivo Bell and Dan Rusk met', 'Ivo Bell met']]),
      [true, true, true],
    );
  });

  test('a name the vote types in a paragraph far before the edit is merged there, the paragraphs between standing', () => {
    const between = 'In Paris, the talks went on.\n'.repeat(40);
    assert.deepEqual(editChain(`Zorvik grows.\n${between}They met at Zorvak.`, [['at Zorvak', 'in Zorvik'], ['in Zorvik', 'at Zorvak']]), [true, true]);
  });

  test('an entity merged again that starts where one that stands starts comes after it as the merger opened them', () => {
    // the organisation and the nationality start together; only the nationality is reached
    assert.deepEqual(editChain('The Russian foreign ministry said no.\nThe envoy left.', [['The envoy', 'The Russian envoy'], ['The Russian envoy', 'The envoy']]), [true, true]);
  });

  test('an entity merged again that starts where one that stands starts comes before it as the merger opened them', () => {
    // the organisation, opened first, is reached; the nationality stands
    assert.deepEqual(editChain('The Russian foreign ministry said no.\nThe envoy left.', [['The envoy', 'The foreign ministry'], ['The foreign ministry', 'The envoy']]), [true, true]);
  });
});
