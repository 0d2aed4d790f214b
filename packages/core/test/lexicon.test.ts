import { describe, expect, it } from 'vitest';
import type { Line, Word } from '../src/layout/types.js';
import { headerKind, lineKind, opener, opensRow } from '../src/recognize/line-kind.js';
import { compileTemplate, SHANGHAI_BUDGET, SHANGHAI_FINAL } from '../src/templates/index.js';
import {
  amountCuts,
  codeAndName,
  codeParts,
  gluedParts,
  isCodeLed,
  isEmptyValue,
  tokenKind,
  totalOf,
} from '../src/text/lexicon.js';

/** The lexicon's token kinds and the one "does this line open a row" answer, stage by stage. */
const template = compileTemplate(SHANGHAI_BUDGET);
const grid = template.byKind.get('expenditure_summary');
const summary = template.byKind.get('finance_summary');
if (!grid || !summary) throw new Error('template tables');
const line = (...cells: string[]): Line => ({ text: cells.join(' '), cells: cells.map((text) => ({ text })), gap: 0 });

describe('token kinds', () => {
  it('classifies each token once', () => {
    expect(
      [
        '1,000.00',
        '0.00',
        '278487424',
        '-',
        '－',
        '……',
        '1,000.002,000.00',
        '20805行政事业单位养老支出',
        '合  计',
        '项目',
      ].map(tokenKind),
    ).toEqual(['amount', 'amount', 'integer', 'blank', 'blank', 'blank', 'numeric', 'code_name', 'text', 'text']);
    expect(tokenKind('合计')).toBe('total');
  });

  it('knows an empty value: blank, a placeholder, a zero', () => {
    expect(['', ' ', '-', '—', '/', '0', '0.00', '-0.00'].every(isEmptyValue)).toBe(true);
    expect(['0.01', '10', '合计'].some(isEmptyValue)).toBe(false);
  });

  it('knows codes, fused and spaced, and never takes a year or an amount for one', () => {
    expect(codeParts('2080505')).toEqual(['208', '05', '05']);
    expect(codeParts('208 05 05')).toEqual(['208', '05', '05']);
    expect(codeAndName('20805行政事业单位养老支出')).toEqual(['20805', '行政事业单位养老支出']);
    expect(['208 行政运行', '2080505', '20805行政'].every(isCodeLed)).toBe(true);
    expect(['2024年预算数', '500.00', '300,000', '2025'].some(isCodeLed)).toBe(false);
  });

  it('knows totals and which side they close', () => {
    expect(['合计', '总计', '收入总计', '本年支出合计'].map(totalOf)).toEqual([
      'table',
      'table',
      'income',
      'expenditure',
    ]);
    expect(totalOf('合计数')).toBeUndefined();
  });

  it('cuts text run together only where one cut makes two amounts printed alike, or an amount meets a label', () => {
    expect(amountCuts('1,000.00500.00')).toEqual([8]);
    expect(amountCuts('1,0000.00')).toEqual([]);
    expect(gluedParts('96,282,213.44二、社会保障和就业支出')).toEqual(['96,282,213.44', '二、社会保障和就业支出']);
    expect(gluedParts('2024年12月31日')).toBeUndefined();
  });
});

describe('line kind: one answer to "does this line open a row"', () => {
  it('opens by a leading code, a total, a line the template names, an enumerator last', () => {
    expect(opensRow('201 一般公共服务支出', grid)).toBe('code');
    expect(opensRow('合  计', grid)).toBe('total');
    expect(opensRow('一、财政拨款收入', summary)).toBe('named');
    expect(opensRow('一、一般公共服务支出', summary)).toBe('class');
    expect(opensRow('三、部门主要职能', grid)).toBe('enumerator');
    expect(opensRow('务支出', grid)).toBeUndefined();
  });

  it('takes a code only at the start of the line: an amount in a later cell opens nothing', () => {
    expect(opener(['一般公共服务支出', '500.00'], grid)).toBeUndefined();
    expect(lineKind(line('一般公共服务支出', '500.00'), grid).opens).toBeUndefined();
    expect(lineKind(line('201', '一般公共服务支出', '500.00'), grid).opens).toBe('code');
  });

  it('prefers a better reason in a later cell to an enumerator (a summary table’s two sides)', () => {
    expect(opener(['1. 一般公共预算资金', '二、社会保障和就业支出'], summary)).toBe('named');
    expect(lineKind(line('二、事业收入', '收入总计'), summary).opens).toBe('named');
  });

  it('says header text opens no row, and a row of empty values is blank', () => {
    expect(headerKind(line('科目编码', '科目名称', '合计', '基本支出', '项目支出'), grid)).toBe('word');
    expect(lineKind(line('科目编码', '科目名称', '合计'), grid).opens).toBeUndefined();
    expect(lineKind(line('-', '0.00', '-'), grid)).toMatchObject({ blank: true, values: true });
  });

  it('reads a side’s total as a row’s label though its pieces end and start header words', () => {
    // 财政拨款收支预算总表: "收入" ends 财政拨款收入, "总计" is a column's header; a bare 合计 stays header.
    const fiscal = template.byKind.get('fiscal_summary');
    if (!fiscal) throw new Error('fiscal_summary');
    expect(headerKind(line('收入总计', '支出总计'), fiscal)).toBeUndefined();
    expect(lineKind(line('收入总计', '支出总计'), fiscal).opens).toBe('total');
    expect(headerKind(line('项目', '预算数', '项目', '合计'), fiscal)).toBe('word');
  });

  it('reads a cell holding the wrapped starts of two columns’ names, spaced apart, as header text', () => {
    // 财政拨款收入支出决算总表 with narrow fund columns, unruled: the names wrap over three lines
    // (一般公共预算财政 / 拨款), and the line reader joins the first two columns' pieces, 5 pt apart,
    // into one cell; the third piece alone looks like a class's name (国有资本经营预算支出).
    const fiscal = compileTemplate(SHANGHAI_FINAL).byKind.get('final_fiscal_summary');
    if (!fiscal) throw new Error('final_fiscal_summary');
    const word = (text: string, x0: number, before: string): Word => ({
      text,
      box: [x0, 95.7, x0 + 10 * text.length, 105.7],
      kind: 'text',
      before,
      ends: 'both',
      run: 0,
    });
    const pieces = [word('一般公共预算财政', 526.9, ''), word('政府性基金预算财', 611.9, ' ')];
    const wrapped: Line = {
      text: '一般公共预算财政 政府性基金预算财 国有资本经营预算',
      cells: [
        { text: '一般公共预算财政 政府性基金预算财', box: [526.9, 95.7, 691.9, 105.7], words: pieces },
        { text: '国有资本经营预算', box: [696.9, 95.7, 776.9, 105.7], words: [word('国有资本经营预算', 696.9, ' ')] },
      ],
      gap: 0,
    };
    expect(headerKind(wrapped, fiscal)).toBe('wrapped');
    expect(lineKind(wrapped, fiscal).opens).toBeUndefined();
    // Touching pieces are one word: a name, not two columns' pieces.
    const touching = { ...wrapped, cells: [{ ...wrapped.cells[0], words: pieces.map((w) => ({ ...w, before: '' })) }] };
    expect(headerKind(touching as Line, fiscal)).toBeUndefined();
  });
});
