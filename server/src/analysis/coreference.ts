// One entity per referent: typed mentions in, entities out. People merge by surname ("Peskov"
// is "Dmitry Peskov"), organisations by name, acronym or a shorter lower-case form ("foreign
// ministry"), places by what the gazetteer says they are (Kiev and Kyiv), nationalities by
// country, dates by their words.
import type { Entity, EntityType, GeoInfo, Mention } from './types';

/** A mention with its type decided, ready to be merged. */
export interface TypedMention extends Mention {
  readonly type: EntityType;
  /** Merging key decided by the mention's finder (a place's gazetteer id, a country code). */
  readonly key?: string;
  /** The words of the name, for people and organisations. */
  readonly words: readonly string[];
  readonly roles?: readonly string[];
  readonly aliases?: readonly string[];
  readonly geo?: GeoInfo;
  /** Written in capitals throughout (a headline): not to be the entity's canonical name. */
  readonly shouted?: boolean;
}

interface Cluster {
  type: EntityType;
  mentions: TypedMention[];
  first: number;
}

const STOP = new Set(['of', 'the', 'and', '&', 'for', 'de', 'du', 'des', 'la', 'le', 'von', 'van', 'der']);
const ASCII = /^[\x20-\x7e]*$/;
const fold = (s: string): string => (ASCII.test(s) ? s.toLowerCase() : s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’]/g, "'"));

function initials(words: readonly string[]): string {
  return words.filter((w) => !STOP.has(w.toLowerCase()) && /^\p{Lu}/u.test(w)).map((w) => w[0]).join('');
}

/** Adds `value` to the list under `key` (in place: copying it each time costs the square of its length). */
function append<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Merges mentions (in document order) into entities, ids in order of first mention. */
export function mergeMentions(mentions: readonly TypedMention[]): Entity[] {
  // each mention's key is asked for up to three times; the cache lives as long as this call
  const keyCache = new Map<TypedMention, string>();
  const keyOf = (m: TypedMention): string => {
    let key = keyCache.get(m);
    if (key === undefined) {
      key = m.key ?? `${m.type}:${fold(m.words.join(' '))}`;
      keyCache.set(m, key);
    }
    return key;
  };
  const clusters: Cluster[] = [];
  const byKey = new Map<string, Cluster>();
  const open = (m: TypedMention, key: string): Cluster => {
    const c: Cluster = { type: m.type, mentions: [], first: m.start };
    clusters.push(c);
    byKey.set(key, c);
    return c;
  };

  // people: full names first, so that a surname before its full name still finds it
  const surnames = new Map<string, Cluster[]>();
  const forenames = new Map<string, Cluster[]>();
  const orgInitials = new Map<string, Cluster>();
  const orgTails = new Map<string, Cluster[]>();
  for (const m of mentions) {
    if (m.words.length < 2 || (m.type !== 'person' && m.type !== 'organization') || /^\p{Ll}/u.test(m.text)) continue;
    const key = m.type === 'person' ? `person:${fold(m.words[0]!)} ${fold(m.words[m.words.length - 1]!)}` : keyOf(m);
    if (byKey.has(key)) continue;
    const c = open(m, key);
    if (m.type === 'person') {
      const last = fold(m.words[m.words.length - 1]!);
      append(surnames, last, c);
      const firstName = fold(m.words[0]!);
      append(forenames, firstName, c);
    } else {
      const acronym = initials(m.words);
      if (acronym.length >= 2 && !orgInitials.has(acronym)) orgInitials.set(acronym, c);
      // a lower-case organisation is also named without its country ("foreign ministry")
      for (let i = 1; i < m.words.length; i++) {
        if (!/^\p{Ll}/u.test(m.words[i]!)) continue;
        const tail = fold(m.words.slice(i).join(' '));
        append(orgTails, tail, c);
        break;
      }
    }
  }

  const recent = new Map<string, Cluster>();
  for (const m of mentions) {
    let cluster: Cluster | undefined;
    if (m.type === 'person') {
      if (m.words.length >= 2) cluster = byKey.get(`person:${fold(m.words[0]!)} ${fold(m.words[m.words.length - 1]!)}`);
      else {
        const w = fold(m.words[0] ?? '');
        cluster = recent.get(w) ?? surnames.get(w)?.[0] ?? (forenames.get(w)?.length === 1 ? forenames.get(w)![0] : undefined);
      }
    } else if (m.type === 'organization') {
      cluster = byKey.get(keyOf(m));
      if (!cluster && m.words.length === 1) cluster = orgInitials.get(m.words[0]!.replace(/\./g, ''));
      if (!cluster) {
        const tails = orgTails.get(fold(m.words.join(' ')));
        if (tails?.length === 1) cluster = tails[0];
      }
    } else cluster = byKey.get(keyOf(m));
    if (!cluster) {
      // an organisation's bare lower-case form with nothing to attach to is no entity
      if (m.type === 'organization' && /^\p{Ll}/u.test(m.text)) continue;
      cluster = open(m, m.type === 'person' && m.words.length >= 2 ? `person:${fold(m.words[0]!)} ${fold(m.words[m.words.length - 1]!)}` : keyOf(m));
      if (m.type === 'person' && m.words.length === 1) surnames.set(fold(m.words[0]!), [cluster]);
    }
    if (m.type === 'person' && cluster.type === 'person') {
      const last = cluster.mentions[0]?.words ?? m.words;
      recent.set(fold(last[last.length - 1] ?? ''), cluster);
    }
    cluster.mentions.push(m);
    if (m.start < cluster.first || cluster.mentions.length === 1) cluster.first = Math.min(cluster.first, m.start);
  }

  const live = clusters.filter((c) => c.mentions.length > 0);
  for (const c of live) {
    let first = Infinity;
    for (const m of c.mentions) if (m.start < first) first = m.start;
    c.first = first;
  }
  live.sort((a, b) => a.first - b.first);
  return live.map((c, i) => toEntity(c, i));
}

function toEntity(c: Cluster, index: number): Entity {
  const mentions = [...c.mentions].sort((a, b) => a.start - b.start);
  // the fullest form is the one with most words, then the longest; headline capitals come last
  const forms = new Map<string, TypedMention>();
  for (const m of mentions) if (!forms.has(m.text)) forms.set(m.text, m);
  const ranked = [...forms.values()].sort((a, b) => Number(a.shouted ?? false) - Number(b.shouted ?? false) || b.words.length - a.words.length || b.text.length - a.text.length);
  const name = ranked[0]!.text;
  const aliases = new Set<string>();
  const roles = new Set<string>();
  let geo: GeoInfo | undefined;
  for (const m of mentions) {
    if (m.text !== name) aliases.add(m.text);
    for (const a of m.aliases ?? []) if (a !== name) aliases.add(a);
    for (const r of m.roles ?? []) roles.add(r);
    if (!geo || (geo.kind === 'place' && m.geo && m.geo.kind !== 'place')) geo = m.geo ?? geo;
  }
  const entity: Entity = {
    id: `e${index + 1}`,
    type: c.type,
    name,
    aliases: [...aliases],
    roles: [...roles],
    mentions: mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })),
    ...(c.type === 'place' && geo ? { geo } : {}),
  };
  return entity;
}
