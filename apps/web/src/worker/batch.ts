/**
 * The documents of a session, kept in the checking worker so that each crosses to it once: checked
 * together on request, and a report sent back only when it differs from the one sent before (a later
 * year dropped in changes the earlier reports' comparisons). Cloning every report to the page on every
 * check took its main thread seconds for 50 files.
 */
import { type BudgetDocument, checkDocuments, parseText, type Report } from '@hezhang/core';

/** What a later check can change in a report (other documents are paired with it), without its tables and passes. */
function fingerprint(report: Report): string {
  return JSON.stringify([report.previous, report.pairing, report.summary, report.checks, report.findings]);
}

export class Batch {
  /** Runs the checks once (on the sample, else an empty document), so the first real check finds its code compiled. */
  static warm(sample: BudgetDocument | undefined): void {
    checkDocuments([sample ?? parseText('', { name: 'warm.txt' })], { passes: true });
  }

  private readonly documents = new Map<string, BudgetDocument>();
  private readonly sent = new Map<string, string>();

  add(id: string, document: BudgetDocument): void {
    this.documents.set(id, document);
    this.sent.delete(id);
  }

  remove(id: string): void {
    this.documents.delete(id);
    this.sent.delete(id);
  }

  /** Checks every document together (passes: the comparisons that held, for the tables' row marks). */
  check(): { id: string; report: Report }[] {
    const ids = [...this.documents.keys()];
    const reports = checkDocuments([...this.documents.values()], { passes: true });
    const changed: { id: string; report: Report }[] = [];
    ids.forEach((id, i) => {
      const report = reports[i];
      if (!report) return;
      const print = fingerprint(report);
      if (this.sent.get(id) === print) return;
      this.sent.set(id, print);
      changed.push({ id, report });
    });
    return changed;
  }
}
