import { describe, expect, it } from 'vitest';
import { type BudgetDocument, checkDocument, type Report } from '../src/index.js';
import { tableUnits } from '../src/reconcile/table-units.js';
import { templateOf } from '../src/templates/index.js';
import { mutate, parseSeed, setCell } from './helpers.js';

/**
 * A table labelled in the other unit (单位：万元 over amounts in 元, a label copied from the template) is
 * one mistake: reconcile/table-units.ts decides each table's unit once, from the comparisons that do not
 * depend on the label (the text's amounts, the identities between tables), and every rule reads the
 * table in its amounts' unit; document.units reports the label once.
 */

const seed = parseSeed('001');

/** What the reader makes of a table whose amounts are printed in one unit and labelled in the other. */
function labelled(doc: BudgetDocument, kind: string, unit: '元' | '万元'): BudgetDocument {
  return mutate(doc, (d) => {
    const table = d.tables.find((t) => t.kind === kind);
    if (!table) throw new Error(`no ${kind}`);
    const factor = unit === '万元' ? 10_000 : 1 / 10_000;
    expect(table.unit).not.toBe(unit);
    table.unit = unit;
    delete table.printsFen;
    for (const row of table.rows)
      for (const [column, value] of Object.entries(row.values)) if (value !== null) row.values[column] = value * factor;
  });
}

const serious = (r: Report) => r.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule}: ${f.message.zh}`);
const doubts = (doc: BudgetDocument) =>
  tableUnits(doc, doc.claims, templateOf(doc)).doubts.map((d) => ({
    table: d.table,
    declared: d.declared,
    read: d.read,
    against: [...new Set(d.evidence.map((e) => (e.against === 'text' ? 'text' : 'tables')))],
  }));

describe('a table labelled in the other unit: one finding, every check reads it in its amounts’ unit', () => {
  const clean = checkDocument(seed);

  it('the seed as printed: no table in doubt', () => {
    expect(doubts(seed)).toEqual([]);
  });

  it('元 amounts under 单位：万元: the table read in 元, one document.units error, nothing else', () => {
    const doc = labelled(seed, 'general_budget_by_function', '万元');
    expect(doubts(doc)).toEqual([
      { table: 'general_budget_by_function', declared: '万元', read: '元', against: ['tables', 'text'] },
    ]);
    const r = checkDocument(doc);
    const units = r.findings.filter((f) => f.rule === 'document.units' && f.severity !== 'info');
    expect(units.map((f) => [f.severity, f.refs[0]?.table])).toEqual([['error', 'general_budget_by_function']]);
    expect(units[0]?.message.zh).toMatch(/标注单位：万元，但数额与文字说明和其他表格相差约一万倍，疑为以元为单位/);
    // Every other comparison reads the table in 元: the findings above info are the seed's own.
    expect(serious(r).filter((f) => !f.startsWith('document.units'))).toEqual(serious(clean));
    // The report keeps the table as it was read (labelled 万元).
    expect(r.tables.find((t) => t.kind === 'general_budget_by_function')?.unit).toBe('万元');
  });

  it('万元 amounts under 单位：元 (the 三公 table): read in 万元, one error', () => {
    const doc = labelled(seed, 'three_public', '元');
    expect(doubts(doc)).toEqual([{ table: 'three_public', declared: '元', read: '万元', against: ['text'] }]);
    const r = checkDocument(doc);
    expect(serious(r).filter((f) => f.startsWith('document.units'))).toHaveLength(1);
    expect(serious(r).filter((f) => !f.startsWith('document.units'))).toEqual(serious(clean));
  });

  it('the template’s 单位：万元 left on every table printed in 元: one error naming them all, the text decides', () => {
    const yuan = seed.tables.filter((t) => t.unit === '元' && t.rows.length > 0).map((t) => t.kind);
    const doc = yuan.reduce((d, kind) => labelled(d, kind, '万元'), seed);
    expect(doubts(doc).map((d) => d.table)).toEqual(yuan);
    const r = checkDocument(doc);
    const units = r.findings.filter((f) => f.rule === 'document.units' && f.severity !== 'info');
    expect(units.map((f) => f.severity)).toEqual(['error']);
    expect(serious(r).filter((f) => !f.startsWith('document.units'))).toEqual(serious(clean));
  });

  it('one cell 10,000× too large is that cell’s mistake, not its table’s unit', () => {
    const doc = mutate(seed, (d) => setCell(d, 'finance_summary', 'income_total', 'amount', (v) => v * 10_000));
    expect(doubts(doc)).toEqual([]);
    const r = checkDocument(doc);
    expect(r.findings.filter((f) => f.rule === 'document.units' && f.severity === 'error')).toEqual([]);
  });

  it('a mistake of its own in the mislabelled table is still found, at its amount in the right unit', () => {
    const doc = labelled(
      mutate(seed, (d) => setCell(d, 'general_budget_by_function', '2101502', 'total', (v) => v + 10_000)),
      'general_budget_by_function',
      '万元',
    );
    const r = checkDocument(doc);
    const wrong = r.findings.filter((f) => f.rule !== 'document.units' && f.severity === 'error');
    expect(wrong.length).toBeGreaterThan(0);
    // Shown in 元 as printed (100 元 more), never as a 10,000× difference.
    expect(wrong.map((f) => f.message.zh).join('\n')).not.toMatch(/一万倍/);
    expect(wrong.some((f) => f.refs.some((x) => x.table === 'general_budget_by_function' && x.row === '2101502'))).toBe(
      true,
    );
  });
});
