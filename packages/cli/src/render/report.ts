import {
  type CompiledTemplate,
  countEn,
  describeRefs,
  documentTitle,
  type Finding,
  groupFindings,
  PUNCTUATION,
  type Report,
  readingProblems,
  reviewOf,
  SECTION_TITLES,
  sectionOf,
  templateOf,
} from '@hezhang/core';
import type { Lang } from '../args.js';
import { renderPairing } from './dossier.js';
import { reviewLine, reviewTag } from './marks.js';

const VERDICT: Record<Report['summary']['verdict'], { zh: string; en: string }> = {
  ok: { zh: '一致：所有检查均已运行并通过', en: 'consistent: every check ran and passed' },
  warning: { zh: '有警告', en: 'warnings' },
  error: { zh: '发现错误', en: 'errors found' },
  incomplete: { zh: '未能完整核对', en: 'could not be fully checked' },
};

const SEVERITY = {
  error: { zh: '错误', en: 'error', mark: '✗', title: { zh: '错误', en: 'Errors' } },
  warning: { zh: '警告', en: 'warning', mark: '!', title: { zh: '警告', en: 'Warnings' } },
  info: { zh: '提示', en: 'note', mark: 'i', title: { zh: '提示', en: 'Notes' } },
} as const;

/** A report's (or a batch's) findings counted: "错误 2，警告 1，提示 3" / "2 errors, 1 warning, 3 notes". */
export function counted(c: { errors: number; warnings: number; infos: number }, lang: Lang): string {
  return lang === 'en'
    ? `${countEn(c.errors, 'error')}, ${countEn(c.warnings, 'warning')}, ${countEn(c.infos, 'note')}`
    : `错误 ${c.errors}，警告 ${c.warnings}，提示 ${c.infos}`;
}

/** `hezhang check` without --json: findings by severity, then page, each with its section and where to look. */
export function renderReport(report: Report, lang: Lang): string {
  const en = lang === 'en';
  const s = report.summary;
  const m = report.document.meta;
  const template = templateOf(report.document);
  const title = documentTitle(m);
  const out: string[] = [];
  out.push(
    `━━ ${report.source.name} ━━ ${[m.department, title.year?.[lang], title.kind[lang]].filter(Boolean).join(' · ')}`,
  );
  out.push(
    en
      ? `verdict: ${VERDICT[s.verdict].en} — ${counted(s, lang)}; ${countEn(s.checksRun, 'check')} ran (${s.passed} passed), ${s.insufficientData} could not run for want of data, ${s.notApplicable} did not apply`
      : `结论：${VERDICT[s.verdict].zh} —— ${counted(s, lang)}；运行检查 ${s.checksRun} 项（通过 ${s.passed}），因缺少数据未能运行 ${s.insufficientData} 项，不适用 ${s.notApplicable} 项`,
  );
  const review = reviewOf(report);
  if (review)
    out.push(
      en
        ? `review: ${review.confirmed} confirmed, ${review.dismissed} dismissed (not counted above), ${review.open} open`
        : `核查：已核实 ${review.confirmed}，误报 ${review.dismissed}（不计入以上结论），待核查 ${review.open}`,
    );
  // What could not be read comes first: every check that needed it could not run, and a reader
  // weighing the findings must know it before reading them.
  const reading = unreadLines(report, lang);
  if (reading.length > 0)
    out.push(
      '',
      en ? 'Not read in full (checks that need it did not run):' : '未能完整读取（依赖这些内容的检查未运行）：',
      ...reading,
    );
  const pairing = renderPairing(report, lang);
  if (pairing.length > 0) out.push(...pairing);
  else if (report.previous.length > 0)
    out.push(
      en
        ? `compared with: ${report.previous.map((p) => `${p.name}${p.year ? ` (${p.year})` : ''}`).join(', ')}`
        : `已与以下文档比较：${report.previous.map((p) => `${p.name}${p.year ? `（${p.year}年）` : ''}`).join('、')}`,
    );
  // Errors, then warnings, then notes; within each, by page (core's one order), each with its section.
  for (const group of groupFindings(report)) {
    out.push(
      '',
      `${SEVERITY[group.severity].title[lang]}${en ? ` (${group.findings.length})` : `（${group.findings.length}）`}`,
    );
    for (const { finding: f, index } of group.findings) {
      const sev = SEVERITY[f.severity];
      const mark = review?.marks[index];
      const tag = reviewTag(mark, lang);
      const section = SECTION_TITLES[sectionOf(report, f)][lang];
      out.push(
        `  ${sev.mark} ${sev[lang]}  [${section}] ${tag}${f.message[lang]}${f.count && f.count > 1 ? ` (×${f.count})` : ''}`,
      );
      const formula = f.formula?.[lang];
      if (formula) out.push(`      ${formula}`);
      const where = whereToLook(f, en, template, report);
      if (where) out.push(`      ${en ? 'where: ' : '位置：'}${where}`);
      const reviewed = reviewLine(mark, lang);
      if (reviewed) out.push(`      ${reviewed}`);
    }
  }
  const notRun = report.checks.filter((c) => c.status === 'insufficient_data');
  if (notRun.length > 0) {
    out.push('', en ? 'Checks that could not run:' : '未能运行的检查：');
    for (const c of notRun) out.push(`  - ${c.title[lang]}${c.reason ? `${en ? ': ' : '：'}${c.reason[lang]}` : ''}`);
  }
  return out.join('\n');
}

/** What could not be read (core's readingProblems): each table with its first reasons, then the document's. */
function unreadLines(report: Report, lang: Lang): string[] {
  const en = lang === 'en';
  return readingProblems(report).map((p) => {
    const why = p.reasons.map((r) => r[lang]);
    const shown = why.slice(0, MAX_PROBLEMS_SHOWN).join(en ? '; ' : '；');
    const more =
      why.length > MAX_PROBLEMS_SHOWN
        ? en
          ? ` and ${why.length - MAX_PROBLEMS_SHOWN} more`
          : ` 等 ${why.length} 处`
        : '';
    return `  ! ${p.name ? `${p.name[lang]}${en ? ': ' : '：'}` : ''}${shown}${more}`;
  });
}

/** Problems listed per table before "and N more". */
const MAX_PROBLEMS_SHOWN = 3;

/** Where to look: the first four places a finding points at, and how many more. */
function whereToLook(f: Finding, en: boolean, template: CompiledTemplate, report: Report): string {
  const places = describeRefs(f.refs.slice(0, 4), template, en ? 'en' : 'zh', report.document);
  const more = f.refs.length > 4 ? (en ? ` and ${f.refs.length - 4} more` : ` 等 ${f.refs.length} 处`) : '';
  return places.join(PUNCTUATION[en ? 'en' : 'zh'].list) + more;
}
