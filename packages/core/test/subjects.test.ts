import { describe, expect, it } from 'vitest';
import { type BudgetDocument, type BudgetTable, type Claim, parseText, type TableRow } from '../src/index.js';
import { Tables } from '../src/reconcile/cells.js';
import { SubjectIndex } from '../src/reconcile/subjects.js';

/**
 * Subject references in every style documents print, read into a path and resolved by it. The
 * sentences are hand-made in the styles of the published documents; the tables are a hand-made
 * fragment of a 一般公共预算支出功能分类预算表 where one 项 name (行政运行) stands under two 款.
 */

function subjects(...paragraphs: string[]): Claim[] {
  const text = ['2025年部门预算编制说明', '', ...paragraphs.flatMap((p) => [p, ''])].join('\n');
  return parseText(text, { name: 'q.txt', format: 'tsv' }).claims.filter((c) => c.kind === 'subject');
}
const subject = (paragraph: string) => {
  const [c] = subjects(paragraph);
  expect(c, paragraph).toBeDefined();
  return c as Claim;
};

const row = (key: string, label: string, total: number): TableRow => ({
  key,
  label,
  level: key.length === 3 ? 1 : key.length === 5 ? 2 : 3,
  values: { total, basic: total, project: 0 },
  source: { page: 1 },
  labelSource: 'printed',
});
const TABLE: BudgetTable = {
  kind: 'general_budget_by_function',
  title: '2025年部门一般公共预算支出功能分类预算表',
  unit: '元',
  unitDeclared: true,
  pages: [1],
  headers: [],
  notes: [],
  columns: ['total', 'basic', 'project'],
  source: { page: 1 },
  problems: [],
  rows: [
    row('201', '一般公共服务支出', 300),
    row('20103', '政府办公厅（室）及相关机构事务', 100),
    row('2010301', '行政运行', 100),
    row('20106', '财政事务', 200),
    row('2010601', '行政运行', 150),
    row('2010602', '一般行政管理事务', 50),
    row('210', '卫生健康支出', 80),
    row('21011', '行政事业单位医疗', 80),
    row('2101101', '行政单位医疗', 80),
  ],
};
const index = new SubjectIndex(
  new Tables({ tables: [TABLE] } as unknown as BudgetDocument),
  ['general_budget_by_function'],
  [],
  2025,
);
const resolve = (paragraph: string) => index.resolve(subject(paragraph));
const codes = (paragraph: string) => resolve(paragraph).map((c) => c.code);

describe('subject references are read into paths', () => {
  it('a hyphen-joined path whose 款 holds brackets of its own', () => {
    const c = subject(
      '1. “一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行”科目1,202.95万元，主要用于行政单位的基本支出。',
    );
    expect(c.label).toBe('行政运行');
    expect(c.path?.map((l) => l.name)).toEqual(['一般公共服务支出', '政府办公厅（室）及相关机构事务', '行政运行']);
    expect(c.amount?.text).toBe('1,202.95万元');
  });

  it('levels marked （类）（款）（项）, brackets of both widths', () => {
    const c = subject(
      '11. “卫生健康支出（类）行政事业单位医疗（款)行政单位医疗（项）”63.19万元，主要用于行政单位医疗金缴纳。',
    );
    expect(c.path).toEqual([
      { name: '卫生健康支出', level: 1 },
      { name: '行政事业单位医疗', level: 2 },
      { name: '行政单位医疗', level: 3 },
    ]);
  });

  it('levels marked with their codes, unquoted, a 款 name with brackets of its own', () => {
    const c = subject(
      '3. 一般公共服务支出（201类）政府办公厅（室）及相关机构事务（03款）行政运行（01项）12.50万元，主要用于机关运行。',
    );
    expect(c).toMatchObject({ code: '2010301', label: '行政运行', amount: { text: '12.50万元' } });
    expect(c.path?.[1]).toEqual({ name: '政府办公厅（室）及相关机构事务', code: '03', level: 2 });
  });

  it('codes alone', () => {
    const c = subject('4. （201类）（06款）（01项）1.50万元，主要用于财政事务。');
    expect(c).toMatchObject({ code: '2010601', label: '2010601' });
  });

  it('a whole code with its name, before or after it', () => {
    expect(subject('5. “2101101 行政单位医疗”科目0.80万元。')).toMatchObject({
      code: '2101101',
      label: '行政单位医疗',
    });
    expect(subject('6. “行政单位医疗（2101101）”科目0.80万元。')).toMatchObject({ code: '2101101' });
  });
});

describe('subjects resolve by their path', () => {
  it('a 项 name under two 款 resolves by the path, not the last name', () => {
    expect(codes('1. “一般公共服务支出-财政事务-行政运行”科目1.50万元。')).toEqual(['2010601']);
    expect(codes('1. “一般公共服务支出（类）政府办公厅(室)及相关机构事务（款)行政运行（项）”1.00万元。')).toEqual([
      '2010301',
    ]);
    // Without a path the name stands for both; the amount check accepts either.
    expect(codes('1. “行政运行”科目1.50万元。')).toEqual(['2010301', '2010601']);
  });

  it('printed codes decide, and names match exactly when only bracket widths differ', () => {
    const [c] = resolve('3. 一般公共服务支出（201类）政府办公厅(室)及相关机构事务（03款）行政运行（01项）1.00万元。');
    expect(c).toMatchObject({ code: '2010301', exact: true, stale: [], variants: [] });
    expect(codes('4. （201类）（06款）（01项）1.50万元。')).toEqual(['2010601']);
    expect(codes('5. “2101101”科目0.80万元。')).toEqual(['2101101']);
    expect(codes('6. “行政单位医疗（2101101）”科目0.80万元。')).toEqual(['2101101']);
  });

  it('a former class name finds its code and is marked stale', () => {
    const [c] = resolve('9. “医疗卫生与计划生育支出（类）行政事业单位医疗（款）行政单位医疗（项）”0.80万元。');
    expect(c).toMatchObject({ code: '2101101', exact: false, variants: [] });
    expect(c?.stale).toEqual([
      { printed: '医疗卫生与计划生育支出', code: '210', current: '卫生健康支出', since: 2019 },
    ]);
  });

  it('a variant (其它 for 其他, a dropped 支出) resolves but is not exact', () => {
    const [c] = resolve('1. “一般公共服务（类）财政事务（款）一般行政管理事务（项）”0.50万元。');
    expect(c).toMatchObject({ code: '2010602', exact: false, variants: ['一般公共服务'] });
  });

  it('a path no table holds resolves to nothing', () => {
    expect(codes('1. “一般公共服务支出-人大事务-行政运行”科目1.00万元。')).toEqual([]);
    expect(codes('1. “一般公共服务支出-财政事务-信息化建设”科目1.00万元。')).toEqual([]);
  });
});
