// The language server over the real protocol: a child process spoken to in JSON-RPC over stdio,
// with the sample article. Nothing here knows the server's internals.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DefinitionRequest,
  DidChangeConfigurationNotification,
  DidChangeTextDocumentNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  DocumentHighlightRequest,
  DocumentSymbolRequest,
  HoverRequest,
  ReferencesRequest,
  SemanticTokensRangeRequest,
  SemanticTokensRequest,
  WorkspaceSymbolRequest,
  type DocumentSymbol,
  type Location,
  type MarkupContent,
  type Position,
  type SymbolInformation,
} from 'vscode-languageserver-protocol/node';
import { ClaimsTableRequest, ExportRequest } from '../../../server/out/protocol';
import { startServer, type TestClient } from './lspClient';

const SAMPLE_PATH = join(__dirname, '..', '..', '..', 'samples', 'kremlin-red-line.txt');
const SAMPLE = readFileSync(SAMPLE_PATH, 'utf8');
const URI = 'file:///samples/kremlin-red-line.txt';

/** The position of the `nth` occurrence of `needle`, plus `delta` characters. */
function positionOf(text: string, needle: string, nth = 0, delta = 1): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    assert.ok(at >= 0, `"${needle}" #${nth} not in text`);
  }
  const before = text.slice(0, at + delta);
  const line = before.split('\n').length - 1;
  return { line, character: before.length - before.lastIndexOf('\n') - 1 };
}

function textAt(text: string, loc: Location): string {
  const lines = text.split('\n');
  assert.equal(loc.range.start.line, loc.range.end.line);
  return lines[loc.range.start.line]!.slice(loc.range.start.character, loc.range.end.character);
}

async function hoverText(client: TestClient, uri: string, position: Position): Promise<string | null> {
  const h = await client.connection.sendRequest(HoverRequest.type, { textDocument: { uri }, position });
  return h ? (h.contents as MarkupContent).value : null;
}

function open(client: TestClient, uri: string, text: string, languageId = 'plaintext', version = 1): Promise<void> {
  return client.connection.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version, text } });
}

function find(symbols: readonly DocumentSymbol[], name: string): DocumentSymbol | undefined {
  return symbols.find((s) => s.name === name);
}

suite('protocol: the server over stdio, on the sample article', function () {
  this.timeout(30000);
  let client: TestClient;

  suiteSetup(async () => {
    client = await startServer();
    await open(client, URI, SAMPLE);
    await client.annotations(URI, 1);
  });

  suiteTeardown(async () => {
    if (client) assert.equal(await client.stop(), 0, 'the server exits cleanly after shutdown/exit');
  });

  test('capabilities: incremental sync, the features and the token legend', () => {
    const caps = client.initialize.capabilities;
    assert.deepEqual(caps.textDocumentSync, { openClose: true, change: 2 });
    for (const p of ['hoverProvider', 'documentSymbolProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'workspaceSymbolProvider'] as const) {
      assert.ok(caps[p], p);
    }
    const legend = (caps.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend;
    for (const t of ['quote', 'speaker', 'person', 'place', 'claim']) assert.ok(legend.tokenTypes.includes(t), t);
  });

  test('the annotations notification counts quotes, people and claims', async () => {
    const p = await client.annotations(URI, 1);
    assert.equal(p.skipped, undefined);
    assert.ok(p.counts.quotes >= 4, `quotes: ${p.counts.quotes}`);
    assert.ok(p.counts.people >= 5, `people: ${p.counts.people}`);
    assert.ok(p.counts.claims >= 1, `claims: ${p.counts.claims}`);
    const peskov = p.quotes.filter((q) => q.speaker === 'Dmitry Peskov');
    // his partial and his direct quote (an indirect one, what he "reiterated", may come too)
    assert.ok(peskov.filter((q) => q.kind !== 'indirect').length === 2, JSON.stringify(peskov));
    assert.equal(new Set(peskov.map((q) => q.colorIndex)).size, 1, 'one colour per speaker');
  });

  test('hovering "Peskov" shows Dmitry Peskov, Kremlin spokesman, and both his quotes', async () => {
    const value = await hoverText(client, URI, positionOf(SAMPLE, 'Peskov stated'));
    assert.ok(value, 'a hover');
    assert.match(value, /Dmitry Peskov/);
    assert.match(value, /Kremlin spokesman/);
    assert.match(value, /Quotes \([23]\)/);
    assert.match(value, /\[“an inseparable part of our country\.”\]\(file:\/\/\/samples\/kremlin-red-line\.txt#L4\) \(line 4\), partial/);
    assert.match(value, /\[“The territories… inscribed in our country’s constitution, are…”\]\(file:\/\/\/samples\/kremlin-red-line\.txt#L5\) \(line 5\)$/m);
  });

  test('the outline has the heading, the claims (with territories), quotes and people', async () => {
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: URI } })) as DocumentSymbol[];
    assert.ok(find(symbols, 'Diplomatic Maneuvering and Concerns'), 'heading');
    const claims = find(symbols, 'Claims');
    assert.ok(claims?.children?.length, 'Claims group');
    const russia = claims.children.find((c) => /^Russia — /.test(c.name));
    assert.ok(russia, `a claim by Russia among ${claims.children.map((c) => c.name).join(' | ')}`);
    assert.ok(russia.children?.some((t) => t.name === 'Crimea' || t.name === 'Donetsk'));
    assert.ok(find(symbols, 'Quotes')?.children?.some((s) => s.name === 'Dmitry Peskov'));
    assert.ok(find(symbols, 'People')?.children?.some((s) => s.name === 'Dmitry Peskov'));
    assert.ok(find(symbols, 'Places')?.children?.length);
  });

  test('semantic tokens: ordered, disjoint, a speaker on "Peskov"; range requests agree', async () => {
    const { data } = (await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri: URI } }))!;
    const legend = (client.initialize.capabilities.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend;
    assert.ok(data.length > 0 && data.length % 5 === 0);
    const tokens: { line: number; ch: number; len: number; type: string }[] = [];
    let line = 0;
    let ch = 0;
    for (let i = 0; i < data.length; i += 5) {
      line += data[i]!;
      ch = data[i] === 0 ? ch + data[i + 1]! : data[i + 1]!;
      const prev = tokens[tokens.length - 1];
      if (prev && prev.line === line) assert.ok(ch >= prev.ch + prev.len, `overlap at ${line}:${ch}`);
      tokens.push({ line, ch, len: data[i + 2]!, type: legend.tokenTypes[data[i + 3]!]! });
    }
    const at = positionOf(SAMPLE, 'Peskov stated', 0, 0);
    const peskov = tokens.find((t) => t.line === at.line && t.ch === at.character);
    assert.ok(peskov && ['speaker', 'person'].includes(peskov.type), `token at Peskov: ${JSON.stringify(peskov)}`);
    assert.ok(tokens.some((t) => t.type === 'quote'));
    assert.ok(tokens.some((t) => t.type === 'place'));
    const ranged = await client.connection.sendRequest(SemanticTokensRangeRequest.type, {
      textDocument: { uri: URI }, range: { start: { line: at.line, character: 0 }, end: { line: at.line + 1, character: 0 } },
    });
    assert.equal(ranged!.data.length / 5, tokens.filter((t) => t.line === at.line).length);
  });

  test('definition: "Peskov" leads to "Dmitry Peskov"; references and highlights list the mentions', async () => {
    const position = positionOf(SAMPLE, 'Peskov stated');
    const def = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri: URI }, position })) as Location;
    assert.equal(textAt(SAMPLE, def), 'Dmitry Peskov');
    const refs = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position, context: { includeDeclaration: true } }))!;
    assert.deepEqual(refs.map((r) => textAt(SAMPLE, r)), ['Dmitry Peskov', 'Peskov']);
    const putin = (await client.connection.sendRequest(ReferencesRequest.type, { textDocument: { uri: URI }, position: positionOf(SAMPLE, 'Putin'), context: { includeDeclaration: true } }))!;
    assert.ok(putin.length >= 2, 'Vladimir Putin, Putin');
    const highlights = (await client.connection.sendRequest(DocumentHighlightRequest.type, { textDocument: { uri: URI }, position }))!;
    assert.equal(highlights.length, refs.length);
  });

  test('workspace symbols: speakers and places', async () => {
    const peskov = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Peskov' })) as SymbolInformation[];
    assert.ok(peskov.some((s) => s.name === 'Dmitry Peskov' && s.location.uri === URI));
    const kherson = (await client.connection.sendRequest(WorkspaceSymbolRequest.type, { query: 'Kherson' })) as SymbolInformation[];
    assert.ok(kherson.some((s) => /Kherson/.test(s.name)));
  });

  test('export and claims table requests', async () => {
    const json = await client.connection.sendRequest(ExportRequest.type, { uri: URI });
    assert.ok(json);
    assert.equal(json.file, '/samples/kremlin-red-line.txt');
    assert.ok(json.quotes.length >= 4);
    const rows = await client.connection.sendRequest(ClaimsTableRequest.type, { uri: URI });
    assert.ok(rows?.some((r) => r.claimant === 'Russia' && r.territories.includes('Crimea') && /inseparable/.test(r.sentence)));
    assert.equal(await client.connection.sendRequest(ExportRequest.type, { uri: 'file:///not/open.txt' }), null);
  });

  test('Markdown: headings from the markup, code and front matter left out, offsets into the file', async () => {
    const uri = 'file:///samples/kremlin.md';
    const body = SAMPLE.trim().split('\n').map((l) => (l === 'Diplomatic Maneuvering and Concerns' ? `## ${l}` : l)).join('\n\n')
      .replace('Kremlin spokesman Dmitry Peskov', 'Kremlin spokesman **Dmitry Peskov**');
    const text = `---\ntitle: “A title,” said Nobody.\n---\n# Red Line\n\n${body}\n\n\`\`\`\n“Not prose,” said Nobody.\n\`\`\`\n`;
    await open(client, uri, text, 'markdown');
    const p = await client.annotations(uri, 1);
    assert.ok(!p.quotes.some((q) => q.speaker === 'Nobody'), 'no quote from front matter or code');
    const peskov = p.quotes.find((q) => q.speaker === 'Dmitry Peskov' && q.kind === 'direct');
    assert.ok(peskov);
    const lines = text.split('\n');
    assert.match(lines[peskov.range.start.line]!.slice(peskov.range.start.character), /^“?The territories/);
    const symbols = (await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } })) as DocumentSymbol[];
    assert.deepEqual(symbols.filter((s) => s.kind === 15).map((s) => [s.name, (s.children ?? []).map((c) => c.name)]), [['Red Line', ['Diplomatic Maneuvering and Concerns']]]);
    const def = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(text, 'Peskov stated') })) as Location;
    assert.equal(textAt(text, def), 'Dmitry Peskov');
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });

  test('answers follow incremental edits', async () => {
    const uri = 'file:///samples/edited.txt';
    await open(client, uri, SAMPLE);
    const before = (await client.annotations(uri, 1)).quotes.filter((q) => q.speaker === 'Dmitry Peskov').length;
    // Version 2: a new first line moves everything down.
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 2 },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'Breaking News\n' }],
    });
    const v2 = 'Breaking News\n' + SAMPLE;
    const def = (await client.connection.sendRequest(DefinitionRequest.type, { textDocument: { uri }, position: positionOf(v2, 'Peskov stated') })) as Location;
    assert.equal(textAt(v2, def), 'Dmitry Peskov');
    assert.equal(def.range.start.line, positionOf(SAMPLE, 'Dmitry Peskov').line + 1);
    // Version 3: Peskov's second quote is deleted; his hover lists one quote.
    const start = positionOf(v2, '“The territories…', 0, 0);
    await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version: 3 },
      contentChanges: [{ range: { start, end: { line: start.line + 1, character: 0 } }, text: '' }],
    });
    const lines = v2.split('\n');
    lines.splice(start.line, 1);
    const v3 = lines.join('\n');
    const notified = await client.annotations(uri, 3);
    assert.equal(notified.version, 3);
    assert.equal(notified.quotes.filter((q) => q.speaker === 'Dmitry Peskov').length, before - 1);
    const value = await hoverText(client, uri, positionOf(v3, 'Dmitry Peskov', 0, 8));
    assert.match(value ?? '', new RegExp(`Quotes \\(${before - 1}\\)`));
    assert.doesNotMatch(value ?? '', /The territories/);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  });
});

suite('protocol: the server survives odd documents and requests', function () {
  this.timeout(30000);
  let client: TestClient;

  suiteSetup(async () => {
    client = await startServer();
  });

  suiteTeardown(async () => {
    if (client) assert.equal(await client.stop(), 0);
  });

  test('a binary document is skipped, said once, and answered with nothing', async () => {
    const uri = 'file:///data/blob.bin.txt';
    await open(client, uri, 'PK\u0003\u0004\u0000\u0000binary\u0000stuff “quoted,” said Someone.');
    const p = await client.annotations(uri, 1);
    assert.equal(p.skipped?.reason, 'binary');
    assert.deepEqual([p.quotes.length, p.counts.quotes], [0, 0]);
    assert.equal(await hoverText(client, uri, { line: 0, character: 30 }), null);
    const symbols = await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri } });
    assert.deepEqual(symbols, []);
  });

  test('a document over the size limit is skipped with the reason', async () => {
    const uri = 'file:///data/huge.txt';
    const line = '“It is big,” said Ann Example, a spokeswoman. ';
    const text = line.repeat(Math.ceil((2 * 1024 * 1024 + 1) / line.length));
    await open(client, uri, text);
    const p = await client.annotations(uri, 1);
    assert.equal(p.skipped?.reason, 'too-large');
    assert.match(p.skipped.message, /2\.0 MB/);
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepEqual(tokens?.data, []);
  });

  test('minified code opened as text is skipped with the reason, and answered with nothing', async () => {
    const uri = 'file:///data/bundle.min.txt';
    await open(client, uri, '/*! “quoted,” said Someone. */\n' + 'function n(t,e){return t+e}var r={a:[1,2,3],b:"x"};if(r.a.length>2){r.b=n(r.a[0],r.a[1])}'.repeat(80));
    const p = await client.annotations(uri, 1);
    assert.equal(p.skipped?.reason, 'minified');
    assert.match(p.skipped.message, /minified/);
    assert.deepEqual([p.quotes.length, p.counts.quotes], [0, 0]);
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.deepEqual(tokens?.data, []);
  });

  test('requests for closed or never-opened documents answer empty, not with an error', async () => {
    const uri = 'file:///data/short.txt';
    await open(client, uri, '“Fine,” said Ann Example.');
    await client.annotations(uri, 1);
    await client.connection.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
    assert.equal(await hoverText(client, uri, { line: 0, character: 2 }), null);
    assert.equal(await hoverText(client, 'file:///never/opened.txt', { line: 3, character: 9 }), null);
    assert.deepEqual(await client.connection.sendRequest(DocumentSymbolRequest.type, { textDocument: { uri: 'file:///never/opened.txt' } }), []);
    assert.equal(await client.connection.sendRequest(ClaimsTableRequest.type, { uri }), null);
  });

  test('odd text (emoji, lone surrogates, CRLF, positions past the end) does not break it', async () => {
    const uri = 'file:///data/odd.md';
    await open(client, uri, '# Títle 🙂\r\n\r\n“Hi \ud800 there,” said Zoë Quill.\r\n\r\n```\ncode “not a quote,” said Nobody.\n```\n', 'markdown');
    const p = await client.annotations(uri, 1);
    assert.equal(p.skipped, undefined);
    await hoverText(client, uri, { line: 99, character: 99 });
    const tokens = await client.connection.sendRequest(SemanticTokensRequest.type, { textDocument: { uri } });
    assert.ok(tokens);
  });

  test('a long article being analysed holds up neither another document nor edits; superseded versions are dropped', async function () {
    this.timeout(180000);
    const small = 'file:///samples/small.txt';
    await open(client, small, SAMPLE);
    await client.annotations(small, 1);
    const big = 'file:///samples/long.txt';
    const long = `${SAMPLE}\n`.repeat(400); // about 1 MB, under the 2 MB limit
    let bigDone = false;
    void client.annotations(big, 1, 120000).then(() => (bigDone = true), () => undefined);
    await open(client, big, long);
    const value = await hoverText(client, small, positionOf(SAMPLE, 'Peskov stated'));
    assert.match(value ?? '', /Dmitry Peskov/);
    assert.equal(bigDone, false, 'the hover on the small document came before the long analysis ended');
    for (const version of [2, 3]) {
      await client.connection.sendNotification(DidChangeTextDocumentNotification.type, {
        textDocument: { uri: big, version },
        contentChanges: [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `Edit ${version}. ` }],
      });
    }
    const last = await client.annotations(big, 3, 120000);
    assert.equal(last.version, 3);
    assert.ok(!client.received(big).some((p) => p.version === 2), 'version 2 was superseded before it was published');
  });

  test('and it still serves a normal document afterwards', async () => {
    const uri = 'file:///samples/after.txt';
    await open(client, uri, SAMPLE);
    await client.annotations(uri, 1);
    const value = await hoverText(client, uri, positionOf(SAMPLE, 'Peskov stated'));
    assert.match(value ?? '', /Dmitry Peskov/);
    assert.ok(!client.process.killed && client.process.exitCode === null, 'server still running');
  });
});

suite('protocol: settings', function () {
  this.timeout(30000);

  test('asked per resource, cached, asked again after a change: disabled, then enabled', async () => {
    const settings: Record<string, unknown> = { enable: false };
    const client = await startServer(settings);
    try {
      const uri = 'file:///samples/settings.txt';
      await open(client, uri, SAMPLE);
      const off = await client.annotations(uri, 1);
      assert.equal(off.skipped?.reason, 'disabled');
      assert.equal(await hoverText(client, uri, positionOf(SAMPLE, 'Peskov stated')), null);
      assert.deepEqual(client.configurationRequests, [{ scopeUri: uri, section: 'newsAnnotator' }], 'asked once, for this document');
      settings.enable = true;
      const before = client.received(uri).length;
      await client.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      await waitUntil(() => client.received(uri).length > before);
      const on = client.received(uri).at(-1)!;
      assert.equal(on.skipped, undefined);
      assert.ok(on.counts.quotes > 0);
      assert.equal(client.configurationRequests.length, 2, 'asked again after the change');
      assert.match((await hoverText(client, uri, positionOf(SAMPLE, 'Peskov stated'))) ?? '', /Dmitry Peskov/);
    } finally {
      assert.equal(await client.stop(), 0);
    }
  });

  test('a document whose language is not listed is skipped', async () => {
    const client = await startServer({ languages: ['markdown'] });
    try {
      const uri = 'file:///samples/plain.txt';
      await open(client, uri, SAMPLE, 'plaintext');
      const p = await client.annotations(uri, 1);
      assert.equal(p.skipped?.reason, 'disabled');
      assert.match(p.skipped.message, /plaintext/);
    } finally {
      await client.stop();
    }
  });
});

/** Polls a condition on the event loop (no fixed sleeps): resolves once it holds, fails after `ms`. */
async function waitUntil(condition: () => boolean, ms = 10000): Promise<void> {
  const until = Date.now() + ms;
  while (!condition()) {
    if (Date.now() > until) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 10));
  }
}

