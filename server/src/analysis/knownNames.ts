// Whether a word is known as a name outside any document: a nationality, a country, a known
// organisation, or (not being a common word) a place in the gazetteer. Headlines ask it of every
// word and articles ask it of the same words again and again; the answer depends on the word and
// the gazetteer alone, so it is kept for the analyzer's whole life, like the word lists' facts.
import { rememberDetached } from './detached';
import type { Gazetteer } from './gazetteer';
import { ORG_ACRONYMS } from './lexicon';
import type { NameKnowledge } from './names';
import { COMMON, COUNTRY, DEMONYM, KNOWN_ORG, wordFacts } from './wordFacts';

// Keys are detached copies, so the memory keeps no article's text alive; it starts over when it
// grows past this many words.
const LIMIT = 50_000;
const byGazetteer = new WeakMap<Gazetteer, NameKnowledge>();

/** What the lexicons and `gazetteer` know as names, remembered across documents. */
export function knownNames(gazetteer: Gazetteer): NameKnowledge {
  let known = byGazetteer.get(gazetteer);
  if (known === undefined) {
    const answers = new Map<string, boolean>();
    known = {
      isKnownName: (w: string): boolean => {
        let answer = answers.get(w);
        if (answer === undefined) {
          // the word lists' part is what wordFacts records of the word
          const facts = wordFacts(w);
          answer = (facts & (DEMONYM | COUNTRY | KNOWN_ORG)) !== 0 || ORG_ACRONYMS.has(w) || (!(facts & COMMON) && gazetteer.lookup(w) !== undefined);
          rememberDetached(answers, w, answer, LIMIT);
        }
        return answer;
      },
    };
    byGazetteer.set(gazetteer, known);
  }
  return known;
}
