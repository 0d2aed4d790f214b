import { describe, expect, it } from 'vitest';
import type { Section } from '../src/model/document.js';
import type { BudgetTable } from '../src/model/table.js';
import { markRowsReadAsText } from '../src/read/rows-as-text.js';

/**
 * A table's page whose title was clipped by its cell (blind.mjs seed 10: portrait, tall rows, names
 * indented): the page's rows went to the prose, the table kept only its later pages' rows, and 合计 ≠
 * the classes it had was an error on a right document. Rows read as prose now leave the table in doubt.
 */
const table = (kind: string, pages: number[]) => ({ kind, pages, problems: [] }) as unknown as BudgetTable;
const section = (lines: [string, number][]): Section => ({
  kind: 'unknown',
  heading: '',
  source: {},
  paragraphs: lines.map(([text, page]) => ({ text, source: { page } })),
});

describe('rows of a table read as prose on its own page', () => {
  it('leave the table in doubt, with the row said', () => {
    const economic = table('basic_by_economic', [11, 12]);
    markRowsReadAsText([economic], [section([['工资福利支出 105,044,039 105,044,039', 11]])]);
    expect(economic.problems).toEqual([
      { code: 'stray_content', params: { page: 11, text: '工资福利支出 105,044,039 105,044,039' }, at: { page: 11 } },
    ]);
  });

  it('not prose with amounts, a row on another page, or a page two tables share', () => {
    const economic = table('basic_by_economic', [11, 12]);
    const fund = table('gov_fund_by_function', [12]);
    markRowsReadAsText(
      [economic, fund],
      [
        section([
          ['支出预算25,780.13万元，比2024年预算增加7,889.43万元。', 11],
          ['注：本部门无政府性基金预算，故本表无数据。', 11],
          // A subject listed with its one amount in the prose under a table (segment-headings.test.ts).
          ['一般公共服务支出 500.00', 11],
          ['工资福利支出 105,044,039 105,044,039', 9],
          ['办公费 2,749,000 2,749,000', 12],
        ]),
      ],
    );
    expect(economic.problems).toEqual([]);
    expect(fund.problems).toEqual([]);
  });
});
