import { describe, expect, it } from 'vitest';
import { PDF_SETTINGS } from '../src/layout/pdf-settings.js';
import type { Layout, Line } from '../src/layout/types.js';
import { documentParts } from '../src/recognize/documents.js';
import { SHANGHAI_BUDGET } from '../src/templates/index.js';

/**
 * A file of several documents (recognize/documents.ts): each starts on its cover — a page of a few
 * lines printing a title in full, or a page that opens with one where the page before does not. A
 * title repeated at the top of every page (a running header), a heading that is no title in full, a
 * title without its region, and a cover right after another are not a second document.
 */

const line = (page: number, text: string): Line => ({ text, page, cells: [], gap: 0 });
/** A page of `n` lines of prose, opening with `first` lines. */
const page = (n: number, first: string[] = [], filler = 40) => ({
  n,
  lines: [...first, ...Array(filler).fill('正文')],
});
function layout(pages: { n: number; lines: string[] }[]): Layout {
  return {
    format: 'positioned',
    mode: 'geometry',
    pages: pages.length,
    lines: pages.flatMap((p, i) => p.lines.map((t) => line(i + 1, t))),
  };
}
const parts = (pages: { n: number; lines: string[] }[]) =>
  documentParts(layout(pages), SHANGHAI_BUDGET, PDF_SETTINGS.documents);

const DEPT = '上海市普陀区2025年区级部门预算';
const UNIT = '上海市普陀区2025年区级单位预算';
const cover = (title: string, ...more: string[]) => ({ n: 0, lines: [title, ...more] });

describe('documentParts', () => {
  it('splits a department budget and a unit budget, each on its cover', () => {
    expect(
      parts([
        cover(DEPT, '预算主管部门：上海市普陀区商务委员会'),
        page(0),
        page(0),
        cover(UNIT, '预算单位：上海市普陀区商务委员会'),
        page(0),
        page(0),
      ]),
    ).toEqual([
      { from: 1, to: 3, title: DEPT },
      { from: 4, to: 6, title: UNIT },
    ]);
  });

  it('a cover printed with its 目录 or its first paragraph starts a document too', () => {
    const contents = [
      '目录',
      '一、部门主要职能',
      '二、部门机构设置',
      ...Array(14).fill('1. 2025年部门财务收支预算总表'),
    ];
    expect(
      parts([cover(DEPT), page(0), page(0), page(0, [UNIT, '预算单位：上海市普陀区商务委员会', ...contents])]),
    ).toEqual([
      { from: 1, to: 3, title: DEPT },
      { from: 4, to: 4, title: UNIT },
    ]);
  });

  it('a title at the top of every page is a running header, not a document each', () => {
    expect(parts([page(0, [DEPT]), page(0, [DEPT]), page(0, [DEPT]), page(0, [DEPT])])).toEqual([
      { from: 1, to: 4, title: DEPT },
    ]);
  });

  it('a title wrapped over two lines is read as one', () => {
    expect(
      parts([cover(DEPT), page(0), page(0), cover('上海市普陀区人民政府万里街道', '办事处2023年部门预算')]),
    ).toEqual([
      { from: 1, to: 3, title: DEPT },
      { from: 4, to: 4, title: '上海市普陀区人民政府万里街道办事处2023年部门预算' },
    ]);
  });

  it('a heading, a title without its region, and a cover right after another start nothing', () => {
    const one = (pages: { n: number; lines: string[] }[]) => parts(pages).length;
    // "2025年部门预算编制说明" is a heading; "2024年度部门决算" names no region or department.
    expect(one([cover(DEPT), page(0), page(0), cover('2025年部门预算编制说明'), page(0)])).toBe(1);
    expect(one([cover(DEPT), page(0), page(0), cover('2024年度部门决算'), page(0)])).toBe(1);
    // A title page and the cover after it: the document has no page of its own before the second.
    expect(one([cover(DEPT), cover(DEPT), page(0), page(0)])).toBe(1);
    // Text has no pages.
    expect(
      documentParts(
        { format: 'plain', mode: 'tokens', pages: 0, lines: [line(1, DEPT)] },
        SHANGHAI_BUDGET,
        PDF_SETTINGS.documents,
      ),
    ).toEqual([{ from: 1, to: 0, title: '' }]);
  });
});

/**
 * A document published without its cover, its tables first, after another one in the same file:
 * seed-003 and seed-002-unruled joined read as one (seed-002's 2024 tables under seed-003's 2026 cover).
 * Its tables say where it starts: the template's set printed again after others, or a table of another
 * year or department than those before it.
 */
describe('documentParts: a document without its cover', () => {
  const table = (title: string, department = '上海市普陀区商务委员会') =>
    page(0, [title, `编制部门：${department} 单位：元`]);
  const SUMMARY = '2025年部门财务收支预算总表';
  const REVENUE = '2025年部门收入预算总表';
  const THREE = '部门“三公”经费和机关运行经费预算表';

  // A title repeated over a table's pages, and a department printed with its code, start nothing.
  it('starts where the set of tables starts again', () => {
    expect(
      parts([
        cover(DEPT),
        page(0),
        table(SUMMARY),
        table(REVENUE),
        table(REVENUE, '157上海市普陀区商务委员会'),
        table(THREE),
        table(SUMMARY),
        table(REVENUE),
      ]),
    ).toEqual([
      { from: 1, to: 6, title: DEPT },
      { from: 7, to: 8, title: '' },
    ]);
  });

  it('starts at a table of another year, or of another department', () => {
    expect(parts([cover(DEPT), page(0), table(SUMMARY), table(REVENUE), table('2024年部门支出预算总表')])).toEqual([
      { from: 1, to: 4, title: DEPT },
      { from: 5, to: 5, title: '' },
    ]);
    expect(
      parts([
        cover(DEPT),
        page(0),
        table(SUMMARY),
        table(REVENUE),
        table('2025年部门支出预算总表', '上海市杨浦区医疗保障局'),
      ]),
    ).toEqual([
      { from: 1, to: 4, title: DEPT },
      { from: 5, to: 5, title: '' },
    ]);
  });
});
