// A small hand-made article and its annotations, built by hand so the LSP features can be
// tested without the analysis. Spans are found by searching the text, so the fixture reads like
// the article it describes.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Annotations, Block, Claim, Entity, Mention, Quote, Span } from '../analysis/types';
import { fullProducts, notification } from '../lsp/editProducts';
import { TOKEN_FIELDS, TOKEN_MODIFIERS, TOKEN_TYPES, type TokenModifier, type TokenType } from '../lsp/tokenTable';
import type { AnnotationsNotification } from '../protocol';

export const joinLines = (...lines: string[]): string => lines.join('\n');

/** The span of the `nth` occurrence of `needle` in `text`; throws so a typo in a test is loud. */
export function find(text: string, needle: string, nth = 0): Span {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`fixture: "${needle}" #${nth} not in text`);
  }
  return { start: at, end: at + needle.length };
}

export function mention(text: string, needle: string, nth = 0): Mention {
  return { ...find(text, needle, nth), text: needle };
}

/** Paragraph and heading blocks, one per non-empty line, each line one sentence. */
export function lineBlocks(text: string, headings: readonly number[] = []): Block[] {
  const blocks: Block[] = [];
  let start = 0;
  text.split('\n').forEach((line, i) => {
    const span = { start, end: start + line.replace(/\r$/, '').length };
    if (line.trim()) {
      const heading = headings.includes(i);
      blocks.push({ ...span, kind: heading ? 'heading' : 'paragraph', level: heading ? 1 : 0, sentences: [span] });
    }
    start += line.length + 1;
  });
  return blocks;
}

export const ARTICLE = joinLines(
  'Harbour Talks',
  'The Ministry of Fisheries said the quota was “final and binding”.',
  '“We will not give up Northport,” said Mara Velk, the ministry spokeswoman.',
  'Velk added that Eastland controls most of Northport.',
  'Weather',
  'It rained all day.',
);

export interface Fixture {
  readonly doc: TextDocument;
  readonly annotations: Annotations;
  readonly text: string;
}

export function article(uri = 'file:///articles/harbour.txt'): Fixture {
  const t = ARTICLE;
  const ministry: Entity = {
    id: 'e1', type: 'organization', name: 'Ministry of Fisheries', aliases: [], roles: [],
    mentions: [mention(t, 'Ministry of Fisheries')], geo: undefined,
  };
  const northport: Entity = {
    id: 'e2', type: 'place', name: 'Northport', aliases: [], roles: [],
    mentions: [mention(t, 'Northport', 0), mention(t, 'Northport', 1)],
    geo: { kind: 'city', name: 'Northport', country: 'Eastland', countryCode: 'EA', lat: 47.25, lon: -3.5 },
  };
  const mara: Entity = {
    id: 'e3', type: 'person', name: 'Mara Velk', aliases: ['Velk'], roles: ['ministry spokeswoman'],
    mentions: [mention(t, 'Mara Velk'), mention(t, 'Velk', 1)],
  };
  const eastland: Entity = {
    id: 'e4', type: 'place', name: 'Eastland', aliases: [], roles: [],
    mentions: [mention(t, 'Eastland')], geo: { kind: 'country', name: 'Eastland', countryCode: 'EA' },
  };
  const line = (n: number): Span => lineBlocks(t)[n]!;
  const q1: Quote = {
    ...find(t, '“final and binding”'), text: 'final and binding', kind: 'partial',
    speaker: 'Ministry of Fisheries', speakerEntity: 'e1', cue: 'said',
    speakerMention: find(t, 'Ministry of Fisheries'), cueRange: find(t, 'said', 0), sentence: line(1),
  };
  const q2: Quote = {
    ...find(t, '“We will not give up Northport,”'), text: 'We will not give up Northport,', kind: 'direct',
    speaker: 'Mara Velk', speakerEntity: 'e3', cue: 'said',
    speakerMention: find(t, 'Mara Velk'), cueRange: find(t, 'said', 1), sentence: line(2),
  };
  const claim: Claim = {
    ...line(3), type: 'control', claimant: 'Eastland', claimantEntity: 'e4', territories: ['Northport'],
    territoryMentions: [mention(t, 'Northport', 1)], extent: 'most', source: 'e3', trigger: mention(t, 'controls'),
  };
  return {
    text: t,
    doc: TextDocument.create(uri, 'plaintext', 1, t),
    annotations: { blocks: lineBlocks(t, [0, 4]), entities: [ministry, northport, mara, eastland], quotes: [q1, q2], claims: [claim] },
  };
}

export const EMPTY: Annotations = { blocks: [], entities: [], quotes: [], claims: [] };

/** The full payload the server sends for `doc` analysed as `a` (editProducts.ts). */
export function fullPayload(doc: TextDocument, a: Annotations): AnnotationsNotification.Params {
  const sent = notification(doc.uri, doc.version, fullProducts(doc.version, doc.getText(), a).annotations);
  if (sent.method !== 'newsAnnotator/annotations') throw new Error(`fixture: a version made from scratch was sent as ${sent.method}`);
  return sent.params;
}

/** A token of a table (tokenTable.ts) in absolute terms, for readable assertions. */
export interface TableToken {
  readonly line: number;
  readonly character: number;
  readonly length: number;
  readonly type: TokenType;
  readonly modifiers: readonly TokenModifier[];
}

/** The server's token table for `doc` analysed as `a` (editProducts.ts), read token by token. */
export function tableTokens(doc: TextDocument, a: Annotations): TableToken[] {
  return readTable(fullProducts(doc.version, doc.getText(), a).tokens);
}

export function readTable(table: Int32Array): TableToken[] {
  const out: TableToken[] = [];
  for (let i = 0; i < table.length; i += TOKEN_FIELDS) {
    const bits = table[i + 4]!;
    out.push({ line: table[i]!, character: table[i + 1]!, length: table[i + 2]!, type: TOKEN_TYPES[table[i + 3]!]!, modifiers: TOKEN_MODIFIERS.filter((_, k) => bits & (1 << k)) });
  }
  return out;
}
