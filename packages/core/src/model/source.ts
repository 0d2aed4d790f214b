import { z } from 'zod';

/**
 * A box in page coordinates: [x0, y0, x1, y1] in PDF points, origin at the top-left corner of the
 * page as displayed (rotation applied), y growing downwards.
 */
export const Box = z.tuple([z.number(), z.number(), z.number(), z.number()]);
export type Box = z.infer<typeof Box>;

/** Where something was read from: page and box for PDFs, line (1-based) for text. */
export const SourceRef = z.object({
  page: z.number().int().positive().optional(),
  line: z.number().int().positive().optional(),
  box: Box.optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

export const SourceKind = z.enum(['pdf', 'text', 'html']);
export type SourceKind = z.infer<typeof SourceKind>;

/** The input a document was read from. */
export const SourceInfo = z.object({
  name: z.string(),
  kind: SourceKind,
  /** Text layout the reader recognised: tsv, markdown, plain (cells lost), positioned (PDF), html. */
  format: z.enum(['tsv', 'markdown', 'plain', 'positioned', 'html']),
  pages: z.number().int().nonnegative(),
  /**
   * SHA-256 of the file's bytes (lower-case hex), when the app that read it computed one: a review
   * mark is keyed on it, so marks follow the file and not its name.
   */
  sha256: z
    .string()
    .regex(/^[0-9a-f]{64}$/)
    .optional(),
  /**
   * PDFs: per page (page 1 first), the clockwise rotation in degrees from the page's unrotated user
   * space to the frame its boxes are in — its /Rotate, less any turn that made sideways-printed text
   * read left to right. What maps a box back onto the PDF (annotations, pictures of the page).
   */
  rotations: z.array(z.number().int()).optional(),
});
export type SourceInfo = z.infer<typeof SourceInfo>;
