import { spanOf } from '../../claims/text.js';
import { parseAmount } from '../../model/amount.js';
import { bi, quote } from '../../model/bilingual.js';
import type { Paragraph } from '../../model/document.js';
import type { Ref } from '../../model/finding.js';
import { type Rule, Tally } from '../rule.js';
import { showAmount } from '../tolerance.js';

/**
 * The 财政项目支出绩效目标填报表 printed among the project texts: each states 项目资金总额 and
 * 年度资金申请总额 (元), each with what it holds ("其中：财政资金", "其中：当年财政拨款"). A part never
 * exceeds its whole (wanli-2023, 公共服务设施运行经费: 年度资金申请总额 10,903,043.00, 其中：当年财政拨款
 * 11,419,043.00).
 */

const NUMBER = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const WHOLES = { 项目资金总额: 'project', 年度资金申请总额: 'year' } as const;
const PARTS = { 财政资金: 'project', 当年财政拨款: 'year' } as const;
const FIELD = new RegExp(
  String.raw`(?<label>项目资金总额|年度资金申请总额|其中[:：]\s*财政资金|其中[:：]\s*当年财政拨款)\s*(?<n>${NUMBER})`,
  'gu',
);

interface Field {
  label: string;
  fen: number;
  paragraph: Paragraph;
  index: number;
  start: number;
  end: number;
}

export const projectFunds: Rule = {
  id: 'prose.project_funds',
  title: bi('项目资金：其中所列不超过总额', 'Project funds: a part is never more than its whole'),
  section: 'prose',
  severity: 'error',
  formula: () =>
    bi(
      '绩效目标表中 其中：财政资金 ≤ 项目资金总额；其中：当年财政拨款 ≤ 年度资金申请总额',
      'in the performance target forms, fiscal funds ≤ total project funds; this year’s appropriation ≤ the year’s request',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    for (const [si, section] of ctx.document.sections.entries()) {
      if (section.kind !== 'project') continue;
      const whole: Partial<Record<'project' | 'year', Field>> = {};
      let project = '';
      for (const [pi, p] of section.paragraphs.entries()) {
        const named = /项目名称\s*[:：]?\s*(\S+?)\s*(?:项目性质|$)/u.exec(p.text);
        if (named?.[1]) project = named[1];
        for (const m of p.text.matchAll(FIELD)) {
          const label = (m.groups?.label ?? '').replace(/^其中[:：]\s*/u, '');
          const parsed = parseAmount(m.groups?.n ?? '', '元');
          if (!parsed) continue;
          const start = m.index ?? 0;
          const field: Field = { label, fen: parsed.fen, paragraph: p, index: pi, start, end: start + m[0].length };
          if (label in WHOLES) {
            whole[WHOLES[label as keyof typeof WHOLES]] = field;
            continue;
          }
          const of = whole[PARTS[label as keyof typeof PARTS]];
          if (!of) continue;
          tally.compared();
          if (field.fen <= of.fen) continue;
          const ref = (f: Field): Ref => ({
            ...spanOf(f.paragraph, si, f.index, f.start, f.end),
            text: f.paragraph.text,
          });
          tally.add({
            rule: this.id,
            severity: 'error',
            message: bi(
              `${project ? `项目“${project}”：` : ''}其中${field.label}${showAmount(field.fen, '元')}大于${of.label}${showAmount(of.fen, '元')}`,
              `${project ? `project "${project}": ` : ''}${quote(field.label)} ${showAmount(field.fen, '元')} exceeds ${quote(of.label)} ${showAmount(of.fen, '元')}`,
            ),
            formula: bi(
              `${field.label} ${showAmount(field.fen, '元')} > ${of.label} ${showAmount(of.fen, '元')}`,
              `${quote(field.label)} ${showAmount(field.fen, '元')} > ${quote(of.label)} ${showAmount(of.fen, '元')}`,
            ),
            refs: [ref(field), ref(of)],
            expected: { fen: of.fen, unit: '元', text: showAmount(of.fen, '元'), label: bi(of.label, quote(of.label)) },
            actual: {
              fen: field.fen,
              unit: '元',
              text: showAmount(field.fen, '元'),
              label: bi(field.label, quote(field.label)),
            },
          });
        }
      }
    }
    return tally.outcome(bi('没有列明资金构成的项目表', 'no project form stating its funds'));
  },
};
