import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Location } from 'vscode-languageserver';
import { definition, documentHighlights, references } from '../lsp/navigation';
import type { Annotations } from '../analysis/types';
import { article, EMPTY, find, mention } from './lspFixture';

suite('lsp: definition, references, highlights', () => {
  const { doc, annotations, text } = article();
  const textOf = (l: Location | null) => (l ? doc.getText(l.range) : null);

  test('definition of a short mention is the first full mention', () => {
    const loc = definition(doc, annotations, find(text, 'Velk', 1).start);
    assert.equal(textOf(loc), 'Mara Velk');
    assert.equal(loc!.range.start.line, 2);
    assert.equal(loc!.uri, doc.uri);
  });

  test('references: every mention, with or without the declaration', () => {
    const at = find(text, 'Northport', 0).start + 2;
    assert.deepEqual(references(doc, annotations, at, true).map((l) => l.range.start.line), [2, 3]);
    assert.deepEqual(references(doc, annotations, at, false).map((l) => l.range.start.line), [3]);
  });

  test('highlights: every mention of the entity under the cursor', () => {
    const hs = documentHighlights(doc, annotations, find(text, 'Mara').start);
    assert.deepEqual(hs.map((h) => doc.getText(h.range)), ['Mara Velk', 'Velk']);
  });

  test('nothing under the cursor: nothing found', () => {
    const at = find(text, 'rained').start;
    assert.equal(definition(doc, annotations, at), null);
    assert.deepEqual(references(doc, annotations, at, true), []);
    assert.deepEqual(documentHighlights(doc, annotations, at), []);
    assert.equal(definition(doc, EMPTY, 0), null);
  });

  test('a pronoun naming a speaker leads to the speaker and counts among the references', () => {
    const t = 'Ana Orr spoke first. “Enough,” she said.';
    const d = TextDocument.create('file:///p.txt', 'plaintext', 1, t);
    const a: Annotations = {
      ...EMPTY,
      entities: [{ id: 'e1', type: 'person', name: 'Ana Orr', aliases: [], roles: [], mentions: [mention(t, 'Ana Orr')] }],
      quotes: [{ ...find(t, '“Enough,”'), text: 'Enough,', kind: 'direct', speaker: 'Ana Orr', speakerEntity: 'e1', cue: 'said', speakerMention: find(t, 'she'), sentence: find(t, '“Enough,” she said.') }],
    };
    const she = find(t, 'she').start;
    assert.equal(d.getText(definition(d, a, she)!.range), 'Ana Orr');
    assert.deepEqual(references(d, a, 0, true).map((l) => d.getText(l.range)), ['Ana Orr', 'she']);
  });
});
