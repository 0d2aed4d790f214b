import type { BudgetDocument } from '../model/document.js';
import type { Report } from '../model/report.js';
import { type Template } from '../templates/index.js';
import type { Rule } from './rule.js';
export interface CheckOptions {
  /** Earlier documents of the same department, for the change statements. */
  previous?: readonly BudgetDocument[];
  /** Rules to run (default: all). */
  rules?: readonly Rule[];
  template?: Template;
  /** Also record the comparisons that held, with their formulas (row marks in the UI and extension). */
  passes?: boolean;
}
/** Runs every rule on a document and assembles the report. A rule that throws is reported, not hidden. */
export declare function checkDocument(document: BudgetDocument, options?: CheckOptions): Report;
//# sourceMappingURL=engine.d.ts.map
