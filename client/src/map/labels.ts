// Where the claims map writes each place's name. Every label asked for gets a place: beside its
// marker if there is room (right, left, above, below, then the corners), else a little way off
// with a leader line back to the marker, and as a last resort wherever it overlaps least. Pure
// and deterministic (same input, same layout), so it is unit tested apart from the drawing.

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export interface LabelRequest {
  readonly id: string;
  /** The marker's centre and radius, in map pixels. */
  readonly x: number;
  readonly y: number;
  readonly radius: number;
  /** The label's estimated size in pixels. */
  readonly width: number;
  readonly height: number;
  /** Higher places first: claimed places before places only mentioned. */
  readonly priority: number;
}

export type LabelSide = 'right' | 'left' | 'above' | 'below' | 'above-right' | 'below-right' | 'above-left' | 'below-left';

export interface PlacedLabel {
  readonly id: string;
  readonly side: LabelSide;
  readonly box: Box;
  /** Where to write the text (baseline) and how to anchor it, in map pixels. */
  readonly textX: number;
  readonly textY: number;
  readonly textAnchor: 'start' | 'middle' | 'end';
  /** From the marker's edge to the label, when the label had to move away from its marker. */
  readonly leader: { readonly x1: number; readonly y1: number; readonly x2: number; readonly y2: number } | null;
  /** True only when no position was free: the label overlaps the least it could. */
  readonly overlaps: boolean;
}

/** Space between a marker's edge and its label. */
export const LABEL_GAP = 3;
/** How far out leader-line positions are tried, beyond the marker's edge. */
export const LEADER_DISTANCES: readonly number[] = [16, 30, 46, 64];
/** Descent below the baseline within a label's box, for an 11px font. */
const DESCENT = 3;

const SIDES: readonly LabelSide[] = ['right', 'left', 'above', 'below', 'above-right', 'below-right', 'above-left', 'below-left'];
/** Unit direction of each side (diagonals at 45°). */
const DIRECTIONS: Record<LabelSide, readonly [number, number]> = {
  right: [1, 0], left: [-1, 0], above: [0, -1], below: [0, 1],
  'above-right': [Math.SQRT1_2, -Math.SQRT1_2], 'below-right': [Math.SQRT1_2, Math.SQRT1_2],
  'above-left': [-Math.SQRT1_2, -Math.SQRT1_2], 'below-left': [-Math.SQRT1_2, Math.SQRT1_2],
};

/**
 * Places every request's label inside a `width` × `height` map, keeping clear of the other
 * labels and of every marker. Requests are served by priority, then in the order given.
 */
export function placeLabels(requests: readonly LabelRequest[], width: number, height: number): PlacedLabel[] {
  const grid = new BoxGrid(Math.max(width, 1), Math.max(height, 1));
  // Markers are obstacles for every label but their own.
  requests.forEach((r, i) => grid.add({ x: r.x - r.radius, y: r.y - r.radius, width: 2 * r.radius, height: 2 * r.radius }, i));
  const order = requests.map((_, i) => i).sort((a, b) => requests[b]!.priority - requests[a]!.priority || a - b);
  const placed: PlacedLabel[] = [];
  for (const i of order) {
    const r = requests[i]!;
    const label = firstFree(r, i, grid, width, height) ?? leastOverlap(r, i, grid, width, height);
    grid.add(label.box, -1);
    placed.push(label);
  }
  return placed;
}

function* candidates(r: LabelRequest): Generator<PlacedLabel> {
  for (const side of SIDES) yield at(r, side, r.radius + LABEL_GAP, false);
  for (const distance of LEADER_DISTANCES) for (const side of SIDES) yield at(r, side, r.radius + distance, true);
}

function firstFree(r: LabelRequest, self: number, grid: BoxGrid, width: number, height: number): PlacedLabel | undefined {
  for (const c of candidates(r)) if (inside(c.box, width, height) && grid.overlap(c.box, self) === 0) return c;
  return undefined;
}

function leastOverlap(r: LabelRequest, self: number, grid: BoxGrid, width: number, height: number): PlacedLabel {
  let best: PlacedLabel | undefined;
  let bestCost = Infinity;
  for (const c of candidates(r)) {
    // Leaving the map costs as much as covering something: both hide letters.
    const cost = grid.overlap(c.box, self) + outside(c.box, width, height);
    // A NaN cost (a marker with no real position) still yields a place, the first tried.
    if (best === undefined || cost < bestCost) {
      best = c;
      bestCost = cost;
    }
  }
  return { ...best!, overlaps: true };
}

/** The label on `side` of the marker, its nearest edge `distance` from the marker's centre. */
function at(r: LabelRequest, side: LabelSide, distance: number, leader: boolean): PlacedLabel {
  const [dx, dy] = DIRECTIONS[side];
  const px = r.x + dx * distance;
  const py = r.y + dy * distance;
  // The box hangs off the point (px, py) away from the marker.
  const x = dx > 0 ? px : dx < 0 ? px - r.width : px - r.width / 2;
  const y = dy > 0 ? py : dy < 0 ? py - r.height : py - r.height / 2;
  const box = { x, y, width: r.width, height: r.height };
  const textAnchor = dx > 0 ? 'start' : dx < 0 ? 'end' : 'middle';
  const textX = dx > 0 ? x : dx < 0 ? x + r.width : x + r.width / 2;
  return {
    id: r.id,
    side,
    box,
    textX,
    textY: y + r.height - DESCENT,
    textAnchor,
    leader: leader ? { x1: r.x + dx * r.radius, y1: r.y + dy * r.radius, x2: px, y2: py } : null,
    overlaps: false,
  };
}

function inside(b: Box, width: number, height: number): boolean {
  return b.x >= 0 && b.y >= 0 && b.x + b.width <= width && b.y + b.height <= height;
}

function outside(b: Box, width: number, height: number): number {
  const w = Math.max(0, Math.min(b.x + b.width, width) - Math.max(b.x, 0));
  const h = Math.max(0, Math.min(b.y + b.height, height) - Math.max(b.y, 0));
  return b.width * b.height - w * h;
}

function intersection(a: Box, b: Box): number {
  const w = Math.min(a.x + a.width, b.x + b.width) - Math.max(a.x, b.x);
  const h = Math.min(a.y + a.height, b.y + b.height) - Math.max(a.y, b.y);
  return w > 0 && h > 0 ? w * h : 0;
}

/**
 * The boxes taken so far, filed by the grid cells they touch, so a check looks only at its
 * neighbours and placing n labels stays near linear.
 */
class BoxGrid {
  static readonly CELL = 32;
  readonly #cells = new Map<number, { box: Box; owner: number }[]>();
  readonly #columns: number;
  readonly #rows: number;

  constructor(width: number, height: number) {
    this.#columns = Math.ceil(width / BoxGrid.CELL) + 1;
    this.#rows = Math.ceil(height / BoxGrid.CELL) + 1;
  }

  add(box: Box, owner: number): void {
    const entry = { box, owner };
    for (const key of this.#keys(box)) {
      const cell = this.#cells.get(key);
      if (cell) cell.push(entry);
      else this.#cells.set(key, [entry]);
    }
  }

  /** Total area of `box` covered by boxes not owned by `self` (each counted once). */
  overlap(box: Box, self: number): number {
    const seen = new Set<{ box: Box; owner: number }>();
    let area = 0;
    for (const key of this.#keys(box)) {
      for (const entry of this.#cells.get(key) ?? []) {
        if (entry.owner === self || seen.has(entry)) continue;
        seen.add(entry);
        area += intersection(box, entry.box);
      }
    }
    return area;
  }

  /** Cells of the box, clamped to the map (plus a border cell for boxes hanging over its edge). */
  *#keys(b: Box): Generator<number> {
    const c = BoxGrid.CELL;
    const col = (v: number) => Math.max(-1, Math.min(this.#columns, Math.floor(v / c))) + 1;
    const row = (v: number) => Math.max(-1, Math.min(this.#rows, Math.floor(v / c))) + 1;
    for (let j = row(b.y); j <= row(b.y + b.height); j++) {
      for (let i = col(b.x); i <= col(b.x + b.width); i++) yield j * (this.#columns + 2) + i;
    }
  }
}
