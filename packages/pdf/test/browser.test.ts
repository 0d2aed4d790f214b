import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { REAL_DIR } from '@hezhang/test-support/real';
import { build } from 'esbuild';
import { type BrowserContext, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePdfs } from '../fixtures/hostile.mjs';
import { readBudgetPdf } from '../src/node.js';

/**
 * The same PDF gives the same model in Node and in a browser Web Worker: a test page served on
 * 127.0.0.1 runs @hezhang/pdf's browser build (bundled with esbuild) in a module worker with pdf.js in
 * a nested worker, in Debian's Chromium driven by playwright-core.
 */
const CHROMIUM = '/usr/bin/chromium';
const PDFJS = dirname(fileURLToPath(import.meta.resolve('pdfjs-dist/package.json')));
const FIXTURES = fileURLToPath(new URL('../fixtures/', import.meta.url));
const TYPES: Record<string, string> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.pdf': 'application/pdf',
  '.bcmap': 'application/octet-stream',
  '.pfb': 'application/octet-stream',
  '.ttf': 'font/ttf',
};

describe.skipIf(!existsSync(CHROMIUM))('in a browser Web Worker (Chromium)', () => {
  let server: Server;
  let context: BrowserContext;
  let origin = '';

  beforeAll(async () => {
    const out = mkdtempSync(join(tmpdir(), 'hezhang-browser-'));
    await build({
      entryPoints: {
        worker: fileURLToPath(new URL('./browser/worker.ts', import.meta.url)),
        page: fileURLToPath(new URL('./browser/page.ts', import.meta.url)),
        'pdfjs-worker': fileURLToPath(new URL('../src/pdfjs-worker.ts', import.meta.url)),
      },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'chrome120',
      outdir: out,
      logLevel: 'silent',
    });
    for (const [name, bytes] of Object.entries(hostilePdfs())) writeFileSync(join(out, name), bytes);
    const page = `<!doctype html><meta charset="utf-8"><script type="module">
      window.read = (url, password) => new Promise((resolve) => {
        const worker = new Worker('/worker.js', { type: 'module' });
        worker.onmessage = ({ data }) => { worker.terminate(); resolve(data); };
        worker.postMessage({ url, password });
      });
    </script><script type="module" src="/page.js"></script>`;
    const roots: [string, string][] = [
      ['/pdfjs/', `${PDFJS}/`],
      ['/fixtures/', FIXTURES],
      ...(REAL_DIR ? ([['/real/', `${REAL_DIR}/`]] as [string, string][]) : []),
      ['/', `${out}/`],
    ];
    server = createServer((req, res) => {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
      if (path === '/') {
        res.writeHead(200, { 'content-type': 'text/html' }).end(page);
        return;
      }
      const [prefix, dir] = roots.find(([p]) => path.startsWith(p)) ?? ['/', out];
      const file = normalize(join(dir, path.slice(prefix.length)));
      if (!file.startsWith(dir) || !existsSync(file)) {
        res.writeHead(404).end();
        return;
      }
      res
        .writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
        .end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    context = await chromium.launchPersistentContext(mkdtempSync(join(tmpdir(), 'hezhang-chromium-')), {
      executablePath: CHROMIUM,
      headless: true,
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  }, 60_000);

  afterAll(async () => {
    await context?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  type Outcome = { document?: unknown; fontPaths?: number; error?: string };
  async function inBrowser(url: string, password?: string): Promise<Outcome> {
    const page = await context.newPage();
    try {
      await page.goto(`${origin}/`);
      type Read = (url: string, password?: string) => Promise<Outcome>;
      return await page.evaluate(
        ([u, p]) => (window as unknown as { read: Read }).read(u as string, p),
        [url, password],
      );
    } finally {
      await page.close();
    }
  }

  const cases = [
    { url: '/fixtures/seed-003.pdf', file: join(FIXTURES, 'seed-003.pdf') },
    ...(REAL_DIR ? [{ url: '/real/swj-2025-dept.pdf', file: join(REAL_DIR, 'swj-2025-dept.pdf') }] : []),
  ];
  it.each(cases)('reads $url into the same model as Node', async ({ url, file }) => {
    const node = await readBudgetPdf(new Uint8Array(readFileSync(file)), { name: url.split('/').pop() as string });
    const browser = await inBrowser(url);
    expect(browser.error).toBeUndefined();
    expect(browser.document).toEqual(JSON.parse(JSON.stringify(node)));
    // Every font bound to the stand-in FontFace (font-loading.ts): no fallback to glyph outlines, which
    // a worker without a document got for every font before (1,282 outlines posted for swj-2025-dept).
    expect(browser.fontPaths).toBe(0);
  });

  it.each(cases)(
    "reads $url in a document with fonts: 'stand-in' into the same model as Node",
    async ({ url, file }) => {
      const node = await readBudgetPdf(new Uint8Array(readFileSync(file)), { name: url.split('/').pop() as string });
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => 'readHere' in window);
        type ReadHere = (url: string) => Promise<{ document: unknown; fontPaths: number; nativeForOthers: boolean }>;
        const here = await page.evaluate((u) => (window as unknown as { readHere: ReadHere }).readHere(u), url);
        expect(here.document).toEqual(JSON.parse(JSON.stringify(node)));
        // Fonts bound to the stand-in (no fallback to outlines), while other families keep the browser's FontFace.
        expect(here.fontPaths).toBe(0);
        expect(here.nativeForOthers).toBe(true);
      } finally {
        await page.close();
      }
    },
  );

  describe('reads at once on one pdf.js worker (one port), as the extension does', () => {
    type Result = { document?: unknown; error?: string; stuck: boolean };
    type SharedRead = { url: string; timeoutMs?: number; abortAtPage?: number; endWorkerAtPage?: number };
    async function onOnePort(reads: SharedRead[], then?: string) {
      const page = await context.newPage();
      try {
        await page.goto(`${origin}/`);
        await page.waitForFunction(() => 'readOnOnePort' in window);
        type ReadOnOnePort = (reads: SharedRead[], then?: string) => Promise<{ results: Result[]; after?: Result }>;
        return await page.evaluate(
          ([r, t]) =>
            (window as unknown as { readOnOnePort: ReadOnOnePort }).readOnOnePort(r as SharedRead[], t as string),
          [reads, then] as const,
        );
      } finally {
        await page.close();
      }
    }
    const node = async (file: string) =>
      JSON.parse(
        JSON.stringify(
          await readBudgetPdf(new Uint8Array(readFileSync(file)), { name: file.split('/').pop() as string }),
        ),
      );
    const a = cases[cases.length - 1] as (typeof cases)[number]; // the real PDF when there is one
    const b = { url: '/fixtures/seed-001-joined.pdf', file: join(FIXTURES, 'seed-001-joined.pdf') };
    const c = { url: '/fixtures/seed-003.pdf', file: join(FIXTURES, 'seed-003.pdf') };

    it("gives each of three documents read at once the reading it gets alone (Node's)", async () => {
      const { results } = await onOnePort([{ url: a.url }, { url: b.url }, { url: c.url }]);
      expect(results.map((r) => r.error)).toEqual([undefined, undefined, undefined]);
      expect(results[0]?.document).toEqual(await node(a.file));
      expect(results[1]?.document).toEqual(await node(b.file));
      expect(results[2]?.document).toEqual(await node(c.file));
    });

    it('a read aborted, or failing, beside another does not disturb it, and the port reads on', async () => {
      const { results, after } = await onOnePort(
        [{ url: a.url }, { url: c.url, abortAtPage: 1 }, { url: '/fixtures/malformed.pdf' }],
        b.url,
      );
      expect(results[1]?.error).toBe('aborted');
      expect(results[2]?.error).toBe('malformed');
      expect(results[0]?.document).toEqual(await node(a.file));
      expect(after?.document).toEqual(await node(b.file));
      expect(results.map((r) => r.stuck)).toEqual([false, false, false]);
    });

    it('a read that timed out tells onStuck; the worker, not stuck after all, reads the others and the next', async () => {
      const { results, after } = await onOnePort([{ url: a.url, timeoutMs: 1 }, { url: c.url }], b.url);
      expect(results[0]).toMatchObject({ error: 'timeout', stuck: true });
      expect(results[1]?.document).toEqual(await node(c.file));
      expect(after?.document).toEqual(await node(b.file));
    });

    it('a read whose worker is ended under it and aborted ends at once (it waits for no answer), and a new worker reads', async () => {
      const { results, after } = await onOnePort([{ url: a.url, endWorkerAtPage: 1 }], c.url);
      expect(results[0]).toMatchObject({ error: 'aborted', stuck: false });
      expect(after?.document).toEqual(await node(c.file));
    });
  });

  it('gives the same errors for damaged, encrypted and scanned PDFs, and reads with the password', async () => {
    expect((await inBrowser('/fixtures/malformed.pdf')).error).toBe('malformed');
    expect((await inBrowser('/fixtures/encrypted.pdf')).error).toBe('encrypted');
    expect((await inBrowser('/fixtures/image-only.pdf')).error).toBe('no_text');
    expect((await inBrowser('/fixtures/empty.pdf')).error).toBe('empty');
    const unlocked = (await inBrowser('/fixtures/encrypted.pdf', 'secret')).document as { tables: unknown[] };
    expect(unlocked.tables).toHaveLength(9);
  });

  it('refuses hostile PDFs with the same bounds (the pre-scan inflating through DecompressionStream)', async () => {
    // The encrypted ones decrypted with Web Crypto (AES) and the scan's own RC4 and MD5.
    for (const name of [
      'inflate-bomb-1g.pdf',
      'nested-states.pdf',
      'million-pages.pdf',
      'many-runs.pdf',
      'encrypted-rc4-nested-states.pdf',
      'encrypted-aes128-bomb.pdf',
      'encrypted-aes256-fan-out.pdf',
    ])
      expect((await inBrowser(`/${name}`)).error, name).toBe('too_complex');
  });
});
