/**
 * Damaged and hostile files on the page: the damaged PDF of issue 14, text in GB18030, a saved web
 * page, and a budget whose names look like markup and script. Each gets its verdict or a clear
 * message; markup is shown as text, never run; nothing escapes as an uncaught error.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { encodeGb18030 } from '@hezhang/test-support/damage';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';
import { seedText, utf8 } from './fixtures.js';

const PDF_FIXTURES = fileURLToPath(new URL('../../../packages/pdf/fixtures/', import.meta.url));

/** Text a budget file may hold that a page must show, never run. */
const MARKUP = '<img src=x onerror="window.__hezhangInjected=1"><script>window.__hezhangInjected=2</script>';

describe('damaged and hostile files on the page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('says the damaged PDF of issue 14 is damaged, and goes on with the next file', async () => {
    const damaged = {
      name: 'xref-entry.pdf',
      bytes: new Uint8Array(readFileSync(join(PDF_FIXTURES, 'damaged/xref-entry.pdf'))),
    };
    await dropFiles(s.page, [damaged, { name: 'budget.txt', bytes: utf8(seedText) }]);
    const entry = s.page.locator('[data-document="xref-entry.pdf"][data-error]');
    await entry.waitFor();
    expect(await entry.getAttribute('data-error')).toBe('malformed');
    expect(await entry.getByRole('alert').textContent()).toContain('PDF 已损坏');
    expect(await entry.getByRole('alert').getAttribute('title')).toContain('no readable text and no image');
    await s.page.locator('[data-document="budget.txt"][data-status]').waitFor();
  });

  it('reads a text saved as GB18030 to the verdict of its UTF-8 original', async () => {
    await dropFiles(s.page, [{ name: 'budget-gbk.txt', bytes: encodeGb18030(seedText) }]);
    const gbk = s.page.locator('[data-document="budget-gbk.txt"][data-status]');
    await gbk.waitFor();
    const original = s.page.locator('[data-document="budget.txt"][data-status]').first();
    expect(await gbk.getAttribute('data-status')).toBe(await original.getAttribute('data-status'));
  });

  it('refuses a saved web page with a clear message', async () => {
    const html = utf8('<!DOCTYPE html>\n<html><body><table><tr><td>合计</td><td>1,000</td></tr></table></body></html>');
    await dropFiles(s.page, [{ name: 'budget.txt.html', bytes: html }]);
    const entry = s.page.locator('[data-document="budget.txt.html"][data-error]');
    await entry.waitFor();
    expect(await entry.getAttribute('data-error')).toBe('unsupported');
    expect(await entry.getByRole('alert').getAttribute('title')).toContain('web page');
  });

  it('shows names that look like markup as text, in the file list, the findings and the tables', async () => {
    const name = `${MARKUP}.txt`.replace(/[/"]/g, '_');
    const text = seedText.replace('\t行政运行\t', `\t行政运行${MARKUP}\t`).replace('编制部门：', `编制部门：${MARKUP}`);
    await dropFiles(s.page, [{ name, bytes: utf8(text) }]);
    const summary = s.page.locator('[data-document][data-status]').filter({ hasText: '<script>' }).first();
    await summary.waitFor();
    await summary.getByRole('button', { name: '查看报告' }).click();
    await s.page.getByRole('tab', { name: '表格' }).click();
    await expect.poll(() => s.page.locator('main').textContent()).toContain(`行政运行${MARKUP}`);
    const injected = await s.page.evaluate(() => ({
      flag: (window as unknown as { __hezhangInjected?: number }).__hezhangInjected,
      elements: document.querySelectorAll('main img[src="x"], main script').length,
    }));
    expect(injected).toEqual({ flag: undefined, elements: 0 });
  });

  it('left no uncaught error on the page and sent nothing anywhere', () => {
    expect(s.pageErrors).toEqual([]);
    expect(leftTheMachine(s)).toEqual([]);
  });
});
