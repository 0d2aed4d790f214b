import { z } from 'zod';
import { Box } from './source.js';
import { TableKind } from './table.js';
export const Severity = z.enum(['error', 'warning', 'info']);
/** A pointer at a cell, a row, a table or a text span involved in a finding. */
export const Ref = z.object({
  table: TableKind.optional(),
  row: z.string().optional(),
  column: z.string().optional(),
  page: z.number().int().positive().optional(),
  box: Box.optional(),
  line: z.number().int().positive().optional(),
  /** Quoted text (prose span or printed label). */
  text: z.string().optional(),
  /** Prose location: section and paragraph index, character range. */
  section: z.number().int().nonnegative().optional(),
  paragraph: z.number().int().nonnegative().optional(),
  start: z.number().int().nonnegative().optional(),
  end: z.number().int().nonnegative().optional(),
});
/** A compared quantity: money in fen with its unit of display, or a count or percentage. */
export const Quantity = z.object({
  fen: z.number().int().optional(),
  value: z.number().optional(),
  unit: z.enum(['元', '万元', '%', 'count', 'year', 'text']),
  text: z.string(),
});
export const Finding = z.object({
  rule: z.string(),
  severity: Severity,
  /** Chinese message. */
  message: z.string(),
  messageEn: z.string(),
  /** The formula in words with both amounts, e.g. "210 卫生健康支出 = 21011 + 21015 + 21099: 246,111,154 ≠ 246,135,154". */
  formula: z.string().optional(),
  formulaEn: z.string().optional(),
  refs: z.array(Ref),
  expected: Quantity.optional(),
  actual: Quantity.optional(),
  /** actual − expected, in the quantity's unit. */
  difference: Quantity.optional(),
  /** The tolerance the comparison allowed. */
  tolerance: z.string().optional(),
  /** Number of like findings folded into this one (rounding infos clustered per table). */
  count: z.number().int().positive().optional(),
});
//# sourceMappingURL=finding.js.map
