import { describe, expect, it } from 'vitest';
import { checkDocument, type Report } from '../src/index.js';
import { mutate, parseSeed } from './helpers.js';

/**
 * A table read without its total (合计 taken for header text, a total row misread) while its other rows
 * were read. A missing code is a blank, as tables leave out their empty codes; a table never leaves out
 * its total, so a total it lacks was not read — it is no amount of 0. blind-10 (seed 2): the economic
 * table's 合计 unread, cross_table.identities said "基本支出合计 = 经济分类表合计：128,529,401 ≠ 0", an
 * error on a right document. The comparison cannot be made: insufficient_data, naming the total.
 */
const doc = parseSeed('001');
const without = (kind: string, key: string) =>
  mutate(doc, (d) => {
    const table = d.tables.find((t) => t.kind === kind);
    if (table) table.rows = table.rows.filter((r) => r.key !== key);
  });
const check = (report: Report, rule: string) => report.checks.find((c) => c.rule === rule);
const errors = (report: Report) => report.findings.filter((f) => f.severity === 'error');

describe('a total its table was read without', () => {
  it('is not compared as 0: the identities that need it could not be made', () => {
    expect(errors(checkDocument(doc))).toEqual([]);
    const r = checkDocument(without('basic_by_economic', 'total'));
    expect(errors(r).map((f) => f.formula?.zh)).toEqual([]);
    const identities = check(r, 'cross_table.identities');
    expect(identities?.status).toBe('insufficient_data');
    expect(identities?.reason?.zh).toMatch(/未能读取\S*基本支出经济分类预算表合计行/);
    expect(identities?.reason?.en).toContain('the total row of');
  });

  it('is not left out of a sum over several tables (their fiscal totals)', () => {
    const r = checkDocument(without('general_budget_by_function', 'total'));
    expect(errors(r).map((f) => f.formula?.zh)).toEqual([]);
    expect(check(r, 'cross_table.identities')?.status).toBe('insufficient_data');
  });
});
