// Whether a word is known as a name outside any document: a nationality, a country, a known
// organisation, or (not being a common word) a place in the gazetteer. Headlines ask it of every
// word and articles ask it of the same words again and again; the answer depends on the word and
// the gazetteer alone, so it is kept for the analyzer's whole life, like the word lists' facts.
import type { Gazetteer } from './gazetteer';
import { ORG_ACRONYMS } from './lexicon';
import type { NameKnowledge } from './names';
import { COMMON, COUNTRY, DEMONYM, KNOWN_ORG, wordFacts } from './wordFacts';
import { WordMemo } from './wordMemo';

// The memory keeps no article's text alive, and is bounded (wordMemo.ts).
const byGazetteer = new WeakMap<Gazetteer, NameKnowledge>();

/** What the lexicons and `gazetteer` know as names, remembered across documents. */
export function knownNames(gazetteer: Gazetteer): NameKnowledge {
  let known = byGazetteer.get(gazetteer);
  if (known === undefined) {
    const answers = new WordMemo<boolean>();
    known = {
      isKnownName: (w: string): boolean => {
        let answer = answers.get(w);
        if (answer === undefined) {
          // the word lists' part is what wordFacts records of the word
          const facts = wordFacts(w);
          answer = (facts & (DEMONYM | COUNTRY | KNOWN_ORG)) !== 0 || ORG_ACRONYMS.has(w) || (!(facts & COMMON) && gazetteer.lookup(w) !== undefined);
          answers.set(w, answer);
        }
        return answer;
      },
    };
    byGazetteer.set(gazetteer, known);
  }
  return known;
}
