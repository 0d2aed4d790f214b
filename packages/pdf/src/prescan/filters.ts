/**
 * A stream's filters, decoded streaming and capped: the output is counted (and, for content, handed
 * on chunk by chunk), never held whole, and decoding stops at the first stage whose output passes
 * `maxBytes`. Flate (nearly every stream of a real PDF) goes through the platform's
 * DecompressionStream (zlib in Node, the browser's own inflate in a Web Worker); LZW, RunLength,
 * ASCIIHex and ASCII85 are decoded here. Image codecs (DCT, JPX, JBIG2, CCITT) are not decoded: an
 * image's cost is its declared size. Corrupt data ends the stream where the damage starts, as in pdf.js.
 */
import { decodeHex } from './bytes.js';

/** Receives each decoded chunk in order. */
export type Sink = (chunk: Uint8Array) => void;

/**
 * A platform's one-shot inflate (Node: zlib's inflateSync with maxOutputLength, 4–5 times cheaper than
 * a stream there): the output, `'capped'` past `max` bytes, or undefined when the data is damaged —
 * the streaming inflate then counts what comes before the damage, as pdf.js would read it.
 */
export type InflateWhole = (data: Uint8Array, max: number) => Uint8Array | 'capped' | undefined;

export interface Decoded {
  /** Bytes of the last stage's output seen (up to the cap). */
  bytes: number;
  /** Bytes every stage produced together: pdf.js holds each stage's output. */
  allStages: number;
  /** A stage passed `maxBytes`: decoding stopped there. */
  capped: boolean;
  /** A filter this module does not decode (an image codec, an unknown name): nothing was counted. */
  opaque: boolean;
}

const FILTER_NAMES: Record<string, string> = {
  FlateDecode: 'Fl',
  Fl: 'Fl',
  LZWDecode: 'LZW',
  LZW: 'LZW',
  RunLengthDecode: 'RL',
  RL: 'RL',
  ASCIIHexDecode: 'AHx',
  AHx: 'AHx',
  ASCII85Decode: 'A85',
  A85: 'A85',
};

class Capped extends Error {}

type Chunks = AsyncIterable<Uint8Array>;

/**
 * Decodes `data` through `filters` (names without the slash, in the order the PDF lists them).
 * `sink` sees the final output; `earlyChange` is LZW's parameter (default 1).
 */
export async function decode(
  data: Uint8Array,
  filters: readonly string[],
  maxBytes: number,
  sink?: Sink,
  earlyChange = 1,
  inflateWhole?: InflateWhole,
): Promise<Decoded> {
  const kinds = filters.map((f) => FILTER_NAMES[f]);
  if (kinds.some((k) => k === undefined)) return { bytes: 0, allStages: 0, capped: false, opaque: true };
  let allStages = 0;
  let last = 0;
  let source: Chunks = once(data);
  kinds.forEach((kind, i) => {
    const run = kind === 'Fl' && inflateWhole ? inflateWith(inflateWhole) : (STAGES[kind as string] as Stage);
    const stage = counted(run(source, maxBytes, earlyChange), maxBytes, (n) => {
      allStages += n;
      if (i === kinds.length - 1) last += n;
    });
    source = stage;
  });
  try {
    for await (const chunk of source) sink?.(chunk);
  } catch (error) {
    if (error instanceof Capped) return { bytes: last, allStages, capped: true, opaque: false };
    // Corrupt data: what came before the damage is what a reader would get too.
  }
  return { bytes: last, allStages, capped: false, opaque: false };
}

async function* once(data: Uint8Array): Chunks {
  yield data;
}

/** Passes chunks on while counting them; throws Capped once more than `max` bytes went through. */
async function* counted(source: Chunks, max: number, add: (n: number) => void): Chunks {
  let total = 0;
  for await (const chunk of source) {
    total += chunk.length;
    add(chunk.length);
    if (total > max) throw new Capped();
    yield chunk;
  }
}

type Stage = (source: Chunks, maxBytes: number, earlyChange: number) => Chunks;

const STAGES: Record<string, Stage> = {
  Fl: inflate,
  LZW: (source, max, earlyChange) => whole(source, (input) => lzw(input, max, earlyChange)),
  RL: (source, max) => whole(source, (input) => runLength(input, max)),
  AHx: (source) => whole(source, asciiHex),
  A85: (source) => whole(source, ascii85),
};

/**
 * Compressed bytes given to DecompressionStream at a time. A stream inflates each chunk written to it
 * whole, however much comes out (deflate reaches 1:1032), before anything reads it: a 1 MB chunk of a
 * bomb became a gigabyte in the tab. 4 KB in yields at most ~4 MB out before the cap is checked.
 */
const INFLATE_INPUT_SLICE = 4096;

async function* sliced(source: Chunks, size: number): AsyncGenerator<Uint8Array> {
  for await (const chunk of source) for (let at = 0; at < chunk.length; at += size) yield chunk.subarray(at, at + size);
}

/**
 * zlib data through the platform's DecompressionStream, read chunk by chunk and cancelled when
 * dropped; its input is pulled a slice at a time, only as its output is read.
 */
async function* inflate(source: Chunks): Chunks {
  const slices = sliced(source, INFLATE_INPUT_SLICE);
  const input = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        try {
          const { done, value } = await slices.next();
          if (done) controller.close();
          else controller.enqueue(value);
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await slices.return(undefined);
      },
    },
    { highWaterMark: 0 },
  );
  const reader = input
    .pipeThrough(new DecompressionStream('deflate') as ReadableWritablePair<Uint8Array, Uint8Array>)
    .getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.cancel().catch(() => {});
  }
}

/** Flate through a platform's one-shot inflate, falling back to the stream on damaged data. */
function inflateWith(inflateWhole: InflateWhole): Stage {
  return async function* (source, maxBytes) {
    const input = await gather(source);
    const out = inflateWhole(input, maxBytes);
    if (out === 'capped') throw new Capped();
    if (out) yield out;
    else yield* inflate(once(input));
  };
}

async function gather(source: Chunks): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let length = 0;
  for await (const chunk of source) {
    parts.push(chunk);
    length += chunk.length;
  }
  if (parts.length === 1) return parts[0] as Uint8Array;
  const input = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    input.set(p, at);
    at += p.length;
  }
  return input;
}

/** The simple filters decode their whole input at once: they only ever shrink it, or grow it boundedly (capped). */
async function* whole(source: Chunks, decodeAll: (input: Uint8Array) => Uint8Array): Chunks {
  yield decodeAll(await gather(source));
}

/** Output bytes in a buffer that doubles as it fills, up to one byte past `max` (so that the cap is seen). */
class Output {
  private buffer = new Uint8Array(1024);
  length = 0;
  constructor(private readonly max: number) {}
  get full(): boolean {
    return this.length > this.max;
  }
  push(byte: number): void {
    if (this.length === this.buffer.length) {
      const grown = new Uint8Array(this.buffer.length * 2);
      grown.set(this.buffer);
      this.buffer = grown;
    }
    this.buffer[this.length++] = byte;
  }
  bytes(): Uint8Array {
    return this.buffer.subarray(0, this.length);
  }
}

/** LZW (§7.4.4). */
function lzw(input: Uint8Array, max: number, earlyChange: number): Uint8Array {
  const out = new Output(max);
  const prefix = new Int32Array(4096);
  const suffix = new Uint8Array(4096);
  for (let i = 0; i < 256; i++) {
    prefix[i] = -1;
    suffix[i] = i;
  }
  let next = 258;
  let width = 9;
  let previous = -1;
  let bits = 0;
  let buffer = 0;
  const stack = new Uint8Array(4096);
  for (let i = 0; i < input.length && !out.full; ) {
    while (bits < width && i < input.length) {
      buffer = ((buffer << 8) | (input[i++] as number)) >>> 0;
      bits += 8;
    }
    if (bits < width) break;
    const code = (buffer >>> (bits - width)) & ((1 << width) - 1);
    bits -= width;
    if (code === 256) {
      next = 258;
      width = 9;
      previous = -1;
      continue;
    }
    if (code === 257) break;
    let entry: number;
    if (code < next) entry = code;
    else if (code === next && previous >= 0) entry = previous;
    else break;
    let n = 0;
    for (let c = entry; c >= 0 && n < 4096; c = prefix[c] as number) stack[n++] = suffix[c] as number;
    const first = stack[n - 1] as number;
    for (let k = n - 1; k >= 0; k--) out.push(stack[k] as number);
    if (code === next) out.push(first);
    if (previous >= 0 && next < 4096) {
      prefix[next] = previous;
      suffix[next] = first;
      next++;
    }
    previous = code;
    if (next + earlyChange >= 1 << width && width < 12) width++;
  }
  return out.bytes();
}

/** RunLength (§7.4.5). */
function runLength(input: Uint8Array, max: number): Uint8Array {
  const out = new Output(max);
  for (let i = 0; i < input.length && !out.full; ) {
    const n = input[i++] as number;
    if (n === 128) break;
    if (n < 128) {
      for (let k = 0; k <= n && i < input.length; k++) out.push(input[i++] as number);
    } else {
      const b = input[i++];
      if (b === undefined) break;
      for (let k = 0; k < 257 - n; k++) out.push(b);
    }
  }
  return out.bytes();
}

function asciiHex(input: Uint8Array): Uint8Array {
  const out = new Output(input.length);
  decodeHex(input, 0, input.length, (b) => out.push(b));
  return out.bytes();
}

function ascii85(input: Uint8Array): Uint8Array {
  const out = new Output(input.length * 4);
  let group: number[] = [];
  const flush = (n: number) => {
    let value = 0;
    for (let k = 0; k < 5; k++) value = value * 85 + (group[k] ?? 84);
    for (let k = 0; k < n - 1; k++) out.push((value >>> (24 - 8 * k)) & 0xff);
    group = [];
  };
  for (const c of input) {
    if (c === 0x7e /* ~ */) break;
    if (c === 0x7a /* z */ && group.length === 0) {
      for (let k = 0; k < 4; k++) out.push(0);
      continue;
    }
    if (c < 0x21 || c > 0x75) continue;
    group.push(c - 0x21);
    if (group.length === 5) flush(5);
  }
  if (group.length > 1) flush(group.length);
  return out.bytes();
}
