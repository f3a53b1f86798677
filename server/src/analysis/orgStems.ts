// "Harrow Bancorp Inc." first, "Harrow" after: news names a company in full once and then
// by its name without the legal or trade words that end it. The shorter forms of a document's
// organisation names, for the document-level vote to type a lone "Harrow" as the company.
import { ORG_SHORT_FORM_ENDINGS } from './lexicon';

/**
 * Calls `visit` with each shorter form of an organisation's name: the words before its trailing
 * legal and trade words, one dropped at a time ("Kestrel Medical Industries Inc" gives "Kestrel
 * Medical Industries", then "Kestrel Medical"). Words as the vote keys them (title case, no leading "The").
 */
export function forEachOrganisationStem(words: readonly string[], visit: (stem: string) => void): void {
  let end = words.length;
  while (end > 1 && (ORG_SHORT_FORM_ENDINGS.has(words[end - 1]!) || words[end - 1] === '&')) {
    end--;
    if (words[end - 1] === '&') continue;
    const start = words[0] === 'The' ? 1 : 0;
    if (end > start) visit(words.slice(start, end).join(' '));
  }
}
