import { describe, expect, it } from 'vitest';
import { BudgetDocument, checkDocument, formatAmount, parseText, SHANGHAI_BUDGET } from '../src/index.js';
import { amountTokens, goldenTables, SEEDS } from './helpers.js';

/** The nine budget tables (TABLE_KINDS also lists the final accounts' tables). */
const BUDGET_KINDS = SHANGHAI_BUDGET.tables.map((t) => t.kind);
const FORMATS: Record<string, string> = { '000': 'plain', '001': 'tsv', '002': 'tsv', '003': 'tsv', '004': 'markdown' };

describe.each(SEEDS)('seed $file', ({ id, file, text }) => {
  const doc = parseText(text, { name: file });

  it('is a valid BudgetDocument read in the expected style', () => {
    expect(() => BudgetDocument.parse(doc)).not.toThrow();
    expect(doc.source.format).toBe(FORMATS[id]);
    expect(doc.diagnostics.filter((d) => d.severity !== 'info')).toEqual([]);
  });

  it('has all nine tables, each once, with its unit', () => {
    expect(doc.tables.map((t) => t.kind)).toEqual(BUDGET_KINDS);
    for (const t of doc.tables) {
      expect(t.problems).toEqual([]);
      expect(t.unit).toBe(t.kind === 'three_public' ? '万元' : '元');
    }
  });

  it('reads every printed amount of every table line, exactly and once', () => {
    // Independent of the parser: the amounts printed on a source line are the values of the rows read from it.
    const lines = text.split('\n');
    const byLine = new Map<number, string[]>();
    for (const t of doc.tables) {
      for (const r of t.rows) {
        for (const [column, value] of Object.entries(r.values)) {
          if (value === null) continue;
          const line = r.cells?.[column]?.line ?? r.source.line;
          expect(line, `${t.kind} ${r.key} ${column}`).toBeDefined();
          const list = byLine.get(line as number) ?? [];
          list.push(formatAmount(value, t.unit));
          byLine.set(line as number, list);
        }
      }
    }
    for (const [lineNo, values] of byLine) {
      const printed = amountTokens(lines[lineNo - 1] ?? '').map((t) => t.replace(/\.00$/, ''));
      const read = values.map((v) => v.replace(/\.00$/, ''));
      expect(read.sort(), `line ${lineNo}: ${lines[lineNo - 1]}`).toEqual(printed.sort());
    }
  });

  it('satisfies every in-table identity (the seeds are internally consistent)', () => {
    const report = checkDocument(doc);
    for (const rule of [
      'in_table.hierarchy',
      'in_table.grand_total',
      'in_table.composition',
      'in_table.summary_lines',
    ]) {
      const check = report.checks.find((c) => c.rule === rule);
      expect(check?.comparisons, rule).toBeGreaterThan(0);
      const findings = report.findings.filter((f) => f.rule === rule);
      if (id === '002' && rule === 'in_table.summary_lines') {
        // 002 prints 财政拨款收支预算总表's 收入总计 and 支出总计 blank: the one real in-table mistake of the
        // seeds, one finding for the blank row (three cells).
        expect(findings.map((f) => [f.refs[0]?.row, f.count])).toEqual([['income_total', 3]]);
      } else expect(findings, rule).toEqual([]);
    }
  });

  it('matches the reviewed golden tables', async () => {
    await expect(`${JSON.stringify(goldenTables(doc), null, 1)}\n`).toMatchFileSnapshot(`golden/${id}.tables.json`);
  });
});

describe('document facts', () => {
  const docs = Object.fromEntries(SEEDS.map((s) => [s.id, parseText(s.text, { name: s.file })]));

  it('reads year, department, scope and region', () => {
    expect(docs['000']?.meta).toMatchObject({
      year: 2025,
      department: '上海市医疗保障局',
      scope: 'department',
      stage: 'budget',
    });
    expect(docs['001']?.meta).toMatchObject({ year: 2023, department: '上海市医疗保障局', region: '上海市' });
    expect(docs['002']?.meta).toMatchObject({
      year: 2024,
      department: '上海市杨浦区医疗保障局',
      region: '上海市杨浦区',
    });
    expect(docs['003']?.meta).toMatchObject({
      year: 2026,
      department: '上海市松江区医疗保障局',
      departmentCode: '157',
    });
    expect(docs['004']?.meta).toMatchObject({ year: 2025, region: '闵行区' });
  });

  it('lists the contents and links the nine tables in them', () => {
    for (const id of ['001', '002', '003', '004']) {
      const tables = docs[id]?.contents.filter((c) => c.table).map((c) => c.table);
      expect(tables, id).toEqual(BUDGET_KINDS);
    }
  });

  it('keeps the notes of empty tables', () => {
    const note = docs['002']?.tables.find((t) => t.kind === 'gov_fund_by_function')?.notes;
    expect(note).toEqual(['2024年上海市杨浦区医疗保障局部门无政府性基金预算财政拨款支出，故本表无数据。']);
    expect(docs['001']?.tables.find((t) => t.kind === 'gov_fund_by_function')?.notes).toEqual([]);
  });

  it('recovers names a page lost from another table of the same document', () => {
    const row = docs['001']?.tables
      .find((t) => t.kind === 'expenditure_summary')
      ?.rows.find((r) => r.key === '2101501');
    expect(row).toMatchObject({ label: '行政运行', labelSource: 'recovered' });
    const printed = docs['001']?.tables
      .find((t) => t.kind === 'expenditure_summary')
      ?.rows.find((r) => r.key === '2101502');
    expect(printed).toMatchObject({ label: '一般行政管理事务', labelSource: 'printed' });
  });

  it('says which plain-text values were placed by a decision rather than read', () => {
    const exp = docs['000']?.tables.find((t) => t.kind === 'expenditure_summary');
    const decided = exp?.rows.find((r) => r.key === '2101502');
    expect(decided?.values).toEqual({ total: 693725000, basic: null, project: 693725000 });
    expect(decided?.inferred).toMatchObject({ ambiguous: false, uncertain: [] });
    // A row printing every column is a reading, not a decision.
    expect(exp?.rows.find((r) => r.key === '21015')?.inferred).toBeUndefined();
  });

  it('reflows prose wrapped by the page width into whole sentences', () => {
    const explanation = docs['000']?.sections.find((s) => s.kind === 'explanation');
    const first = explanation?.paragraphs[0]?.text ?? '';
    expect(first).toContain('事业收入0万元；事业单位经营收入0万元');
    expect(first.startsWith('2025年，上海市医疗保障局收入预算25,759万元')).toBe(true);
  });
});
