import { extractClaims } from './claims/index.js';
import { type TextFormat, textLayout } from './layout/detect.js';
import { markUntrusted, textIntegrity } from './layout/pdf-integrity.js';
import { type PdfSettingsOverride, pdfSettings } from './layout/pdf-settings.js';
import type { PositionedDocument } from './layout/pdf-types.js';
import { positionedLayout } from './layout/positioned.js';
import type { Layout } from './layout/types.js';
import { readMeta } from './meta/meta.js';
import type { BudgetDocument, Diagnostic } from './model/document.js';
import { problem } from './model/problem.js';
import type { SourceKind } from './model/source.js';
import { readProse } from './prose/sections.js';
import { readTables } from './read/tables.js';
import type { ReadingTrace } from './read/trace.js';
import { segment } from './recognize/segment.js';
import { chooseTemplate, compileTemplate, TEMPLATES, type Template } from './templates/index.js';
import { TOTAL_WORDS } from './text/lexicon.js';

export interface ParseOptions {
  /** File name or URL shown in reports. */
  name?: string;
  /** Template to read the tables with (default: the known template whose table titles the document prints). */
  template?: Template;
  /**
   * PDFs: records what the reader decided — segmentation's lines and table boundaries, and on each
   * table page its columns, rows and every word's role (for the debug picture).
   */
  trace?: ReadingTrace;
  /**
   * PDFs: tolerances of the positioned reader for this call, any of `PDF_SETTINGS` by group
   * (`{ lines: { cellGapEm: 0.8 } }`); the others keep their defaults.
   */
  settings?: PdfSettingsOverride;
}

/**
 * Reads a budget document from extracted text (tab-separated, markdown or plain; detected unless
 * given) into the model: bytes → lines → tables and prose → document.
 */
export function parseText(text: string, options: ParseOptions & { format?: TextFormat } = {}): BudgetDocument {
  return parseLayout(textLayout(text, options.format), 'text', options);
}

/**
 * Reads a budget document from positioned PDF text (what @hezhang/pdf extracts with pdf.js): tables
 * are rebuilt from the positions of their cells and ruling lines.
 */
export function parsePositioned(doc: PositionedDocument, options: ParseOptions = {}): BudgetDocument {
  const settings = pdfSettings(options.settings);
  const integrity = textIntegrity(doc, settings);
  const layout = positionedLayout(doc, settings, spreadWords(options.template));
  const parsed = parseLayout(layout, 'pdf', { ...options, settings });
  markUntrusted(parsed.tables, integrity.untrusted);
  return {
    ...parsed,
    source: { ...parsed.source, rotations: doc.pages.map((p) => p.rotation) },
    diagnostics: [...integrity.diagnostics, ...parsed.diagnostics],
  };
}

/**
 * The words letter-spacing may spread over a cell ("合　　计", "项 … 目"): the totals and the header
 * words of the template asked for, else of every template known (the template is chosen later, from
 * the lines these words make).
 */
function spreadWords(template?: Template): ReadonlySet<string> {
  const words = new Set<string>(TOTAL_WORDS);
  for (const t of template ? [template] : TEMPLATES)
    for (const table of compileTemplate(t).tables) for (const w of table.headerWords) if (w.length > 1) words.add(w);
  return words;
}

/** The shared second half of every reader: a layout of lines into the model. */
export function parseLayout(layout: Layout, kind: SourceKind, options: ParseOptions = {}): BudgetDocument {
  const template = options.template ?? chooseTemplate(layout.lines.map((l) => l.text));
  const compiled = compileTemplate(template);
  const settings = pdfSettings(options.settings);
  const segments = segment(layout, compiled, settings.tables, options.trace);
  const tables = readTables(
    segments.tables,
    compiled,
    layout.mode,
    layout.rulings ?? new Map(),
    settings,
    options.trace,
  );
  const { sections, contents } = readProse(segments.prose, compiled);
  const meta = readMeta(sections, segments.tables, tables, template);

  const diagnostics: Diagnostic[] = [];
  if (tables.length === 0) diagnostics.push({ ...problem('no_tables'), severity: 'error' });
  for (const t of tables) {
    if (t.problems.length === 0) continue;
    diagnostics.push({
      ...problem('table_read_problems', { title: t.title, count: t.problems.length }),
      severity: 'warning',
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
    claims: extractClaims(sections, compiled),
    diagnostics,
  };
}
