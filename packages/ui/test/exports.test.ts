import { orderedFindings } from '@hezhang/core';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { findingsCsv, foldAlike } from '../src/export/csv.js';
import { htmlReport } from '../src/export/html-report.js';
import { inspectionRows, inspectionSheetData } from '../src/export/inspection-sheet.js';
import { inspectionWorkbook } from '../src/export/workbook.js';
import { pdfReport } from './pdf-report.js';
import { seedReport } from './seed-report.js';

const report = seedReport();

const ITEMS = [
  '封面',
  '目录',
  '主要职能',
  '机构设置',
  '名词解释',
  '预算编制说明',
  '财务收支预算总表',
  '收入预算总表',
  '支出预算总表',
  '财政拨款收支预算总表',
  '一般公共预算支出功能分类预算表',
  '政府性基金预算支出功能分类预算表',
  '国有资本经营预算支出功能分类预算表',
  '一般公共预算基本支出部门预算经济分类预算表',
  '“三公”经费和机关运行经费预算表',
  '其他相关情况说明',
  '项目经费情况说明',
];

describe('inspection sheet (检查表)', () => {
  it('has the inspectors’ rows and places every finding once', () => {
    const rows = inspectionRows(report);
    expect(rows.map((r) => r.item)).toHaveLength(17);
    expect(rows.slice(0, 6).map((r) => r.item)).toEqual(ITEMS.slice(0, 6));
    expect(rows.slice(-2).map((r) => r.item)).toEqual(ITEMS.slice(-2));
    expect(rows.reduce((n, r) => n + r.problems.length, 0)).toBe(report.findings.length);
    const explanation = rows.find((r) => r.item === '预算编制说明');
    expect(explanation?.conforms).toBe(false);
    expect(explanation?.problems.join('\n')).toContain('其他医疗救助');
  });

  // A workbook written and read back: seconds on a loaded machine (6 s in the full suite on two cores).
  it('writes a workbook that reads back with the same cells', { timeout: 60_000 }, async () => {
    const blob = await inspectionWorkbook(report);
    const sheets = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(sheets).toHaveLength(1);
    expect(sheets[0]?.sheet).toBe('检查表');
    const data = sheets[0]?.data ?? [];
    expect(data[0]).toEqual(['检查项目', '符合要求', '问题']);
    expect(data.map((row) => String(row[0]))).toEqual(inspectionSheetData(report).map((row) => row[0]));
    expect(data.slice(1).every((row) => row[1] === '是' || row[1] === '否')).toBe(true);
  });
});

describe('CSV', () => {
  it('has a header and one line per finding, quoting commas and quotes', () => {
    const csv = findingsCsv([report]);
    expect(csv.startsWith('\uFEFFdocument,verdict,rule')).toBe(true);
    const records = csv.trim().split(/\r\n(?=003_)/);
    // Findings that read exactly alike are one line, with their count.
    expect(records).toHaveLength(foldAlike(orderedFindings(report)).length + 1);
    expect(csv).toContain('"“其他医疗救助”科目1803万元');
    // What the document is, in its template's words, on every line.
    expect(csv.split('\r\n')[1]).toContain(',2026年 部门预算,');
  });

  it('names the parts of a final account’s inspection sheet as final accounts do', () => {
    const final = structuredClone(report);
    final.document.meta = { ...final.document.meta, stage: 'final', template: 'shanghai-final' };
    const items = inspectionRows(final).map((r) => r.item);
    expect(items).toContain('决算情况说明');
    expect(items).toContain('其他重要事项的情况说明');
    expect(items).toContain('收入支出决算总表');
    expect(items).not.toContain('预算编制说明');
  });
});

describe('findings that read alike', () => {
  // The real case: shczj-2025-unit.pdf's two `a unit budget says "部门预算"` findings, whose Chinese
  // messages quote different sentences. Here a finding of seed 003 twice, its Chinese quote changed.
  const first = report.findings.find((f) => f.rule === 'document.scope') ?? report.findings[0];
  if (!first) throw new Error('seed 003 has no finding');
  const twin = { ...first, message: { ...first.message, zh: `${first.message.zh}（另一处）` } };
  const doubled = { ...report, findings: [...report.findings, twin, first] };

  it('are one line of the CSV when they are exactly alike, with their count and every place', () => {
    const csv = findingsCsv([doubled]);
    const lines = csv.trim().split(/\r\n(?=003_)/);
    // The exact copy folds into the original; the twin (another Chinese quote) stays a line of its own.
    expect(lines).toHaveLength(report.findings.length + 2);
    const header = (lines[0] ?? '').replace('\uFEFF', '').split(',');
    expect(header).toContain('count');
    expect(header).toContain('place');
    const original = lines.find((l) => l.includes(first.message.zh) && !l.includes('（另一处）')) ?? '';
    expect(original.split(',')[header.indexOf('count')]).toBe(String(2 * (first.count ?? 1)));
  });

  it('name their places in words, never by key', () => {
    const csv = findingsCsv([report]);
    const header = (csv.split('\r\n')[0] ?? '').replace('\uFEFF', '').split(',');
    expect(header).not.toContain('row');
    expect(csv).toContain('财政拨款收支预算总表 · 支出总计 · 合计 · 第228行');
    expect(csv).not.toMatch(/,(general_budget|fiscal_grant|expenditure_summary|general_budget_by_function),/);
  });
});

describe('the order of every export', () => {
  // A report in another order (as an older build saved it): every export still shows errors first.
  const shuffled = { ...report, findings: [...report.findings].reverse() };
  const rank = (severity: string) => ['error', 'warning', 'info'].indexOf(severity);
  const ascending = (ranks: number[]) => expect(ranks).toEqual([...ranks].sort((a, b) => a - b));

  it('lists errors, then warnings, then notes in the CSV', () => {
    const lines = findingsCsv([shuffled])
      .trim()
      .split(/\r\n(?=003_)/)
      .slice(1);
    const severities = lines.map((l) => /^[^,]*,\w+,[^,]*,\w+,(error|warning|info),/.exec(l)?.[1] ?? '');
    expect(new Set(severities)).toEqual(new Set(['error', 'warning', 'info']));
    ascending(severities.map(rank));
  });

  it('lists errors, then warnings, then notes in the HTML report', () => {
    const html = htmlReport([{ report: shuffled }], { lang: 'zh', version: '', checkedAt: 0 });
    ascending([...html.matchAll(/data-severity="(\w+)"/g)].map((m) => rank(m[1] ?? '')));
  });

  it('lists each part’s errors before its notes in the 检查表', () => {
    for (const row of inspectionRows(shuffled)) {
      const hints = row.problems.map((p) => (p.startsWith('（提示）') ? 1 : 0));
      ascending(hints);
    }
  });
});

describe('the 检查表 of a PDF with a blank page', () => {
  it('puts the blank page under the part it is printed in, not under the cover', { timeout: 60_000 }, async () => {
    // with-scan.pdf: page 5, blank, lies between the 财务收支预算总表 (pages 2–3) and the 收入预算总表 (6–7).
    const { report: scanned } = await pdfReport('with-scan.pdf');
    const blank = scanned.findings.find((f) => f.message.zh.includes('空白页'));
    expect(blank?.refs).toEqual([{ page: 5 }]);
    const rows = inspectionRows(scanned);
    const holding = rows.filter((r) => r.problems.some((p) => p.includes('空白页')));
    expect(holding.map((r) => r.item)).toEqual(['财务收支预算总表']);
    expect(rows.find((r) => r.item === '封面')?.problems.join('\n') ?? '').not.toContain('空白页');
  });
});
