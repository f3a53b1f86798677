// The mentions the merger reads (coreference.ts), made from a block's names and the vote.
import type { TypedMention } from './coreference';
import { mapPacked } from './packed';
import type { BlockNames } from './entities';
import type { Gender } from './lexicon';
import type { Resolution } from './typeVote';
import type { EntityType, GeoInfo } from './types';
import { titleCase } from './tokens';


/**
 * The mention the merger reads for entry `k` of a block's merger order (`BlockNames.order`), its
 * offsets moved by `base`; undefined for a candidate the vote left without a type. `first`: the
 * index of the block's first candidate among the document's, which the vote's are by.
 */
export function typedAt(names: BlockNames, k: number, base: number, vote: Resolution, first: number): TypedMention | undefined {
  if (k < 0) {
    const o = names.others[-1 - k]!;
    return typedMention(o.start + base, o.end + base, o.text, o.type, o.words, undefined, undefined, undefined, o.key, undefined, undefined);
  }
  const type = vote.types[first + k];
  if (!type) return undefined;
  const c = names.candidates[k]!;
  const words = c.shouted ? mapPacked(c.words, titleCase) : c.words;
  return typedMention(c.start + base, c.end + base, c.text, type, words, c.roles, c.aliases, c.shouted, vote.keys[first + k] || undefined, vote.geos[first + k] || undefined, c.gender);
}

/**
 * A mention for the merger, every one of the same shape whatever it holds: the merger's code,
 * run over every mention, stays fast only while it meets one shape (and it is run over them
 * again only at the rarer edits that change a name, with little time to learn many).
 */
function typedMention(
  start: number, end: number, text: string, type: EntityType, words: readonly string[], roles: readonly string[] | undefined,
  aliases: readonly string[] | undefined, shouted: boolean | undefined, key: string | undefined, geo: GeoInfo | undefined, gender: Gender | undefined,
): TypedMention {
  return { start, end, text, type, words, roles, aliases, shouted, key, geo, gender };
}
