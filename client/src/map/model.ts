// The claims map as plain data, built from the annotate JSON the server exports: which places
// get a marker, which are emphasised and in what colour, which countries are outlined, what the
// map must show, and which places could not be placed. Pure (no vscode, no DOM) so it is unit
// tested apart from the drawing; the webview only turns it into SVG.
import type { AnnotationsJson } from '../../../server/src/analysis/serialize';
// Type imports only: the compiled client cannot load the server's sources at run time.
import type { ClaimType } from '../../../server/src/analysis/types';
import { boundsOf, type Coordinates, type GeoBounds } from './bounds';
import { numericCodeOfAlpha2, numericCodeOfName } from './countries';

export interface OffsetSpan {
  readonly start: number;
  readonly end: number;
}

export interface MapClaim extends OffsetSpan {
  /** Index of the claim in the export, in document order. */
  readonly index: number;
  readonly type: string;
  readonly claimant: string | null;
  /** The claim's words, whitespace collapsed and cut to a readable length. */
  readonly excerpt: string;
}

export interface MapMarker {
  /** Entity id of the place (e1, e2, …): the webview's `data-place`. */
  readonly id: string;
  readonly name: string;
  /** Gazetteer kind: country, region, city or place. */
  readonly kind: string;
  readonly country: string | null;
  readonly lat: number;
  readonly lon: number;
  /** Named as a territory of at least one claim. */
  readonly emphasised: boolean;
  /** The claim type it is coloured by (the most frequent of its claims), or null. */
  readonly claimType: string | null;
  /** A CSS colour expression built on the theme's variables. */
  readonly color: string;
  /** Drawn as a ring rather than a dot (see HOLLOW_CLAIM_TYPES). */
  readonly hollow: boolean;
  readonly claims: readonly MapClaim[];
  readonly mentions: readonly OffsetSpan[];
  /** What a click reveals: its first claim, else its first mention. */
  readonly reveal: OffsetSpan | null;
  /** What a screen reader says for the marker. */
  readonly label: string;
}

export interface UnplacedPlace {
  /** Entity id, or null for a claimed territory that is no entity of the article. */
  readonly id: string | null;
  readonly name: string;
  readonly claimTypes: readonly string[];
  readonly mentions: readonly OffsetSpan[];
  readonly reveal: OffsetSpan | null;
}

export interface ClaimantCountry {
  readonly name: string;
  /** ISO 3166-1 numeric code, the id of the country's shape in world-atlas. */
  readonly code: string;
}

export interface LegendEntry {
  readonly type: string;
  readonly color: string;
  readonly hollow: boolean;
  /** How many claims of this type the article has. */
  readonly count: number;
}

export interface MapModel {
  readonly markers: readonly MapMarker[];
  readonly unplaced: readonly UnplacedPlace[];
  readonly claimants: readonly ClaimantCountry[];
  /** Every marker, with a margin. */
  readonly bounds: GeoBounds;
  /**
   * What the map first shows: the claimed places and the cities and regions, leaving out the
   * centroids of countries that are only mentioned (a country is drawn as a shape anyway, and
   * "U.S. officials" should not stretch a map of Ukraine across the Atlantic). Equals `bounds`
   * when that leaves nothing out.
   */
  readonly focus: GeoBounds;
  /** Whether some markers lie outside `focus` (the map then offers to show all). */
  readonly focusLeavesOut: boolean;
  /** Claim types present in the article, in the fixed order of CLAIM_TYPE_COLORS. */
  readonly legend: readonly LegendEntry[];
  readonly claimCount: number;
}

/**
 * One theme colour per claim type (chart colours first, terminal colours after, each with a
 * fallback; the commonest types get the hues furthest apart), in the server's order of CLAIM_TYPES; the Record type makes a new claim type a
 * compile error here until it has a colour.
 */
export const CLAIM_TYPE_COLORS: Readonly<Record<ClaimType, string>> = Object.freeze({
  sovereignty: 'var(--vscode-charts-red, #e51400)',
  annexation: 'var(--vscode-charts-purple, #652d90)',
  control: 'var(--vscode-charts-orange, #d18616)',
  capture: 'var(--vscode-charts-blue, #1a85ff)',
  recovery: 'var(--vscode-charts-green, #388a34)',
  loss: 'var(--vscode-charts-yellow, #bf8803)',
  gain: 'var(--vscode-terminal-ansiCyan, #0598bc)',
  exchange: 'var(--vscode-terminal-ansiMagenta, #bc05bc)',
  rejection: 'var(--vscode-terminal-ansiBrightRed, #cd3131)',
  recognition: 'var(--vscode-terminal-ansiBrightGreen, #14ce14)',
});

const CLAIM_TYPE_ORDER: readonly string[] = Object.keys(CLAIM_TYPE_COLORS);

/**
 * Stances on a claim rather than claims to land: drawn as rings, so they differ from the filled
 * markers by shape as well as colour (rejection's red is close to sovereignty's in some themes).
 */
export const HOLLOW_CLAIM_TYPES: ReadonlySet<string> = new Set<ClaimType>(['rejection', 'recognition']);

/** A claim type this client does not know yet (a newer server). */
export const OTHER_CLAIM_COLOR = 'var(--vscode-foreground, #616161)';

/** Places no claim names. */
export const PLAIN_PLACE_COLOR = 'var(--vscode-descriptionForeground, #717171)';

const EXCERPT_CHARS = 160;

export function colorOfClaimType(type: string): string {
  return (CLAIM_TYPE_COLORS as Record<string, string>)[type] ?? OTHER_CLAIM_COLOR;
}

/** The parts of `geo` the map uses, checked: the JSON types it only as `object`. */
export function readGeo(geo: unknown): { kind: string; name: string | null; countryCode: string | null; country: string | null; coords: Coordinates | null } | null {
  if (typeof geo !== 'object' || geo === null) return null;
  const g = geo as Record<string, unknown>;
  const str = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 ? v : null);
  const lat = g.lat;
  const lon = g.lon;
  const coords =
    typeof lat === 'number' && typeof lon === 'number' && Number.isFinite(lat) && Number.isFinite(lon) &&
    Math.abs(lat) <= 90 && Math.abs(lon) <= 180
      ? { lat, lon }
      : null;
  return { kind: str(g.kind) ?? 'place', name: str(g.name), countryCode: str(g.countryCode), country: str(g.country), coords };
}

/** Names compare without case, accents, a leading "the" or repeated spaces. */
export function nameKey(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');
}

/**
 * Text of a span with whitespace collapsed, cut at word boundaries to about `max` characters.
 * When `focus` (the claim's trigger) would fall past the cut, the window moves to show it.
 */
export function excerpt(text: string, span: OffsetSpan, max = EXCERPT_CHARS, focus?: string): string {
  const start = Math.max(0, Math.min(span.start, text.length));
  const end = Math.max(start, Math.min(span.end, text.length));
  const flat = text.slice(start, Math.min(end, start + max * 8)).replace(/\s+/g, ' ').trim();
  if (flat.length <= max) return flat;
  const at = focus ? flat.indexOf(focus.replace(/\s+/g, ' ').trim()) : -1;
  let from = 0;
  if (at >= 0 && at + (focus?.length ?? 0) > max - 10) {
    // Start about a third of the window before the trigger, at a word.
    const wanted = Math.min(at - Math.floor(max / 3), flat.length - max);
    const space = flat.indexOf(' ', Math.max(0, wanted));
    from = space >= 0 && space < at ? space + 1 : Math.max(0, wanted);
  }
  const window = flat.slice(from, from + max);
  const cut = from + max < flat.length ? window.slice(0, Math.max(window.lastIndexOf(' '), Math.floor(max / 2))).replace(/[\s,;:–—-]+$/u, '') : window;
  return `${from > 0 ? '…' : ''}${cut}${from + max < flat.length ? '…' : ''}`;
}

interface PlaceRecord {
  readonly id: string;
  readonly name: string;
  readonly kind: string;
  readonly country: string | null;
  readonly countryCode: string | null;
  readonly coords: Coordinates | null;
  readonly mentions: readonly OffsetSpan[];
  readonly claims: MapClaim[];
}

type Entity = AnnotationsJson['entities'][number];

function isPlace(e: Entity): boolean {
  return e.type === 'place' || (e.type !== 'person' && readGeo(e.geo)?.coords != null);
}

/** The most frequent type among claims; ties go to the type claimed first. */
function dominantType(claims: readonly MapClaim[]): string | null {
  const counts = new Map<string, number>();
  let best: string | null = null;
  for (const c of claims) {
    const n = (counts.get(c.type) ?? 0) + 1;
    counts.set(c.type, n);
    if (best === null || n > (counts.get(best) ?? 0)) best = c.type;
  }
  return best;
}

function markerLabel(p: PlaceRecord, claimType: string | null): string {
  const where = p.country && nameKey(p.country) !== nameKey(p.name) ? `${p.name}, ${p.country}` : p.name;
  if (p.claims.length === 0) return `${where} (${p.kind}), mentioned ${p.mentions.length} ${p.mentions.length === 1 ? 'time' : 'times'}`;
  const parts = p.claims.map((c) => `${c.type}${c.claimant ? ` by ${c.claimant}` : ''}`);
  return `${where} (${p.kind}), ${p.claims.length} ${p.claims.length === 1 ? 'claim' : 'claims'}, mostly ${claimType}: ${parts.join('; ')}`;
}

export function buildMapModel(json: AnnotationsJson, text: string): MapModel {
  const places: PlaceRecord[] = [];
  const byName = new Map<string, PlaceRecord>();
  for (const e of json.entities) {
    if (!isPlace(e)) continue;
    const geo = readGeo(e.geo);
    const record: PlaceRecord = {
      id: e.id,
      name: e.name,
      kind: geo?.kind ?? 'place',
      country: geo?.country ?? null,
      countryCode: geo?.countryCode ?? null,
      coords: geo?.coords ?? null,
      mentions: e.mentions.map((m) => ({ start: m.start, end: m.end })),
      claims: [],
    };
    places.push(record);
    for (const n of [e.name, ...e.aliases, ...(geo?.name ? [geo.name] : [])]) {
      const key = nameKey(n);
      if (key && !byName.has(key)) byName.set(key, record);
    }
  }

  // Claimed territories that are no place of the article still get listed, never dropped.
  const strays = new Map<string, { name: string; types: string[]; reveal: OffsetSpan }>();
  const typeCounts = new Map<string, number>();
  json.claims.forEach((c, index) => {
    typeCounts.set(c.type, (typeCounts.get(c.type) ?? 0) + 1);
    const claim: MapClaim = { index, start: c.start, end: c.end, type: c.type, claimant: c.claimant, excerpt: excerpt(text, c, EXCERPT_CHARS, c.trigger) };
    const seen = new Set<PlaceRecord>();
    for (const territory of c.territories) {
      const key = nameKey(territory);
      const place = byName.get(key);
      if (place) {
        if (!seen.has(place)) place.claims.push(claim);
        seen.add(place);
      } else if (key) {
        const stray = strays.get(key) ?? { name: territory, types: [], reveal: { start: c.start, end: c.end } };
        if (!stray.types.includes(c.type)) stray.types.push(c.type);
        strays.set(key, stray);
      }
    }
  });

  const markers: MapMarker[] = [];
  const unplaced: UnplacedPlace[] = [];
  for (const p of places) {
    const claimType = dominantType(p.claims);
    const reveal = p.claims[0] ? { start: p.claims[0].start, end: p.claims[0].end } : (p.mentions[0] ?? null);
    if (p.coords) {
      markers.push({
        id: p.id, name: p.name, kind: p.kind, country: p.country, lat: p.coords.lat, lon: p.coords.lon,
        emphasised: p.claims.length > 0,
        claimType,
        color: claimType ? colorOfClaimType(claimType) : PLAIN_PLACE_COLOR,
        hollow: claimType !== null && HOLLOW_CLAIM_TYPES.has(claimType),
        claims: p.claims, mentions: p.mentions, reveal,
        label: markerLabel(p, claimType),
      });
    } else {
      unplaced.push({ id: p.id, name: p.name, claimTypes: [...new Set(p.claims.map((c) => c.type))], mentions: p.mentions, reveal });
    }
  }
  for (const s of strays.values()) unplaced.push({ id: null, name: s.name, claimTypes: s.types, mentions: [], reveal: s.reveal });

  return {
    markers,
    unplaced,
    claimants: claimantCountries(json, byName),
    ...framing(markers),
    legend: [...CLAIM_TYPE_ORDER, ...[...typeCounts.keys()].filter((t) => !CLAIM_TYPE_ORDER.includes(t))]
      .filter((t) => typeCounts.has(t))
      .map((type) => ({ type, color: colorOfClaimType(type), hollow: HOLLOW_CLAIM_TYPES.has(type), count: typeCounts.get(type) ?? 0 })),
    claimCount: json.claims.length,
  };
}

function framing(markers: readonly MapMarker[]): { bounds: GeoBounds; focus: GeoBounds; focusLeavesOut: boolean } {
  const bounds = boundsOf(markers);
  const focused = markers.filter((m) => m.emphasised || m.kind !== 'country');
  if (focused.length === 0 || focused.length === markers.length) return { bounds, focus: bounds, focusLeavesOut: false };
  const focus = boundsOf(focused);
  const inside = (m: MapMarker) =>
    m.lat >= focus.south && m.lat <= focus.north &&
    [m.lon - 360, m.lon, m.lon + 360].some((lon) => lon >= focus.west && lon <= focus.east);
  return { bounds, focus, focusLeavesOut: !markers.every(inside) };
}

/**
 * Claimants whose country shape can be found: through the article's own place of that name
 * (its gazetteer country code), else through the English country name.
 */
function claimantCountries(json: AnnotationsJson, byName: ReadonlyMap<string, PlaceRecord>): ClaimantCountry[] {
  const out = new Map<string, ClaimantCountry>();
  for (const c of json.claims) {
    if (!c.claimant) continue;
    const place = byName.get(nameKey(c.claimant));
    const code =
      (place?.kind === 'country' && place.countryCode ? numericCodeOfAlpha2(place.countryCode) : null) ??
      numericCodeOfName(c.claimant);
    if (code && !out.has(code)) out.set(code, { name: c.claimant, code });
  }
  return [...out.values()];
}

/**
 * Ids of the places at a document offset: the place named there, or the places a claim there
 * is about. `unplaced` ids come too, so the list under the map highlights like the markers.
 */
export function placesAtOffset(model: MapModel, offset: number): string[] {
  const inside = (s: OffsetSpan) => s.start <= offset && offset <= s.end;
  const named = new Set<string>();
  for (const p of [...model.markers, ...model.unplaced]) {
    if (p.id !== null && p.mentions.some(inside)) named.add(p.id);
  }
  if (named.size > 0) return [...named];
  const claimed = new Set<string>();
  for (const m of model.markers) if (m.claims.some(inside)) claimed.add(m.id);
  return [...claimed];
}
