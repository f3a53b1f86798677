import * as assert from 'node:assert/strict';
import { defaultExportName, tempName } from '../exportPaths';

suite('export paths', () => {
  test('suggests <stem>.annotations.json next to the article', () => {
    assert.equal(defaultExportName('/home/ann/articles/harbour.news'), 'harbour.annotations.json');
    assert.equal(defaultExportName('/home/ann/notes'), 'notes.annotations.json');
    assert.equal(defaultExportName('/home/ann/.hidden'), '.hidden.annotations.json');
    assert.equal(defaultExportName('/home/ann/report.v2.md'), 'report.v2.annotations.json');
    assert.equal(defaultExportName('Untitled-1'), 'Untitled-1.annotations.json');
    assert.equal(defaultExportName('/'), 'article.annotations.json');
  });

  test('the temporary file is a hidden sibling with a random tag', () => {
    assert.equal(tempName('harbour.annotations.json', () => 0), '.harbour.annotations.json.0000000.tmp');
    const a = tempName('x.json', () => 0.25);
    const b = tempName('x.json', () => 0.5);
    assert.notEqual(a, b);
    assert.match(a, /^\.x\.json\.[0-9a-z]{7}\.tmp$/);
  });
});
