// The agents of each sentence (claimants.ts), remembered per block text between analyses. A
// sentence's agents depend on its own words and the gazetteer, and on the document only through
// two questions: which side a person named so far speaks for, and what stands just before a
// capital at the block's start. The answers are recorded with the agents; the agents are reused
// while every answer still holds, and found again otherwise.
import { endsLocative, type Agent, type ClaimantResolver } from './claimants';
import type { ProseDocument } from './document';
import { SpanMemos } from './incremental';
import type { MentionIndex } from './mentionIndex';
import type { Block, Span } from './types';

// Memos are kept for every sentence of every open document: flat arrays, no maps, nothing when empty.
interface Memo {
  /** Offsets relative to the block's start, entities left out (ids are the document's). */
  readonly agents: readonly Agent[];
  /** Each person's name asked about, then the side the document gave then: name, side, name, side… */
  readonly people: readonly (string | null)[];
  /** Text read before the block's start: relative offset of a name, then the 20 characters before it. */
  readonly before?: readonly (number | string)[];
}

const NONE: readonly never[] = Object.freeze([]);

export class SentenceAgents {
  private readonly memos: SpanMemos<Memo>;

  constructor(
    private readonly doc: ProseDocument,
    private readonly resolver: ClaimantResolver,
    private readonly mentions: MentionIndex,
  ) {
    this.memos = new SpanMemos(doc, 'claims:agents');
  }

  /** The agents of `sentence` of `block`, as `ClaimantResolver.agentsIn` finds them now. */
  of(sentence: Span, block: Block): Agent[] {
    const base = block.start;
    const memo = this.memos.get(block, sentence, (m) => this.holds(m, base), () => this.find(sentence, base));
    return memo.agents.map((a) => ({ ...a, start: a.start + base, end: a.end + base, entity: this.mentions.at(a.start + base)?.entity.id ?? null }));
  }

  private holds(memo: Memo, base: number): boolean {
    const people = memo.people;
    for (let i = 0; i < people.length; i += 2) if (this.resolver.sideOfPerson(people[i]!) !== people[i + 1]) return false;
    const before = memo.before ?? NONE;
    for (let i = 0; i < before.length; i += 2) if (this.before(base + (before[i] as number)) !== before[i + 1]) return false;
    return true;
  }

  private find(sentence: Span, base: number): Memo {
    const people = new Map<string, string | null>();
    const before = new Map<number, string>();
    const agents = this.resolver.sidesIn(
      this.doc.prose,
      sentence.start,
      sentence.end,
      (name) => {
        const side = this.resolver.sideOfPerson(name);
        people.set(name, side);
        return side;
      },
      (at) => {
        const text = this.before(at);
        if (at - 20 < base) before.set(at - base, text);
        return endsLocative(text);
      },
    );
    return {
      agents: agents.length ? agents.map((a) => ({ ...a, start: a.start - base, end: a.end - base })) : NONE,
      people: people.size ? [...people].flat() : NONE,
      ...(before.size ? { before: [...before].flat() } : {}),
    };
  }

  private before(at: number): string {
    return this.doc.prose.slice(Math.max(0, at - 20), at);
  }
}
