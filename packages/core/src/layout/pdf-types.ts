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
  /**
   * Where each character of `text` starts along the run, then where the run ends: `text.length + 1`
   * x-positions in display coordinates, never decreasing, one per UTF-16 code unit (the characters of
   * one glyph that maps to several share its advance evenly). Readers that see glyphs (the operator-list
   * reader of @hezhang/pdf) give them; readers that know only the run's box leave them out, and core
   * then knows only the run's ends. Core cuts runs at these positions, never at guessed widths.
   */
  edges?: number[];
  /** The font is bold (its name or its flags say so): headings are often the only bold lines of a page. */
  bold?: boolean;
  /**
   * Text drawn invisibly over a scanned image: the page's text as a recogniser (OCR) read it, which may
   * hold recognition errors. Absent for text the page prints.
   */
  ocr?: boolean;
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
  /**
   * Text drawn outside the clip area in force where it was drawn: not visible on the printed page (the
   * tail of a paragraph cut off by its text box, a cell's overflow). Never read as printed text; kept so
   * that the rules can say what a reader of the page cannot see. Absent when the reader does not track clips.
   */
  clipped?: PositionedItem[];
  /**
   * Text drawn but not visible: render mode 3 or 7 (no fill, no stroke), opacity 0, optional content
   * turned off, or painted in the colour of what lies under it (white on the white page; white on a dark
   * filled cell is visible). Never read as printed text; an OCR layer over a scanned page is the
   * exception the reader decides (invisible text over an image is in `items`, marked `ocr`).
   */
  hidden?: PositionedItem[];
  rulings: Ruling[];
  /** Images painted on the page (a page of images and no text is a scan). */
  images: number;
  /**
   * The reader gave up on this page, past one of its bounds: more glyphs than a page can hold
   * (`too_many_glyphs`), graphics states nested deeper than any real page (`too_deep`). Its items,
   * rulings and clipped and hidden text are then empty: what is on it was not read, which is not a blank page.
   */
  unreadable?: 'too_many_glyphs' | 'too_deep';
}

export interface PositionedDocument {
  pages: PositionedPage[];
  fonts: PdfFont[];
  /** Producer / creator from the document info, when present. */
  producer?: string;
}
