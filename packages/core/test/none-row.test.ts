import { describe, expect, it } from 'vitest';
import { parsePositioned } from '../src/index.js';
import { landscape, printed } from './printed.js';

/**
 * An empty table printing "无" in place of its rows and its note below, without rules (blind.mjs:
 * empty-none-row with a white grid): "无" ended the table as prose, and the note after it went to the
 * prose too, so document.empty_tables reported the table without a note (a warning on a right
 * document). Ruled, the grid kept both in the table.
 */
const text = (t: string, x: number, y: number) => printed(t, x, y);
const NOTE = '2024年上海市测试局部门无政府性基金预算财政拨款支出，故本表无数据。';

describe('"无" under the header of an empty unruled table', () => {
  it('is the table’s, and so is the note under it', () => {
    const doc = parsePositioned({
      pages: [
        landscape(1, [
          printed('2024年部门政府性基金预算支出功能分类预算表', 170, 47, { size: 15 }),
          text('编制部门：上海市测试局', 44, 69),
          text('单位：元', 570, 69),
          text('项目', 150, 85),
          text('政府性基金预算支出', 420, 85),
          text('功能分类科目编码', 60, 101),
          text('功能分类科目名称', 215, 108),
          text('合计', 380, 108),
          text('基本支出', 450, 108),
          text('项目支出', 540, 108),
          text('类', 60, 116),
          text('款', 90, 116),
          text('项', 120, 116),
          text('无', 44, 132),
          text(NOTE, 44, 147),
        ]),
      ],
      fonts: [],
    });
    const table = doc.tables.find((t) => t.kind === 'gov_fund_by_function');
    expect(table?.rows).toEqual([]);
    expect(table?.notes).toEqual([NOTE]);
    expect(doc.sections.flatMap((s) => s.paragraphs.map((p) => p.text))).toEqual([]);
  });
});
