/**
 * What a new user meets: the sample offered on the empty page, the verdict and the first findings on
 * the first screen (desktop and phone), the page viewer's previous / next, zoom and 关闭 on screen
 * whatever the page's shape, and the printed summary with its head and page numbers.
 */
import { normalizeText } from '@hezhang/core';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.js';
import { KNOWN_MISTAKE } from './fixtures.js';

const SAMPLE = '示例-部门预算.pdf';

async function openSample(page: Page): Promise<void> {
  await page.locator('[data-sample]').click();
  await page.locator(`[data-document="${SAMPLE}"][data-status]`).waitFor();
}

describe('the first screen', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('offers a sample, which is checked like a chosen file and shows its known mistake', async () => {
    await expect.poll(() => s.page.locator('[data-sample]').isVisible()).toBe(true);
    await openSample(s.page);
    expect(await s.page.getAttribute(`[data-document="${SAMPLE}"][data-status]`, 'data-status')).toBe('error');
    const finding = s.page.locator(
      `[data-finding][data-rule="${KNOWN_MISTAKE.rule}"][data-table="${KNOWN_MISTAKE.table}"][data-row="${KNOWN_MISTAKE.row}"]`,
    );
    expect(await finding.count()).toBeGreaterThan(0);
  });

  it('on a desktop, gives the result the width of the page, right under a one-line intake', async () => {
    const intake = await s.page.locator('section.intake').boundingBox();
    const card = await s.page.locator(`[data-document="${SAMPLE}"][data-status]`).boundingBox();
    expect(intake && card).toBeTruthy();
    if (!intake || !card) return;
    // The card was a third of the width (auto-fill columns) under the full drop zone.
    expect(card.width).toBeGreaterThan(0.9 * intake.width);
    expect(intake.height).toBeLessThan(90);
    expect(card.y).toBeLessThan(intake.y + intake.height + 40);
  });

  it('on a phone, shows the first finding on the first screen', async () => {
    await s.page.setViewportSize({ width: 390, height: 844 });
    await s.page.evaluate(() => window.scrollTo(0, 0));
    const first = await s.page.locator('[data-finding]').first().boundingBox();
    expect(first?.y ?? Number.POSITIVE_INFINITY).toBeLessThan(844 - 100);
    const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });

  it('keeps the viewer and its 关闭 on screen for a landscape page on a phone held either way', async () => {
    for (const viewport of [
      { width: 390, height: 844 },
      { width: 844, height: 390 },
    ]) {
      await s.page.setViewportSize(viewport);
      await s.page.locator(`[data-finding][data-row="${KNOWN_MISTAKE.row}"] button`).first().click();
      const dialog = s.page.locator('dialog.page-viewer[open]');
      await dialog.locator('.viewer-frame[data-state="ready"]').waitFor();
      const box = await dialog.boundingBox();
      const close = await dialog.getByRole('button', { name: '关闭' }).boundingBox();
      for (const b of [box, close]) {
        expect(b, `${viewport.width}×${viewport.height}`).toBeTruthy();
        if (!b) continue;
        expect(b.x).toBeGreaterThanOrEqual(0);
        expect(b.y).toBeGreaterThanOrEqual(0);
        expect(b.x + b.width).toBeLessThanOrEqual(viewport.width + 1);
        expect(b.y + b.height).toBeLessThanOrEqual(viewport.height + 1);
      }
      // The page is drawn at under half a pixel per point here: each outline stays clear of its cell's
      // text (data-box, in points) instead of painting over the digits it disputes.
      const clearance = await dialog.locator('.page-box').evaluateAll((rects) =>
        rects.map((element) => {
          const rect = element as SVGRectElement;
          const svg = rect.ownerSVGElement as SVGSVGElement;
          const page = svg.getBoundingClientRect();
          const scale = page.width / svg.viewBox.baseVal.width;
          const [x0, y0, x1, y1] = (rect.getAttribute('data-box') ?? '').split(',').map(Number);
          const outline = rect.getBoundingClientRect();
          const half = Number.parseFloat(getComputedStyle(rect).strokeWidth) / 2;
          return Math.min(
            page.x + (x0 ?? 0) * scale - (outline.left + half),
            page.y + (y0 ?? 0) * scale - (outline.top + half),
            outline.right - half - (page.x + (x1 ?? 0) * scale),
            outline.bottom - half - (page.y + (y1 ?? 0) * scale),
          );
        }),
      );
      expect(clearance.length).toBeGreaterThan(0);
      for (const c of clearance) expect(c, `${viewport.width}×${viewport.height}`).toBeGreaterThanOrEqual(0.5);
      await dialog.getByRole('button', { name: '关闭' }).click();
      await s.page.locator('dialog.page-viewer[open]').waitFor({ state: 'detached' });
    }
    await s.page.setViewportSize({ width: 1280, height: 900 });
  });

  it('steps to the next and previous finding in the viewer, and zooms', async () => {
    await s.page.locator('[data-finding] button.show-button').first().click();
    const dialog = s.page.locator('dialog.page-viewer[open]');
    const frame = dialog.locator('.viewer-frame');
    await frame.and(s.page.locator('[data-state="ready"]')).waitFor();
    const message = () => dialog.locator('.viewer-message').textContent();
    const first = await message();
    expect(await dialog.locator('[data-viewer-step="previous"]').isDisabled()).toBe(true);
    await dialog.locator('[data-viewer-step="next"]').click();
    await expect.poll(message).not.toBe(first);
    await frame.and(s.page.locator('[data-state="ready"]')).waitFor();
    await dialog.locator('[data-viewer-step="previous"]').click();
    await expect.poll(message).toBe(first);
    await frame.and(s.page.locator('[data-state="ready"]')).waitFor();

    const width = () => dialog.locator('canvas').evaluate((c: HTMLCanvasElement) => c.getBoundingClientRect().width);
    const fitted = await width();
    await dialog.getByRole('button', { name: '放大' }).click();
    await expect.poll(() => frame.getAttribute('data-zoom')).toBe('1.5');
    await frame.and(s.page.locator('[data-state="ready"]')).waitFor();
    expect(await width()).toBeCloseTo(fitted * 1.5, -1);
    // Zoomed in, the page scrolls sideways inside its frame, not the dialog.
    expect(await frame.evaluate((f) => f.scrollWidth > f.clientWidth)).toBe(true);
    await dialog.getByRole('button', { name: /适合窗口/ }).click();
    await expect.poll(() => frame.getAttribute('data-zoom')).toBe('1');
    await s.page.keyboard.press('Escape');
    await s.page.locator('dialog.page-viewer[open]').waitFor({ state: 'detached' });
  });

  it('prints a summary headed by department, year, file and date, its pages numbered', async () => {
    const pdf = await s.page.pdf({ format: 'A4' });
    // Chrome's PDF maps some characters to look-alikes (⽇ for 日, ⻔ for 门) and pdf.js splits its runs:
    // compared as core reads them, without spaces.
    const pages = (await pdfText(pdf)).map((p) => normalizeText(p).replace(/\s+/g, ''));
    expect(pages.length).toBeGreaterThan(1);
    const head = pages[0] ?? '';
    expect(head).toContain('部门上海市松江区医疗保障局');
    expect(head).toContain('年度2026');
    expect(head).toContain(`文件${SAMPLE}`);
    expect(head).toMatch(/打印日期\d{4}-\d{2}-\d{2}/);
    for (const [i, page] of pages.entries()) expect(page).toContain(`${i + 1}/${pages.length}`);
  });
});

/** The text of each page of a PDF (pdf.js, as the checker reads PDFs). */
async function pdfText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const doc = await pdfjs.getDocument({ data: new Uint8Array(bytes), verbosity: 0 }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const content = await (await doc.getPage(n)).getTextContent();
    pages.push(content.items.map((i) => ('str' in i ? i.str : '')).join(' '));
  }
  await doc.destroy();
  return pages;
}
