/**
 * The words of the review (已核实 / 误报) and of the exports that carry it (the report as HTML, the
 * annotated PDF), in Chinese and English. Kept beside i18n.ts: these strings also travel into files
 * made off the page (the worker writes the annotated PDF).
 */
import { countEn, type ReviewStatus, type Severity, type Verdict } from '@hezhang/core';
import type { Lang } from './i18n.js';

const zh = {
  reviewLabel: '核查',
  status: { open: '待核查', confirmed: '已核实', dismissed: '误报' } satisfies Record<ReviewStatus, string>,
  action: { confirm: '已核实', dismiss: '误报', reopen: '重新核查' },
  actionTitle: {
    confirm: '核实无误：这是一处真实的错误',
    dismiss: '不是错误：不计入结论',
    reopen: '撤销标记，恢复为待核查',
  },
  note: '备注',
  notePlaceholder: '核查情况、依据、联系了谁…',
  reviewCounts: (confirmed: number, dismissed: number, open: number) =>
    `核查：已核实 ${confirmed}，误报 ${dismissed}（不计入结论），待核查 ${open}`,
  dismissedNote: (n: number) => `已排除 ${n} 条误报`,
  /** The filter chip of the findings dismissed as 误报. */
  dismissedCount: (n: number) => `误报 ${n}`,
  severity: { error: '错误', warning: '警告', info: '提示' } satisfies Record<Severity, string>,
  formula: '公式',
  expected: '应为',
  actual: '实际',
  difference: '差额',
  madeBy: '核账 Hezhang',
  exportHtml: '报告（HTML）',
  exportAnnotatedPdf: '带批注的 PDF',
  exportFailed: '导出失败',
  // The HTML report.
  reportTitle: '预算公开核查报告',
  identity: '文档',
  department: '部门',
  year: '年度',
  documentType: '类型',
  fileName: '文件',
  fileHash: 'SHA-256',
  checkedAt: '核对时间',
  version: '核账版本',
  docType: (scope: 'department' | 'unit', stage: 'budget' | 'final') =>
    `${scope === 'unit' ? '单位' : '部门'}${stage === 'final' ? '决算' : '预算'}`,
  verdictTitle: '结论',
  verdict: { ok: '一致', warning: '有警告', error: '有错误', incomplete: '未能完全核对' } satisfies Record<
    Verdict,
    string
  >,
  counts: (errors: number, warnings: number, infos: number) => `错误 ${errors}，警告 ${warnings}，提示 ${infos}`,
  checksRun: (run: number, notApplicable: number, insufficient: number) =>
    `已运行 ${run} 项核对；${notApplicable} 项不适用于本文档，${insufficient} 项因缺少数据未能运行`,
  pagesTitle: '页面概览',
  pagesNote: '红框为错误、橙框为警告、蓝框为提示所在位置；数字为该页的问题数。',
  pagesOmitted: (n: number) => `另有 ${n} 页没有问题，未列出`,
  pageLabel: (n: number) => `第 ${n} 页`,
  chartsTitle: '图表',
  byClassTitle: '支出按功能分类（类）',
  byClassUnit: (unit: string) => `单位：${unit}`,
  yearsTitle: (year: number | undefined, last: number | undefined) =>
    `${year ?? '本'}年与${last ?? '上'}年（文中所述）`,
  thisYear: (year: number | undefined) => `${year ? `${year}年` : '本年'}（本文档所列）`,
  lastYear: (year: number | undefined) => `${year ? `${year}年` : '上年'}（据文字所述上年数）`,
  findingsTitle: '发现的问题',
  noFindings: '没有发现问题。',
  where: '位置',
  snippetAlt: (page: number) => `第 ${page} 页所涉部分`,
  morePages: (n: number) => `另有 ${n} 页未附图`,
  notRunTitle: '未能运行的核对',
  footer: '本报告由核账在本机生成：检查公开预算文件中表格与文字是否一致。金额以文档所印为准。',
};

export type ReviewStrings = typeof zh;

const en: ReviewStrings = {
  reviewLabel: 'Review',
  status: { open: 'Open', confirmed: 'Confirmed', dismissed: 'Not a mistake' },
  action: { confirm: 'Confirm', dismiss: 'Not a mistake', reopen: 'Reopen' },
  actionTitle: {
    confirm: 'Checked: this is a real mistake',
    dismiss: 'Not a mistake: leaves the verdict',
    reopen: 'Remove the mark: open again',
  },
  note: 'Note',
  notePlaceholder: 'What you checked, on what grounds, whom you asked…',
  reviewCounts: (confirmed, dismissed, open) =>
    `Review: ${confirmed} confirmed, ${dismissed} dismissed as not a mistake (not counted), ${open} open`,
  dismissedNote: (n) => `${n} dismissed as not a mistake`,
  dismissedCount: (n) => `Not mistakes ${n}`,
  severity: { error: 'Error', warning: 'Warning', info: 'Note' },
  formula: 'Formula',
  expected: 'Expected',
  actual: 'Printed',
  difference: 'Difference',
  madeBy: '核账 Hezhang',
  exportHtml: 'Report (HTML)',
  exportAnnotatedPdf: 'Annotated PDF',
  exportFailed: 'Export failed',
  reportTitle: 'Budget disclosure check',
  identity: 'Document',
  department: 'Department',
  year: 'Year',
  documentType: 'Type',
  fileName: 'File',
  fileHash: 'SHA-256',
  checkedAt: 'Checked',
  version: 'Hezhang version',
  docType: (scope, stage) =>
    `${scope === 'unit' ? 'unit' : 'department'} ${stage === 'final' ? 'final accounts' : 'budget'}`,
  verdictTitle: 'Verdict',
  verdict: { ok: 'Consistent', warning: 'Warnings', error: 'Errors', incomplete: 'Could not fully check' },
  counts: (errors, warnings, infos) =>
    `${countEn(errors, 'error')}, ${countEn(warnings, 'warning')}, ${countEn(infos, 'note')}`,
  checksRun: (run, notApplicable, insufficient) =>
    `${countEn(run, 'check')} run; ${notApplicable} did not apply to this document, ${insufficient} could not run for want of data`,
  pagesTitle: 'Pages',
  pagesNote: 'Red boxes mark errors, amber warnings, blue notes; the number is the page’s findings.',
  pagesOmitted: (n) => `${countEn(n, 'more page')} without findings not shown`,
  pageLabel: (n) => `p. ${n}`,
  chartsTitle: 'Charts',
  byClassTitle: 'Expenditure by function class',
  byClassUnit: (unit) => `Unit: ${unit}`,
  yearsTitle: (year, last) => `${year ?? 'This year'} against ${last ?? 'last year'} (as the text states)`,
  thisYear: (year) => `${year ?? 'This year'} (this document)`,
  lastYear: (year) => `${year ?? 'Last year'} (as the text states it)`,
  findingsTitle: 'Findings',
  noFindings: 'Nothing found.',
  where: 'Where',
  snippetAlt: (page) => `The part of page ${page} involved`,
  morePages: (n) => `${countEn(n, 'more page')} not pictured`,
  notRunTitle: 'Checks that could not run',
  footer:
    'Made by Hezhang on this machine: it checks that the tables and the text of a published budget agree. Amounts are as the document prints them.',
};

export const REVIEW_STRINGS: Record<Lang, ReviewStrings> = { zh, en };
