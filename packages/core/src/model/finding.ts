import { z } from 'zod';
import { Bilingual } from './bilingual.js';
import { Box } from './source.js';
import { TableKind } from './table.js';

export const Severity = z.enum(['error', 'warning', 'info']);
export type Severity = z.infer<typeof Severity>;

/** A pointer at a cell, a row, a table or a text span involved in a finding. */
export const Ref = z.object({
  table: TableKind.optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  page: z.number().int().positive().optional(),
  box: Box.optional(),
  line: z.number().int().positive().optional(),
  /**
   * Another document's file name, when the place is in a document read with this one (a unit's budget,
   * last year's budget): page, box and line are then that document's.
   */
  document: z.string().optional(),
  /** Quoted text (prose span or printed label). */
  text: z.string().optional(),
  /** Prose location: section and paragraph index, character range. */
  section: z.number().int().nonnegative().optional(),
  paragraph: z.number().int().nonnegative().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
export type Ref = z.infer<typeof Ref>;

/** A compared quantity: money in fen with its unit of display, or a count or percentage. */
export const Quantity = z.object({
  fen: z.number().int().optional(),
  value: z.number().optional(),
  unit: z.enum(['元', '万元', '%', 'count', 'year', 'text']),
  text: z.string(),
  /**
   * Where the quantity was read ("文字", "表格", "上年文档"), when both sides of a comparison are printed:
   * then neither is "expected", and views name them by this instead of expected / actual.
   */
  label: Bilingual.optional(),
});
export type Quantity = z.infer<typeof Quantity>;

export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  message: Bilingual,
  /** The formula in words with both amounts, e.g. "210 卫生健康支出 = 21011 + 21015 + 21099: 246,111,154 ≠ 246,135,154". */
  formula: Bilingual.optional(),
  refs: z.array(Ref),
  expected: Quantity.optional(),
  actual: Quantity.optional(),
  /** actual − expected, in the quantity's unit. */
  difference: Quantity.optional(),
  /** The tolerance the comparison allowed. */
  tolerance: Bilingual.optional(),
  /** Number of like findings folded into this one (rounding infos clustered per table). */
  count: z.number().int().positive().optional(),
});
export type Finding = z.infer<typeof Finding>;
