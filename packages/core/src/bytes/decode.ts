/**
 * Bytes of a text file to a string. Budget texts come as UTF-8 (what extractors write today) or
 * GB18030/GBK (older Chinese Windows tools), sometimes as UTF-16 with a byte-order mark (Excel's
 * "Unicode text"). No dependency: every runtime core runs in has a TextDecoder with these encodings.
 */

export type TextEncodingName = 'utf-8' | 'gb18030' | 'utf-16le' | 'utf-16be';

export interface DecodedText {
  text: string;
  encoding: TextEncodingName;
  /** Byte sequences the encoding could not decode, each now U+FFFD. */
  replaced: number;
}

/**
 * Share of characters that may be undecodable in a text still read as text: a few flipped bytes in a
 * long file leave a partial report, while a file with more is not text in that encoding.
 */
export const MAX_REPLACED_SHARE = 0.01;
/**
 * Share of control characters (C0 other than tab, line feed, form feed, carriage return; and DEL) a
 * text may hold. pdftotext writes form feeds between pages; binary formats (zip, images, Office files)
 * are full of the others, text is nearly free of them.
 */
export const MAX_CONTROL_SHARE = 0.001;

interface Decoder {
  decode(bytes: Uint8Array): string;
}
type DecoderClass = new (label: string, options?: { fatal?: boolean; ignoreBOM?: boolean }) => Decoder;
// Core is built without DOM or Node types: TextDecoder is a global of every runtime it targets.
const TextDecoderClass = (globalThis as unknown as { TextDecoder: DecoderClass }).TextDecoder;

function decode(bytes: Uint8Array, encoding: TextEncodingName, fatal: boolean): string | undefined {
  try {
    return new TextDecoderClass(encoding, { fatal }).decode(bytes);
  } catch {
    return undefined;
  }
}

function countReplaced(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\ufffd'); i >= 0; i = text.indexOf('\ufffd', i + 1)) n++;
  return n;
}

/**
 * Decodes a text file: by its byte-order mark when it has one, else UTF-8 when it decodes cleanly,
 * else whichever of UTF-8 and GB18030 leaves fewer undecodable sequences (UTF-8 on a tie). Undefined
 * when the bytes are not text in any of them (too many undecodable sequences or control characters).
 */
export function decodeText(bytes: Uint8Array): DecodedText | undefined {
  const decoded = decodeBest(bytes);
  if (!decoded) return undefined;
  const length = Math.max(1, decoded.text.length);
  if (decoded.replaced / length > MAX_REPLACED_SHARE) return undefined;
  if (decoded.text.includes('\0') || countControls(decoded.text) / length > MAX_CONTROL_SHARE) return undefined;
  return decoded;
}

function decodeBest(bytes: Uint8Array): DecodedText | undefined {
  const bom = byteOrderMark(bytes);
  if (bom) {
    const text = decode(bytes, bom, false);
    return text === undefined ? undefined : { text, encoding: bom, replaced: countReplaced(text) };
  }
  const strict = decode(bytes, 'utf-8', true);
  if (strict !== undefined) return { text: strict, encoding: 'utf-8', replaced: 0 };
  let best: DecodedText | undefined;
  for (const encoding of ['utf-8', 'gb18030'] as const) {
    const text = decode(bytes, encoding, false);
    if (text === undefined) continue;
    const replaced = countReplaced(text);
    if (!best || replaced < best.replaced) best = { text, encoding, replaced };
  }
  return best;
}

function byteOrderMark(bytes: Uint8Array): TextEncodingName | undefined {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return undefined;
}

function countControls(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0x7f) n++;
  }
  return n;
}
