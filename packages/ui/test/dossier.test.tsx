import { applyReview, buildDossiers, checkDocuments, markFinding, parseText, reviewKeys } from '@hezhang/core';
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

describe('a finding between documents with its review mark', () => {
  // A department above the sum of its units at 2010350: one finding between documents, in the department's report.
  const unit = (name: string, code: string, basic: number): BudgetSpec => ({
    name,
    year: 2025,
    scope: 'unit',
    leaves: [{ code, basic, project: 0 }],
  });
  const hq = unit('示例局本部', '2010301', 1_000_000);
  const centre = unit('上海市普陀区示例服务中心', '2010350', 500_000);
  const department: BudgetSpec = {
    name: NAME,
    year: 2025,
    units: [{ name: '示例局本部' }, { name: '上海市普陀区示例服务中心' }],
    leaves: sumOf([hq, centre]).map((l) => (l.code === '2010350' ? { ...l, basic: 510_000 } : l)),
  };
  const checked = checkDocuments([
    parseText(budgetText(department), { name: 'dept-2025.txt' }),
    parseText(budgetText(hq), { name: 'hq-2025.txt' }),
    parseText(budgetText(centre), { name: 'centre-2025.txt' }),
  ]);
  const reviewed = checked.map((r) => {
    const keys = reviewKeys(r);
    return applyReview(
      r,
      r.findings.flatMap((f, i) =>
        f.rule.startsWith('across.') ? [markFinding(keys[i] as string, 'dismissed', '单位另有上级补助')] : [],
      ),
    );
  });
  const [withMarks] = buildDossiers(reviewed);

  it('the page’s dossier and the HTML report show the mark its own report gave it', () => {
    if (!withMarks) throw new Error('no dossier');
    const between = withMarks.findings.length;
    expect(between).toBeGreaterThan(0);
    expect(withMarks.findings.every((f) => f.document === 'dept-2025.txt' && f.finding.rule === 'across.units')).toBe(
      true,
    );
    const view = render(<DossierView dossier={withMarks} reports={reviewed} />);
    expect(view.match(/data-review="dismissed"/g)).toHaveLength(between);
    expect(view).toContain('误报 — 单位另有上级补助');
    // Without the reports nothing is known of marks: none is shown.
    expect(render(<DossierView dossier={withMarks} />)).not.toContain('data-review=');
    const html = htmlReport(
      reviewed.map((report) => ({ report })),
      { lang: 'zh', version: 'test', checkedAt: 0, dossiers: [withMarks] },
    );
    const section = html.slice(html.indexOf('data-dossier='), html.indexOf('data-document='));
    expect(section.match(/data-review="dismissed"/g)).toHaveLength(between);
    expect(section).toContain('核查：误报 — 单位另有上级补助');
  });
});
