// The claims map webview: draws the model the extension posts as SVG (Natural Earth country
// shapes from world-atlas, projected with d3-geo) and reports clicks back. Everything it needs
// is bundled into this one script; the page's Content-Security-Policy lets nothing else in.
// Elements tests can read: `.marker[data-place]` (with data-name, data-claim-type,
// data-emphasised, data-highlighted, data-offview), `#unplaced li[data-place]`,
// `.country.claimant[data-country]`, `#legend li`, `#status`, `#fit`, `.marker text[data-side]`,
// `.marker line.leader`, `#map svg[data-zoom]`, `#zoom-in`, `#zoom-out`, `#reset-view`.
import { geoGraticule10, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { FromWebview, ToWebview } from '../../src/map/messages';
import { placeLabels, type LabelRequest } from '../../src/map/labels';
import type { MapMarker, MapModel, UnplacedPlace } from '../../src/map/model';
import { IDENTITY, MAX_ZOOM, MIN_ZOOM, PAN_STEP, ZOOM_STEP, apply, clampView, isIdentity, panBy, panIntoView, zoomAt, type Size, type ZoomView } from '../../src/map/zoom';

interface VsCodeApi {
  postMessage(message: FromWebview): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const SVG = 'http://www.w3.org/2000/svg';
const PADDING = 18;
/** Below this many markers in view every name is written on the map; above it only the claimed places'. */
const LABEL_ALL_BELOW = 16;

const topology = world as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const countries = feature(topology, topology.objects.countries) as FeatureCollection<Geometry, { name: string }>;

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const statusEl = $('status');
const mapSection = $('map-section');
const mapEl = $('map');
const legendEl = $('legend');
const tooltipEl = $('tooltip');
const unplacedSection = $('unplaced-section');
const unplacedEl = $('unplaced');
const frameNote = $('frame-note');
const offviewEl = $('offview');
const fitButton = $<HTMLButtonElement>('fit');
const zoomInButton = $<HTMLButtonElement>('zoom-in');
const zoomOutButton = $<HTMLButtonElement>('zoom-out');
const resetButton = $<HTMLButtonElement>('reset-view');

let current: { title: string; model: MapModel } | undefined;
/** Show every marker rather than the article's region (model.focus); kept while the article is. */
let showAll = false;
let highlighted: readonly string[] = [];
/** Where each drawn marker is, and the layer that rings the highlighted ones above all others. */
let positions = new Map<string, { x: number; y: number; color: string }>();
let rings: SVGGElement | undefined;

function el<K extends keyof SVGElementTagNameMap>(name: K, attrs: Record<string, string | number> = {}): SVGElementTagNameMap[K] {
  const node = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) node.setAttribute(k, String(v));
  return node;
}

function html<K extends keyof HTMLElementTagNameMap>(name: K, text?: string, className?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(name);
  if (text !== undefined) node.textContent = text;
  if (className) node.className = className;
  return node;
}

function reveal(span: { start: number; end: number } | null): void {
  if (span) vscode.postMessage({ type: 'reveal', start: span.start, end: span.end });
}

/** The status line is a live region: rewriting the same words on every edit would make a screen reader repeat them. */
function setStatus(message: string): void {
  if (statusEl.textContent !== message) statusEl.textContent = message;
}

function showStatus(message: string): void {
  current = undefined;
  setStatus(message);
  mapSection.hidden = true;
  unplacedSection.hidden = true;
}

function render(): void {
  if (!current) return;
  const { model, title } = current;
  const placed = model.markers.length;
  setStatus(
    `${title}: ${placed} ${placed === 1 ? 'place' : 'places'} on the map, ${model.claimCount} ${model.claimCount === 1 ? 'claim' : 'claims'}` +
    (model.unplaced.length > 0 ? `, ${model.unplaced.length} without coordinates.` : '.'));
  mapSection.hidden = false;
  renderLegend(model);
  renderMap(model, title);
  renderUnplaced(model.unplaced);
  applyHighlight();
}

function renderLegend(model: MapModel): void {
  legendEl.replaceChildren();
  const entry = (label: string, color: string, kind: string) => {
    const li = html('li');
    const swatch = html('span', undefined, `swatch ${kind}`);
    swatch.style.setProperty('--swatch-color', color);
    swatch.setAttribute('aria-hidden', 'true');
    li.append(swatch, document.createTextNode(label));
    legendEl.append(li);
  };
  for (const l of model.legend) entry(`${l.type} (${l.count})`, l.color, l.hollow ? 'claim hollow' : 'claim');
  if (model.markers.some((m) => !m.emphasised)) entry('place named in no claim', 'var(--vscode-descriptionForeground)', 'plain');
  if (model.claimants.length > 0) entry(`claimant: ${model.claimants.map((c) => c.name).join(', ')}`, 'var(--vscode-focusBorder)', 'outline');
}

interface DrawnMarker {
  readonly m: MapMarker;
  /** Where the marker is on the unzoomed map. */
  readonly base: [number, number];
  readonly g: SVGGElement;
  /** Outside the article's frame (not merely zoomed out of view): named in the note below the map. */
  readonly offview: boolean;
}

/** What the current drawing needs to follow zoom and pan without projecting again. */
let drawing: { svg: SVGSVGElement; land: SVGGElement; markers: DrawnMarker[]; size: Size } | undefined;
let view: ZoomView = IDENTITY;

function renderMap(model: MapModel, title: string): void {
  const width = Math.max(280, mapEl.clientWidth);
  const height = Math.round(Math.min(Math.max(240, width * 0.66), Math.max(240, window.innerHeight * 0.7)));
  // A new width scales the view with the map, so the same region stays in sight.
  if (drawing && drawing.size.width !== width) {
    const r = width / drawing.size.width;
    view = { k: view.k, x: view.x * r, y: view.y * r };
  }
  const size = { width, height };
  view = clampView(view, size);
  const { west, south, east, north } = showAll ? model.bounds : model.focus;
  const frame: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  // Centred on the places' arc, which may cross the 180th meridian (then east > 180).
  const projection = geoMercator().rotate([-(west + east) / 2, 0]).fitExtent([[PADDING, PADDING], [width - PADDING, height - PADDING]], frame);
  const path = geoPath(projection);

  const svg = el('svg', {
    width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', tabindex: 0,
    'aria-label': `Map of the places in ${title}. Plus and minus zoom, arrow keys pan, 0 resets the view.`,
  });
  svg.append(el('rect', { class: 'sea', x: 0, y: 0, width, height, 'aria-hidden': 'true' }));
  // The land is scaled as a whole; markers and labels are moved, so they keep their size.
  const land = el('g', { class: 'land', 'aria-hidden': 'true' });
  land.append(el('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }));
  const claimants = new Set(model.claimants.map((c) => c.code));
  const outlined: SVGPathElement[] = [];
  for (const country of countries.features as Feature<Geometry, { name: string }>[]) {
    const id = country.id === undefined ? '' : String(country.id);
    const d = path(country);
    if (!d) continue;
    const shape = el('path', { class: claimants.has(id) ? 'country claimant' : 'country', d, 'data-country': id, 'data-name': country.properties.name });
    if (claimants.has(id)) outlined.push(shape);
    else land.append(shape);
  }
  // Outlines last, so that neighbours do not paint over them.
  land.append(...outlined);
  svg.append(land);

  const markersLayer = el('g', { class: 'markers' });
  const ordered = [...model.markers].sort((a, b) => Number(a.emphasised) - Number(b.emphasised));
  const outside: string[] = [];
  const drawn: DrawnMarker[] = [];
  for (const m of ordered) {
    const xy = projection([m.lon, m.lat]);
    if (!xy) continue;
    const offview = xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height;
    if (offview) outside.push(m.name);
    const g = markerElement(m, offview);
    markersLayer.append(g);
    drawn.push({ m, base: xy, g, offview });
  }
  rings = el('g', { class: 'rings', 'aria-hidden': 'true' });
  svg.append(markersLayer, rings);
  drawing = { svg, land, markers: drawn, size };
  layout();
  // Redrawing must not throw a keyboard user out of the map: focus returns to the same place.
  const active = document.activeElement;
  const focused = active instanceof SVGGElement ? active.dataset.place : undefined;
  const mapFocused = active instanceof SVGSVGElement;
  mapEl.replaceChildren(svg);
  if (focused) markersLayer.querySelector<SVGGElement>(`[data-place="${CSS.escape(focused)}"]`)?.focus();
  else if (mapFocused) svg.focus();
  // Markers outside the frame are named, with the way to see them, never silently cut off.
  frameNote.hidden = !model.focusLeavesOut;
  offviewEl.textContent = outside.length > 0 ? `Outside this view: ${outside.sort((a, b) => a.localeCompare(b)).join(', ')}${outside.at(-1)?.endsWith('.') ? '' : '.'}` : '';
  fitButton.textContent = showAll ? 'Zoom to the claimed places and cities' : 'Show all places';
}

/**
 * Moves the markers to the current zoom and pan and writes their names: every name asked for
 * gets a place (placeLabels), beside its marker or off it with a leader line.
 */
function layout(): void {
  if (!drawing) return;
  const { svg, land, markers, size } = drawing;
  land.setAttribute('transform', `translate(${view.x.toFixed(2)},${view.y.toFixed(2)}) scale(${view.k})`);
  svg.dataset.zoom = view.k.toFixed(3);
  positions = new Map();
  const shown: { d: DrawnMarker; x: number; y: number }[] = [];
  for (const d of markers) {
    const [x, y] = apply(view, d.base);
    d.g.setAttribute('transform', `translate(${x.toFixed(1)},${y.toFixed(1)})`);
    for (const old of d.g.querySelectorAll('text, line')) old.remove();
    if (d.offview) continue;
    positions.set(d.m.id, { x, y, color: d.m.color });
    if (x >= 0 && x <= size.width && y >= 0 && y <= size.height) shown.push({ d, x, y });
  }
  const labelAll = shown.length < LABEL_ALL_BELOW;
  const requests: LabelRequest[] = shown
    .filter(({ d }) => labelAll || d.m.emphasised)
    .map(({ d, x, y }) => ({
      // The radius takes in the dot's outline, so a label never touches another marker.
      id: d.m.id, x, y, radius: d.m.emphasised ? 8.5 : 5,
      width: d.m.name.length * (d.m.emphasised ? 7 : 6.5) + 2, height: 14, priority: d.m.emphasised ? 1 : 0,
    }));
  const byId = new Map(shown.map((s) => [s.d.m.id, s]));
  for (const label of placeLabels(requests, size.width, size.height)) {
    const s = byId.get(label.id);
    if (!s) continue;
    // Label coordinates are the map's; the marker's group is translated to the marker.
    if (label.leader) {
      const { x1, y1, x2, y2 } = label.leader;
      s.d.g.prepend(el('line', { class: 'leader', x1: (x1 - s.x).toFixed(1), y1: (y1 - s.y).toFixed(1), x2: (x2 - s.x).toFixed(1), y2: (y2 - s.y).toFixed(1), 'aria-hidden': 'true' }));
    }
    const text = el('text', { x: (label.textX - s.x).toFixed(1), y: (label.textY - s.y).toFixed(1), 'text-anchor': label.textAnchor, 'data-side': label.side, 'aria-hidden': 'true' });
    text.textContent = s.d.m.name;
    s.d.g.append(text);
  }
  applyRings();
  zoomInButton.setAttribute('aria-disabled', String(view.k >= MAX_ZOOM));
  zoomOutButton.setAttribute('aria-disabled', String(view.k <= MIN_ZOOM));
  resetButton.setAttribute('aria-disabled', String(isIdentity(view)));
}

let layoutFrame = 0;
function setView(next: ZoomView): void {
  if (!drawing) return;
  next = clampView(next, drawing.size);
  if (next.k === view.k && next.x === view.x && next.y === view.y) return;
  view = next;
  hideTooltip();
  cancelAnimationFrame(layoutFrame);
  layoutFrame = requestAnimationFrame(layout);
}

function zoomBy(factor: number, at?: [number, number]): void {
  if (!drawing) return;
  const { size } = drawing;
  const [px, py] = at ?? [size.width / 2, size.height / 2];
  setView(zoomAt(view, factor, px, py, size));
}

/** The pointer's place in map pixels (the SVG may be drawn narrower than its viewBox). */
function mapPoint(e: { clientX: number; clientY: number }): [number, number] {
  if (!drawing) return [0, 0];
  const box = drawing.svg.getBoundingClientRect();
  const sx = box.width > 0 ? drawing.size.width / box.width : 1;
  const sy = box.height > 0 ? drawing.size.height / box.height : 1;
  return [(e.clientX - box.left) * sx, (e.clientY - box.top) * sy];
}

function markerElement(m: MapMarker, offview: boolean): SVGGElement {
  const g = el('g', {
    class: ['marker', m.emphasised ? 'emphasised' : '', m.hollow ? 'hollow' : ''].filter(Boolean).join(' '),
    // Markers out of the frame stay in the page for tests but out of the focus order.
    tabindex: offview ? -1 : 0,
    role: 'button',
    'aria-label': m.label,
    'aria-hidden': String(offview),
    'data-offview': String(offview),
    'data-place': m.id,
    'data-name': m.name,
    'data-claim-type': m.claimType ?? '',
    'data-emphasised': String(m.emphasised),
    'data-highlighted': 'false',
  });
  g.style.setProperty('--marker-color', m.color);
  g.append(el('circle', { class: 'halo', r: m.emphasised ? 12 : 9 }));
  g.append(el('circle', { class: 'dot', r: m.emphasised ? 7 : 4 }));
  const show = () => {
    const at = positions.get(m.id);
    if (at) showTooltip(m, at.x, at.y);
  };
  g.addEventListener('mouseenter', show);
  g.addEventListener('focus', () => {
    // A marker zoomed or panned out of sight is brought back when the keyboard reaches it.
    const at = positions.get(m.id);
    if (at && drawing) {
      const next = panIntoView(view, at.x, at.y, drawing.size);
      if (next !== view) {
        view = clampView(next, drawing.size);
        layout();
      }
    }
    show();
  });
  g.addEventListener('mouseleave', hideTooltip);
  g.addEventListener('blur', hideTooltip);
  g.addEventListener('click', () => reveal(m.reveal));
  g.addEventListener('keydown', (e) => {
    if (e.key === 'Enter' || e.key === ' ') {
      e.preventDefault();
      reveal(m.reveal);
    } else if (e.key === 'Escape') {
      hideTooltip();
    }
  });
  return g;
}

function showTooltip(m: MapMarker, x: number, y: number): void {
  tooltipEl.replaceChildren();
  const heading = html('strong', m.country && m.country !== m.name ? `${m.name}, ${m.country}` : m.name);
  tooltipEl.append(heading);
  if (m.claims.length === 0) {
    tooltipEl.append(html('p', `Mentioned ${m.mentions.length} ${m.mentions.length === 1 ? 'time' : 'times'}; named in no claim.`));
  } else {
    const list = html('ul');
    for (const c of m.claims) {
      const li = html('li');
      const type = html('span', c.type, 'claim-type');
      type.style.setProperty('--swatch-color', current?.model.legend.find((l) => l.type === c.type)?.color ?? m.color);
      li.append(html('span', `${c.claimant ?? 'Unknown claimant'} · `, 'claimant'), type, html('span', c.excerpt, 'excerpt'));
      list.append(li);
    }
    tooltipEl.append(list);
  }
  tooltipEl.hidden = false;
  const box = mapEl.getBoundingClientRect();
  const left = Math.min(Math.max(0, x + 14), Math.max(0, box.width - tooltipEl.offsetWidth - 4));
  const top = y + 14 + tooltipEl.offsetHeight > box.height ? Math.max(0, y - 14 - tooltipEl.offsetHeight) : y + 14;
  tooltipEl.style.left = `${left}px`;
  tooltipEl.style.top = `${top + mapEl.offsetTop}px`;
}

function hideTooltip(): void {
  tooltipEl.hidden = true;
}

function renderUnplaced(places: readonly UnplacedPlace[]): void {
  unplacedSection.hidden = places.length === 0;
  unplacedEl.replaceChildren();
  for (const p of places) {
    const li = html('li');
    li.dataset.place = p.id ?? '';
    li.dataset.name = p.name;
    li.dataset.highlighted = 'false';
    const name = p.reveal ? html('button', p.name) : html('span', p.name);
    if (p.reveal) {
      const span = p.reveal;
      name.setAttribute('type', 'button');
      name.addEventListener('click', () => reveal(span));
    }
    li.append(name);
    if (p.claimTypes.length > 0) li.append(html('span', ` claimed: ${p.claimTypes.join(', ')}`, 'claim-types'));
    unplacedEl.append(li);
  }
}

function applyHighlight(): void {
  const ids = new Set(highlighted);
  for (const node of document.querySelectorAll<HTMLElement | SVGElement>('[data-place]')) {
    const on = node.dataset.place !== '' && ids.has(node.dataset.place ?? '');
    node.dataset.highlighted = String(on);
    node.classList.toggle('highlighted', on);
  }
  applyRings();
}

/** Rings on a layer of their own: moving the markers instead would change the focus order. */
function applyRings(): void {
  rings?.replaceChildren();
  for (const id of highlighted) {
    const at = positions.get(id);
    if (!at || !rings) continue;
    const ring = el('circle', { class: 'ring', cx: at.x.toFixed(1), cy: at.y.toFixed(1), r: 15 });
    ring.style.setProperty('--marker-color', at.color);
    rings.append(ring);
  }
}

window.addEventListener('message', (event: MessageEvent<ToWebview>) => {
  const message = event.data;
  switch (message.type) {
    case 'model':
      if (current?.title !== message.title) {
        showAll = false;
        view = IDENTITY;
      }
      current = { title: message.title, model: message.model };
      hideTooltip();
      render();
      break;
    case 'highlight':
      highlighted = message.ids;
      applyHighlight();
      break;
    case 'status':
      showStatus(message.message);
      break;
  }
});

fitButton.addEventListener('click', () => {
  showAll = !showAll;
  view = IDENTITY;
  if (current) {
    renderMap(current.model, current.title);
    applyHighlight();
  }
});

// Zoom and pan: the wheel zooms about the pointer, a drag pans, the keyboard and the buttons do both.
mapEl.addEventListener('wheel', (e) => {
  if (!drawing || e.ctrlKey) return;
  e.preventDefault();
  // Wheel notches and trackpad swipes alike: ZOOM_STEP per 100 pixels of scroll.
  const pixels = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? e.deltaY * 33 : e.deltaMode === WheelEvent.DOM_DELTA_PAGE ? e.deltaY * 400 : e.deltaY;
  zoomBy(ZOOM_STEP ** (-Math.max(-300, Math.min(300, pixels)) / 100), mapPoint(e));
}, { passive: false });

let drag: { id: number; x: number; y: number; moved: boolean } | undefined;
/** A drag that ends on a marker must not also click it. */
let swallowClick = false;
mapEl.addEventListener('pointerdown', (e) => {
  if (e.button !== 0 || !drawing) return;
  drag = { id: e.pointerId, x: e.clientX, y: e.clientY, moved: false };
});
mapEl.addEventListener('pointermove', (e) => {
  if (!drag || e.pointerId !== drag.id || !drawing) return;
  const [x0, y0] = mapPoint({ clientX: drag.x, clientY: drag.y });
  const [x1, y1] = mapPoint(e);
  if (!drag.moved && Math.hypot(x1 - x0, y1 - y0) < 4) return;
  if (!drag.moved) {
    drag.moved = true;
    mapEl.setPointerCapture(e.pointerId);
    mapEl.classList.add('dragging');
  }
  drag.x = e.clientX;
  drag.y = e.clientY;
  setView(panBy(view, x1 - x0, y1 - y0, drawing.size));
});
const endDrag = (e: PointerEvent) => {
  if (!drag || e.pointerId !== drag.id) return;
  swallowClick = drag.moved;
  drag = undefined;
  mapEl.classList.remove('dragging');
};
mapEl.addEventListener('pointerup', endDrag);
mapEl.addEventListener('pointercancel', endDrag);
mapEl.addEventListener('click', (e) => {
  if (!swallowClick) return;
  swallowClick = false;
  e.stopPropagation();
}, { capture: true });

mapEl.addEventListener('keydown', (e) => {
  if (!drawing || e.altKey || e.ctrlKey || e.metaKey) return;
  const { width, height } = drawing.size;
  const pan = (dx: number, dy: number) => setView(panBy(view, dx * width * PAN_STEP, dy * height * PAN_STEP, drawing!.size));
  switch (e.key) {
    case '+': case '=': zoomBy(ZOOM_STEP); break;
    case '-': case '_': case '−': zoomBy(1 / ZOOM_STEP); break;
    case '0': setView(IDENTITY); break;
    // The arrow says which way to look: the map moves the other way.
    case 'ArrowLeft': pan(1, 0); break;
    case 'ArrowRight': pan(-1, 0); break;
    case 'ArrowUp': pan(0, 1); break;
    case 'ArrowDown': pan(0, -1); break;
    default: return;
  }
  e.preventDefault();
});

zoomInButton.addEventListener('click', () => zoomBy(ZOOM_STEP));
zoomOutButton.addEventListener('click', () => zoomBy(1 / ZOOM_STEP));
resetButton.addEventListener('click', () => setView(IDENTITY));

let frame = 0;
let drawnWidth = 0;
new ResizeObserver(() => {
  // Only a new width redraws: the height follows from it, and redrawing on it would loop.
  if (mapEl.clientWidth === drawnWidth) return;
  drawnWidth = mapEl.clientWidth;
  cancelAnimationFrame(frame);
  frame = requestAnimationFrame(() => {
    if (current) {
      renderMap(current.model, current.title);
      applyHighlight();
    }
  });
}).observe(mapEl);

vscode.postMessage({ type: 'ready' });
