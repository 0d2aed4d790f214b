import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { type BudgetDocument, checkDocument, formatPercent, parseText, type Report } from '../src/index.js';
import {
  addsUpToHundred,
  agreement,
  cellFigure,
  changeAgreement,
  exactFigure,
  growthAgreement,
  orderAgreement,
  percentAgreement,
  printedFigure,
  RoundingNotes,
  sumAgreement,
} from '../src/reconcile/rounding.js';
import { czj, swap } from './czj-final.js';
import { SEEDS } from './helpers.js';

/**
 * The rounding model (src/reconcile/rounding.ts): each case a careful reviewer accepts as rounding
 * (the domain notes, "How careful reviewers treat rounding"), what is not rounding, and that the rules
 * ask the model — on documents, one info per kind per table, never an error.
 */

const W = 10_000; // fen per 0.01 万元
const wan = (text: string) => {
  const [int = '', frac = ''] = text.replace(/,/g, '').split('.');
  return { fen: Number(int) * 1_000_000 + Number(frac.padEnd(6, '0')), unit: '万元' as const, decimals: frac.length };
};
const pct = (text: string) => {
  const [, frac = ''] = text.split('.');
  return { value: Math.round(Number(text) * 100), decimals: frac.length, text: `${text}%` };
};
const wanTable = { unit: '万元' as const, rows: [] };
const yuanTableWithFen = { unit: '元' as const, rows: [{ values: { a: 12_34 } }] };
const wholeYuanTable = { unit: '元' as const, rows: [{ values: { a: 1_200 } }] };

describe('every printed figure carries its printed precision', () => {
  it('prose rounds the exact table amount half up: 25,759万元 is 257,585,000 元', () => {
    expect(agreement(printedFigure(wan('25759')), exactFigure(257_585_000_00))).toBe('exact');
    expect(agreement(printedFigure(wan('25757')), exactFigure(257_585_000_00))).toBe('mismatch');
    // 25,758 is the amount cut off.
    expect(agreement(printedFigure(wan('25758')), exactFigure(257_585_000_00))).toBe('truncated');
  });

  it('an amount cut off instead of rounded is truncation (833.12 for 8,331,275 元)', () => {
    expect(agreement(printedFigure(wan('833.12')), exactFigure(8_331_275_00))).toBe('truncated');
    expect(agreement(printedFigure(wan('833.13')), exactFigure(8_331_275_00))).toBe('exact');
    expect(agreement(printedFigure(wan('833.11')), exactFigure(8_331_275_00))).toBe('mismatch');
  });

  it('a table in 万元 prints each amount rounded to 0.01: 2,940.06 stands for ±0.005', () => {
    const cell = cellFigure(wanTable, 2_940_060_000);
    expect([cell.unit, cell.spread]).toEqual([W, W / 2]);
    // Prose printing one decimal against the table: the table rounded to the prose's precision.
    expect(agreement(printedFigure(wan('2940.1')), cell)).toBe('exact');
  });

  it('a 元 table that prints only whole 元 rounds to 1 元; one that prints 分 is exact', () => {
    expect(cellFigure(wholeYuanTable, 24_840_779_00).spread).toBe(50);
    expect(cellFigure(yuanTableWithFen, 24_840_779_12).spread).toBe(0);
  });

  it('a 元 table printed to the 分 whose amounts are all whole 元 (18,500.00) is exact, not ±0.5 元 each', () => {
    // A 三公 table in 元 of round amounts: 246,000.00 + 124,500.00 printed as a 小计 of 370,501.00.
    const threePublic = { unit: '元' as const, printsFen: true, rows: [{ values: { a: 370_501_00 } }] };
    const parts = [cellFigure(threePublic, 246_000_00), cellFigure(threePublic, 124_500_00)];
    expect(parts.map((p) => p.spread)).toEqual([0, 0]);
    expect(sumAgreement(parts, cellFigure(threePublic, 370_501_00))).toBe('mismatch');
    expect(sumAgreement(parts, cellFigure(threePublic, 370_500_00))).toBe('exact');
  });
});

describe('two rounded figures may differ by one unit of the coarser', () => {
  it('T1 prints 326.71 and T3 326.72 for one amount: rounding; 0.02 apart is not', () => {
    const t1 = cellFigure(wanTable, 326_710_000);
    expect(agreement(t1, cellFigure(wanTable, 326_720_000))).toBe('rounding');
    expect(agreement(t1, cellFigure(wanTable, 326_730_000))).toBe('mismatch');
  });

  it('prose at two decimals against a 万元 table: one unit is rounding, not an error', () => {
    expect(agreement(printedFigure(wan('2336.92')), cellFigure(wanTable, 2_336_910_000))).toBe('rounding');
    // Against an exact amount the prose must be the amount rounded: one unit off is a mismatch.
    expect(agreement(printedFigure(wan('2336.92')), exactFigure(2_336_910_000))).toBe('mismatch');
  });

  it('a total against the sum of its printed parts: half a unit per amount', () => {
    const parts = [1, 2, 3].map(() => cellFigure(wanTable, 1_000_000 + 3_333 * 100 + 30)); // 100.33 each, rounded
    const cells = [100_330_000, 100_330_000, 100_330_000].map((f) => cellFigure(wanTable, f));
    expect(parts).toHaveLength(3);
    expect(sumAgreement(cells, cellFigure(wanTable, 300_990_000))).toBe('exact');
    expect(sumAgreement(cells, cellFigure(wanTable, 301_000_000))).toBe('rounding');
    expect(sumAgreement(cells, cellFigure(wanTable, 301_010_000))).toBe('rounding');
    expect(sumAgreement(cells, cellFigure(wanTable, 301_030_000))).toBe('mismatch');
  });

  it('≥ and ≤ hold within the rounding of both (三公 0.95万元 ≥ 30217 9,512元)', () => {
    expect(orderAgreement(cellFigure(wanTable, 950_000), '>=', exactFigure(951_200))).toBe('exact');
    expect(orderAgreement(cellFigure(wanTable, 950_000), '>=', exactFigure(1_100_000))).toBe('mismatch');
  });
});

describe('a difference of two rounded figures is rounding', () => {
  // 18,976.7551 − 15,621.1149 = 3,355.6402 (rounds to 3,355.64); the printed figures 18,976.76 and
  // 15,621.11 give 3,355.65.
  const to = exactFigure(18_976_755_100);
  const from = exactFigure(15_621_114_900);

  it('3,355.65 printed for 3,355.64 is the difference of the printed figures', () => {
    expect(changeAgreement(printedFigure(wan('3355.64')), from, to)).toBe('exact');
    expect(changeAgreement(printedFigure(wan('3355.65')), from, to)).toBe('rounding');
    expect(changeAgreement(printedFigure(wan('3355.67')), from, to)).toBe('mismatch');
  });

  it('tables in whole 元 are finer than a change in 0.01 万元: their difference rounded is exact (wanli 2023→2024)', () => {
    // 16,497.864万元 → 15,621.1123万元: 876.7517, printed "减少876.75万元".
    const then = cellFigure(wholeYuanTable, 164_978_640_00);
    const now = cellFigure(wholeYuanTable, 156_211_123_00);
    expect(changeAgreement(printedFigure(wan('876.75')), then, now)).toBe('exact');
  });

  it('on documents: a change against last year’s tables, printed as a difference of rounded figures, is an info', () => {
    const seed = SEEDS.find((s) => s.id === '000')?.text ?? '';
    const text = seed.replace(
      '财政拨款收入25,759万元，比2024年预算减少1,945万元',
      '财政拨款收入25,758.50万元，比2024年预算减少1,945.02万元',
    );
    expect(text).not.toBe(seed);
    const now = parseText(text, { name: '2025.txt' });
    // This year 25,758.5049万元 (printed 25,758.50), last year 27,703.5151万元 (27,703.52): the exact
    // change 1,945.0102 rounds to 1,945.01; 27,703.52 − 25,758.50 = 1,945.02.
    const fiscal = (doc: BudgetDocument, fen: number) => {
      const row = doc.tables.find((t) => t.kind === 'finance_summary')?.rows.find((r) => r.key === 'fiscal_grant');
      if (row) row.values.amount = fen;
    };
    fiscal(now, 257_585_049_00);
    const last = structuredClone(now);
    last.meta.year = 2024;
    fiscal(last, 277_035_151_00);
    const on = (r: Report) =>
      r.findings.filter((f) => f.rule === 'across.years' && f.refs.some((x) => x.row === 'fiscal_grant'));
    expect(on(checkDocument(now, { previous: [last] })).map((f) => [f.severity, f.message.zh])).toEqual([
      ['info', '与以前年度文档比较的增减：1处增减额为两个四舍五入后的数之差，与精确差额相差在四舍五入误差以内'],
    ]);
    fiscal(last, 277_035_451_00); // 1,945.04: beyond rounding
    expect(on(checkDocument(now, { previous: [last] })).map((f) => f.severity)).toEqual(['error']);
  });
});

describe('a total printed without its 分 is one info, and never an error elsewhere', () => {
  it('a whole-元 total of a table that prints 分, less than 1 元 from its parts', () => {
    const total = cellFigure(yuanTableWithFen, 22_118_861_00);
    expect(total.wholeYuan).toBe(true);
    expect(agreement(total, exactFigure(22_118_861_34))).toBe('unprinted_fen');
    expect(agreement(total, exactFigure(22_118_862_34))).toBe('mismatch');
    // A figure with 分 1 分 off its parts is not a 分 left off.
    expect(agreement(exactFigure(22_118_861_35), exactFigure(22_118_861_34))).toBe('mismatch');
  });

  it('on a document: the in-table rules note it once; composition and the identities between tables add nothing', () => {
    const doc = parseText(SEEDS.find((s) => s.id === '003')?.text ?? '', { name: '003.txt' });
    const general = doc.tables.find((t) => t.kind === 'general_budget_by_function');
    const total = general?.rows.find((r) => r.key === 'total');
    expect(total && (total.values.total ?? 0) % 100 !== 0 && (total.values.basic ?? 0) % 100 !== 0).toBe(true);
    const clean = checkDocument(doc);
    if (total) {
      // 合计 and 基本支出 printed without their 分.
      total.values.total = (total.values.total ?? 0) - ((total.values.total ?? 0) % 100);
      total.values.basic = (total.values.basic ?? 0) - ((total.values.basic ?? 0) % 100);
    }
    const r = checkDocument(doc);
    const serious = (x: Report) => x.findings.filter((f) => f.severity !== 'info').map((f) => f.rule);
    expect(serious(r)).toEqual(serious(clean));
    const notes = r.findings.filter((f) => f.message.zh.includes('未印分'));
    expect(notes.map((f) => [f.rule, f.severity, f.count])).toEqual([['in_table.grand_total', 'info', 2]]);
    for (const rule of ['in_table.composition', 'cross_table.identities'])
      expect(r.findings.filter((f) => f.rule === rule && f.message.zh.includes('未印分'))).toEqual([]);
  });
});

describe('percentages', () => {
  it('a percentage cut off instead of rounded (99.868% printed 99.86%) is truncation', () => {
    const part = exactFigure(99_868);
    const whole = exactFigure(100_000);
    expect(percentAgreement(pct('99.86'), part, whole)).toBe('truncated');
    expect(percentAgreement(pct('99.87'), part, whole)).toBe('exact');
    expect(percentAgreement(pct('99.80'), part, whole)).toBe('mismatch');
  });

  it('one unit outside the range the figures allow is what a 尾差 adjustment makes', () => {
    const whole = printedFigure(wan('2940.05'));
    expect(percentAgreement(pct('33.33'), printedFigure(wan('980.02')), whole)).toBe('exact');
    expect(percentAgreement(pct('33.34'), printedFigure(wan('980.01')), whole)).toBe('one_unit');
    expect(addsUpToHundred([pct('33.33'), pct('33.33'), pct('33.34')])).toBe(true);
    expect(addsUpToHundred([pct('33.33'), pct('33.33'), pct('33.33')])).toBe(false);
  });

  it('on a document: shares adjusted so that the list adds up to 100.00% are one info, never an error', () => {
    const edit = swap(
      '二、收入决算情况说明',
      '本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；',
      '本年收入合计2940.05万元，其中：财政拨款收入980.02万元，占33.33%；事业收入980.02万元，占33.33%；其他收入980.01万元，占33.34%；',
    );
    const shares = checkDocument(czj(edit)).findings.filter((f) => f.rule === 'prose.shares');
    expect(shares.map((f) => [f.severity, f.message.zh])).toContainEqual([
      'info',
      '占比：1处占比按尾差调整，使各项之和为100%',
    ]);
    expect(shares.filter((f) => f.severity !== 'info').map((f) => f.message.zh)).not.toContainEqual(
      expect.stringContaining('其他收入'),
    );
    // The same share without a list adding up to 100%: 33.36% is not rounding.
    const wrong = swap('二、收入决算情况说明', '其他收入6.2万元，占0.21%', '其他收入6.2万元，占0.23%');
    const w = checkDocument(czj(wrong)).findings.filter((f) => f.rule === 'prose.shares');
    expect(w.map((f) => f.severity)).toContain('error');
  });

  it('growth from zero: 100% is the convention, any other rate is not computable, never a quotient by zero', () => {
    const zero = printedFigure(wan('0'));
    const change = printedFigure(wan('307.82'));
    expect(growthAgreement(pct('100.00'), change, zero)).toBe('exact');
    expect(growthAgreement(pct('50.00'), change, zero)).toBe('not_computable');
    expect(percentAgreement(pct('50.00'), change, zero)).toBe('not_computable');
    expect(formatPercent(307.82 / 0, 2)).toBe('—');
    expect(formatPercent(0 / 0, 2)).toBe('—');
    expect(formatPercent(71.645, 2)).toBe('71.65%');
  });
});

describe('one info per kind per table, whichever rule notes it', () => {
  it('folds the notes of several rules on one table into the first rule’s finding, and a place noted once', () => {
    const notes = new RoundingNotes();
    const title = { zh: '支出决算表', en: 'Expenditure' };
    notes.note('rounding', 'final_expenditure', title, [{ row: '201' }], { zh: 'a', en: 'a' });
    const [first] = notes.findings('in_table.hierarchy');
    notes.note('rounding', 'final_expenditure', title, [{ row: '208' }], { zh: 'b', en: 'b' });
    notes.note('unprinted_fen', 'final_expenditure', title, [{ row: 'total' }], { zh: 'c', en: 'c' }, { once: 'x' });
    notes.note('unprinted_fen', 'final_expenditure', title, [{ row: 'total' }], { zh: 'c', en: 'c' }, { once: 'x' });
    const later = notes.findings('in_table.composition');
    expect(first?.count).toBe(2);
    expect(first?.message.zh).toBe('支出决算表：2处合计与各项之和相差在四舍五入误差以内');
    expect(later.map((f) => [f.rule, f.count])).toEqual([['in_table.composition', 1]]);
  });

  it('prose against a table printed in 万元: one unit is an info, not an error (czj-2024-final 基本支出)', () => {
    // The 支出决算表 prints 基本支出 2,336.91 (its 项 add up to 2,336.92).
    const r = checkDocument(
      czj(swap('三、支出决算情况说明', '基本支出2336.91万元，占79.49%', '基本支出2336.92万元，占79.49%')),
    );
    const totals = r.findings.filter((f) => f.rule === 'prose.totals');
    expect(totals.filter((f) => f.formula?.zh.includes('基本支出')).map((f) => f.severity)).toEqual(['info']);
    expect(totals.find((f) => f.severity === 'info')?.message.zh).toMatch(/文字与表格数额相差在四舍五入误差以内/);
  });
});

describe('the rules ask the model', () => {
  const src = fileURLToPath(new URL('../src/', import.meta.url));
  const files = (dir: string): string[] =>
    readdirSync(join(src, dir), { withFileTypes: true }).flatMap((e) =>
      e.isDirectory() ? files(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
    );
  const modules = [...files('reconcile'), ...files('claims')].filter((f) => !f.endsWith('rounding.ts'));

  it('no rule rounds, truncates or compares amounts by itself', () => {
    const offences: string[] = [];
    for (const file of modules) {
      const text = readFileSync(join(src, file), 'utf8');
      for (const [i, line] of text.split('\n').entries()) {
        const bad =
          /\b(?:roundTo|truncateTo)\(|\.toFixed\(/.test(line) ||
          // a .fen compared with anything but a printed zero
          /\.fen\s*(?:[<>]=?|[!=]==)(?!\s*0\b)/.test(line) ||
          /(?:<=?|(?<!=)>=?|[!=]==)\s*[\w?.]+\.fen\b/.test(line);
        if (bad) offences.push(`${file}:${i + 1}: ${line.trim()}`);
      }
    }
    expect(offences).toEqual([]);
  });

  it('every rule module that compares amounts or percentages imports the model', () => {
    const comparing = modules.filter((f) => /rules\//.test(f) || /sum-check|stated/.test(f));
    const users = comparing.filter((f) => readFileSync(join(src, f), 'utf8').includes("/rounding.js'"));
    const compares = (f: string) => /PrintedAmount|\.figure\b|percent|fen\b/.test(readFileSync(join(src, f), 'utf8'));
    const without = comparing.filter((f) => compares(f) && !users.includes(f));
    // Rules that compare no amount (years, words, areas in 平方米, counts) do not need it.
    expect(without.sort()).toEqual(
      [
        'reconcile/rules/areas.ts',
        'reconcile/rules/classification.ts',
        'reconcile/rules/document-shape.ts',
        'reconcile/rules/document-text.ts',
        'reconcile/rules/fund-notes.ts',
        'reconcile/rules/own-years.ts',
        'reconcile/rules/sentences.ts',
      ].filter((f) => comparing.includes(f) && compares(f)),
    );
  });
});
