import { deflateRawSync, deflateSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { READ_LIMITS } from '../src/limits.js';
import { installOneShotInflate } from '../src/node-decompression.js';

/**
 * pdf.js' FlateStream, as far as it uses DecompressionStream (asyncGetBytesFromDecompressionStream):
 * write the bytes, close, read every chunk; any failure means "use my own inflate".
 */
async function inflateAsPdfJs(bytes: Uint8Array, format = 'deflate'): Promise<Uint8Array | 'failed'> {
  try {
    const { readable, writable } = new DecompressionStream(format as CompressionFormat);
    const writer = writable.getWriter();
    await writer.ready;
    writer
      .write(bytes as Uint8Array<ArrayBuffer>)
      .then(async () => {
        await writer.ready;
        await writer.close();
      })
      .catch(() => {});
    const chunks: Uint8Array[] = [];
    for await (const chunk of readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
    return new Uint8Array(Buffer.concat(chunks));
  } catch {
    return 'failed';
  }
}

const text = new TextEncoder().encode('BT /F1 12 Tf 72 712 Td (预算) Tj ET\n'.repeat(2000));
const zlibData = new Uint8Array(deflateSync(text));
const cases: [string, Uint8Array, string?][] = [
  ['zlib data', zlibData],
  ['zlib data cut short', zlibData.subarray(0, zlibData.length - 40)],
  ['zlib data with bytes after its end', new Uint8Array([...zlibData, 10, 13, 10])],
  ['no zlib data at all', text.subarray(0, 300)],
  ['raw deflate (another format)', new Uint8Array(deflateRawSync(text)), 'deflate-raw'],
  ['an empty stream', new Uint8Array(0)],
];

describe("pdf.js' inflate on its thread: one call to zlib, the same outcomes as Node's stream", () => {
  const native = globalThis.DecompressionStream;
  const expected = new Map<string, Uint8Array | 'failed'>();
  beforeAll(async () => {
    for (const [name, bytes, format] of cases) expected.set(name, await inflateAsPdfJs(bytes, format));
    installOneShotInflate();
  });
  afterAll(() => {
    globalThis.DecompressionStream = native;
  });

  it('is installed in place of the stream', () => {
    expect(globalThis.DecompressionStream).not.toBe(native);
  });

  for (const [name, bytes, format] of cases)
    it(name, async () => {
      expect(await inflateAsPdfJs(bytes, format)).toEqual(expected.get(name));
    });

  it("streams what inflates past a pre-scanned stream's bound, as before", { timeout: 60_000 }, async () => {
    const large = new Uint8Array(READ_LIMITS.maxStreamBytes + 1024);
    const inflated = await inflateAsPdfJs(new Uint8Array(deflateSync(large)));
    expect(inflated === 'failed' ? 'failed' : inflated.length).toBe(large.length);
  });
});
