// The block split asks, line after line, where the next line end stands. A one-class expression
// ([\n\r]) answered that by reading every character in the engine's matching loop; `indexOf` for
// one character reads them several times faster (the runtime's byte search). Searching for each
// character apart reads past the nearest one, so each character's next place is kept until the
// search passes it: every character of the text is then read at most once per character looked for.

/**
 * The next place of any of a few characters in one text, asked at places that go back little if
 * at all (the block split steps back over the LF of a CRLF it has read past).
 */
export class NextOf {
  /** For each character, where it next stands at or after the last place asked; -1 nowhere after; -2 not looked for yet. */
  private readonly found: number[];
  private asked = 0;

  constructor(
    private readonly text: string,
    private readonly chars: readonly string[],
  ) {
    this.found = chars.map(() => -2);
  }

  /** The first place at or after `from` holding one of the characters, or -1. */
  at(from: number): number {
    if (from < this.asked) this.back(from);
    this.asked = from;
    let first = -1;
    for (let k = 0; k < this.chars.length; k++) {
      let p = this.found[k]!;
      if (p === -2 || (p >= 0 && p < from)) this.found[k] = p = this.text.indexOf(this.chars[k]!, from);
      if (p >= 0 && (first < 0 || p < first)) first = p;
    }
    return first;
  }

  /** Finds the characters between `from` and the last place asked, which the places kept may have passed over. */
  private back(from: number): void {
    for (let k = 0; k < this.chars.length; k++) {
      if (this.found[k] === -2) continue;
      const code = this.chars[k]!.charCodeAt(0);
      for (let i = from; i < this.asked; i++) {
        if (this.text.charCodeAt(i) === code) {
          this.found[k] = i;
          break;
        }
      }
    }
  }
}

/** The line ends of `text` (LF and CR, as the editor and markdown-it count lines). */
export const lineEnds = (text: string): NextOf => new NextOf(text, ['\n', '\r']);
