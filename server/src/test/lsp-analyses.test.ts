import * as assert from 'node:assert/strict';
import { DocumentAnalyses, isMarkdown, type Analysis, type DocumentSource, type Ready } from '../lsp/analyses';
import { NewsAnnotatorSettings } from '../protocol';
import type { AnalyzeOptions, Annotations, CancellationToken } from '../analysis/types';
import { CancelledError } from '../analysis';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
/** Waits for a condition by polling the event loop, failing after 5 s. */
async function until(condition: () => boolean): Promise<void> {
  const end = Date.now() + 5000;
  while (!condition()) {
    if (Date.now() > end) throw new Error('condition not met in 5 s');
    await sleep(5);
  }
}

/** An in-memory document store and a counting fake analyser. */
function harness(options: { settings?: Partial<NewsAnnotatorSettings>; settingsDelay?: number; delayMs?: number } = {}) {
  const docs = new Map<string, DocumentSource>();
  const calls: { text: string; options: AnalyzeOptions }[] = [];
  const published: Ready[] = [];
  const errors: string[] = [];
  let throwOnAnalyze = false;
  const settings = { ...NewsAnnotatorSettings.defaults, ...options.settings };
  const analyses = new DocumentAnalyses({
    document: (uri) => docs.get(uri),
    settings: async () => {
      if (options.settingsDelay) await sleep(options.settingsDelay);
      return settings;
    },
    analyze: (text: string, opts: AnalyzeOptions, token: CancellationToken): Annotations => {
      if (token.isCancellationRequested) throw new CancelledError();
      calls.push({ text, options: opts });
      if (throwOnAnalyze) throw new Error('boom');
      return { blocks: [], entities: [], quotes: [], claims: [] };
    },
    publish: (a) => published.push(a),
    error: (m) => errors.push(m),
  }, options.delayMs ?? 20);
  const set = (uri: string, version: number, text: string, languageId = 'plaintext') =>
    docs.set(uri, { uri, version, languageId, getText: () => text });
  return { docs, calls, published, errors, analyses, set, failNext: () => (throwOnAnalyze = true) };
}

const version = (a: Analysis | Ready | undefined) => (a?.kind === 'analysed' ? a.document.version : a?.version);

suite('lsp: version-keyed analyses', () => {
  test('one analysis per version, shared by every caller', async () => {
    const h = harness();
    h.set('file:///a.txt', 1, 'one');
    const [x, y] = await Promise.all([h.analyses.get('file:///a.txt'), h.analyses.get('file:///a.txt')]);
    assert.equal(x, y);
    assert.equal(h.calls.length, 1);
    h.set('file:///a.txt', 2, 'two');
    const z = await h.analyses.get('file:///a.txt');
    assert.equal(version(z), 2);
    assert.equal(h.calls.length, 2);
    assert.equal(z?.kind === 'analysed' && z.document.getText(), 'two');
  });

  test('a burst of edits is analysed and published once, at its last version', async () => {
    const h = harness();
    // Typing faster than the delay: each edit replaces the pending analysis.
    for (let v = 1; v <= 5; v++) {
      h.set('file:///a.txt', v, `text ${v}`);
      h.analyses.schedule('file:///a.txt');
    }
    await until(() => h.published.length > 0);
    await sleep(40);
    assert.equal(h.calls.length, 1);
    assert.deepEqual(h.published.map(version), [5]);
  });

  test('a document just opened is analysed at once, not after the typing delay its "content changed" event asks for', async () => {
    // A delay longer than `until` waits: the test fails if the second call postpones the first.
    const h = harness({ delayMs: 60_000 });
    h.set('file:///a.txt', 1, 'one');
    h.analyses.schedule('file:///a.txt', 0);
    h.analyses.schedule('file:///a.txt');
    await until(() => h.published.length > 0);
    assert.deepEqual(h.published.map(version), [1]);
    // A real change still waits for quiet.
    h.set('file:///a.txt', 2, 'two');
    h.analyses.schedule('file:///a.txt');
    await sleep(30);
    assert.equal(h.published.length, 1);
    h.analyses.close('file:///a.txt');
  });

  test('work for a superseded version is cancelled and never published', async () => {
    const h = harness({ settingsDelay: 15 });
    h.set('file:///a.txt', 1, 'old');
    const old = h.analyses.get('file:///a.txt');
    h.set('file:///a.txt', 2, 'new'); // edited while the settings were on their way
    assert.equal(await old, undefined);
    assert.equal(h.calls.length, 0, 'the analysis of version 1 never ran');
    h.analyses.schedule('file:///a.txt', 0);
    await until(() => h.published.length > 0);
    assert.deepEqual(h.published.map(version), [2]);
    assert.deepEqual(h.calls.map((c) => c.text), ['new']);
  });

  test('the token reports cancellation once the version moves on', async () => {
    const h = harness();
    let seen: CancellationToken | undefined;
    const docs = new Map<string, DocumentSource>([['u', { uri: 'u', version: 1, languageId: 'plaintext', getText: () => 'x' }]]);
    const analyses = new DocumentAnalyses({
      document: (uri) => docs.get(uri),
      settings: async () => NewsAnnotatorSettings.defaults,
      analyze: (_t, _o, token) => {
        seen = token;
        return { blocks: [], entities: [], quotes: [], claims: [] };
      },
      publish: () => undefined,
      error: (m) => h.errors.push(m),
    });
    await analyses.get('u');
    assert.equal(seen!.isCancellationRequested, false);
    docs.set('u', { uri: 'u', version: 2, languageId: 'plaintext', getText: () => 'y' });
    assert.equal(seen!.isCancellationRequested, true);
    docs.delete('u');
    assert.equal(seen!.isCancellationRequested, true);
  });

  test('closed documents have no analysis and pending work is dropped', async () => {
    const h = harness();
    assert.equal(await h.analyses.get('file:///never-opened.txt'), undefined);
    h.set('file:///a.txt', 1, 'x');
    h.analyses.schedule('file:///a.txt');
    h.docs.delete('file:///a.txt');
    h.analyses.close('file:///a.txt');
    await sleep(40);
    assert.deepEqual(h.published, []);
  });

  test('too large, binary, disabled and unlisted languages are skipped with a reason', async () => {
    const h = harness({ settings: { maxFileSize: 10 } });
    h.set('file:///big.txt', 1, 'x'.repeat(11));
    h.set('file:///bin.txt', 1, 'a\u0000b');
    h.set('file:///code.ts', 1, 'const x = 1;', 'typescript');
    const reasons = await Promise.all(['big.txt', 'bin.txt', 'code.ts'].map(async (f) => {
      const a = await h.analyses.get(`file:///${f}`);
      return a?.kind === 'skipped' ? a.reason : a?.kind;
    }));
    assert.deepEqual(reasons, ['too-large', 'binary', 'disabled']);
    assert.equal(h.calls.length, 0);
    const off = harness({ settings: { enable: false } });
    off.set('file:///a.txt', 1, 'x');
    const a = await off.analyses.get('file:///a.txt');
    assert.equal(a?.kind === 'skipped' && a.reason, 'disabled');
  });

  test('each analysis is handed the previous one of the same document, to reuse unchanged blocks', async () => {
    const h = harness();
    h.set('file:///a.txt', 1, 'one');
    const first = await h.analyses.get('file:///a.txt');
    h.set('file:///a.txt', 2, 'one two');
    await h.analyses.get('file:///a.txt');
    h.set('file:///b.txt', 1, 'other');
    await h.analyses.get('file:///b.txt');
    assert.equal(h.calls[0]!.options.previous, undefined);
    assert.equal(h.calls[1]!.options.previous, first?.kind === 'analysed' ? first.annotations : 'missing');
    assert.equal(h.calls[2]!.options.previous, undefined, 'never another document’s');
  });

  test('Markdown documents are analysed as Markdown', async () => {
    const h = harness();
    h.set('file:///a.md', 1, '# x', 'markdown');
    h.set('file:///b.markdown', 1, '# x', 'news-article');
    h.set('file:///c.txt', 1, '# x');
    for (const f of ['a.md', 'b.markdown', 'c.txt']) await h.analyses.get(`file:///${f}`);
    assert.deepEqual(h.calls.map((c) => c.options.markdown), [true, true, false]);
    assert.ok(isMarkdown({ uri: 'untitled:x', languageId: 'markdown' }));
  });

  test('an analysis that throws is logged and answers empty', async () => {
    const h = harness();
    h.failNext();
    h.set('file:///a.txt', 1, 'x');
    const a = await h.analyses.get('file:///a.txt');
    assert.equal(a?.kind, 'analysed');
    assert.match(h.errors[0]!, /analysing file:\/\/\/a\.txt failed: Error: boom/);
  });

  test('invalidate re-analyses and re-publishes open documents', async () => {
    const h = harness();
    h.set('file:///a.txt', 1, 'x');
    h.analyses.schedule('file:///a.txt', 0);
    await until(() => h.published.length === 1);
    h.analyses.invalidate(['file:///a.txt']);
    await until(() => h.published.length === 2);
    assert.equal(h.calls.length, 2);
    assert.equal(h.published.length, 2);
  });
});
