// Whether a regular expression's matches stay within one line of a text, and read nothing past
// it: then a scan of each line alone (a slice from just after one line feed to just before the
// next) finds the matches a scan of the whole text finds there, and a line where something every
// match contains does not occur can be left out. Told from the source conservatively: a
// construct that might match a line feed, look around, or anchor to the text's edges answers no.

// Unicode properties none of whose characters is a line feed (letters, marks, numbers).
const LINE_FREE_PROPERTY = /^\{(?:L[ultmo]?|M[nce]?|N[dlo]?)\}/;

/** Whether no match of the expression `source` holds a line feed or looks past the line it stands in. */
export function staysOnOneLine(source: string): boolean {
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i]!;
    // a raw control character, a line feed among them
    if (ch.charCodeAt(0) < 32) return false;
    if (ch === '\\') {
      const next = source[i + 1] ?? '';
      if (next === 'p') {
        const property = LINE_FREE_PROPERTY.exec(source.slice(i + 2));
        if (!property) return false;
        i += 1 + property[0].length;
        continue;
      }
      // word boundaries, digits and word characters; any other letter or digit escapes a class
      // or a character that may be a line feed (\s, \W, \D, \n, \x0a, \u000a, \cJ, back-references)
      if (!/^[bBdw]$/.test(next) && /^[\p{L}\p{N}]$/u.test(next)) return false;
      i++;
      continue;
    }
    if (inClass) {
      if (ch === ']') inClass = false;
      continue;
    }
    if (ch === '[') {
      // a negated class matches a line feed
      if (source[i + 1] === '^') return false;
      inClass = true;
      // "[]…]" would close at once; nothing here writes one
      continue;
    }
    // any character, or the text's edges (a line's edges in a slice)
    if (ch === '.' || ch === '^' || ch === '$') return false;
    // look-ahead and look-behind read past the match
    if (ch === '(' && /^\?<?[=!]/.test(source.slice(i + 1, i + 4))) return false;
  }
  return !inClass;
}
