import { describe, expect, it } from 'vitest';
import { checkDocument, parseText } from '../src/index.js';

/**
 * The claim parser on sentences as real documents print them (short quotations from the published
 * PDFs in ../shared/fixtures/real and from the seeds), each in a minimal document.
 */
function claimsOf(section, ...paragraphs) {
  return parseText([section, '', ...paragraphs.flatMap((p) => [p, ''])].join('\n'), { name: 'q.txt', format: 'tsv' })
    .claims;
}
const explanation = (...p) => claimsOf('2024年部门预算编制说明', ...p);
const other = (...p) => claimsOf('其他相关情况说明', ...p);
describe('编制说明 totals and changes', () => {
  it('reads totals, a change against last year and its basis', () => {
    const [income, grant] = explanation(
      '2025年，上海市普陀区商务委员会收入预算37,151.47万元，其中：财政拨款收入37,151.47万元，比2024年预算执行数增加24,558.18万元；事业收入0万元。',
    );
    expect(income).toMatchObject({
      key: 'income_total',
      amount: { fen: 371_514_700_000 / 10, unit: '万元', decimals: 2 },
    });
    expect(grant?.change).toMatchObject({
      direction: 'increase',
      baseYear: 2024,
      basis: 'execution',
      amount: { text: '24,558.18万元' },
    });
  });
  it('reads 持平, a bare "为0", and a change with its percentage', () => {
    const claims = explanation(
      '政府性基金拨款支出预算0万元，与2024年预算持平；国有资本经营预算拨款支出预算为0。',
      '支出预算5265.59万元，其中：财政拨款支出预算5262.59万元，比2025年预算减少1364.7万元，减少20.59%，主要原因是项目减少。',
    );
    expect(claims.find((c) => c.key === 'gov_fund_expenditure')?.change?.direction).toBe('flat');
    expect(claims.find((c) => c.key === 'state_capital_expenditure')?.amount?.fen).toBe(0);
    expect(claims.find((c) => c.key === 'fiscal_expenditure')?.change).toMatchObject({
      direction: 'decrease',
      amount: { text: '1364.7万元' },
      percent: { value: 2059, decimals: 2 },
    });
  });
});
describe('subject lines in the three printed styles', () => {
  it('quoted with 科目', () => {
    const [c] = explanation('2.“卫生健康支出”科目22,307万元，主要用于本部门行政运行等支出。');
    expect(c).toMatchObject({ kind: 'subject', label: '卫生健康支出', amount: { text: '22,307万元' } });
  });
  it('quoted with (类)(款)(项) levels', () => {
    const [c] = explanation(
      '2. “一般公共服务支出（类）商贸事务（款）一般行政管理事务（项）”454.50万元，主要用于商贸事务支出。',
    );
    expect(c).toMatchObject({ label: '一般行政管理事务', names: ['一般公共服务支出', '商贸事务', '一般行政管理事务'] });
  });
  it('unquoted with printed codes', () => {
    const [c] = explanation('3. 公共安全支出（204类）司法（06款）行政运行（01项）1672.67万元，主要用于司法所运行。');
    expect(c).toMatchObject({ label: '行政运行', code: '2040601', amount: { text: '1672.67万元' } });
  });
  it('with last year’s execution, this year’s plan and the rate', () => {
    const [c] = explanation(
      '1. “一般公共服务支出（类）统计信息事务（款）专项普查活动（项）”25.77万元，主要用于专项普查活动。2023年当年预算执行数为60.13万元，2024年预算安排25.77万元，比2023年预算执行数减少57.14%。主要原因是：项目调整。',
    );
    expect(c?.planned?.text).toBe('25.77万元');
    expect(c?.change).toMatchObject({
      direction: 'decrease',
      basis: 'execution',
      baseYear: 2023,
      baseAmount: { text: '60.13万元' },
      percent: { value: 5714 },
    });
  });
});
describe('其他相关情况说明', () => {
  it('三公 items, 机关运行经费, procurement', () => {
    const claims = other(
      '2025年“三公”经费预算数为346.30万元，与2024年预算持平。其中：',
      '（二）公务用车购置及运行费32.20万元，与2024年预算持平。其中：公务用车购置费0.00万元，与2024年预算持平；公务用车运行费32.20万元，与2024年预算持平。',
      '2025年上海市财政局财政拨款的机关运行经费预算为2,517.78万元。',
      '2025年度本单位政府采购预算1,708.03万元，其中：政府采购货物预算42.50万元、政府采购工程预算0.00万元、政府采购服务预算1,665.53万元。',
    );
    expect(claims.map((c) => `${c.key}=${c.amount?.text}`)).toEqual([
      'three_public.total=346.30万元',
      'three_public.vehicles=32.20万元',
      'three_public.vehicle_purchase=0.00万元',
      'three_public.vehicle_operation=32.20万元',
      'operating_costs=2,517.78万元',
      'procurement.total=1,708.03万元',
      'procurement.goods=42.50万元',
      'procurement.works=0.00万元',
      'procurement.services=1,665.53万元',
    ]);
  });
  it('performance targets in two wordings, vehicles and equipment', () => {
    const claims = other(
      '2025年度，本部门编报绩效目标的项目共25个，涉及项目预算资金11381.60万元。',
      '政策绩效目标0个、涉及预算资金0万元；项目绩效目标5个，涉及预算资金17,628.17万元。',
      '截至2024年8月31日，上海市财政局共有车辆0辆，其中：部级领导干部用车0辆、其他用车0辆；单价100万元（含）以上设备（不含车辆）1台（套）。',
    );
    expect(claims.filter((c) => c.kind === 'performance').map((c) => [c.count, c.amount?.text])).toEqual([
      [25, '11381.60万元'],
      [5, '17,628.17万元'],
    ]);
    expect(claims.find((c) => c.key === 'vehicles.owned')).toMatchObject({
      count: 0,
      parts: [{ count: 0 }, { count: 0 }],
    });
    expect(claims.find((c) => c.key === 'equipment.owned')?.count).toBe(1);
  });
  it('a 100万元 threshold is not a 三公 or procurement amount', () => {
    expect(other('单价100万元（含）以上设备（不含车辆）54台（套）。').filter((c) => c.amount)).toEqual([]);
  });
});
describe('机构设置 and projects', () => {
  it('counts with spaces and 参公单位, and the listed units', () => {
    const [c] = claimsOf(
      '上海市普陀区人民政府万里街道办事处机构设置',
      '上海市普陀区人民政府万里街道办事处部门预算是包括万里街道本部以及下属 5 家预算单位的综合收支计划。',
      '本部门中，行政单位 1 家，参公单位1家，事业单位 4 家，具体包括：',
      '1. 万里街道本部',
      '2. 万里街道社区事务受理服务中心',
    );
    expect(c).toMatchObject({ count: 5, names: ['万里街道本部', '万里街道社区事务受理服务中心'] });
    expect(c?.parts?.map((p) => p.count)).toEqual([1, 1, 4]);
  });
  it('a project budget, its parts, and a "万" without 元', () => {
    const claims = claimsOf(
      '热线服务保障经费项目经费情况说明',
      '六、年度预算安排',
      '项目资金总额2337万元，含坐席租赁费、管理费。坐席租赁费2020.7万元，其中人员成本按121人计算。系统使用费266.3万元。管理费50万。',
      '七、绩效目标',
    );
    expect(claims[0]).toMatchObject({ kind: 'project_budget', amount: { text: '2337万元' } });
    expect(claims[0]?.parts?.map((p) => p.amount?.text)).toEqual(['2020.7万元', '266.3万元', '50万']);
  });
  it('a list closed by 合计 states its total again, not one more part', () => {
    const claims = claimsOf(
      '生命健康专项（政策资金）项目经费情况说明',
      '六、年度预算安排',
      '2025年度项目总预算1170.00万，其中支持企业规模化发展870.00万，支持企业创新化发展70.00万，支持企业协同化发展180.00万，支持企业国际化发展50.00万，合计1170.00万。',
    );
    expect(claims[0]?.amount?.text).toBe('1170.00万');
    expect(claims[0]?.parts?.map((p) => p.amount?.text)).toEqual(['870.00万', '70.00万', '180.00万', '50.00万']);
  });
  it('a stated product is checked', () => {
    const doc = parseText(
      ['项目经费情况说明', '', '伙食费16人*4800元=7.68万元；人工成本16人*5977元=95.63万元。'].join('\n'),
      {
        name: 'p.txt',
        format: 'tsv',
      },
    );
    const report = checkDocument(doc);
    expect(report.findings.filter((f) => f.rule === 'prose.arithmetic').map((f) => f.refs[0]?.text)).toEqual([
      '人工成本16人*5977元=95.63万元',
    ]);
  });
});
//# sourceMappingURL=claims.test.js.map
