// How much of a territory a phrase says a side holds ("most of", "about 20 percent of", "parts of",
// "all of"): read by the claims for a control claim's extent, and by the territory lists, which
// end where a phrase of another extent opens the next ("most of Luhansk, and parts of Kherson").
import type { ControlExtent } from './types';

// The words of a share phrase, for the expressions that find one before a territory's name
// (territories.ts SHARE) or after a cue's object (claims.ts): a figure's approximation ("about 70%
// of"), the adjectives of plural parts ("large parts of") and of one piece ("a narrow strip of").
export const SHARE_APPROXIMATION = String.raw`(?:about|nearly|almost|roughly|around|over|more than|less than)\s+`;
export const PARTS_ADJECTIVE = String.raw`(?:large|small|big|vast|tiny|remaining|significant|substantial)\s+`;
export const PIECE_ADJECTIVE = String.raw`(?:small|large|narrow|thin|big)\s+`;

/** The extent of control that `words` (in lower case) say, or null when they say none. */
export function extentIn(words: string): ControlExtent | null {
  if (/\b(?:most|much|majority|nearly all|almost all|virtually all|practically all|bulk|large swath|large swathes|large parts?|vast|three-quarters|two-thirds|three-fourths)\b/.test(words)) return 'most';
  // "about 20 percent of Ukraine", "70% of Donetsk"
  const share = /(?<![\d.])(\d+(?:\.\d+)?)\s*(?:percent|per cent|%)/.exec(words);
  if (share) return Number(share[1]) >= 50 ? 'most' : 'partial';
  // (an area's measure is a part: "38,000 square kilometres in Aksai Chin")
  if (/\b(?:partial|partially|partly|part of|parts of|some of|portions?|pockets?|slivers?|chunks?|strip|slice|corner|patch|small (?:area|part)|fraction|fifth|quarter|third|half|foothold|tenuous|square (?:kilometres|kilometers|miles|km)|hectares|acres)\b/.test(words)) return 'partial';
  if (/\b(?:all of|entire|entirely|full|fully|whole|complete|completely|total|totally)\b/.test(words)) return 'full';
  return null;
}
