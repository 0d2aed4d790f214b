/**
 * What a new volunteer met on the page (issue 21), each in real Chromium on the sample and the real
 * PDFs: the order of the findings, the card's counts, the viewer's colours, the phone layout, and the
 * page's smaller words.
 */

import { readFileSync } from 'node:fs';
import { SEVERITY_COLOUR } from '@hezhang/ui';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, openSession, type Session } from './browser.js';

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
