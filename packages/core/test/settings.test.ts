import { describe, expect, it } from 'vitest';
import { PDF_SETTINGS, type PositionedPage, parsePositioned, pdfSettings, ReadingTrace } from '../src/index.js';
import { afterTable, landscape, printed, SUMMARY_TABLE } from './printed.js';

/**
 * The PDF reader's settings are passed in (issue 17 item 6): `parsePositioned(doc, { settings })`
 * overrides any tolerance of `PDF_SETTINGS` for one call, the others keeping their defaults, and the
 * override reaches the stage that reads with it.
 */
/** A heading in 14 pt type (the table's lines are 10 pt: 1.4 times), then a line with an amount and prose. */
const PAGE: PositionedPage = landscape(1, [
  ...SUMMARY_TABLE,
  printed('三、其他说明', 58, 140, { size: 14 }),
  ...afterTable(165),
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
