import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { SAMPLE, decorationCount, decorationRanges, hoverAt, openAnnotated, positionOf, setSetting, waitFor } from './helpers';

suite('Settings', () => {
  let doc: vscode.TextDocument;
  let api: Awaited<ReturnType<typeof openAnnotated>>['api'];
  const peskov = () => hoverAt(doc, positionOf(doc, 'Dmitry Peskov').translate(0, 8));

  suiteSetup(async () => {
    ({ doc, api } = await openAnnotated(SAMPLE));
  });
  teardown(async () => {
    for (const key of ['enable', 'decorations', 'maxFileSize', 'colors']) await setSetting(key, undefined);
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

  test('newsAnnotator.colors.claim recolours the claim decorations', async () => {
    const applied = () => JSON.stringify(api.getAppliedDecorations(doc.uri));
    assert.doesNotMatch(applied(), /#00a0b0/i);
    await setSetting('colors', { claim: '#00a0b0' });
    await waitFor('the new claim colour', () => /#00a0b0/i.test(applied()));
    assert.ok(decorationRanges(api.getAppliedDecorations(doc.uri)).length > 0);
  });
});
