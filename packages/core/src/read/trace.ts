import type { Problem } from '../model/problem.js';
import type { Box } from '../model/source.js';
import type { CellEvidence } from '../model/table.js';
import type { TracedLine, TracedSegment } from '../recognize/decisions.js';

export type { LineRole, TracedLine, TracedSegment } from '../recognize/decisions.js';

/**
 * What the PDF table reader decided, recorded on request for the debug picture (`hezhang debug`):
 * what segmentation made of each line and where it started and ended each table; per page, the
 * column regions of each table, the rows it banded together and the role it gave every piece of
 * text. Reading does not depend on it; it only watches.
 */

/** The role a piece of text was given in a table row. */
export type TokenRole = 'value' | 'label' | 'code' | 'header' | 'unreadable';

export interface TracedToken {
  text: string;
  box: Box;
  role: TokenRole;
  /** The value column the token went to ("expenditure/total"). */
  column?: string;
  /** Values: what put it in its column (a ruling, the amounts' edge, a midpoint, the cut of a run). */
  evidence?: CellEvidence;
}

export interface TracedColumn {
  side: string;
  id: string;
  /** Header extent. */
  x0: number;
  x1: number;
  /** Where the column's values may lie. */
  left: number;
  right: number;
  /** What placed each boundary. */
  leftBy?: string;
  rightBy?: string;
}

export interface TracedTable {
  kind: string;
  title: string;
  page: number;
  columns: TracedColumn[];
  /** One box per row as banded (the union of its lines). */
  rows: Box[];
  tokens: TracedToken[];
  problems: Problem[];
  /** The completeness count: amounts printed in the table's rows, read into a cell, reported by a problem. */
  amounts?: { printed: number; placed: number; reported: number };
}

export class ReadingTrace {
  readonly tables: TracedTable[] = [];
  /** Segmentation's decisions, in reading order: every line's role, and where each table starts and ends. */
  readonly lines: TracedLine[] = [];
  readonly segments: TracedSegment[] = [];

  table(kind: string, title: string, page: number): TracedTable {
    const traced: TracedTable = { kind, title, page, columns: [], rows: [], tokens: [], problems: [] };
    this.tables.push(traced);
    return traced;
  }

  onPage(page: number): TracedTable[] {
    return this.tables.filter((t) => t.page === page);
  }

  /** Segmentation's lines and decisions on one page. */
  segmentation(page: number): { lines: TracedLine[]; segments: TracedSegment[] } {
    return {
      lines: this.lines.filter((l) => l.page === page),
      segments: this.segments.filter((s) => s.page === page),
    };
  }
}
