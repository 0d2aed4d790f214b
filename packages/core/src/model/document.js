import { z } from 'zod';
import { Claim } from './claim.js';
import { Box, SourceInfo, SourceRef } from './source.js';
import { BudgetTable, TableKind } from './table.js';
export const SectionKind = z.enum([
  'cover',
  'contents',
  'functions',
  'organization',
  'glossary',
  'explanation',
  'tables',
  'other',
  'project',
  'unknown',
]);
/** Where a range of a paragraph's text was printed (PDFs): lets a finding box a text span. */
export const TextPiece = z.object({
  start: z.number().int().nonnegative(),
  end: z.number().int().nonnegative(),
  page: z.number().int().positive(),
  box: Box,
});
export const Paragraph = z.object({
  /** Reflowed text: line breaks inside a sentence removed. */
  text: z.string(),
  source: SourceRef,
  pieces: z.array(TextPiece).optional(),
});
export const Section = z.object({
  kind: SectionKind,
  heading: z.string(),
  paragraphs: z.array(Paragraph),
  source: SourceRef,
});
/** One line of the table of contents (目录). */
export const ContentsEntry = z.object({
  text: z.string(),
  table: TableKind.optional(),
  source: SourceRef,
});
export const DocumentMeta = z.object({
  year: z.number().int().optional(),
  department: z.string().optional(),
  /** Numeric department code printed before the name ("157上海市松江区医疗保障局"). */
  departmentCode: z.string().optional(),
  scope: z.enum(['department', 'unit']),
  stage: z.enum(['budget', 'final']),
  region: z.string().optional(),
  /** Id of the template the tables were read with. */
  template: z.string(),
});
/** Something the reader could not do or did not trust: these limit which checks can run. */
export const Diagnostic = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning', 'info']),
  message: z.string(),
  messageEn: z.string(),
  table: TableKind.optional(),
  source: SourceRef.optional(),
});
export const BudgetDocument = z.object({
  source: SourceInfo,
  meta: DocumentMeta,
  contents: z.array(ContentsEntry),
  tables: z.array(BudgetTable),
  sections: z.array(Section),
  claims: z.array(Claim),
  diagnostics: z.array(Diagnostic),
});
//# sourceMappingURL=document.js.map
