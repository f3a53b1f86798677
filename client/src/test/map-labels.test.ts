import * as assert from 'node:assert/strict';
import { LABEL_GAP, placeLabels, type Box, type LabelRequest, type PlacedLabel } from '../map/labels';

const req = (id: string, x: number, y: number, r: Partial<LabelRequest> = {}): LabelRequest =>
  ({ id, x, y, radius: 7, width: 60, height: 14, priority: 1, ...r });

const overlap = (a: Box, b: Box) =>
  Math.min(a.x + a.width, b.x + b.width) > Math.max(a.x, b.x) && Math.min(a.y + a.height, b.y + b.height) > Math.max(a.y, b.y);

const byId = (labels: PlacedLabel[]) => new Map(labels.map((l) => [l.id, l]));

function assertClear(labels: PlacedLabel[], requests: LabelRequest[], width: number, height: number): void {
  for (const [i, a] of labels.entries()) {
    assert.ok(!a.overlaps, `${a.id} found a free place`);
    assert.ok(a.box.x >= 0 && a.box.y >= 0 && a.box.x + a.box.width <= width && a.box.y + a.box.height <= height, `${a.id} is inside the map`);
    for (const b of labels.slice(i + 1)) assert.ok(!overlap(a.box, b.box), `${a.id} and ${b.id} do not overlap`);
    for (const r of requests) {
      if (r.id === a.id) continue;
      assert.ok(!overlap(a.box, { x: r.x - r.radius, y: r.y - r.radius, width: 2 * r.radius, height: 2 * r.radius }), `${a.id} leaves ${r.id}'s marker visible`);
    }
  }
}

suite('map labels', () => {
  test('a lone label sits right of its marker, text starting after the gap', () => {
    const [label] = placeLabels([req('a', 100, 100)], 400, 300);
    assert.equal(label!.side, 'right');
    assert.equal(label!.leader, null);
    assert.equal(label!.textAnchor, 'start');
    assert.equal(label!.box.x, 100 + 7 + LABEL_GAP);
    assert.equal(label!.box.y + label!.box.height / 2, 100, 'centred on the marker');
  });

  test('two close neighbours both keep their labels: the second goes to the other side', () => {
    // Two markers 30px apart on a line, as two neighbouring regions are at a small scale.
    const requests = [req('donetsk', 200, 150), req('lugansk', 230, 140)];
    const labels = placeLabels(requests, 400, 300);
    assert.equal(labels.length, 2);
    assertClear(labels, requests, 400, 300);
    const sides = byId(labels);
    assert.equal(sides.get('donetsk')!.side, 'left', 'the first cannot go right: its neighbour\'s marker is there');
    assert.equal(sides.get('lugansk')!.side, 'right');
  });

  test('a label at the right edge of the map goes left rather than off the map', () => {
    const [label] = placeLabels([req('edge', 390, 150)], 400, 300);
    assert.equal(label!.side, 'left');
    assert.equal(label!.textAnchor, 'end');
    assert.equal(label!.textX, 390 - 7 - LABEL_GAP);
  });

  test('a crowded cluster: every label is placed, none overlapping, leader lines where beside is full', () => {
    const requests: LabelRequest[] = [];
    for (let i = 0; i < 9; i++) requests.push(req(`p${i}`, 190 + (i % 3) * 14, 140 + Math.floor(i / 3) * 14, { radius: 4, width: 50 }));
    const labels = placeLabels(requests, 400, 300);
    assert.deepEqual(labels.map((l) => l.id).sort(), requests.map((r) => r.id).sort());
    assertClear(labels, requests, 400, 300);
    const led = labels.filter((l) => l.leader);
    assert.ok(led.length > 0, 'some labels moved off with a leader line');
    for (const l of led) {
      const r = requests.find((q) => q.id === l.id)!;
      assert.ok(Math.abs(Math.hypot(l.leader!.x1 - r.x, l.leader!.y1 - r.y) - r.radius) < 1e-9, 'the leader starts at the marker\'s edge');
      const { x2, y2 } = l.leader!;
      assert.ok(x2 >= l.box.x - 1e-9 && x2 <= l.box.x + l.box.width + 1e-9 && y2 >= l.box.y - 1e-9 && y2 <= l.box.y + l.box.height + 1e-9, 'and ends on the label');
    }
  });

  test('claimed places choose first, whatever the order given', () => {
    const requests = [req('mentioned', 200, 150, { priority: 0 }), req('claimed', 230, 150, { priority: 1 })];
    const labels = byId(placeLabels(requests, 400, 300));
    assert.equal(labels.get('claimed')!.side, 'right');
    assert.notEqual(labels.get('mentioned')!.side, 'right');
  });

  test('no room anywhere: the label is still placed, flagged as overlapping', () => {
    const requests = [req('a', 20, 10, { width: 100 }), req('b', 30, 10, { width: 100 })];
    const labels = placeLabels(requests, 60, 20);
    assert.equal(labels.length, 2);
    assert.ok(labels.some((l) => l.overlaps));
  });

  test('deterministic: the same input gives the same layout', () => {
    const requests = Array.from({ length: 40 }, (_, i) => req(`p${i}`, 50 + ((i * 37) % 300), 40 + ((i * 53) % 220), { priority: i % 2, width: 30 + (i % 5) * 10 }));
    assert.deepEqual(placeLabels(requests, 400, 300), placeLabels(requests, 400, 300));
  });

  test('odd input does not throw: nothing, NaN coordinates, a zero-sized map', () => {
    assert.deepEqual(placeLabels([], 400, 300), []);
    assert.equal(placeLabels([req('nan', Number.NaN, Number.NaN)], 400, 300).length, 1);
    assert.equal(placeLabels([req('a', 0, 0)], 0, 0).length, 1);
  });

  test('stays near linear: 2,000 labels in under two seconds', () => {
    const requests = Array.from({ length: 2000 }, (_, i) => req(`p${i}`, (i * 7919) % 1600, (i * 104729) % 1200, { radius: 4, width: 40 }));
    const t = performance.now();
    const labels = placeLabels(requests, 1600, 1200);
    assert.equal(labels.length, 2000);
    assert.ok(performance.now() - t < 2000, `${(performance.now() - t).toFixed(0)} ms`);
  });
});
