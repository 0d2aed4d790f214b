/**
 * What a new volunteer met on the page (issue 21), each in real Chromium on the sample and the real
 * PDFs: the order of the findings, the card's counts, the viewer's colours, the phone layout, and the
 * page's smaller words.
 */
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSession, type Session } from './browser.js';

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
});
