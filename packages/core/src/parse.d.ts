import { type TextFormat } from './layout/detect.js';
import type { PositionedDocument } from './layout/pdf-types.js';
import type { Layout } from './layout/types.js';
import type { BudgetDocument } from './model/document.js';
import type { SourceKind } from './model/source.js';
import { type Template } from './templates/index.js';
export interface ParseOptions {
  /** File name or URL shown in reports. */
  name?: string;
  /** Template to read the tables with (default: the known template whose table titles the document prints). */
  template?: Template;
}
/**
 * Reads a budget document from extracted text (tab-separated, markdown or plain; detected unless
 * given) into the model: bytes → lines → tables and prose → document.
 */
export declare function parseText(
  text: string,
  options?: ParseOptions & {
    format?: TextFormat;
  },
): BudgetDocument;
/**
 * Reads a budget document from positioned PDF text (what @hezhang/pdf extracts with pdf.js): tables
 * are rebuilt from the positions of their cells and ruling lines.
 */
export declare function parsePositioned(doc: PositionedDocument, options?: ParseOptions): BudgetDocument;
/** The shared second half of every reader: a layout of lines into the model. */
export declare function parseLayout(layout: Layout, kind: SourceKind, options?: ParseOptions): BudgetDocument;
//# sourceMappingURL=parse.d.ts.map
