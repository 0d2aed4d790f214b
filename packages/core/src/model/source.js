import { z } from 'zod';
/**
 * A box in page coordinates: [x0, y0, x1, y1] in PDF points, origin at the top-left corner of the
 * page as displayed (rotation applied), y growing downwards.
 */
export const Box = z.tuple([z.number(), z.number(), z.number(), z.number()]);
/** Where something was read from: page and box for PDFs, line (1-based) for text. */
export const SourceRef = z.object({
  page: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  box: Box.optional(),
});
export const SourceKind = z.enum(['pdf', 'text', 'html']);
/** The input a document was read from. */
export const SourceInfo = z.object({
  name: z.string(),
  kind: SourceKind,
  /** Text layout the reader recognised: tsv, markdown, plain (cells lost), positioned (PDF), html. */
  format: z.enum(['tsv', 'markdown', 'plain', 'positioned', 'html']),
  pages: z.number().int().nonnegative(),
});
//# sourceMappingURL=source.js.map
