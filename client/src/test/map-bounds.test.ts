import * as assert from 'node:assert/strict';
import { BOUNDS_MARGIN, MIN_SPAN_DEGREES, WORLD_BOUNDS, boundsOf } from '../map/bounds';

suite('map bounds', () => {
  test('the places with a margin on each side', () => {
    const b = boundsOf([{ lat: 40, lon: 10 }, { lat: 50, lon: 30 }]);
    assert.deepEqual(b, { west: 10 - 20 * BOUNDS_MARGIN, east: 30 + 20 * BOUNDS_MARGIN, south: 40 - 10 * BOUNDS_MARGIN, north: 50 + 10 * BOUNDS_MARGIN });
  });

  test('one place shows a region around it, not a point', () => {
    const b = boundsOf([{ lat: 48.5, lon: 35 }]);
    assert.deepEqual(b, { west: 35 - MIN_SPAN_DEGREES / 2, east: 35 + MIN_SPAN_DEGREES / 2, south: 48.5 - MIN_SPAN_DEGREES / 2, north: 48.5 + MIN_SPAN_DEGREES / 2 });
  });

  test('no places show the world; the polar cut-off is kept', () => {
    assert.deepEqual(boundsOf([]), WORLD_BOUNDS);
    const b = boundsOf([{ lat: 89, lon: 20 }]);
    assert.deepEqual([b.south, b.north], [80 - MIN_SPAN_DEGREES, 80]);
  });

  test('places across the 180th meridian take the short way round', () => {
    const b = boundsOf([{ lat: 64.7, lon: 177.5 }, { lat: 64.5, lon: -165.4 }]);
    const span = 360 - 177.5 - 165.4;
    assert.ok(Math.abs(b.west - (177.5 - span * BOUNDS_MARGIN)) < 1e-9, JSON.stringify(b));
    assert.ok(Math.abs(b.east - (194.6 + span * BOUNDS_MARGIN)) < 1e-9, JSON.stringify(b));
    const one = boundsOf([{ lat: 0, lon: 179.5 }]);
    assert.deepEqual([one.west, one.east], [179.5 - MIN_SPAN_DEGREES / 2, 179.5 + MIN_SPAN_DEGREES / 2]);
  });

  test('places all round the globe show all longitudes', () => {
    const b = boundsOf([-144, -72, 0, 72, 144].map((lon) => ({ lat: 0, lon })));
    assert.deepEqual([b.west, b.east], [-180, 180]);
  });
});
