import {
  type BudgetDocument,
  type BudgetTable,
  columnName,
  documentTitle,
  formatAmount,
  problemText,
  templateOf,
} from '@hezhang/core';
import type { Lang } from '../args.js';
import { padEnd, padStart } from './width.js';

/** `hezhang extract` without --json: the document's tables as aligned text. */
export function renderDocument(doc: BudgetDocument, lang: Lang): string {
  const out: string[] = [];
  const m = doc.meta;
  const title = documentTitle(m);
  out.push(
    `━━ ${doc.source.name} ━━ ${[m.department, title.year?.[lang], title.kind[lang]].filter(Boolean).join(' · ')}`,
  );
  out.push(
    lang === 'en'
      ? `format: ${doc.source.format}${doc.source.pages ? `, ${doc.source.pages} pages` : ''}; ${doc.tables.length} tables, ${doc.sections.length} prose sections`
      : `格式：${doc.source.format}${doc.source.pages ? `，${doc.source.pages} 页` : ''}；表格 ${doc.tables.length} 张，文字部分 ${doc.sections.length} 节`,
  );
  for (const t of doc.tables) out.push('', ...renderTable(doc, t, lang));
  for (const d of doc.diagnostics) out.push(`! ${problemText(d)[lang]}`);
  return out.join('\n');
}

function renderTable(doc: BudgetDocument, t: BudgetTable, lang: Lang): string[] {
  const template = templateOf(doc);
  // Columns are headed as the tables print them (Chinese), whatever the language of the rest.
  const header = (id: string) => columnName(template, t.kind, id).zh;
  const lines = [
    `== ${t.title} [${t.kind}] ${lang === 'en' ? 'unit' : '单位'}：${t.unit}${t.department ? ` · ${t.department}` : ''} · ${t.rows.length} ${lang === 'en' ? 'rows' : '行'}`,
  ];
  for (const n of t.notes) lines.push(`   ${n}`);
  for (const p of t.problems) lines.push(`   ! ${problemText(p)[lang]}`);
  const sides = t.incomeColumns ? (['income', 'expenditure'] as const) : ([undefined] as const);
  for (const side of sides) {
    const rows = t.rows.filter((r) => r.side === side);
    if (rows.length === 0) continue;
    const columns = side === 'income' ? (t.incomeColumns ?? []) : t.columns;
    const labelWidth = Math.min(40, Math.max(8, ...rows.map((r) => labelOf(r).length * 2)));
    lines.push(`   ${padEnd('', labelWidth)}${columns.map((c) => padStart(header(c), 18)).join('')}`);
    for (const r of rows) {
      const cells = columns.map((c) => {
        const v = r.values[c];
        return padStart(v == null ? '' : formatAmount(v, t.unit), 18);
      });
      const mark = r.inferred ? (r.inferred.ambiguous ? ' ?' : ' ~') : r.labelSource === 'recovered' ? ' *' : '';
      lines.push(`   ${padEnd(labelOf(r), labelWidth)}${cells.join('')}${mark}`);
    }
  }
  return lines;
}

function labelOf(r: BudgetTable['rows'][number]): string {
  return /^\d+$/.test(r.key) ? `${r.key} ${r.label}` : r.label;
}
