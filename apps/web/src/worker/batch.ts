/**
 * The documents of a session, kept in the checking worker so that each crosses to it once, straight
 * from its reader: checked together on request, and a report sent back only when it differs from the
 * one sent before (a later year dropped in changes the earlier reports' comparisons). Cloning every
 * report to the page on every check took its main thread seconds for 50 files; passing each document
 * through the page cost it 200 ms for a 500-page one.
 */
import { type BudgetDocument, checkDocuments, checkingTogether, parseText, type Report } from '@hezhang/core';
import { saveReport } from '../history.js';
import { type CheckedReport, type DocumentMessage, ofFile, WARM_ID } from './protocol.js';
import { type PieceMessage, splitReport } from './report-pieces.js';

/** What a later check can change in a report (other documents are paired with it), without its tables and passes. */
function fingerprint(report: Report): string {
  return JSON.stringify([report.previous, report.pairing, report.summary, report.checks, report.findings]);
}

/** A document the page has announced (`add`), arriving from its reader. */
interface Awaited {
  promise: Promise<BudgetDocument | undefined>;
  resolve: (document: BudgetDocument | undefined) => void;
}

export class Batch {
  private readonly documents = new Map<string, BudgetDocument>();
  private readonly savedAs = new Map<string, string>();
  /** A document of a file of several: the file's pages it is on (kept with its saved report). */
  private readonly pages = new Map<string, { from: number; to: number }>();
  private readonly sent = new Map<string, string>();
  /** Documents that arrived from a reader before the page announced them (or never will: a cancelled read). */
  private readonly inbox = new Map<string, BudgetDocument | undefined>();
  /** Documents announced by the page and not arrived yet: the next check waits for them. */
  private readonly awaited = new Map<string, Awaited>();
  /** Checks each document as it arrives; a check of all checks again only those whose companions changed. */
  private readonly together = checkingTogether({ passes: true });
  private page: MessagePort | undefined;
  private tickets = 0;
  private saves: Promise<unknown> = Promise.resolve();

  /** Listens to a reader's port for the documents it reads. */
  listen(port: MessagePort): void {
    port.onmessage = (event: MessageEvent<DocumentMessage>) => this.arrive(event.data.id, event.data.document);
  }

  /** The port on which report pieces go to the page. */
  reportTo(port: MessagePort): void {
    this.page = port;
  }

  private arrive(id: string, document: BudgetDocument | undefined): void {
    const waiting = this.awaited.get(id);
    if (waiting) {
      this.awaited.delete(id);
      waiting.resolve(document);
    } else this.inbox.set(id, document);
  }

  /** The document a reader sends (or sent) under id. */
  private take(id: string): Promise<BudgetDocument | undefined> {
    if (this.inbox.has(id)) {
      const document = this.inbox.get(id);
      this.inbox.delete(id);
      return Promise.resolve(document);
    }
    let resolve: (document: BudgetDocument | undefined) => void = () => undefined;
    const promise = new Promise<BudgetDocument | undefined>((r) => {
      resolve = r;
    });
    this.awaited.set(id, { promise, resolve });
    return promise;
  }

  /** Runs the checks once (on the sample, else an empty document), so the first real check finds its code compiled. */
  async warm(): Promise<void> {
    const sample = await this.take(WARM_ID);
    checkDocuments([sample ?? parseText('', { name: 'warm.txt' })], { passes: true });
  }

  add(id: string, savedAs: string, pages?: { from: number; to: number }): void {
    this.savedAs.set(id, savedAs);
    if (pages) this.pages.set(id, pages);
    this.sent.delete(id);
    void this.take(id).then((document) => {
      if (!document || !this.savedAs.has(id)) return;
      this.documents.set(id, document);
      this.together.add(document);
    });
  }

  remove(id: string): void {
    this.documents.delete(id);
    this.savedAs.delete(id);
    this.pages.delete(id);
    this.sent.delete(id);
    // A file cancelled after it was read: its documents (`f3#1`…) may have reached the inbox.
    for (const key of [...this.inbox.keys()]) if (ofFile(key, id)) this.inbox.delete(key);
    this.awaited.get(id)?.resolve(undefined);
    this.awaited.delete(id);
  }

  /**
   * Checks every document together (passes: the comparisons that held, for the tables' row marks),
   * once the documents announced have arrived. Each changed report's bulk goes to the page's port
   * before the heads are returned; the reports are then saved in the history.
   */
  async check(): Promise<CheckedReport[]> {
    await Promise.all([...this.awaited.values()].map((a) => a.promise));
    // The documents' own promises (add) settle first: they were chained before the check awaited.
    await Promise.resolve();
    const ids = [...this.documents.keys()];
    const reports = this.together.reports([...this.documents.values()]);
    const changed: CheckedReport[] = [];
    const checkedAt = Date.now();
    ids.forEach((id, i) => {
      const report = reports[i];
      if (!report) return;
      const print = fingerprint(report);
      if (this.sent.get(id) === print) return;
      this.sent.set(id, print);
      const { head, pieces } = splitReport(report);
      const ticket = `${id}:${this.tickets++}`;
      for (const [index, piece] of pieces.entries())
        this.page?.postMessage({ ticket, index, piece } satisfies PieceMessage);
      changed.push({ id, ticket, head, pieces: pieces.length, checkedAt });
      const savedAs = this.savedAs.get(id);
      const pages = this.pages.get(id);
      if (savedAs)
        this.saves = this.saves.then(() => saveReport(savedAs, report, checkedAt, pages)).catch(() => undefined);
    });
    return changed;
  }

  /** Resolves once the reports checked so far are saved. */
  saved(): Promise<void> {
    return this.saves.then(() => undefined);
  }
}
