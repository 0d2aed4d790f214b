import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkDocuments, type Report } from '@hezhang/core';
import { readBudgetDocuments } from '@hezhang/pdf/node';
import { HAS_QPDF, realDir } from '@hezhang/test-support/real';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Status, worse } from '../../src/shared/status';
import { ClosedShadow, closeAll, type LaunchedBrowser, launchAll, openPopup, PageServer, TrapProxy } from './harness';

/**
 * A linked PDF that holds several documents is checked whole, as the CLI checks it: its badge shows
 * the worst verdict over its documents and how many there are, the panel and the popup list each
 * document's verdict, the report page each document's report, and the documents are read together
 * with each other and with the page's other PDFs. What the extension shows is compared with what
 * core says of the same file read in Node (readBudgetDocuments, checkDocuments over the page's documents).
 */

/** @hezhang/pdf's fixture: seed 001's 2023 budget (pages 1–14) and seed 003's 2026 one after it, joined by qpdf. */
const TWO = fileURLToPath(new URL('../../../../packages/pdf/fixtures/documents/two-documents.pdf', import.meta.url));

/** An upper bound for reading real PDFs in a browser on a shared machine: not a timed assertion. */
const SLOW = 300_000;

function listing(files: readonly string[]): string {
  const links = files.map((f) => `<li><a href="/files/${f}">${f.replace('.pdf', '')}</a></li>`).join('');
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>预算公开</title></head><body>
<h1>预算公开</h1><ul>${links}</ul></body></html>`;
}

/** Core's reports of the files' documents read together, by file, in the files' order. */
async function coreReports(files: readonly { name: string; bytes: Uint8Array }[]): Promise<Report[][]> {
  const byFile = [];
  for (const f of files) byFile.push(await readBudgetDocuments(f.name, f.bytes));
  const reports = checkDocuments(byFile.flat());
  let at = 0;
  return byFile.map((docs) => reports.slice(at, (at += docs.length)));
}

const worst = (reports: readonly Report[]) => reports.reduce<Status>((s, r) => worse(s, r.summary.verdict), 'ok');

/** Waits until every PDF badge has a verdict and was read with the page's others; returns url → its data-*. */
async function settled(page: Page, count: number): Promise<Record<string, DOMStringMap>> {
  await page.waitForFunction(
    (n) => {
      const badges = Array.from(document.querySelectorAll<HTMLElement>('[data-hezhang-pdf]'));
      return badges.length === n && badges.every((b) => b.dataset.status && b.dataset.together !== undefined);
    },
    count,
    { timeout: SLOW - 60_000 },
  );
  return page.$$eval('[data-hezhang-pdf]', (els) =>
    Object.fromEntries(els.map((e) => [(e as HTMLElement).dataset.url, { ...(e as HTMLElement).dataset }])),
  );
}

describe('a linked PDF that holds two documents', () => {
  const server = new PageServer();
  const proxy = new TrapProxy();
  let browser: LaunchedBrowser;
  let reports: Report[];
  const file = { name: 'two-documents.pdf', bytes: new Uint8Array(readFileSync(TWO)) };

  beforeAll(async () => {
    server.route('/listing.html', { body: listing([file.name]), type: 'text/html; charset=utf-8' });
    server.route(`/files/${file.name}`, { body: file.bytes, type: 'application/pdf' });
    browser = await launchAll(server, proxy);
    [reports = []] = await coreReports([file]);
  }, SLOW);
  afterAll(() => closeAll(browser, server, proxy));

  it(
    'badges the worst verdict over its documents and how many; the panel, the popup and the report page list each',
    async () => {
      expect(reports.map((r) => r.source.name)).toEqual([
        'two-documents.pdf（第1–14页）',
        'two-documents.pdf（第15–33页）',
      ]);
      const url = server.url(`/files/${file.name}`);
      const page = await browser.context.newPage();
      await page.goto(server.url('/listing.html'));
      const badge = (await settled(page, 1))[url];
      expect(badge?.status).toBe(worst(reports));
      expect(badge?.documents).toBe('2');
      const shadow = await ClosedShadow.of(page);
      const tip = await shadow.text(await shadow.first(`[data-url="${url}"]`, '.tip'));
      expect(tip).toContain('本 PDF 含 2 份文档');
      expect(tip).toContain('第1–14页');
      expect(tip).toContain('第15–33页');
      expect(tip).not.toContain('是另一份文档');

      // The panel: the PDF and each of its documents, with the verdicts core gives.
      await page.waitForSelector('[data-hezhang-summary][data-status]');
      expect(await page.getAttribute('[data-hezhang-summary]', 'data-status')).toBe(worst(reports));
      const documents = await shadow.find('hezhang-panel', '[data-hezhang-pdf-document]');
      expect(
        await Promise.all(
          documents.map(async (id) => [
            await shadow.attribute(id, 'data-hezhang-pdf-document'),
            await shadow.attribute(id, 'data-status'),
          ]),
        ),
      ).toEqual(reports.map((r) => [r.source.name, r.summary.verdict]));
      // Its first findings, each as core words it.
      const listed = await shadow.find('hezhang-panel', '[data-hezhang-document-finding]');
      const first = reports.flatMap((r) => r.findings.filter((f) => f.severity !== 'info').slice(0, 5));
      expect(listed).toHaveLength(first.length);
      for (const [i, id] of listed.entries()) expect(await shadow.text(id)).toContain(first[i]?.message.zh);
      await shadow.detach();

      // The popup: one PDF checked, two documents, each with its verdict.
      const popup = await openPopup(browser.context, page.url());
      await popup.waitForSelector('[data-popup-pdfs]');
      expect(await popup.textContent('[data-popup-pdfs]')).toMatch(/^1 个 PDF 已核对（共 2 份文档）/);
      expect(
        await popup.$$eval('[data-popup-document]', (els) =>
          els.map((e) => [e.getAttribute('data-popup-document'), e.getAttribute('data-status')]),
        ),
      ).toEqual(reports.map((r) => [r.source.name, r.summary.verdict]));
      await popup.close();

      // The report page: each document's report, the first shown, the second a click away.
      const again = await ClosedShadow.of(page);
      const button = await again.first(`[data-url="${url}"]`, '.badge');
      const [report] = await Promise.all([browser.context.waitForEvent('page'), again.click(page, button)]);
      await again.detach();
      await report.waitForSelector('article.report');
      expect(
        await report.$$eval('[data-report-document]', (els) => els.map((e) => e.getAttribute('data-report-document'))),
      ).toEqual(reports.map((r) => r.source.name));
      await expect.poll(() => report.getAttribute('article.report', 'aria-label')).toBe(reports[0]?.source.name);
      await report.click(`[data-report-document="${reports[1]?.source.name}"] button`);
      await expect.poll(() => report.getAttribute('article.report', 'aria-label')).toBe(reports[1]?.source.name);
      // Its HTML report draws its own pages (15–33), not the first document's.
      await report.waitForSelector('[data-export="annotated-pdf"]');
      const [download] = await Promise.all([report.waitForEvent('download'), report.click('[data-export="html"]')]);
      const html = readFileSync(await download.path(), 'utf8');
      expect([...html.matchAll(/<li data-page="(\d+)"/g)].map((m) => Number(m[1]))).toEqual(
        Array.from({ length: 19 }, (_, i) => 15 + i),
      );
      await report.close();
      await page.close();
    },
    SLOW,
  );

  it('sends no request but for the page and the linked PDF', () => {
    const chromiumServices =
      /^(?:CONNECT |[A-Z]+ https?:\/\/)(?:accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com)[:/]/;
    expect(proxy.requests.filter((r) => !chromiumServices.test(r))).toEqual([]);
    expect(server.requests.filter((p) => !/^\/(?:listing\.html|favicon\.ico|files\/[\w-]+\.pdf)$/.test(p))).toEqual([]);
  });
});

/** A real department budget and its 本部's unit budget published as one PDF (joined here by qpdf, never committed). */
const JOINED = ['swj-2025-dept.pdf', 'swj-2025-unit.pdf'];
const REAL_DIR = realDir(...JOINED, 'czj-2025-dept.pdf');
const qpdf = HAS_QPDF;
if (!REAL_DIR || !qpdf)
  console.warn(
    `skipping the joined real-PDF extension test: ${qpdf ? 'real budget PDFs not found' : 'qpdf not found'}`,
  );

describe.skipIf(!REAL_DIR || !qpdf)('a real department budget with its unit’s in one PDF, beside another PDF', () => {
  const server = new PageServer();
  const proxy = new TrapProxy();
  let browser: LaunchedBrowser;
  let dir: string;
  let files: { name: string; bytes: Uint8Array }[];
  let reports: Report[][];

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'hezhang-joined-'));
    const out = join(dir, 'swj-2025.pdf');
    execFileSync('qpdf', ['--empty', '--pages', ...JOINED.map((f) => join(REAL_DIR as string, f)), '--', out]);
    files = [
      { name: 'swj-2025.pdf', bytes: new Uint8Array(readFileSync(out)) },
      { name: 'czj-2025-dept.pdf', bytes: new Uint8Array(readFileSync(join(REAL_DIR as string, 'czj-2025-dept.pdf'))) },
    ];
    server.route('/listing.html', { body: listing(files.map((f) => f.name)), type: 'text/html; charset=utf-8' });
    for (const f of files) server.route(`/files/${f.name}`, { body: f.bytes, type: 'application/pdf' });
    browser = await launchAll(server, proxy);
    reports = await coreReports(files);
  }, SLOW);
  afterAll(async () => {
    await closeAll(browser, server, proxy);
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(
    'reads its two documents together with each other and the page’s other PDF: the unit is paired with its department',
    async () => {
      const [swj = [], czj = []] = reports;
      expect(swj.map((r) => r.source.name)).toEqual(['swj-2025.pdf（第1–26页）', 'swj-2025.pdf（第27–48页）']);
      expect(swj[1]?.pairing?.paired.map((p) => p.name)).toEqual([swj[0]?.source.name]);
      const page = await browser.context.newPage();
      await page.goto(server.url('/listing.html'));
      const badges = await settled(page, 2);
      expect(badges[server.url('/files/swj-2025.pdf')]?.status).toBe(worst(swj));
      expect(badges[server.url('/files/swj-2025.pdf')]?.documents).toBe('2');
      expect(badges[server.url('/files/czj-2025-dept.pdf')]?.status).toBe(worst(czj));
      // A file of one document is badged as before: no count.
      expect(badges[server.url('/files/czj-2025-dept.pdf')]?.documents).toBeUndefined();

      const shadow = await ClosedShadow.of(page);
      await page.waitForSelector('[data-hezhang-summary][data-status]');
      const paired = await Promise.all(
        (await shadow.find('hezhang-panel', '[data-hezhang-paired]')).map((id) => shadow.text(id)),
      );
      expect(paired.some((t) => t.startsWith('swj-2025.pdf（第1–26页） ↔ swj-2025.pdf（第27–48页）：'))).toBe(true);
      const documents = await shadow.find('hezhang-panel', '[data-hezhang-pdf-document]');
      expect(await Promise.all(documents.map((id) => shadow.attribute(id, 'data-status')))).toEqual(
        swj.map((r) => r.summary.verdict),
      );
      // The department's dossier holds both documents of the file.
      const dossier = await shadow.first('hezhang-panel', '[data-hezhang-dossier]');
      expect(await shadow.attribute(dossier, 'data-hezhang-dossier')).toBe(swj[0]?.pairing?.key);
      await shadow.detach();
      await page.close();
    },
    SLOW,
  );
});
