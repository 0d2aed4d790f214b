/**
 * pdf.js' worker inflates each Flate stream through `DecompressionStream('deflate')` and, when that
 * fails, through its own JavaScript inflate. In Node, the web stream runs zlib asynchronously on
 * libuv's pool: per stream a trip to the pool and back, and web streams' promise machinery for every
 * chunk — most of a budget PDF's streams are small, so the trips cost more than the inflating. On
 * pdf.js' own thread (node-thread.ts), `DecompressionStream` is this one instead: the whole stream
 * inflated at once by zlib's inflateSync, handed over as one chunk.
 *
 * The same outcomes as Node's DecompressionStream: zlib data inflated by zlib, with the default
 * finish (data cut short, or not zlib at all, is an error), so that pdf.js falls back to its own
 * inflate for the same streams as before. Other formats go to Node's own class.
 */
import { inflateSync } from 'node:zlib';
import { READ_LIMITS } from './limits.js';

type Native = typeof DecompressionStream;

/**
 * The most one stream inflates to at once: the pre-scan's bound on a stream. A larger one (in a file
 * the pre-scan could not follow) goes through Node's stream as before, in chunks the memory watchdog
 * can stop between.
 */
const ONE_SHOT_MAX = READ_LIMITS.maxStreamBytes;

/** Enough of a web stream for pdf.js' FlateStream (asyncGetBytesFromDecompressionStream). */
class OneShotInflate {
  readonly writable: {
    getWriter(): { ready: Promise<void>; write(bytes: Uint8Array): Promise<void>; close(): Promise<void> };
  };
  readonly readable: AsyncIterable<Uint8Array>;

  constructor(native: Native | undefined) {
    const parts: Uint8Array[] = [];
    let closed: () => void = () => {};
    const whole = new Promise<void>((resolve) => {
      closed = resolve;
    });
    const ready = Promise.resolve();
    this.writable = {
      getWriter: () => ({
        ready,
        write: (bytes) => {
          parts.push(bytes);
          return ready;
        },
        close: () => {
          closed();
          return ready;
        },
      }),
    };
    this.readable = {
      async *[Symbol.asyncIterator]() {
        await whole;
        const input = parts.length === 1 ? (parts[0] as Uint8Array) : Buffer.concat(parts);
        let output: Buffer;
        try {
          output = inflateSync(input, { maxOutputLength: ONE_SHOT_MAX });
        } catch (error) {
          if (!native || (error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') throw error;
          // Larger than any stream a pre-scanned file holds: streamed, as before, in chunks.
          yield* new Blob([input as Uint8Array<ArrayBuffer>])
            .stream()
            .pipeThrough(new native('deflate')) as unknown as AsyncIterable<Uint8Array>;
          return;
        }
        yield new Uint8Array(output.buffer, output.byteOffset, output.byteLength);
      },
    };
  }
}

/** Installs the one-shot inflate as this thread's DecompressionStream for 'deflate' (pdf.js' thread only). */
export function installOneShotInflate(): void {
  const native: Native | undefined = globalThis.DecompressionStream;
  function Decompression(format: string) {
    if (format === 'deflate') return new OneShotInflate(native);
    if (!native) throw new TypeError(`unsupported format ${format}`);
    return new native(format as CompressionFormat);
  }
  globalThis.DecompressionStream = Decompression as unknown as Native;
}
