// What the entity finder asks the gazetteer of a name: its place, and whether the place's own name
// is that name (folded: case and marks aside) or starts with it. Names are asked by the thousand,
// the same few again and again: the answers are remembered per gazetteer in a word memory
// (wordMemo.ts) in front of the gazetteer's own, whose Map reads cost more than its slot, and the
// folding of both names, two new strings, is done once per name rather than per mention.
import type { Gazetteer } from './gazetteer';
import type { GeoInfo } from './types';
import { WordMemo } from './wordMemo';
import { isAscii, withoutMarks } from './wordShapes';

/** `match`: the place's own name, folded, is the name folded. */
export const SAME_NAME = 1;
/** `match`: the place's own name, folded, starts with the name folded and a space. */
export const NAME_HEAD = 2;

// ASCII text has no marks and is its own NFKD form: most names take the fast way
const fold = (s: string): string => (isAscii(s) ? s.toLowerCase() : withoutMarks(s).toLowerCase());

interface Answer {
  readonly geo: GeoInfo | null;
  /** SAME_NAME and NAME_HEAD, or -1 until asked. */
  match: number;
}

const byGazetteer = new WeakMap<Gazetteer, GazetteerNames>();

export class GazetteerNames {
  // long names are left to the gazetteer's own memory
  private readonly memo = new WordMemo<Answer>(false);

  private constructor(private readonly gazetteer: Gazetteer) {}

  /** The one for `gazetteer`, made at its first analysis. */
  static of(gazetteer: Gazetteer): GazetteerNames {
    let names = byGazetteer.get(gazetteer);
    if (names === undefined) {
      names = new GazetteerNames(gazetteer);
      byGazetteer.set(gazetteer, names);
    }
    return names;
  }

  /** The place the gazetteer gives the name (`Gazetteer.lookup`). */
  lookup(name: string): GeoInfo | undefined {
    return this.answer(name).geo ?? undefined;
  }

  /** How the place's own name matches the name (SAME_NAME, NAME_HEAD); 0 when there is no place. */
  match(name: string): number {
    const answer = this.answer(name);
    if (answer.match < 0) {
      const geo = answer.geo;
      let match = 0;
      if (geo !== null) {
        const own = fold(geo.name ?? '');
        const folded = fold(name);
        if (own === folded) match |= SAME_NAME;
        if (own.startsWith(`${folded} `)) match |= NAME_HEAD;
      }
      answer.match = match;
    }
    return answer.match;
  }

  private answer(name: string): Answer {
    let answer = this.memo.get(name);
    if (answer === undefined) {
      answer = { geo: this.gazetteer.lookup(name) ?? null, match: -1 };
      this.memo.set(name, answer);
    }
    return answer;
  }
}
