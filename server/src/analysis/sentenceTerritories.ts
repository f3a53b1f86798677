// The territory mentions of each sentence (territories.ts), remembered per block text between
// analyses. Besides the sentence's own words and the gazetteer they read the article's entity
// mentions in the sentence (their spans, types and canonical names) and up to a few dozen
// characters around the sentence, which at a block's edge belong to the next block. Those
// readings are recorded with the result, which is reused while they read the same.
import type { ClaimantResolver } from './claimants';
import type { ProseDocument } from './document';
import { detached } from './detached';
import { SpanMemos } from './incremental';
import type { IndexedMention, MentionIndex } from './mentionIndex';
import { territoryMentions, type TerritoryMention } from './territories';
import type { Block, EntityType, Span } from './types';

const detachedOrNull = (s: string | null): string | null => (s === null ? s : detached(s));

// up to how many mentions a sentence's are compared with a memo's by scanning back for each one's entity
const FEW_MENTIONS = 16;
// how far territoryMentions looks before and after a sentence (place-of phrases, region words, modifiers)
const BEFORE = 30;
const AFTER = 50;

const NONE: readonly never[] = Object.freeze([]);

interface Seen {
  readonly start: number;
  readonly end: number;
  readonly type: EntityType;
  readonly name: string;
  /** The first mention of the list with the same entity (itself if none). */
  readonly same: number;
}

interface Memo {
  /** Offsets relative to the block's start. */
  readonly mentions: readonly TerritoryMention[];
  /** For each mention, the entity mention whose entity it names, or -1. */
  readonly entityOf: readonly number[];
  /** The entity mentions the sentence holds, relative to the block. */
  readonly seen: readonly Seen[];
  /** The text read outside the block, before and after it, or null where none was. */
  readonly before: string | null;
  readonly after: string | null;
}

export class SentenceTerritories {
  private readonly memos: SpanMemos<Memo>;

  constructor(
    private readonly doc: ProseDocument,
    private readonly entities: MentionIndex,
    private readonly resolver: ClaimantResolver,
  ) {
    this.memos = new SpanMemos(doc, 'claims:territories');
  }

  /** `territoryMentions` of one sentence of the document, which stands in `block`. */
  of(sentence: Span, block: Block): readonly TerritoryMention[] {
    if (!this.doc.cache?.keeps) return territoryMentions(this.doc.prose, sentence.start, sentence.end, this.entities, this.resolver);
    const base = block.start;
    const within = this.entities.within(sentence.start, sentence.end);
    const memo = this.memos.get(block, sentence, (m) => this.holds(m, block, sentence, within), () => this.find(block, sentence, within));
    // most sentences name no territory: their answers share one empty list
    if (memo.mentions.length === 0) return NONE;
    return memo.mentions.map((m, i) => {
      const k = memo.entityOf[i]!;
      return k < 0 ? { ...m, start: m.start + base, end: m.end + base } : { ...m, start: m.start + base, end: m.end + base, entity: within[k]!.entity.id };
    });
  }

  private holds(memo: Memo, block: Block, sentence: Span, within: readonly IndexedMention[]): boolean {
    if (!this.readsAsBefore(memo.before, block, sentence) || !this.readsAsAfter(memo.after, block, sentence)) return false;
    if (memo.seen.length !== within.length) return false;
    const base = block.start;
    if (within.length > FEW_MENTIONS) {
      const seen = seenOf(within, base);
      for (let i = 0; i < seen.length; i++) {
        const a = seen[i]!;
        const b = memo.seen[i]!;
        if (a.start !== b.start || a.end !== b.end || a.type !== b.type || a.name !== b.name || a.same !== b.same) return false;
      }
      return true;
    }
    // `seenOf(within, base)` compared with the memo's without making it: a sentence holds a handful
    // of mentions, and this runs for every sentence at every edit
    for (let i = 0; i < within.length; i++) {
      const a = within[i]!;
      const b = memo.seen[i]!;
      if (a.start - base !== b.start || a.end - base !== b.end || a.entity.type !== b.type || a.entity.name !== b.name) return false;
      let same = i;
      for (let k = 0; k < i; k++) {
        if (within[k]!.entity.id === a.entity.id) {
          same = k;
          break;
        }
      }
      if (same !== b.same) return false;
    }
    return true;
  }

  private find(block: Block, sentence: Span, within: readonly IndexedMention[]): Memo {
    const base = block.start;
    const found = territoryMentions(this.doc.prose, sentence.start, sentence.end, this.entities, this.resolver);
    const entityOf = found.map((m) => {
      if (m.entity === null) return -1;
      // the entity mention it came from: ends where it ends (a possessive owner may start it)
      let k = within.findIndex((w) => w.entity.id === m.entity && w.end === m.end && w.start <= m.start);
      if (k < 0) k = within.findIndex((w) => w.entity.id === m.entity);
      return k;
    });
    return {
      // kept beyond this analysis: not views into this version of the text (see detached.ts)
      mentions: found.map((m) => ({
        ...m, start: m.start - base, end: m.end - base, name: detached(m.name),
        ...(m.noun !== undefined ? { noun: detached(m.noun) } : {}), ...(m.modifiers !== undefined ? { modifiers: m.modifiers.map(detached) } : {}),
      })),
      entityOf,
      seen: seenOf(within, base),
      before: detachedOrNull(this.before(block, sentence)),
      after: detachedOrNull(this.after(block, sentence)),
    };
  }

  private before(block: Block, sentence: Span): string | null {
    return sentence.start - BEFORE < block.start ? this.doc.prose.slice(Math.max(0, sentence.start - BEFORE), block.start) : null;
  }

  private after(block: Block, sentence: Span): string | null {
    return sentence.end + AFTER > block.end ? this.doc.prose.slice(block.end, sentence.end + AFTER) : null;
  }

  /** Whether `before` reads `read` now: compared in place, since this runs for every sentence read at every edit. */
  private readsAsBefore(read: string | null, block: Block, sentence: Span): boolean {
    const from = Math.max(0, sentence.start - BEFORE);
    if (sentence.start - BEFORE >= block.start) return read === null;
    return read !== null && read.length === block.start - from && this.doc.prose.startsWith(read, from);
  }

  /** Whether `after` reads `read` now (see readsAsBefore). */
  private readsAsAfter(read: string | null, block: Block, sentence: Span): boolean {
    if (sentence.end + AFTER <= block.end) return read === null;
    return read !== null && read.length === Math.min(this.doc.prose.length, sentence.end + AFTER) - block.end && this.doc.prose.startsWith(read, block.end);
  }
}

function seenOf(within: readonly IndexedMention[], base: number): Seen[] {
  const first = new Map<string, number>();
  return within.map((m, i) => {
    let same = first.get(m.entity.id);
    if (same === undefined) first.set(m.entity.id, (same = i));
    return { start: m.start - base, end: m.end - base, type: m.entity.type, name: m.entity.name, same };
  });
}
