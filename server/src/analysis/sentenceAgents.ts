// The agents of each sentence (claimants.ts), remembered per block text between analyses. A
// sentence's agents depend on its own words and the gazetteer, and on the document only through
// two questions: which side a person named so far speaks for, and what stands just before a
// capital at the block's start. The answers are recorded with the agents; the agents are reused
// while every answer still holds, and found again otherwise.
import { endsLocative, placedAgent, type Agent, type ClaimantResolver } from './claimants';
import type { ProseDocument } from './document';
import { detached } from './detached';
import { SpanMemos } from './incremental';
import type { MentionIndex } from './mentionIndex';
import { sameStrings } from './sameStrings';
import type { SentenceIndex } from './sentenceIndex';
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

/**
 * What an analysis of an edited document hands the next: the memo each sentence used, and how
 * many changes to the people's sides (ClaimantResolver.changes) came before it. A sentence that
 * stands unchanged since, and is reached with the same sides as then, has the same agents.
 */
interface Carried {
  /** By sentence index in the document. */
  readonly memos: (Memo | undefined)[];
  readonly changesBefore: Int32Array;
  /** How many there were once the sentence's own people were remembered (see `remember`), or -1. */
  readonly changesAfter: Int32Array;
  /** By block: the index of its first sentence. */
  readonly firstSentence: Int32Array;
  readonly initialSides: readonly string[];
  readonly changes: readonly string[];
}

const STAGE = 'claims:agentsCarried';

export class SentenceAgents {
  private readonly memos: SpanMemos<Memo>;
  private readonly previous: Carried | undefined;
  private readonly current: Carried | undefined;
  /** Whether the document's entities gave people the same sides as in the previous analysis. */
  private readonly sameStart: boolean = false;
  /** How many of the resolver's changes so far are the previous analysis's, in order. */
  private agreed = 0;
  // where `of` stands: the block (by index) and the sentence within it
  private blockAt = 0;
  private sentenceAt = 0;
  /** The sentence `of` last answered: its index, and the previous analysis's for it when its memo came from there. */
  private lastAt = -1;
  private lastPrevious = -1;

  constructor(
    private readonly doc: ProseDocument,
    private readonly resolver: ClaimantResolver,
    private readonly mentions: MentionIndex,
    index: SentenceIndex,
  ) {
    this.memos = new SpanMemos(doc, 'claims:agents');
    const cache = doc.cache;
    if (!cache?.keeps) return;
    // (numbered by block only here: an analysis that keeps nothing does not ask)
    const { firstSentence, sentences: { length: sentences } } = index;
    this.current = { memos: new Array<Memo | undefined>(sentences), changesBefore: new Int32Array(sentences), changesAfter: new Int32Array(sentences).fill(-1), firstSentence, initialSides: resolver.initialSides, changes: resolver.changes };
    cache.carry(STAGE, this.current);
    const previous = cache.take<Carried>(STAGE);
    if (previous && previous.firstSentence.length === cache.previousCount()) {
      this.previous = previous;
      this.sameStart = sameStrings(previous.initialSides, resolver.initialSides);
    } else this.sameStart = false;
  }

  /**
   * The walk starts at sentence `si`, from the state the previous analysis had there
   * (walkCheckpoints.ts): the sentences before it keep what they had then, for the next analysis.
   */
  startAt(si: number): void {
    const previous = this.previous;
    const current = this.current;
    if (!previous || !current) return;
    for (let k = 0; k < si; k++) current.memos[k] = previous.memos[k];
    current.changesBefore.set(previous.changesBefore.subarray(0, si));
    current.changesAfter.set(previous.changesAfter.subarray(0, si));
  }

  /**
   * The walk stops at sentence `si` and takes the previous walk's rest, `moved` sentences further
   * on (walkCheckpoints.ts, `converge`), with the same sides for the people it asks about as then,
   * and `changes` more changes to the people's sides before it: the sentences from there on (to
   * `until`) keep what they had then, for the next analysis, their changes counted in this walk's log.
   */
  takeRest(si: number, moved: number, changes: number, until: number): void {
    const previous = this.previous;
    const current = this.current;
    if (!previous || !current) return;
    for (let k = si; k < until; k++) current.memos[k] = previous.memos[k - moved];
    current.changesBefore.set(previous.changesBefore.subarray(si - moved, until - moved), si);
    current.changesAfter.set(previous.changesAfter.subarray(si - moved, until - moved), si);
    if (changes === 0) return;
    for (let k = si; k < until; k++) {
      // a sentence without a memo was not read; -1: its people were not remembered
      if (current.memos[k] === undefined) continue;
      current.changesBefore[k] += changes;
      if (current.changesAfter[k]! >= 0) current.changesAfter[k] += changes;
    }
  }

  /** The index in the previous analysis of the sentence now `k`-th of block `b`, when it stands unchanged and is reached with the same sides; else -1. */
  private previousSentence(b: number, k: number): number {
    const previous = this.previous;
    if (!previous || !this.sameStart) return -1;
    const old = this.doc.cache!.previousIndex(b, this.doc.blocks.length);
    if (old < 0) return -1;
    const j = previous.firstSentence[old]! + k;
    const changes = this.resolver.changes;
    while (this.agreed < changes.length && this.agreed < previous.changes.length && changes[this.agreed] === previous.changes[this.agreed]) this.agreed++;
    return previous.changesBefore[j] === changes.length && this.agreed >= changes.length ? j : -1;
  }

  /**
   * Remembers the people the sentence `of` last answered names with their sides
   * (`rememberPeople`, claims.ts), or, when the sentence and its agents are the previous
   * analysis's and were reached with the same sides, makes the changes it made then: from the
   * same sides, the same words make the same changes.
   */
  remember(rememberPeople: () => void): void {
    const at = this.lastAt;
    const j = this.lastPrevious;
    this.lastAt = -1;
    this.lastPrevious = -1;
    const previous = this.previous;
    if (previous && this.replays(j)) {
      this.resolver.rememberAll(previous.changes, previous.changesBefore[j]!, previous.changesAfter[j]!);
    } else rememberPeople();
    if (at >= 0 && this.current) this.current.changesAfter[at] = this.resolver.changes.length;
  }

  /** Whether `remember` makes again the changes the previous analysis's sentence `j` made. */
  private replays(j: number): boolean {
    return this.previous !== undefined && j >= 0 && this.previous.changesAfter[j]! >= this.previous.changesBefore[j]!;
  }

  /** Moves `blockAt` and `sentenceAt` to `sentence` of `block`; false if it is not one of the document's. */
  private find(block: Block, sentence: Span): boolean {
    const blocks = this.doc.blocks;
    if (blocks[this.blockAt] !== block) {
      this.sentenceAt = 0;
      while (this.blockAt < blocks.length && blocks[this.blockAt] !== block) this.blockAt++;
      if (this.blockAt >= blocks.length) {
        this.blockAt = 0;
        return false;
      }
    }
    const sentences = block.sentences;
    if (sentences[this.sentenceAt] !== sentence) {
      this.sentenceAt = sentences.indexOf(sentence);
      if (this.sentenceAt < 0) {
        this.sentenceAt = 0;
        return false;
      }
    }
    return true;
  }

  /**
   * The agents of `sentence` of `block`, as `ClaimantResolver.agentsIn` finds them now. When only
   * the people the sentence names matter (`onlyPeople`), none are made where `remember` will
   * replay what the sentence taught the previous analysis.
   */
  of(sentence: Span, block: Block, onlyPeople = false): readonly Agent[] {
    if (!this.doc.cache?.keeps) return this.resolver.agentsIn(this.doc.prose, sentence.start, sentence.end, this.mentions);
    const base = block.start;
    let memo: Memo | undefined;
    const current = this.current!;
    const at = this.find(block, sentence) ? current.firstSentence[this.blockAt]! + this.sentenceAt : -1;
    this.lastAt = at;
    this.lastPrevious = -1;
    if (at >= 0) {
      const j = this.previousSentence(this.blockAt, this.sentenceAt);
      const before = j >= 0 ? this.previous!.memos[j] : undefined;
      if (before && this.holdsBefore(before, base)) {
        memo = before;
        this.lastPrevious = j;
      }
    }
    memo ??= this.memos.get(block, sentence, (m) => this.holds(m, base), () => this.agentsOf(sentence, base));
    if (at >= 0) {
      current.memos[at] = memo;
      current.changesBefore[at] = this.resolver.changes.length;
    }
    // most sentences name no side: their memos share one empty list, and so do their answers
    if (memo.agents.length === 0 || (onlyPeople && this.replays(this.lastPrevious))) return NONE;
    return memo.agents.map((a) => placedAgent(a, base, this.mentions.at(a.start + base)?.entity.id ?? null));
  }

  private holds(memo: Memo, base: number): boolean {
    const people = memo.people;
    for (let i = 0; i < people.length; i += 2) if (this.resolver.sideOfPerson(people[i]!) !== people[i + 1]) return false;
    return this.holdsBefore(memo, base);
  }

  /** Whether the text the memo read before its block's start still reads the same. */
  private holdsBefore(memo: Memo, base: number): boolean {
    const before = memo.before ?? NONE;
    for (let i = 0; i < before.length; i += 2) if (this.before(base + (before[i] as number)) !== before[i + 1]) return false;
    return true;
  }

  private agentsOf(sentence: Span, base: number): Memo {
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
        // kept in the memo: a copy, not a view that would keep this version of the text alive
        if (at - 20 < base) before.set(at - base, detached(text));
        return endsLocative(text);
      },
    );
    return {
      agents: agents.length ? agents.map((a) => placedAgent(a, -base, a.entity)) : NONE,
      // a memo outlives its analysis: no views into this version of the text (see detached.ts)
      people: people.size ? [...people].flat().map((x) => (typeof x === 'string' ? detached(x) : x)) : NONE,
      ...(before.size ? { before: [...before].flat() } : {}),
    };
  }

  private before(at: number): string {
    return this.doc.prose.slice(Math.max(0, at - 20), at);
  }
}
