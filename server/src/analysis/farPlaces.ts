import { MentionIndex } from './mentionIndex';
import type { Entity, GeoInfo } from './types';

/**
 * A town's gazetteer sense is the most populous place of its name, wherever it lies: "Waterloo"
 * in a London story is linked to the Canadian city, "Pedra Branca" beside Singapore to a town in
 * Brazil. A small town's link is dropped (the place stays a place) when its country is named
 * nowhere else in the article and every other place linked in it lies further away than this:
 * the article is about somewhere else, and the sense is another place's that bears the name.
 * (Far enough that a town in a neighbour of the only country named keeps its link: Mariupol in a
 * story that names only Russia, whose centre lies in Siberia.)
 */
export const FAR_KM = 5000;

const EARTH_KM = 6371;
const RADIANS = Math.PI / 180;

/** Great-circle distance in kilometres. */
export function distanceKm(a: { lat: number; lon: number }, b: { lat: number; lon: number }): number {
  const dLat = (b.lat - a.lat) * RADIANS;
  const dLon = (b.lon - a.lon) * RADIANS;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a.lat * RADIANS) * Math.cos(b.lat * RADIANS) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

type Located = GeoInfo & { readonly lat: number; readonly lon: number; readonly countryCode: string };

const located = (geo: GeoInfo | undefined): geo is Located => geo !== undefined && geo.lat !== undefined && geo.lon !== undefined && geo.countryCode !== undefined;

/**
 * A town this small is rarely named abroad without its country (a bigger one may be: the courts
 * at The Hague, 474,000 people, in a story about islands in the Caribbean).
 */
export const SMALL_TOWN = 250_000;

/** A small town: the kind of sense a namesake abroad may have taken. */
const smallTown = (geo: Located): boolean => geo.kind === 'city' && (geo.population ?? 0) < SMALL_TOWN;

/**
 * The entities, with the links of small towns far from everything else the article places
 * dropped (see FAR_KM), and of towns whose region, written right after them, lies in another
 * country; the very list when none is (most articles), else a new one whose other entities are
 * the same objects.
 */
export function withoutFarTowns(entities: readonly Entity[], text: string): readonly Entity[] {
  // how many linked places lie in each country: a town's own country named elsewhere keeps it
  // linked, and most towns are so, without a distance computed
  let places = 0;
  let towns = 0;
  const countries = new Map<string, number>();
  for (const e of entities) {
    if (e.type !== 'place' || !located(e.geo)) continue;
    places++;
    if (e.geo.kind === 'city') towns++;
    countries.set(e.geo.countryCode, (countries.get(e.geo.countryCode) ?? 0) + 1);
  }
  if (towns === 0 || places < 2) return entities;
  let regions: Map<number, string> | undefined;
  let out: Entity[] | undefined;
  for (let i = 0; i < entities.length; i++) {
    const e = entities[i]!;
    if (e.type !== 'place' || !located(e.geo) || e.geo.kind !== 'city') continue;
    const alone = countries.get(e.geo.countryCode) === 1;
    if (!(alone && smallTown(e.geo) && far(e, e.geo, entities)) && !inOtherRegion(e, e.geo, () => (regions ??= regionsByStart(entities, text)), text)) continue;
    out ??= entities.slice();
    out[i] = { ...e, geo: { kind: 'place' } };
  }
  // (the stages after read no town's link from the index of mentions: the new list shares it,
  // and with it what an edit that only moved the mentions lets the claims stage carry)
  if (out) MentionIndex.share(entities, out);
  return out ?? entities;
}

// what may follow a town's region: the end of the phrase ("SANTA CLARA, Calif. —", "in Bessemer,
// Ala., on Friday"), not a possessive or a verb ("In Taipei, Japan's envoy said")
const PHRASE_END = /^(?:$|[,.;:)]|\s+[(—–-])/;

/** The country of every region or country mention that ends its phrase, by where the mention starts. */
function regionsByStart(entities: readonly Entity[], text: string): Map<number, string> {
  const found = new Map<number, string>();
  for (const e of entities) {
    if (e.type !== 'place' || !located(e.geo) || (e.geo.kind !== 'region' && e.geo.kind !== 'country')) continue;
    for (const m of e.mentions) if (PHRASE_END.test(text.slice(m.end, m.end + 3))) found.set(m.start, e.geo.countryCode);
  }
  return found;
}

/**
 * "SANTA CLARA, Calif.": a mention of the town is followed by a comma and its region or country,
 * and that lies in another country than the town's gazetteer sense (the Cuban city, for the
 * Californian). `regions` is asked only for a town followed by a comma, as few are.
 */
function inOtherRegion(e: Entity, geo: Located, regions: () => ReadonlyMap<number, string>, text: string): boolean {
  for (const m of e.mentions) {
    if (text.charCodeAt(m.end) !== 44 || text.charCodeAt(m.end + 1) !== 32) continue;
    const country = regions().get(m.end + 2);
    if (country !== undefined) return country !== geo.countryCode;
  }
  return false;
}

/** No other place the article links lies in `geo`'s country or within FAR_KM of it, and one does lie elsewhere. */
function far(self: Entity, geo: Located, entities: readonly Entity[]): boolean {
  let other = false;
  for (const e of entities) {
    if (e === self || e.type !== 'place' || !located(e.geo)) continue;
    if (e.geo.countryCode === geo.countryCode || distanceKm(e.geo, geo) <= FAR_KM) return false;
    other = true;
  }
  return other;
}
