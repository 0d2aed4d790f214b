/**
 * The words of a department's dossier (its documents read together), on the page and in the HTML
 * report, in Chinese and English.
 */
import { countEn, type DocumentKind, type Relation, RULES } from '@hezhang/core';
import type { Lang } from './i18n.js';
import { REVIEW_STRINGS } from './review-strings.js';

const zh = {
  title: (department: string) => `部门档案：${department}`,
  intro: (n: number) => `同一部门的 ${n} 份文档一起核对：部门与所属单位、预算与同年决算、各年度之间。`,
  documents: '文档',
  kind: {
    department_budget: '部门预算',
    unit_budget: '单位预算',
    department_final: '部门决算',
    unit_final: '单位决算',
  } satisfies Record<DocumentKind, string>,
  /** The card's and the batch list's words. */
  verdict: REVIEW_STRINGS.zh.verdict,
  counts: (errors: number, warnings: number) => `错误 ${errors}，警告 ${warnings}`,
  /** A unit's name after its kind: "单位预算（某单位）". */
  unit: (name: string) => `（${name}）`,
  /** Words in brackets before a colon: a comparison's relation and the rule's name in words (never its id). */
  aside: (...parts: string[]) => `（${parts.join('，')}）：`,
  /** A heading with its count: "本次无法核对（3）". */
  counted: (label: string, n: number) => `${label}（${n}）`,
  year: '年度',
  document: '文档',
  type: '类型',
  result: '结论',
  open: '查看报告',
  links: '相互核对',
  relation: {
    units: '所属单位',
    department: '所属部门',
    budget: '同年预算',
    final: '同年决算',
    earlier: '上一年度',
    later: '下一年度',
  } satisfies Record<Relation, string>,
  impossible: '本次无法核对',
  findings: '文档之间的问题',
  noFindings: '文档之间没有发现问题。',
  charts: '各年度支出',
  totalsChart: '支出合计与资金来源（万元）',
  classesChart: '支出按功能分类（万元）',
  budget: '预算',
  final: '决算',
  column: (year: number, stage: 'budget' | 'final') => `${year}年${stage === 'final' ? '决算' : '预算'}`,
  chartNote: '预算取部门预算的支出预算，决算取部门决算的本年支出合计；同一年两者都有时并列。',
  downloadPng: '下载图片（PNG）',
  downloadSvg: '下载图片（SVG）',
  exportHtml: '档案报告（HTML）',
  source: (names: string) => `数据来源：${names}。由核账 Hezhang 在本机核对生成。`,
};

type DossierStrings = typeof zh;

const en: DossierStrings = {
  title: (department) => `Dossier: ${department}`,
  intro: (n) =>
    `${n} documents of one department checked together: the department and its units, budgets and final accounts of a year, the years.`,
  documents: 'Documents',
  kind: {
    department_budget: 'department budget',
    unit_budget: 'unit budget',
    department_final: 'department final accounts',
    unit_final: 'unit final accounts',
  },
  verdict: REVIEW_STRINGS.en.verdict,
  counts: (errors, warnings) => `${countEn(errors, 'error')}, ${countEn(warnings, 'warning')}`,
  unit: (name) => ` (${name})`,
  aside: (...parts) => ` (${parts.join(', ')}): `,
  counted: (label, n) => `${label} (${n})`,
  year: 'Year',
  document: 'Document',
  type: 'Type',
  result: 'Verdict',
  open: 'Open report',
  links: 'Compared with each other',
  relation: {
    units: 'unit',
    department: 'department',
    budget: 'budget of the year',
    final: 'final accounts of the year',
    earlier: 'year before',
    later: 'year after',
  },
  impossible: 'Not possible with these documents',
  findings: 'Findings between the documents',
  noFindings: 'Nothing found between the documents.',
  charts: 'Expenditure over the years',
  totalsChart: 'Expenditure in total and by fund (10,000 yuan)',
  classesChart: 'Expenditure by function class (10,000 yuan)',
  budget: 'budget',
  final: 'final accounts',
  column: (year, stage) => `${year} ${stage === 'final' ? 'final' : 'budget'}`,
  chartNote:
    "Budgets: the department budget's expenditure; final accounts: the year's expenditure in the final accounts; side by side where a year has both.",
  downloadPng: 'Download picture (PNG)',
  downloadSvg: 'Download picture (SVG)',
  exportHtml: 'Dossier report (HTML)',
  source: (names) => `Source: ${names}. Checked on this computer by Hezhang 核账.`,
};

/** A rule by its name in words (core's title), never its id; the id only for a rule this version does not know. */
export function ruleName(id: string, lang: Lang): string {
  return RULES.find((r) => r.id === id)?.title[lang] ?? id;
}

export const DOSSIER_STRINGS: Record<Lang, DossierStrings> = { zh, en };
export type { DossierStrings };
