// The edit path's products: after any chain of edits, the client's model updated by the deltas
// must be the full payload of the last version, and the token table built from the changed lines
// the one built from scratch. Articles are made of sentences written for these tests.
import * as assert from 'node:assert/strict';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createAnalyzer, type Annotations } from '../analysis';
import { applyAnnotationsDelta, applySplices } from '../annotationsDelta';
import { textEdit } from '../analysis/blocks';
import { changeWindow, LineIndex } from '../lsp/lineIndex';
import { fullProducts, notification, ProductsCache } from '../lsp/editProducts';
import { buildTokens } from '../lsp/tokenTable';
import { changedRuns } from '../lsp/annotationModel';
import type { AnnotationsDeltaNotification, AnnotationsNotification } from '../protocol';
import { loadGazetteer } from '../node/gazetteerFile';
import { fullPayload } from './lspFixture';
import { applyEdit, articles, edits } from './randomEdits';

const RUNS = Number(process.env.FUZZ_RUNS) || 60;

const PARAGRAPHS = [
  'Harbour Dispute Flares Again',
  '“The quota is final,” fisheries minister Anna Lindqvist told reporters in Bergen on Monday.',
  'Lindqvist said the fleet would stay in port. “We are not moving,” she added.',
  'The Coastal Union said Norway controls most of the northern banks, according to a statement.',
  'Pavel Orlov, a spokesman for the union, said the talks had failed. Oslo did not answer.',
  'Iceland claims the islands as an inseparable part of its territory, the ministry said.',
  '“Nobody asked us,” a fisherman in Tromsø said. The harbour master declined to comment.',
  'Officials from Denmark and Sweden will meet in Copenhagen next week, Orlov told the paper.',
];
const EDIT_TEXT = ['e', 'Q', ' ', '.', ',', '“', '”', '\n', '\r\n', '\r', '\n\n', 'Orlov ', ' said ', '😀', 'Norway '];

const article = articles(PARAGRAPHS, ['\n', '\n\n', '\r\n', '\r\n\r\n'], 10);
const edit = edits(EDIT_TEXT, 6);

type Params = AnnotationsNotification.Params;

suite('lsp: edit products (annotation deltas and token tables)', function () {
  this.timeout(120_000);
  const gazetteer = loadGazetteer();
  const uri = 'file:///article.txt';

  /**
   * `text` analysed and its products made as version 1, then `edited` analysed from it and made as
   * version 2 against version 1: what the server sends for one edit.
   */
  const editedProducts = (text: string, edited: string) => {
    const analyzer = createAnalyzer({ gazetteer });
    const cache = new ProductsCache(1);
    const before = analyzer.analyze(text);
    const first = cache.products(uri, 1, text, before);
    const after = analyzer.analyze(edited, { previous: before });
    const made = cache.products(uri, 2, edited, after, 1);
    return { before, first, after, made, delta: notification(uri, 2, made.annotations).params as AnnotationsDeltaNotification.Params };
  };

  test(`the client model after the deltas is the full payload, the tokens those of a full build (${RUNS} runs)`, () => {
    let deltas = 0;
    let shifted = 0;
    let renumbered = 0;
    let recolored = 0;
    let patched = 0;
    let wholeAgain = 0;
    fc.assert(
      fc.property(article, fc.array(edit, { minLength: 1, maxLength: 8 }), (text, edits) => {
        const analyzer = createAnalyzer({ gazetteer });
        const cache = new ProductsCache(2);
        let a: Annotations = analyzer.analyze(text);
        const first = cache.products(uri, 1, text, a);
        assert.equal(first.annotations.kind, 'full');
        let client = notification(uri, 1, first.annotations).params as Params;
        edits.forEach((e, i) => {
          const version = i + 2;
          text = applyEdit(text, e);
          a = analyzer.analyze(text, { previous: a });
          const made = cache.products(uri, version, text, a, client.version);
          const sent = notification(uri, version, made.annotations).params;
          if ('baseVersion' in sent) {
            deltas++;
            if (sent.lineShift) shifted++;
            if (sent.renumber) renumbered++;
            if (sent.recolor) recolored++;
            if (sent.entityRanges) patched++;
            const next = applyAnnotationsDelta(client, sent);
            assert.ok(next, 'a delta from the version held applies');
            client = next;
          } else {
            wholeAgain++;
            client = sent;
          }
          const doc = TextDocument.create(uri, 'plaintext', version, text);
          assert.deepEqual(client, fullPayload(doc, a));
          assert.deepEqual(made.tokens, fullProducts(version, text, a).tokens);
        });
      }),
      { numRuns: RUNS },
    );
    assert.ok(deltas > RUNS, `most edits are sent as deltas (${deltas})`);
    assert.ok(shifted > 0, 'line breaks typed or deleted move the later lines');
    assert.ok(renumbered > 0, 'names typed or deleted renumber the later entities');
    assert.ok(recolored > 0, 'speakers found or lost recolour the later ones');
    assert.ok(patched > 0, 'entities that gain or lose a mention get their ranges spliced');
    assert.ok(wholeAgain > 0, 'an edit that changes most entries sends a full payload, made from the kept model');
  });

  test('a document forgotten leaves none of its texts behind in the last edit found', () => {
    const before = 'Ana Ruiz said the talks would resume.\n'.repeat(4);
    const after = `${before}x`;
    const edit = textEdit(before, after);
    // the same two texts asked again: the edit remembered
    assert.equal(textEdit(before, after), edit);
    new ProductsCache(2).forget('file:///closed.txt');
    const again = textEdit(before, after);
    assert.notEqual(again, edit);
    assert.deepEqual(again, edit);
  });

  test('an entity mentioned all over the article that gains a mention is sent as that one range', () => {
    const text = PARAGRAPHS.join('\n');
    const at = text.indexOf('Oslo did not answer');
    const edited = `${text.slice(0, at)}Lindqvist left. ${text.slice(at)}`;
    const { first, before, after, delta } = editedProducts(text, edited);
    const person = after.entities.findIndex((e) => e.name === 'Anna Lindqvist');
    assert.equal(after.entities[person]!.mentions.length, before.entities[person]!.mentions.length + 1);
    assert.ok(delta.entities.every((sp) => sp.items.every((e) => e.name !== 'Anna Lindqvist')), 'not sent whole');
    const patch = delta.entityRanges?.find((p) => p.at === person);
    assert.ok(patch);
    assert.deepEqual(patch.ranges.map((r) => [r.deleteCount, r.items.length]), [[0, 1]]);
    const client = applyAnnotationsDelta(notification(uri, 1, first.annotations).params as Params, delta);
    assert.deepEqual(client, fullPayload(TextDocument.create(uri, 'plaintext', 2, edited), after));
  });

  test('a letter typed inside a sentence sends only what that line holds, with no line shift', () => {
    const text = PARAGRAPHS.join('\n');
    const at = text.indexOf('would stay') + 'would'.length;
    const { made, delta } = editedProducts(text, text.slice(0, at) + 'e' + text.slice(at));
    assert.equal(made.annotations.kind, 'delta');
    assert.equal(delta.lineShift, undefined);
    const line = 2;
    // The quote on that line moves (it starts after the edit), nothing on the other lines is sent.
    assert.deepEqual(delta.claims, []);
    const quotes = delta.quotes.flatMap((s) => s.items);
    assert.ok(quotes.length > 0);
    assert.ok(quotes.every((q) => q.range.start.line === line && q.range.end.line === line));
    assert.ok(delta.entities.every((s) => s.items.every((e) => e.ranges.some((r) => r.start.line === line))));
  });

  test('a line break typed moves the later lines: a line shift, not their entries', () => {
    const text = PARAGRAPHS.join('\n');
    const at = text.indexOf('Harbour Dispute') + 'Harbour'.length;
    const edited = text.slice(0, at) + '\n' + text.slice(at);
    const { first, after, made, delta } = editedProducts(text, edited);
    assert.equal(made.annotations.kind, 'delta');
    assert.deepEqual(delta.lineShift, { from: 1, by: 1 });
    assert.deepEqual(delta.quotes, []);
    const client = applyAnnotationsDelta(notification(uri, 1, first.annotations).params as Params, delta);
    assert.deepEqual(client, fullPayload(TextDocument.create(uri, 'plaintext', 2, edited), after));
  });

  test('an entity found early renumbers the later ones: a renumbering, not their entries', () => {
    const text = PARAGRAPHS.join('\n');
    const at = text.indexOf('“The quota');
    const edited = `${text.slice(0, at)}Finland protested. ${text.slice(at)}`;
    const { before, first, after, delta } = editedProducts(text, edited);
    assert.equal(after.entities.length, before.entities.length + 1);
    assert.deepEqual(delta.renumber, { from: 1, by: 1 });
    const sent = delta.entities.flatMap((sp) => sp.items);
    assert.ok(sent.some((e) => e.name === 'Finland'));
    assert.ok(sent.every((e) => e.name === 'Finland' || e.ranges.some((r) => r.start.line === 1)), 'besides the new entity, only those on the edited line');
    assert.ok(sent.length < after.entities.length / 2);
    const client = applyAnnotationsDelta(notification(uri, 1, first.annotations).params as Params, delta);
    assert.deepEqual(client, fullPayload(TextDocument.create(uri, 'plaintext', 2, edited), after));
  });

  test('a full payload when the client holds no version the cache has, or a delta would be larger', () => {
    const analyzer = createAnalyzer({ gazetteer });
    const cache = new ProductsCache(1);
    const text = PARAGRAPHS.join('\n');
    const a = analyzer.analyze(text);
    cache.products(uri, 1, text, a);
    assert.equal(cache.products(uri, 2, text + ' More.', analyzer.analyze(text + ' More.'), 7).annotations.kind, 'full');
    const other = PARAGRAPHS.slice().reverse().join('\n');
    assert.equal(cache.products(uri, 3, other, analyzer.analyze(other), 2).annotations.kind, 'full');
    // Another document pushes this one out of a cache that keeps one.
    cache.products('file:///other.txt', 1, text, a);
    assert.equal(cache.products(uri, 4, other, analyzer.analyze(other), 3).annotations.kind, 'full');
  });

  test('a delta applies only to the version it was made from, and splices must fit', () => {
    const base: Params = { uri, version: 3, quotes: [], claims: [], entities: [], counts: { quotes: 0, people: 0, claims: 0 } };
    const delta: AnnotationsDeltaNotification.Params = { uri, version: 4, baseVersion: 3, quotes: [], claims: [], entities: [], counts: base.counts };
    assert.deepEqual(applyAnnotationsDelta(base, delta), { ...base, version: 4 });
    assert.equal(applyAnnotationsDelta(base, { ...delta, baseVersion: 2 }), undefined);
    assert.equal(applyAnnotationsDelta({ ...base, skipped: { reason: 'binary', message: 'x' } }, delta), undefined);
    assert.equal(applyAnnotationsDelta(base, { ...delta, claims: [{ start: 0, deleteCount: 1, items: [] }] }), undefined);
    assert.deepEqual(applySplices(['a', 'b', 'c', 'd'], [{ start: 1, deleteCount: 1, items: ['B', 'B2'] }, { start: 3, deleteCount: 0, items: ['x'] }]), ['a', 'B', 'B2', 'c', 'x', 'd']);
    assert.equal(applySplices(['a', 'b'], [{ start: 1, deleteCount: 1, items: [] }, { start: 0, deleteCount: 0, items: [] }]), undefined, 'out of order');
    // range patches: only of kept entities, once each, and fitting their ranges
    const r = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 3 } });
    const withEntities: Params = { ...base, entities: [{ id: 'e1', type: 'person', name: 'A', ranges: [r(0), r(2)] }, { id: 'e2', type: 'place', name: 'B', ranges: [r(1)] }] };
    const patch = { at: 0, ranges: [{ start: 1, deleteCount: 0, items: [r(1)] }] };
    assert.deepEqual(applyAnnotationsDelta(withEntities, { ...delta, entityRanges: [patch] })?.entities[0]!.ranges, [r(0), r(1), r(2)]);
    assert.equal(applyAnnotationsDelta(withEntities, { ...delta, entityRanges: [{ ...patch, at: 2 }] }), undefined, 'no such entity');
    assert.equal(applyAnnotationsDelta(withEntities, { ...delta, entities: [{ start: 0, deleteCount: 1, items: [] }], entityRanges: [patch] }), undefined, 'a deleted entity');
    assert.equal(applyAnnotationsDelta(withEntities, { ...delta, entityRanges: [patch, patch] }), undefined, 'twice');
    assert.equal(applyAnnotationsDelta(withEntities, { ...delta, entityRanges: [{ at: 1, ranges: [{ start: 1, deleteCount: 1, items: [] }] }] }), undefined, 'not fitting');
  });
});

suite('lsp: edit products when only the annotations change', () => {
  // Hand-made annotations on a fixed text, then changed far from any edit (an entity gaining or
  // losing a mention elsewhere, a type or a speaker changing): only those lines are rebuilt.
  const TEXT = PARAGRAPHS.join('\n');
  const words = [...TEXT.matchAll(/[A-Z][a-z]+/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const sentences = [...TEXT.matchAll(/[^\n.]+[.]/g)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
  const quoted = [...TEXT.matchAll(/“[^”]*”/g)].map((m) => ({ start: m.index, end: m.index + m[0].length, text: m[0] }));
  const TYPES = ['person', 'organization', 'place', 'nationality', 'date'] as const;

  function annotations(picks: { drop: readonly number[]; types: readonly number[]; speakers: readonly boolean[]; claims: readonly number[] }): Annotations {
    const byWord = new Map<string, typeof words>();
    words.forEach((w, i) => {
      if (picks.drop.includes(i)) return;
      byWord.set(w.text, [...(byWord.get(w.text) ?? []), w]);
    });
    const entities = [...byWord.values()].map((mentions, i) => ({
      id: `e${i + 1}`, type: TYPES[(picks.types[i % picks.types.length] ?? 0) % TYPES.length]!, name: mentions[0]!.text, aliases: [], roles: [], mentions,
    }));
    const quotes = quoted.map((q, i) => {
      const speaker = picks.speakers[i % Math.max(1, picks.speakers.length)] ?? false;
      const near = words.find((w) => w.start > q.end);
      return {
        ...q, kind: 'direct' as const, speaker: speaker ? 'Someone' : null, speakerEntity: null, cue: null, sentence: { start: q.start, end: q.end },
        ...(speaker && near ? { speakerMention: { start: near.start, end: near.end } } : {}),
      };
    });
    const claims = picks.claims.filter((c) => c < sentences.length).sort((x, y) => x - y).filter((c, i, all) => all.indexOf(c) === i).map((c) => ({
      ...sentences[c]!, type: 'control' as const, claimant: null, claimantEntity: null, territories: [], territoryMentions: [], extent: null, source: null, trigger: { ...sentences[c]!, text: '' },
    }));
    return { blocks: [], entities, quotes, claims };
  }
  const picks = fc.record({
    drop: fc.array(fc.nat(words.length - 1), { maxLength: 4 }),
    types: fc.array(fc.nat(4), { minLength: 1, maxLength: 6 }),
    speakers: fc.array(fc.boolean(), { minLength: 1, maxLength: 4 }),
    claims: fc.array(fc.nat(sentences.length - 1), { maxLength: 3 }),
  });

  test('tokens and model follow annotation changes on lines the text edit did not touch', () => {
    fc.assert(fc.property(picks, picks, fc.boolean(), (first, second, edit) => {
      const cache = new ProductsCache(1);
      const a = annotations(first);
      const made = cache.products(uri1, 1, TEXT, a);
      // Optionally a letter typed at the very end, far from most of the changes.
      const text = edit ? `${TEXT}s` : TEXT;
      const b = annotations(second);
      const next = cache.products(uri1, 2, text, b, 1);
      assert.deepEqual(Array.from(next.tokens), Array.from(buildTokens(new LineIndex(text), b)));
      const sent = notification(uri1, 2, next.annotations).params;
      const client = 'baseVersion' in sent ? applyAnnotationsDelta(notification(uri1, 1, made.annotations).params as Params, sent) : sent;
      assert.deepEqual(client, fullPayload(TextDocument.create(uri1, 'plaintext', 2, text), b));
    }), { numRuns: 300 });
  });
});

suite('lsp: edit products, an entity\'s mentions changed far from the edit', () => {
  // The diff finds where an entity's mentions changed once, for the payload's range patch and for
  // the token lines to rebuild alike: a mention lost lines away from the edit must leave the table.
  test('a mention an entity lost away from the edit leaves the tokens', () => {
    const text = 'Vell met Reed.\nIt rained.\nVell spoke.\nReed left.\nVell came.';
    const words = [...text.matchAll(/Vell|Reed/g)].map((m) => ({ start: m.index, end: m.index + 4, text: m[0] }));
    const withoutWord = (drop: number): Annotations => {
      const byName = new Map<string, typeof words>();
      words.forEach((w, i) => {
        if (i !== drop) byName.set(w.text, [...(byName.get(w.text) ?? []), w]);
      });
      const entities = [...byName.values()].map((mentions, i) => ({ id: `e${i + 1}`, type: 'person' as const, name: mentions[0]!.text, aliases: [], roles: [], mentions }));
      return { blocks: [], quotes: [], claims: [], entities };
    };
    const cache = new ProductsCache(1);
    cache.products(uri1, 1, text, withoutWord(-1));
    const edited = `${text}s`;
    const next = cache.products(uri1, 2, edited, withoutWord(2), 1);
    assert.deepEqual(Array.from(next.tokens), Array.from(buildTokens(new LineIndex(edited), withoutWord(2))));
  });
});

suite('lsp: edit products, entries found or lost with no common tail', () => {
  // A list one entry longer or shorter whose last entries changed too has no common tail: the
  // entries between must still pair up around the one found or lost, not be sent again.
  const same = (old: readonly string[], now: readonly string[]) => (o: number, n: number) => old[o] === now[n];

  test('runs around the entry found or lost, the rest paired', () => {
    const old = 'abcdefghijklmnopqrst'.split('');
    const lost = [...old.slice(0, 5), ...old.slice(6, 17), 'R', ...old.slice(18)];
    assert.deepEqual(changedRuns(old.length, lost.length, same(old, lost)), [[5, 6, 5, 5], [17, 18, 16, 17]]);
    const found = [...old.slice(0, 3), 'D', ...old.slice(4), 'u'];
    assert.deepEqual(changedRuns(old.length, found.length, same(old, found)), [[3, 4, 3, 4], [20, 20, 20, 21]]);
  });

  test('the runs, as splices, turn the old list into the new one; entries between them pair', () => {
    const list = fc.array(fc.constantFrom('a', 'b', 'c', 'd'), { maxLength: 30 });
    fc.assert(fc.property(list, list, fc.integer({ min: -1, max: 30 }), (old, now, shiftAt) => {
      const runs = changedRuns(old.length, now.length, same(old, now), shiftAt);
      const splices = runs.map(([os, oe, ns, ne]) => ({ start: os, deleteCount: oe - os, items: now.slice(ns, ne) }));
      assert.deepEqual(applySplices(old, splices), now);
      let o = 0;
      let n = 0;
      for (const [os, oe, ns, ne] of [...runs, [old.length, old.length, now.length, now.length] as const]) {
        assert.equal(os - o, ns - n, 'as many kept on both sides');
        for (; o < os; o++, n++) assert.equal(old[o], now[n]);
        o = oe;
        n = ne;
      }
    }), { numRuns: 500 });
  });

  test('a quote lost early and the last one changed: only those two are sent', () => {
    const text = Array.from({ length: 12 }, (_, i) => `“Line ${i} stays,” she said.`).join('\n');
    const quotes = (drop: number, lastKind: 'direct' | 'partial'): Annotations['quotes'] => [...text.matchAll(/“[^”]*”/g)]
      .map((m, i, all) => ({
        start: m.index, end: m.index + m[0].length, text: m[0], kind: i === all.length - 1 ? lastKind : 'direct' as const, speaker: null, speakerEntity: null, cue: null,
        sentence: { start: m.index, end: m.index + m[0].length },
      }))
      .filter((_, i) => i !== drop);
    const a = (drop: number, lastKind: 'direct' | 'partial'): Annotations => ({ blocks: [], entities: [], claims: [], quotes: quotes(drop, lastKind) });
    const cache = new ProductsCache(1);
    const first = cache.products(uri1, 1, text, a(-1, 'direct'));
    const edited = `${text}s`;
    const after = a(2, 'partial');
    const next = cache.products(uri1, 2, edited, after, 1);
    const sent = notification(uri1, 2, next.annotations).params;
    assert.ok('baseVersion' in sent);
    assert.deepEqual(sent.quotes.map((sp) => [sp.start, sp.deleteCount, sp.items.length]), [[2, 1, 0], [11, 1, 1]]);
    assert.deepEqual(applyAnnotationsDelta(notification(uri1, 1, first.annotations).params as Params, sent), fullPayload(TextDocument.create(uri1, 'plaintext', 2, edited), after));
    assert.deepEqual(Array.from(next.tokens), Array.from(buildTokens(new LineIndex(edited), after)));
  });
});

suite('lsp: line index', () => {
  const texts = fc.array(fc.constantFrom('a', 'bc', ' ', '\n', '\r', '\r\n', '😀', '“'), { maxLength: 40 }).map((parts) => parts.join(''));

  test('positions as TextDocument gives them, \\r\\n, \\n and lone \\r alike', () => {
    fc.assert(fc.property(texts, (text) => {
      const doc = TextDocument.create('file:///x', 'plaintext', 1, text);
      const lines = new LineIndex(text);
      assert.equal(lines.lineCount, doc.lineCount);
      for (let i = 0; i <= text.length + 1; i++) assert.deepEqual(lines.positionAt(i), doc.positionAt(i), `offset ${i}`);
    }), { numRuns: 300 });
  });

  test('the next version\'s index, made from the change window, is the one made from scratch', () => {
    fc.assert(fc.property(texts, fc.nat(40), fc.nat(4), fc.constantFrom('', 'x', '\n', '\r', '\r\n', '\n\n'), (text, at, remove, insert) => {
      const old = new LineIndex(text);
      const p = Math.min(at, text.length);
      const next = text.slice(0, p) + insert + text.slice(Math.min(text.length, p + remove));
      const w = changeWindow(old, next);
      const made = old.next(next, w);
      assert.deepEqual(Array.from(made.starts), Array.from(new LineIndex(next).starts));
      assert.equal(w.lineShift, made.lineCount - old.lineCount);
      // The window's promise: outside it, same positions (tail lines moved by lineShift).
      for (let o = 0; o <= text.length; o++) {
        const was = old.positionAt(o);
        if (o <= w.headEnd) assert.deepEqual(made.positionAt(o), was);
        else if (o >= w.oldTailStart) assert.deepEqual(made.positionAt(o + w.newTailStart - w.oldTailStart), { line: was.line + w.lineShift, character: was.character });
      }
    }), { numRuns: 500 });
  });

  test('tokens of a document built from scratch match the per-line build of an unchanged one', () => {
    const text = PARAGRAPHS.join('\r\n');
    const a = createAnalyzer().analyze(text);
    const lines = new LineIndex(text);
    assert.deepEqual(fullProducts(1, text, a).tokens, buildTokens(lines, a));
    assert.deepEqual(Array.from(new ProductsCache(1).products(uri1, 1, text, a).tokens), Array.from(buildTokens(lines, a)));
  });

  test('an opened document\'s base (kept without its model) still gives deltas, also after versions never published', () => {
    const analyzer = createAnalyzer({ gazetteer: loadGazetteer() });
    const cache = new ProductsCache(2);
    const v1 = [...PARAGRAPHS, ...PARAGRAPHS, ...PARAGRAPHS].join('\n');
    const a1 = analyzer.analyze(v1);
    const held = notification(uri1, 1, cache.products(uri1, 1, v1, a1).annotations).params as Params;
    // Versions 2 and 3 are each made from version 1, the one the client still holds.
    let text = v1;
    let a = a1;
    for (const version of [2, 3]) {
      text = text.replace(version === 2 ? 'Monday' : 'Tuesday', version === 2 ? 'Tuesday' : 'Friday');
      a = analyzer.analyze(text, { previous: a });
      const sent = notification(uri1, version, cache.products(uri1, version, text, a, 1).annotations).params;
      assert.ok('baseVersion' in sent && sent.baseVersion === 1, `version ${version} is a delta from version 1`);
      assert.deepEqual(applyAnnotationsDelta(held, sent), fullPayload(TextDocument.create(uri1, 'plaintext', version, text), a));
    }
  });
});

const uri1 = 'file:///one.txt';
