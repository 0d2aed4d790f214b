import { type Dossier, type Finding, markFinding, type Report, type ReviewStatus } from '@hezhang/core';
import { useCallback, useId, useMemo, useRef, useState } from 'preact/hooks';
import { useStrings } from '../i18n.js';
import type { PdfSource } from '../pdf/pdfjs.js';
import { boxesByPage, groupFindings } from '../report-model.js';
import { type ReviewStore, useMemoryReview, withReview } from '../review.js';
import { ChecksView } from './ChecksView.js';
import { DocumentSummary } from './DocumentSummary.js';
import { ExportBar, type ExportHost } from './ExportBar.js';
import { FindingsView } from './FindingsView.js';
import { PageViewer } from './PageViewer.js';
import { PrintOnDemand } from './PrintSummary.js';
import { TablesView } from './TablesView.js';

const TABS = ['findings', 'tables', 'checks'] as const;
type Tab = (typeof TABS)[number];

interface ReportViewProps {
  report: Report;
  /** The PDF the report was read from, to show findings on its pages. */
  pdf?: PdfSource | undefined;
  /** Show the document summary (verdict) at the top; a host that lists summaries elsewhere turns it off. */
  showSummary?: boolean;
  /** The volunteer's marks; without a store the marks are kept in memory while the report is open. */
  review?: ReviewStore | undefined;
  /** What the exports need from the host (the version, a worker for the annotated PDF, when checked). */
  exportHost?: ExportHost | undefined;
  /** The dossier of its department, when read with other documents (its HTML report carries it). */
  dossier?: Dossier | undefined;
}

/**
 * The full report of one document: summary, exports, and tabs for findings, tables and checks. Each
 * finding can be marked (已核实 / 误报); the summary, the exports and the print summary show the
 * report with its marks applied (dismissed findings out of the verdict); the print summary is made
 * only when the page is printed (PrintOnDemand).
 */
export function ReportView({ report: checked, pdf, showSummary = true, review, exportHost, dossier }: ReportViewProps) {
  const t = useStrings();
  const memory = useMemoryReview();
  const store = review ?? memory;
  const report = withReview(checked, store.marks);
  // One function for as long as the report is open: each finding renders again only when its own mark changes.
  const latestStore = useRef(store);
  latestStore.current = store;
  const onMark = useCallback(
    (key: string, status: ReviewStatus, note: string) => latestStore.current.setMark(markFinding(key, status, note)),
    [],
  );
  const id = useId();
  const [tab, setTab] = useState<Tab>('findings');
  const [shown, setShown] = useState<Finding | null>(null);
  const tabs = useRef<(HTMLButtonElement | null)[]>([]);
  // What previous / next step through in the page viewer: the findings shown on a page, in list order.
  const onPages = useMemo(
    () =>
      groupFindings(report)
        .flatMap((g) => g.findings.map((f) => f.finding))
        .filter((f) => boxesByPage(f).size > 0),
    [report],
  );

  const onTabKey = (event: KeyboardEvent, index: number) => {
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = (index + step + TABS.length) % TABS.length;
    setTab(TABS[next] ?? 'findings');
    tabs.current[next]?.focus();
  };

  return (
    <article class="report" aria-label={report.source.name}>
      {showSummary && <DocumentSummary report={report} />}
      <ExportBar report={report} pdf={pdf} host={exportHost} dossier={dossier} />
      <div class="tabs" role="tablist" aria-label={report.source.name}>
        {TABS.map((name, index) => (
          <button
            key={name}
            ref={(el) => {
              tabs.current[index] = el;
            }}
            type="button"
            role="tab"
            id={`${id}-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`${id}-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => setTab(name)}
            onKeyDown={(e) => onTabKey(e, index)}
          >
            {t.tabs[name]}
          </button>
        ))}
      </div>
      <div class="tab-panel" role="tabpanel" id={`${id}-panel-${tab}`} aria-labelledby={`${id}-tab-${tab}`}>
        {tab === 'findings' && <FindingsView report={report} onShow={pdf ? setShown : undefined} onMark={onMark} />}
        {tab === 'tables' && <TablesView report={report} />}
        {tab === 'checks' && <ChecksView report={report} />}
      </div>
      {pdf && (
        <PageViewer finding={shown} source={pdf} onClose={() => setShown(null)} findings={onPages} onShow={setShown} />
      )}
      <PrintOnDemand report={report} />
    </article>
  );
}
