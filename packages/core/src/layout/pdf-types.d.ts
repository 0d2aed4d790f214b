import type { Box } from '../model/source.js';
/**
 * What a PDF reader (pdf.js in @hezhang/pdf) hands to core: per page, the text items with their boxes
 * and the ruling lines, in display coordinates (points, origin top-left, y down, page rotation and
 * rotated content already normalised so text runs left to right). Core never sees pdf.js itself.
 */
/** A run of text as the PDF's text layer gives it (one table cell, part of a line, sometimes several cells fused). */
export interface PositionedItem {
  /** Text as decoded (not yet normalised). */
  text: string;
  box: Box;
  /** Font id of the text layer, to tie glyphs to fonts without a Unicode map. */
  font: string;
  /** Font size in points. */
  size: number;
}
/** A horizontal (`h`, at y) or vertical (`v`, at x) table border from `from` to `to`. */
export interface Ruling {
  axis: 'h' | 'v';
  at: number;
  from: number;
  to: number;
}
/** A font of the document: the id items refer to and the name it was embedded under. */
export interface PdfFont {
  id: string;
  /** Font name as embedded ("BAAAAA+FangSong"), when the reader could get it. */
  name: string;
}
export interface PositionedPage {
  /** 1-based page number. */
  page: number;
  width: number;
  height: number;
  /** Rotation applied to display the page (the /Rotate entry plus the content's own orientation), degrees. */
  rotation: number;
  items: PositionedItem[];
  rulings: Ruling[];
  /** Images painted on the page (a page of images and no text is a scan). */
  images: number;
}
export interface PositionedDocument {
  pages: PositionedPage[];
  fonts: PdfFont[];
  /** Producer / creator from the document info, when present. */
  producer?: string;
}
//# sourceMappingURL=pdf-types.d.ts.map
