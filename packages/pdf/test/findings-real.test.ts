import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { checkDocument, checkDocuments, type Report } from '@hezhang/core';
import { REAL_DIR, realPdf } from '@hezhang/test-support/real';
import { describe, expect, it } from 'vitest';
import { readBudgetPdf } from '../src/node.js';
import { FIXTURES, pdfsIn } from './pdf-files.js';

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
    // p23 七: "因公出国（境）费决算为0.00万元，完成预算的0%", its 预算数 on p18 blank (0.95 is 公务接待费's):
    // nothing budgeted, nothing spent, the rate the template asks for — an info (see below), not an error.
    // p23 六: 人员经费 "主要包括…个人农业生产补贴"; p17 prints 0.31 for 30309 奖励金 and 30310 blank.
    ['prose.economic_items', 'warning', '所列“个人农业生产补贴”在表中为空'],
    // p14, between two tables, is blank.
    ['text_layer.integrity', 'warning', '第14页是空白页'],
  ],
  'final-template-2024.pdf': [
    // The official template itself: "上海市 XX 局2024 年", its filling instructions, "增加（减少）XXX 万元",
    // "XXX 万元，占 XX%……（不涉及的不列）" — every one printed (pp1–22); a department that left them would be wrong.
    ['document.leftovers', 'warning', '模板占位“XX”未填写'],
    ['document.leftovers', 'warning', '模板的填写说明未删除'],
    ['document.leftovers', 'warning', '模板的二选一写法未改写'],
    ['document.leftovers', 'warning', '省略号占位未填写'],
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
    // p6 item 2: "“…专项普查活动（项）”60.13万元，主要用于统计管理" — item 1's words (统计管理).
    ['prose.subject_descriptions', 'warning', '“专项普查活动”的用途说明“主要用于统计管理”写的是另一科目“统计管理”'],
    // p7 item 16 (职业年金): "主要原因是：事业单位离退休经费增加" — item 13's subject.
    ['prose.subject_descriptions', 'warning', '“机关事业单位职业年金缴费支出”的所述原因“事业单位离退休经费增加”'],
    // p9 item 27: "城管执法（项）”690.58万元，主要用于城乡社区管理事务一般行政管理事务 … 主要原因是：城乡社区
    // 管理事务一般行政管理事务经费减少" — item 26's subject, twice.
    [
      'prose.subject_descriptions',
      'warning',
      '“城管执法”的用途说明“主要用于城乡社区管理事务一般行政管理事务”和所述原因',
    ],
    // p6: "政府性基金拨款支出预算0万元，比2022年预算增加1421.25万元".
    ['prose.change_arithmetic', 'error', '“政府性基金拨款支出预算”0万元，却写作“比2022年预算增加1421.25万元”'],
    // p35, 公共服务设施运行经费: 年度资金申请总额 10,903,043.00, 其中：当年财政拨款 11,419,043.00.
    ['prose.project_funds', 'error', '其中当年财政拨款11,419,043.00元大于年度资金申请总额10,903,043.00元'],
    // p29 四: "编报绩效目标的项目5个，涉及项目预算资金3328.13万元"; the five forms printed (pp31–35) give
    // 4,100,000.00 + 6,351,000.00 + 4,563,800.00 + 7595500.00 + 10,903,043.00 元 = 3,351.33万元.
    [
      'prose.performance_forms',
      'warning',
      '涉及项目预算资金3328.13万元；文档所附5张绩效目标表的年度资金申请总额之和为3,351.33万元',
    ],
    // p30: 地上建筑面积8013 (计容7998 + 不计容105 = 8103), and 8103 + 5356 = 13459.
    ['prose.areas', 'error', '8,013平方米应为8,103平方米'],
    // p29: "公务车用车运行费" twice; p30: "社区事物受理"; p30 "本工程是为了更游校的整合社区公共服务资源" (p31 prints
    // "更有效的整合社区公共服务资源"); p30 "4、建筑里面稳重大气" (立面, the building's façade).
    ['document.typos', 'warning', '“公务车用车”应为“公务用车”（2处）'],
    ['document.typos', 'warning', '“事物”应为“事务”'],
    ['document.typos', 'warning', '“游校”疑为“有效”'],
    ['document.typos', 'warning', '“建筑里面”疑为“建筑立面”'],
  ],
  'wanli-2024-dept.pdf': [
    // p6 item 4: "减少2.98%。主要原因是：宣传事务一般行政管理事务经费增加".
    ['prose.subject_trend', 'warning', '所述原因却是“宣传事务一般行政管理事务经费增加”'],
    // p9 item 31: 350.35万元, "2024年预算安排352.67万元" (2023's amount); 0.53% follows from 350.35.
    ['prose.subject_trend', 'error', '“住房公积金”科目金额 350.35万元，同一段中的“预算安排”却是352.67万元'],
    // p7 item 15 (职业年金): "主要原因是：事业单位离退休经费增加" — item 13's subject.
    ['prose.subject_descriptions', 'warning', '“机关事业单位职业年金缴费支出”的所述原因“事业单位离退休经费增加”'],
    // p9 item 26 (seen on the page): "城管执法（项）”604.34万元，主要用于城乡社区管理事务一般行政管理事务" and its
    // reason "城乡社区管理事务一般行政管理事务经费减少" — item 25's subject.
    [
      'prose.subject_descriptions',
      'warning',
      '“城管执法”的用途说明“主要用于城乡社区管理事务一般行政管理事务”和所述原因',
    ],
    // p33: the same building text as 2023's.
    ['prose.areas', 'error', '8,013平方米应为8,103平方米'],
    // p31: the 三公 table holds 47.91 …, its note says "本部门2024年无“三公”经费和机关运行经费预算，故本表为空表。"
    ['document.empty_tables', 'warning', '有数据，但说明写着'],
    // p32: "公务车用车运行费"; p33: "社区事物受理", "更游校的整合", "建筑里面稳重大气" (as 2023's).
    ['document.typos', 'warning', '“公务车用车”应为“公务用车”'],
    ['document.typos', 'warning', '“事物”应为“事务”'],
    ['document.typos', 'warning', '“游校”疑为“有效”'],
    ['document.typos', 'warning', '“建筑里面”疑为“建筑立面”'],
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

describe.skipIf(!FILES.includes('czj-2024-final.pdf'))('czj-2024-final: a rate of nothing', () => {
  it('"完成预算的0%" of a blank budget and an outcome of 0 is one info naming both items', async () => {
    const r = checkDocument(await read('czj-2024-final.pdf'));
    const completion = r.findings.filter((f) => f.rule === 'prose.completion');
    expect(completion.map((f) => [f.severity, f.count, f.message.zh])).toEqual([
      [
        'info',
        2,
        '“因公出国（境）费”、“公务用车购置及运行维护费”年初预算为0（或表中为空）、决算为0，文中写的完成率无从计算（按模板填写，非数额错误）',
      ],
    ]);
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

/**
 * No report shows "Infinity" or "NaN" (a quotient by zero): every finding of every real PDF and every
 * PDF fixture (layouts included), each string and number of the report walked.
 */
function notFinite(value: unknown, path = 'report'): string[] {
  if (typeof value === 'number') return Number.isFinite(value) ? [] : [`${path} = ${value}`];
  if (typeof value === 'string') return /Infinity|NaN/.test(value) ? [`${path} = ${value.slice(0, 80)}`] : [];
  if (Array.isArray(value)) return value.flatMap((v, i) => notFinite(v, `${path}[${i}]`));
  if (value && typeof value === 'object')
    return Object.entries(value).flatMap(([k, v]) => notFinite(v, `${path}.${k}`));
  return [];
}

const PDFS = [...pdfsIn(FIXTURES), ...pdfsIn(join(FIXTURES, 'layouts')), ...(REAL_DIR ? pdfsIn(REAL_DIR) : [])];

describe('no finding of any PDF shows Infinity or NaN', () => {
  it('walks every report of the fixtures and the real PDFs', async () => {
    const found: string[] = [];
    for (const file of PDFS) {
      let report: Report;
      try {
        report = checkDocument(await readBudgetPdf(new Uint8Array(readFileSync(file)), { name: file }), {
          passes: true,
        });
      } catch {
        continue; // damaged and encrypted fixtures are refused before any report
      }
      found.push(...notFinite(report, file.slice(FIXTURES.length)));
    }
    expect(found).toEqual([]);
  }, 240_000);
});
