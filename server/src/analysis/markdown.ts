// Markdown as prose: markdown-it reads the structure; what a reader does not read as the article's
// words (code, link targets, images, HTML, front matter, emphasis and heading markers, list and
// quote prefixes) is blanked with spaces, so every offset in `prose` is an offset in the file.
// Headings, paragraphs, list items and table cells become blocks, split into sentences.
import MarkdownIt from 'markdown-it';
import type { ProseDocument } from './document';
import { lineEnds } from './nextOf';
import { splitSentences } from './sentences';
import type { Block } from './types';

// `html: true` so that HTML is recognised as HTML (and blanked) rather than read as text.
const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
type Token = ReturnType<MarkdownIt['parse']>[number];
/** How far a text is looked for past the markup before it; keeps odd input linear. */
const MAX_SEARCH = 4096;

export function markdownDocument(text: string): ProseDocument {
  const keep = new Uint8Array(text.length);
  const lineStarts = lineStartsOf(text);
  const frontMatterEnd = frontMatterLength(text);
  // The front matter is blanked before parsing (newlines kept) so markdown-it sees no hr or heading there.
  const source = frontMatterEnd > 0 ? blankRun(text, 0, frontMatterEnd) + text.slice(frontMatterEnd) : text;
  let tokens: Token[];
  try {
    tokens = md.parse(source, {});
  } catch {
    // markdown-it does not throw on text; if it ever did, the whole file counts as markup.
    tokens = [];
  }

  const blocks: Block[] = [];
  const kept = new Kept(keep);
  let map: [number, number] | null = null;
  let heading = 0;
  let lastMap: [number, number] | null = null;
  let cursor = 0;
  for (const token of tokens) {
    if (token.map) map = token.map;
    if (token.type === 'heading_open') heading = Number(token.tag.slice(1)) || 1;
    else if (token.type === 'heading_close') heading = 0;
    if (token.type !== 'inline' || !map) continue;
    const from = lineStarts[map[0]] ?? text.length;
    const to = lineStarts[map[1]] ?? text.length;
    // Table cells share their row's lines: continue where the previous cell ended.
    if (lastMap !== map) cursor = from;
    lastMap = map;
    kept.first = -1;
    cursor = readInline(text, token.children ?? [], cursor, to, kept);
    if (kept.first < 0) continue;
    const span = { start: kept.first, end: kept.last + 1 };
    blocks.push(heading > 0
      ? { ...span, kind: 'heading', level: heading, sentences: [span] }
      : { ...span, kind: 'paragraph', level: 0, sentences: [] });
  }

  const prose = proseOf(text, keep);
  return {
    text,
    prose,
    blocks: blocks.map((b) => (b.kind === 'paragraph' ? { ...b, sentences: splitSentences(prose, b) } : b)),
  };
}

/** The characters read as words, marked in `keep`, and the first and last marked since `first` was cleared. */
class Kept {
  first = -1;
  last = -1;

  constructor(readonly keep: Uint8Array) {}

  one(i: number): void {
    this.keep[i] = 1;
    if (this.first < 0) this.first = i;
    this.last = i;
  }

  /** The characters from `from` to `to` (exclusive, not empty). */
  range(from: number, to: number): void {
    this.keep.fill(1, from, to);
    if (this.first < 0) this.first = from;
    this.last = to - 1;
  }
}

/**
 * Walks an inline token's children through the source from `cursor` (not beyond `end`), marking
 * in `keep` each character of the words read; returns where it stopped.
 */
function readInline(src: string, children: readonly Token[], cursor: number, end: number, keep: Kept): number {
  let i = cursor;
  let inAutolink = false;
  for (const child of children) {
    switch (child.type) {
      case 'text':
        if (!inAutolink && child.content) i = matchText(src, i, end, child.content, keep);
        break;
      case 'link_open':
        if (child.markup === 'autolink' || child.markup === 'linkify') inAutolink = true;
        break;
      case 'link_close':
        if (inAutolink) {
          const close = src.indexOf('>', i);
          if (close >= 0 && close < end) i = close + 1;
          inAutolink = false;
        } else i = skipLinkTail(src, i, end);
        break;
      case 'image': {
        const open = src.indexOf('![', i);
        if (open >= 0 && open < end) i = skipLinkTail(src, skipBracketed(src, open + 1, end), end);
        break;
      }
      case 'code_inline': {
        const open = src.indexOf(child.markup, i);
        if (open < 0 || open >= end) break;
        const close = src.indexOf(child.markup, open + child.markup.length + child.content.length);
        if (close >= 0 && close < end) i = close + child.markup.length;
        break;
      }
      case 'html_inline': {
        const at = src.indexOf(child.content, i);
        if (at >= 0 && at < end) i = at + child.content.length;
        break;
      }
      default:
        // emphasis, breaks, link openers: their markup is skipped by the next text's search
        break;
    }
  }
  return i;
}

const HAS_ESCAPE = /[\\&]/;
const ENTITY = /^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/;

/** The decoded text of an entity or backslash escape at `i`, with its source length. */
function escapeAt(src: string, i: number): { decoded: string; length: number } | undefined {
  const ch = src[i];
  if (ch === '\\' && i + 1 < src.length && /[!-/:-@[-`{-~]/.test(src[i + 1]!)) return { decoded: src[i + 1]!, length: 2 };
  if (ch === '&') {
    const m = ENTITY.exec(src.slice(i, i + 42));
    if (m) {
      const decoded = md.utils.unescapeAll(m[0]);
      if (decoded !== m[0]) return { decoded, length: m[0].length };
    }
  }
  return undefined;
}

/**
 * Finds `content` (as markdown-it decoded it) in the source from `from`: characters that match
 * are kept; escapes and entities are read through but stay blank, as markup. Stops at the first
 * character that does not fit, keeping what matched.
 */
function matchText(src: string, from: number, end: number, content: string, keep: Kept): number {
  let i = from;
  const c0 = content[0]!;
  const limit = Math.min(end, from + MAX_SEARCH);
  for (;;) {
    if (i >= limit) return from;
    if (src[i] === c0) break;
    const esc = src[i] === '\\' || src[i] === '&' ? escapeAt(src, i) : undefined;
    if (esc && content.startsWith(esc.decoded)) break;
    i++;
  }
  // Most text is written in the source as markdown-it hands it over: compared at once, in native
  // code. Without a backslash or an ampersand in it no escape or entity can stand there, and the
  // walk below would keep every character of it.
  if (i + content.length <= end && !HAS_ESCAPE.test(content) && src.startsWith(content, i)) {
    keep.range(i, i + content.length);
    return i + content.length;
  }
  let j = 0;
  while (j < content.length && i < end) {
    // An escape or entity first ("&amp;" is one character of content, not "&" then "amp;").
    const esc = src[i] === '\\' || src[i] === '&' ? escapeAt(src, i) : undefined;
    if (esc && content.startsWith(esc.decoded, j)) {
      // an escaped character is read as itself; an entity stays blank
      if (src[i] === '\\') keep.one(i + 1);
      i += esc.length;
      j += esc.decoded.length;
      continue;
    }
    if (src[i] !== content[j]) break;
    keep.one(i);
    i++;
    j++;
  }
  return i;
}

/** After a link's text: skips `]` and its `(destination "title")` or `[label]`. */
function skipLinkTail(src: string, from: number, end: number): number {
  let i = from;
  while (i < end && src[i] !== ']') {
    if (src[i] === '\n' || src[i] === '\r') return from;
    i++;
  }
  if (i >= end) return from;
  i++;
  if (src[i] === '(') return skipBalanced(src, i, end, '(', ')');
  if (src[i] === '[') return skipBracketed(src, i, end);
  return i;
}

/** From an opening `[` to just after its matching `]`, escapes honoured. */
function skipBracketed(src: string, open: number, end: number): number {
  return skipBalanced(src, open, end, '[', ']');
}

function skipBalanced(src: string, open: number, end: number, o: string, c: string): number {
  let depth = 0;
  let quote = '';
  for (let i = open; i < end; i++) {
    const ch = src[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (quote) {
      if (ch === quote) quote = '';
      continue;
    }
    if (o === '(' && (ch === '"' || ch === '\'') && depth > 0 && /\s/.test(src[i - 1] ?? '')) quote = ch;
    else if (ch === o) depth++;
    else if (ch === c && --depth === 0) return i + 1;
  }
  return open + 1;
}

/** Start offset of every line, as markdown-it counts lines (\r\n, \r and \n all end one). */
function lineStartsOf(text: string): number[] {
  const starts = [0];
  const ends = lineEnds(text);
  for (let i = ends.at(0); i >= 0; i = ends.at(i + 1)) {
    if (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10) i++;
    starts.push(i + 1);
  }
  return starts;
}

/** Length of a YAML (---) or TOML (+++) front matter block at the very start, 0 if none. */
export function frontMatterLength(text: string): number {
  const open = /^(---|\+\+\+)[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const fence = open[1]!;
  let i = open[0].length;
  while (i < text.length) {
    let eol = text.indexOf('\n', i);
    if (eol < 0) eol = text.length;
    const line = text.slice(i, eol).replace(/\r$/, '').trimEnd();
    if (line === fence || (fence === '---' && line === '...')) return Math.min(text.length, eol + 1);
    i = eol + 1;
  }
  return 0;
}

/** The text with everything not kept turned to spaces, line breaks left in place. */
function proseOf(text: string, keep: Uint8Array): string {
  // Run by run: a kept run is a slice of the text (lone surrogates kept as they are), a blank run
  // spaces around its line breaks. Most of an article is a few long kept runs.
  const parts: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let j = keep.indexOf(0, i);
    if (j < 0) j = n;
    if (j > i) {
      if (i === 0 && j === n) return text;
      parts.push(text.slice(i, j));
    }
    if (j === n) break;
    i = keep.indexOf(1, j);
    if (i < 0) i = n;
    parts.push(blankRun(text, j, i));
  }
  return parts.join('');
}

/** The characters from `from` to `to` as spaces, line breaks left in place. */
function blankRun(text: string, from: number, to: number): string {
  let out = '';
  let at = from;
  for (let k = from; k < to; k++) {
    const ch = text.charCodeAt(k);
    if (ch !== 10 && ch !== 13) continue;
    out += ' '.repeat(k - at) + text[k];
    at = k + 1;
  }
  return out + ' '.repeat(to - at);
}
