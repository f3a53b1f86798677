import * as assert from 'node:assert/strict';
import { claimsTableHtml, escapeHtml } from '../claimsTableHtml';
import { range } from './fixtures';

const base = { title: 'Claims in harbour.news', uri: 'file:///articles/harbour.news', nonce: 'abc123', revealCommand: 'newsAnnotator.revealSpan' };

suite('claims table HTML', () => {
  test('has a strict content security policy: no scripts, styles only by nonce', () => {
    const html = claimsTableHtml({ ...base, rows: [] });
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'nonce-abc123'; img-src 'none'; script-src 'none';">/);
    assert.match(html, /<style nonce="abc123">/);
    assert.doesNotMatch(html, /<script/);
    assert.match(html, /var\(--vscode-foreground\)/);
    assert.match(html, /No territorial claims found/);
  });

  test('one row per claim, with a link to its line', () => {
    const html = claimsTableHtml({
      ...base,
      rows: [{ claimant: 'Northland', type: 'control', territories: ['Isle of Ash', 'Port Vey'], extent: 'most', sentence: 'Northland controls most of the Isle of Ash and Port Vey.', range: range(11, 4, 60), start: 812, end: 868 }],
    });
    assert.match(html, /<td>Northland<\/td>/);
    assert.match(html, /<span class="type">control<\/span> <span class="extent">\(most\)<\/span>/);
    assert.match(html, /<td>Isle of Ash, Port Vey<\/td>/);
    const args = encodeURIComponent(JSON.stringify(['file:///articles/harbour.news', 812, 868]));
    assert.ok(html.includes(`href="command:newsAnnotator.revealSpan?${args}"`));
    assert.match(html, />12<\/a>/);
  });

  test('escapes what the article says', () => {
    const html = claimsTableHtml({
      ...base,
      rows: [{ claimant: null, type: 'sovereignty', territories: [], extent: null, sentence: '<img src=x onerror="alert(1)"> & more', range: range(0, 0, 5), start: 0, end: 5 }],
    });
    assert.ok(html.includes('&lt;img src=x onerror=&quot;alert(1)&quot;&gt; &amp; more'));
    assert.doesNotMatch(html, /<img/);
    assert.match(html, /<span class="none">unknown<\/span>/);
    assert.equal(escapeHtml(`'"`), '&#39;&quot;');
  });

  test('links to the claims map when there are claims to show', () => {
    const row = { claimant: 'Northland', type: 'control' as const, territories: ['Port Vey'], extent: null, sentence: 'Northland controls Port Vey.', range: range(0, 0, 5), start: 0, end: 5 };
    const args = encodeURIComponent(JSON.stringify(['file:///articles/harbour.news']));
    assert.ok(claimsTableHtml({ ...base, rows: [row], mapCommand: 'newsAnnotator.showClaimsMap' }).includes(`href="command:newsAnnotator.showClaimsMap?${args}"`));
    assert.doesNotMatch(claimsTableHtml({ ...base, rows: [], mapCommand: 'newsAnnotator.showClaimsMap' }), /showClaimsMap/);
    assert.doesNotMatch(claimsTableHtml({ ...base, rows: [row] }), /showClaimsMap/);
  });

  test('says when the document was not analysed', () => {
    assert.match(claimsTableHtml({ ...base, rows: null }), /was not analysed/);
  });
});
