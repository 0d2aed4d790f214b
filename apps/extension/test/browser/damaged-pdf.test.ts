import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ClosedShadow,
  closeAll,
  type LaunchedBrowser,
  launchAll,
  openPopup,
  PageServer,
  pdfVerdicts,
  TrapProxy,
} from './harness';

const FIXTURES = fileURLToPath(new URL('../../../../packages/pdf/fixtures/', import.meta.url));
const bytes = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}${name}`));

/**
 * The damaged PDF of issue 14 (pdf.js rejects a promise nobody awaits while reading it) linked next to
 * a good one, and a link to a PDF that is gone (404): their badges say why they have no verdict, the
 * good one still gets its verdict, and the page's panel and the popup name what could not be checked.
 */
describe('a damaged PDF link', () => {
  const server = new PageServer();
  const proxy = new TrapProxy();
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server.route('/damaged.html', {
      body: `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>预算公开</title></head><body>
<h1>2025年部门预算公开</h1><ul><li><a href="/files/damaged.pdf">部门预算（损坏）.pdf</a></li>
<li><a href="/files/good.pdf">部门预算.pdf</a></li>
<li><a href="/files/gone.pdf">单位预算.pdf</a></li></ul></body></html>`,
      type: 'text/html; charset=utf-8',
    });
    server.route('/files/damaged.pdf', { body: bytes('damaged/xref-entry.pdf'), type: 'application/pdf' });
    server.route('/files/good.pdf', { body: bytes('seed-001-joined.pdf'), type: 'application/pdf' });
    browser = await launchAll(server, proxy);
  });

  afterAll(() => closeAll(browser, server, proxy));

  it('says on its badge that the file is damaged, and the other link gets its verdict', async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/damaged.html'));
    // Both badges settled (a verdict each): url → status.
    const verdicts = await pdfVerdicts(page, 3);
    expect(verdicts[server.url('/files/damaged.pdf')]).toBe('incomplete');
    expect(verdicts[server.url('/files/gone.pdf')]).toBe('incomplete');
    expect(['ok', 'warning', 'error']).toContain(verdicts[server.url('/files/good.pdf')]);
    const shadow = await ClosedShadow.of(page);
    const badge = await shadow.first(`[data-url="${server.url('/files/damaged.pdf')}"]`, '.badge');
    const label = await shadow.attribute(badge, 'aria-label');
    await shadow.detach();
    expect(label).toContain('文件可能已损坏');
    await page.close();
  });

  it("names in the page's panel each PDF that could not be checked, with why, and never says all good", async () => {
    const page = await browser.context.newPage();
    await page.goto(server.url('/damaged.html'));
    await pdfVerdicts(page, 3);
    // The page has no budget table of its own and one PDF checked (none read together): the panel is
    // there for the two that could not be checked.
    await page.waitForSelector('[data-hezhang-summary][data-status]');
    expect(await page.getAttribute('[data-hezhang-summary]', 'data-status')).toBe('incomplete');
    const shadow = await ClosedShadow.of(page);
    const unread = await shadow.find('hezhang-panel', '[data-hezhang-unread]');
    const named = Object.fromEntries(
      await Promise.all(
        unread.map(async (id) => [await shadow.attribute(id, 'data-hezhang-unread'), await shadow.text(id)]),
      ),
    );
    expect(Object.keys(named).sort()).toEqual([server.url('/files/damaged.pdf'), server.url('/files/gone.pdf')]);
    expect(named[server.url('/files/damaged.pdf')]).toMatch(/^damaged\.pdf — 无法读取：.*文件可能已损坏/);
    expect(named[server.url('/files/gone.pdf')]).toBe('gone.pdf — 无法读取：HTTP 404');
    expect(await shadow.text(await shadow.first('hezhang-panel', 'header small'))).toBe('2 个 PDF 链接未能核对');
    // Its border says so too: the badges' grey for 'incomplete' (#78909c), not the undecided one (#90a4ae).
    expect(await shadow.style(await shadow.first('hezhang-panel', 'section.panel'), 'border-top-color')).toBe(
      'rgb(120, 144, 156)',
    );

    // The popup over this tab: not "consistent", and one line says what became of the page's PDFs.
    const popup = await openPopup(browser.context, page.url());
    await popup.waitForSelector('[data-popup-pdfs]');
    expect(await popup.getAttribute('[data-popup-verdict]', 'data-popup-verdict')).toBe('incomplete');
    expect(await popup.textContent('[data-popup-pdfs]')).toBe('1 个 PDF 已核对（2 个无法核对）');
    await shadow.detach();
    await popup.close();
    await page.close();
  });
});
