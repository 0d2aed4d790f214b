import { buildDossiers, checkDocuments, parseText } from '@hezhang/core';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { type BudgetSpec, budgetText, sumOf } from '../../core/test/budget-text.js';
import { DossierView } from '../src/components/DossierView.js';
import { DOSSIER_STRINGS } from '../src/dossier-strings.js';
import { dossierCharts, dossierColumns } from '../src/export/dossier-charts.js';
import { htmlReport } from '../src/export/html-report.js';
import { renderEnglish } from './render.js';

/** A department's 2024 final accounts (a budget read as one: its numbers are what matter here) and 2025 budget. */
const NAME = '上海市普陀区示例局';
const spec = (year: number, extra: number): BudgetSpec => ({
  name: NAME,
  year,
  leaves: sumOf([
    {
      name: NAME,
      year,
      leaves: [
        { code: '2010301', basic: 1_000_000 + extra, project: 0 },
        { code: '2296002', basic: 0, project: 300_000, fund: 'gov_fund' },
      ],
    },
  ]),
});
const final2024 = parseText(budgetText(spec(2024, 0)), { name: 'final-2024.txt' });
final2024.meta = { ...final2024.meta, stage: 'final' };
const reports = checkDocuments([
  final2024,
  parseText(budgetText(spec(2024, 50_000)), { name: 'budget-2024.txt' }),
  parseText(budgetText(spec(2025, 80_000)), { name: 'budget-2025.txt' }),
]);
const [dossier] = buildDossiers(reports);

describe('the dossier’s pictures', () => {
  it('one bar per year and kind of document, budget beside final accounts in a year that has both', () => {
    if (!dossier) throw new Error('no dossier');
    expect(dossierColumns(dossier, DOSSIER_STRINGS.zh).map((c) => c.label)).toEqual([
      '2024年预算',
      '2024年决算',
      '2025年预算',
    ]);
    const [totals, classes] = dossierCharts(dossier, DOSSIER_STRINGS.zh, 'zh');
    // 支出合计 2024: budget 135.00, final 130.00; 2025: 138.00 (万元).
    for (const amount of ['135.00', '130.00', '138.00']) expect(totals?.svg).toContain(`>${amount}</text>`);
    expect(totals?.svg).toContain('>政府性基金预算</text>');
    expect(classes?.svg).toContain('>201 一般公共服务支出</text>');
    // A picture that stands alone: no class or style to resolve, its source written in it.
    expect(totals?.svg).not.toMatch(/class=|<style/);
    expect(totals?.svg).toContain('数据来源：budget-2024.txt、final-2024.txt、budget-2025.txt');
  });
});

describe('DossierView and the HTML report', () => {
  it('shows the documents, links and pictures, in English too; the HTML report carries the dossier', () => {
    if (!dossier) throw new Error('no dossier');
    const zh = render(<DossierView dossier={dossier} />);
    expect(zh.match(/data-dossier-document=/g)).toHaveLength(3);
    expect(zh).toContain('data-dossier-chart="totals"');
    expect(zh).toContain('部门档案：上海市普陀区示例局');
    const en = renderEnglish(<DossierView dossier={dossier} />);
    expect(en).toContain('Dossier: 上海市普陀区示例局');
    expect(en).toContain('2024 final');
    const html = htmlReport(
      reports.map((report) => ({ report })),
      { lang: 'zh', version: 'test', checkedAt: 0, dossiers: [dossier] },
    );
    expect(html).toContain(`data-dossier="${dossier.key}"`);
    expect(html).toContain('data-dossier-link="across.budget"');
    expect(html.indexOf('data-dossier=')).toBeLessThan(html.indexOf('data-document='));
  });
});
