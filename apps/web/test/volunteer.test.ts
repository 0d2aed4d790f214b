/**
 * What a new volunteer met on the page (issue 21), each in real Chromium on the sample and the real
 * PDFs: the order of the findings, the card's counts, the viewer's colours, the phone layout, and the
 * page's smaller words.
 */

import { readFileSync } from 'node:fs';
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
