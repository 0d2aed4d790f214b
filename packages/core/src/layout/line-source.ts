import type { SourceRef } from '../model/source.js';
import type { Line } from './types.js';

/** Where a line was printed, as the model records it: page and box for PDFs, line number for text. */
export function lineSource(line: Line): SourceRef {
  return {
    ...(line.page ? { page: line.page } : {}),
    ...(line.lineNo ? { line: line.lineNo } : {}),
    ...(line.box ? { box: line.box } : {}),
  };
}
