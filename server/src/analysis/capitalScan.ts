// Finding runs of capitalised words with Unicode-property expressions (\p{Lu}) is slow where the
// text has no capital: the engine tries the expression at every character. Skipping with
// character codes to the next character that may be a capital (A-Z, or anything outside ASCII)
// and matching from there finds the same matches, each of which starts with a capital.

/**
 * The next match of `re` (global or sticky, and every match of it starting with a character
 * that is A-Z or outside ASCII) in `text` at or after `from`, as `re.exec` would find it from
 * `from`; null when there is none. Leaves `re.lastIndex` where `exec` leaves it.
 */
export function execFromCapital(re: RegExp, text: string, from: number): RegExpExecArray | null {
  const n = text.length;
  let p = from;
  while (p < n) {
    const c = text.charCodeAt(p);
    if ((c >= 65 && c <= 90) || c >= 128) break;
    p++;
  }
  if (p >= n) {
    re.lastIndex = 0;
    return null;
  }
  re.lastIndex = p;
  return re.exec(text);
}
