import type { Box } from '../model/source.js';

/**
 * Segmentation's decisions, recorded on request (the reading trace, `read/trace.ts`, collects them for
 * the debug picture): what each line was taken for, and where each table was opened and closed, why.
 */

/**
 * What segmentation made of a line: a table's title, a frame line (编制部门, 单位), a note, a line of
 * a table, a heading (a line in larger or bold type that is no row), or prose.
 */
export type LineRole = 'title' | 'frame' | 'note' | 'table' | 'heading' | 'prose' | 'unrecognised';

export interface TracedLine {
  page: number;
  box?: Box;
  text: string;
  role: LineRole;
  /** Why it is in its table (tables' lines): several cells, a row, the header, a wrapped name, … */
  why?: string;
  /** The table it belongs to (kind). */
  table?: string;
  /** Type size (points) and weight the line was printed in. */
  size?: number;
  bold?: boolean;
}

/**
 * Where segmentation opened or closed a table, and why:
 * - starts: at its title;
 * - goes_on: the first line of a new page goes on with the open table (its header, a row, a line of
 *   values, a line in the page's ruled grid, a wrapped name whose row follows);
 * - resumes: a page without the table's title goes on with a table that ended on the page before;
 * - ends: before a heading, at a page break the next page's first line does not go on over, at a page
 *   whose rows cannot be the table's (page-break.ts: other codes, codes restart, closed, noted), before
 *   another table's title, before a line that is no table's (prose), or at the document's end.
 */
export interface TracedSegment {
  edge: 'starts' | 'goes_on' | 'resumes' | 'ends';
  why: string;
  /** The table (kind and title as printed). */
  kind: string;
  title: string;
  /** The line the decision was made at (for `ends`: the first line after the table), where it has one. */
  page: number;
  box?: Box;
  text: string;
}

/** Where segmentation writes its decisions (a ReadingTrace). */
export interface SegmentationTrace {
  readonly lines: TracedLine[];
  readonly segments: TracedSegment[];
}
