import { checkDocument, type Finding, parseHtmlDocument, type Report, templateOf } from '@hezhang/core';
import { PAGE_LIMITS } from '../shared/limits';
import { type PageState, sendMessage, type TogetherResult } from '../shared/messages';
import type { Language } from '../shared/settings';
import { PageLocator } from './locate';
import { rowMarks } from './marks';
import { SummaryPanel } from './panel';
import { idle, PdfLinks } from './pdf-links';
import { placeRowBadges } from './row-badges';
import { isOwnElement, scanPage } from './scan';
import { PageTogether } from './together';

export interface PageCheckOptions {
  language: Language;
  /** Check PDF links as soon as they are found (else when their badge is clicked). */
  autoPdf: boolean;
  /** Badge PDF links at all. */
  pdf: boolean;
}

/** The shortest wait before checking a page again after it changed; longer when checks take long. */
const RECHECK_MS = 150;
/** The longest the first check waits for the page to be idle. */
const FIRST_IDLE_MS = 2_000;

/**
 * Checks the page: its budget tables and prose as one document (core reads and reconciles them), a badge
 * on every row, a summary panel, and badges on PDF links. Runs again when the page adds tables or links:
 * in idle time, one run at a time, and never more often than twice its own duration (a page that keeps
 * adding elements cannot keep the extension busy). What the scan left out for its size is said.
 */
export class PageCheck {
  private readonly panel: SummaryPanel;
  private readonly pdfLinks: PdfLinks;
  /** The page's checked PDFs read together, shown on their badges and in the panel. */
  private readonly together: PageTogether;
  private added: Element[] = [];
  private report: Report | undefined;
  /** The page's PDFs as last read together (the popup's line). */
  private togetherResult: TogetherResult | undefined;
  private tables = 0;
  private observer: MutationObserver | undefined;
  private scheduled: ReturnType<typeof setTimeout> | undefined;
  private running: Promise<void> | undefined;
  private again = false;
  private lastRunMs = 0;

  constructor(private readonly options: PageCheckOptions) {
    this.together = new PageTogether(
      () => this.pdfLinks,
      (result) => {
        this.togetherResult = result;
        this.panel.together(result);
        // The documents of a PDF of several are shown as read with the others now.
        this.panel.several(this.pdfLinks.several());
      },
    );
    this.pdfLinks = new PdfLinks(options.language, () => {
      // A check ended: the panel names the links that could not be checked, then the checked ones are read together.
      this.panel.unread(this.pdfLinks.unread());
      this.panel.several(this.pdfLinks.several());
      this.together.settled();
    });
    this.panel = new SummaryPanel(
      options.language,
      (target) => {
        const id = this.together.id;
        if (id) void sendMessage('together:open', { id, ...target });
      },
      (url, part) => void sendMessage('report:open', { url, ...(part !== undefined ? { part } : {}) }),
    );
  }

  /** Checks the page (again), when the browser is idle; resolves when the check and the PDF badges are done. */
  run(): Promise<void> {
    if (this.running) {
      this.again = true;
      return this.running;
    }
    this.running = (async () => {
      do {
        this.again = false;
        // The first run waits for the page's own first rendering (a page of 10,000 links takes the
        // browser a second or two): the extension's work comes after the page's.
        await idle(this.lastRunMs === 0 ? FIRST_IDLE_MS : undefined);
        // Test hook: when the extension's work on this page began (performance.now(), the page's clock).
        document.documentElement.dataset.hezhangCheckStart ??= performance.now().toFixed(0);
        const start = performance.now();
        this.checkTables();
        if (this.options.pdf) await this.pdfLinks.scan(document.body, this.options.autoPdf);
        this.lastRunMs = performance.now() - start;
      } while (this.again);
    })().finally(() => {
      this.running = undefined;
    });
    return this.running;
  }

  private checkTables(): void {
    performance.mark('hezhang:check-start');
    for (const el of this.added) el.remove();
    this.added = [];

    const scanned = scanPage(document.body);
    const hasTables = scanned.page.blocks.some((b) => b.type === 'table');
    const doc = hasTables ? parseHtmlDocument(scanned.page, { name: location.href }) : undefined;
    this.tables = doc?.tables.length ?? 0;
    if (doc && this.tables > 0) {
      const report = checkDocument(doc, { passes: true });
      this.report = report;
      const locator = new PageLocator(scanned);
      this.added = placeRowBadges(rowMarks(doc, report), doc.tables, templateOf(doc), locator, this.options.language);
      this.panel.page({
        report,
        tables: this.tables,
        skippedTables: scanned.skippedTables,
        onSelect: (f) => reveal(f, locator, report),
      });
    } else {
      this.report = undefined;
      this.panel.page(undefined);
    }
    document.documentElement.dataset.hezhangSkippedTables = String(scanned.skippedTables);

    const measure = performance.measure('hezhang:page-check', 'hezhang:check-start');
    document.documentElement.dataset.hezhangCheckMs = measure.duration.toFixed(1);
  }

  /** Checks again when the page adds elements (tables rendered by scripts, links loaded later). */
  observe(): void {
    this.observer = new MutationObserver((mutations) => {
      const foreign = mutations.some((m) =>
        Array.from(m.addedNodes).some((n) => n.nodeType === Node.ELEMENT_NODE && !isOwnElement(n as Element)),
      );
      if (!foreign || this.scheduled) return;
      this.scheduled = setTimeout(
        () => {
          this.scheduled = undefined;
          void this.run();
        },
        Math.max(RECHECK_MS, 2 * this.lastRunMs),
      );
    });
    this.observer.observe(document.body, { childList: true, subtree: true });
  }

  recheckPdfs(): void {
    this.pdfLinks.checkAll(true);
  }

  stop(): void {
    this.observer?.disconnect();
    clearTimeout(this.scheduled);
    this.together.stop();
    for (const el of this.added) el.remove();
    this.panel.remove();
  }

  /** The popup's view of the page's PDFs of several documents: how many documents in all, each one's verdict. */
  private severalState(): Pick<PageState, 'pdfDocuments' | 'several'> {
    const several = this.pdfLinks.several().slice(0, PAGE_LIMITS.maxPdfBadges);
    if (several.length === 0) return {};
    const documents = this.pdfLinks.checked().reduce((n, c) => n + c.documents, 0);
    return {
      pdfDocuments: documents,
      several: several.map((pdf) => ({
        name: pdf.name,
        status: pdf.status,
        documents: pdf.documents.map((d) => {
          const summary = d.together?.summary ?? d.summary;
          return {
            name: d.name,
            status: d.status,
            ...(summary ? { errors: summary.errors, warnings: summary.warnings } : {}),
            ...(d.failure ? { failure: d.failure } : {}),
          };
        }),
      })),
    };
  }

  state(): PageState {
    const { checked, unread } = this.pdfLinks.counts();
    const across = this.togetherResult?.documents.flatMap((d) => d.findings) ?? [];
    return {
      url: location.href,
      ...(this.report ? { verdict: this.report.summary.verdict } : {}),
      tables: this.tables,
      errors: this.report?.summary.errors ?? 0,
      warnings: this.report?.summary.warnings ?? 0,
      pdfLinks: this.pdfLinks.count,
      pdfOriginsNeedingPermission: this.pdfLinks.originsNeedingPermission(),
      pdfChecked: checked,
      pdfUnread: unread,
      ...this.severalState(),
      ...(this.togetherResult
        ? {
            together: {
              documents: this.togetherResult.documents.length,
              findings: across.length,
              ...(across.length > 0
                ? { worst: across.some((f) => f.severity === 'error') ? ('error' as const) : ('warning' as const) }
                : {}),
            },
          }
        : {}),
    };
  }
}

/** Scrolls to the cell (or prose block) a finding is about and outlines it for a moment. */
function reveal(finding: Finding, locator: PageLocator, report: Report): void {
  const el = finding.refs.map((r) => locator.refElement(r, report.tables)).find((e) => e !== undefined);
  if (!(el instanceof HTMLElement)) return;
  el.scrollIntoView({ behavior: 'smooth', block: 'center' });
  const previous = el.style.getPropertyValue('outline');
  el.style.setProperty('outline', '3px solid #c62828', 'important');
  setTimeout(() => el.style.setProperty('outline', previous), 2000);
}
