import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Report } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { type BudgetSpec, budgetText, sumOf } from '../../core/test/budget-text.js';
import { runCli } from './run.js';

/**
 * `hezhang check FOLDER` on documents that belong together: each report says which documents were
 * paired with it and why (and what could not be), the department's dossier follows the reports, and
 * --json carries the pairing and the findings between documents in each report.
 */

const run = (...argv: string[]) => runCli(argv);

const NAME = '上海市普陀区示例局';
const hq: BudgetSpec = {
  name: NAME,
  year: 2025,
  scope: 'unit',
  leaves: [
    { code: '2010301', basic: 1_234_567, project: 0 },
    { code: '2210201', basic: 250_000, project: 0 },
  ],
};
const centre: BudgetSpec = {
  name: '上海市普陀区示例服务中心',
  year: 2025,
  scope: 'unit',
  leaves: [{ code: '2010350', basic: 500_000, project: 200_000 }],
};
const units = [{ name: '示例局本部' }, { name: '上海市普陀区示例服务中心' }];

function folder(department: BudgetSpec): string {
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-across-'));
  writeFileSync(join(dir, 'dept-2025.txt'), budgetText(department));
  writeFileSync(join(dir, 'hq-2025.txt'), budgetText(hq));
  writeFileSync(join(dir, 'centre-2025.txt'), budgetText(centre));
  writeFileSync(join(dir, 'other.txt'), budgetText({ ...hq, name: '上海市普陀区另一局', scope: 'department' }));
  return dir;
}

describe('hezhang check on a folder of related documents', () => {
  const consistent = { name: NAME, year: 2025, units, leaves: sumOf([hq, centre]) };
  const wrong = {
    ...consistent,
    leaves: sumOf([hq, centre]).map((l) => (l.code === '2010350' ? { ...l, project: 210_000 } : l)),
  };

  it('prints the pairing of each report and the dossier, and nothing between consistent documents', async () => {
    const { code, stdout } = await run('check', folder(consistent));
    expect(code).toBe(0);
    expect(stdout).toContain('与以下文档一起核对：');
    expect(stdout).toContain(
      '  + hq-2025.txt（所属单位）：本部门的本部（示例局本部）同一年度的2025年单位预算：与部门同名',
    );
    expect(stdout).toContain('  + dept-2025.txt（所属部门）');
    expect(stdout).toContain(`━━ 部门档案：${NAME} ━━`);
    expect(stdout).toContain('文档之间的问题：无');
    // The other department's document is in the folder but in no pairing and no dossier of its own.
    expect(stdout).not.toContain('other.txt（');
    expect(stdout).not.toContain('部门档案：上海市普陀区另一局');
  });

  it('prints the finding between documents, and --json carries it with the pairing', async () => {
    const dir = folder(wrong);
    const { code, stdout } = await run('check', dir);
    expect(code).toBe(1);
    expect(stdout).toMatch(
      /文档之间的问题（1）：\n {2}✗ dept-2025\.txt：2010350 事业运行：部门为710,000元，各单位（示例局本部、上海市普陀区示例服务中心）之和为700,000元/,
    );
    const json = await run('check', '--json', dir);
    const reports = (JSON.parse(json.stdout) as unknown[]).map((r) => Report.parse(r));
    const dept = reports.find((r) => r.source.name === 'dept-2025.txt');
    expect(dept?.pairing?.paired.map((p) => [p.relation, p.name])).toEqual([
      ['units', 'hq-2025.txt'],
      ['units', 'centre-2025.txt'],
    ]);
    const found = dept?.findings.filter((f) => f.rule === 'across.units') ?? [];
    expect(found).toHaveLength(1);
    expect(found[0]?.refs.some((r) => r.document === 'centre-2025.txt' && r.row === '2010350')).toBe(true);
    expect(reports.find((r) => r.source.name === 'other.txt')?.pairing?.paired).toEqual([]);
  });

  it('with --review, a finding between documents shows its mark in the dossier as in its report', async () => {
    const dir = folder(wrong);
    const marks = join(mkdtempSync(join(tmpdir(), 'hezhang-across-marks-')), 'marks.json');
    await run('check', '--review', marks, dir);
    const file = JSON.parse(readFileSync(marks, 'utf8')) as {
      marks: { rule?: string; status: string; note: string }[];
    };
    const between = file.marks.filter((m) => m.rule === 'across.units');
    expect(between).toHaveLength(1);
    Object.assign(between[0] as object, { status: 'dismissed', note: '单位另有上级补助' });
    writeFileSync(marks, JSON.stringify(file));
    const { code, stdout } = await run('check', '--review', marks, dir);
    expect(code).toBe(0);
    const dossier = stdout.slice(stdout.indexOf(`━━ 部门档案：${NAME} ━━`));
    expect(dossier).toMatch(
      /文档之间的问题（1）：\n {2}✗ dept-2025\.txt：\[误报\] 2010350 事业运行：.*\n {6}核查：误报 — 单位另有上级补助\n/,
    );
  });

  it('in English: relations and rules in words, English punctuation around them, no rule id', async () => {
    const { code, stdout } = await run('check', '--lang', 'en', folder(wrong));
    expect(code).toBe(1);
    const dossier = stdout.slice(stdout.indexOf(`━━ Dossier: ${NAME} ━━`));
    // The documents' names line up after the longest kind ("department final accounts").
    expect(dossier).toContain(`unit budget${' '.repeat(14)} hq-2025.txt (示例局本部)`);
    expect(dossier).toContain(`department budget${' '.repeat(8)} dept-2025.txt`);
    expect(dossier).toMatch(/\n {2}dept-2025\.txt ↔ hq-2025\.txt \(A department and its units/);
    expect(dossier).toMatch(/Findings between the documents \(1\):\n {2}✗ dept-2025\.txt: 2010350 /);
    expect(stdout).toContain('  + hq-2025.txt (unit): ');
    expect(stdout).not.toMatch(/across\.[a-z]/);
    // Chinese marks only inside what the documents print (names in brackets of their own).
    expect(dossier.replace(/（[^（）]*[\u4e00-\u9fff][^（）]*）/g, '')).not.toMatch(/[：，（）]/);
  });
});
