// Hover: who a person is and what they said, what a place is and which claims concern it, who
// speaks a quote. Compact Markdown; every quote and claim listed links to its line.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { MarkupKind, type Hover } from 'vscode-languageserver';
import type { Annotations, Claim, Entity, GeoInfo, Quote } from '../analysis/types';
import { allContaining, articleIndex, containing, entityAt, type ArticleIndex } from './articleIndex';
import { toRange } from './ranges';
import { claimTitle } from './claimTitle';

const PLACE_KIND: Record<GeoInfo['kind'], string> = { country: 'country', region: 'region', city: 'town or city', place: 'place' };
const TYPE_LABEL: Record<Entity['type'], string> = {
  person: 'person', organization: 'organisation', place: 'place', nationality: 'nationality', date: 'date',
};
/** Quotes listed under a person before "and N more". */
const MAX_LISTED = 12;
const FIRST_WORDS = 8;

export function hover(doc: TextDocument, a: Annotations, offset: number): Hover | null {
  const index = articleIndex(a);
  const hit = entityAt(index, offset);
  if (hit) {
    return { contents: { kind: MarkupKind.Markdown, value: entityHover(doc, index, hit.entity) }, range: toRange(doc, hit.span) };
  }
  const quote = containing(index.quotes, offset);
  // A sentence may hold several claims ("Russia controls most of A, its hold on B is partial"): show each.
  const claims = allContaining(index.claims, offset);
  if (!quote && claims.length === 0) return null;
  const sections: string[] = [];
  if (quote) sections.push(quoteHover(index, quote));
  for (const claim of claims) sections.push(claimHover(doc, claim));
  const span = quote ?? claims[claims.length - 1]!;
  return { contents: { kind: MarkupKind.Markdown, value: sections.join('\n\n---\n\n') }, range: toRange(doc, span) };
}

function entityHover(doc: TextDocument, index: ArticleIndex, e: Entity): string {
  const lines: string[] = [];
  const kind = e.type === 'place' && e.geo ? PLACE_KIND[e.geo.kind] : TYPE_LABEL[e.type];
  lines.push(`**${md(e.name)}** — ${kind}`);
  if (e.roles.length) lines.push(md(e.roles.join('; ')));
  if (e.geo) {
    const where = whereIs(e.name, e.geo);
    if (where) lines.push(where);
  }
  const n = e.mentions.length;
  const aliases = e.aliases.filter((x) => x !== e.name);
  lines.push(`${n} mention${n === 1 ? '' : 's'}${aliases.length ? ` (also: ${aliases.map(md).join(', ')})` : ''}`);
  const quotes = index.quotesBySpeaker.get(e.id) ?? [];
  if (quotes.length) lines.push(list(`Quotes (${quotes.length})`, quotes.map((q) => quoteLine(doc, q))));
  const by = index.claimsBy.get(e.id) ?? [];
  if (by.length) lines.push(list(`Claims (${by.length})`, by.map((c) => claimLine(doc, c))));
  const about = index.claimsAbout.get(e.id) ?? [];
  if (about.length) lines.push(list(`Claims about it (${about.length})`, about.map((c) => claimLine(doc, c))));
  return lines.join('\n\n');
}

function whereIs(name: string, geo: GeoInfo): string {
  const parts: string[] = [];
  if (geo.country && geo.kind !== 'country') parts.push(`in ${md(geo.country)}`);
  if (geo.lat !== undefined && geo.lon !== undefined) parts.push(coordinates(geo.lat, geo.lon));
  // The gazetteer may spell it otherwise (Luhansk for Lugansk): say so, it is what maps show.
  if (geo.name && geo.name !== name) parts.push(`gazetteer: ${md(geo.name)}`);
  return parts.join(' · ');
}

export function coordinates(lat: number, lon: number): string {
  const f = (v: number, pos: string, neg: string): string => `${Math.abs(v).toFixed(2)}° ${v < 0 ? neg : pos}`;
  return `${f(lat, 'N', 'S')}, ${f(lon, 'E', 'W')}`;
}

function quoteHover(index: ArticleIndex, q: Quote): string {
  const lines: string[] = [];
  const who = q.speaker ?? 'no speaker named';
  const speaker = q.speakerEntity ? index.entityById.get(q.speakerEntity) : undefined;
  const roles = speaker?.roles.length ? ` — ${md(speaker.roles[0]!)}` : '';
  lines.push(`**${md(who)}**${roles}`);
  lines.push(`${q.kind} quote${q.cue ? `, cue “${md(q.cue)}”` : ''}`);
  return lines.join('\n\n');
}

function claimHover(doc: TextDocument, c: Claim): string {
  const lines = [`**Claim** — ${c.type}${c.extent ? ` (${c.extent})` : ''}`];
  lines.push(`${md(c.claimant ?? 'unknown claimant')}: ${c.territories.map(md).join(', ') || 'no territory named'}`);
  const line = doc.positionAt(c.start).line + 1;
  lines.push(`trigger “${md(c.trigger.text)}”, [line ${line}](${doc.uri}#L${line})`);
  return lines.join('\n\n');
}

function list(title: string, items: readonly string[]): string {
  const shown = items.slice(0, MAX_LISTED).map((i) => `- ${i}`);
  if (items.length > MAX_LISTED) shown.push(`- … and ${items.length - MAX_LISTED} more`);
  return `${title}:\n${shown.join('\n')}`;
}

function quoteLine(doc: TextDocument, q: Quote): string {
  const words = `“${md(firstWords(q.text, FIRST_WORDS))}”`;
  return q.kind === 'direct' ? link(doc, q.start, words) : `${link(doc, q.start, words)}, ${q.kind}`;
}

function claimLine(doc: TextDocument, c: Claim): string {
  return link(doc, c.start, md(claimTitle(c)));
}

/** A link to the line holding `offset`: VS Code opens `uri#L12` at line 12; other editors show the text. */
function link(doc: TextDocument, offset: number, label: string): string {
  const line = doc.positionAt(offset).line + 1;
  return `[${label}](${doc.uri}#L${line}) (line ${line})`;
}

export function firstWords(text: string, n: number): string {
  const words = text.trim().split(/\s+/);
  return words.length <= n ? words.join(' ') : `${words.slice(0, n).join(' ')}…`;
}

/** Escapes what Markdown would read as markup in article text. */
export function md(text: string): string {
  return text.replace(/[\\`*_[\]<>]/g, (ch) => `\\${ch}`);
}
