import { z } from 'zod';
import { Problem } from './problem.js';
import { SourceRef } from './source.js';

/**
 * A table's kind: an id its template defines ("expenditure_summary", "final_revenue"). Kinds are data
 * of the template the document was read with (`templateOf`), not a list fixed in the model.
 */
export const TableKind = z.string().min(1);
export type TableKind = z.infer<typeof TableKind>;

export const UnitSchema = z.enum(['元', '万元']);

/** A cell: an integer number of 分, or null for a blank cell ("0.00" is 0, not null). */
export const CellValue = z.number().int().nullable();

export const RowSide = z.enum(['income', 'expenditure']);
export type RowSide = z.infer<typeof RowSide>;

/**
 * PDFs: what put a value in its column — a vertical ruling on both sides of the column (or the table's
 * open end), the right edge of the column's amounts, only the middle of a gap between headers, or the
 * cut of a text run that ran over several cells.
 */
export const CellEvidence = z.enum(['ruling', 'edge', 'midpoint', 'cut']);
export type CellEvidence = z.infer<typeof CellEvidence>;

export const TableRow = z.object({
  /**
   * Function or economic code digits ("2080505", "30217"), "total" for 合计, or a slug for the lines
   * of the two-sided summary tables ("fiscal_grant", "income_total", "expenditure_total"; their
   * expenditure lines use the function class code, "208").
   */
  key: z.string(),
  /** The name as printed (or recovered, see labelSource). */
  label: z.string(),
  /** 0 for totals, 1 类, 2 款, 3 项; summary lines: 1 for a main line, 2 for a sub-line. */
  level: z.number().int().nonnegative(),
  /** Two-sided tables only: which side of the table the line is on. */
  side: RowSide.optional(),
  /** Values keyed by column id. */
  values: z.record(z.string(), CellValue),
  source: SourceRef,
  /** Where each value was read from, keyed by column id (PDFs: page and box). */
  cells: z.record(z.string(), SourceRef).optional(),
  /** PDFs: what put each value in its column, keyed by column id. */
  evidence: z.record(z.string(), CellEvidence).optional(),
  /**
   * The codes as printed ("7", "210 01") when they contradict the code the row's name determines and
   * the row is keyed by its name (read/codes.ts); classification.printed_codes reports them.
   */
  printedCode: z.string().optional(),
  /** "printed" when the name was on the row, "recovered" when taken from another table (the page lost it). */
  labelSource: z.enum(['printed', 'recovered', 'missing']).default('printed'),
  /**
   * Set when the column of a value was decided rather than read (plain text lost the empty cells):
   * the identities used, and whether more than one placement satisfied them.
   */
  inferred: z
    .object({
      reason: z.string(),
      ambiguous: z.boolean(),
      /** Columns whose value the identities could not settle (checks treat them as unread). */
      uncertain: z.array(z.string()),
    })
    .optional(),
});
export type TableRow = z.infer<typeof TableRow>;

export const BudgetTable = z.object({
  kind: TableKind,
  /** Title as printed. */
  title: z.string(),
  /** Declared unit (单位：元 / 单位：万元); the template's unit when the table declares none. */
  unit: UnitSchema,
  unitDeclared: z.boolean(),
  /** 编制部门 as printed. */
  department: z.string().optional(),
  pages: z.array(z.number().int().positive()),
  /** Header lines as printed (years in headers are checked: "2025年机关运行经费预算数"). */
  headers: z.array(z.string()).default([]),
  /** Notes printed with the table, e.g. "…故本表无数据。" */
  notes: z.array(z.string()),
  /** Value column ids, in printed order (expenditure side for two-sided tables). */
  columns: z.array(z.string()),
  /** Two-sided tables only: value column ids of the income side. */
  incomeColumns: z.array(z.string()).optional(),
  rows: z.array(TableRow),
  /**
   * A 元 table that prints its amounts to the 分 ("18,500.00"): exact, even where every amount is a
   * whole 元 (reconcile/rounding.ts `roundingStep`). Set only when true.
   */
  printsFen: z.boolean().optional(),
  source: SourceRef,
  /**
   * Why none of the table's values can be trusted (its pages' text layer is garbled): every check
   * that needs them reports insufficient data.
   */
  untrusted: Problem.optional(),
  /** Problems met while reading the table; a non-empty list means some cells may be missing. */
  problems: z.array(Problem).default([]),
});
export type BudgetTable = z.infer<typeof BudgetTable>;
