import { extractClaims } from './claims/index.js';
import { type TextFormat, textLayout } from './layout/detect.js';
import { lineSource } from './layout/line-source.js';
import { markUntrusted, textIntegrity } from './layout/pdf-integrity.js';
import { type PdfSettings, type PdfSettingsOverride, pdfSettings } from './layout/pdf-settings.js';
import type { PositionedDocument } from './layout/pdf-types.js';
import { positionedLayout } from './layout/positioned.js';
import type { Layout } from './layout/types.js';
import { readMeta } from './meta/meta.js';
import type { BudgetDocument, Diagnostic } from './model/document.js';
import { problem } from './model/problem.js';
import type { SourceKind } from './model/source.js';
import type { BudgetTable } from './model/table.js';
import { readProse } from './prose/sections.js';
import { markRowsReadAsText } from './read/rows-as-text.js';
import { readTables } from './read/tables.js';
import type { ReadingTrace } from './read/trace.js';
import { type DocumentPart, documentParts, partLayout } from './recognize/documents.js';
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
 * are rebuilt from the positions of their cells and ruling lines. A file that holds several documents
 * (recognize/documents.ts) gives its first; each other one is named in an error diagnostic as not
 * checked — the report is then never 'ok' — and `parsePositionedParts` reads them all.
 */
export function parsePositioned(doc: PositionedDocument, options: ParseOptions = {}): BudgetDocument {
  const { parts, documents } = positionedDocuments(doc, options);
  const [first, ...others] = documents as [BudgetDocument, ...BudgetDocument[]];
  const unchecked: Diagnostic[] = parts.slice(1).map((part) => ({
    ...problem('more_documents', { from: part.from, to: part.to, title: part.title }),
    severity: 'error',
  }));
  return others.length > 0 ? { ...first, diagnostics: [...first.diagnostics, ...unchecked] } : first;
}

/**
 * Every document a PDF holds, each read on its own pages (one, for most files): a department's budget
 * with its units' after it, or two years of one department, published as one file. A document of a
 * file of several is named with its pages ("部门预算.pdf（第27–48页）").
 */
export function parsePositionedParts(doc: PositionedDocument, options: ParseOptions = {}): BudgetDocument[] {
  const { parts, documents } = positionedDocuments(doc, options);
  if (parts.length === 1) return documents;
  return documents.map((document, i) => {
    const name = `${document.source.name}（第${parts[i]?.from}–${parts[i]?.to}页）`;
    return { ...document, source: { ...document.source, name } };
  });
}

/**
 * The documents of a PDF, each with its part: the candidate parts (recognize/documents.ts) when every
 * one of them holds a table, else the file read whole (a title page inside one document is no second
 * document).
 */
function positionedDocuments(
  doc: PositionedDocument,
  options: ParseOptions,
): { parts: DocumentPart[]; documents: BudgetDocument[] } {
  const file = positionedFile(doc, options);
  if (file.parts.length > 1) {
    const documents = file.parts.map((part) => partDocument(file, part, options, true));
    if (documents.every((d) => d.tables.length > 0)) return { parts: file.parts, documents };
  }
  const whole = { from: 1, to: file.layout.pages, title: '' };
  return { parts: [whole], documents: [partDocument(file, whole, options, false)] };
}

/** A PDF's layout, once, with what every document in it is read with. */
interface PositionedFile {
  doc: PositionedDocument;
  settings: PdfSettings;
  integrity: ReturnType<typeof textIntegrity>;
  layout: Layout;
  parts: DocumentPart[];
}

function positionedFile(doc: PositionedDocument, options: ParseOptions): PositionedFile {
  const settings = pdfSettings(options.settings);
  const integrity = textIntegrity(doc, settings);
  const layout = positionedLayout(doc, settings, spreadWords(options.template));
  // Covers are told by the words of the file's template (its documents' own are chosen per document).
  const template = options.template ?? chooseTemplate(layout.lines.map((l) => l.text));
  return {
    doc,
    settings,
    integrity,
    layout,
    parts: documentParts(layout, template, settings.documents, settings.tables),
  };
}

/** One document of a file: the whole file's layout, or only its part's pages when the file holds several. */
function partDocument(
  file: PositionedFile,
  part: DocumentPart,
  options: ParseOptions,
  several: boolean,
): BudgetDocument {
  const { doc, settings, integrity, layout } = file;
  // Each document's own template, chosen from its own lines (a budget and a final account in one file).
  const parsed = parseLayout(several ? partLayout(layout, part) : layout, 'pdf', { ...options, settings });
  markUntrusted(parsed.tables, integrity.untrusted);
  const inPart = (d: Diagnostic) => {
    const page = d.params.page ?? d.at?.page ?? d.source?.page;
    return !several || typeof page !== 'number' || (page >= part.from && page <= part.to);
  };
  const repeated: Diagnostic[] = [...(layout.repeatedPages ?? [])].map(([page, of]) => ({
    ...problem('page_repeated', { page, of }),
    severity: 'warning',
    source: { page },
  }));
  return {
    ...parsed,
    source: { ...parsed.source, rotations: doc.pages.slice(0, parsed.source.pages).map((p) => p.rotation) },
    diagnostics: [...integrity.diagnostics.filter(inPart), ...repeated.filter(inPart), ...parsed.diagnostics],
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
/** The 款 or 项 a table found by its header opens with, when the page before it was lost (head_lost). */
function headLostAt(table: BudgetTable): { first?: string } {
  const first = table.problems.find((p) => p.code === 'head_lost')?.scope?.unprintedBefore;
  return first === undefined ? {} : { first };
}

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
  markRowsReadAsText(tables, sections);
  const meta = readMeta(sections, segments.tables, tables, template);

  const diagnostics: Diagnostic[] = [];
  if (tables.length === 0) diagnostics.push({ ...problem('no_tables'), severity: 'error' });
  for (const [i, block] of segments.tables.entries()) {
    const table = tables[i];
    if (table && block.printedBefore !== undefined)
      diagnostics.push({
        ...problem('table_pages_out_of_order', {
          title: table.title,
          page: block.printedBefore,
          titlePage: block.title.page ?? 0,
        }),
        severity: 'warning',
        table: table.kind,
        source: table.source,
      });
    if (!block.untitled || !table) continue;
    const page = block.title.page ?? 0;
    const { apart } = block;
    diagnostics.push({
      ...(apart
        ? problem('table_rows_read_as', {
            page,
            title: table.title,
            after: apart.after,
            reason: apart.reason,
            mark: apart.mark,
          })
        : problem('table_title_missing', { page, title: table.title, ...headLostAt(table) })),
      severity: 'warning',
      table: table.kind,
      source: table.source,
    });
  }
  for (const block of segments.unrecognised) {
    const first = block.lines[0];
    const { cut } = block;
    diagnostics.push({
      ...(cut
        ? problem('table_rows_apart', {
            page: block.page,
            after: cut.after,
            reason: cut.reason,
            mark: cut.mark,
            ...(block.may ? { may: block.may } : {}),
          })
        : problem('table_unrecognised', { page: block.page, header: block.header })),
      severity: 'warning',
      ...(first ? { source: lineSource(first) } : {}),
    });
  }
  for (const t of tables) {
    // A table's lost head is the rows-read-as or title-missing warning's (above), not a place read wrong.
    const count = t.problems.filter((p) => p.code !== 'head_lost').length;
    if (count === 0) continue;
    diagnostics.push({
      ...problem('table_read_problems', { title: t.title, count }),
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
