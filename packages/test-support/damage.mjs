/**
 * Seeded damage for fuzz tests and fixture scripts: a small PRNG (mulberry32) and the ways files
 * arrive broken. Deterministic: the same seed gives the same bytes on every machine.
 */

/** mulberry32: a 32-bit PRNG, plenty for picking damage. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const int = (rnd, below) => Math.floor(rnd() * below);
export const pick = (rnd, items) => items[int(rnd, items.length)];

let gbTable;

/**
 * Text to GB18030 bytes (its two-byte GBK part, which holds every character of a budget text).
 * Node has no GB18030 encoder: the table comes from decoding every two-byte code.
 */
export function encodeGb18030(text) {
  if (!gbTable) {
    gbTable = new Map();
    const decoder = new TextDecoder('gb18030');
    for (let lead = 0x81; lead <= 0xfe; lead++) {
      for (let trail = 0x40; trail <= 0xfe; trail++) {
        if (trail === 0x7f) continue;
        const ch = decoder.decode(new Uint8Array([lead, trail]));
        if (ch.length === 1 && ch !== '\ufffd' && !gbTable.has(ch)) gbTable.set(ch, [lead, trail]);
      }
    }
  }
  const out = [];
  for (const ch of text) {
    const code = ch.codePointAt(0) ?? 0;
    if (code < 0x80) out.push(code);
    else {
      const bytes = gbTable.get(ch);
      if (!bytes) throw new Error(`no two-byte GB18030 code for ${ch} (U+${code.toString(16)})`);
      out.push(...bytes);
    }
  }
  return new Uint8Array(out);
}

export function encodeUtf16le(text, bom = true) {
  const out = new Uint8Array((bom ? 2 : 0) + text.length * 2);
  let at = 0;
  if (bom) {
    out[at++] = 0xff;
    out[at++] = 0xfe;
  }
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[at++] = c & 0xff;
    out[at++] = c >> 8;
  }
  return out;
}

export function randomBytes(rnd, length) {
  const out = new Uint8Array(length);
  for (let i = 0; i < length; i++) out[i] = int(rnd, 256);
  return out;
}

/** XORs `count` random bytes with a random non-zero mask. */
export function flipBytes(rnd, bytes, count) {
  const out = bytes.slice();
  for (let i = 0; i < count; i++) {
    const at = int(rnd, out.length);
    out[at] = (out[at] ?? 0) ^ (1 + int(rnd, 255));
  }
  return out;
}

/** The first `share` of the bytes (cut anywhere, also inside a multi-byte character). */
export function truncate(bytes, share) {
  return bytes.slice(0, Math.floor(bytes.length * share));
}

/** The bytes without a slice from `from` to `to` (shares of the length). */
export function cutMiddle(bytes, from, to) {
  const a = Math.floor(bytes.length * from);
  const b = Math.floor(bytes.length * to);
  const out = new Uint8Array(bytes.length - (b - a));
  out.set(bytes.subarray(0, a));
  out.set(bytes.subarray(b), a);
  return out;
}

/** The parts one after the other, in new bytes (test inputs are small: plain beats fast here). */
export const concat = (...parts) => Uint8Array.from(parts.flatMap((p) => [...p]));

/** Strings a cell or a heading may hold that a page must show as text, never run. */
export const MARKUP_TEXT = [
  '<script>window.__hezhangInjected = 1</script>',
  '<img src=x onerror="window.__hezhangInjected = 1">',
  '"><svg onload=window.__hezhangInjected=1>',
  '&lt;b&gt;加粗&lt;/b&gt; & <b>粗体</b>',
  '</td></tr></table><iframe src="javascript:window.__hezhangInjected=1">',
];
