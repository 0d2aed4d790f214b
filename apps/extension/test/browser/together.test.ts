import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDossiers, checkDocument, checkDocuments, type Report } from '@hezhang/core';
import { readBudgetPdf } from '@hezhang/pdf/node';
import { realDir } from '@hezhang/test-support/real';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedShadow, closeAll, type LaunchedBrowser, launchAll, openPopup, PageServer, TrapProxy } from './harness';

/** Published budget PDFs are not ours to commit: without them these tests skip. */
const REAL_DIR = realDir('czj-2024-final.pdf');
if (!REAL_DIR)
  console.warn('real budget PDFs not found (set HEZHANG_REAL_PDFS): skipping the documents-together tests');

/** Two departments' documents on one listing page: 普陀区财政局's 2024 final accounts and 2025 budget, 商务委's 2025 department and unit budgets. */
const DEPARTMENT = ['czj-2024-final.pdf', 'czj-2025-dept.pdf', 'swj-2025-dept.pdf', 'swj-2025-unit.pdf'];
/** Four departments, one document each — 上海市财政局 (municipal) is not 普陀区财政局. */
/**
 * An upper bound for a test that reads four real PDFs in the browser and walks through what it shows
 * (a minute alone on the machine; the machine is shared): not a timed assertion.
 */
const SLOW = 300_000;

const UNRELATED = ['czj-2025-dept.pdf', 'shczj-2025-unit.pdf', 'wanli-2024-dept.pdf', 'qfb-2025-dept.pdf'];

function listing(title: string, files: readonly string[]): string {
  const links = files.map((f) => `<li><a href="/files/${f}">${f.replace('.pdf', '')}</a></li>`).join('');
  return `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>${title}</title></head><body>
<h1>${title}</h1><ul>${links}</ul></body></html>`;
}

/** What core says of the files read together, as the CLI and the offline page read them. */
async function together(files: readonly string[]): Promise<{ alone: Report[]; reports: Report[] }> {
  const docs = [];
  for (const f of files)
    docs.push(await readBudgetPdf(new Uint8Array(readFileSync(join(REAL_DIR as string, f))), { name: f }));
  return { alone: docs.map((d) => checkDocument(d)), reports: checkDocuments(docs) };
}

const across = (r: Report) => r.findings.filter((f) => f.rule.startsWith('across.') && f.severity !== 'info');

/** Waits until every PDF badge shows its document as read with the others; returns url → [status, findings between documents]. */
async function readTogether(page: Page, count: number): Promise<Record<string, [string, string]>> {
  const badges = () => page.$$eval('[data-hezhang-pdf]', (els) => els.map((e) => ({ ...(e as HTMLElement).dataset })));
  await page
    .waitForFunction(
      (n) => {
        const badges = Array.from(document.querySelectorAll<HTMLElement>('[data-hezhang-pdf]'));
        return badges.length === n && badges.every((b) => b.dataset.status && b.dataset.together !== undefined);
      },
      count,
      { timeout: SLOW - 30_000 },
    )
    .catch(async (error: unknown) => {
      // Say where it stopped: which badges had no verdict, or were not read with the others.
      throw new Error(`${String(error)}\nbadges: ${JSON.stringify(await badges())}`);
    });
  return page.$$eval('[data-hezhang-pdf]', (els) =>
    Object.fromEntries(
      els.map((e) => {
        const d = (e as HTMLElement).dataset;
        return [d.url, [d.status, d.together]];
      }),
    ),
  );
}

describe.skipIf(!REAL_DIR)("a listing page's PDFs read together", () => {
  const server = new PageServer();
  const proxy = new TrapProxy();
  let browser: LaunchedBrowser;
  let department: Awaited<ReturnType<typeof together>>;
  let unrelated: Awaited<ReturnType<typeof together>>;

  beforeAll(async () => {
    server.route('/department.html', {
      body: listing('部门预算、决算公开', DEPARTMENT),
      type: 'text/html; charset=utf-8',
    });
    server.route('/unrelated.html', { body: listing('预算公开', UNRELATED), type: 'text/html; charset=utf-8' });
    for (const f of new Set([...DEPARTMENT, ...UNRELATED]))
      server.route(`/files/${f}`, {
        body: new Uint8Array(readFileSync(join(REAL_DIR as string, f))),
        type: 'application/pdf',
      });
    browser = await launchAll(server, proxy);
    // What core says of each page's files, read in Node before the browser reads them (six PDFs: a while
    // on a shared machine, hence the hook's own bound).
    department = await together(DEPARTMENT);
    unrelated = await together(UNRELATED);
  }, SLOW);

  afterAll(() => closeAll(browser, server, proxy));

  it(
    "pairs a department's documents as core does, shows the pairing and the findings between them, and opens the dossier",
    async () => {
      const { reports } = department;
      const expected = Object.fromEntries(
        DEPARTMENT.map((f, i) => [
          server.url(`/files/${f}`),
          [reports[i]?.summary.verdict, String(across(reports[i] as Report).length)],
        ]),
      );
      // The page's documents hold one finding between documents: czj-2025-dept's "比2024年预算增加107.62万元"
      // against the 2024 final accounts' stated 年初预算 (judged on the printed pages: across.md).
      expect(expected[server.url('/files/czj-2025-dept.pdf')]?.[1]).toBe('1');

      const page = await browser.context.newPage();
      await page.goto(server.url('/department.html'));
      expect(await readTogether(page, DEPARTMENT.length)).toEqual(expected);
      await page.waitForSelector('[data-hezhang-summary][data-status]');
      expect(await page.getAttribute('[data-hezhang-summary]', 'data-status')).toBe('error');

      // The popup over this tab says in one line that the four were checked and what reading them together found.
      const between = reports.flatMap((r) => across(r));
      const worst = between.some((f) => f.severity === 'error') ? '含错误' : '均为警告';
      const popup = await openPopup(browser.context, page.url());
      await popup.waitForSelector('[data-popup-pdfs]');
      expect(await popup.textContent('[data-popup-pdfs]')).toBe(
        `${DEPARTMENT.length} 个 PDF 已核对 · 合读发现 ${between.length} 处跨文档问题（${worst}）`,
      );
      await popup.close();

      const shadow = await ClosedShadow.of(page);
      const texts = async (inner: string) =>
        Promise.all((await shadow.find('hezhang-panel', inner)).map((id) => shadow.text(id)));
      const dossiers = buildDossiers(reports).filter((d) => d.documents.length > 1);
      expect(dossiers.map((d) => d.key).sort()).toEqual(
        (
          await Promise.all(
            (
              await shadow.find('hezhang-panel', '[data-hezhang-dossier]')
            ).map((id) => shadow.attribute(id, 'data-hezhang-dossier')),
          )
        ).sort(),
      );
      // Which documents were compared with which, and why: the final accounts with the next year's budget,
      // the department's budget with its unit's; never one department's with another's.
      const paired = await texts('[data-hezhang-paired]');
      expect(paired).toHaveLength(dossiers.reduce((n, d) => n + d.links.length, 0));
      expect(paired.some((t) => t.startsWith('czj-2025-dept.pdf ↔ czj-2024-final.pdf：'))).toBe(true);
      expect(paired.some((t) => t.startsWith('swj-2025-dept.pdf ↔ swj-2025-unit.pdf：'))).toBe(true);
      for (const t of paired) expect(new Set(t.match(/czj|swj/g)).size).toBe(1);
      // What these documents cannot compare, with the reason (no 2025 final accounts, no 2024 budget…).
      const impossible = await texts('[data-hezhang-impossible]');
      expect(impossible).toHaveLength(dossiers.reduce((n, d) => n + d.impossible.length, 0));
      expect(impossible.every((t) => /^无法比较：czj-202[45]-(final|dept)\.pdf：.+/.test(t))).toBe(true);
      expect(await texts('[data-hezhang-unpaired]')).toEqual([]);
      // The finding between documents, on the panel under the document that holds it.
      const finding = await shadow.first('hezhang-panel', '[data-hezhang-finding="across.years"]');
      expect(await shadow.attribute(finding, 'data-document')).toBe('czj-2025-dept.pdf');
      expect(await shadow.text(finding)).toContain('2993.92');

      // The dossier of 普陀区财政局, in the extension's report page.
      await shadow.click(page, await shadow.first('hezhang-panel', 'header button'));
      const open = (await shadow.find('hezhang-panel', '[data-hezhang-dossier]')).length;
      expect(open).toBe(2);
      const czj = dossiers.find((d) => d.documents.some((doc) => doc.name === 'czj-2025-dept.pdf'));
      const button = await shadow.first(
        `hezhang-panel`,
        `[data-hezhang-dossier="${czj?.key}"] [data-hezhang-open-dossier]`,
      );
      const [dossierPage] = await Promise.all([browser.context.waitForEvent('page'), shadow.click(page, button)]);
      await dossierPage.waitForSelector('[data-dossier]');
      expect(dossierPage.url()).toMatch(
        /^chrome-extension:\/\/[a-p]{32}\/report\.html\?together=[0-9a-f]{64}&dossier=/,
      );
      expect(
        await dossierPage.$$eval('[data-dossier-document]', (els) =>
          els.map((e) => e.getAttribute('data-dossier-document')),
        ),
      ).toEqual(['czj-2024-final.pdf', 'czj-2025-dept.pdf']);
      expect(
        await dossierPage.$$eval('[data-dossier-finding]', (els) =>
          els.map((e) => e.getAttribute('data-dossier-finding')),
        ),
      ).toEqual(['across.years']);
      await dossierPage.close();

      // A badge opens its document's report as read together: the finding between documents is in it.
      const badge = await shadow.first(`[data-url="${server.url('/files/czj-2025-dept.pdf')}"]`, '.badge');
      const [report] = await Promise.all([browser.context.waitForEvent('page'), shadow.click(page, badge)]);
      await report.waitForSelector('article.report');
      expect(report.url()).toMatch(/\/report\.html\?url=.+&together=[0-9a-f]{64}$/);
      await expect.poll(() => report.textContent('article.report')).toContain('2993.92');
      await report.close();
      await shadow.detach();
      await page.close();
    },
    SLOW,
  );

  it(
    'never compares documents of different departments',
    async () => {
      const { alone, reports } = unrelated;
      const page = await browser.context.newPage();
      await page.goto(server.url('/unrelated.html'));
      // Each document's verdict is its own, with no finding between documents.
      expect(await readTogether(page, UNRELATED.length)).toEqual(
        Object.fromEntries(UNRELATED.map((f, i) => [server.url(`/files/${f}`), [alone[i]?.summary.verdict, '0']])),
      );
      expect(reports.map((r) => r.summary.verdict)).toEqual(alone.map((r) => r.summary.verdict));
      const shadow = await ClosedShadow.of(page);
      expect(await shadow.find('hezhang-panel', '[data-hezhang-paired]')).toEqual([]);
      expect(await shadow.find('hezhang-panel', '[data-hezhang-dossier]')).toEqual([]);
      expect(await shadow.find('hezhang-panel', '[data-hezhang-finding]')).toEqual([]);
      // Each is said to be unpaired, and why.
      const unpaired = await shadow.find('hezhang-panel', '[data-hezhang-unpaired]');
      const said = await Promise.all(unpaired.map((id) => shadow.attribute(id, 'data-hezhang-unpaired')));
      expect(said.sort()).toEqual([...UNRELATED].sort());
      for (const id of unpaired)
        expect(await shadow.text(id)).toMatch(/未配对：.+\.pdf：本次的其他文档都不是.+的，未与本文档比较/);
      await shadow.detach();
      await page.close();
    },
    SLOW,
  );

  it('sends no request but for the pages and the linked PDFs', () => {
    const chromiumServices =
      /^(?:CONNECT |[A-Z]+ https?:\/\/)(?:accounts\.google\.com|update\.googleapis\.com|clients2\.google\.com)[:/]/;
    expect(proxy.requests.filter((r) => !chromiumServices.test(r))).toEqual([]);
    const allowed = /^\/(?:department\.html|unrelated\.html|favicon\.ico|files\/[\w-]+\.pdf)$/;
    expect(server.requests.filter((p) => !allowed.test(p))).toEqual([]);
  });
});
