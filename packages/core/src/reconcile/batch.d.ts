import type { BudgetDocument } from '../model/document.js';
import type { Report } from '../model/report.js';
import { type CheckOptions } from './engine.js';
/**
 * Several documents at once: grouped by department (and scope and stage), each checked with the
 * earlier years of its group, so change statements meet last year's document.
 */
export interface DocumentGroup {
  department: string;
  scope: BudgetDocument['meta']['scope'];
  stage: BudgetDocument['meta']['stage'];
  /** Sorted by year. */
  documents: BudgetDocument[];
}
export declare function groupDocuments(documents: readonly BudgetDocument[]): DocumentGroup[];
/** Checks every document with the earlier documents of its group; reports come back in input order. */
export declare function checkDocuments(
  documents: readonly BudgetDocument[],
  options?: Omit<CheckOptions, 'previous'>,
): Report[];
//# sourceMappingURL=batch.d.ts.map
