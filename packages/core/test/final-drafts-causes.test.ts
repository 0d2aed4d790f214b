import { describe, expect, it } from 'vitest';
import { checkDocument, type Finding, type Report } from '../src/index.js';
import { czj, swap } from './czj-final.js';

/**
 * The causes of the misses the final-account drafts showed (packages/pdf/fixtures/final-drafts), each
 * on czj-2024-final's own prose and tables with one sentence changed: a reason copied from an item
 * that spent more to one that spent less, a bracketed instruction where the reason belongs, a
 * paragraph cut off inside a sentence, and a change stated in a sentence of its own whose finding must
 * show that sentence.
 */

const of = (report: Report, rule: string) => report.findings.filter((f) => f.rule === rule);
const texts = (f: Finding | undefined) => (f?.refs ?? []).map((r) => r.text ?? '');
const FIVE = '五、一般公共预算财政拨款支出决算情况说明';

describe('what the final-account drafts missed', () => {
  it('czj’s own reasons, repeated word for word under items that all spent less, are no finding', () => {
    expect(of(checkDocument(czj()), 'prose.budget_reasons')).toEqual([]);
  });

  it('one reason given for an item above its budget and for one below it: a warning naming both', () => {
    const report = checkDocument(
      czj(
        swap(
          FIVE,
          '年初预算为135.90万元，支出决算为135.25万元。决算数小于预算数的主要原因：因产业政策扶持资金管理系统项目进度，调减相关经费。',
          '年初预算为130.90万元，支出决算为135.25万元。决算数大于预算数的主要原因：人员进出及退休变化，减少人员经费开支。',
        ),
      ),
    );
    const found = of(report, 'prose.budget_reasons');
    expect(found.map((f) => [f.severity, f.message.zh])).toEqual([
      [
        'warning',
        '同一原因“人员进出及退休变化，减少人员经费开支”既用于决算数大于预算数的“信息化建设”，又用于决算数小于预算数的“行政运行”，一个原因不能同时解释增加和减少',
      ],
    ]);
    expect(texts(found[0]).some((t) => t.includes('135.25'))).toBe(true);
  });

  it('a bracketed instruction where the reason belongs is no reason', () => {
    const report = checkDocument(
      czj(swap(FIVE, '主要原因：因产业政策扶持资金管理系统项目进度，调减相关经费。', '主要原因：（说明增减原因）。')),
    );
    const found = of(report, 'document.incomplete');
    expect(found.map((f) => f.message.zh)).toEqual([
      '原因处只有括号中的填写说明：“。决算数小于预算数的主要原因：（说明增减原因）。”',
    ]);
  });

  it('a paragraph cut off inside a bracket, without its full stop, is a sentence cut off', () => {
    const report = checkDocument(
      czj(
        swap(
          FIVE,
          '决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。',
          '决算数小于预算数的主要原因：人员进出及退休变化（减少人员经费',
        ),
      ),
    );
    expect(of(report, 'document.incomplete').map((f) => f.message.zh)).toEqual([
      '段落在句子中间断开（没有句号，括号或引号未闭合）：“的主要原因：人员进出及退休变化（减少人员经费”',
    ]);
  });

  it('a wrong rate in a sentence of its own after the amount: the finding shows that sentence', () => {
    const report = checkDocument(
      czj(swap('一、收入支出决算总体情况说明', '减少56.95万元，下降1.87%', '减少56.95万元，下降1.78%')),
    );
    const found = of(report, 'prose.change_arithmetic').filter((f) => f.severity === 'error');
    expect(found.map((f) => f.message.zh)).toEqual(['“收入支出总计”的增减率1.78%与增减额56.95万元不符（应为1.87%）']);
    expect(texts(found[0])).toEqual([
      '收入支出总计2995.39万元',
      '与2023年度相比，收入支出总计减少56.95万元，下降1.78%',
    ]);
  });
});
