// Case-insensitive words without the i flag. With the u flag, i folds case the Unicode way and
// a scan costs several times more; without u, case folding is ASCII only. A class per letter
// matches each word as /word/iu does (the long s folds onto s, the Kelvin sign onto k), so a
// quick test with it can rule a text out before a costlier Unicode-aware expression runs.

/** A source matching `word` in any case, exactly as /word/iu matches it; any character stands for a non-ASCII one. */
export function caselessSource(word: string): string {
  let out = '';
  for (const ch of word) {
    const lower = ch.toLowerCase();
    if (ch.charCodeAt(0) >= 128) out += '[^]';
    else if (lower === 's') out += '[sS\u017f]';
    else if (lower === 'k') out += '[kK\u212a]';
    else if (lower >= 'a' && lower <= 'z') out += `[${lower}${lower.toUpperCase()}]`;
    else out += ch.replace(/[\\^$.*+?()[\]{}|/-]/, '\\$&');
  }
  return out;
}
