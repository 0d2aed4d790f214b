import { columnName, columnNameEn, tableName, tableNameEn } from '../reconcile/wording.js';
/**
 * Where a finding's reference points, in a reader's words: "支出预算总表 · 21015 医疗保障管理事务 ·
 * 基本支出 · 第9页", or the section heading and a quotation for prose. Shared by every report view.
 */
export function describeRef(ref, template, lang, document) {
  const en = lang === 'en';
  const parts = [];
  if (ref.table) parts.push(en ? tableNameEn(template, ref.table) : tableName(template, ref.table));
  if (ref.row) {
    if (ref.row === 'total') parts.push(en ? 'total' : '合计');
    else parts.push(/^\d+$/.test(ref.row) && ref.text ? `${ref.row} ${ref.text}` : (ref.text ?? ref.row));
  }
  if (ref.column && ref.table) parts.push(en ? columnNameEn(ref.column) : columnName(template, ref.table, ref.column));
  if (ref.section !== undefined) {
    const heading = document?.sections[ref.section]?.heading;
    if (heading) parts.push(heading);
  }
  if (ref.page) parts.push(en ? `p. ${ref.page}` : `第${ref.page}页`);
  else if (ref.line) parts.push(en ? `line ${ref.line}` : `第${ref.line}行`);
  if (!ref.table && ref.text) parts.push(`“${ref.text.length > 30 ? `${ref.text.slice(0, 30)}…` : ref.text}”`);
  return parts.join(' · ');
}
/** The distinct places of a list of references, in order. */
export function describeRefs(refs, template, lang, document) {
  return [...new Set(refs.map((r) => describeRef(r, template, lang, document)).filter(Boolean))];
}
//# sourceMappingURL=places.js.map
