import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { MARKDOWN, SAMPLE, decorationCount, hoverAt, openAnnotated, positionOf, setSetting, waitFor } from './helpers';

suite('Settings', () => {
  let doc: vscode.TextDocument;
  let api: Awaited<ReturnType<typeof openAnnotated>>['api'];
  const peskov = () => hoverAt(doc, positionOf(doc, 'Dmitry Peskov').translate(0, 8));

  suiteSetup(async () => {
    ({ doc, api } = await openAnnotated(SAMPLE));
  });
  teardown(async () => {
    for (const key of ['enable', 'decorations', 'maxFileSize', 'languages']) await setSetting(key, undefined);
    // Decorations exist only in visible editors: look at the sample again.
    await vscode.window.showTextDocument(doc);
    await waitFor('the annotations after resetting the settings', async () => decorationCount(api, doc.uri) > 0 && /Dmitry Peskov/.test(await peskov()));
  });

  test('newsAnnotator.decorations = false removes the decorations but keeps the hovers', async () => {
    await setSetting('decorations', false);
    await waitFor('the decorations to go', () => decorationCount(api, doc.uri) === 0);
    assert.match(await peskov(), /Dmitry Peskov/);
  });

  test('newsAnnotator.enable = false turns the analysis off', async () => {
    await setSetting('enable', false);
    await waitFor('the decorations to go', () => decorationCount(api, doc.uri) === 0);
    await waitFor('the hover to go', async () => !/Dmitry Peskov/.test(await peskov()));
  });

  test('newsAnnotator.maxFileSize below the article\'s size skips it', async () => {
    await setSetting('maxFileSize', 1000);
    await waitFor('the decorations to go', () => decorationCount(api, doc.uri) === 0);
  });

  test('newsAnnotator.languages without markdown leaves Markdown articles alone', async () => {
    const md = await openAnnotated(MARKDOWN);
    const ferrando = () => hoverAt(md.doc, positionOf(md.doc, 'Ferrando told').translate(0, 2));
    assert.match(await ferrando(), /Lucía Ferrando/);
    await setSetting('languages', ['plaintext', 'news-article']);
    await waitFor('the Markdown decorations to go', () => decorationCount(api, md.doc.uri) === 0);
    await waitFor('the Markdown hover to go', async () => !/Lucía Ferrando/.test(await ferrando()));
  });
});
