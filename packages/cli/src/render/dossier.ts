import {
  type DocumentKind,
  type Dossier,
  dossierMarks,
  formatAmount,
  PUNCTUATION,
  type Relation,
  type Report,
  RULES,
} from '@hezhang/core';
import type { Lang } from '../args.js';
import { reviewLine, reviewTag } from './marks.js';
import { displayWidth, padEnd } from './width.js';

/**
 * Documents read together: in each report, which documents were paired with it and why, which pairing
 * was impossible and why; after the reports, each department's dossier — its documents, the findings
 * between them, and its expenditure over the years. Everything here is core's pairing and dossier.
 */

const RELATION: Record<Relation, { zh: string; en: string }> = {
  units: { zh: '所属单位', en: 'unit' },
  department: { zh: '所属部门', en: 'department' },
  budget: { zh: '同年预算', en: 'budget of the year' },
  final: { zh: '同年决算', en: 'final accounts of the year' },
  earlier: { zh: '上一年度', en: 'year before' },
  later: { zh: '下一年度', en: 'year after' },
};

const KIND: Record<DocumentKind, { zh: string; en: string }> = {
  department_budget: { zh: '部门预算', en: 'department budget' },
  unit_budget: { zh: '单位预算', en: 'unit budget' },
  department_final: { zh: '部门决算', en: 'department final accounts' },
  unit_final: { zh: '单位决算', en: 'unit final accounts' },
};

const VERDICT_MARK: Record<Report['summary']['verdict'], string> = {
  ok: '✓',
  warning: '!',
  error: '✗',
  incomplete: '?',
};

/** A rule by its name in words ("同一部门不同年度的增减" / …), never its id. */
const ruleName = (id: string, lang: Lang) => RULES.find((r) => r.id === id)?.title[lang] ?? id;

/** "（a，b）：" in Chinese, " (a, b): " in English. */
const aside = (parts: readonly string[], lang: Lang) =>
  lang === 'en' ? ` (${parts.join(', ')}): ` : `（${parts.join('，')}）：`;

/** A report's pairing lines (empty for a document checked alone). */
export function renderPairing(report: Report, lang: Lang): string[] {
  const p = report.pairing;
  if (!p) return [];
  const en = lang === 'en';
  const out: string[] = [];
  if (p.unpaired) out.push(`${en ? 'not paired: ' : '未配对：'}${p.unpaired[lang]}`);
  if (p.paired.length + p.impossible.length === 0) return out;
  out.push(en ? 'Read with:' : '与以下文档一起核对：');
  // Each by its relation in words (所属单位, 上一年度 …): the rule it serves is named in the checks.
  for (const d of p.paired) out.push(`  + ${d.name}${aside([RELATION[d.relation][lang]], lang)}${d.reason[lang]}`);
  for (const d of p.impossible)
    out.push(`  - ${RELATION[d.relation][lang]}${PUNCTUATION[lang].colon}${d.reason[lang]}`);
  return out;
}

/** The widths of the kinds' words, so that the documents' names line up. */
const kindWidths = (lang: Lang) => Object.values(KIND).map((k) => displayWidth(k[lang]));

/** 万元 with two decimals, from 分. */
const wan = (fen: number | undefined) => (fen === undefined ? '—' : formatAmount(fen, '万元', 2));

/** The dossiers of departments with more than one document. */
export function renderDossiers(dossiers: readonly Dossier[], lang: Lang, reports: readonly Report[] = []): string {
  const en = lang === 'en';
  // A finding between documents shows the mark its own report gave it (`--review`).
  const markOf = dossierMarks(reports);
  const out: string[] = [];
  const kindWidth = Math.max(...kindWidths(lang));
  for (const d of dossiers.filter((x) => x.documents.length > 1)) {
    out.push(`━━ ${en ? 'Dossier: ' : '部门档案：'}${d.department} ━━`);
    for (const doc of d.documents)
      out.push(
        `  ${VERDICT_MARK[doc.verdict]} ${doc.year ?? '—'} ${padEnd(KIND[doc.kind][lang], kindWidth)} ${doc.name}${doc.unit ? (en ? ` (${doc.unit})` : `（${doc.unit}）`) : ''}`,
      );
    if (d.links.length > 0) {
      out.push(en ? 'Compared:' : '相互核对：');
      for (const l of d.links)
        out.push(`  ${l.from} ↔ ${l.to}${en ? ` (${ruleName(l.rule, lang)})` : `（${ruleName(l.rule, lang)}）`}`);
    }
    if (d.impossible.length > 0) {
      out.push(en ? 'Not possible with these documents:' : '本次无法核对：');
      for (const i of d.impossible) out.push(`  ${i.document}${PUNCTUATION[lang].colon}${i.reason[lang]}`);
    }
    out.push(
      d.findings.length > 0
        ? en
          ? `Findings between the documents (${d.findings.length}):`
          : `文档之间的问题（${d.findings.length}）：`
        : en
          ? 'Findings between the documents: none'
          : '文档之间的问题：无',
    );
    for (const { document, index, finding } of d.findings) {
      const mark = markOf({ document, index });
      out.push(
        `  ${finding.severity === 'error' ? '✗' : finding.severity === 'warning' ? '!' : 'i'} ${document}${PUNCTUATION[lang].colon}${reviewTag(mark, lang)}${finding.message[lang]}`,
      );
      const reviewed = reviewLine(mark, lang);
      if (reviewed) out.push(`      ${reviewed}`);
    }
    const rows = [...d.totals, ...d.funds];
    if (rows.length > 0 && d.years.length > 0) {
      out.push(en ? 'Expenditure (万元), budget / final accounts:' : '支出（万元），预算 / 决算：');
      const head = ['', ...d.years.map(String)];
      const cells = rows.map((s) => [s.name[lang], ...s.points.map((p) => `${wan(p.budget)} / ${wan(p.final)}`)]);
      const widths = head.map((_, i) => Math.max(...[head, ...cells].map((r) => displayWidth(r[i] ?? ''))));
      for (const r of [head, ...cells])
        out.push(
          `  ${r
            .map((c, i) => padEnd(c, widths[i] ?? 0))
            .join('  ')
            .trimEnd()}`,
        );
    }
    out.push('');
  }
  return out.join('\n');
}
