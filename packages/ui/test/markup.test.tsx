import { readFileSync } from 'node:fs';
import { checkDocument, parseText } from '@hezhang/core';
import { render } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { BatchList } from '../src/components/BatchList.js';
import { ReportView } from '../src/components/ReportView.js';
import { TablesView } from '../src/components/TablesView.js';

/** Text a budget file may hold that a page must show, never run (a file name can hold it too). */
const MARKUP = '<img src=x onerror="window.__hezhangInjected=1"><script>window.__hezhangInjected=2</script>';

/** Seed 001 with markup in a row name, in the department's name and in the file name. */
function markedReport() {
  const text = readFileSync(new URL('../../../seeds/001_44612e61586aee6a.txt', import.meta.url), 'utf8')
    .replace('\t行政运行\t', `\t行政运行${MARKUP}\t`)
    .replace('编制部门：', `编制部门：${MARKUP}`);
  const doc = parseText(text, { name: `${MARKUP}.txt` });
  return checkDocument(doc, { passes: true });
}

describe('text that looks like markup', () => {
  const report = markedReport();

  it('reaches the report as data', () => {
    const labels = report.tables.flatMap((t) => t.rows.map((r) => r.label));
    expect(labels.some((l) => l.includes('<script>'))).toBe(true);
  });

  it('is escaped wherever the report shows it: summary, findings, tables, batch list', () => {
    const html = [
      render(<ReportView report={report} />),
      render(<TablesView report={report} />),
      render(<BatchList reports={[report]} selected={undefined} onOpen={() => {}} />),
    ].join('\n');
    expect(html).toContain('&lt;script>');
    expect(html).not.toMatch(/<script|<img /i);
  });
});
