import * as assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver';
import { coordinates, firstWords, hover, md } from '../lsp/hover';
import { article, find } from './lspFixture';

function hoverText(needle: string, nth = 0, delta = 1): { value: string; range: string } | null {
  const { doc, annotations, text } = article();
  const h = hover(doc, annotations, find(text, needle, nth).start + delta);
  if (!h) return null;
  const r = h.range!;
  return { value: (h.contents as MarkupContent).value, range: doc.getText(r) };
}

suite('lsp: hover', () => {
  test('a person: name, role, mentions, each quote linked to its line, claims reported', () => {
    const h = hoverText('Velk', 1)!;
    assert.equal(h.range, 'Velk');
    assert.match(h.value, /^\*\*Mara Velk\*\* — person/);
    assert.match(h.value, /ministry spokeswoman/);
    assert.match(h.value, /2 mentions \(also: Velk\)/);
    assert.match(h.value, /Quotes \(1\):\n- \[“We will not give up Northport,”\]\(file:\/\/\/articles\/harbour\.txt#L3\) \(line 3\)/);
    assert.match(h.value, /Claims \(1\):\n- \[Eastland — control — Northport\]\(file:\/\/\/articles\/harbour\.txt#L4\)/);
  });

  test('a place: what and where it is, and the claims about it', () => {
    const h = hoverText('Northport', 1)!;
    assert.match(h.value, /^\*\*Northport\*\* — town or city/);
    assert.match(h.value, /\n\nin Eastland · 47\.25° N, 3\.50° W\n/);
    assert.match(h.value, /Claims about it \(1\):\n- \[Eastland — control — Northport\]/);
    assert.doesNotMatch(h.value, /Quotes/);
  });

  test('a place the gazetteer spells otherwise says so', () => {
    const { doc, annotations, text } = article();
    const renamed = { ...annotations, entities: annotations.entities.map((e) => (e.id === 'e2' ? { ...e, geo: { ...e.geo!, name: 'Nordhavn' } } : e)) };
    const h = hover(doc, renamed, find(text, 'Northport').start);
    assert.match((h!.contents as MarkupContent).value, /in Eastland · 47\.25° N, 3\.50° W · gazetteer: Nordhavn/);
  });

  test('a country is a country and is not said to lie in itself', () => {
    const h = hoverText('Eastland')!;
    assert.match(h.value, /^\*\*Eastland\*\* — country/);
    assert.doesNotMatch(h.value, /in Eastland/);
    assert.match(h.value, /Claims \(1\)/, 'the claimant makes the claim');
  });

  test('an organisation: mentions and its quotes', () => {
    const h = hoverText('Ministry of Fisheries', 0, 5)!;
    assert.match(h.value, /^\*\*Ministry of Fisheries\*\* — organisation/);
    assert.match(h.value, /1 mention\b/);
    assert.match(h.value, /- \[“final and binding”\]\(file:\/\/\/articles\/harbour\.txt#L2\) \(line 2\), partial/);
  });

  test('inside a quote (not on a name): speaker, role, cue and kind', () => {
    const h = hoverText('give')!;
    assert.equal(h.range, '“We will not give up Northport,”');
    assert.match(h.value, /\*\*Mara Velk\*\* — ministry spokeswoman/);
    assert.match(h.value, /direct quote, cue “said”/);
  });

  test('inside a claim (not on a name): type, extent, claimant, territories', () => {
    const h = hoverText('most')!;
    assert.match(h.value, /\*\*Claim\*\* — control \(most\)/);
    assert.match(h.value, /Eastland: Northport/);
    assert.match(h.value, /trigger “controls”/);
  });

  test('every claim of the sentence under the cursor is shown', () => {
    const { doc, annotations, text } = article();
    const claim = annotations.claims[0]!;
    const second = { ...claim, type: 'recovery' as const, claimant: 'Westland', claimantEntity: null, territories: [], territoryMentions: [], extent: null, trigger: { ...claim.trigger, text: 'added' } };
    const h = hover(doc, { ...annotations, claims: [claim, second] }, find(text, 'most').start);
    const value = (h!.contents as MarkupContent).value;
    assert.match(value, /\*\*Claim\*\* — control \(most\)[^]*---[^]*\*\*Claim\*\* — recovery/);
    assert.match(value, /Westland: no territory named/);
    assert.match(value, /\[line 4\]\(file:\/\/\/articles\/harbour\.txt#L4\)/);
  });

  test('nothing there, no hover', () => {
    assert.equal(hoverText('rained'), null);
    assert.equal(hoverText('Harbour'), null);
  });

  test('a cursor right after a name still means the name', () => {
    const { doc, annotations, text } = article();
    const h = hover(doc, annotations, find(text, 'Eastland').end);
    assert.match((h!.contents as MarkupContent).value, /Eastland/);
  });

  test('helpers: first words, coordinates, Markdown escaping', () => {
    assert.equal(firstWords('  one two three four ', 3), 'one two three…');
    assert.equal(firstWords('one two', 3), 'one two');
    assert.equal(coordinates(-33.868, 151.21), '33.87° S, 151.21° E');
    assert.equal(md('a*b_[c]'), 'a\\*b\\_\\[c\\]');
  });
});
