import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** axe-core's WCAG 2.1 A/AA rules on the page as it is now (evaluated through the driver, so the page's CSP stays on). */
async function violations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  const found = await page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run(o: object): Promise<{ violations: Violation[] }> } }).axe;
    const result = await axe.run({ runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return result.violations;
  });
  return found
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')}`,
    );
}

describe('accessibility', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
  });
  afterAll(() => s?.close());

  it('the empty page has no serious WCAG violation', async () => {
    expect(await violations(s.page)).toEqual([]);
  });

  it('the report, its tables and the page viewer have none either', async () => {
    await dropFiles(s.page, [fixture(KNOWN_MISTAKE.file)]);
    await s.page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status]`).waitFor();
    expect(await violations(s.page)).toEqual([]);
    await s.page.getByRole('tab', { name: '表格' }).click();
    expect(await violations(s.page)).toEqual([]);
    await s.page.getByRole('tab', { name: '核对项目' }).click();
    expect(await violations(s.page)).toEqual([]);
    await s.page.getByRole('tab', { name: '发现的问题' }).click();
    await s.page.locator('[data-finding] button').first().click();
    await s.page.locator('dialog[open] .viewer-frame[data-state="ready"]').waitFor();
    expect(await violations(s.page)).toEqual([]);
  });

  it('is operable from the keyboard: tabs with arrows, the viewer opens and closes with focus kept', async () => {
    await s.page.keyboard.press('Escape');
    const tab = s.page.getByRole('tab', { name: '发现的问题' });
    await tab.focus();
    await s.page.keyboard.press('ArrowRight');
    await expect.poll(() => s.page.evaluate(() => document.activeElement?.textContent)).toBe('表格');
    expect(await s.page.getByRole('tab', { name: '表格' }).getAttribute('aria-selected')).toBe('true');
    await s.page.keyboard.press('ArrowLeft');
    const show = s.page.locator('[data-finding] button').first();
    await show.focus();
    await s.page.keyboard.press('Enter');
    await s.page.locator('dialog[open]').waitFor();
    expect(await s.page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
    await s.page.keyboard.press('Escape');
    await s.page.locator('dialog[open]').waitFor({ state: 'detached' });
    expect(await s.page.evaluate(() => document.activeElement?.classList.contains('show-button'))).toBe(true);
  });

  it('reflows at 200% zoom: no sideways scrolling of the page at half the width', async () => {
    await s.page.setViewportSize({ width: 640, height: 450 });
    for (const tab of ['发现的问题', '表格', '核对项目']) {
      await s.page.getByRole('tab', { name: tab }).click();
      const overflow = await s.page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow, tab).toBeLessThanOrEqual(0);
    }
  });
});
