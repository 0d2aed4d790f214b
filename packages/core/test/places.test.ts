import { describe, expect, it } from 'vitest';
import { checkDocument, describeRefs, parseText, templateOf } from '../src/index.js';
import { SEEDS } from './helpers.js';

/** A key or id as code spells it (general_budget, income_total, fiscal_grant): never text for a reader. */
const INTERNAL_ID = /\b[a-z]+(?:_[a-z]+)+\b/;

describe('where a finding points, in words', () => {
  const seed = SEEDS.find((s) => s.id === '000');
  if (!seed) throw new Error('seed 000 is missing');

  // Every named line of the two summary tables removed in turn: the rules then point at a row the
  // table does not print, whose reference carries no printed label (the reader saw `general_budget`).
  const lines = parseText(seed.text, { name: seed.file })
    .tables.filter((t) => t.kind === 'finance_summary' || t.kind === 'fiscal_summary')
    .flatMap((t) => t.rows.filter((r) => !/^\d+$/.test(r.key)).map((r) => ({ table: t.kind, key: r.key })));

  it('covers the named lines of both summary tables', () => {
    expect(lines.map((l) => l.key)).toEqual(
      expect.arrayContaining(['fiscal_grant', 'general_budget', 'income_total', 'expenditure_total']),
    );
  });

  it('names each such row the way the template names it, in both languages', () => {
    const pointedAt = new Set<string>();
    const unread = new Set<string>();
    for (const { table, key } of lines) {
      const doc = parseText(seed.text, { name: seed.file });
      const t = doc.tables.find((x) => x.kind === table);
      if (!t) throw new Error(`no ${table}`);
      t.rows = t.rows.filter((r) => r.key !== key);
      const report = checkDocument(doc);
      const template = templateOf(report.document);
      for (const finding of report.findings) {
        if (finding.refs.some((r) => r.table === table && r.row === key)) pointedAt.add(key);
        for (const lang of ['zh', 'en'] as const)
          for (const place of describeRefs(finding.refs, template, lang, report.document))
            expect(place, `${table} without ${key}`).not.toMatch(INTERNAL_ID);
      }
      for (const check of report.checks) {
        if (check.status !== 'insufficient_data' || !check.reason) continue;
        for (const lang of ['zh', 'en'] as const)
          expect(check.reason[lang], `${table} without ${key}`).not.toMatch(INTERNAL_ID);
        if (check.reason.zh.includes('未能读取')) unread.add(key);
      }
    }
    // The rows whose absence the rules report (a missing line of zero amount goes unremarked).
    expect([...pointedAt]).toEqual(expect.arrayContaining(['general_budget']));
    // A total a table prints rows without was not read (isTotalRow): what needs it could not be checked.
    expect([...unread]).toEqual(expect.arrayContaining(['fiscal_grant', 'income_total']));
  });

  it('says 一般公共预算资金 for a general_budget line no table prints', () => {
    const doc = parseText(seed.text, { name: seed.file });
    const fiscal = doc.tables.find((x) => x.kind === 'fiscal_summary');
    if (!fiscal) throw new Error('no fiscal_summary');
    fiscal.rows = fiscal.rows.filter((r) => r.key !== 'general_budget');
    const report = checkDocument(doc);
    const template = templateOf(report.document);
    const places = report.findings.flatMap((f) =>
      describeRefs(
        f.refs.filter((r) => r.table === 'fiscal_summary' && r.row === 'general_budget'),
        template,
        'zh',
      ),
    );
    expect(places.length).toBeGreaterThan(0);
    for (const place of places) expect(place).toMatch(/^财政拨款收支预算总表 · 一般公共预算资金 · /);
  });
});
