import { extractClaims } from './claims/index.js';
import { textLayout } from './layout/detect.js';
import { markUntrusted, textIntegrity } from './layout/pdf-integrity.js';
import { positionedLayout } from './layout/positioned.js';
import { readMeta } from './meta/meta.js';
import { readProse } from './prose/sections.js';
import { readTables } from './read/tables.js';
import { segment } from './recognize/segment.js';
import { chooseTemplate, compileTemplate } from './templates/index.js';
/**
 * Reads a budget document from extracted text (tab-separated, markdown or plain; detected unless
 * given) into the model: bytes → lines → tables and prose → document.
 */
export function parseText(text, options = {}) {
  return parseLayout(textLayout(text, options.format), 'text', options);
}
/**
 * Reads a budget document from positioned PDF text (what @hezhang/pdf extracts with pdf.js): tables
 * are rebuilt from the positions of their cells and ruling lines.
 */
export function parsePositioned(doc, options = {}) {
  const integrity = textIntegrity(doc);
  const parsed = parseLayout(positionedLayout(doc), 'pdf', options);
  markUntrusted(parsed.tables, integrity.untrusted);
  return { ...parsed, diagnostics: [...integrity.diagnostics, ...parsed.diagnostics] };
}
/** The shared second half of every reader: a layout of lines into the model. */
export function parseLayout(layout, kind, options = {}) {
  const template = options.template ?? chooseTemplate(layout.lines.map((l) => l.text));
  const compiled = compileTemplate(template);
  const segments = segment(layout, compiled);
  const tables = readTables(segments.tables, compiled, layout.mode, layout.rulings);
  const { sections, contents } = readProse(segments.prose, compiled);
  const meta = readMeta(sections, segments.tables, tables, template.id);
  const diagnostics = [];
  if (tables.length === 0) {
    diagnostics.push({
      code: 'no_tables',
      severity: 'error',
      message: '未识别到任何预算表：无法核对表格',
      messageEn: 'No budget table was recognised: the tables cannot be checked',
    });
  }
  for (const t of tables) {
    if (t.problems.length === 0) continue;
    diagnostics.push({
      code: 'table_read_problems',
      severity: 'warning',
      message: `${t.title}：${t.problems.length}处内容未能可靠读取`,
      messageEn: `${t.title}: ${t.problems.length} place(s) could not be read reliably`,
      table: t.kind,
      source: t.source,
    });
  }
  return {
    source: {
      name: options.name ?? 'document',
      kind,
      format: layout.format,
      pages: layout.pages,
    },
    meta,
    contents,
    tables,
    sections,
    claims: extractClaims(sections),
    diagnostics,
  };
}
//# sourceMappingURL=parse.js.map
