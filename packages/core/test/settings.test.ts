import { describe, expect, it } from 'vitest';
import {
  PDF_SETTINGS,
  type PositionedItem,
  type PositionedPage,
  parsePositioned,
  pdfSettings,
  ReadingTrace,
} from '../src/index.js';
import { landscape, printed, rightAligned, type Style } from './printed.js';

/**
 * The PDF reader's settings are passed in (issue 17 item 6): `parsePositioned(doc, { settings })`
 * overrides any tolerance of `PDF_SETTINGS` for one call, the others keeping their defaults, and the
 * override reaches the stage that reads with it.
 */
const text = (t: string, x: number, y: number, style: Style = {}) => printed(t, x, y, style);
const amount = (t: string, x1: number, y: number) => rightAligned(t, x1, y);

const TABLE: PositionedItem[] = [
  text('2025年部门支出预算总表', 200, 20, { size: 16, bold: true }),
  text('单位：元', 500, 45),
  text('科目编码', 45, 65),
  text('科目名称', 105, 65),
  text('合计', 327, 65),
  text('基本支出', 407, 65),
  text('项目支出', 507, 65),
  text('201', 45, 85),
  text('一般公共服务支出', 105, 85),
  amount('3,000.00', 347, 85),
  amount('1,000.00', 447, 85),
  amount('2,000.00', 547, 85),
  text('合计', 105, 105),
  amount('3,000.00', 347, 105),
  amount('1,000.00', 447, 105),
  amount('2,000.00', 547, 105),
];
/** A heading in 14 pt type (the table's lines are 10 pt: 1.4 times), then a line with an amount and prose. */
const PAGE: PositionedPage = landscape(1, [
  ...TABLE,
  text('三、其他说明', 58, 140, { size: 14 }),
  text('一般公共服务支出', 58, 165),
  amount('500.00', 400, 165),
  text('主要用于机关日常运转，比上年增加10万元。', 58, 185),
]);

function read(settings?: Parameters<typeof pdfSettings>[0]) {
  const trace = new ReadingTrace();
  const doc = parsePositioned({ pages: [PAGE], fonts: [] }, { trace, ...(settings ? { settings } : {}) });
  const table = doc.tables.find((t) => t.kind === 'expenditure_summary');
  const heading = trace.lines.find((l) => l.text.includes('其他说明'));
  return { doc, table, heading, prose: JSON.stringify(doc.sections) };
}

describe('PDF settings passed per call', () => {
  it('by default, a line in type 1.4 times the table’s is a heading that ends the table', () => {
    const { table, heading, prose } = read();
    expect(table?.problems).toEqual([]);
    expect(table?.rows.map((r) => r.key)).toEqual(['201', 'total']);
    expect(heading?.role).toBe('heading');
    expect(prose).toContain('三、其他说明');
  });

  it('tables.headingSize 1.5 (an override) takes it for no heading: the table reads on over it', () => {
    const { table, heading, prose } = read({ tables: { headingSize: 1.5 } });
    expect(heading?.role).toBe('table');
    expect(prose).not.toContain('三、其他说明');
    expect(table?.problems.length).toBeGreaterThan(0);
  });

  it('an override naming the defaults reads exactly as no override', () => {
    const plain = read().doc;
    const same = read({ tables: { headingSize: PDF_SETTINGS.tables.headingSize }, lines: {} }).doc;
    expect(same).toEqual(plain);
  });
});

describe('pdfSettings', () => {
  it('merges an override into the defaults group by group', () => {
    const merged = pdfSettings({ lines: { cellGapEm: 0.8 } });
    expect(merged.lines.cellGapEm).toBe(0.8);
    expect(merged.lines.spaceGapEm).toBe(PDF_SETTINGS.lines.spaceGapEm);
    expect(merged.tables).toEqual(PDF_SETTINGS.tables);
    expect(PDF_SETTINGS.lines.cellGapEm).toBe(0.5);
    expect(pdfSettings()).toBe(PDF_SETTINGS);
  });

  it('refuses an unknown group or name and a value that is no finite number ≥ 0', () => {
    expect(() => pdfSettings({ lines: { cellGap: 1 } } as never)).toThrow(/unknown PDF setting "lines.cellGap"/);
    expect(() => pdfSettings({ table: {} } as never)).toThrow(/unknown PDF settings group "table"/);
    expect(() => pdfSettings({ tables: { headingSize: -1 } })).toThrow(RangeError);
    expect(() => pdfSettings({ tables: { headingSize: Number.NaN } })).toThrow(RangeError);
  });
});
