// The outline: the article's headings, then what the article holds — claims, quotes by speaker,
// people, organisations, places. Every symbol's selectionRange lies inside its range.
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver';
import type { Annotations, Block, Claim, Entity, Quote, Span } from '../analysis/types';
import { articleIndex, firstFullMention } from './articleIndex';
import { firstWords } from './hover';
import { claimTitle } from './claimTitle';
import { cover, toRange } from './ranges';

export function documentSymbols(doc: TextDocument, a: Annotations): DocumentSymbol[] {
  const index = articleIndex(a);
  const out: DocumentSymbol[] = [...headingSymbols(doc, a.blocks, doc.getText().length)];
  const claims = index.claims.map((c) => claimSymbol(doc, c));
  if (claims.length) out.push(group(doc, 'Claims', SymbolKind.Namespace, claims, index.claims));
  const quotes = quoteGroups(doc, index.quotes, a.entities);
  if (quotes.length) out.push(group(doc, 'Quotes', SymbolKind.Namespace, quotes, index.quotes));
  for (const [type, title] of [['person', 'People'], ['organization', 'Organizations'], ['place', 'Places']] as const) {
    const entities = a.entities.filter((e) => e.type === type && e.mentions.length > 0);
    if (!entities.length) continue;
    const symbols = entities.map((e) => entitySymbol(doc, e, type));
    out.push(group(doc, title, SymbolKind.Namespace, symbols, entities.map((e) => firstFullMention(e)!)));
  }
  return out;
}

/** Headings nested by level; each covers its section, up to the next heading of its level or higher. */
function headingSymbols(doc: TextDocument, blocks: readonly Block[], length: number): DocumentSymbol[] {
  const headings = blocks.filter((b) => b.kind === 'heading');
  // Where each section ends: at the next heading of its level or higher, found with one stack pass.
  const ends = headings.map(() => length);
  const open: number[] = [];
  headings.forEach((h, i) => {
    while (open.length && headings[open[open.length - 1]!]!.level >= h.level) ends[open.pop()!] = h.start;
    open.push(i);
  });
  const text = doc.getText();
  const roots: DocumentSymbol[] = [];
  const stack: { level: number; symbol: DocumentSymbol }[] = [];
  headings.forEach((h, i) => {
    const symbol: DocumentSymbol = {
      name: text.slice(h.start, h.end).replace(/[*_`]+/g, '').replace(/\s+/g, ' ').trim() || '(heading)',
      kind: SymbolKind.String,
      range: toRange(doc, { start: h.start, end: Math.max(h.end, trimEnd(text, h.start, ends[i]!)) }),
      selectionRange: toRange(doc, h),
      children: [],
    };
    while (stack.length && stack[stack.length - 1]!.level >= h.level) stack.pop();
    (stack.length ? stack[stack.length - 1]!.symbol.children! : roots).push(symbol);
    stack.push({ level: h.level, symbol });
  });
  return roots;
}

function trimEnd(text: string, start: number, end: number): number {
  let e = end;
  while (e > start && /\s/.test(text[e - 1]!)) e--;
  return e;
}

function claimSymbol(doc: TextDocument, c: Claim): DocumentSymbol {
  const children: DocumentSymbol[] = c.territories.map((t, i) => {
    const m = c.territoryMentions.find((x) => x.text === t) ?? c.territoryMentions[i];
    const span = m ?? c;
    return { name: t, kind: SymbolKind.Field, range: toRange(doc, span), selectionRange: toRange(doc, span) };
  });
  const whole = cover([c, c.trigger, ...c.territoryMentions]);
  return {
    name: claimTitle(c),
    detail: c.extent ?? undefined,
    kind: SymbolKind.Event,
    range: toRange(doc, whole),
    selectionRange: toRange(doc, c.trigger.end > c.trigger.start ? c.trigger : c),
    children,
  };
}

function quoteGroups(doc: TextDocument, quotes: readonly Quote[], entities: readonly Entity[]): DocumentSymbol[] {
  const bySpeaker = new Map<string, Quote[]>();
  for (const q of quotes) {
    const key = q.speaker ?? '';
    const list = bySpeaker.get(key);
    if (list) list.push(q);
    else bySpeaker.set(key, [q]);
  }
  const roles = new Map(entities.map((e) => [e.name, e.roles[0]]));
  const out: DocumentSymbol[] = [];
  for (const [speaker, list] of bySpeaker) {
    const children = list.map<DocumentSymbol>((q) => ({
      name: `“${firstWords(q.text, 8)}”`,
      detail: q.kind,
      kind: SymbolKind.String,
      range: toRange(doc, cover([q, ...(q.speakerMention ? [q.speakerMention] : [])])),
      selectionRange: toRange(doc, q),
    }));
    const symbol = group(doc, speaker || '(no speaker named)', SymbolKind.Object, children, list);
    out.push({ ...symbol, detail: roles.get(speaker) ?? `${list.length} quote${list.length === 1 ? '' : 's'}` });
  }
  return out;
}

const ENTITY_KIND: Record<'person' | 'organization' | 'place', SymbolKind> = {
  person: SymbolKind.Object,
  organization: SymbolKind.Class,
  place: SymbolKind.Module,
};

function entitySymbol(doc: TextDocument, e: Entity, type: 'person' | 'organization' | 'place'): DocumentSymbol {
  const first = firstFullMention(e)!;
  const detail = type === 'place'
    ? [e.geo?.kind, e.geo?.kind === 'country' ? undefined : e.geo?.country].filter(Boolean).join(', ')
    : e.roles.join('; ');
  return {
    name: e.name,
    detail: detail || `${e.mentions.length} mention${e.mentions.length === 1 ? '' : 's'}`,
    kind: ENTITY_KIND[type],
    range: toRange(doc, first),
    selectionRange: toRange(doc, first),
  };
}

/** A container whose range covers its children and whose selection is its first member. */
function group(doc: TextDocument, name: string, kind: SymbolKind, children: DocumentSymbol[], spans: readonly Span[]): DocumentSymbol {
  const childRanges = children.map((c) => ({ start: doc.offsetAt(c.range.start), end: doc.offsetAt(c.range.end) }));
  const whole = cover([...spans, ...childRanges]);
  const first = spans.reduce((x, y) => (y.start < x.start ? y : x));
  return { name, kind, range: toRange(doc, whole), selectionRange: toRange(doc, first), children };
}
