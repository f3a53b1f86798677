// The claims map webview: draws the model the extension posts as SVG (Natural Earth country
// shapes from world-atlas, projected with d3-geo) and reports clicks back. Everything it needs
// is bundled into this one script; the page's Content-Security-Policy lets nothing else in.
// Elements tests can read: `.marker[data-place]` (with data-name, data-claim-type,
// data-emphasised, data-highlighted, data-offview), `#unplaced li[data-place]`,
// `.country.claimant[data-country]`, `#legend li`, `#status`, `#fit`.
import { geoGraticule10, geoMercator, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import world from 'world-atlas/countries-110m.json';
import type { FromWebview, ToWebview } from '../../src/map/messages';
import type { MapMarker, MapModel, UnplacedPlace } from '../../src/map/model';

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

function renderMap(model: MapModel, title: string): void {
  const width = Math.max(280, mapEl.clientWidth);
  const height = Math.round(Math.min(Math.max(240, width * 0.66), Math.max(240, window.innerHeight * 0.7)));
  const { west, south, east, north } = showAll ? model.bounds : model.focus;
  const frame: GeoPermissibleObjects = { type: 'MultiPoint', coordinates: [[west, south], [east, north], [west, north], [east, south]] };
  // Centred on the places' arc, which may cross the 180th meridian (then east > 180).
  const projection = geoMercator().rotate([-(west + east) / 2, 0]).fitExtent([[PADDING, PADDING], [width - PADDING, height - PADDING]], frame);
  const path = geoPath(projection);

  const svg = el('svg', { width, height, viewBox: `0 0 ${width} ${height}`, role: 'group', 'aria-label': `Map of the places in ${title}` });
  const background = el('g', { 'aria-hidden': 'true' });
  background.append(el('rect', { class: 'sea', x: 0, y: 0, width, height }));
  background.append(el('path', { class: 'graticule', d: path(geoGraticule10()) ?? '' }));
  const claimants = new Set(model.claimants.map((c) => c.code));
  const outlined: SVGPathElement[] = [];
  for (const country of countries.features as Feature<Geometry, { name: string }>[]) {
    const id = country.id === undefined ? '' : String(country.id);
    const d = path(country);
    if (!d) continue;
    const shape = el('path', { class: claimants.has(id) ? 'country claimant' : 'country', d, 'data-country': id, 'data-name': country.properties.name });
    if (claimants.has(id)) outlined.push(shape);
    else background.append(shape);
  }
  // Outlines last, so that neighbours do not paint over them.
  background.append(...outlined);
  svg.append(background);

  const markers = el('g', { class: 'markers' });
  const ordered = [...model.markers].sort((a, b) => Number(a.emphasised) - Number(b.emphasised));
  positions = new Map();
  const outside: string[] = [];
  const placed = ordered.flatMap((m) => {
    const xy = projection([m.lon, m.lat]);
    return xy ? [{ m, xy, offview: xy[0] < 0 || xy[0] > width || xy[1] < 0 || xy[1] > height }] : [];
  });
  const labelAll = placed.filter((p) => !p.offview).length < LABEL_ALL_BELOW;
  // Claimed places claim their label space first; a label that would overlap is left out
  // (the marker's tooltip and accessible name still say it).
  const labels = new LabelSpace(width, height);
  const sides = new Map<string, LabelSide>();
  for (const { m, xy, offview } of [...placed].sort((a, b) => Number(b.m.emphasised) - Number(a.m.emphasised))) {
    if (offview || !(labelAll || m.emphasised)) continue;
    const side = labels.place(xy[0], xy[1], m.name.length * (m.emphasised ? 7 : 6.5) + 12);
    if (side) sides.set(m.id, side);
  }
  for (const { m, xy, offview } of placed) {
    if (offview) outside.push(m.name);
    else positions.set(m.id, { x: xy[0], y: xy[1], color: m.color });
    markers.append(markerElement(m, xy, sides.get(m.id) ?? null, offview));
  }
  rings = el('g', { class: 'rings', 'aria-hidden': 'true' });
  svg.append(markers, rings);
  // Redrawing must not throw a keyboard user out of the map: focus returns to the same place.
  const focused = document.activeElement instanceof SVGGElement ? document.activeElement.dataset.place : undefined;
  mapEl.replaceChildren(svg);
  if (focused) markers.querySelector<SVGGElement>(`[data-place="${CSS.escape(focused)}"]`)?.focus();
  // Markers outside the frame are named, with the way to see them, never silently cut off.
  frameNote.hidden = !model.focusLeavesOut;
  offviewEl.textContent = outside.length > 0 ? `Outside this view: ${outside.sort((a, b) => a.localeCompare(b)).join(', ')}${outside.at(-1)?.endsWith('.') ? '' : '.'}` : '';
  fitButton.textContent = showAll ? 'Zoom to the claimed places and cities' : 'Show all places';
}

type LabelSide = 'right' | 'left';

/** Which parts of the map hold a label already: a coarse grid, so each check costs a few cells. */
class LabelSpace {
  static readonly CELL = 8;
  readonly #taken = new Set<number>();
  readonly #columns: number;

  constructor(private readonly width: number, private readonly height: number) {
    this.#columns = Math.ceil(width / LabelSpace.CELL) + 1;
  }

  /** Finds room for a label of `w` pixels right of the point, else left of it, and takes it. */
  place(x: number, y: number, w: number): LabelSide | null {
    for (const side of ['right', 'left'] as const) {
      const left = side === 'right' ? x + 4 : x - 4 - w;
      if (left < 0 || left + w > this.width || y - 8 < 0 || y + 6 > this.height) continue;
      const cells = this.#cells(left, y - 8, w, 14);
      if (cells.some((c) => this.#taken.has(c))) continue;
      for (const c of cells) this.#taken.add(c);
      return side;
    }
    return null;
  }

  #cells(x: number, y: number, w: number, h: number): number[] {
    const out: number[] = [];
    const c = LabelSpace.CELL;
    for (let row = Math.floor(y / c); row <= Math.floor((y + h) / c); row++) {
      for (let col = Math.floor(x / c); col <= Math.floor((x + w) / c); col++) out.push(row * this.#columns + col);
    }
    return out;
  }
}

function markerElement(m: MapMarker, [x, y]: [number, number], label: LabelSide | null, offview: boolean): SVGGElement {
  const g = el('g', {
    class: ['marker', m.emphasised ? 'emphasised' : '', m.hollow ? 'hollow' : ''].filter(Boolean).join(' '),
    transform: `translate(${x.toFixed(1)},${y.toFixed(1)})`,
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
  if (label) {
    const right = label === 'right';
    const text = el('text', { x: right ? 10 : -10, y: 4, 'text-anchor': right ? 'start' : 'end', 'aria-hidden': 'true' });
    text.textContent = m.name;
    g.append(text);
  }
  const show = () => showTooltip(m, x, y);
  g.addEventListener('mouseenter', show);
  g.addEventListener('focus', show);
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
  // Rings on a layer of their own: moving the markers instead would change the focus order.
  rings?.replaceChildren();
  for (const id of ids) {
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
      if (current?.title !== message.title) showAll = false;
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
  if (current) {
    renderMap(current.model, current.title);
    applyHighlight();
  }
});

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
