/**
 * PDF object syntax (ISO 32000 §7.3), just enough to follow a file's structure: dictionaries, arrays,
 * names, numbers and references are parsed; strings are skipped (only their length matters here).
 * Nesting deeper than `maxDepth` stops the parse: a file of a million `[` must not overflow our stack.
 */
import { decodeHex } from './bytes.js';

export interface Ref {
  ref: number;
  gen: number;
}

export interface Name {
  name: string;
}

/**
 * A string: its decoded length, and its first bytes (the security handler's keys and the file's ID
 * are strings of at most 48 bytes; nothing else of a string is needed, and a file may hold huge ones).
 */
export interface Str {
  str: number;
  bytes: Uint8Array;
}

/** The bytes of a string kept (Str.bytes): far more than any key or ID. */
const STRING_BYTES_KEPT = 256;

/** A string's decoded bytes, the first STRING_BYTES_KEPT of them kept. */
class StringBytes {
  private readonly kept: number[] = [];
  private length = 0;
  push(b: number): void {
    if (this.length++ < STRING_BYTES_KEPT) this.kept.push(b);
  }
  str(): Str {
    return { str: this.length, bytes: Uint8Array.from(this.kept) };
  }
}

export type PdfValue = number | boolean | null | Ref | Name | Str | PdfValue[] | PdfDict | Keyword;

/** A bare keyword (`obj`, `stream`, `R`, an operator): ends a value where the syntax says so. */
export interface Keyword {
  keyword: string;
}

export type PdfDict = Map<string, PdfValue>;

export class NestingTooDeep extends Error {
  constructor(readonly depth: number) {
    super(`objects nested deeper than ${depth}`);
  }
}

const WHITE = new Uint8Array(256);
for (const c of [0, 9, 10, 12, 13, 32]) WHITE[c] = 1;
const DELIM = new Uint8Array(256);
for (const c of '()<>[]{}/%') DELIM[c.charCodeAt(0)] = 1;

export const isWhite = (c: number): boolean => WHITE[c] === 1;
export const isDelimiter = (c: number): boolean => DELIM[c] === 1;
const isRegular = (c: number) => WHITE[c] === 0 && DELIM[c] === 0;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;

export const isRef = (v: PdfValue | undefined): v is Ref => typeof v === 'object' && v !== null && 'ref' in v;
export const isName = (v: PdfValue | undefined): v is Name => typeof v === 'object' && v !== null && 'name' in v;
export const isDict = (v: PdfValue | undefined): v is PdfDict => v instanceof Map;
export const nameOf = (v: PdfValue | undefined): string | undefined => (isName(v) ? v.name : undefined);

/** A reader of PDF syntax over `bytes[pos, end)`. */
export class Lexer {
  constructor(
    readonly bytes: Uint8Array,
    public pos: number,
    readonly end: number = bytes.length,
    private readonly maxDepth = 64,
  ) {}

  skipSpace(): void {
    const { bytes, end } = this;
    while (this.pos < end) {
      const c = bytes[this.pos] as number;
      if (WHITE[c]) this.pos++;
      else if (c === 0x25 /* % */) {
        while (this.pos < end && bytes[this.pos] !== 10 && bytes[this.pos] !== 13) this.pos++;
      } else return;
    }
  }

  /** The next value, or undefined at the end or on syntax this reader does not follow. */
  value(depth = 0): PdfValue | undefined {
    if (depth > this.maxDepth) throw new NestingTooDeep(this.maxDepth);
    this.skipSpace();
    const { bytes, end } = this;
    if (this.pos >= end) return undefined;
    const c = bytes[this.pos] as number;
    if (c === 0x2f /* / */) return { name: unescapeName(this.regular(this.pos + 1)) };
    if (c === 0x5b /* [ */) {
      this.pos++;
      const items: PdfValue[] = [];
      for (;;) {
        this.skipSpace();
        if (this.pos >= end) return items;
        if (bytes[this.pos] === 0x5d /* ] */) {
          this.pos++;
          return items;
        }
        const v = this.item(depth + 1);
        if (v === undefined) return items;
        items.push(v);
      }
    }
    if (c === 0x3c /* < */) {
      if (bytes[this.pos + 1] === 0x3c) {
        this.pos += 2;
        const dict: PdfDict = new Map();
        for (;;) {
          this.skipSpace();
          if (this.pos >= end) return dict;
          if (bytes[this.pos] === 0x3e && bytes[this.pos + 1] === 0x3e) {
            this.pos += 2;
            return dict;
          }
          const key = this.value(depth + 1);
          if (!isName(key)) return dict;
          const v = this.item(depth + 1);
          if (v === undefined) return dict;
          dict.set(key.name, v);
        }
      }
      return this.hexString();
    }
    if (c === 0x28 /* ( */) return this.literalString();
    if (c === 0x3e || c === 0x5d || c === 0x29 || c === 0x7b || c === 0x7d) {
      this.pos++;
      return { keyword: String.fromCharCode(c) };
    }
    const word = this.regular(this.pos);
    const n = Number(word);
    if (word !== '' && Number.isFinite(n)) return n;
    if (word === 'true') return true;
    if (word === 'false') return false;
    if (word === 'null') return null;
    return { keyword: word };
  }

  /** A value inside an array or dictionary: a number followed by `G R` is a reference. */
  private item(depth: number): PdfValue | undefined {
    const v = this.value(depth);
    if (typeof v !== 'number' || !Number.isInteger(v) || v < 0) return v;
    // Looked ahead without parsing values (a lookahead that parsed would parse nested arrays twice per level).
    const save = this.pos;
    this.skipSpace();
    const genFrom = this.pos;
    while (this.pos < this.end && isDigit(this.bytes[this.pos] as number)) this.pos++;
    if (this.pos > genFrom && this.pos - genFrom <= 5) {
      const gen = Number(this.text(genFrom, this.pos));
      this.skipSpace();
      if (this.at('R')) {
        this.pos++;
        return { ref: v, gen };
      }
    }
    this.pos = save;
    return v;
  }

  private text(from: number, to: number): string {
    let out = '';
    for (let i = from; i < to; i++) out += String.fromCharCode(this.bytes[i] as number);
    return out;
  }

  /** A run of regular characters starting at `from`. */
  private regular(from: number): string {
    let p = from;
    const { bytes, end } = this;
    while (p < end && isRegular(bytes[p] as number)) p++;
    this.pos = p === from && from < end ? from + 1 : p;
    // Names and keywords are short: a long one is cut (its meaning is lost anyway).
    return this.text(from, Math.min(p, from + 127));
  }

  /** A literal string with its escapes decoded (§7.3.4.2). */
  private literalString(): Str {
    const { bytes, end } = this;
    const out = new StringBytes();
    let p = this.pos + 1;
    let open = 1;
    while (p < end) {
      const c = bytes[p] as number;
      if (c === 0x5c /* \ */) {
        const e = bytes[p + 1] as number;
        p += 2;
        if (e >= 0x30 && e <= 0x37) {
          let value = e - 0x30;
          for (let k = 0; k < 2 && (bytes[p] as number) >= 0x30 && (bytes[p] as number) <= 0x37; k++)
            value = value * 8 + ((bytes[p++] as number) - 0x30);
          out.push(value & 0xff);
        } else if (e === 0x0d) {
          if (bytes[p] === 0x0a) p++;
        } else if (e !== 0x0a) out.push(ESCAPES[e] ?? e);
        continue;
      }
      p++;
      if (c === 0x28) open++;
      else if (c === 0x29 && --open === 0) break;
      out.push(c);
    }
    this.pos = p;
    return out.str();
  }

  private hexString(): Str {
    const { bytes, end } = this;
    const out = new StringBytes();
    const p = decodeHex(bytes, this.pos + 1, end, (b) => out.push(b));
    this.pos = p + 1;
    return out.str();
  }

  /** Whether the bytes at the position spell `word` (followed by a non-regular character). */
  at(word: string): boolean {
    for (let i = 0; i < word.length; i++) if (this.bytes[this.pos + i] !== word.charCodeAt(i)) return false;
    const next = this.bytes[this.pos + word.length];
    return next === undefined || !isRegular(next);
  }
}

const ESCAPES: Record<number, number> = { 110: 0x0a, 114: 0x0d, 116: 0x09, 98: 0x08, 102: 0x0c };

export const isStr = (v: PdfValue | undefined): v is Str => typeof v === 'object' && v !== null && 'str' in v;

/** `/Im#31` is `/Im1` (§7.3.5): resources and content may spell one name both ways. */
function unescapeName(raw: string): string {
  return raw.includes('#')
    ? raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    : raw;
}
