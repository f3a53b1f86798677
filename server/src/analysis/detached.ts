/**
 * A copy of `s` that shares nothing with the string it was cut from. V8 keeps a slice of 13 or
 * more characters (substring, slice, a regular expression's match) as a view into its parent, and
 * a concatenation as a pair of its parts: a cache that outlives the analysis and is keyed by a
 * name cut from an article would keep the whole article alive. Shorter strings are always copies.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (JSON.parse(JSON.stringify(s)) as string);
}
