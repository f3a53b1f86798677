// The semantic tokens a version keeps on the protocol thread until the editor asks for them: every
// open document holds one, so they are kept as LSP's relative encoding with each number as a
// variable-length unsigned integer (7 bits a byte). News text's numbers are small (line steps,
// columns and lengths of names and quotes), so a token takes ~6 bytes instead of the 20 of a
// token table (tokenTable.ts); packing and unpacking are one pass each, the same work the relative
// encoding of a request already was.
import { encodeTableData } from './semanticTokens';
import { TOKEN_FIELDS } from './tokenTable';

/** A token table in LSP's relative encoding, each number as a little-endian base-128 varint. */
export type PackedTokens = Uint8Array;

/**
 * The tokens a version keeps: packed for a document that was only opened, the table itself for
 * one being edited (packing would add to every keystroke's path, and the edited few are cheap).
 */
export type KeptTokens = Int32Array | PackedTokens;

/** What a full request answers (LSP's relative encoding). */
export function tokenData(tokens: KeptTokens): Uint32Array {
  return tokens instanceof Int32Array ? encodeTableData(tokens) : relativeTokens(tokens);
}

/** The token table (absolute lines and columns). */
export function tokenTable(tokens: KeptTokens): Int32Array {
  return tokens instanceof Int32Array ? tokens : unpackTokens(tokens);
}

/** Packs a token table (absolute, five numbers a token, ordered). */
export function packTokens(table: Int32Array): PackedTokens {
  // At most 5 bytes per 32-bit number; the exact size is copied out at the end.
  const out = new Uint8Array(table.length * 5);
  let n = 0;
  let prevLine = 0;
  let prevChar = 0;
  for (let i = 0; i < table.length; i++) {
    const field = i % TOKEN_FIELDS;
    let v = table[i]!;
    if (field === 0) {
      const line = v;
      v = line - prevLine;
      const character = table[i + 1]!;
      // The column is relative to the previous token's on the same line (LSP's encoding).
      if (v === 0) {
        out[n++] = 0;
        v = character - prevChar;
      } else {
        n = put(out, n, v);
        v = character;
      }
      prevLine = line;
      prevChar = character;
      i++;
    }
    n = v < 0x80 ? ((out[n] = v), n + 1) : put(out, n, v);
  }
  return out.slice(0, n);
}

function put(out: Uint8Array, at: number, value: number): number {
  let v = value >>> 0;
  while (v >= 0x80) {
    out[at++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  out[at++] = v;
  return at;
}

/** How many numbers `packed` holds (five a token). */
function countNumbers(packed: PackedTokens): number {
  let count = 0;
  for (let i = 0; i < packed.length; i++) if (packed[i]! < 0x80) count++;
  return count;
}

/** The numbers of `packed` as they were packed: LSP's relative encoding, what a full request answers. */
export function relativeTokens(packed: PackedTokens): Uint32Array {
  const out = new Uint32Array(countNumbers(packed));
  let n = 0;
  for (let i = 0; i < packed.length; ) {
    let b = packed[i++]!;
    if (b < 0x80) {
      out[n++] = b;
      continue;
    }
    let v = b & 0x7f;
    let scale = 0x80;
    do {
      b = packed[i++]!;
      v += (b & 0x7f) * scale;
      scale *= 0x80;
    } while (b >= 0x80);
    out[n++] = v;
  }
  return out;
}

/** The token table `packed` was made from (absolute lines and columns). */
export function unpackTokens(packed: PackedTokens): Int32Array {
  const table = Int32Array.from(relativeTokens(packed));
  let line = 0;
  let character = 0;
  for (let i = 0; i < table.length; i += TOKEN_FIELDS) {
    const deltaLine = table[i]!;
    line += deltaLine;
    character = deltaLine === 0 ? character + table[i + 1]! : table[i + 1]!;
    table[i] = line;
    table[i + 1] = character;
  }
  return table;
}
