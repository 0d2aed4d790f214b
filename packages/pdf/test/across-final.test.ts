import { readFileSync } from 'node:fs';
import { type BudgetDocument, checkDocuments, parseText, type Report } from '@hezhang/core';
import { beforeAll, describe, expect, it } from 'vitest';
import { type BudgetSpec, budgetText, type Leaf } from '../../core/test/budget-text.js';
import { BUDGETS as STATED } from '../fixtures/final-accounts.mjs';
import { readBudgetPdf } from '../src/node.js';

/**
 * Final accounts and the budget of their year (issue 19, across.budget): the invented 部门决算 of
 * 上海市某区民政局 2024 printed by LibreOffice (fixtures/final-accounts.mjs, ruled like czj-2024-final), and
 * its 2024 部门预算 made by hand (core's test/budget-text.ts) from the 年初预算 its 情况说明 states — each
 * 项's fiscal appropriation and the 三公 budgets its table prints. They agree; a budget whose 行政单位医疗
 * is 1.00万元 more is named at that 项, and at the total it changes.
 */

/** 年初预算 of each 项 (万元), as the invented final accounts state them; 229 is government-fund money. */
const BUDGETS: Record<string, string> = STATED;
const yuan = (wan: string) => Math.round(Number(wan) * 10_000);

function budget(edit: (leaves: Leaf[]) => Leaf[] = (l) => l): BudgetSpec {
  const leaves: Leaf[] = Object.entries(BUDGETS).map(([code, wan]) =>
    code.startsWith('229')
      ? { code, basic: 0, project: yuan(wan), fund: 'gov_fund' }
      : ['2080202', '2081002'].includes(code)
        ? { code, basic: 0, project: yuan(wan) }
        : { code, basic: yuan(wan), project: 0 },
  );
  return {
    name: '上海市某区民政局',
    year: 2024,
    units: [{ name: '上海市某区民政局本部' }],
    leaves: edit(leaves),
    threePublic: { outbound: '5.00', purchase: '25.00', operation: '15.00', reception: '2.00', running: '150.00' },
  };
}

const across = (r: Report | undefined) => (r?.findings ?? []).filter((f) => f.rule.startsWith('across.'));

describe('final accounts and the budget of their year', () => {
  let final: BudgetDocument;
  beforeAll(async () => {
    const file = new URL('../fixtures/layouts/final-accounts-ruled.pdf', import.meta.url);
    final = await readBudgetPdf(new Uint8Array(readFileSync(file)), { name: 'final-2024.pdf' });
  }, 60_000);

  it('are paired, and every 年初预算 the final accounts state is the budget’s', () => {
    const [rf, rb] = checkDocuments([final, parseText(budgetText(budget()), { name: 'budget-2024.txt' })]);
    expect(rf?.pairing?.paired.map((p) => [p.relation, p.name, p.rule])).toEqual([
      ['budget', 'budget-2024.txt', 'across.budget'],
    ]);
    expect(rb?.pairing?.paired.map((p) => [p.relation, p.name])).toEqual([['final', 'final-2024.pdf']]);
    const check = rf?.checks.find((c) => c.rule === 'across.budget');
    expect(check?.status).toBe('pass');
    // Eleven 项, the general total, the 三公 total stated in the text; the 三公 table's budgets and outcomes.
    expect(check?.comparisons).toBeGreaterThanOrEqual(20);
    expect(across(rf)).toEqual([]);
  });

  it('a budget that is not the one the final accounts state: named at its line, citing both documents', () => {
    const wrong = budget((leaves) => leaves.map((l) => (l.code === '2101101' ? { ...l, basic: l.basic + 10_000 } : l)));
    const [rf] = checkDocuments([final, parseText(budgetText(wrong), { name: 'budget-2024.txt' })]);
    const found = across(rf);
    // In the order reports list them (by page), whatever it is.
    expect(found.map((f) => f.message.zh).sort()).toEqual([
      '“一般公共预算财政拨款支出”年初预算写作1975.89万元，2024年预算文档中为1,976.89万元',
      '“行政单位医疗”年初预算写作61.02万元，2024年预算文档中为62.02万元',
    ]);
    const item = found.find((f) => f.message.zh.startsWith('“行政单位医疗”'));
    expect(item?.refs[0]?.page).toBeGreaterThan(0);
    expect(item?.refs.slice(1).map((r) => [r.document, r.table, r.row])).toEqual([
      ['budget-2024.txt', 'general_budget_by_function', '2101101'],
    ]);
    expect(item?.refs[1]?.line).toBeGreaterThan(0);
  });
});
