import { describe, expect, it } from 'vitest';
import { type BudgetDocument, checkDocument, type Finding, parseText, type Report } from '../src/index.js';
import { SEEDS } from './helpers.js';

/**
 * A value in a code column that is not that row's code — a class code printed "7" where 卫生健康支出 is
 * 210, a block of 款 codes that are row numbers (01, 02, 03) — on real text: seed 001 (tab-separated
 * cells) and seed 000 (plain text, empty cells dropped) with the codes of one table changed. The row is
 * read by its name; one warning names the block, the printed codes and the names' codes; the table
 * stays fully read, so its sums and the prose are checked as on the unchanged seed.
 */

const RULE = 'classification.printed_codes';
const text = (id: string) => SEEDS.find((s) => s.id === id)?.text ?? '';
const read = (id: string, t: string) => parseText(t, { name: `${id}.txt` });
const findings = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);
const status = (r: Report, rule: string) => r.checks.find((c) => c.rule === rule)?.status;
const line = (f: Finding) => `${f.severity} ${f.rule} ${f.message.zh}`;
const keys = (doc: BudgetDocument, kind: string) => doc.tables.find((t) => t.kind === kind)?.rows.map((r) => r.key);

/** The seed with the lines of one table changed: `edit(line)` from the table's title to the next title. */
function inTable(id: string, title: string, edit: (line: string) => string): string {
  const lines = text(id).split('\n');
  const start = lines.findIndex((l) => l.trim() === title);
  expect(start, title).toBeGreaterThanOrEqual(0);
  const end = lines.findIndex((l, i) => i > start && /^\d{4}年部门.*表$/.test(l.trim()));
  const changed = lines.map((l, i) => (i > start && (end < 0 || i < end) ? edit(l) : l));
  expect(changed.join('\n')).not.toBe(text(id));
  return changed.join('\n');
}

/** The seed with lines [from, to) (1-based, as an editor shows them) changed. */
function inLines(id: string, from: number, to: number, edit: (line: string) => string): string {
  const changed = text(id)
    .split('\n')
    .map((l, i) => (i + 1 >= from && i + 1 < to ? edit(l) : l))
    .join('\n');
  expect(changed).not.toBe(text(id));
  return changed;
}
/** Seed 000's 收入预算总表: its first page of rows is printed before its title (lines 110–139). */
const REVENUE_000 = [110, 140] as const;

/**
 * The misprint changes nothing but its one finding: every table is keyed as on the unchanged seed, no
 * table is left partly read, every check ends as it did (a check that compared rows still compares them).
 */
function onlyTheCodes(id: string, changed: string): Finding {
  const base = read(id, text(id));
  const doc = read(id, changed);
  for (const t of base.tables) expect(keys(doc, t.kind), t.kind).toEqual(keys(base, t.kind));
  expect(doc.tables.flatMap((t) => t.problems)).toEqual(base.tables.flatMap((t) => t.problems));
  const before = checkDocument(base);
  const after = checkDocument(doc);
  const [finding, ...more] = findings(after, RULE);
  expect(more).toEqual([]);
  expect(finding?.severity).toBe('warning');
  expect(after.findings.filter((f) => f.rule !== RULE).map(line)).toEqual(before.findings.map(line));
  for (const c of before.checks) {
    const now = after.checks.find((x) => x.rule === c.rule);
    expect(now?.status, c.rule).toBe(c.rule === RULE ? 'fail' : c.status);
  }
  return finding as Finding;
}

const GENERAL_001 = '2023年部门一般公共预算支出功能分类预算表';
/** 210's 款 printed as row numbers, in the 款 rows and the 项 rows under them: 11 → 01, 15 → 02, 99 → 03. */
const rowNumbers = (l: string) =>
  l
    .replace(/^210(\s+)11(?=\s)/, '210$101')
    .replace(/^210(\s+)15(?=\s)/, '210$102')
    .replace(/^210(\s+)99(?=\s)/, '210$103');

describe('a class code printed "7" where the name says 210', () => {
  it('tab-separated text: the row is 210, one warning, nothing else changes', () => {
    const changed = inTable('001', GENERAL_001, (l) => l.replace(/^210\t\t\t卫生健康支出/, '7\t\t\t卫生健康支出'));
    const f = onlyTheCodes('001', changed);
    expect(f.message.zh).toBe(
      '“2023年部门一般公共预算支出功能分类预算表”有1行印出的编码不是其科目名称的编码（已按名称读取）：210类：“7”应为210',
    );
    expect(f.refs).toEqual([expect.objectContaining({ table: 'general_budget_by_function', row: '210' })]);
    expect(f.actual).toEqual({ unit: 'text', text: '7' });
    expect(f.expected).toEqual({ unit: 'text', text: '210' });
  });

  it('plain text with its empty cells dropped: the same', () => {
    const changed = inLines('000', ...REVENUE_000, (l) => l.replace(/^210 卫生健康支出/, '7 卫生健康支出'));
    const f = onlyTheCodes('000', changed);
    expect(f.refs.map((r) => `${r.table}/${r.row}`)).toEqual(['revenue_summary/210']);
    expect(f.message.zh).toContain('210类：“7”应为210');
  });
});

describe('a block of 款 codes that are row numbers', () => {
  it('tab-separated text: the 款 and their 项 read by their names, one warning naming the block', () => {
    const f = onlyTheCodes('001', inTable('001', GENERAL_001, rowNumbers));
    expect(f.message.zh).toBe(
      '“2023年部门一般公共预算支出功能分类预算表”有13行印出的编码不是其科目名称的编码（已按名称读取）：210类：“210 01”应为21011、“210 02”应为21015、“210 03”应为21099（其下10行的编码随之错印）',
    );
    expect(f.refs).toHaveLength(13);
    expect(f.count).toBe(13);
  });

  it('plain text with its empty cells dropped: the same', () => {
    const f = onlyTheCodes('000', inLines('000', ...REVENUE_000, rowNumbers));
    expect(f.message.zh).toContain('210类：“210 01”应为21011、“210 02”应为21015（其下3行的编码随之错印）');
  });
});

/** Seed 001’s economic table (经济分类, 类 and 款): the same reading by names as the functional tables. */
const ECONOMIC_001 = '2023年部门一般公共预算基本支出部门预算经济分类预算表';
/** 301's 款 numbered 01, 02, 03 … down the block: 07 绩效工资 printed 04, …, 99 其他工资福利支出 printed 11. */
const economicRowNumbers = (l: string) => {
  const printed: Record<string, string> = {
    '07': '04',
    '08': '05',
    '09': '06',
    '10': '07',
    '11': '08',
    '12': '09',
    '13': '10',
    '99': '11',
  };
  return l.replace(/^301\t(07|08|09|10|11|12|13|99)(?=\t)/, (_m, code: string) => `301\t${printed[code]}`);
};

describe('economic codes: the same mechanism on the 经济分类 table', () => {
  it('a block of 301 款 numbered down the block: read by their names, one warning', () => {
    const f = onlyTheCodes('001', inTable('001', ECONOMIC_001, economicRowNumbers));
    expect(f.message.zh).toBe(
      `“${ECONOMIC_001}”有8行印出的编码不是其科目名称的编码（已按名称读取）：301类：“301 04”应为30107、“301 05”应为30108、“301 06”应为30109、“301 07”应为30110、“301 08”应为30111、“301 09”应为30112、“301 10”应为30113、“301 11”应为30199`,
    );
    expect(f.count).toBe(8);
  });

  it('a class printed "2" where 商品和服务支出 is 302', () => {
    const f = onlyTheCodes(
      '001',
      inTable('001', ECONOMIC_001, (l) => l.replace(/^302\t\t商品和服务支出/, '2\t\t商品和服务支出')),
    );
    expect(f.message.zh).toBe(
      `“${ECONOMIC_001}”有1行印出的编码不是其科目名称的编码（已按名称读取）：302类：“2”应为302`,
    );
    expect(f.refs.map((r) => r.row)).toEqual(['302']);
  });
});

describe('the table stays fully read', () => {
  const misprinted = inTable('001', GENERAL_001, (l) => l.replace(/^210\t\t\t卫生健康支出/, '7\t\t\t卫生健康支出'));

  it('a prose claim about it is still checked: a wrong subject amount is found as on the unchanged seed', () => {
    const claim = ['“卫生健康支出”科目24,614万元', '“卫生健康支出”科目24,641万元'] as const;
    expect(status(checkDocument(read('001', misprinted)), 'prose.subjects')).toBe('pass');
    const plantedAlone = checkDocument(read('001', text('001').replace(...claim)));
    const planted = checkDocument(read('001', misprinted.replace(...claim)));
    expect(findings(plantedAlone, 'prose.subjects').map(line)).toHaveLength(1);
    expect(findings(planted, 'prose.subjects').map(line)).toEqual(findings(plantedAlone, 'prose.subjects').map(line));
    expect(findings(planted, RULE)).toHaveLength(1);
  });

  it('a mistake in the misprinted row’s own amounts is found as on the unchanged seed', () => {
    const amount = ['卫生健康支出\t246,135,154\t91,187,942', '卫生健康支出\t246,135,164\t91,187,942'] as const;
    expect(text('001').split(amount[0])).toHaveLength(2);
    const plantedAlone = checkDocument(read('001', text('001').replace(...amount)));
    const planted = checkDocument(read('001', misprinted.replace(...amount)));
    const errors = (r: Report) => r.findings.filter((f) => f.severity === 'error').map(line);
    expect(errors(plantedAlone).some((l) => l.includes('in_table.hierarchy'))).toBe(true);
    expect(errors(planted)).toEqual(errors(plantedAlone));
    expect(findings(planted, RULE)).toHaveLength(1);
  });
});

describe('no finding of this kind', () => {
  it('where codes and names agree (the unchanged seeds)', () => {
    for (const id of ['000', '001', '002', '003', '004']) {
      const r = checkDocument(read(id, text(id)));
      expect(findings(r, RULE), id).toEqual([]);
      expect(status(r, RULE), id).toBe('pass');
    }
  });

  it('for a row whose name the dictionary does not know, whatever its code', () => {
    const changed = inTable('001', GENERAL_001, (l) =>
      l
        .replace(/^210\t99\t\t其他卫生健康支出/, '210\t03\t\t某某试点支出')
        .replace(/^210\t99\t99\t其他卫生健康支出/, '210\t03\t07\t某某试点项目'),
    );
    const doc = read('001', changed);
    expect(keys(doc, 'general_budget_by_function')).toContain('21003');
    expect(keys(doc, 'general_budget_by_function')).toContain('2100307');
    expect(findings(checkDocument(doc), RULE)).toEqual([]);
  });

  it('for a one-digit code beside a name the dictionary does not know: the row is said unread, not guessed', () => {
    const changed = inTable('001', GENERAL_001, (l) => l.replace(/^210\t\t\t卫生健康支出/, '7\t\t\t某某支出'));
    const doc = read('001', changed);
    const table = doc.tables.find((t) => t.kind === 'general_budget_by_function');
    expect(table?.rows.map((r) => r.key)).not.toContain('7');
    expect(table?.problems.map((p) => p.code)).toEqual(['unplaced_code']);
    expect(findings(checkDocument(doc), RULE)).toEqual([]);
  });

  it('for a code printed with another row’s name (the name may be the wrong one): the code-names rule says so', () => {
    const changed = text('001').replace('210\t11\t02\t事业单位医疗\t1,550,127', '210\t11\t02\t行政单位医疗\t1,550,127');
    const r = checkDocument(read('001', changed));
    expect(findings(r, RULE)).toEqual([]);
    expect(findings(r, 'classification.code_names')).toHaveLength(1);
  });
});
