import { readFileSync } from 'node:fs';
import { expect, it } from 'vitest';
import { extractWith, type WorkerHost } from '../src/extract.js';
import { fontLoading } from '../src/font-loading.js';
import { READ_LIMITS } from '../src/limits.js';
import { threadHost } from '../src/node-thread.js';
import { readablePdfs } from './pdf-files.js';
import { sameReading } from './same-reading.js';

const { extractPositioned, nodeResources } = await import('../src/node.js');
const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');

/**
 * The Node reader reads each page inside pdf.js' thread (thread-reading.ts) and pre-scans each file
 * there: the calling thread gets read pages, not operator lists. What it reads must be what the same
 * pdf.js thread gives when the page is read on the calling thread (page.ts), by a bit.
 */

const FILES = readablePdfs('glyphs');

/** The Node entry's threads, lent as if they read nothing themselves: every page read on this thread. */
const pool = threadHost(pdfjs, READ_LIMITS, fontLoading());
const callingThread: WorkerHost = {
  ...(pool.documentParams ? { documentParams: pool.documentParams } : {}),
  async acquire(signal) {
    const { readsPages: _, prescan: __, ...lease } = await pool.acquire(signal);
    return lease;
  },
};

/** How many pages read during `read` asked pdf.js' worker for their operator list. */
async function operatorListsAsked(read: () => Promise<unknown>): Promise<number> {
  const task = pdfjs.getDocument({ data: new Uint8Array(readFileSync(FILES.at(-1) as string)) });
  const proto = Object.getPrototypeOf(await (await task.promise).getPage(1)) as { getOperatorList: () => unknown };
  await task.destroy();
  const original = proto.getOperatorList;
  const asked = new Set<unknown>();
  proto.getOperatorList = function (this: unknown) {
    asked.add(this);
    return original.call(this);
  };
  try {
    await read();
  } finally {
    proto.getOperatorList = original;
  }
  return asked.size;
}

it('posts read pages to the calling thread, not operator lists', { timeout: 120_000 }, async () => {
  const bytes = new Uint8Array(readFileSync(FILES[0] as string));
  const pages = (await extractPositioned(bytes)).pages.length;
  expect(pages).toBeGreaterThan(1);
  expect(await operatorListsAsked(() => extractPositioned(bytes))).toBe(0);
  // The same threads, lent without it: every page's operator list comes across.
  expect(await operatorListsAsked(() => extractWith(pdfjs, bytes, nodeResources(), {}, callingThread))).toBe(pages);
});

it('reads a document with optional content on the calling thread, where pdf.js decides what is shown', async () => {
  const bytes = new Uint8Array(readFileSync(FILES.find((f) => f.endsWith('layers.pdf')) as string));
  expect(await operatorListsAsked(() => extractPositioned(bytes))).toBe(1);
});

it.each(FILES)('%s: reads inside pdf.js’ thread what the calling thread reads', { timeout: 120_000 }, async (file) => {
  const bytes = new Uint8Array(readFileSync(file));
  const there = await extractPositioned(bytes);
  const here = await extractWith(pdfjs, bytes, nodeResources(), {}, callingThread);
  expect(there.pages.length).toBeGreaterThan(0);
  expect(sameReading(there)).toEqual(sameReading(here));
});
