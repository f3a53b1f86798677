// Zoom and pan of the claims map: a scale `k` and a translation applied to the projected map,
// so a point p of the unzoomed map shows at p·k + (x, y). Markers and labels keep their size
// (they are placed at the transformed points, not scaled). Pure, so it is unit tested.

export interface ZoomView {
  readonly k: number;
  readonly x: number;
  readonly y: number;
}

export interface Size {
  readonly width: number;
  readonly height: number;
}

export const IDENTITY: ZoomView = Object.freeze({ k: 1, x: 0, y: 0 });
export const MIN_ZOOM = 1;
export const MAX_ZOOM = 16;
/** One press of + or −, or one notch of the wheel. */
export const ZOOM_STEP = 1.5;
/** One press of an arrow key, as a share of the map's size. */
export const PAN_STEP = 0.1;

/** Scales by `factor` keeping the map point under (px, py) where it is. */
export function zoomAt(view: ZoomView, factor: number, px: number, py: number, size: Size): ZoomView {
  if (!Number.isFinite(factor) || factor <= 0) return view;
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, view.k * factor));
  const applied = k / view.k;
  return clampView({ k, x: px - (px - view.x) * applied, y: py - (py - view.y) * applied }, size);
}

export function panBy(view: ZoomView, dx: number, dy: number, size: Size): ZoomView {
  if (!Number.isFinite(dx) || !Number.isFinite(dy)) return view;
  return clampView({ k: view.k, x: view.x + dx, y: view.y + dy }, size);
}

/** Keeps the zoomed map covering the whole view: no panning off into empty space. */
export function clampView(view: ZoomView, size: Size): ZoomView {
  const k = Math.min(MAX_ZOOM, Math.max(MIN_ZOOM, Number.isFinite(view.k) ? view.k : 1));
  const clamp = (v: number, extent: number) => Math.min(0, Math.max(extent - extent * k, Number.isFinite(v) ? v : 0));
  return { k, x: clamp(view.x, size.width), y: clamp(view.y, size.height) };
}

/** Where the unzoomed point shows. */
export function apply(view: ZoomView, [x, y]: readonly [number, number]): [number, number] {
  return [x * view.k + view.x, y * view.k + view.y];
}

/** Pans the least needed to bring (px, py) (already zoomed) at least `margin` inside the view. */
export function panIntoView(view: ZoomView, px: number, py: number, size: Size, margin = 24): ZoomView {
  const shift = (p: number, extent: number) => (p < margin ? margin - p : p > extent - margin ? extent - margin - p : 0);
  const dx = shift(px, size.width);
  const dy = shift(py, size.height);
  return dx === 0 && dy === 0 ? view : panBy(view, dx, dy, size);
}

export function isIdentity(view: ZoomView): boolean {
  return view.k === 1 && view.x === 0 && view.y === 0;
}
