import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MARKDOWN, decorationRanges, exportTarget, hoverAt, openAnnotated, positionOf, waitFor } from './helpers';

suite('A Markdown article', () => {
  let doc: vscode.TextDocument;
  let api: Awaited<ReturnType<typeof openAnnotated>>['api'];
  suiteSetup(async () => {
    ({ doc, api } = await openAnnotated(MARKDOWN));
  });

  test('is annotated as Markdown', () => {
    assert.equal(doc.languageId, 'markdown');
    assert.ok(decorationRanges(api, doc.uri).length > 0, 'decorations are drawn');
  });

  test('a speaker named by surname alone is the foreign minister', async () => {
    const text = await waitFor('a hover on Ferrando', () => hoverAt(doc, positionOf(doc, 'Ferrando told').translate(0, 2)));
    assert.match(text, /Lucía Ferrando/);
    assert.match(text, /foreign minister/i);
    assert.match(text, /Our sovereignty over the islands/);
  });

  test('markup and link targets are never annotated', async () => {
    const target = exportTarget('falklands.json');
    await vscode.commands.executeCommand('newsAnnotator.exportJson', target);
    const json = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(target))) as {
      quotes: { text: string; speaker: string | null }[];
      entities: { name: string; mentions: { text: string }[] }[];
    };
    const spans = [...json.quotes.map((q) => q.text), ...json.entities.flatMap((e) => e.mentions.map((m) => m.text))];
    for (const s of spans) assert.doesNotMatch(s, /\*\*|https?:|\]\(|^#/, `"${s}" holds no markup`);
    for (const r of decorationRanges(api, doc.uri)) {
      assert.doesNotMatch(doc.getText(r), /https?:|\]\(/, `decoration "${doc.getText(r)}" covers no link target`);
    }
    assert.ok(json.quotes.some((q) => /Ferrando/.test(q.speaker ?? '')), 'Ferrando is a speaker');
    assert.ok(json.quotes.some((q) => /Martin Hale/.test(q.speaker ?? '') && /remain British/.test(q.text)), 'the second speaker is found too');
    assert.ok(json.entities.some((e) => e.name === 'Buenos Aires' && e.mentions.some((m) => m.text === 'Buenos Aires')), 'a bold place name is found without its asterisks');
  });
});
