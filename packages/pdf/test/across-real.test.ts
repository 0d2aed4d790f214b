import { type BudgetDocument, buildDossiers, checkDocuments, type Report } from '@hezhang/core';
import { REAL_DIR, REAL_FILES, realPdf } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { readBudgetPdf } from '../src/node.js';

/**
 * Published documents read together (issue 19): a department with its 本部's unit budget of the same
 * year (swj-2025), one department in two years (wanli-2023, wanli-2024), final accounts beside the next
 * year's budget (czj-2024-final, czj-2025-dept: not the same year, so not compared as budget and final
 * accounts — said as an impossible pairing — while the budget's changes against 2024 meet the 2024
 * initial budget the final accounts state), and the whole folder at once, where documents of different
 * departments are never compared. Every finding below was read on the printed page (docs/… notes:
 * /work/notes/across.md).
 */

const cache = new Map<string, Promise<BudgetDocument>>();
const read = (file: string) => {
  let hit = cache.get(file);
  if (!hit) cache.set(file, (hit = readBudgetPdf(realPdf(file), { name: file })));
  return hit.then((d) => structuredClone(d));
};
const across = (r: Report | undefined) => (r?.findings ?? []).filter((f) => f.rule.startsWith('across.'));
const check = (r: Report | undefined, rule: string) => r?.checks.find((c) => c.rule === rule);
const paired = (r: Report | undefined) => (r?.pairing?.paired ?? []).map((p) => [p.relation, p.name, p.rule]);

describe.skipIf(!REAL_DIR)('published documents read together', () => {
  it('swj-2025: the department and its 本部, whose other unit is merged into it, agree line by line', async () => {
    const [dept, unit] = checkDocuments([await read('swj-2025-dept.pdf'), await read('swj-2025-unit.pdf')]);
    expect(paired(dept)).toEqual([['units', 'swj-2025-unit.pdf', 'across.units']]);
    expect(paired(unit)).toEqual([['department', 'swj-2025-dept.pdf', 'across.units']]);
    expect(unit?.pairing?.unit).toBe('商务委本部');
    // 上海市普陀区中小企业服务中心 不单列预算: the department is its 本部, every line of every table.
    expect(check(dept, 'across.units')).toMatchObject({ status: 'pass' });
    expect(check(dept, 'across.units')?.comparisons).toBeGreaterThan(500);
    expect(dept?.pairing?.impossible).toEqual([]);
    expect([dept, unit].flatMap(across)).toEqual([]);
    // One amount of the 本部 changed (its 行政运行 in the general budget table, 1,000 元 more): one
    // finding, at that line, citing both documents' pages.
    const planted = await read('swj-2025-unit.pdf');
    const table = planted.tables.find((t) => t.kind === 'general_budget_by_function');
    const line = table?.rows.find((r) => /^\d{7}$/.test(r.key) && (r.values.basic ?? 0) > 0);
    if (!table || !line) throw new Error('no 项 with basic expenditure');
    line.values.basic = (line.values.basic ?? 0) + 100_000;
    line.values.total = (line.values.total ?? 0) + 100_000;
    const [changed] = checkDocuments([await read('swj-2025-dept.pdf'), planted]);
    const found = across(changed);
    expect(found).toHaveLength(1);
    expect(found[0]?.message.zh).toContain(
      `其余单位不单列预算、并入本部，部门数应与本部（商务委本部）相同：${line.key}`,
    );
    const refs = found[0]?.refs ?? [];
    expect(refs.some((r) => !r.document && r.row === line.key && r.page !== undefined)).toBe(true);
    expect(refs.map((r) => `${r.document ?? ''}:${r.row}:${r.page}`)).toContain(
      `swj-2025-unit.pdf:${line.key}:${line.cells?.basic?.page}`,
    );
  }, 60_000);

  it('wanli 2023 and 2024: 2024’s changes against 2023 follow from 2023’s document', async () => {
    const [r23, r24] = checkDocuments([await read('wanli-2023-dept.pdf'), await read('wanli-2024-dept.pdf')]);
    expect(paired(r24)).toEqual([['earlier', 'wanli-2023-dept.pdf', 'across.years']]);
    expect(paired(r23)).toEqual([['later', 'wanli-2024-dept.pdf', 'across.years']]);
    expect(check(r24, 'across.years')).toMatchObject({ status: 'pass' });
    expect(check(r24, 'across.years')?.comparisons).toBeGreaterThanOrEqual(5);
    expect(across(r24)).toEqual([]);
    // The five units it lists have no documents here: the sum cannot be checked, and the report says so.
    expect(r24?.pairing?.impossible.map((p) => p.relation)).toEqual(['units']);
  }, 60_000);

  it('czj: final accounts of 2024 and the budget of 2025 are not the same year, and the report says so', async () => {
    const [final, budget] = checkDocuments([await read('czj-2024-final.pdf'), await read('czj-2025-dept.pdf')]);
    expect(final?.pairing?.impossible.find((p) => p.rule === 'across.budget')?.reason.zh).toBe(
      '本次没有2024年的预算（czj-2025-dept.pdf（2025年部门预算）不是同一年度的）：决算中的年初预算数只与同一年度的预算核对',
    );
    expect(check(final, 'across.budget')?.status).toBe('not_applicable');
    expect(paired(budget)).toEqual([['earlier', 'czj-2024-final.pdf', 'across.years']]);
    // p. 7: 一般公共预算拨款支出预算3,121.42万元，比2024年预算增加107.62万元 — 2024's budget 3,013.80; the
    // 2024 final accounts, p. 21: 一般公共预算财政拨款支出年初预算为2993.92万元. Two documents, two 2024 budgets.
    const found = across(budget);
    expect(found.map((f) => [f.severity, f.message.zh])).toEqual([
      [
        'warning',
        '“一般公共预算拨款支出预算”写作“比2024年预算增加107.62万元”：据此2024年预算为3,013.80万元，而2024年度决算（czj-2024-final.pdf）所载年初预算为2993.92万元',
      ],
    ]);
    expect(found[0]?.refs.map((r) => [r.document ?? '', r.page])).toEqual([
      ['', 7],
      ['', 16],
      ['czj-2024-final.pdf', 21],
    ]);
    // The 三公 budget it says is flat (0.95) is the final accounts' 年初预算: compared, and it holds.
    expect(check(budget, 'across.years')?.comparisons).toBeGreaterThanOrEqual(2);
  }, 60_000);

  it('the whole folder: one group per department, never a pairing across departments', async () => {
    const reports = checkDocuments(await Promise.all(REAL_FILES.map(read)));
    const dossiers = buildDossiers(reports);
    expect(dossiers.map((d) => [d.department, d.documents.map((x) => x.name)])).toEqual([
      ['上海市普陀区商务委员会', ['swj-2025-dept.pdf', 'swj-2025-unit.pdf']],
      ['上海市普陀区人民政府万里街道办事处', ['wanli-2023-dept.pdf', 'wanli-2024-dept.pdf']],
      ['上海市财政局', ['shczj-2025-unit.pdf']],
      ['上海市普陀区财政局', ['czj-2024-final.pdf', 'czj-2025-dept.pdf']],
      ['上海市普陀区人民政府办公室', ['qfb-2025-dept.pdf']],
    ]);
    const keyOf = new Map(reports.map((r) => [r.source.name, r.pairing?.key]));
    for (const r of reports)
      for (const p of r.pairing?.paired ?? [])
        expect(keyOf.get(p.name), `${r.source.name} → ${p.name}`).toBe(r.pairing?.key);
    // The municipal 上海市财政局 is not the district's 财政局.
    expect(keyOf.get('shczj-2025-unit.pdf')).not.toBe(keyOf.get('czj-2025-dept.pdf'));
    // The dossier of wanli draws its two years: expenditure by class and by fund, budgets only.
    const wanli = dossiers.find((d) => d.key.includes('万里'));
    expect(wanli?.years).toEqual([2023, 2024]);
    expect(wanli?.totals[0]?.points).toEqual([
      { year: 2023, budget: 16_497_864_000 },
      { year: 2024, budget: 15_621_112_300 },
    ]);
    expect(wanli?.classes.length).toBeGreaterThanOrEqual(5);
    // czj: 2024's final accounts (本年支出合计 2,940.05万元) beside 2025's budget.
    const czj = dossiers.find((d) => d.key.includes('财政局') && d.documents.length === 2);
    expect(czj?.totals[0]?.points).toEqual([
      { year: 2024, final: 2_940_050_000 },
      { year: 2025, budget: 3_121_420_580 },
    ]);
  }, 120_000);
});
