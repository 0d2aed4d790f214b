/**
 * The inspection sheet (检查表) inspectors fill in for a budget disclosure: one row per part of the
 * document (封面 … the nine tables … 项目经费情况说明), whether it conforms (是/否) and the problems
 * found in it. Each finding goes to the part its first located reference names.
 */
import {
  type CompiledTemplate,
  type Finding,
  type Report,
  type SectionKind,
  type TableKind,
  templateOf,
} from '@hezhang/core';
import { STRINGS } from '../i18n.js';

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
}

function isProsePart(kind: SectionKind): kind is ProsePart {
  return (BEFORE_TABLES as readonly string[]).includes(kind) || (AFTER_TABLES as readonly string[]).includes(kind);
}

/** The part of the document a finding is about: its first reference to a table or to a prose section. */
function partOf(report: Report, finding: Finding): SheetPart {
  for (const ref of finding.refs) {
    if (ref.table) return { kind: 'table', table: ref.table };
    if (ref.section !== undefined) {
      const kind = report.document.sections[ref.section]?.kind;
      if (kind && isProsePart(kind)) return { kind: 'prose', part: kind };
    }
  }
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
  const placed = report.findings.map((finding) => ({ finding, part: partOf(report, finding) }));
  return sheetParts(templateOf(report.document)).map(({ item, part }) => {
    const findings = placed.filter((p) => samePart(p.part, part)).map((p) => p.finding);
    return {
      item,
      part,
      conforms: !findings.some((f) => f.severity !== 'info'),
      problems: findings.map((f) => (f.severity === 'info' ? `${sheet.hint}${f.message.zh}` : f.message.zh)),
    };
  });
}

/** The sheet as rows of cells: a header row, then one row per part. */
export function inspectionSheetData(report: Report): string[][] {
  return [
    [sheet.item, sheet.conforms, sheet.problems],
    ...inspectionRows(report).map((row) => [
      row.item,
      row.conforms ? sheet.yes : sheet.no,
      row.problems.map((p, i) => `${i + 1}. ${p}`).join('\n'),
    ]),
  ];
}
