/**
 * The objects of a PDF found by reading it front to back (`N G obj … endobj`), as pdf.js does when it
 * rebuilds a damaged cross-reference table: the pre-scan must see what pdf.js may read, including
 * objects a broken xref would hide. A later definition of an object number wins (incremental
 * updates). A stream's data is skipped by its /Length when that lands on `endstream`, else up to the
 * next `endstream`, so that bytes inside streams are never taken for objects.
 */
import { isDict, isRef, Lexer, type PdfDict, type PdfValue } from './syntax.js';

export interface PdfObject {
  num: number;
  /** Generation number (part of an encrypted object's key). */
  gen: number;
  value: PdfValue;
  /** The stream's raw (still filtered) data, when the object is a stream. */
  stream?: { start: number; end: number };
}

export interface ObjectTable {
  objects: Map<number, PdfObject>;
  /** The last trailer dictionary seen (a classic trailer's, or an xref stream's). */
  trailer: PdfDict | undefined;
}

const OBJ = [0x6f, 0x62, 0x6a]; // obj
const ENDSTREAM = [0x65, 0x6e, 0x64, 0x73, 0x74, 0x72, 0x65, 0x61, 0x6d]; // endstream
const TRAILER = [0x74, 0x72, 0x61, 0x69, 0x6c, 0x65, 0x72]; // trailer

/** The position of `word` in `bytes` at or after `from`, or -1 (first byte by the native indexOf). */
export function indexOfWord(bytes: Uint8Array, word: readonly number[], from: number): number {
  const first = word[0] as number;
  for (let at = bytes.indexOf(first, from); at >= 0; at = bytes.indexOf(first, at + 1)) {
    let k = 1;
    while (k < word.length && bytes[at + k] === word[k]) k++;
    if (k === word.length) return at;
  }
  return -1;
}

const isDigit = (c: number | undefined) => c !== undefined && c >= 0x30 && c <= 0x39;
const isSpace = (c: number | undefined) => c === 32 || c === 10 || c === 13 || c === 9 || c === 12 || c === 0;

/**
 * The object number of an `N G obj` header whose `obj` is at `at`, or undefined when the bytes
 * before it are not such a header.
 */
function headerAt(bytes: Uint8Array, at: number): { num: number; gen: number } | undefined {
  let p = at - 1;
  const after = bytes[at + 3];
  if (after !== undefined && !isSpace(after) && after !== 0x3c && after !== 0x5b && after !== 0x2f && after !== 0x25)
    return undefined;
  while (p >= 0 && isSpace(bytes[p])) p--;
  const genEnd = p;
  while (p >= 0 && isDigit(bytes[p])) p--;
  if (p === genEnd || !isSpace(bytes[p])) return undefined;
  let gen = 0;
  for (let i = p + 1; i <= genEnd && i - p <= 6; i++) gen = gen * 10 + ((bytes[i] as number) - 0x30);
  while (p >= 0 && isSpace(bytes[p])) p--;
  const numEnd = p;
  while (p >= 0 && isDigit(bytes[p])) p--;
  if (p === numEnd || numEnd - p > 10) return undefined;
  if (p >= 0 && !isSpace(bytes[p]) && bytes[p] !== 0x3e && bytes[p] !== 0x5d && bytes[p] !== 0x29) return undefined;
  let n = 0;
  for (let i = p + 1; i <= numEnd; i++) n = n * 10 + ((bytes[i] as number) - 0x30);
  return { num: n, gen };
}

/** Reads every object of the file. Throws NestingTooDeep (from the syntax) on absurd nesting. */
export function scanObjects(bytes: Uint8Array, maxDepth: number): ObjectTable {
  const objects = new Map<number, PdfObject>();
  let trailer: PdfDict | undefined;
  let from = 0;
  for (;;) {
    const at = indexOfWord(bytes, OBJ, from);
    if (at < 0) break;
    from = at + 3;
    if (bytes[at - 1] === 0x64 /* endobj */) continue;
    const header = headerAt(bytes, at);
    if (header === undefined) continue;
    const lexer = new Lexer(bytes, at + 3, bytes.length, maxDepth);
    const value = lexer.value() ?? null;
    const object: PdfObject = { ...header, value };
    lexer.skipSpace();
    if (isDict(value) && lexer.at('stream')) {
      let start = lexer.pos + 6;
      if (bytes[start] === 13) start++;
      if (bytes[start] === 10) start++;
      const end = streamEnd(bytes, start, value.get('Length'));
      object.stream = { start, end };
      from = end;
      if (value.get('Type') !== undefined && nameIs(value.get('Type'), 'XRef')) trailer = value;
    } else from = Math.max(from, lexer.pos);
    objects.set(object.num, object);
  }
  // Classic trailers (the last one is the newest).
  for (let at = indexOfWord(bytes, TRAILER, 0); at >= 0; at = indexOfWord(bytes, TRAILER, at + 7)) {
    const value = new Lexer(bytes, at + 7, bytes.length, maxDepth).value();
    if (isDict(value) && (value.has('Root') || !trailer)) trailer = value;
  }
  return { objects, trailer };
}

function nameIs(v: PdfValue | undefined, name: string): boolean {
  return typeof v === 'object' && v !== null && 'name' in v && v.name === name;
}

/** Where a stream's data ends: at its /Length when `endstream` follows there, else at the next `endstream`. */
function streamEnd(bytes: Uint8Array, start: number, length: PdfValue | undefined): number {
  if (typeof length === 'number' && Number.isInteger(length) && length >= 0 && start + length <= bytes.length) {
    let p = start + length;
    while (p < bytes.length && isSpace(bytes[p])) p++;
    if (indexOfWord(bytes.subarray(p, p + 9), ENDSTREAM, 0) === 0) return start + length;
  }
  const found = indexOfWord(bytes, ENDSTREAM, start);
  if (found < 0) return bytes.length;
  let end = found;
  if (bytes[end - 1] === 10) end--;
  if (bytes[end - 1] === 13) end--;
  return Math.max(start, end);
}

/** The objects an object stream holds (§7.5.7), from its decoded data. */
export function objectsInStream(data: Uint8Array, dict: PdfDict, maxDepth: number): PdfObject[] {
  const n = dict.get('N');
  const first = dict.get('First');
  if (typeof n !== 'number' || typeof first !== 'number' || n < 0 || first < 0) return [];
  const header = new Lexer(data, 0, Math.min(first, data.length), maxDepth);
  const out: PdfObject[] = [];
  for (let i = 0; i < n; i++) {
    const num = header.value();
    const offset = header.value();
    if (typeof num !== 'number' || typeof offset !== 'number') break;
    const at = first + offset;
    if (at >= data.length) continue;
    out.push({ num, gen: 0, value: new Lexer(data, at, data.length, maxDepth).value() ?? null });
  }
  return out;
}

/** Follows a reference (and references to references, a few deep) to its value. */
export function resolve(table: ObjectTable, value: PdfValue | undefined): PdfValue | undefined {
  let v = value;
  for (let hops = 0; hops < 8 && isRef(v); hops++) v = table.objects.get(v.ref)?.value;
  return isRef(v) ? undefined : v;
}
