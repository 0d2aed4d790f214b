import { applyReview, markFinding, orderedFindings, type Report, reviewKeys, reviewOf } from '@hezhang/core';
import { render } from 'preact-render-to-string';
import readXlsxFile from 'read-excel-file/node';
import { describe, expect, it } from 'vitest';
import { ReportView } from '../src/components/ReportView.js';
import { expenditureByClass, yearOnYear } from '../src/export/charts.js';
import { findingsCsv, foldAlike } from '../src/export/csv.js';
import { htmlReport } from '../src/export/html-report.js';
import { inspectionRows, inspectionSheetData } from '../src/export/inspection-sheet.js';
import { inspectionWorkbook } from '../src/export/workbook.js';
import type { ReviewStore } from '../src/review.js';
import { seedReport } from './seed-report.js';

const checked: Report = {
  ...seedReport(),
  source: { ...seedReport().source, sha256: 'e'.repeat(64) },
};
const keys = reviewKeys(checked);
const firstError = checked.findings.findIndex((f) => f.severity === 'error');
const firstWarning = checked.findings.findIndex((f) => f.severity === 'warning');
const marks = [
  markFinding(keys[firstError] as string, 'dismissed', '表中数字印刷无误, "合计" 口径不同'),
  markFinding(keys[firstWarning] as string, 'confirmed', '已向区财政局核实'),
];
const reviewed = applyReview(checked, marks);
const store: ReviewStore = { marks: new Map(marks.map((m) => [m.key, m])), setMark: () => {} };

describe('the review in the report view', () => {
  const html = render(<ReportView report={checked} review={store} />);

  it('marks every finding with its review and gives it the three actions', () => {
    expect(html.match(/ data-review="(open|confirmed|dismissed)"/g)).toHaveLength(checked.findings.length);
    expect(html.match(/ data-review="dismissed"/g)).toHaveLength(1);
    expect(html.match(/ data-review="confirmed"/g)).toHaveLength(1);
    for (const action of ['confirm', 'dismiss', 'reopen'])
      expect(html.match(new RegExp(`data-review-action="${action}"`, 'g'))).toHaveLength(checked.findings.length);
    expect(html).toContain('已向区财政局核实');
  });

  it('counts the verdict without the dismissed finding, and says so', () => {
    expect(html).toContain(`data-status="${reviewed.summary.verdict}"`);
    expect(html).toContain('data-dismissed="1"');
    expect(html).toContain(`错误 ${checked.summary.errors - 1}`);
    expect(html).toContain('误报 1（不计入结论）');
  });

  it('prints the mark and note in the print summary', () => {
    const printed = /<div class="print-summary"[\s\S]*$/.exec(html)?.[0] ?? '';
    expect(printed).toContain('核查：误报 — 表中数字印刷无误');
    expect(printed).toContain('核查：已核实 — 已向区财政局核实');
  });

  it('offers every export as a download button', () => {
    for (const kind of ['json', 'csv', 'xlsx', 'html']) expect(html).toContain(`data-export="${kind}"`);
    // No PDF, no annotated PDF.
    expect(html).not.toContain('data-export="annotated-pdf"');
  });
});

describe('exports carry the marks', () => {
  it('CSV: a review and a note column', () => {
    const csv = findingsCsv([reviewed]);
    const [header, ...lines] = csv
      .replace('\uFEFF', '')
      .trim()
      .split(/\r\n(?=003_|document)/);
    expect(header?.endsWith(',review,review_note')).toBe(true);
    // Alike findings fold into one line only when their marks agree: the two marked ones stand alone.
    const marks = reviewOf(reviewed)?.marks ?? [];
    const markOf = (i: number) => JSON.stringify([marks[i]?.status ?? null, marks[i]?.note ?? null]);
    expect(lines).toHaveLength(foldAlike(orderedFindings(reviewed), markOf).length);
    expect(lines.filter((l) => /,dismissed,"表中数字印刷无误, ""合计"" 口径不同"$/.test(l))).toHaveLength(1);
    expect(lines.filter((l) => l.endsWith(',confirmed,已向区财政局核实'))).toHaveLength(1);
    expect(lines.filter((l) => /,open,$/.test(l))).toHaveLength(lines.length - 2);
  });

  // A workbook is written and read back, and the sheet made once per finding: seconds on a loaded machine.
  it('检查表: a 核查情况 column numbered as the problems, and a dismissed error no longer fails its part', {
    timeout: 60_000,
  }, async () => {
    const data = inspectionSheetData(reviewed);
    expect(data[0]).toEqual(['检查项目', '符合要求', '问题', '核查情况']);
    const rows = inspectionRows(reviewed);
    const withDismissed = rows.find((r) => r.reviews.some((x) => x.startsWith('误报')));
    expect(withDismissed?.reviews.find((x) => x.startsWith('误报'))).toBe('误报：表中数字印刷无误, "合计" 口径不同');
    expect(withDismissed?.reviews).toHaveLength(withDismissed?.problems.length ?? -1);
    // A part whose only problem (besides notes) is one error: dismissed, the part conforms again.
    const parts = inspectionRows(checked);
    const lone = parts.find((r) => r.problems.filter((p) => !p.startsWith('（提示）')).length === 1 && !r.conforms);
    expect(lone).toBeDefined();
    const error = checked.findings.findIndex(
      (f) =>
        f.severity !== 'info' &&
        inspectionRows({ ...checked, findings: [f] }).find((r) => r.item === lone?.item)?.conforms === false,
    );
    const cleared = inspectionRows(applyReview(checked, [markFinding(keys[error] as string, 'dismissed')]));
    expect(cleared.find((r) => r.item === lone?.item)?.conforms).toBe(true);
    const blob = await inspectionWorkbook(reviewed);
    const [sheet] = await readXlsxFile(Buffer.from(await blob.arrayBuffer()));
    expect(sheet?.data[0]).toEqual(['检查项目', '符合要求', '问题', '核查情况']);
    expect(sheet?.data.some((row) => String(row[3]).includes('已核实：已向区财政局核实'))).toBe(true);
  });

  it('JSON: the report with its review', () => {
    const json = JSON.parse(JSON.stringify(reviewed));
    expect(json.review.dismissed).toBe(1);
    expect(json.review.marks[firstError]).toMatchObject({ status: 'dismissed' });
    expect(json.summary.errors).toBe(checked.summary.errors - 1);
  });
});

describe('the HTML report', () => {
  const html = htmlReport([{ report: reviewed }], {
    lang: 'zh',
    version: '0.1.0',
    checkedAt: Date.UTC(2026, 10, 30, 8),
  });

  it('names the document: department, year, type, file, hash, when checked, version', () => {
    const m = checked.document.meta;
    for (const text of [
      m.department ?? '',
      String(m.year),
      '部门预算',
      checked.source.name,
      'e'.repeat(64),
      '2026',
      '0.1.0',
    ])
      expect(html).toContain(text);
  });

  it('lists every finding with its formula and mark, the verdict after review', () => {
    expect(html.match(/ data-finding=""/g)).toHaveLength(checked.findings.length);
    expect(html).toContain(`data-status="${reviewed.summary.verdict}"`);
    expect(html).toContain('核查：误报 — 表中数字印刷无误, &quot;合计&quot; 口径不同');
    for (const f of checked.findings)
      if (f.formula)
        expect(html).toContain(
          f.formula.zh
            .replaceAll('&', '&amp;')
            .replaceAll('<', '&lt;')
            .replaceAll('>', '&gt;')
            .replaceAll('"', '&quot;'),
        );
  });

  it('draws expenditure by class, one bar per class the table prints', () => {
    const byClass = expenditureByClass(checked);
    expect(byClass?.bars.length).toBeGreaterThan(1);
    const table = checked.tables.find((t) => t.kind === 'expenditure_summary');
    const total = table?.rows.find((r) => r.key === 'total')?.values.total;
    // The classes add up to the table's total (seed 003 prints a consistent expenditure table).
    expect(byClass?.bars.reduce((n, b) => n + b.fen, 0)).toBe(total);
    const chart = /<svg class="chart" data-chart="by-class"[\s\S]*?<\/svg>/.exec(html)?.[0] ?? '';
    expect(chart.match(/<rect /g)).toHaveLength(byClass?.bars.length ?? -1);
  });

  it('draws this year against last year where the text states both', () => {
    const years = yearOnYear(checked);
    expect(years.pairs.length).toBeGreaterThan(0);
    for (const p of years.pairs) expect(p.lastYear).toBeGreaterThanOrEqual(0);
    expect(html).toContain('data-chart="years"');
  });

  it('asks for nothing outside the file: no URL but data:, a policy that forbids requests', () => {
    expect(html).toContain("default-src 'none'; img-src data:");
    const urls = [...html.matchAll(/(?:src|href|url)\s*[=(]\s*["']?([^"' )>]+)/gi)].map((m) => m[1]);
    expect(urls.filter((u) => !u?.startsWith('data:'))).toEqual([]);
    expect(html).not.toMatch(/<script|<link|@import/i);
  });

  it('escapes text from the document', () => {
    const marked = { ...reviewed, source: { ...reviewed.source, name: '<img src=x onerror=alert(1)>.txt' } };
    const out = htmlReport([{ report: marked }], { lang: 'en', version: '', checkedAt: 0 });
    expect(out).not.toContain('<img src=x');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;.txt');
  });
});
