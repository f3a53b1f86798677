// The claim cues as one alternation grouped by first letter. An alternation of the cues' own
// patterns makes the expression engine try each cue in turn at every word; grouped under the
// letter each of their branches opens with ("a(?:nnex…|bsorb…)|c(?:laim…|ontrol…)"), one test of
// that letter rules out most groups at once, which scans several times faster (and grouped again
// within each group by the next letters, a few per cent faster still). The grouped
// alternation matches at exactly the places where one of the patterns does (the same branches,
// rearranged); which cues match there the cues' own expressions tell, and only those whose
// branches may open with the letter there need be tried.

export interface CueAlternation {
  /** The alternation's source (no capturing groups of its own). */
  readonly source: string;
  /** For each pattern, the letters (bit 0 for a, in any case) its matches may open with; -1 for any character. */
  readonly firstLetters: readonly number[];
  /**
   * For each pattern, what its matches may open with as two characters (openingPairs), or null
   * where they may open with any character.
   */
  readonly firstPairs: readonly (Uint32Array | null)[];
}

/** Characters as openingPairs reads them: a-z in any case as 0-25, any other as 26. */
export const OTHER_CHARACTER = 26;

/** The class (0-26, see OTHER_CHARACTER) of the character with code `code`; NaN (past the end) counts as another character. */
export function characterClass(code: number): number {
  const lower = code | 32;
  return lower >= 97 && lower <= 122 ? lower - 97 : OTHER_CHARACTER;
}

/** Every pattern's branches under the letter they open with; a branch opening otherwise stands alone. */
export function cueAlternation(patterns: readonly string[]): CueAlternation {
  const branches = patterns.map((pattern) => openBranches(pattern));
  const firstLetters = branches.map((opened) => {
    let letters = 0;
    for (const branch of opened) {
      const letter = openingLetter(branch);
      if (letter === null) return -1;
      letters |= 1 << (letter.charCodeAt(0) - 97);
    }
    return letters;
  });
  return { source: grouped(branches.flat()), firstLetters, firstPairs: patterns.map(openingPairs) };
}

/**
 * Branches under the letter they open with, and within each group under the letter their rests
 * open with, and so on (the same strings match): the engine tells the letters apart one at a
 * time instead of trying each branch of a group in turn.
 */
function grouped(branches: readonly string[]): string {
  const byLetter = new Map<string, string[]>();
  const others: string[] = [];
  for (const branch of branches) {
    const letter = openingLetter(branch);
    if (letter === null) {
      others.push(branch);
      continue;
    }
    let rests = byLetter.get(letter);
    if (!rests) byLetter.set(letter, (rests = []));
    rests.push(branch.slice(1));
  }
  const groups = [...byLetter].map(([letter, rests]) => {
    if (rests.length === 1) return letter + rests[0]!;
    const inner = grouped(rests.flatMap((rest) => openBranches(rest)));
    return topLevel(inner, '|').length === 1 ? letter + inner : `${letter}(?:${inner})`;
  });
  return [...groups, ...others].join('|');
}

/**
 * What the matches of `pattern` may open with, in any case: for each first character's class
 * (characterClass), the classes of the second as bits (bit 26 for another character, and every
 * bit where a match may end after one character or what follows cannot be told); null where the
 * first cannot be told. Read from the branches (openBranches) conservatively: a look-behind
 * opening one reads nothing, and is passed over.
 */
function openingPairs(pattern: string): Uint32Array | null {
  const pairs = new Uint32Array(27);
  for (const branch of openBranches(pattern).flatMap(afterLookBehind)) {
    const first = openingCharacter(branch);
    if (first === null) return null;
    for (const rest of openBranches(branch.slice(1))) {
      const second = openingCharacter(rest);
      pairs[first] |= second === null || rest === '' ? ANY_SECOND : 1 << second;
    }
  }
  return pairs;
}

const ANY_SECOND = (1 << 27) - 1;

/** The branch with a look-behind opening it left out (as branches, its rest's leading groups distributed). */
function afterLookBehind(branch: string): string[] {
  if (!/^\(\?<[=!]/.test(branch)) return [branch];
  const close = closingParen(branch, 0);
  return close < 0 ? [branch] : openBranches(branch.slice(close + 1));
}

/** The class of the literal character a branch opens with, unquantified; null when it opens otherwise. */
function openingCharacter(branch: string): number | null {
  const ch = branch[0];
  if (ch === undefined || /[\\^$.|?*+()[\]{}]/.test(ch) || /^.[?*+{]/.test(branch)) return null;
  return characterClass(ch.charCodeAt(0));
}

/** The lower-case ASCII letter a branch opens with, unquantified; null when it opens otherwise. */
function openingLetter(branch: string): string | null {
  if (!/^[a-z]/i.test(branch) || /^.[?*+{]/.test(branch)) return null;
  return branch[0]!.toLowerCase();
}

// Expanding a leading group goes no deeper than this (the cues' patterns need one or two).
const MAX_DEPTH = 4;

/**
 * The top-level branches of a pattern, each leading non-capturing group that is not repeated
 * distributed over the rest ("(?:a|b)c" → "ac", "bc"; "(?:a)?c" → "ac", "c"): the same strings
 * match, branch by branch.
 */
function openBranches(pattern: string, depth = 0): string[] {
  const out: string[] = [];
  for (const branch of topLevel(pattern, '|')) {
    if (depth < MAX_DEPTH && branch.startsWith('(?:')) {
      const close = closingParen(branch, 0);
      const after = branch.slice(close + 1);
      // "(?:a|b)?c" is "ac", "bc" or "c" (a lazy "??" as well: the same strings match)
      const optional = /^(?:\?\??)?/.exec(after)![0];
      if (close > 0 && !/^[*+{]/.test(after.slice(optional.length))) {
        const rest = after.slice(optional.length);
        for (const inner of topLevel(branch.slice(3, close), '|')) out.push(...openBranches(inner + rest, depth + 1));
        if (optional) out.push(...openBranches(rest, depth + 1));
        continue;
      }
    }
    out.push(branch);
  }
  return out;
}

/** `pattern` split at `separator` where it stands outside groups, classes and escapes. */
function topLevel(pattern: string, separator: string): string[] {
  const out: string[] = [];
  let from = 0;
  walkGroups(pattern, 0, (ch, i, depth) => {
    if (ch === separator && depth === 0) {
      out.push(pattern.slice(from, i));
      from = i + 1;
    }
    return false;
  });
  out.push(pattern.slice(from));
  return out;
}

/** The index of the parenthesis closing the group opened at `open`, or -1. */
function closingParen(pattern: string, open: number): number {
  let at = -1;
  walkGroups(pattern, open, (ch, i, depth) => {
    if (ch !== ')' || depth !== 0) return false;
    at = i;
    return true;
  });
  return at;
}

/**
 * Calls `visit` with each character of `pattern` from `from` on that stands outside classes and
 * escapes, and the depth of groups after it, until `visit` returns true.
 */
function walkGroups(pattern: string, from: number, visit: (ch: string, i: number, depth: number) => boolean): void {
  let depth = 0;
  let inClass = false;
  for (let i = from; i < pattern.length; i++) {
    const ch = pattern[i]!;
    if (ch === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') inClass = true;
    else if (ch === '(') depth++;
    else if (ch === ')') depth--;
    if (visit(ch, i, depth)) return;
  }
}
