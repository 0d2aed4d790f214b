import { Report } from '@hezhang/core';
import { LangContext, type PdfSource, ReportView } from '@hezhang/ui';
import '@hezhang/ui/styles.css';
import * as pdfjs from 'pdfjs-dist';
import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { fetchPdf } from '../../pdf/fetch-pdf';
import { startPdfWorker } from '../../pdf/worker';
import { strings } from '../../shared/i18n';
import { sendMessage } from '../../shared/messages';
import { type Language, loadSettings } from '../../shared/settings';

/** pdf.js for the page viewer: the extension's own copy, with its bundled worker. */
const loadPdfjs = async () => {
  startPdfWorker();
  return pdfjs;
};

/** The full report of one checked PDF (report.html?url=…): the shared report UI of the offline page. */
function ReportPage({ url }: { url: string }) {
  const [language, setLanguage] = useState<Language>('zh');
  const [report, setReport] = useState<Report | null>();
  const [pdf, setPdf] = useState<PdfSource>();
  useEffect(() => {
    void loadSettings().then((s) => setLanguage(s.language));
    void sendMessage('pdf:report', { url })
      .catch(() => null)
      .then((hit) => {
        // The report crossed from the cache: shown only as the model it must be.
        const parsed = hit ? Report.safeParse(hit.report) : undefined;
        setReport(parsed?.success ? parsed.data : null);
        if (!hit || !parsed?.success) return;
        document.title = `${hit.verdict.name} — Hezhang 核账`;
        // The pages are drawn from the PDF itself, fetched again (the cache keeps reports, not PDFs),
        // under the same policy and cap as the check.
        void fetchPdf(url).then((fetched) => setPdf(fetched.ok ? { bytes: fetched.bytes, loadPdfjs } : undefined));
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

const url = new URLSearchParams(location.search).get('url') ?? '';
render(<ReportPage url={url} />, document.getElementById('app') as HTMLElement);
