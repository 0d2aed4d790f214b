import { readFileSync } from 'node:fs';
import { checkDocument, parseText } from '@hezhang/core';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { PrintSummary } from '../src/components/PrintSummary.js';
import { ReportView } from '../src/components/ReportView.js';
import { TablesView } from '../src/components/TablesView.js';
import { renderEnglish } from './render.js';
import { seedReport } from './seed-report.js';

const report = seedReport();

describe('ReportView', () => {
  it('exposes the test hooks: the summary and one element per finding', () => {
    const html = render(<ReportView report={report} />);
    expect(html).toContain(`data-document="${report.source.name}"`);
    expect(html).toContain(`data-status="${report.summary.verdict}"`);
    expect(html.match(/ data-finding[ =>]/g)).toHaveLength(report.findings.length);
    const first = report.findings[0];
    expect(html).toContain(`data-rule="${first?.rule}"`);
    expect(html).toContain('data-rule="document.years" data-severity="error" data-table="three_public"');
  });

  it('speaks English when asked', () => {
    const html = renderEnglish(<ReportView report={report} />);
    expect(html).toContain('Errors found');
    expect(html).toContain(report.findings[0]?.message.en.replaceAll('"', '&quot;'));
  });
});

describe('DocumentSummary', () => {
  it('names the document as its template does: a budget, or final accounts of a year', () => {
    expect(render(<ReportView report={report} />)).toContain('部门预算');
    const final = structuredClone(report);
    final.document.meta = { ...final.document.meta, stage: 'final', template: 'shanghai-final', year: 2024 };
    const zh = render(<ReportView report={final} />);
    expect(zh).toMatch(/2024年度 · 部门决算/);
    expect(zh).not.toContain('部门预算</p>');
    const en = renderEnglish(<ReportView report={final} />);
    expect(en).toContain('2024 · department final accounts');
  });
});

describe('the card', () => {
  it('says apart the checks that did not apply and those that lacked data', () => {
    const zh = render(<ReportView report={report} />);
    const s = report.summary;
    expect(zh).toContain(
      `已运行 ${s.checksRun} 项核对；${s.notApplicable} 项不适用于本文档，${s.insufficientData} 项因缺少数据未能运行`,
    );
    const en = renderEnglish(<ReportView report={report} />);
    expect(en).toContain(`${s.checksRun} checks run; ${s.notApplicable} did not apply to this document`);
    expect(zh).not.toContain('data-unread');
  });

  it('names the tables that could not be read in full', () => {
    // Seed 001 with one amount of its revenue table printed as digits that make no amount.
    const lines = readFileSync(new URL('../../../seeds/001_44612e61586aee6a.txt', import.meta.url), 'utf8').split('\n');
    const title = lines.findLastIndex((l) => l.startsWith('2023年部门收入预算总表'));
    const row = lines.findIndex((l, i) => i > title && l.startsWith('208\t\t\t'));
    lines[row] = (lines[row] as string).replace('12,912,812', '12,912,8l2');
    const partial = checkDocument(parseText(lines.join('\n'), { name: 'partial.txt' }));
    const zh = render(<ReportView report={partial} />);
    expect(zh).toContain('data-unread="revenue_summary"');
    expect(zh).toContain('未能完整读取：2023年部门收入预算总表');
    const en = renderEnglish(<ReportView report={partial} />);
    expect(en).toContain('Not read in full: Revenue budget');
  });
});

describe('TablesView', () => {
  it('shows each parent row with the sum of its children', () => {
    const html = render(<TablesView report={report} />);
    expect(html.match(/<table class="budget-table"/g)?.length).toBeGreaterThanOrEqual(8);
    expect(html).toContain('class="computed-sum"');
  });
});

describe('PrintSummary', () => {
  const first = report.findings.find((f) => f.rule === 'document.scope') ?? report.findings[0];
  if (!first) throw new Error('seed 003 has no finding');
  // Two findings whose English messages are the same (their Chinese ones quote different sentences).
  const twin = { ...first, message: { ...first.message, zh: `${first.message.zh}（另一处）` } };
  const doubled = { ...report, findings: [...report.findings, twin] };

  it('heads the page with the department, the year, the file and the date printed', () => {
    const html = render(<PrintSummary report={report} />);
    expect(html).toContain('上海市松江区医疗保障局');
    expect(html).toMatch(/<dt>年度<\/dt><dd>2026<\/dd>/);
    expect(html).toContain(`<dd>${report.source.name}</dd>`);
    expect(html).toMatch(/<dt>打印日期<\/dt><dd>\d{4}-\d{2}-\d{2}<\/dd>/);
  });

  it('prints findings that read alike in its language once, with their count', () => {
    const en = renderEnglish(<PrintSummary report={doubled} />);
    expect(en.match(/ data-print-finding/g)).toHaveLength(report.findings.length);
    expect(en).toContain('data-count="2"');
    expect(en).toContain('2 findings read alike');
    // In Chinese they differ, and both are printed.
    const zh = render(<PrintSummary report={doubled} />);
    expect(zh.match(/ data-print-finding/g)).toHaveLength(report.findings.length + 1);
  });
});
