import { describe, expect, it } from 'vitest';
import { checkDocument, type PositionedItem, parsePositioned } from '../src/index.js';
import { landscape, printed, rightAligned } from './printed.js';

/**
 * Blank rows just above 合计 in a table without rules (issue 18, Part 1 item 9): the rows a sheet pads
 * its table with print nothing, "-" (the accounting format) or "0.00" in their value cells. They are
 * no rows and no name: the 合计's amounts belong to 合计, the row above keeps its own.
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const amount = (t: string, x1: number, y: number) => rightAligned(t, x1, y);
const page = (items: PositionedItem[]) => landscape(1, items);

const HEADER = [
  text('2025年部门支出预算总表', 200, 20),
  text('单位：元', 500, 45),
  text('科目编码', 45, 65),
  text('科目名称', 105, 65),
  text('合计', 327, 65),
  text('基本支出', 407, 65),
  text('项目支出', 507, 65),
];
const row = (y: number, code: string, name: string, values: string[]) => [
  ...(code ? [text(code, 45, y)] : []),
  ...(name ? [text(name, 105, y)] : []),
  ...values.flatMap((v, c) => (v ? [amount(v, 347 + 100 * c, y)] : [])),
];

for (const [blank, where] of [
  ['-', 'printed "-"'],
  ['0.00', 'printed "0.00"'],
  ['', 'printed empty'],
] as const)
  describe(`blank rows above 合计, ${where}`, () => {
    for (const count of [1, 3])
      it(`leave 合计 its amounts and the rows above theirs (${count} blank row${count > 1 ? 's' : ''})`, () => {
        const blanks = Array.from({ length: count }, (_, i) => row(125 + 20 * i, '', '', [blank, blank, blank])).flat();
        const doc = parsePositioned({
          pages: [
            page([
              ...HEADER,
              ...row(85, '201', '一般公共服务支出', ['3,000.00', '1,000.00', '2,000.00']),
              ...row(105, '20101', '人大事务', ['3,000.00', '1,000.00', '2,000.00']),
              ...blanks,
              ...row(125 + 20 * count, '', '合计', ['3,000.00', '1,000.00', '2,000.00']),
            ]),
          ],
          fonts: [],
        });
        const table = doc.tables[0];
        expect(table?.problems).toEqual([]);
        expect(table?.rows.map((r) => `${r.key} ${r.values.total} ${r.values.basic} ${r.values.project}`)).toEqual([
          '201 300000 100000 200000',
          '20101 300000 100000 200000',
          'total 300000 100000 200000',
        ]);
        expect(checkDocument(doc).findings.filter((f) => f.rule.startsWith('in_table'))).toEqual([]);
      });
  });
