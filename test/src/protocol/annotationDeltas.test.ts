// Annotation deltas over the real protocol: a client that asks for them (as the VS Code extension
// does) gets a full payload on open and deltas after edits, which the extension's own annotation
// store applies; its model must be what a full payload of the same text holds. A client that does
// not ask (Neovim, any other editor) only ever gets full payloads.
import * as assert from 'node:assert/strict';
import {
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  SemanticTokensRequest,
  type Position,
} from 'vscode-languageserver-protocol/node';
import { AnnotationsDeltaNotification, AnnotationsNotification, ResyncNotification } from '../../../server/out/protocol';
import { AnnotationStore } from '../../../client/out/annotationStore';
import { startServer, type TestClient } from './lspClient';

const ARTICLE = [
  'Harbour Dispute Flares Again',
  '',
  '“The quota is final,” fisheries minister Anna Lindqvist told reporters in Bergen on Monday.',
  '',
  'Lindqvist said the fleet would stay in port. “We are not moving,” she added.',
  '',
  'Pavel Orlov, a spokesman for the Coastal Union, said Norway controls most of the northern banks.',
  '',
  '“Nobody asked us,” a fisherman in Tromsø said.',
].join('\n');
const URI = 'file:///articles/harbour.txt';

function positionOf(text: string, needle: string): Position {
  const at = text.indexOf(needle);
  assert.ok(at >= 0, needle);
  const before = text.slice(0, at);
  return { line: before.split('\n').length - 1, character: at - before.lastIndexOf('\n') - 1 };
}

/** The full payload a server that sends no deltas gives for `text`. */
async function reference(text: string, version: number): Promise<AnnotationsNotification.Params> {
  const plain = await startServer();
  try {
    await plain.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'plaintext', version, text } });
    return await plain.annotations(URI, version);
  } finally {
    await plain.stop();
  }
}

suite('protocol: annotation deltas', function () {
  this.timeout(60000);
  let client: TestClient;
  const store = new AnnotationStore();
  const kinds: string[] = [];

  suiteSetup(async () => {
    client = await startServer({}, { annotationDeltas: true });
    // As the extension does (client.ts): full payloads and deltas into the store, a resync when a delta does not fit.
    client.connection.onNotification(AnnotationsNotification.type, (p) => {
      kinds.push(`full ${p.version}`);
      store.update(p);
    });
    client.connection.onNotification(AnnotationsDeltaNotification.type, (d) => {
      kinds.push(`delta ${d.baseVersion}>${d.version}${d.entityRanges ? ' with entity ranges' : ''}`);
      if (store.applyDelta(d) === 'resync') void client.connection.sendNotification(ResyncNotification.type, { uri: d.uri });
    });
  });

  suiteTeardown(async () => {
    if (client) assert.equal(await client.stop(), 0);
  });

  test('open: a full payload; edits: deltas, and the store ends with the full payload of the text', async () => {
    let text = ARTICLE;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text } });
    await store.waitFor(URI, 1);
    assert.deepEqual(kinds, ['full 1']);
    const edits: { needle: string; insert: string }[] = [
      { needle: 'would stay', insert: 'e' },
      { needle: 'Pavel Orlov', insert: 'The talks failed. ' },
      { needle: '“Nobody', insert: '\n' },
      // one more mention of a person named before: sent as that range
      { needle: 'Pavel Orlov', insert: 'Lindqvist left. ' },
    ];
    let version = 1;
    for (const e of edits) {
      const at = positionOf(text, e.needle);
      const offset = text.indexOf(e.needle);
      text = text.slice(0, offset) + e.insert + text.slice(offset);
      version++;
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: URI, version },
        contentChanges: [{ range: { start: at, end: at }, text: e.insert }],
      });
      await store.waitFor(URI, version);
    }
    assert.ok(kinds.slice(1).every((k) => k.startsWith('delta')), kinds.join(', '));
    assert.ok(kinds.length >= 2);
    assert.ok(kinds.some((k) => k.endsWith('with entity ranges')), kinds.join(', '));
    const full = await reference(text, version);
    assert.deepEqual(store.get(URI), full);
    assert.ok(full.quotes.length >= 3 && full.entities.length > 3, 'the article has something to annotate');
    // Semantic tokens answer from the same version.
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } });
    assert.ok(tokens && tokens.data.length > 0 && tokens.data.length % 5 === 0);
  });

  test('resync: the server answers with a full payload of the current version', async () => {
    const held = store.get(URI)!;
    const before = kinds.length;
    await client.connection.sendNotification(ResyncNotification.type, { uri: URI });
    const deadline = Date.now() + 10000;
    while (kinds.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(kinds.slice(before), [`full ${held.version}`]);
    assert.deepEqual(store.get(URI), held);
  });

  test('after a close and reopen the first payload is full again', async () => {
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri: URI } });
    const before = kinds.length;
    await client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri: URI, languageId: 'plaintext', version: 1, text: ARTICLE } });
    const deadline = Date.now() + 10000;
    while (kinds.length === before && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    assert.deepEqual(kinds.slice(before), ['full 1']);
  });
});
