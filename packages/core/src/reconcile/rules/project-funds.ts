import { spanOf } from '../../claims/text.js';
import { parseAmount } from '../../model/amount.js';
import { bi, quote } from '../../model/bilingual.js';
import type { Claim } from '../../model/claim.js';
import type { Paragraph } from '../../model/document.js';
import type { Ref } from '../../model/finding.js';
import { claimRef } from '../claim-refs.js';
import { showAmount } from '../quantities.js';
import { type Figure, orderAgreement, printedFigure, sumAgreement, toleranceText } from '../rounding.js';
import { type CheckContext, type Rule, Tally } from '../rule.js';

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
  /** The section and the project (项目名称) of the form it is printed in. */
  section: number;
  project: string;
  fen: number;
  /** The amount at its printed precision (the forms print 元, with or without 分). */
  figure: Figure;
  paragraph: Paragraph;
  index: number;
  start: number;
  end: number;
}

/** The amounts of the performance target forms, in print order, each with its form's project. */
function* formFields(ctx: CheckContext): Generator<Field> {
  for (const [si, section] of ctx.document.sections.entries()) {
    if (section.kind !== 'project') continue;
    let project = '';
    for (const [pi, p] of section.paragraphs.entries()) {
      const named = /项目名称\s*[:：]?\s*(\S+?)\s*(?:项目性质|$)/u.exec(p.text);
      if (named?.[1]) project = named[1];
      for (const m of p.text.matchAll(FIELD)) {
        const parsed = parseAmount(m.groups?.n ?? '', '元');
        if (!parsed) continue;
        const start = m.index ?? 0;
        yield {
          label: (m.groups?.label ?? '').replace(/^其中[:：]\s*/u, ''),
          section: si,
          project,
          fen: parsed.fen,
          figure: printedFigure({ fen: parsed.fen, unit: '元', decimals: parsed.decimals }),
          paragraph: p,
          index: pi,
          start,
          end: start + m[0].length,
        };
      }
    }
  }
}

/** Where a form's amount is printed. */
const fieldRef = (f: Field): Ref => ({
  ...spanOf(f.paragraph, f.section, f.index, f.start, f.end),
  text: f.paragraph.text,
});

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
    let whole: Partial<Record<'project' | 'year', Field>> = {};
    let section = -1;
    for (const field of formFields(ctx)) {
      if (field.section !== section) {
        section = field.section;
        whole = {};
      }
      const { label, project } = field;
      if (label in WHOLES) {
        whole[WHOLES[label as keyof typeof WHOLES]] = field;
        continue;
      }
      const of = whole[PARTS[label as keyof typeof PARTS]];
      if (!of) continue;
      tally.compared();
      if (orderAgreement(field.figure, '<=', of.figure) !== 'mismatch') continue;
      tally.add({
        rule: this.id,
        severity: 'error',
        message: bi(
          `${project ? `项目“${project}”：` : ''}其中${field.label}${showAmount(field.fen, '元')}大于${of.label}${showAmount(of.fen, '元')}`,
          `${project ? `project ${quote(project)}: ` : ''}${quote(field.label)} ${showAmount(field.fen, '元')} exceeds ${quote(of.label)} ${showAmount(of.fen, '元')}`,
        ),
        formula: bi(
          `${field.label} ${showAmount(field.fen, '元')} > ${of.label} ${showAmount(of.fen, '元')}`,
          `${quote(field.label)} ${showAmount(field.fen, '元')} > ${quote(of.label)} ${showAmount(of.fen, '元')}`,
        ),
        refs: [fieldRef(field), fieldRef(of)],
        expected: { fen: of.fen, unit: '元', text: showAmount(of.fen, '元'), label: bi(of.label, quote(of.label)) },
        actual: {
          fen: field.fen,
          unit: '元',
          text: showAmount(field.fen, '元'),
          label: bi(field.label, quote(field.label)),
        },
      });
    }
    return tally.outcome(bi('没有列明资金构成的项目表', 'no project form stating its funds'));
  },
};

/** One 绩效目标填报表 as printed: its two totals (元). */
interface ProjectForm {
  project?: Field;
  year?: Field;
}

/** The performance target forms of a document, in print order: each starts at its 项目资金总额. */
function projectForms(ctx: CheckContext): ProjectForm[] {
  const forms: ProjectForm[] = [];
  for (const field of formFields(ctx)) {
    if (!(field.label in WHOLES)) continue;
    const which = WHOLES[field.label as keyof typeof WHOLES];
    const last = forms.at(-1);
    if (which === 'project' || !last || last.year) forms.push({ [which]: field });
    else last.year = field;
  }
  return forms;
}

/**
 * "编报绩效目标的项目5个，涉及项目预算资金3328.13万元" against the forms the document prints: where it prints
 * as many forms as the projects it counts, the money is their total (年度资金申请总额, or 项目资金总额),
 * at the printed precision. A difference is a warning: the document contradicts itself, and which of
 * the two is wrong it does not say (wanli-2023: five forms of 3,351.33万元 together, the text 3,328.13).
 * With another number of forms (some projects printed, or none) nothing can be compared.
 */
export const performanceForms: Rule = {
  id: 'prose.performance_forms',
  title: bi('绩效目标项目资金 = 所附绩效目标表之和', 'Project funds with performance targets match the forms printed'),
  section: 'prose',
  severity: 'warning',
  formula: () =>
    bi(
      '文中“编报绩效目标的项目N个，涉及项目预算资金X万元”，文档印有N张绩效目标表时：X = Σ年度资金申请总额（或Σ项目资金总额），按打印精度',
      '"N projects with performance targets, X 万元": where the document prints N forms, X = Σ the year’s requests (or Σ the project totals), at the printed precision',
    ),
  run(ctx) {
    const tally = new Tally(ctx);
    const forms = projectForms(ctx);
    const claims = ctx.claims.filter((c) => c.kind === 'performance' && c.amount && c.count !== undefined);
    for (const claim of claims) {
      const stated = claim.amount as NonNullable<Claim['amount']>;
      if (forms.length === 0 || claim.count !== forms.length) continue;
      const totals = (which: 'project' | 'year') => {
        const fields = forms.map((f) => f[which]);
        return fields.every((f): f is Field => f !== undefined) ? fields : undefined;
      };
      const year = totals('year');
      const project = totals('project');
      const sums = [year, project].filter((f): f is Field[] => f !== undefined);
      if (sums.length === 0) {
        tally.couldNotRead(bi('绩效目标表的资金总额未能全部读到', 'the forms’ totals could not all be read'));
        continue;
      }
      tally.compared();
      const text = printedFigure(stated);
      const refs = [claimRef(claim)];
      if (
        sums.some(
          (fields) =>
            sumAgreement(
              fields.map((f) => f.figure),
              text,
            ) !== 'mismatch',
        )
      ) {
        tally.passed(this.id, () => ({ formula: bi(`${stated.text} = Σ ${forms.length}张绩效目标表`), refs }));
        continue;
      }
      const fields = year ?? (project as Field[]);
      const sum = fields.reduce((s, f) => s + f.fen, 0);
      const label = fields[0]?.label ?? '';
      tally.add({
        rule: this.id,
        severity: 'warning',
        message: bi(
          `文中编报绩效目标的项目${claim.count}个，涉及项目预算资金${stated.text}；文档所附${forms.length}张绩效目标表的${label}之和为${showAmount(sum, '万元')}`,
          `the text counts ${claim.count} projects with performance targets, ${stated.text}; the ${forms.length} forms printed give ${showAmount(sum, '万元')} together (${quote(label)})`,
        ),
        formula: bi(
          `${fields.map((f) => showAmount(f.fen, '元')).join(' + ')} = ${showAmount(sum, '元')} ≠ ${stated.text}`,
        ),
        refs: [...refs, ...fields.map(fieldRef)],
        expected: { fen: sum, unit: '万元', text: showAmount(sum, '万元'), label: bi('绩效目标表', 'the forms') },
        actual: { fen: stated.fen, unit: stated.unit, text: stated.text, label: bi('文字', 'text') },
        tolerance: toleranceText(stated),
      });
    }
    return tally.outcome(
      bi('没有可与绩效目标表核对的项目资金', 'no project funds to check against printed performance forms'),
    );
  },
};
