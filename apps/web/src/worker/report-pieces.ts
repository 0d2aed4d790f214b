/**
 * A report crosses from the checking worker to the page in pieces: its head (verdict, findings,
 * checks, the document without its tables) and its bulk (tables and passes) in slices of about
 * PIECE_BYTES. The page's main thread decodes each message in a task of its own: a 500-page report
 * (2.8 MB, 2.5 MB of it tables) decoded in one message took it 150–250 ms, in slices each takes a few.
 */
import type { BudgetTable, PassedComparison, Report } from '@hezhang/core';

/** A piece's size (as JSON, estimated): a few milliseconds to decode on the page. */
export const PIECE_BYTES = 64 * 1024;
/**
 * Estimated JSON bytes of a table and of a passed comparison: a row with its cells and their boxes is
 * ~520 bytes, a pass ~190 a cell it names (measured on the real budgets and the 500-page document).
 */
const tableBytes = (table: BudgetTable): number => 400 + 520 * table.rows.length;
const passBytes = (pass: PassedComparison): number => 190 * (pass.refs.length + 1);

export type ReportPiece = { tables: BudgetTable[] } | { passes: PassedComparison[] };

/** On the port to the page: one piece of the report named by ticket. */
export interface PieceMessage {
  ticket: string;
  index: number;
  piece: ReportPiece;
}

/** Consecutive runs of items whose weights add up to about `limit` each (at least one item per run). */
function slices<T>(items: readonly T[], weight: (item: T) => number, limit: number): T[][] {
  const out: T[][] = [];
  let run: T[] = [];
  let sum = 0;
  for (const item of items) {
    const w = weight(item);
    if (run.length > 0 && sum + w > limit) {
      out.push(run);
      run = [];
      sum = 0;
    }
    run.push(item);
    sum += w;
  }
  if (run.length > 0) out.push(run);
  return out;
}

export function splitReport(report: Report): { head: Report; pieces: ReportPiece[] } {
  const { tables, passes, ...rest } = report;
  const head: Report = { ...rest, tables: [], ...(passes ? { passes: [] } : {}) };
  const pieces: ReportPiece[] = [
    ...slices(tables, tableBytes, PIECE_BYTES).map((t) => ({ tables: t })),
    ...slices(passes ?? [], passBytes, PIECE_BYTES).map((p) => ({ passes: p })),
  ];
  return { head, pieces };
}

/** The report again from its head and all its pieces (in order). */
export function joinReport(head: Report, pieces: readonly ReportPiece[]): Report {
  const tables = head.tables.slice();
  const passes = head.passes?.slice();
  for (const piece of pieces) {
    if ('tables' in piece) tables.push(...piece.tables);
    else passes?.push(...piece.passes);
  }
  return { ...head, tables, ...(passes ? { passes } : {}) };
}
