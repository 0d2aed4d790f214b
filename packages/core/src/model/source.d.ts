import { z } from 'zod';
/**
 * A box in page coordinates: [x0, y0, x1, y1] in PDF points, origin at the top-left corner of the
 * page as displayed (rotation applied), y growing downwards.
 */
export declare const Box: z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>;
export type Box = z.infer<typeof Box>;
/** Where something was read from: page and box for PDFs, line (1-based) for text. */
export declare const SourceRef: z.ZodObject<
  {
    page: z.ZodOptional<z.ZodNumber>;
    line: z.ZodOptional<z.ZodNumber>;
    box: z.ZodOptional<z.ZodTuple<[z.ZodNumber, z.ZodNumber, z.ZodNumber, z.ZodNumber], null>>;
  },
  z.core.$strip
>;
export type SourceRef = z.infer<typeof SourceRef>;
export declare const SourceKind: z.ZodEnum<{
  pdf: 'pdf';
  text: 'text';
  html: 'html';
}>;
export type SourceKind = z.infer<typeof SourceKind>;
/** The input a document was read from. */
export declare const SourceInfo: z.ZodObject<
  {
    name: z.ZodString;
    kind: z.ZodEnum<{
      pdf: 'pdf';
      text: 'text';
      html: 'html';
    }>;
    format: z.ZodEnum<{
      html: 'html';
      tsv: 'tsv';
      markdown: 'markdown';
      plain: 'plain';
      positioned: 'positioned';
    }>;
    pages: z.ZodNumber;
  },
  z.core.$strip
>;
export type SourceInfo = z.infer<typeof SourceInfo>;
//# sourceMappingURL=source.d.ts.map
