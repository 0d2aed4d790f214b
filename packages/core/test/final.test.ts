import { describe, expect, it } from 'vitest';
import {
  type BudgetDocument,
  type BudgetTable,
  type Claim,
  checkDocument,
  checkDocuments,
  type Finding,
  parseText,
  type Report,
  SHANGHAI_BUDGET,
  type TableRow,
} from '../src/index.js';
import { CZJ, claimsOf, czj, setCell, swap } from './czj-final.js';

/**
 * Final accounts (部门决算): the 情况说明's statements read from real sentences (上海市普陀区财政局
 * 2024年度部门决算, and the official template's sentences with their XXX filled in), and the rules on
 * a document made of that final account's real prose and its tables as read and checked by hand
 * (packages/pdf/test/golden/real/czj-2024-final.tables.json). Each test changes one value or word and
 * asserts the finding lands on the right cell or sentence. The same mistakes planted in the PDF itself
 * are in packages/pdf/test/final-real.test.ts.
 */

const W = 10_000; // fen per 0.01 万元
const of = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
const sentences = (f: Finding | undefined) => (f?.refs ?? []).filter((r) => !r.table).map((r) => r.text ?? '');
const cells = (f: Finding | undefined) =>
  (f?.refs ?? []).filter((r) => r.table).map((r) => `${r.table}/${r.row}/${r.column}`);

describe('the 情况说明 read as claims', () => {
  it('totals with their shares, the whole being the enumeration’s head or the quantity named', () => {
    const claims = claimsOf(CZJ);
    const shares = claims.filter((c) => c.share);
    expect(shares.map((c) => [c.key, c.share?.percent.text, c.share?.whole?.text ?? c.share?.wholeKey])).toEqual([
      ['fiscal_grant_income', '99.79%', '2946.25万元'],
      ['other_income', '0.21%', '2946.25万元'],
      ['basic_expenditure', '79.49%', '2940.05万元'],
      ['project_expenditure', '20.51%', '2940.05万元'],
      ['general_expenditure', '100.00%', 'expenditure_year'],
      ['class:一般公共服务支出', '71.73%', '2940.05万元'],
      ['class:社会保障和就业支出', '11.11%', '2940.05万元'],
      ['class:卫生健康支出', '2.07%', '2940.05万元'],
      ['class:住房保障支出', '15.16%', '2940.05万元'],
    ]);
    expect(new Set(shares.slice(5).map((c) => c.share?.group)).size).toBe(1);
  });

  it('outcomes against the budget: the total, each 项 (a comparison on a line of its own), 三公 and its items', () => {
    const claims = claimsOf(CZJ).filter((c) => c.execution);
    const row = (c: Claim) =>
      [
        c.kind,
        c.label,
        c.amount?.text,
        c.execution?.budget?.text ?? '-',
        c.execution?.completion?.text ?? '-',
        c.execution?.comparison?.relation ?? '-',
        c.execution?.reason,
      ].join(' ');
    expect(claims.map(row)).toEqual([
      'total 一般公共预算财政拨款支出 2940.05万元 2993.92万元 98.20% less true',
      'subject 行政运行 1511.89万元 1560.05万元 - less true',
      'subject 一般行政管理事务 10.00万元 10.00万元 - roughly_equal false',
      'subject 信息化建设 135.25万元 135.90万元 - less true',
      'subject 财政委托业务支出 449.52万元 450.52万元 - less true',
      'subject 行政单位离退休 84.65万元 85.55万元 - less true',
      'subject 机关事业单位基本养老保险缴费支出 160.75万元 161.62万元 - less true',
      'subject 机关事业单位职业年金缴费支出 80.38万元 80.81万元 - less true',
      'subject 其他行政事业单位养老支出 0.94万元 0.94万元 - roughly_equal false',
      'subject 行政单位医疗 60.99万元 62.29万元 - less true',
      'subject 住房公积金 187.19万元 187.75万元 - less true',
      'subject 购房补贴 258.50万元 258.50万元 - roughly_equal false',
      'three_public “三公”经费 0.00万元 0.95万元 0% less true',
      // The items have no comparison of their own; the reason that follows is the total's.
      'three_public 因公出国（境）费 0.00万元 - 0% - false',
      'three_public 公务用车购置及运行维护费 0.00万元 - 0% - false',
      'three_public 公务接待费 0.00万元 - 0% - true',
    ]);
    expect(claims[2]?.execution?.comparison?.place.text).toBe('决算数与预算数基本持平。');
    expect(claims[1]?.path?.map((l) => l.name)).toEqual(['一般公共服务支出', '财政事务', '行政运行']);
  });

  it('a comparison belongs to its own item, and a reason may be worded otherwise', () => {
    const claims = claimsOf({
      '五、一般公共预算财政拨款支出决算情况说明': [
        '1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。年初预算为1560.05万元，支出决算为1511.89万元。',
        // Item 2 compares before it states its amounts: the comparison is item 2's, never item 1's.
        '2、一般公共服务支出（类）财政事务（款）信息化建设（项）。决算数小于预算数，主要是由于项目进度调整。年初预算为135.90万元，支出决算为135.25万元。',
      ],
    }).filter((c) => c.execution);
    expect(claims.map((c) => [c.label, c.execution?.comparison?.relation ?? '-', c.execution?.reason])).toEqual([
      ['行政运行', '-', false],
      ['信息化建设', 'less', true],
    ]);
  });

  it('changes stated apart, absences, and the template’s placeholders read as nothing', () => {
    const claims = claimsOf(CZJ);
    expect(
      claims
        .filter((c) => c.change)
        .map((c) => [c.key, c.change?.direction, c.change?.amount?.text ?? '', c.change?.baseYear]),
    ).toEqual([
      ['grand_total', 'decrease', '56.95万元', 2023],
      ['fiscal_grand_total', 'flat', '', 2023],
      ['general_expenditure', 'decrease', '63.14万元', 2023],
      ['three_public.total', 'flat', '', 2023],
      ['three_public.outbound', 'flat', '', 2023],
      ['three_public.vehicles', 'flat', '', 2023],
      ['three_public.reception', 'flat', '', 2023],
    ]);
    expect(claims.filter((c) => c.kind === 'absence').map((c) => c.parts?.map((p) => p.key).join('+'))).toEqual([
      'three_public.total',
      'gov_fund_income+gov_fund_expenditure',
      'state_capital_income+state_capital_expenditure',
    ]);
    const template = claimsOf({
      '一、收入支出决算总体情况说明': [
        '上海市 XX 局 2024 年度收入支出总计 XXX 万元。与 2023 年度相比，收入支出总计增加（减少）XXX 万元，增长（下降）XX%。',
      ],
      '五、一般公共预算财政拨款支出决算情况说明': [
        '一般公共预算财政拨款支出年初预算为 XXX 万元，支出决算为 XXX 万元，完成年初预算的 XX%。决算数大于（小于）预算数的主要原因：XXXXXXXX（如持平作持平表述）。其中：',
      ],
    });
    expect(template).toEqual([]);
  });

  it('三公’s change against last year belongs to its outcome, and its rate follows from it', () => {
    const report = checkDocument(
      czj((sections) => {
        const seven = sections['七、财政拨款“三公”经费支出决算情况说明'] as string[];
        seven[1] = (seven[1] as string).replace('支出决算为0.00万元', '支出决算为0.50万元');
        // 0.50 less than last year's 1.00 is 50.00%; the text says 40.00%.
        seven[2] =
          '2024年度“三公”经费财政拨款支出决算数比2023年度减少0.50万元，下降40.00%。其中：因公出国（境）费支出决算持平。';
      }),
    );
    const claim = report.document.claims.find((c) => c.key === 'three_public.total' && c.change);
    expect(claim?.execution?.budget?.text).toBe('0.95万元');
    expect(of(report, 'prose.change_arithmetic').map((f) => f.formula?.zh)).toEqual([
      '0.50万元 ÷ (0.50万元 + 0.50万元) = 50.00% ≠ 40.00%',
    ]);
  });

  it('a fund’s income and expenditure stated in one sentence (the template’s 八, filled in)', () => {
    const claims = claimsOf({
      '八、政府性基金预算财政拨款收入支出决算情况说明': [
        '政府性基金预算财政拨款收入 120.50 万元，支出 118.00 万元，支出具体情况如下：',
      ],
    });
    expect(claims.map((c) => `${c.key}=${c.amount?.text}`)).toEqual([
      'gov_fund_income=120.50 万元',
      'gov_fund_expenditure=118.00 万元',
    ]);
  });

  it('shares in a budget’s 编制说明 are read too', () => {
    const doc = parseText(
      [
        '2025年部门预算编制说明',
        '',
        '收入预算37,151.47万元，其中：财政拨款收入37,000.00万元，占99.59%；其他收入151.47万元，占0.41%。',
        '',
      ].join('\n'),
      { name: 'budget.txt', format: 'tsv', template: SHANGHAI_BUDGET },
    );
    expect(doc.claims.filter((c) => c.share).map((c) => [c.key, c.share?.whole?.text])).toEqual([
      ['fiscal_grant_income', '37,151.47万元'],
      ['other_income', '37,151.47万元'],
    ]);
  });
});

describe('czj-2024-final: prose and tables', () => {
  const base = checkDocument(czj());

  it('finds what the printed document gets wrong, and nothing else', () => {
    expect(base.findings.filter((f) => f.severity !== 'info').map((f) => `${f.rule} ${f.severity}`)).toEqual([
      'prose.totals error',
      'prose.shares error',
      // 七's "完成预算的0%" of 因公出国 and 公务用车, nothing budgeted and nothing spent, is an info.
      'prose.economic_items warning',
    ]);
    expect(sentences(of(base, 'prose.totals')[0])).toEqual(['财政拨款收入支出总计0.3万元']);
  });

  it('a share of a whole named elsewhere uses the statement of that whole (本年支出合计 in 三)', () => {
    const report = checkDocument(
      czj(swap('三、支出决算情况说明', '本年支出合计2940.05万元', '本年支出合计2950.05万元')),
    );
    // The share is computed from the wrong 2950.05: one slip, one finding, the share part of it.
    expect(of(report, 'prose.shares').filter((f) => f.message.zh.includes('2950.05'))).toEqual([]);
    const slip = of(report, 'prose.totals').find((f) => f.message.zh.includes('2950.05'));
    expect(slip?.formula?.zh).toContain('2940.05万元 ÷ 2950.05万元 = 99.66% ≠ 100.00%');
  });

  it('one 决算数 stated wrong: one error, the comparison and the reason computed from it folded in', () => {
    // 住房公积金 187.19 printed 197.19: against the tables (prose.subjects), and so "决算数小于预算数"
    // (197.19 > 187.75) and the reason given for a smaller outcome fail too — for that one slip.
    const report = checkDocument(
      czj(swap('五、一般公共预算财政拨款支出决算情况说明', '支出决算为187.19万元', '支出决算为197.19万元')),
    );
    const about = report.findings.filter((f) => f.severity !== 'info' && f.message.zh.includes('住房公积金'));
    expect(about.map((f) => [f.severity, f.rule])).toEqual([['error', 'prose.subjects']]);
    expect(about[0]?.message.zh).toContain('以此数计算的');
    expect(about[0]?.message.zh).toContain('决算数小于预算数');
    // The same reason used for a larger and a smaller outcome, a mistake of its own once 197.19 is
    // read as 187.19, is not one of them.
    expect(report.findings.filter((f) => f.rule === 'prose.budget_reasons' && f.severity !== 'info')).toEqual([]);
  });

  it('a complete list whose shares each fit their rounded amounts but add up to 110%', () => {
    const report = checkDocument(
      czj(
        swap(
          '二、收入决算情况说明',
          '本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%',
          '本年收入合计3万元，其中： 财政拨款收入2万元，占70%；其他收入1万元，占40%',
        ),
      ),
    );
    const sum = of(report, 'prose.shares').filter((f) => f.formula?.zh.includes('≠ 100%'));
    expect(sum.map((f) => f.formula?.zh)).toEqual(['70% + 40% = 110% ≠ 100%']);
  });

  it('a completion rate of a budget of 0', () => {
    const report = checkDocument(
      czj(swap('五、一般公共预算财政拨款支出决算情况说明', '年初预算为2993.92万元', '年初预算为0万元')),
    );
    expect(of(report, 'prose.completion').map((f) => f.message.zh)).toContain(
      '“一般公共预算财政拨款支出”写“完成预算的98.20%”，但其年初预算为0，完成率无从计算',
    );
  });

  it('等于 for 0.94 against 0.94 and 持平 for 258.50 against 258.50 hold; 大于 for equal amounts does not', () => {
    const flat = checkDocument(
      czj(swap('五、一般公共预算财政拨款支出决算情况说明', '决算数与预算数基本持平。', '决算数等于预算数。')),
    );
    expect(of(flat, 'prose.budget_comparison')).toEqual([]);
    const greater = checkDocument(
      czj(
        swap(
          '五、一般公共预算财政拨款支出决算情况说明',
          '支出决算为258.50万元。决算数与预算数基本持平',
          '支出决算为258.50万元。决算数大于预算数',
        ),
      ),
    );
    expect(of(greater, 'prose.budget_comparison').map((f) => f.formula?.zh)).toEqual(['258.50万元 = 258.50万元']);
  });

  it('wordings other departments use: 占比 and 的比重为, amounts without 为, 略小于 — read and checked like the template’s', () => {
    const five = '五、一般公共预算财政拨款支出决算情况说明';
    const reworded = czj((sections) => {
      swap(five, '卫生健康支出（类）60.99万元，占2.07%', '卫生健康支出（类）60.99万元，占比2.07%')(sections);
      swap(five, '占本年支出合计的100.00%', '占本年支出合计的比重为100.00%')(sections);
      swap(five, '年初预算为1560.05万元，支出决算为1511.89万元', '年初预算1560.05万元，支出决算1511.89万元')(sections);
      swap(five, '决算数小于预算数的主要原因：人员进出', '决算数略小于预算数的主要原因：人员进出')(sections);
    });
    const before = checkDocument(czj());
    const after = checkDocument(reworded);
    // The same comparisons run, and the same findings (czj's own: a share of 71.73%, 0.3万元, …).
    for (const rule of ['prose.shares', 'prose.subjects', 'prose.budget_comparison', 'prose.subject_sum'])
      expect(after.checks.find((c) => c.rule === rule)?.comparisons, rule).toBe(
        before.checks.find((c) => c.rule === rule)?.comparisons,
      );
    expect(after.findings.map((f) => f.message.zh)).toEqual(before.findings.map((f) => f.message.zh));
    // And a wrong figure in those wordings is found.
    const wrong = checkDocument(
      czj((sections) => {
        swap(five, '卫生健康支出（类）60.99万元，占2.07%', '卫生健康支出（类）60.99万元，占比为2.70%')(sections);
        swap(
          five,
          '年初预算为1560.05万元，支出决算为1511.89万元',
          '年初预算1560.05万元，支出决算1515.89万元',
        )(sections);
        swap(five, '决算数小于预算数的主要原因：人员进出', '决算数略大于预算数的主要原因：人员进出')(sections);
      }),
    );
    expect(of(wrong, 'prose.shares').map((f) => f.formula?.zh)).toContain('60.99万元 ÷ 2940.05万元 = 2.07% ≠ 2.70%');
    expect(of(wrong, 'prose.subjects').map((f) => cells(f))).toEqual([
      ['final_general_budget_by_function/2010601/total'],
    ]);
    expect(of(wrong, 'prose.budget_comparison').map((f) => f.formula?.zh)).toEqual(['1515.89万元 < 1560.05万元']);
  });

  it('五（二）’s classes without （类） or with （类） inside the name are read in the list, and only classes are', () => {
    const five = '五、一般公共预算财政拨款支出决算情况说明';
    const reworded = czj((sections) => {
      swap(five, '一般公共服务支出（类）2106.66万元', '一般公共服务支出2106.66万元')(sections);
      swap(five, '社会保障和就业支出（类）326.72万元', '社会保障和就业（类）支出326.72万元')(sections);
    });
    const before = checkDocument(czj());
    const after = checkDocument(reworded);
    for (const rule of ['prose.structure', 'prose.shares'])
      expect(after.checks.find((c) => c.rule === rule)?.comparisons, rule).toBe(
        before.checks.find((c) => c.rule === rule)?.comparisons,
      );
    expect(after.findings.map((f) => f.message.zh)).toEqual(before.findings.map((f) => f.message.zh));
    const wrong = checkDocument(czj(swap(five, '一般公共服务支出（类）2106.66万元', '一般公共服务支出2116.66万元')));
    expect(of(wrong, 'prose.structure').map((f) => cells(f))).toEqual([['final_general_budget_by_function/201/total']]);
    // The whole before the list ("一般公共预算财政拨款支出2940.05万元") is no class.
    expect(
      claimsOf(CZJ)
        .filter((c) => c.kind === 'structure')
        .map((c) => c.label),
    ).toEqual(['一般公共服务支出', '社会保障和就业支出', '卫生健康支出', '住房保障支出']);
  });

  it('a class the government fund also spends on: 五（二） states the general budget’s part', () => {
    const withFund = czj(undefined, (doc) => setCell(doc, 'final_gov_fund', '201', 'subtotal', 500 * W));
    expect(of(checkDocument(withFund), 'prose.structure')).toEqual([]);
    const wrong = checkDocument(
      czj(
        swap(
          '五、一般公共预算财政拨款支出决算情况说明',
          '一般公共服务支出（类）2106.66万元',
          '一般公共服务支出（类）2116.66万元',
        ),
      ),
    );
    expect(of(wrong, 'prose.structure').map((f) => cells(f))).toEqual([['final_general_budget_by_function/201/total']]);
  });

  it('a class stated with a name the tables do not print cannot be checked, and says so', () => {
    const report = checkDocument(
      czj(
        swap('五、一般公共预算财政拨款支出决算情况说明', '卫生健康支出（类）60.99万元', '医疗卫生支出（类）60.99万元'),
      ),
    );
    expect(report.checks.find((c) => c.rule === 'prose.structure')?.status).toBe('insufficient_data');
  });

  it('a statement of the year’s figures with another year (a paragraph copied from last year)', () => {
    expect(base.checks.find((c) => c.rule === 'document.own_years')).toMatchObject({ status: 'pass', comparisons: 7 });
    const report = checkDocument(
      czj(swap('一、收入支出决算总体情况说明', '财政局2024年度收入支出总计', '财政局2023年度收入支出总计')),
    );
    expect(of(report, 'document.own_years').map((f) => sentences(f)[0])).toEqual(['2023年度收入支出总计2995.39万元']);
  });

  it('一 with 收入支出总计0万元: an error at the sentence and the 总计 cell', () => {
    const report = checkDocument(
      czj(swap('一、收入支出决算总体情况说明', '收入支出总计2995.39万元', '收入支出总计0万元')),
    );
    const f = of(report, 'prose.totals').find((x) => sentences(x)[0] === '收入支出总计0万元');
    expect(cells(f)).toEqual(['final_summary/income_grand_total/amount']);
  });

  it('the 人员经费 list naming an item the table leaves blank, and only that', () => {
    const fixed = checkDocument(
      czj(swap('六、一般公共预算财政拨款基本支出决算情况说明', '个人农业生产补贴', '奖励金')),
    );
    expect(of(fixed, 'prose.economic_items')).toEqual([]);
    expect(cells(of(base, 'prose.economic_items')[0])).toEqual([
      'final_basic_by_economic/30310/amount',
      'final_basic_by_economic/30309/amount',
    ]);
  });

  it('“无政府性基金…收入和支出” while the fund table prints an amount', () => {
    const report = checkDocument(
      czj(undefined, (doc) => setCell(doc, 'final_gov_fund', 'total', 'income', 5 * 100 * W)),
    );
    expect(of(report, 'prose.absences').map((f) => cells(f))).toEqual([['final_gov_fund/total/income']]);
  });
});

describe('czj-2024-final: identities the PDF cannot be planted with', () => {
  it('a fund table’s balance per code: 年末 = 年初 + 本年收入 − 本年支出', () => {
    const report = checkDocument(
      czj(undefined, (doc) => {
        for (const [column, fen] of [
          ['opening', 10],
          ['income', 100],
          ['subtotal', 90],
          ['basic', 0],
          ['project', 90],
          ['closing', 30], // 10 + 100 − 90 = 20
        ] as const)
          setCell(doc, 'final_gov_fund', '2120801', column, fen * W);
      }),
    );
    const f = of(report, 'cross_table.identities').find((x) =>
      x.message.zh.startsWith('政府性基金预算财政拨款收入支出决算表 各科目'),
    );
    expect(f?.formula?.zh).toContain('（2120801）：1.20 ≠ 1.10');
    expect(cells(f)).toContain('final_gov_fund/2120801/closing');
  });

  it('三公: 公务接待费 spent beyond its budget is a warning, and so is the total', () => {
    const report = checkDocument(
      czj(undefined, (doc) => {
        setCell(doc, 'final_three_public', 'total', 'reception_final', 120 * W);
        setCell(doc, 'final_three_public', 'total', 'total_final', 120 * W);
      }),
    );
    const over = of(report, 'cross_table.conventions').filter((f) => f.message.zh.includes('决算数 ≤ 预算数'));
    expect(over.map((f) => cells(f)[0])).toEqual([
      'final_three_public/total/total_final',
      'final_three_public/total/reception_final',
    ]);
    expect(over.every((f) => f.severity === 'warning')).toBe(true);
  });

  it('one wrong cell in a table whose total was already 0.01 off its classes by rounding: one error at the cell', () => {
    // 收入决算表's 合计 (财政拨款收入) prints 0.01 万元 less than its classes add to; 210's 财政拨款收入 printed
    // 1 万元 up breaks 210 = Σ款, 合计 = Σ类 and 210's 本年收入合计 = Σ its columns. The 合计 needs it
    // 1.01 万元 less, the others 1 万元: one change within the rounding of the table, one mistake.
    const r = checkDocument(czj(undefined, (d) => setCell(d, 'final_revenue', '210', 'fiscal_grant', 6199 * W)));
    const sums = r.findings.filter((f) => f.rule.startsWith('in_table.') && f.severity !== 'info');
    expect(sums.map((f) => [f.severity, f.message.zh])).toEqual([
      ['error', '收入决算表：210 卫生健康支出的“财政拨款收入”印作61.99万元，它所在的3个勾稽关系都要求它为60.99万元'],
    ]);
    expect(cells(sums[0])[0]).toBe('final_revenue/210/fiscal_grant');
  });

  it('one wrong cell in identities of several cells a side (年末 + 支出 = 年初 + 收入): one error at the cell', () => {
    // 年末财政拨款结转和结余 (合计) printed 1 万元 up: its row's 合计 = Σ funds, and two identities of the
    // fiscal summary whose sides hold several cells — all need it 1 万元 less.
    const r = checkDocument(
      czj(undefined, (d) => setCell(d, 'final_fiscal_summary', 'closing_balance', 'total', 2263 * W)),
    );
    const sums = r.findings.filter((f) => /^(in_table|cross_table)\./.test(f.rule) && f.severity !== 'info');
    expect(sums.map((f) => [f.severity, f.message.zh])).toEqual([
      [
        'error',
        '财政拨款收入支出决算总表：年末财政拨款结转和结余的“合计”印作22.63万元，它所在的3个勾稽关系都要求它为21.63万元',
      ],
    ]);
  });

  it('one sum and a convention that need the same change name the cell, and the need of the convention settles the rounding', () => {
    // 30108 printed 100 万元 up: 301 = Σ its 款 fails (301 was 0.01 off its 款 by rounding: it needs
    // 160.74), and so does the convention 30108 = 2080505's 基本支出 (it needs 160.75, the amount printed
    // before). One sum alone could be mended at any of its cells; with the convention, the cell is named.
    const r = checkDocument(
      czj(undefined, (d) => setCell(d, 'final_basic_by_economic', '30108', 'amount', 26_075 * W)),
    );
    const tables = r.findings.filter((f) => /^(in_table|cross_table)\./.test(f.rule) && f.severity !== 'info');
    expect(tables.map((f) => [f.severity, f.message.zh])).toEqual([
      [
        'error',
        '一般公共预算财政拨款基本支出决算表：30108 机关事业单位基本养老保险缴费的“决算数”印作260.75万元，它所在的勾稽关系要求它为160.75万元，1个表间通常成立的对应关系亦然',
      ],
    ]);
  });

  it('326.71 in one table and 326.72 in another is a rounding info, 326.61 an error', () => {
    const info = checkDocument(czj()).findings.filter((f) => f.rule === 'cross_table.identities');
    expect(info.map((f) => f.severity)).toEqual(['info', 'info']);
    const report = checkDocument(
      czj(undefined, (doc) => setCell(doc, 'final_summary', '208', 'amount', 32_661 * W, 'expenditure')),
    );
    // 326.61 breaks the identity with 支出决算表 (326.72) and its own table's 本年支出合计: one cell, changed
    // by 0.10 万元 (0.11 within the rounding of 326.72), makes both hold — one error at the cell.
    const errors = report.findings.filter((f) => f.severity === 'error' && /^(in_table|cross_table)\./.test(f.rule));
    expect(errors.map((f) => f.message.zh)).toEqual([
      '收入支出决算总表：208 八、社会保障和就业支出的“决算数”印作326.61万元，它所在的2个勾稽关系都要求它为326.71万元',
    ]);
    expect(errors[0]?.formula?.zh).toContain(
      '收入支出决算总表 各类支出 = 支出决算表 该类本年支出合计（208）：326.61 ≠ 326.72',
    );
  });
});

/**
 * The same year's budget of the department, as its tables would print the initial budgets the final
 * accounts state (元): the general budget's 项 and total, and the 三公 table (万元).
 */
function budget2024(edit: (tables: Record<string, Record<string, number>>) => void = () => {}): BudgetDocument {
  const doc = parseText(['上海市普陀区财政局2024年部门预算', ''].join('\n'), {
    name: 'czj-2024-dept.pdf',
    format: 'tsv',
    template: SHANGHAI_BUDGET,
  });
  const general: Record<string, number> = {
    total: 29_939_200,
    '2010601': 15_600_500,
    '2010602': 100_000,
    '2010607': 1_359_000,
    '2010608': 4_505_200,
    '2080501': 855_500,
    '2080505': 1_616_200,
    '2080506': 808_100,
    '2080599': 9_400,
    '2101101': 622_900,
    '2210201': 1_877_500,
    '2210203': 2_585_000,
  };
  // 万元, as the budget's 三公 table prints them: 0.95 for 公务接待费, nothing else.
  const threePublic: Record<string, number> = { total: 0.95, reception: 0.95 };
  edit({ general, threePublic });
  const row = (key: string, values: Record<string, number>): TableRow => ({
    key,
    label: key,
    level: key === 'total' ? 0 : 3,
    values,
    source: {},
    labelSource: 'printed',
  });
  const table = (kind: string, unit: '元' | '万元', rows: TableRow[]): BudgetTable => ({
    kind,
    title: kind,
    unit,
    unitDeclared: true,
    pages: [1],
    headers: [],
    notes: [],
    columns: Object.keys(rows[0]?.values ?? {}),
    rows,
    source: {},
    problems: [],
  });
  const wan = Object.fromEntries(Object.entries(threePublic).map(([k, v]) => [k, Math.round(v * 100) * W]));
  doc.tables = [
    table(
      'general_budget_by_function',
      '元',
      Object.entries(general).map(([k, yuan]) => row(k, { total: yuan * 100 })),
    ),
    table('three_public', '万元', [row('total', wan)]),
  ];
  doc.meta = { ...doc.meta, year: 2024, department: '上海市普陀区财政局', stage: 'budget', scope: 'department' };
  return doc;
}

describe('czj-2024-final against its year’s budget', () => {
  it('meets the budget of its department and year, and every initial budget it states agrees', () => {
    const final = czj();
    const [report] = checkDocuments([final, budget2024()]);
    expect(report?.previous.map((p) => p.name)).toEqual(['czj-2024-dept.pdf']);
    const check = report?.checks.find((c) => c.rule === 'across.budget');
    // The general total, eleven 项 and the 三公 total as stated; the 三公 table's six 预算数 and 决算数.
    expect(check).toMatchObject({ status: 'pass', comparisons: 25 });
  });

  it('an initial budget that is not the budget’s, at the item that states it', () => {
    const [report] = checkDocuments([
      czj(),
      budget2024((tables) => {
        (tables.general as Record<string, number>)['2101101'] = 629_200;
      }),
    ]);
    const found = (report?.findings ?? []).filter((f) => f.rule === 'across.budget');
    expect(found.map((f) => f.message.zh)).toEqual([
      '“行政单位医疗”年初预算写作62.29万元，2024年预算文档中为62.92万元',
    ]);
    expect(cells(found[0])).toEqual(['general_budget_by_function/2101101/total']);
  });

  it('三公 spent beyond the budget’s 三公 is a warning', () => {
    const [report] = checkDocuments([
      czj(undefined, (doc) => {
        setCell(doc, 'final_three_public', 'total', 'total_final', 120 * W);
        setCell(doc, 'final_three_public', 'total', 'reception_final', 120 * W);
      }),
      budget2024(),
    ]);
    const found = (report?.findings ?? []).filter((f) => f.rule === 'across.budget');
    expect(found.map((f) => [f.severity, f.message.zh])).toEqual([
      ['warning', '“‘三公’经费”决算数1.20万元超过年度预算0.95万元'],
      ['warning', '“公务接待费”决算数1.20万元超过年度预算0.95万元'],
    ]);
  });

  it('a budget of another year or department is not compared', () => {
    const other = budget2024();
    other.meta = { ...other.meta, year: 2025 };
    const [report] = checkDocuments([czj(), other]);
    expect(report?.checks.find((c) => c.rule === 'across.budget')?.status).toBe('not_applicable');
  });
});
