import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClosedShadow, closeAll, type LaunchedBrowser, launchAll, PageServer, pdfVerdicts, TrapProxy } from './harness';

const FIXTURES = fileURLToPath(new URL('../../../../packages/pdf/fixtures/', import.meta.url));
const bytes = (name: string) => new Uint8Array(readFileSync(`${FIXTURES}${name}`));

/**
 * The damaged PDF of issue 14 (pdf.js rejects a promise nobody awaits while reading it) linked next to
 * a good one: its badge says why it has no verdict, and the good one still gets its verdict.
 */
describe('a damaged PDF link', () => {
  const server = new PageServer();
  const proxy = new TrapProxy();
  let browser: LaunchedBrowser;

  beforeAll(async () => {
    server.route('/damaged.html', {
      body: `<!doctype html><html lang="zh"><head><meta charset="utf-8"><title>预算公开</title></head><body>
<h1>2025年部门预算公开</h1><ul><li><a href="/files/damaged.pdf">部门预算（损坏）.pdf</a></li>
<li><a href="/files/good.pdf">部门预算.pdf</a></li></ul></body></html>`,
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
    const verdicts = await pdfVerdicts(page, 2);
    expect(verdicts[server.url('/files/damaged.pdf')]).toBe('incomplete');
    expect(['ok', 'warning', 'error']).toContain(verdicts[server.url('/files/good.pdf')]);
    const shadow = await ClosedShadow.of(page);
    const badge = await shadow.first(`[data-url="${server.url('/files/damaged.pdf')}"]`, '.badge');
    const label = await shadow.attribute(badge, 'aria-label');
    await shadow.detach();
    expect(label).toContain('文件可能已损坏');
    await page.close();
  });
});
