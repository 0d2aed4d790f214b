/**
 * The inspection sheet (检查表) inspectors fill in for a budget disclosure: one row per part of the
 * document (封面 … the nine tables … 项目经费情况说明), whether it conforms (是/否) and the problems
 * found in it. Each finding goes to the part its first located reference names. A reviewed report
 * adds the review of each problem (已核实 / 误报 / 待核查 and the note) in a fourth column, numbered as
 * the problems are; a finding dismissed as 误报 does not make its part fail.
 */
import {
  type CompiledTemplate,
  type Finding,
  orderedFindings,
  type Report,
  type ReviewMark,
  reviewOf,
  type SectionKind,
  type TableKind,
  templateOf,
} from '@hezhang/core';
import { STRINGS } from '../i18n.js';
import { REVIEW_STRINGS } from '../review-strings.js';

const sheet = STRINGS.zh.sheet;

/** The prose parts in the order the sheet lists them around the tables. */
const BEFORE_TABLES = ['cover', 'contents', 'functions', 'organization', 'glossary', 'explanation'] as const;
const AFTER_TABLES = ['other', 'project'] as const;
type ProsePart = (typeof BEFORE_TABLES)[number] | (typeof AFTER_TABLES)[number];

export type SheetPart = { kind: 'prose'; part: ProsePart } | { kind: 'table'; table: TableKind };

export interface InspectionRow {
  /** The row's label as the sheet prints it. */
  item: string;
  part: SheetPart;
  conforms: boolean;
  /** The findings' messages, one per line; notes (info) are marked and do not make a row fail. */
  problems: string[];
  /** Each problem's review, in the same order: its mark and note (empty when the report has no review). */
  reviews: string[];
}

function isProsePart(kind: SectionKind): kind is ProsePart {
  return (BEFORE_TABLES as readonly string[]).includes(kind) || (AFTER_TABLES as readonly string[]).includes(kind);
}

/** The pages each part of the document was printed on: each table's, each prose section's. */
function partPages(report: Report): { part: SheetPart; first: number; last: number }[] {
  const spans: { part: SheetPart; first: number; last: number }[] = [];
  for (const t of report.tables)
    if (t.pages.length > 0)
      spans.push({ part: { kind: 'table', table: t.kind }, first: Math.min(...t.pages), last: Math.max(...t.pages) });
  for (const s of report.document.sections) {
    if (!isProsePart(s.kind)) continue;
    const pages = [s.source.page, ...s.paragraphs.map((p) => p.source.page)].filter(
      (n): n is number => n !== undefined,
    );
    if (pages.length > 0)
      spans.push({ part: { kind: 'prose', part: s.kind }, first: Math.min(...pages), last: Math.max(...pages) });
  }
  return spans;
}

/**
 * The part a page belongs to: the part printed on it, else the part it follows (a blank page left
 * between two tables belongs to the one before it).
 */
function partOfPage(report: Report, page: number): SheetPart | undefined {
  const spans = partPages(report).filter((s) => s.first <= page);
  const on = spans.filter((s) => s.last >= page);
  const latest = (list: typeof spans) =>
    list.reduce<(typeof spans)[number] | undefined>(
      (a, b) => (!a || b.first > a.first || (b.first === a.first && b.last > a.last) ? b : a),
      undefined,
    );
  return (latest(on) ?? latest(spans))?.part;
}

/**
 * The part of the document a finding is about: its first reference to a table or to a prose section,
 * else the part printed on the page it points at (a blank page, a page without text).
 */
function partOf(report: Report, finding: Finding): SheetPart {
  for (const ref of finding.refs) {
    if (ref.table) return { kind: 'table', table: ref.table };
    if (ref.section !== undefined) {
      const kind = report.document.sections[ref.section]?.kind;
      if (kind && isProsePart(kind)) return { kind: 'prose', part: kind };
    }
  }
  const page = finding.refs.find((r) => r.page !== undefined)?.page;
  const onPage = page !== undefined ? partOfPage(report, page) : undefined;
  if (onPage) return onPage;
  // A finding about the document as a whole (its years, its department, its text layer) belongs to the cover.
  return { kind: 'prose', part: finding.rule === 'document.tables_present' ? 'contents' : 'cover' };
}

function samePart(a: SheetPart, b: SheetPart): boolean {
  return a.kind === 'table' ? b.kind === 'table' && a.table === b.table : b.kind === 'prose' && a.part === b.part;
}

function sheetParts(template: CompiledTemplate): { item: string; part: SheetPart }[] {
  // The template's name for a part where its documents call it otherwise (决算情况说明, not 预算编制说明).
  const named = (part: ProsePart) => template.template.sections.find((s) => s.kind === part && s.name)?.name?.zh;
  const prose = (part: ProsePart) => ({
    item: named(part) ?? sheet.rows[part],
    part: { kind: 'prose', part } as SheetPart,
  });
  return [
    ...BEFORE_TABLES.map(prose),
    ...template.tables.map((t) => ({ item: t.spec.name.zh, part: { kind: 'table', table: t.spec.kind } as SheetPart })),
    ...AFTER_TABLES.map(prose),
  ];
}

export function inspectionRows(report: Report): InspectionRow[] {
  const marks = reviewOf(report)?.marks;
  const placed = orderedFindings(report).map(({ finding, index }) => ({
    finding,
    part: partOf(report, finding),
    mark: marks?.[index],
  }));
  return sheetParts(templateOf(report.document)).map(({ item, part }) => {
    const here = placed.filter((p) => samePart(p.part, part));
    return {
      item,
      part,
      conforms: !here.some((p) => p.finding.severity !== 'info' && p.mark?.status !== 'dismissed'),
      problems: here.map(({ finding: f }) => (f.severity === 'info' ? `${sheet.hint}${f.message.zh}` : f.message.zh)),
      reviews: marks ? here.map((p) => reviewText(p.mark)) : [],
    };
  });
}

function reviewText(mark: ReviewMark | undefined): string {
  const status = REVIEW_STRINGS.zh.status[mark?.status ?? 'open'];
  return mark?.note ? `${status}：${mark.note}` : status;
}

/** The sheet as rows of cells: a header row, then one row per part (with the review column when reviewed). */
export function inspectionSheetData(report: Report): string[][] {
  const reviewed = reviewOf(report) !== undefined;
  const numbered = (lines: string[]) => lines.map((p, i) => `${i + 1}. ${p}`).join('\n');
  return [
    [sheet.item, sheet.conforms, sheet.problems, ...(reviewed ? [sheet.review] : [])],
    ...inspectionRows(report).map((row) => [
      row.item,
      row.conforms ? sheet.yes : sheet.no,
      numbered(row.problems),
      ...(reviewed ? [numbered(row.reviews)] : []),
    ]),
  ];
}
