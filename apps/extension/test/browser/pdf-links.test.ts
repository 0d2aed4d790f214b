import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument } from '@hezhang/core';
import { readBudgetPdf } from '@hezhang/pdf/node';
import { REAL_DIR } from '@hezhang/test-support/real';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedShadow, closeAll, type LaunchedBrowser, launchAll, PageServer, pdfVerdicts, TrapProxy } from './harness';

/** Published budget PDFs are not ours to commit (@hezhang/test-support/real): without them these tests skip. */
if (!REAL_DIR) console.warn('real budget PDFs not found (set HEZHANG_REAL_PDFS): skipping the PDF link tests');

export const PDF_FILES = [
  'swj-2025-dept.pdf',
  'swj-2025-unit.pdf',
  'wanli-2023-dept.pdf',
  'wanli-2024-dept.pdf',
  'shczj-2025-unit.pdf',
];

/** Five links the usual ways sites make them, one not a PDF at all, one broken. */
export function linksPage(): string {
  const links = PDF_FILES.map((f, i) =>
    i === 1
      ? `<li><a href="/download?file=${f.replace('.pdf', '')}" type="application/pdf">附件：商务委单位预算</a></li>`
      : `<li><a href="/files/${f}">${f}</a></li>`,
  );
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>预算公开</title></head><body>
<h1>2025年部门预算公开</h1><ul>${links.join('')}
<li><a href="/notes.pdf">说明.pdf</a></li><li><a href="/gone.pdf">已删除.pdf</a></li></ul></body></html>`;
}

export function servePdfs(server: PageServer, dir: string): void {
  server.route('/links.html', { body: linksPage(), type: 'text/html; charset=utf-8' });
  PDF_FILES.forEach((f, i) => {
    const bytes = new Uint8Array(readFileSync(join(dir, f)));
    if (i === 1) server.route(`/download`, { body: bytes, type: 'application/octet-stream' });
    else server.route(`/files/${f}`, { body: bytes, type: 'application/pdf' });
  });
  server.route('/notes.pdf', { body: '<p>not a pdf</p>', type: 'text/html' });
}

describe.skipIf(!REAL_DIR)('PDF links', () => {
  const server = new PageServer();
  const proxy = new TrapProxy();
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    servePdfs(server, REAL_DIR as string);
    browser = await launchAll(server, proxy);
  });

  afterAll(() => closeAll(browser, server, proxy));

  it('gives each PDF link the verdict core gives the PDF, and drops the badge of a link that is not a PDF', async () => {
    const expected: Record<string, string> = {};
    for (const [i, f] of PDF_FILES.entries()) {
      const doc = await readBudgetPdf(new Uint8Array(readFileSync(join(REAL_DIR as string, f))), { name: f });
      const url = i === 1 ? server.url(`/download?file=${f.replace('.pdf', '')}`) : server.url(`/files/${f}`);
      expected[url] = checkDocument(doc).summary.verdict;
    }
    expected[server.url('/gone.pdf')] = 'incomplete';

    const page = await browser.context.newPage();
    await page.goto(server.url('/links.html'));
    expect(await pdfVerdicts(page, PDF_FILES.length + 1)).toEqual(expected);
    expect(await page.getAttribute(`[data-url="${server.url('/gone.pdf')}"]`, 'data-state')).toBe('incomplete');
    // The five PDFs, two read at once, were read on ONE pdf.js worker of the offscreen document (worker.ts):
    // the only dedicated worker in the browser (the listing page starts none; no report page is open yet).
    const cdp = await browser.context.browser()?.newBrowserCDPSession();
    const targets = (await cdp?.send('Target.getTargets'))?.targetInfos ?? [];
    expect(targets.filter((t) => t.type === 'worker')).toHaveLength(1);
    await cdp?.detach();
    await page.close();
  });

  it('answers from the cache on the next visit without fetching again', async () => {
    const fetched = server.requests.filter((p) => p.startsWith('/files/')).length;
    const page = await browser.context.newPage();
    await page.goto(server.url('/links.html'));
    await pdfVerdicts(page, PDF_FILES.length + 1);
    expect(server.requests.filter((p) => p.startsWith('/files/')).length).toBe(fetched);
    await page.close();
  });

  it('opens the full report in an extension page when a checked badge is clicked', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/links.html'));
    await pdfVerdicts(page, PDF_FILES.length + 1);
    const shadow = await ClosedShadow.of(page);
    const badge = await shadow.first(`[data-url="${server.url(`/files/${PDF_FILES[0]}`)}"]`, '.badge');
    const [report] = await Promise.all([browser.context.waitForEvent('page'), shadow.click(page, badge)]);
    await shadow.detach();
    await report.waitForSelector('article.report');
    expect(report.url()).toMatch(/^chrome-extension:\/\/[a-p]{32}\/report\.html\?url=/);
    // A page to read: margins around the report and body text at the browser's reading size.
    const layout = await report.evaluate(() => {
      const article = document.querySelector('article.report') as HTMLElement;
      const box = article.getBoundingClientRect();
      return { left: box.left, font: Number.parseFloat(getComputedStyle(article).fontSize) };
    });
    expect(layout.left).toBeGreaterThanOrEqual(12);
    expect(layout.font).toBeGreaterThanOrEqual(16);
    await report.close();
    await page.close();
  });

  it('sends no request but for the pages and the linked PDFs', () => {
    const chromiumServices =
      /^(?:CONNECT |[A-Z]+ https?:\/\/)(?:accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com)[:/]/;
    expect(proxy.requests.filter((r) => !chromiumServices.test(r))).toEqual([]);
    const allowed = /^\/(?:links\.html|favicon\.ico|download|notes\.pdf|gone\.pdf|files\/[\w-]+\.pdf)$/;
    expect(server.requests.filter((p) => !allowed.test(p))).toEqual([]);
  });
});
