import { type Dossier, Report } from '@hezhang/core';
import { DossierView, LangContext, type PdfSource, ReportView } from '@hezhang/ui';
import '@hezhang/ui/styles.css';
import * as pdfjs from 'pdfjs-dist';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fetchPdf } from '../../pdf/fetch-pdf';
import { startPdfWorker } from '../../pdf/worker';
import { strings } from '../../shared/i18n';
import { sendMessage } from '../../shared/messages';
import { type Language, loadSettings } from '../../shared/settings';
import { readTogether } from '../../together/read-together';

/** pdf.js for the page viewer: the extension's own copy, with its bundled worker. */
const loadPdfjs = async () => {
  startPdfWorker();
  return pdfjs;
};

/** The full report of one checked PDF (report.html?url=…): the shared report UI of the offline page. */
function ReportPage({ url }: { url: string }) {
  const [language, setLanguage] = useState<Language>('zh');
  const [report, setReport] = useState<Report | null>();
  const pdf = usePdf(report ? url : undefined);
  useEffect(() => {
    void loadSettings().then((s) => setLanguage(s.language));
    void sendMessage('pdf:report', { url })
      .catch(() => null)
      .then((hit) => {
        // The report crossed from the cache: shown only as the model it must be.
        const parsed = hit ? Report.safeParse(hit.report) : undefined;
        setReport(parsed?.success ? parsed.data : null);
        if (hit && parsed?.success) document.title = `${hit.verdict.name} — Hezhang 核账`;
      });
  }, [url]);
  if (report === undefined) return null;
  return (
    <LangContext.Provider value={language}>
      <main class="report-page">
        <p>
          <a href={url}>{url}</a>
        </p>
        {report ? <ReportView report={report} pdf={pdf} /> : <p>{strings(language).reportMissing}</p>}
      </main>
    </LangContext.Provider>
  );
}

/**
 * The pages are drawn from the PDF itself, fetched again (the cache keeps reports, not PDFs), under the
 * same policy and cap as the check.
 */
function usePdf(url: string | undefined): PdfSource | undefined {
  const [pdf, setPdf] = useState<PdfSource>();
  useEffect(() => {
    if (url) void fetchPdf(url).then((fetched) => setPdf(fetched.ok ? { bytes: fetched.bytes, loadPdfjs } : undefined));
  }, [url]);
  return pdf;
}

interface Together {
  reports: { urls: string[]; report: Report }[];
  dossiers: Dossier[];
  /** Members of the group whose report is no longer cached. */
  missing: number;
}

/**
 * A page's PDFs read together (report.html?together=ID with url=… for one document's report, or
 * dossier=KEY for a department's dossier): their cached reports read together again here, with core's
 * checkDocuments, as the page's panel read them — each report with its pairing and the findings between
 * documents, the dossier with its charts.
 */
function TogetherPage({ id, url, dossier }: { id: string; url?: string | undefined; dossier?: string | undefined }) {
  const [language, setLanguage] = useState<Language>('zh');
  const [together, setTogether] = useState<Together | null>();
  const [shown, setShown] = useState({ url, dossier });
  const pdf = usePdf(shown.url);
  useEffect(() => {
    void loadSettings().then((s) => setLanguage(s.language));
    void sendMessage('together:reports', { id })
      .catch(() => null)
      .then((group) => {
        if (!group) return setTogether(null);
        const read = readTogether(group.documents);
        setTogether({
          reports: read.documents.map((d) => ({ urls: d.input.urls, report: d.report })),
          dossiers: read.dossiers,
          missing: group.documents.length - read.documents.length,
        });
      });
  }, [id]);
  if (together === undefined) return null;
  const t = strings(language);
  const entry = shown.url ? together?.reports.find((r) => r.urls.includes(shown.url as string)) : undefined;
  const key = shown.dossier ?? entry?.report.pairing?.key;
  const ofDepartment = together?.dossiers.find((d) => d.key === key);
  const open = (name: string) => {
    const target = together?.reports.find((r) => r.report.source.name === name)?.urls[0];
    if (target) setShown({ url: target, dossier: undefined });
  };
  if (entry) document.title = `${entry.report.source.name} — Hezhang 核账`;
  else if (ofDepartment) document.title = `${ofDepartment.department} — Hezhang 核账`;
  return (
    <LangContext.Provider value={language}>
      <main class="report-page">
        {together && together.missing > 0 && <p>{t.togetherMissing(together.missing)}</p>}
        {entry && (
          <p>
            <a href={shown.url}>{shown.url}</a>
          </p>
        )}
        {entry ? (
          <ReportView report={entry.report} pdf={pdf} dossier={ofDepartment} />
        ) : ofDepartment ? (
          <DossierView dossier={ofDepartment} onOpen={open} reports={together?.reports.map((r) => r.report)} />
        ) : (
          <p>{t.reportMissing}</p>
        )}
      </main>
    </LangContext.Provider>
  );
}

const params = new URLSearchParams(location.search);
const together = params.get('together');
render(
  together ? (
    <TogetherPage id={together} url={params.get('url') ?? undefined} dossier={params.get('dossier') ?? undefined} />
  ) : (
    <ReportPage url={params.get('url') ?? ''} />
  ),
  document.getElementById('app') as HTMLElement,
);
