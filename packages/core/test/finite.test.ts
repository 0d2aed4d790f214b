import { describe, expect, it } from 'vitest';
import { checkDocument, parseText, type Report } from '../src/index.js';
import { czj, swap as swapIn } from './czj-final.js';
import { SEEDS } from './helpers.js';

/**
 * Growth from zero and quotients by zero: a new item's prior year is 0 ("增加307.82万元，增长100.00%" is
 * the convention); no report ever carries "Infinity" or "NaN" — in a message, a formula, a quantity or
 * a number a view might format.
 */

/** Every string and number of a report that is not finite or reads Infinity/NaN, with its path. */
export function notFinite(value: unknown, path = 'report'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string') return /Infinity|NaN/.test(value) ? [`${path} = ${value}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => notFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => notFinite(v, `${path}.${k}`));
  return [];
}

const seed = (id: string) => SEEDS.find((s) => s.id === id)?.text ?? '';
const edited = (id: string, from: string, to: string) => {
  const text = seed(id);
  expect(text.includes(from), `seed ${id} contains "${from}"`).toBe(true);
  return checkDocument(parseText(text.replace(from, to), { name: `${id}.txt` }), { passes: true });
};
const on = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);

describe('growth from zero', () => {
  const from = '财政拨款收入25,759万元，比2024年预算减少1,945万元';

  it('a new quantity "增加X万元，增长100.00%" is the convention: no finding', () => {
    const r = edited('000', from, '财政拨款收入25,759万元，比2024年预算增加25,759万元，增长100.00%');
    expect(on(r, 'prose.change_arithmetic')).toEqual([]);
    expect(notFinite(r)).toEqual([]);
  });

  it('another rate of a zero base cannot be computed: an info that says so, never "Infinity%"', () => {
    const r = edited('000', from, '财政拨款收入25,759万元，比2024年预算增加25,759万元，增长50.00%');
    const f = on(r, 'prose.change_arithmetic');
    expect(f.map((x) => [x.severity, x.message.zh])).toEqual([
      ['info', '“财政拨款收入”上年数为0（25,759万元 − 25,759万元），增减率无法计算，文字写作50.00%'],
    ]);
    expect(notFinite(r)).toEqual([]);
  });

  it('a subject line whose last year was 0 and printed 100% gives nothing (wanli-2023 专项普查活动)', () => {
    // wanli-2023 p6: "2022年当年预算执行数为0万元，2023年预算安排60.13万元，比2022年预算执行数增加100.00%".
    const line = '1.“社会保障和就业支出”科目1,480万元，主要用于本部门缴纳的基本养老保险、职业年金等支出。';
    const newSubject = (rate: string) =>
      `1.“社会保障和就业支出”科目1,480万元，主要用于本部门缴纳的基本养老保险、职业年金等支出。2024年当年预算执行数为0万元，2025年预算安排1,480万元，比2024年预算执行数增加${rate}。主要原因是：新增养老保险缴费。`;
    const trend = (r: Report) => on(r, 'prose.subject_trend');
    const hundred = edited('000', line, newSubject('100.00%'));
    expect(trend(hundred)).toEqual([]);
    expect(hundred.checks.find((c) => c.rule === 'prose.subject_trend')?.status).toBe('pass');
    const other = edited('000', line, newSubject('25.00%'));
    expect(trend(other).map((f) => [f.severity, f.message.zh])).toEqual([
      ['info', '“社会保障和就业支出”：上年执行数为0，增减率无法计算，文字写作25.00%'],
    ]);
    expect(notFinite(other)).toEqual([]);
  });

  it('shares of a whole of 0 and completion of a budget of 0 say so without a quotient', () => {
    const r = checkDocument(czj(), { passes: true });
    // czj-2024-final: "因公出国（境）费决算为0.00万元，完成预算的0%" with its budget blank.
    // Nothing budgeted, nothing spent, "0%" as the template asks: one info naming both, never an error.
    const completion = on(r, 'prose.completion');
    expect(completion.map((f) => [f.severity, f.count, f.formula?.zh])).toEqual([
      ['info', 2, '0.00万元 ÷ 空：0%；0.00万元 ÷ 空：0%'],
    ]);
    expect(completion[0]?.message.zh).toContain('“因公出国（境）费”、“公务用车购置及运行维护费”');
    // Something spent of a blank budget is still an error.
    const spent = checkDocument(
      czj(
        swapIn(
          '七、财政拨款“三公”经费支出决算情况说明',
          '其中：因公出国（境）费决算为0.00万元',
          '其中：因公出国（境）费决算为1.20万元',
        ),
      ),
    );
    // 1.20 is against the 三公 table's 0.00 too: one slip, one error, the completion part of it.
    const errors = spent.findings.filter((f) => f.severity === 'error').map((f) => f.message.zh);
    expect(
      errors.filter((m) => m.includes('“因公出国（境）费”写“完成预算的0%”，但其年初预算在表中为空，完成率无从计算')),
    ).toHaveLength(1);
    expect(notFinite(r)).toEqual([]);
    const zero = checkDocument(
      czj(
        swapIn(
          '二、收入决算情况说明',
          '本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%',
          '本年收入合计0万元，其中： 财政拨款收入2940.05万元，占99.79%',
        ),
      ),
      { passes: true },
    );
    expect(notFinite(zero)).toEqual([]);
  });
});

describe('no report on the seeds carries Infinity or NaN', () => {
  it.each(SEEDS.map((s) => [s.id, s.text]))('seed %s', (id, text) => {
    const r = checkDocument(parseText(text, { name: `${id}.txt` }), { passes: true });
    expect(notFinite(r)).toEqual([]);
  });
});
