// Finding runs of capitalised words with Unicode-property expressions (\p{Lu}) is slow where the
// text has no capital: the engine tries the expression at every character. Skipping to the next
// character that may be a capital (A-Z, or anything outside ASCII) and matching from there
// finds the same matches, each of which starts with a capital.

// A-Z or any code unit outside ASCII (no u flag: a surrogate half counts, as a code would)
const MAY_BE_CAPITAL = /[A-Z\u0080-\uffff]/g;

/**
 * The next match of `re` (global or sticky, and every match of it starting with a character
 * that is A-Z or outside ASCII) in `text` at or after `from`, as `re.exec` would find it from
 * `from`; null when there is none. Leaves `re.lastIndex` where `exec` leaves it.
 */
export function execFromCapital(re: RegExp, text: string, from: number): RegExpExecArray | null {
  // a one-class expression scans in the engine's compiled code, several times faster than a
  // loop over character codes in script
  MAY_BE_CAPITAL.lastIndex = from;
  if (!MAY_BE_CAPITAL.test(text)) {
    re.lastIndex = 0;
    return null;
  }
  re.lastIndex = MAY_BE_CAPITAL.lastIndex - 1;
  return re.exec(text);
}
