/** Byte helpers the pre-scan's modules share. */

/** The parts one after the other (the part itself when there is one). */
export function concat(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 1) return parts[0] as Uint8Array;
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** A hexadecimal digit's value, or -1 for any other byte (hex strings and ASCIIHexDecode skip those). */
function hexValue(c: number): number {
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  if (c >= 0x41 && c <= 0x46) return c - 55;
  if (c >= 0x61 && c <= 0x66) return c - 87;
  return -1;
}

/**
 * Hex digits from `from` up to a `>` (or `end`), two to a byte, others skipped, an odd last digit
 * followed by 0 (§7.3.4.3); each byte to `push`. Returns where it stopped (the `>`, or `end`).
 */
export function decodeHex(bytes: Uint8Array, from: number, end: number, push: (byte: number) => void): number {
  let high = -1;
  let p = from;
  for (; p < end && bytes[p] !== 0x3e; p++) {
    const v = hexValue(bytes[p] as number);
    if (v < 0) continue;
    if (high < 0) high = v;
    else {
      push((high << 4) | v);
      high = -1;
    }
  }
  if (high >= 0) push(high << 4);
  return p;
}
