// What part of the world the claims map shows: the places' extent with a margin, taking the
// short way round the globe. Pure, so it is unit tested apart from the drawing.

/** Degrees; west < east, south < north. */
export interface GeoBounds {
  readonly west: number;
  readonly south: number;
  readonly east: number;
  readonly north: number;
}

export interface Coordinates {
  readonly lat: number;
  readonly lon: number;
}

/** Margin around the places, as a share of their extent, and the least extent shown (degrees). */
export const BOUNDS_MARGIN = 0.15;
export const MIN_SPAN_DEGREES = 4;
/** Mercator cannot show the poles. */
export const MAX_LATITUDE = 80;
export const WORLD_BOUNDS: GeoBounds = Object.freeze({ west: -180, south: -60, east: 180, north: MAX_LATITUDE });

/**
 * The places' extent with a margin, at least MIN_SPAN_DEGREES wide and high; the world when
 * there are none. Longitudes take the shortest arc that holds every place, so places on both
 * sides of the 180th meridian (Chukotka and Alaska, Fiji) give `east` > 180: the map centres its
 * projection on the middle of the arc.
 */
export function boundsOf(points: readonly Coordinates[]): GeoBounds {
  if (points.length === 0) return WORLD_BOUNDS;
  let south = Infinity;
  let north = -Infinity;
  for (const p of points) {
    south = Math.min(south, p.lat);
    north = Math.max(north, p.lat);
  }
  const [west, east] = longitudeArc(points.map((p) => p.lon));
  const [w, e] = widen(west, east);
  const [s, n] = shiftInto(widen(south, north), -MAX_LATITUDE, MAX_LATITUDE);
  return e - w >= 360 ? { west: -180, south: s, east: 180, north: n } : { west: w, south: s, east: e, north: n };
}

/** The shortest arc holding all longitudes: everything but the widest gap between neighbours. */
function longitudeArc(lons: readonly number[]): [number, number] {
  const sorted = [...lons].sort((a, b) => a - b);
  const last = sorted.length - 1;
  let gap = sorted[0] + 360 - sorted[last];
  let arc: [number, number] = [sorted[0], sorted[last]];
  for (let i = 0; i < last; i++) {
    const g = sorted[i + 1] - sorted[i];
    if (g > gap) {
      gap = g;
      arc = [sorted[i + 1], sorted[i] + 360];
    }
  }
  return arc;
}

function widen(low: number, high: number): [number, number] {
  const margin = (high - low) * BOUNDS_MARGIN;
  if (high - low + 2 * margin >= MIN_SPAN_DEGREES) return [low - margin, high + margin];
  const middle = (low + high) / 2;
  return [middle - MIN_SPAN_DEGREES / 2, middle + MIN_SPAN_DEGREES / 2];
}

/** Shift rather than cut, so a place near the pole's cut-off keeps its margin on the map. */
function shiftInto([a, b]: [number, number], min: number, max: number): [number, number] {
  if (a < min) [a, b] = [min, Math.min(max, b + (min - a))];
  if (b > max) [a, b] = [Math.max(min, a - (b - max)), max];
  return [a, b];
}
