// Arrays one analysis hands the next (the blocks' names, the entities and their mentions) are
// read by code V8 optimised for the arrays it met. `Array.prototype.map` makes a packed array
// while its caller runs unoptimised and a holey one once TurboFan has inlined it: the kind of a
// carried array flipped with the tier of the code that made it, and every reader optimised for
// one kind was thrown away ("wrong map") and compiled again when the other came. Pushing makes a
// packed array in every tier.

/** `list.map(f)`, always a packed array. */
export function mapPacked<T, U>(list: readonly T[], f: (item: T, index: number) => U): U[] {
  const out: U[] = [];
  for (let i = 0; i < list.length; i++) out.push(f(list[i]!, i));
  return out;
}
