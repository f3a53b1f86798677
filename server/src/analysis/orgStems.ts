// "Harrow Bancorp Inc." first, "Harrow" after: news names a company in full once and then
// by its name without the legal or trade words that end it. The shorter forms of a document's
// organisation names, for the document-level vote to type a lone "Harrow" as the company; and
// a team's nickname ("the Orioles" after "the Baltimore Orioles").
import { ORG_SHORT_FORM_ENDINGS, TEAM_NAMES } from './lexicon';

/**
 * Calls `visit` with each shorter form of an organisation's name: a team's nickname after the
 * place it is named for, and the words before its trailing legal and trade words, one dropped at
 * a time ("Kestrel Medical Industries Inc" gives "Kestrel Medical Industries", then "Kestrel
 * Medical"). Words as the vote keys them (title case, no leading "The").
 */
export function forEachOrganisationStem(words: readonly string[], visit: (stem: string) => void): void {
  // a team by its nickname alone ("the Orioles", "the Red Sox"), once named in full
  // (two words first: "Red Sox" before "Sox")
  for (let k = Math.max(1, words.length - 2); k < words.length; k++) {
    const nickname = k === words.length - 1 ? words[k]! : words.slice(k).join(' ');
    if (!TEAM_NAMES.has(nickname)) continue;
    visit(nickname);
    break;
  }
  let end = words.length;
  while (end > 1 && (ORG_SHORT_FORM_ENDINGS.has(words[end - 1]!) || words[end - 1] === '&')) {
    end--;
    if (words[end - 1] === '&') continue;
    const start = words[0] === 'The' ? 1 : 0;
    if (end > start) visit(words.slice(start, end).join(' '));
  }
}
