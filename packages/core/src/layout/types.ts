import type { Box } from '../model/source.js';
import type { Ruling } from './pdf-types.js';

/**
 * The common input of table recognition: lines of cells. Each reader (tsv, markdown, plain text,
 * positioned PDF text, HTML) produces lines; what a cell knows about its column differs:
 * - slots: the extractor kept empty cells, so a cell's index is its column (tsv, markdown, HTML);
 * - tokens: empty cells were dropped, only the order of values is known (plain text);
 * - geometry: cells have x ranges on the page (PDF).
 */
export type CellMode = 'slots' | 'tokens' | 'geometry';

export interface Cell {
  /** Normalised, trimmed text. */
  text: string;
  /** Column index in slot mode (empty cells keep their index). */
  slot?: number;
  /** Horizontal extent on the page (geometry mode). */
  x0?: number;
  x1?: number;
  box?: Box;
  /**
   * PDF: the words of a cell whose runs were joined with a space (a gap wider than a space, narrower
   * than a cell gap), each with its box — where the header reader may find two neighbouring header
   * cells whose wrapped texts nearly touch. Absent when the cell is one word.
   */
  words?: { text: string; box: Box }[];
}

export interface Line {
  /** The whole line as printed (normalised). */
  text: string;
  cells: Cell[];
  /** 1-based page number where the format has pages. */
  page?: number;
  /** 1-based line number in the source text. */
  lineNo?: number;
  box?: Box;
  /** Leading spaces of the line in the source text (paragraphs of plain text start indented). */
  indent?: number;
  /** Empty lines before this one in the source text: plain text shows page breaks as gaps. */
  gap: number;
  /** First line of a new page or table block (markdown blocks, PDF pages). */
  blockStart?: boolean;
}

export interface Layout {
  format: 'tsv' | 'markdown' | 'plain' | 'positioned' | 'html';
  mode: CellMode;
  lines: Line[];
  /** Page count (0 for text formats, which have no pages). */
  pages: number;
  /** Geometry mode: the table borders of each page, by page number. */
  rulings?: ReadonlyMap<number, readonly Ruling[]>;
}
