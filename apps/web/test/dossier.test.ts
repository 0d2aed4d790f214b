import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type BudgetSpec, budgetText, sumOf } from '../../../packages/core/test/budget-text.js';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';

/**
 * A department's documents dropped together (issue 19): its 2024 and 2025 budgets, its 本部's and a
 * unit's 2025 budgets (hand-made, core's test/budget-text.ts), with one mistake between documents: the
 * 2025 department's 事业运行 is 10,000 元 more than its units'. The page pairs them, shows the dossier
 * (documents, what was compared with what, the finding between documents, the pictures of the years),
 * and the HTML report carries the dossier.
 */

const NAME = '上海市普陀区示例局';
const hq = (year: number): BudgetSpec => ({
  name: NAME,
  year,
  scope: 'unit',
  leaves: [
    { code: '2010301', basic: year === 2025 ? 1_234_567 : 1_100_000, project: 0 },
    { code: '2210201', basic: 250_000, project: 0 },
  ],
});
const centre = (year: number): BudgetSpec => ({
  name: '上海市普陀区示例服务中心',
  year,
  scope: 'unit',
  leaves: [{ code: '2010350', basic: 500_000, project: 200_000 }],
});
const department = (year: number): BudgetSpec => ({
  name: NAME,
  year,
  units: [{ name: '示例局本部' }, { name: '上海市普陀区示例服务中心' }],
  leaves: sumOf([hq(year), centre(year)]).map((l) =>
    year === 2025 && l.code === '2010350' ? { ...l, project: 210_000 } : l,
  ),
});
const file = (name: string, spec: BudgetSpec) => ({
  name,
  bytes: new TextEncoder().encode(budgetText(spec)),
});
const FILES = [
  file('dept-2024.txt', department(2024)),
  file('dept-2025.txt', department(2025)),
  file('hq-2025.txt', hq(2025)),
  file('centre-2025.txt', centre(2025)),
];

describe('a department’s documents dropped together', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
    await dropFiles(s.page, FILES);
    for (const f of FILES) await s.page.locator(`[data-document="${f.name}"][data-status]`).first().waitFor();
    await s.page.locator('[data-batch-row="dept-2025.txt"] button').click();
  });
  afterAll(() => s?.close());

  it('shows the pairing under the report: its units and last year, each with why', async () => {
    const summary = s.page.locator('.report [data-document="dept-2025.txt"], [data-document="dept-2025.txt"]').first();
    await expect.poll(() => summary.locator('[data-paired]').count()).toBe(3);
    const paired = await summary.locator('[data-paired]').allTextContents();
    expect(paired).toEqual([
      expect.stringContaining('dept-2024.txt（上一年度）'),
      expect.stringContaining('hq-2025.txt（所属单位）：本部门的本部（示例局本部）'),
      expect.stringContaining('centre-2025.txt（所属单位）：本部门所列单位“上海市普陀区示例服务中心”'),
    ]);
  });

  it('shows the dossier: documents by year, the comparisons, the finding between documents at its line', async () => {
    const dossier = s.page.locator('[data-dossier]');
    await dossier.waitFor();
    expect(await dossier.locator('h2').textContent()).toBe(`部门档案：${NAME}`);
    expect(
      await dossier
        .locator('[data-dossier-document]')
        .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-dossier-document'))),
    ).toEqual(['dept-2024.txt', 'dept-2025.txt', 'hq-2025.txt', 'centre-2025.txt']);
    expect(await dossier.locator('[data-dossier-link]').count()).toBe(3);
    const finding = dossier.locator('[data-dossier-finding="across.units"]');
    expect(await finding.count()).toBe(1);
    expect(await finding.textContent()).toContain(
      'dept-2025.txt：2010350 事业运行：部门为710,000元，各单位（示例局本部、上海市普陀区示例服务中心）之和为700,000元',
    );
    // Opening a document from the dossier shows its report.
    await dossier.getByRole('button', { name: 'hq-2025.txt' }).click();
    await expect.poll(() => s.page.locator('.report').getAttribute('aria-label')).toBe('hq-2025.txt');
    await dossier.getByRole('button', { name: 'dept-2025.txt' }).first().click();
  });

  it('draws the years: totals and funds, and function classes, each year’s budget; downloadable as a picture', async () => {
    const totals = s.page.locator('[data-dossier-chart="totals"] svg');
    await totals.waitFor();
    const labels = await totals.locator('text').allTextContents();
    expect(labels).toEqual(expect.arrayContaining(['2024年预算', '2025年预算', '支出合计', '一般公共预算']));
    // 2025: 1,234,567 + 250,000 + 710,000 元 = 219.46万元.
    expect(labels).toContain('219.46');
    expect(await s.page.locator('[data-dossier-chart="classes"] svg text').allTextContents()).toEqual(
      expect.arrayContaining(['201 一般公共服务支出', '221 住房保障支出']),
    );
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('[data-dossier-export="totals-png"]').click(),
    ]);
    const png = readFileSync(await download.path());
    expect(png.subarray(1, 4).toString('latin1')).toBe('PNG');
    expect(png.readUInt32BE(16)).toBe(2 * 760);
  });

  it('writes the dossier into the HTML report', async () => {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('[data-dossier-export="html"]').click(),
    ]);
    const html = readFileSync(await download.path(), 'utf8');
    expect(download.suggestedFilename()).toBe(`${NAME}-档案.report.html`);
    expect(html).toContain(`部门档案：${NAME}`);
    expect(html).toContain('data-dossier-chart="totals"');
    expect(html).toContain('data-dossier-finding="across.units"');
    for (const f of FILES) expect(html).toContain(`data-document="${f.name}"`);
    // The single report's HTML carries its department's dossier too.
    const [single] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.locator('[data-export="html"]').click(),
    ]);
    expect(readFileSync(await single.path(), 'utf8')).toContain(`data-dossier="`);
  });

  it('in English: relations and rules in words, English marks around them, counts that agree', async () => {
    await s.page.getByRole('button', { name: 'English', exact: true }).click();
    const dossier = s.page.locator('[data-dossier]');
    await expect.poll(() => dossier.locator('h2').textContent()).toBe(`Dossier: ${NAME}`);
    await s.page.screenshot({ path: '/tmp/edges/dossier-en.png', fullPage: true }).catch(() => undefined);
    const text = ((await dossier.textContent()) ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('dept-2025.txt ↔ hq-2025.txt (unit, A department and its units');
    expect(text).toContain('1 error, 0 warnings');
    expect(text).toMatch(/Error dept-2025\.txt: 2010350 /);
    expect(text).not.toMatch(/across\.[a-z]/);
    // Chinese marks only inside what the documents print: names of units, quoted.
    expect(text.replace(/（[^（）]*[\u4e00-\u9fff][^（）]*）/g, '')).not.toMatch(/[：，（）]/);
    const earlier = await s.page.locator('[data-paired="earlier"]').first().textContent();
    expect(earlier?.replace(/\s+/g, ' ')).toMatch(/^dept-2024\.txt \(year before\): \S/);
    await s.page.getByRole('button', { name: '中文', exact: true }).click();
    await expect.poll(() => dossier.locator('h2').textContent()).toBe(`部门档案：${NAME}`);
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });
});
