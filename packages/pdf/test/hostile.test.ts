/**
 * Files built to attack a reader (issue 20), made at test time by fixtures/hostile.mjs: each ends in
 * a refusal naming the bound it broke, or in a document, never in a hang, a crash or gigabytes; the
 * bounds sit far above every real and fixture budget (none is refused); the bounds that act while
 * pdf.js reads (the watchdog, the memory watchdog) end the read and the next file reads as usual.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import type { BudgetDocument, PositionedDocument } from '@hezhang/core';
import { REAL_DIR, REAL_FILES, realPdf, SKIP_REAL } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import {
  contentBomb,
  formChain,
  formDrawn,
  formFanOut,
  hostilePdfs,
  imageBomb,
  manyRuns,
  nestedStates,
  pageTreeLoop,
  sharedContent,
  sharedPageTree,
} from '../fixtures/hostile.mjs';
import { readBounds } from '../src/bounds.js';
import { InputError } from '../src/errors.js';
import { documentBound, READ_LIMITS, readLimits } from '../src/limits.js';
import { extractPositioned, nodeResources, readBudgetFile } from '../src/node.js';
import { threadHost } from '../src/node-thread.js';
import { prescan } from '../src/prescan/index.js';
import { md5 } from '../src/prescan/md5.js';
import { nodeInflate } from '../src/prescan/node-inflate.js';
import { bindApi, modelOf } from '../src/read.js';

const FIXTURES = new URL('../fixtures/', import.meta.url);
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(name, FIXTURES)));
const HOSTILE = hostilePdfs();

/** A hang, not a slow machine: every refusal here takes well under a second of work alone. */
const HANG_MS = 30_000;

async function outcome(name: string, bytes: Uint8Array, options = {}): Promise<InputError | 'document'> {
  try {
    await readBudgetFile(name, bytes, options);
    return 'document';
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return error as InputError;
  }
}

const TOO_COMPLEX = '该文件超出可读取的大小/复杂度：';

describe('hostile PDFs through the front door', () => {
  /** What each must give: the bound named in the English reason (or another code). */
  const EXPECTED: Record<string, RegExp | 'malformed' | 'any'> = {
    'inflate-bomb-1g.pdf': /inflates to more than 64 MB/,
    'inflate-bomb-1m-file.pdf': /inflates to more than 64 MB/,
    'image-bomb.pdf': /an image of 1,073,741,824 pixels/,
    'nested-states.pdf': /nests graphics states 1,000,000 deep/,
    'form-fan-out.pdf': /page 1 draws 134,217,728 text runs/,
    'form-chain.pdf': /nests forms more than 32 deep/,
    'page-tree-loop.pdf': 'malformed',
    'million-pages.pdf': /1,000,000 pages, over the limit of 5,000/,
    'shared-content.pdf': /draws 10000 MB of content in all/,
    // pdf.js finds the one page a /Count of 5,000,000 stands for: a document (no table), or no budget.
    'count-lie.pdf': 'any',
    'many-runs.pdf': /page 1 draws 200,000 text runs/,
    // Encrypted with the empty password: the pre-scan decrypts as pdf.js does, and sees the same.
    'encrypted-rc4-nested-states.pdf': /nests graphics states 30,000 deep/,
    'encrypted-aes128-bomb.pdf': /inflates to more than 64 MB/,
    'encrypted-aes256-fan-out.pdf': /page 1 draws 134,217,728 text runs/,
    // Fonts pdf.js cannot parse: it falls back to standard ones, or the text is unmapped.
    'garbage-fonts.pdf': 'any',
  };

  it('has an expectation for each', () => {
    expect(Object.keys(HOSTILE).sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.keys(EXPECTED))('%s', async (name) => {
    const start = performance.now();
    const result = await outcome(name, HOSTILE[name] as Uint8Array);
    expect(performance.now() - start).toBeLessThan(HANG_MS);
    const expected = EXPECTED[name];
    if (expected instanceof RegExp) {
      expect(result).toBeInstanceOf(InputError);
      const e = result as InputError;
      expect(e.code).toBe('too_complex');
      expect(e.reason.en).toMatch(expected);
      expect(e.reason.zh.startsWith(TOO_COMPLEX)).toBe(true);
      expect(e.reason.en).not.toMatch(/\n/);
    } else if (expected === 'malformed') {
      expect(result).toBeInstanceOf(InputError);
      expect((result as InputError).code).toBe('malformed');
      expect((result as InputError).reason.zh).toContain('页面树中有循环引用');
    } else if (result !== 'document') expect(result.code).not.toBe('failed');
  });
});

describe('the pre-scan on real budgets and fixtures', () => {
  const committed = [
    ...readdirSync(FIXTURES).filter((f) => f.endsWith('.pdf') && f !== 'empty.pdf'),
    ...readdirSync(new URL('layouts/', FIXTURES))
      .filter((f) => f.endsWith('.pdf'))
      .map((f) => `layouts/${f}`),
  ];

  it('measures every committed fixture within every bound', async () => {
    for (const name of committed) {
      const report = await prescan(fixture(name), READ_LIMITS, nodeInflate);
      expect(report.pages, name).toBeLessThanOrEqual(READ_LIMITS.maxPages);
    }
  });

  it('refuses nothing it cannot follow in the damaged fixtures, and throws nothing but a refusal', async () => {
    for (const name of readdirSync(new URL('damaged/', FIXTURES)).filter((f) => f.endsWith('.pdf'))) {
      try {
        await prescan(fixture(`damaged/${name}`), READ_LIMITS, nodeInflate);
      } catch (error) {
        expect(error, name).toBeInstanceOf(InputError);
        // A damaged file is damaged, not hostile: only its looping page tree is refused (as malformed).
        expect((error as InputError).code, name).toBe('malformed');
      }
    }
  });

  it.skipIf(SKIP_REAL)('measures every real budget far below each bound', async () => {
    for (const file of [...REAL_FILES, 'final-template-2024.pdf']) {
      const report = await prescan(realPdf(file), READ_LIMITS, nodeInflate);
      // A tenth of each bound at most: room for far larger budgets than these.
      expect(report.largestPage.textRuns, file).toBeLessThan(READ_LIMITS.maxTextRunsPerPage / 10);
      expect(report.largestPage.operators, file).toBeLessThan(READ_LIMITS.maxOperatorsPerPage / 10);
      expect(report.largestPage.depth, file).toBeLessThan(READ_LIMITS.maxNestingDepth / 10);
      expect(report.inflatedBytes, file).toBeLessThan(READ_LIMITS.maxInflatedBytes / 10);
      const bytes = realPdf(file).length;
      expect(report.drawn.operators, file).toBeLessThan(documentBound(READ_LIMITS.maxOperatorsPerDocument, bytes) / 10);
      expect(report.drawn.contentBytes, file).toBeLessThan(
        documentBound(READ_LIMITS.maxContentBytesPerDocument, bytes) / 10,
      );
      expect(report.pages, file).toBeGreaterThan(20);
    }
    expect(REAL_DIR).toBeDefined();
  });

  it('counts the same in the browser’s way (DecompressionStream) as with zlib', async () => {
    for (const name of ['seed-003.pdf', 'lookalike.pdf', 'garbled-font.pdf']) {
      const bytes = fixture(name);
      expect(await prescan(bytes, READ_LIMITS), name).toEqual(await prescan(bytes, READ_LIMITS, nodeInflate));
    }
    for (const bytes of [contentBomb(128 * 1024 * 1024, true), manyRuns(60_000)]) {
      const streaming = await prescan(bytes, READ_LIMITS).catch((e: InputError) => e.reason.en);
      expect(streaming).toBe(await prescan(bytes, READ_LIMITS, nodeInflate).catch((e: InputError) => e.reason.en));
    }
  });
});

describe('each bound, just past it and just within it', () => {
  const refused = async (bytes: Uint8Array, limits: Parameters<typeof readLimits>[0]) =>
    prescan(bytes, readLimits(limits), nodeInflate).then(
      () => 'measured',
      (e: InputError) => e.reason.en,
    );

  it('inflated bytes per stream and per document', async () => {
    const bomb = contentBomb(8 * 1024 * 1024, false);
    expect(await refused(bomb, { maxStreamBytes: 8 * 1024 * 1024 - 1 })).toMatch(
      /object 5\) inflates to more than 8 MB/,
    );
    expect(await refused(bomb, { maxStreamBytes: 8 * 1024 * 1024 })).toBe('measured');
    expect(await refused(bomb, { maxInflatedBytes: 4 * 1024 * 1024 })).toMatch(
      /streams inflate to more than 4 MB in all/,
    );
  });

  it('text runs, operators and nesting per page', async () => {
    expect(await refused(manyRuns(1000), { maxTextRunsPerPage: 999 })).toMatch(/draws 1,000 text runs/);
    expect(await refused(manyRuns(1000), { maxTextRunsPerPage: 1000 })).toBe('measured');
    expect(await refused(nestedStates(100), { maxNestingDepth: 99 })).toMatch(/nests graphics states 100 deep/);
    expect(await refused(nestedStates(100), { maxNestingDepth: 100 })).toBe('measured');
    // Forms drawn inside forms: each level saves a state, and its runs count as often as it is drawn.
    expect(await refused(formFanOut(3, 4), { maxTextRunsPerPage: 15 })).toMatch(/draws 16 text runs/);
    expect(await refused(formFanOut(3, 4), {})).toBe('measured');
    expect(await refused(formChain(5), { maxFormDepth: 4 })).toMatch(/nests forms more than 4 deep/);
    expect(await refused(formChain(5), { maxFormDepth: 5 })).toBe('measured');
  });

  it('pages, counting shared subtrees as often as they are listed', async () => {
    expect(await refused(sharedPageTree(10), { maxPages: 99 })).toMatch(/100 pages, over the limit of 99/);
    expect(await refused(sharedPageTree(10), { maxPages: 100 })).toBe('measured');
    expect(await refused(sharedPageTree(10), { maxRepeatedPages: 98 })).toMatch(
      /lists 100 pages of which only 1 are distinct/,
    );
    expect(await refused(sharedPageTree(10), { maxRepeatedPages: 99 })).toBe('measured');
  });

  it('operators and content drawn in all, each page as often as listed, in proportion to the file’s size', async () => {
    // One page of 5 operators (57 bytes of content) listed 100 times, in a file under 1 MB.
    expect(await refused(sharedPageTree(10), { maxOperatorsPerDocument: 499 })).toMatch(
      /draws 500 operators in all \(repeats included\), over the limit of 499 for a file of its size/,
    );
    expect(await refused(sharedPageTree(10), { maxOperatorsPerDocument: 500 })).toBe('measured');
    expect(await refused(sharedPageTree(10), { maxContentBytesPerDocument: 5699 })).toMatch(/draws 6 KB of content/);
    expect(await refused(sharedPageTree(10), { maxContentBytesPerDocument: 5700 })).toBe('measured');
    // 200 pages sharing one stream of 50 MB (a 94 KB file): 10 GB for pdf.js to parse.
    expect(await refused(sharedContent(200, 50 * 1024 * 1024), {})).toMatch(
      /draws 10000 MB of content in all \(repeats included\), over the limit of 64 MB/,
    );
    // A form drawn 1,000 times.
    expect(await refused(formDrawn(1000, 1024 * 1024), {})).toMatch(/draws 1000 MB of content in all/);
    // The bound grows with the file: a file of 2 MB may draw twice what a small one may.
    expect(documentBound(100, 100)).toBe(100);
    expect(documentBound(100, 2 * 1024 * 1024)).toBe(200);
  });

  it('an encrypted file is measured as pdf.js reads it: with the empty password, or the one given', async () => {
    const locked = fixture('encrypted.pdf'); // AES-256 (revision 6), user password 'secret'
    const blind = await prescan(locked, READ_LIMITS, nodeInflate);
    expect(blind).toMatchObject({ encrypted: true, blind: true, streams: 0 });
    const seen = await prescan(locked, READ_LIMITS, nodeInflate, 'secret');
    expect(seen).toMatchObject({ encrypted: true, blind: false });
    expect(seen.largestPage.textRuns).toBeGreaterThan(50);
    // Each security handler the fixtures script writes, with the empty password: the same figures as
    // the file unencrypted.
    const plain = await prescan(formFanOut(3, 4), READ_LIMITS, nodeInflate);
    for (const method of ['rc4-40', 'aes-128', 'aes-256'] as const) {
      const report = await prescan(formFanOut(3, 4, method), READ_LIMITS, nodeInflate);
      expect(report.largestPage, method).toEqual(plain.largestPage);
      expect(report.blind, method).toBe(false);
    }
  });

  it('md5 (the RC4 handlers’ key derivation) agrees with Node’s', () => {
    for (const length of [0, 1, 55, 56, 63, 64, 65, 119, 120, 1000]) {
      const data = Uint8Array.from({ length }, (_, i) => (i * 131 + length) & 0xff);
      expect(Buffer.from(md5(data)).toString('hex'), String(length)).toBe(createHash('md5').update(data).digest('hex'));
    }
  });

  it('image pixels, by the declared size (the pixels are never decoded)', async () => {
    expect(await refused(imageBomb(64 * 1024 * 1024), { maxImagePixels: 64 * 1024 * 1024 - 1 })).toMatch(
      /67,108,864 pixels/,
    );
  });

  it('the page tree loop is damage, not a bound', async () => {
    await expect(prescan(pageTreeLoop(), READ_LIMITS, nodeInflate)).rejects.toMatchObject({ code: 'malformed' });
  });
});

describe('bounds while pdf.js reads', () => {
  it('the watchdog ends a page without progress, and the next file reads as usual', async () => {
    // Nesting costs pdf.js the square of the depth (20,000 deep 1.9 s, 100,000 past a minute): 60,000
    // stalls far past 1 s on any machine. The pre-scan's nesting bound is lifted so that pdf.js gets the
    // file, and the watchdog must end it.
    const stuck = await outcome('stuck.pdf', nestedStates(60_000), {
      limits: { maxNestingDepth: 1e9, maxOperatorsPerPage: 1e9, stallMs: 1000 },
    });
    expect(stuck).toBeInstanceOf(InputError);
    expect((stuck as InputError).code).toBe('too_complex');
    expect((stuck as InputError).reason.en).toMatch(/reading page 1 made no progress for 1 s and was stopped/);
    const next = await readBudgetFile('seed-003.pdf', fixture('seed-003.pdf'));
    expect(next.tables.length).toBe(9);
  });

  it('the memory watchdog ends pdf.js’ thread, and the next read gets a new one', async () => {
    const { default: pdfjs } = { default: await import('pdfjs-dist/legacy/build/pdf.mjs') };
    const tiny = bindApi(pdfjs, nodeResources, { host: threadHost(pdfjs, readLimits({ readerMemoryMb: 1 })) });
    // Any real read grows the process by more than 1 MB.
    const stopped = await tiny.readBudgetFile('seed-003.pdf', fixture('seed-003.pdf')).catch((e: unknown) => e);
    expect(stopped).toBeInstanceOf(InputError);
    expect((stopped as InputError).reason.en).toMatch(/needed more than 1 MB of memory and was stopped/);
    const roomy = bindApi(pdfjs, nodeResources, { host: threadHost(pdfjs) });
    expect((await roomy.readBudgetFile('seed-003.pdf', fixture('seed-003.pdf'))).tables.length).toBe(9);
  });

  it('pdf.js’ own page count and text runs are bounded too (what the pre-scan could not follow)', () => {
    const bounds = readBounds(readLimits({ maxPages: 100, maxTextRunsPerPage: 2 }));
    expect(() => bounds.onDocument(100)).not.toThrow();
    expect(() => bounds.onDocument(900)).toThrow(/900 pages, over the limit of 100/);
    const item = { text: '1', box: [0, 0, 1, 1] as [number, number, number, number], font: 'f', size: 1 };
    const page = { page: 3, width: 1, height: 1, rotation: 0, rulings: [], images: 0 };
    expect(() => bounds.onPage({ ...page, items: [item, item] })).not.toThrow();
    expect(() => bounds.onPage({ ...page, items: [item, item, item] })).toThrow(/page 3 draws 3 text runs/);
  });

  it('a file over the size bound is refused before anything is parsed', async () => {
    const e = await outcome('big.pdf', fixture('seed-003.pdf'), { limits: { maxFileBytes: 1000 } });
    expect((e as InputError).reason.en).toMatch(/the file is \d+ KB, over the limit of 1 KB/);
  });
});

describe('amounts in a PDF with invisible or direction-changing characters', () => {
  /** Every amount read in the document's tables, sorted (a multiset). */
  const amounts = (doc: BudgetDocument) =>
    doc.tables
      .flatMap((t) => t.rows.flatMap((r) => Object.values(r.values)))
      .filter((v): v is number => typeof v === 'number')
      .sort((a, b) => a - b);
  /** The document with `insert` after the second character of each of the first `count` amounts printed. */
  function altered(positioned: PositionedDocument, insert: string, count: number): PositionedDocument {
    let left = count;
    return {
      ...positioned,
      pages: positioned.pages.map((page) => ({
        ...page,
        items: page.items.map((item) =>
          left > 0 && /^\d{1,3}(?:,\d{3})+(?:\.\d\d)?$/.test(item.text) && left--
            ? { ...item, text: `${item.text.slice(0, 2)}${insert}${item.text.slice(2)}` }
            : item,
        ),
      })),
    };
  }

  it('reads what is drawn: zero widths and direction controls change nothing shown in a PDF', async () => {
    const positioned = await extractPositioned(fixture('seed-003.pdf'));
    const original = amounts(modelOf(positioned));
    expect(original.length).toBeGreaterThan(100);
    for (const insert of ['\u200B\u2060', '\u202E', '\u2067\u2069', '\u200F', '\u202A\u202C'])
      expect(amounts(modelOf(altered(positioned, insert, 40))), `U+${insert.codePointAt(0)?.toString(16)}`).toEqual(
        original,
      );
  });
});
