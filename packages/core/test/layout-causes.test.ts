import { describe, expect, it } from 'vitest';
import {
  checkDocument,
  normalizeRulings,
  type PositionedItem,
  type PositionedPage,
  parsePositioned,
  problemText,
  type Ruling,
} from '../src/index.js';
import { landscape, placed } from './printed.js';

/**
 * The layouts that made the reader misread real documents, placed by hand: borders drawn one short
 * segment per cell with rows spaced apart, names wrapped over lines without borders, values fused
 * beyond repair. Each must be read exactly, or — where nothing can be read with confidence — be
 * reported as unread and never turned into findings about the document.
 */
const { text, amount } = placed(12);

/** Every border of a grid drawn once per cell, as WPS exports do: one short segment per cell side. */
function perCellBorders(xs: number[], ys: number[]): Ruling[] {
  const out: Ruling[] = [];
  for (let r = 0; r + 1 < ys.length; r++)
    for (let c = 0; c + 1 < xs.length; c++) {
      const [x0, x1, y0, y1] = [xs[c] as number, xs[c + 1] as number, ys[r] as number, ys[r + 1] as number];
      // Each cell draws its own four sides, a little off where the neighbour drew the same side.
      out.push(
        { axis: 'h', at: y0 + 0.2, from: x0, to: x1 },
        { axis: 'h', at: y1 - 0.2, from: x0, to: x1 },
        { axis: 'v', at: x0 + 0.2, from: y0, to: y1 },
        { axis: 'v', at: x1 - 0.2, from: y0, to: y1 },
      );
    }
  return out;
}

const page = (n: number, items: PositionedItem[], rulings: Ruling[]) => landscape(n, items, { rulings });

/** 财务收支预算总表 as czj-2025-dept prints it: rows 25 pt apart for 12 pt type, borders per cell. */
function financeSummary(options: { fuse?: boolean } = {}): PositionedPage {
  const xs = [58, 272, 414, 640, 782];
  const rowY = (i: number) => 180 + 25 * i;
  const ys = [130, 155, ...Array.from({ length: 9 }, (_, i) => rowY(i)), rowY(9)];
  const line = (i: number, income: string, incomeAmount: string, spend: string, spendAmount: string) => [
    ...(income ? [text(income, 61, rowY(i) + 6)] : []),
    ...(incomeAmount ? [amount(incomeAmount, 412, rowY(i) + 6)] : []),
    ...(spend ? [text(spend, 416, rowY(i) + 6)] : []),
    ...(spendAmount ? [amount(spendAmount, 779, rowY(i) + 6)] : []),
  ];
  const items = [
    text('2025年部门财务收支预算总表', 300, 80, 240),
    text('编制部门：上海市测试局', 61, 106),
    text('单位：元', 731, 106),
    text('本年收入', 213, 137),
    text('本年支出', 574, 137),
    text('项目', 153, 161),
    text('预算数', 324, 161),
    text('项目', 514, 161),
    text('预算数', 692, 161),
    ...line(0, '一、财政拨款收入', '31,214,205.80', '一、一般公共服务支出', '22,186,440.80'),
    ...(options.fuse
      ? [text('1. 一般公共预算资金', 61, rowY(1) + 6), text('31,214,205.8031,214,205.80', 250, rowY(1) + 6, 160)]
      : line(1, '1. 一般公共预算资金', '31,214,205.80', '二、社会保障和就业支出', '9,027,765.00')),
    ...line(2, '2. 政府性基金', '', '', ''),
    ...line(3, '3. 国有资本经营预算', '', '', ''),
    ...line(4, '二、事业收入', '', '', ''),
    ...line(5, '三、事业单位经营收入', '', '', ''),
    ...line(6, '四、其他收入', '', '', ''),
    ...line(8, '', '', '', ''),
    text('收入总计', 141, rowY(8) + 6),
    amount('31,214,205.80', 412, rowY(8) + 6),
    text('支出总计', 503, rowY(8) + 6),
    amount('31,214,205.80', 779, rowY(8) + 6),
  ];
  return page(1, items, perCellBorders(xs, ys));
}

describe('borders drawn one segment per cell', () => {
  it('joins collinear segments and snaps the sides two cells draw into one border', () => {
    const joined = normalizeRulings(perCellBorders([0, 100, 200], [0, 20, 40]));
    expect(joined.filter((r) => r.axis === 'h').map((r) => [Math.round(r.at), r.from, r.to])).toEqual([
      [0, 0, 200],
      [20, 0, 200],
      [40, 0, 200],
    ]);
    expect(joined.filter((r) => r.axis === 'v')).toHaveLength(3);
  });

  it('reads a summary table whose rows are spaced apart, one row per band', () => {
    const doc = parsePositioned({ pages: [financeSummary()], fonts: [] });
    const table = doc.tables[0];
    expect(table?.problems).toEqual([]);
    expect(table?.rows.map((r) => `${r.key} ${r.values.amount ?? '—'}`)).toEqual([
      'fiscal_grant 3121420580',
      '201 2218644080',
      'general_budget 3121420580',
      '208 902776500',
      'gov_fund —',
      'state_capital —',
      'business —',
      'operating —',
      'other —',
      'income_total 3121420580',
      'expenditure_total 3121420580',
    ]);
    expect(checkDocument(doc).findings.filter((f) => f.rule.startsWith('in_table'))).toEqual([]);
  });
});

describe('what cannot be read is reported, never checked', () => {
  const doc = parsePositioned({ pages: [financeSummary({ fuse: true })], fonts: [] });
  const report = checkDocument(doc);

  it('marks the table as partly read, naming the digits that make no amount', () => {
    expect(doc.tables[0]?.problems.map((p) => problemText(p).zh).join('\n')).toContain('31,214,205.8031,214,205.80');
  });

  it('reports no finding resting on the partly read table, and says why the checks could not run', () => {
    expect(report.findings.filter((f) => f.refs.some((r) => r.table === 'finance_summary'))).toEqual([]);
    const summary = report.checks.find((c) => c.rule === 'in_table.summary_lines');
    expect(summary?.status).toBe('insufficient_data');
    expect(summary?.reason?.zh).toContain('未能完整读取');
    expect(report.checks.filter((c) => c.status === 'insufficient_data').length).toBeGreaterThan(0);
  });

  it('never prints text that was not read as a label or an amount in a formula', () => {
    for (const f of report.findings) expect(`${f.formula?.zh ?? ''}${f.message.zh}`).not.toMatch(/\d\.\d{2}\d/);
  });
});

describe('names wrapped without borders', () => {
  const header = [
    text('2025年部门支出预算总表', 200, 20, 200),
    text('单位：元', 500, 40),
    text('科目编码', 40, 60),
    text('科目名称', 120, 60),
    text('合计', 300, 60),
    text('基本支出', 380, 60),
    text('项目支出', 480, 60),
  ];
  const rows = (codeLine: 'first' | 'last') => {
    // 201 一般公共服务支出 wraps over two lines in a narrow name column; its code and amounts sit on
    // the first line (top-aligned) or the last (bottom-aligned).
    const a = codeLine === 'first' ? 90 : 103;
    return [
      text('201', 40, a, 30),
      text('一般公共服', 120, 90),
      text('务支出', 120, 103),
      amount('1,000.00', 350, a),
      amount('1,000.00', 450, a),
      text('20101', 40, 122 + (codeLine === 'first' ? 0 : 13), 50),
      text('人大事务行', 120, 122),
      text('政运行', 120, 135),
      amount('1,000.00', 350, 122 + (codeLine === 'first' ? 0 : 13)),
      amount('1,000.00', 450, 122 + (codeLine === 'first' ? 0 : 13)),
      text('合计', 120, 160),
      amount('1,000.00', 350, 160),
      amount('1,000.00', 450, 160),
    ];
  };
  for (const codeLine of ['first', 'last'] as const) {
    it(`joins each name's lines to its own row (code on the ${codeLine} line)`, () => {
      const doc = parsePositioned({ pages: [page(1, [...header, ...rows(codeLine)], [])], fonts: [] });
      const table = doc.tables[0];
      expect(table?.problems).toEqual([]);
      expect(table?.rows.map((r) => `${r.key} ${r.label}`)).toEqual([
        '201 一般公共服务支出',
        '20101 人大事务行政运行',
        'total 合计',
      ]);
    });
  }
});

describe('a blank table going on over a page, its names wrapped', () => {
  // final-template-2024 pp8–9: the 财政拨款收入支出决算总表 printed without amounts (a template, or a
  // department with nothing to show); on the second page the expenditure names wrap ("二十二、灾害防治及
  // 应急管理支" / "出") and the totals, the balances and the note follow.
  const left = (t: string, y: number) => text(t, 40, y);
  const right = (t: string, y: number) => text(t, 300, y);
  const first = page(
    1,
    [
      text('上海市XX局2024年度部门决算', 200, 10, 240),
      text('财政拨款收入支出决算总表', 250, 30, 288),
      text('单位：万元', 700, 50, 60),
      left('项目', 70),
      text('决算数', 200, 70, 36),
      right('项目', 70),
      text('合计', 520, 70, 24),
      text('一般公共预算财政拨款', 580, 70, 60),
      text('政府性基金预算财政拨款', 660, 70, 60),
      text('国有资本经营预算财政拨款', 740, 70, 60),
      left('一、一般公共预算财政拨款', 100),
      right('一、一般公共服务支出', 100),
      left('二、政府性基金预算财政拨款', 125),
      right('二、外交支出', 125),
      right('二十一、国有资本经营预算支出', 150),
    ],
    [],
  );
  const second = page(
    2,
    [
      right('二十二、灾害防治及应急管理支', 40),
      right('出', 53),
      right('二十三、其他支出', 70),
      left('本年收入合计', 95),
      right('本年支出合计', 95),
      left('年初财政拨款结转和结余', 120),
      right('年末财政拨款结转和结余', 120),
      left('一、一般公共预算财政拨款', 145),
      left('总计', 170),
      right('总计', 170),
      text('注：本表反映部门本年度财政拨款总收支和结转结余情况。', 40, 195, 560),
    ],
    [],
  );
  const doc = parsePositioned({ pages: [first, second], fonts: [] });
  const table = doc.tables.find((t) => t.kind === 'final_fiscal_summary');

  it('keeps the wrapped names, the totals and the note in the table', () => {
    expect(table?.notes).toEqual(['注：本表反映部门本年度财政拨款总收支和结转结余情况。']);
    expect(table?.rows.some((r) => r.label.includes('灾害防治及应急管理支出'))).toBe(true);
    expect(table?.rows.filter((r) => r.label === '总计')).toHaveLength(2);
    // Nothing of the table is left in the prose.
    expect(JSON.stringify(doc.sections)).not.toContain('本年支出合计');
  });
});

describe('a cell drawn on both sides of a page break', () => {
  // swj-2025-dept pp3–4: the spreadsheet draws a paragraph that runs over the page break at the foot of
  // p3 and again above the top of p4, each copy clipped to its page; the reader sees both copies.
  const para = [
    '8、组织协调本区工商业、煤炭、电力、石油日常运行的监控，协调、安排季节性能源调度；',
    '负责本区工商业节能降耗和资源综合利用。',
    '9、组织协调本区商品交易市场规划，承担本区重要消费品市场调控。',
  ];
  const lines = (ys: number[], texts: string[]) => texts.map((t, i) => text(t, 58, ys[i] as number, t.length * 12));
  const first = page(1, [text('一、部门主要职能', 58, 300, 96), ...lines([400, 415, 430], para)], []);
  const second = page(
    2,
    [...lines([-5, 10, 25], para), text('10、提供有关境外投资的法律法规、政策等方面的咨询服务。', 58, 97, 400)],
    [],
  );
  const count = (doc: ReturnType<typeof parsePositioned>, needle: string) =>
    JSON.stringify(doc.sections).split(needle).length - 1;

  it('reads the copy once', () => {
    const doc = parsePositioned({ pages: [first, second], fonts: [] });
    expect(count(doc, '组织协调本区商品交易市场规划')).toBe(1);
    expect(count(doc, '提供有关境外投资')).toBe(1);
    expect(checkDocument(doc).findings.filter((f) => f.rule === 'document.repeated_paragraphs')).toEqual([]);
  });

  it('reads the copy once when it is the whole next page (czj-2025-dept p8)', () => {
    const spill = page(2, lines([-5, 10, 25], para), []);
    expect(count(parsePositioned({ pages: [first, spill], fonts: [] }), '组织协调本区商品交易市场规划')).toBe(1);
  });

  it('reads a page printed twice in a row once, and says so once; an equal page elsewhere is read', () => {
    const again = (n: number) => page(n, [text('一、部门主要职能', 58, 300, 96), ...lines([400, 415, 430], para)], []);
    const other = page(2, [text('二、部门机构设置', 58, 300, 96)], []);
    const doc = parsePositioned({ pages: [first, other, again(3), again(4)], fonts: [] });
    expect(count(doc, '组织协调本区商品交易市场规划')).toBe(2);
    const findings = checkDocument(doc).findings.filter((f) => /(pages|repeated_paragraphs)/.test(f.rule));
    expect(findings.map((f) => [f.rule, f.severity, f.message.zh])).toEqual([
      ['document.pages', 'warning', '第4页重复印出第3页（只按一次核对）'],
      ['document.repeated_paragraphs', 'info', expect.stringMatching(/^2个段落印了两次/)],
    ]);
    // A run of pages printed again after itself, a page of a few words among them.
    const few = page(2, [text('单位：元', 58, 300, 48)], []);
    const run = parsePositioned({ pages: [first, few, again(3), { ...few, page: 4 }], fonts: [] });
    expect(count(run, '组织协调本区商品交易市场规划')).toBe(1);
    expect(run.diagnostics.filter((d) => d.code === 'page_repeated').map((d) => d.params)).toEqual([
      { page: 3, of: 1 },
      { page: 4, of: 2 },
    ]);
    // A run longer than `repeatedRunMaxPages` again after itself is a document printed twice: each
    // copy read (recognize/documents.ts tells them apart), no page said printed again.
    const long = [1, 2, 3, 4].map((n) => page(n, [text(`第${'一二三四'[n - 1]}页：${para[0]}`, 58, 300, 400)], []));
    const twiceOver = [...long, ...long].map((p, i) => ({ ...p, page: i + 1 }));
    expect(
      parsePositioned({ pages: twiceOver, fonts: [] }).diagnostics.filter((d) => d.code === 'page_repeated'),
    ).toEqual([]);
    // The same lines with one more are another page.
    const more = page(3, [...again(3).items, text('10、提供有关境外投资的法律法规。', 58, 445, 300)], []);
    expect(count(parsePositioned({ pages: [first, other, more], fonts: [] }), '组织协调本区商品交易市场规划')).toBe(2);
  });

  it('keeps lines a page repeats at its top that did not end the page before (a repeated header)', () => {
    const header = [text('项目', 58, 60, 24), text('2025年预算数', 300, 60, 72)];
    const top = page(1, [...header, ...lines([100, 115, 130], para), text('其他内容', 58, 200, 48)], []);
    const next = page(2, [...header, ...lines([100, 115, 130], para)], []);
    const doc = parsePositioned({ pages: [top, next], fonts: [] });
    expect(count(doc, '组织协调本区商品交易市场规划')).toBe(2);
  });
});
