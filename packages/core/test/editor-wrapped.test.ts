import { describe, expect, it } from 'vitest';
import { type PositionedDocument, type PositionedItem, parsePositionedParts } from '../src/index.js';
import { landscape, placed } from './printed.js';

/**
 * A department's name wrapped in its 编制部门 cell (a narrow first table: "编制部门：上海市测试局（汇总"
 * and "）" on the line below, 单位 between them, as blind.mjs printed seed 004 with narrow names): the
 * name goes on under it. Read as printed on one line only, the first table named another department
 * than the tables after it, and the file was split into two documents there (every table after the
 * first "missing" from the first, the first missing from the second) or every table's 编制部门 was
 * reported as naming another department.
 */
const { text, amount } = placed(10);
const DEPT = '上海市测试局（汇总）';

/** A page of one table: its title, 编制部门 (wrapped when `wrapped`), 单位, a header and two rows. */
function tablePage(n: number, title: string, wrapped: boolean, head: string[], rows: [string, string][]) {
  const items: PositionedItem[] = [
    text(title, 300, 60),
    ...(wrapped
      ? [text('编制部门：上海市测试局（汇总', 43.5, 90), text('）', 43.5, 104.5)]
      : [text(`编制部门：${DEPT}`, 43.5, 90)]),
    text('单位：元', 700, 97),
    ...head.map((h, i) => text(h, 60 + 200 * i, 130)),
    ...rows.flatMap(([label, value], i) => [text(label, 60, 160 + 20 * i), amount(value, 400, 160 + 20 * i)]),
  ];
  return landscape(n, items);
}

function file(): PositionedDocument {
  const pages = [
    tablePage(
      1,
      '2025年部门财务收支预算总表',
      true,
      ['项目', '预算数'],
      [
        ['一、财政拨款收入', '1,000.00'],
        ['1、一般预算资金', '1,000.00'],
      ],
    ),
    // The table goes on over the next page, no title repeated: the next table's page is the third.
    landscape(2, [text('二、事业收入', 60, 60), text('收入总计', 60, 80), amount('1,000.00', 400, 80)]),
    tablePage(
      3,
      '2025年部门收入预算总表',
      false,
      ['项目', '合计'],
      [
        ['合计', '1,000.00'],
        ['卫生健康支出', '1,000.00'],
      ],
    ),
    tablePage(
      4,
      '2025年部门支出预算总表',
      false,
      ['项目', '合计'],
      [
        ['合计', '1,000.00'],
        ['卫生健康支出', '1,000.00'],
      ],
    ),
    tablePage(
      5,
      '2025年部门财政拨款收支预算总表',
      false,
      ['项目', '预算数'],
      [
        ['一、一般公共预算', '1,000.00'],
        ['收入总计', '1,000.00'],
      ],
    ),
  ];
  return { pages, fonts: [] };
}

describe('a department name wrapped in its 编制部门 cell', () => {
  it('is read whole, and the file stays one document', () => {
    const documents = parsePositionedParts(file());
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    expect(doc?.tables.map((t) => t.department)).toEqual([DEPT, DEPT, DEPT, DEPT]);
  });
});
