/**
 * What a new volunteer met on the page (issue 21), each in real Chromium on the sample and the real
 * PDFs: the order of the findings, the card's counts, the viewer's colours, the phone layout, and the
 * page's smaller words.
 */

import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { SEVERITY_COLOUR } from '@hezhang/ui';
import type { Page } from 'playwright-core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

/** A fixture PDF of @hezhang/pdf. */
const PDF_FIXTURE = (name: string) => new URL(`../../../packages/pdf/fixtures/${name}`, import.meta.url);

const SAMPLE = '示例-部门预算.pdf';

async function openSample(page: Page): Promise<void> {
  await page.locator('[data-sample]').click();
  await page.locator(`[data-document="${SAMPLE}"][data-status]`).waitFor();
}

const RANK: Record<string, number> = { error: 0, warning: 1, info: 2 };

describe('the sample on the page', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
    await openSample(s.page);
  });
  afterAll(() => s?.close());

  it('lists errors, then warnings, then notes, each severity by page', async () => {
    const findings = await s.page.locator('[data-finding]').evaluateAll((items) =>
      items.map((item) => ({
        severity: item.getAttribute('data-severity') ?? '',
        page: Number(/(\d+)/.exec(item.querySelector('.show-button')?.textContent ?? '')?.[1] ?? Number.NaN),
      })),
    );
    expect(findings.length).toBeGreaterThan(10);
    const first = findings[0];
    expect(first?.severity).toBe('error');
    for (const [i, f] of findings.entries()) {
      const before = findings[i - 1];
      if (!before) continue;
      expect(RANK[f.severity]).toBeGreaterThanOrEqual(RANK[before.severity] ?? 0);
      if (f.severity === before.severity && !Number.isNaN(f.page) && !Number.isNaN(before.page))
        expect(f.page).toBeGreaterThanOrEqual(before.page);
    }
    const headings = await s.page.locator('.finding-group > h3').allTextContents();
    expect(headings.map((h) => h.replace(/\s*\(\d+\)$/, ''))).toEqual(['错误', '警告', '提示']);
  });

  it('boxes each finding on its page in its severity’s colour, the colour of the HTML report and the annotated PDF', async () => {
    const rgb = (hex: string) => {
      const n = Number.parseInt(hex.slice(1), 16);
      return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
    };
    for (const severity of ['error', 'warning', 'info'] as const) {
      const item = s.page.locator(`[data-finding][data-severity="${severity}"]:has(button.show-button)`).first();
      await item.locator('button.show-button').click();
      const dialog = s.page.locator('dialog.page-viewer[open]');
      await dialog.locator('.viewer-frame[data-state="ready"]').waitFor();
      const strokes = await dialog
        .locator('.page-box')
        .evaluateAll((boxes) => [...new Set(boxes.map((b) => getComputedStyle(b).stroke))]);
      expect(strokes, severity).toEqual([rgb(SEVERITY_COLOUR[severity])]);
      await s.page.keyboard.press('Escape');
      await s.page.locator('dialog.page-viewer[open]').waitFor({ state: 'detached' });
    }
  });

  it('on a phone, draws a landscape page as tall as the viewer, its digits readable and its first box in view', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 844, height: 390 },
    ]) {
      await s.page.setViewportSize(viewport);
      await s.page.locator('[data-finding][data-row="20805"] button.show-button').first().click();
      const dialog = s.page.locator('dialog.page-viewer[open]');
      await dialog.locator('.viewer-frame[data-state="ready"]').waitFor();
      const seen = await dialog.evaluate((d) => {
        const frame = d.querySelector('.viewer-frame') as HTMLElement;
        const svg = d.querySelector('.page-highlights') as SVGSVGElement;
        const page = svg.getBoundingClientRect();
        const box = (d.querySelector('.page-box') as SVGRectElement).getBoundingClientRect();
        const view = frame.getBoundingClientRect();
        return {
          pxPerPt: page.width / svg.viewBox.baseVal.width,
          pageHeight: page.height,
          frameHeight: frame.clientHeight,
          inView: box.left >= view.left && box.right <= view.right && box.top >= view.top && box.bottom <= view.bottom,
        };
      });
      const at = `${viewport.width}×${viewport.height}`;
      // A 9 pt amount at a pixel per point or more: the page was drawn at 0.44 across an upright phone.
      expect(seen.pxPerPt, at).toBeGreaterThanOrEqual(1);
      expect(seen.inView, at).toBe(true);
      // Upright, the landscape page fills the viewer's height (it was a strip across its top).
      if (viewport.height > viewport.width) expect(seen.pageHeight, at).toBeGreaterThanOrEqual(0.95 * seen.frameHeight);
      await dialog.getByRole('button', { name: '关闭' }).click();
      await s.page.locator('dialog.page-viewer[open]').waitFor({ state: 'detached' });
    }
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });
});

/** Seed 001 with one amount of its revenue table printed as digits that make no amount. */
function partialSeed(): { name: string; bytes: Uint8Array } {
  const text = readFileSync(new URL('../../../seeds/001_44612e61586aee6a.txt', import.meta.url), 'utf8');
  const lines = text.split('\n');
  const title = lines.findLastIndex((l) => l.startsWith('2023年部门收入预算总表'));
  const row = lines.findIndex((l, i) => i > title && l.startsWith('208\t\t\t'));
  lines[row] = (lines[row] as string).replace('12,912,812', '12,912,8l2');
  return { name: 'partial.txt', bytes: new TextEncoder().encode(lines.join('\n')) };
}

describe('the card of a document', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('says apart the checks that did not apply and those that lacked data, and names the tables not read', async () => {
    await dropFiles(s.page, [partialSeed()]);
    const card = s.page.locator('[data-document="partial.txt"][data-status]');
    await card.waitFor();
    expect(await card.locator('.summary-counts').textContent()).toMatch(
      /已运行 \d+ 项核对；\d+ 项不适用于本文档，\d+ 项因缺少数据未能运行/,
    );
    const unread = card.locator('.summary-unread');
    expect(await unread.getAttribute('data-unread')).toBe('revenue_summary');
    expect(await unread.textContent()).toContain('未能完整读取：2023年部门收入预算总表');
    await s.page.getByRole('button', { name: 'English', exact: true }).click();
    expect(await unread.textContent()).toContain('Not read in full: Revenue budget');
    expect(await card.locator('.summary-counts').textContent()).toMatch(
      /did not apply to this document, \d+ could not run for want of data/,
    );
  });
});

/** The sample as a file a person chooses (the page names it so when it offers it). */
const sampleFile = () => ({ name: SAMPLE, bytes: fixture(KNOWN_MISTAKE.file).bytes });

describe('the page’s smaller details', () => {
  let s: Session;
  const cards = () => s.page.locator('[data-document][data-status]');
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('introduces the sample by what it holds: one amount changed, and two mistakes of its own', async () => {
    const note = await s.page.locator('.intake-note').first().textContent();
    expect(note).toContain('一个数字改大了1000元');
    expect(note).toContain('两处错误');
    await openSample(s.page);
    // The amount changed gives the findings on its rows (20805 and its 项 2080501); the rest are the document's own.
    const errors = await s.page
      .locator('[data-finding][data-severity="error"]')
      .evaluateAll((items) =>
        items.map((i) => ({ row: i.getAttribute('data-row') ?? '', rule: i.getAttribute('data-rule') ?? '' })),
      );
    const planted = errors.filter((e) => e.row === '20805' || e.row === '2080501');
    expect(planted.length).toBeGreaterThan(0);
    expect(errors.length - planted.length).toBe(2);
  });

  it('counts the filter chips as the verdict does, following the review marks', async () => {
    const chip = (kind: string) => s.page.locator(`[data-chip="${kind}"]`);
    const errorsBefore = Number(await chip('error').getAttribute('data-count'));
    expect(await chip('dismissed').count()).toBe(0);
    const first = s.page.locator('[data-finding][data-severity="error"]').first();
    await first.locator('[data-review-action="dismiss"]').click();
    await expect.poll(() => chip('error').getAttribute('data-count')).toBe(String(errorsBefore - 1));
    expect(await chip('dismissed').getAttribute('data-count')).toBe('1');
    expect(await chip('dismissed').textContent()).toContain('误报 1');
    // The card says the same.
    expect(await s.page.locator('.count-error').first().textContent()).toContain(String(errorsBefore - 1));
    // Hiding the dismissed hides it, whatever its severity.
    const listed = await s.page.locator('[data-finding]').count();
    await chip('dismissed').locator('input').uncheck();
    await expect.poll(() => s.page.locator('[data-finding]').count()).toBe(listed - 1);
    await chip('dismissed').locator('input').check();
    await s.page.locator('[data-finding][data-review="dismissed"] [data-review-action="reopen"]').click();
    await expect.poll(() => chip('error').getAttribute('data-count')).toBe(String(errorsBefore));
  });

  it('quotes nothing twice, in either language', async () => {
    for (const language of ['中文', 'English']) {
      const text = await s.page.locator('.findings').textContent();
      expect(text, language).not.toMatch(/““|””/);
      expect(text).not.toMatch(/第\?行|line \?/);
      await s.page.getByRole('button', { name: language === '中文' ? 'English' : '中文', exact: true }).click();
    }
  });

  it('on a 390 px phone, wraps the export buttons on screen and lays each check out on its own lines', async () => {
    await s.page.setViewportSize({ width: 390, height: 844 });
    const buttons = await s.page
      .locator('.export-bar button')
      .evaluateAll((all) => all.map((b) => b.getBoundingClientRect().toJSON() as DOMRect));
    expect(buttons.length).toBeGreaterThanOrEqual(6);
    for (const b of buttons) {
      expect(b.left).toBeGreaterThanOrEqual(0);
      expect(b.right).toBeLessThanOrEqual(390);
    }
    expect(new Set(buttons.map((b) => Math.round(b.top))).size).toBeGreaterThan(1);
    await s.page.getByRole('tab', { name: '核对项目' }).click();
    const cells = await s.page.locator('.checks-table .check-status').evaluateAll((all) =>
      all.map((c) => ({
        height: c.getBoundingClientRect().height,
        line: Number.parseFloat(getComputedStyle(c).lineHeight),
      })),
    );
    expect(cells.length).toBeGreaterThan(20);
    // 未通过 on one line (it was three, one character to a line).
    for (const c of cells) expect(c.height).toBeLessThan(1.5 * c.line);
    expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await s.page.getByRole('tab', { name: '发现的问题' }).click();
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('says in the HTML report’s chart legend what its two series are', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: 120_000 }),
      s.page.locator('[data-export="html"]').click(),
    ]);
    // Opened from disk as a person opens it: by its name, an .html file.
    const file = join(mkdtempSync(join(tmpdir(), 'hezhang-html-')), download.suggestedFilename());
    await download.saveAs(file);
    const report = await s.context.newPage();
    await report.goto(pathToFileURL(file).href);
    const legend = await report.locator('svg[data-chart="years"] text.legend').allTextContents();
    expect(legend).toEqual(['2026年（本文档所列）', '2025年（据文字所述上年数）']);
    await report.close();
  });

  it('shows one card when a past report is open and its file is chosen again', async () => {
    // Checked once, so that it is kept among the past reports.
    await dropFiles(s.page, [sampleFile()]);
    await s.page.locator(`.file-list [data-document="${SAMPLE}"][data-status]`).first().waitFor();
    await s.page.reload();
    await s.page.locator('[data-saved]').first().waitFor();
    await s.page.locator(`[data-saved="${SAMPLE}"] button.link-button`).first().click();
    await expect.poll(() => cards().count()).toBe(1);
    await s.page.locator('input[data-pick="documents"]').setInputFiles({
      name: SAMPLE,
      mimeType: 'application/pdf',
      buffer: Buffer.from(sampleFile().bytes),
    });
    await s.page.locator(`.file-list [data-document="${SAMPLE}"][data-status]`).waitFor();
    await expect.poll(() => cards().count()).toBe(1);
  });

  it('puts a blank page under the part of the 检查表 it is printed in', async () => {
    // with-scan.pdf: page 5 is blank, between the 财务收支预算总表 (pages 2–3) and the 收入预算总表.
    const pdf = { name: 'with-scan.pdf', bytes: new Uint8Array(readFileSync(PDF_FIXTURE('with-scan.pdf'))) };
    await dropFiles(s.page, [pdf]);
    const card = s.page.locator('[data-document="with-scan.pdf"][data-status]');
    await card.waitFor();
    await card.getByRole('button', { name: '查看报告' }).click();
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: 120_000 }),
      s.page.locator('[data-export="xlsx"]').click(),
    ]);
    const [sheet] = await readXlsxFile(readFileSync(await download.path()));
    const rows = (sheet?.data ?? []).map((row) => row.map((c) => String(c ?? '')));
    const holding = rows.filter((row) => (row[2] ?? '').includes('空白页')).map((row) => row[0]);
    expect(holding).toEqual(['财务收支预算总表']);
  });
});
