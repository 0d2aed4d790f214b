import type { Box } from '../model/source.js';
import type { TokenKind } from '../text/lexicon.js';
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
  /** PDF: the cell's words, as the word stage (layout/words.ts) made them. */
  words?: Word[];
}

/**
 * A word of a PDF line: text between white space, rulings and the lexicon's cuts, classified once.
 * `box` is the word's own where `ends` is `both` (glyph positions, or a whole run); a word cut from a
 * run without glyph positions has the run's box and knows only the run's ends it has (`start`: its left
 * is the run's, `end`: its right, `none`: neither).
 */
export interface Word {
  text: string;
  box: Box;
  kind: TokenKind;
  /** What was printed before the word on its line: white space as printed, " " for a gap between runs, "" when touching. */
  before: string;
  ends: 'both' | 'start' | 'end' | 'none';
  /** The run (text item) the word comes from, numbered on its page. */
  run: number;
  /** What parted it from the word before it in its run: white space, the lexicon, or a border inside the run. */
  parted?: 'space' | 'lexicon' | 'cell';
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
  /** PDF: the line's type size in points (the median of its characters'). */
  size?: number;
  /** PDF: most of the line's characters are bold. */
  bold?: boolean;
}

export interface Layout {
  format: 'tsv' | 'markdown' | 'plain' | 'positioned' | 'html';
  mode: CellMode;
  lines: Line[];
  /** Page count (0 for text formats, which have no pages). */
  pages: number;
  /** Geometry mode: the table borders of each page, by page number. */
  rulings?: ReadonlyMap<number, readonly Ruling[]>;
  /** Pages that print an earlier page again (page → the earlier one): their lines are not among `lines`. */
  repeatedPages?: ReadonlyMap<number, number>;
}
