import { type Lang, quote } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { Ref } from '../model/finding.js';
import {
  type CompiledTemplate,
  columnName,
  compileTemplate,
  lineName,
  MODEL_ROWS,
  TEMPLATES,
  tableName,
} from '../templates/index.js';

/**
 * A row as a reader finds it. A coded row by its code and printed name ("21015 医疗保障管理事务"); a
 * total the model names (合计, 收入总计) by its name in the language; any other row by its printed
 * label ("一、一般公共预算资金", with its code for coded rows), else the name the template gives the
 * line (a row the table does not print: "一般公共预算资金", never the key `general_budget`) — in
 * English quoted, as every printed Chinese text is.
 */
function rowName(ref: Ref, template: CompiledTemplate, lang: Lang): string {
  const row = ref.row as string;
  if (row === 'total') return MODEL_ROWS.total?.[lang] as string;
  if (/^\d+$/.test(row)) return ref.text ? `${row} ${ref.text}` : row;
  const model = MODEL_ROWS[row];
  if (model) return lang === 'en' ? model.en : (ref.text ?? model.zh);
  const spec = ref.table ? template.byKind.get(ref.table)?.spec : undefined;
  const line = [...(spec?.incomeLines ?? []), ...(spec?.expenditureLines ?? []), ...(spec?.namedRows ?? [])].find(
    (l) => l.key === row,
  );
  const printed = ref.text ?? (line ? lineName(line) : undefined);
  if (printed === undefined) return lang === 'en' ? quote(row) : row;
  return lang === 'en' ? quote(printed) : printed;
}

/** A quotation of printed text, cut to its first 30 characters. */
function quotation(text: string): string {
  return quote(text.length > 30 ? `${text.slice(0, 30)}…` : text);
}

/**
 * Where a finding's reference points, in a reader's words: "支出预算总表 · 21015 医疗保障管理事务 ·
 * 基本支出 · 第9页", or the section heading and a quotation for prose. Shared by every report view.
 */
export function describeRef(
  ref: Ref,
  template: CompiledTemplate,
  lang: Lang,
  document?: Pick<BudgetDocument, 'sections'>,
): string {
  const en = lang === 'en';
  const parts: string[] = [];
  // Another document read with this one may have been read with another template (a final account's budget).
  if (ref.document && ref.table && !template.byKind.has(ref.table)) template = templateWith(ref.table) ?? template;
  // A place in another document read with this one: that document first (its headings are not this one's).
  if (ref.document) parts.push(ref.document);
  if (ref.table) parts.push(tableName(template, ref.table)[lang]);
  if (ref.row) parts.push(rowName(ref, template, lang));
  if (ref.column && ref.table) parts.push(columnName(template, ref.table, ref.column)[lang]);
  if (ref.section !== undefined && !ref.document) {
    const heading = document?.sections[ref.section]?.heading;
    // In English the section is named by its printed heading, quoted.
    if (heading) parts.push(en ? quote(heading) : heading);
  }
  if (ref.page) parts.push(en ? `p. ${ref.page}` : `第${ref.page}页`);
  else if (ref.line) parts.push(en ? `line ${ref.line}` : `第${ref.line}行`);
  if (!ref.table && ref.text) parts.push(quotation(ref.text));
  return parts.join(' · ');
}

/** The template that defines a table kind (kinds are unique across the templates this build knows). */
function templateWith(kind: string): CompiledTemplate | undefined {
  for (const t of TEMPLATES) {
    const compiled = compileTemplate(t);
    if (compiled.byKind.has(kind)) return compiled;
  }
  return undefined;
}

/** The distinct places of a list of references, in order. */
export function describeRefs(
  refs: readonly Ref[],
  template: CompiledTemplate,
  lang: Lang,
  document?: Pick<BudgetDocument, 'sections'>,
): string[] {
  return [...new Set(refs.map((r) => describeRef(r, template, lang, document)).filter(Boolean))];
}
