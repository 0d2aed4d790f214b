import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, checkDocuments, type Report } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { readBudgetPdf } from '../src/node.js';
import { REAL_DIR, realPdf } from './real.js';

/**
 * Every error and warning Hezhang gives on the published PDFs, each confirmed by hand on the printed
 * page (the evidence beside it). Nothing else may be an error or a warning: an over-severe finding or a
 * misreading shows up here as a line too many. Infos are not listed (rounding, 比…持平, repeated
 * paragraphs, 绩效目标 against 项目支出, changes against different bases).
 */

type Expected = [rule: string, severity: 'error' | 'warning', fragment: string];

const EXPECTED: Record<string, Expected[]> = {
  'czj-2025-dept.pdf': [
    // p7 item 7: "…机关事业单位职业年金缴费支出（项）”887.36万元"; the tables print 873,617.00 元.
    ['prose.subjects', 'error', '“机关事业单位职业年金缴费支出”科目887.36万元与财政拨款数不符'],
    // p18, under the empty 国有资本经营预算 table: "注:本部门2025年无政府性基金预算财政拨款安排的预算，故本表为空表。"
    ['document.fund_notes', 'warning', '为空，其说明写的却是其他基金'],
    // p22: "公务车用车运行费0万元".
    ['document.typos', 'warning', '“公务车用车”应为“公务用车”'],
  ],
  'czj-2024-final.pdf': [
    // p21 四: "财政拨款收入支出总计0.3万元"; the 财政拨款收入支出决算总表 (p13) totals 2,961.68.
    ['prose.totals', 'error', '“财政拨款收入支出总计”0.3万元与表格不符'],
    // p21 五（二）: "一般公共服务支出（类）2106.66万元，占71.73%" of 2940.05: 71.65%.
    ['prose.shares', 'error', '的71.65%，文中写71.73%'],
    // p23 七: "因公出国（境）费决算为0.00万元，完成预算的0%", its 预算数 on p18 blank (0.95 is 公务接待费's).
    ['prose.completion', 'error', '“因公出国（境）费”写“完成预算的0%”'],
    ['prose.completion', 'error', '“公务用车购置及运行维护费”写“完成预算的0%”'],
    // p23 六: 人员经费 "主要包括…个人农业生产补贴"; p17 prints 0.31 for 30309 奖励金 and 30310 blank.
    ['prose.economic_items', 'warning', '所列“个人农业生产补贴”在表中为空'],
    // p14, between two tables, is blank.
    ['text_layer.integrity', 'warning', '第14页是空白页'],
  ],
  'qfb-2025-dept.pdf': [],
  'shczj-2025-unit.pdf': [
    // pp15–16: both fund tables empty, no note under either.
    ['document.empty_tables', 'warning', '政府性基金预算支出功能分类预算表”没有数据，也没有说明原因'],
    ['document.empty_tables', 'warning', '国有资本经营预算支出功能分类预算表”没有数据，也没有说明原因'],
    // p21, a 单位预算: "2025年部门预算安排购置车辆0辆…部门预算安排购置单价100万元".
    ['document.scope', 'warning', '单位预算中出现“部门预算”（2处）'],
  ],
  'swj-2025-dept.pdf': [],
  'swj-2025-unit.pdf': [],
  'wanli-2023-dept.pdf': [
    // p6 item 3: 11.67 → 45.41 is +289.12%, printed 314.82%.
    ['prose.subject_trend', 'error', '“群众团体事务·一般行政管理事务”：增减率写作314.82%'],
    // p7 item 16: 220.63万元, then item 15's "2023年预算安排441.25万元，比2022年预算执行数增加60.54%".
    ['prose.subject_trend', 'error', '与上一条“机关事业单位基本养老保险缴费支出”的数字相同，疑为照抄'],
    // p6: "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元".
    ['prose.change_arithmetic', 'error', '“政府性基金拨款支出预算”0万元，却写作“比2022年预算增加1421.25万元”'],
    // p35, 公共服务设施运行经费: 年度资金申请总额 10,903,043.00, 其中：当年财政拨款 11,419,043.00.
    ['prose.project_funds', 'error', '其中当年财政拨款11,419,043.00元大于年度资金申请总额10,903,043.00元'],
    // p30: 地上建筑面积8013 (计容7998 + 不计容105 = 8103), and 8103 + 5356 = 13459.
    ['prose.areas', 'error', '8,013平方米应为8,103平方米'],
    // p29: "公务车用车运行费" twice; p30: "社区事物受理".
    ['document.typos', 'warning', '“公务车用车”应为“公务用车”（2处）'],
    ['document.typos', 'warning', '“事物”应为“事务”'],
  ],
  'wanli-2024-dept.pdf': [
    // p6 item 4: "减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加".
    ['prose.subject_trend', 'warning', '所述原因却是“宣传事务一般行政管理事务经费增加”'],
    // p9 item 31: 350.35万元, "2024年预算安排352.67万元" (2023's amount); 0.53% follows from 350.35.
    ['prose.subject_trend', 'error', '“住房公积金”科目金额 350.35万元，同一段中的“预算安排”却是352.67万元'],
    // p33: the same building text as 2023's.
    ['prose.areas', 'error', '8,013平方米应为8,103平方米'],
    // p31: the 三公 table holds 47.91 …, its note says "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"
    ['document.empty_tables', 'warning', '有数据，但说明写着'],
    // p32: "公务车用车运行费"; p33: "社区事物受理".
    ['document.typos', 'warning', '“公务车用车”应为“公务用车”'],
    ['document.typos', 'warning', '“事物”应为“事务”'],
  ],
};

const FILES = Object.keys(EXPECTED).filter((f) => REAL_DIR && existsSync(join(REAL_DIR, f)));
const read = (file: string) => readBudgetPdf(realPdf(file), { name: file });
const serious = (r: Report) => r.findings.filter((f) => f.severity !== 'info');

describe.skipIf(FILES.length === 0).each(FILES)('%s: every error and warning', (file) => {
  it('is one a careful reader confirms on the page, and none is missing', async () => {
    const r = checkDocument(await read(file));
    const got = serious(r);
    const want = EXPECTED[file] ?? [];
    // Reports list findings errors first, each severity by page; the list above follows the documents.
    const key = (rule: string, severity: string) => `${rule} ${severity}`;
    expect(got.map((f) => key(f.rule, f.severity)).sort()).toEqual(want.map(([r, s]) => key(r, s)).sort());
    for (const [rule, severity, fragment] of want)
      expect(
        got.some((f) => f.rule === rule && f.severity === severity && f.message.zh.includes(fragment)),
        fragment,
      ).toBe(true);
  });
});

describe.skipIf(!FILES.includes('wanli-2023-dept.pdf') || !FILES.includes('wanli-2024-dept.pdf'))(
  'wanli 2023 and 2024 together',
  () => {
    it('checks 2024’s changes against 2023’s document and names the copied amount', async () => {
      const [r2023, r2024] = checkDocuments([await read('wanli-2023-dept.pdf'), await read('wanli-2024-dept.pdf')]);
      expect(r2024?.checks.find((c) => c.rule === 'across.years')?.status).toBe('pass');
      expect(serious(r2023 as Report)).toHaveLength(EXPECTED['wanli-2023-dept.pdf']?.length ?? 0);
      const copied = serious(r2024 as Report).find((f) => f.message.zh.includes('住房公积金'));
      expect(copied?.message.zh).toContain('（352.67万元是2023年文档中该科目的金额）；增减率0.53%按科目金额计算相符');
    });
  },
);
