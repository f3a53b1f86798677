import * as assert from 'node:assert/strict';
import { IDENTITY, MAX_ZOOM, apply, clampView, isIdentity, panBy, panIntoView, zoomAt } from '../map/zoom';

const size = { width: 400, height: 300 };

suite('map zoom and pan', () => {
  test('zooming keeps the point under the pointer where it is', () => {
    const v = zoomAt(IDENTITY, 2, 100, 60, size);
    assert.equal(v.k, 2);
    assert.deepEqual(apply(v, [100, 60]), [100, 60]);
    const w = zoomAt(v, 1.5, 300, 200, size);
    const before = [(300 - v.x) / v.k, (200 - v.y) / v.k] as [number, number];
    const [x, y] = apply(w, before);
    assert.ok(Math.abs(x - 300) < 1e-9 && Math.abs(y - 200) < 1e-9);
  });

  test('zoom stays between the whole frame and MAX_ZOOM', () => {
    assert.deepEqual(zoomAt(IDENTITY, 0.5, 200, 150, size), IDENTITY);
    let v = IDENTITY;
    for (let i = 0; i < 20; i++) v = zoomAt(v, 2, 200, 150, size);
    assert.equal(v.k, MAX_ZOOM);
    assert.deepEqual(zoomAt(v, Number.NaN, 0, 0, size), v);
  });

  test('panning cannot leave empty space beside the map', () => {
    assert.deepEqual(panBy(IDENTITY, 50, 50, size), IDENTITY, 'nothing to pan when not zoomed');
    const v = zoomAt(IDENTITY, 2, 200, 150, size);
    assert.deepEqual(panBy(v, 1000, 1000, size), { k: 2, x: 0, y: 0 });
    assert.deepEqual(panBy(v, -1000, -1000, size), { k: 2, x: -400, y: -300 });
    assert.deepEqual(panBy(v, 10, -5, size), { k: 2, x: v.x + 10, y: v.y - 5 });
  });

  test('a point out of view is panned in, the least needed', () => {
    const v = { k: 4, x: -600, y: -450 };
    const w = panIntoView(v, -50, 150, size);
    assert.equal(w.x, v.x + 74);
    assert.equal(w.y, v.y);
    assert.equal(panIntoView(v, 200, 150, size), v, 'already in view: unchanged');
  });

  test('reset and odd values', () => {
    assert.ok(isIdentity(clampView({ k: 0, x: Number.NaN, y: 5 }, size)));
    assert.ok(!isIdentity(zoomAt(IDENTITY, 2, 0, 0, size)));
  });
});
