import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import type { ClaimsMapSnapshot } from '../../../../client/src/map/panel';
import type { SpeakersSnapshot } from '../../../../client/src/speakers/view';
import { SAMPLE, openAnnotated, waitFor } from './helpers';

suite('Claims map and speakers', () => {
  let doc: vscode.TextDocument;
  setup(async () => {
    ({ doc } = await openAnnotated(SAMPLE));
  });

  teardown(async () => {
    const tabs = vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((t) => t.input instanceof vscode.TabInputWebview && /map/i.test(t.label));
    if (tabs.length > 0) await vscode.window.tabGroups.close(tabs);
  });

  test('showClaimsMap draws the annexed regions, lists the place it cannot place, outlines the claimants', async () => {
    await vscode.commands.executeCommand('newsAnnotator.showClaimsMap', doc.uri);
    const snap = await waitFor('the claims map model of the sample at its current version', async () => {
      const s = await vscode.commands.executeCommand<ClaimsMapSnapshot | null>('newsAnnotator.getClaimsMapModel');
      return s && s.uri === doc.uri.toString() && s.version === doc.version ? s : null;
    }, 30_000);
    const { model } = snap;
    const byName = new Map(model.markers.map((m) => [m.name, m]));
    for (const region of ['Donetsk', 'Zaporizhzhia', 'Kherson', 'Crimea']) {
      const m = byName.get(region);
      assert.ok(m, `a marker for ${region} (markers: ${[...byName.keys()].join(', ')})`);
      assert.ok(m.emphasised && m.claims.length > 0, `${region} is claimed`);
      assert.ok(m.lat > 44 && m.lat < 50 && m.lon > 32 && m.lon < 40, `${region} lies in southern/eastern Ukraine: ${m.lat}, ${m.lon}`);
      assert.ok(m.reveal, `${region} has a span to reveal`);
    }
    assert.ok(model.markers.some((m) => /^Lu[gh]ansk$/.test(m.name)), 'a marker for Lugansk/Luhansk');
    const nikolsky = model.unplaced.find((p) => p.name === 'Nikolsky');
    assert.ok(nikolsky, `Nikolsky is listed as unplaced (unplaced: ${model.unplaced.map((p) => p.name).join(', ')})`);
    assert.ok(nikolsky.claimTypes.includes('capture'), 'Nikolsky keeps its capture claim');
    assert.ok(!byName.has('Nikolsky'), 'Nikolsky has no marker');
    const claimants = model.claimants.map((c) => c.name);
    assert.ok(claimants.includes('Russia') && claimants.includes('Ukraine'), `claimants: ${claimants.join(', ')}`);
    assert.ok(model.legend.some((l) => l.type === 'annexation') && model.legend.some((l) => l.type === 'rejection'), 'the legend lists the claim types');
    assert.ok(model.bounds.south < 44.9 && model.bounds.north > 48.6, 'the bounds hold Crimea and Luhansk');
  });

  test('getSpeakersModel lists Peskov with his quotes; revealSpan selects one', async () => {
    const snap = await waitFor('the speakers model of the sample', async () =>
      await vscode.commands.executeCommand<SpeakersSnapshot | null>('newsAnnotator.getSpeakersModel', doc.uri), 30_000);
    assert.equal(snap.uri, doc.uri.toString());
    const peskov = snap.speakers.find((s) => s.name === 'Dmitry Peskov');
    assert.ok(peskov, `Peskov speaks (speakers: ${snap.speakers.map((s) => s.name).join(', ')})`);
    assert.ok(peskov.roles.some((r) => /spokesman/i.test(r)), `Peskov's role: ${peskov.roles.join(', ')}`);
    // The model counts every quote attributed to a speaker, the reported (indirect) one too:
    // the regions he "reiterated" are, his partial quote and his direct quote.
    assert.equal(peskov.quoteCount, peskov.quotes.length);
    const text = (q: { start: number; end: number }) => doc.getText().slice(q.start, q.end);
    const quoted = peskov.quotes.filter((q) => q.kind !== 'indirect');
    assert.deepEqual(quoted.map((q) => q.kind).sort(), ['direct', 'partial'], `Peskov's quotes: ${JSON.stringify(peskov.quotes)}`);
    assert.match(text(quoted[0]), /^an inseparable part of our country/);
    assert.match(text(quoted[1]), /^The territories… inscribed in our country’s constitution/);
    const reported = peskov.quotes.filter((q) => q.kind === 'indirect');
    assert.equal(reported.length, 1, 'one reported statement');
    assert.match(text(reported[0]), /^the annexed regions – Donetsk/);

    const target = quoted[1];
    const editor = await vscode.window.showTextDocument(doc, { preview: false });
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    await vscode.commands.executeCommand('newsAnnotator.revealSpan', doc.uri, target.start, target.end);
    const sel = await waitFor('the selection to cover the quote', () => {
      const e = vscode.window.activeTextEditor;
      return e && e.document === doc && !e.selection.isEmpty ? e.selection : null;
    });
    assert.equal(doc.offsetAt(sel.start), target.start);
    assert.equal(doc.offsetAt(sel.end), target.end);
  });
});
