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
import { type DocumentVerdict, documentStatus, type PdfVerdict, storedReports } from '../../shared/status';
import { readTogether } from '../../together/read-together';

/** pdf.js for the page viewer: the extension's own copy, with its bundled worker. */
const loadPdfjs = async () => {
  startPdfWorker();
  return pdfjs;
};

/** A checked PDF's reports: one, or one per document of a PDF of several (null: that one could not be checked). */
interface Checked {
  reports: (Report | null)[];
  verdict: PdfVerdict;
}

/**
 * The full report of one checked PDF (report.html?url=…): the shared report UI of the offline page. A
 * PDF of several documents lists them, each with its verdict (one that could not be checked says
 * why), and shows the one chosen (`part`, else the first).
 */
function ReportPage({ url, part }: { url: string; part: number }) {
  const [language, setLanguage] = useState<Language>('zh');
  const [checked, setChecked] = useState<Checked | null>();
  const [shown, setShown] = useState(part);
  const pdf = usePdf(checked ? url : undefined);
  useEffect(() => {
    void loadSettings().then((s) => setLanguage(s.language));
    void sendMessage('pdf:report', { url })
      .catch(() => null)
      .then((hit) => {
        if (!hit) return setChecked(null);
        // The reports crossed from the cache: shown only as the model they must be.
        const reports = storedReports(hit.report).map((r) => {
          const parsed = r === null ? undefined : Report.safeParse(r);
          return parsed?.success ? parsed.data : null;
        });
        if (reports.every((r) => r === null)) return setChecked(null);
        setChecked({ reports, verdict: hit.verdict });
        document.title = `${hit.verdict.name} — Hezhang 核账`;
      });
  }, [url]);
  if (checked === undefined) return null;
  const t = strings(language);
  const report = checked?.reports[shown] ?? null;
  const before = shown > 0 ? checked?.reports[shown - 1] : undefined;
  return (
    <LangContext.Provider value={language}>
      <main class="report-page">
        <p>
          <a href={url}>{url}</a>
        </p>
        {checked?.verdict.documents && (
          <DocumentList
            documents={checked.verdict.documents}
            shown={shown}
            language={language}
            onShow={(i) => setShown(i)}
          />
        )}
        {report ? (
          <ReportView key={shown} report={report} pdf={ownPages(pdf, report, before, shown)} />
        ) : (
          <p>{checked?.verdict.documents?.[shown]?.failure?.[language] ?? t.reportMissing}</p>
        )}
      </main>
    </LangContext.Provider>
  );
}

/**
 * A PDF's documents, each with its verdict, the one shown marked (test hooks: data-report-document,
 * data-status, aria-current).
 */
function DocumentList({
  documents,
  shown,
  language,
  onShow,
}: {
  documents: readonly DocumentVerdict[];
  shown: number;
  language: Language;
  onShow: (part: number) => void;
}) {
  const t = strings(language);
  return (
    <nav aria-label={t.pdfDocuments(documents.length)}>
      <p>{t.pdfDocuments(documents.length)}</p>
      <ol>
        {documents.map((d, i) => (
          <li key={d.name} data-report-document={d.name} data-status={documentStatus(d)}>
            <button type="button" aria-current={i === shown ? 'true' : undefined} onClick={() => onShow(i)}>
              {d.name}
            </button>{' '}
            {d.kind?.[language]} · {t.status[documentStatus(d)]}
            {d.summary
              ? `${language === 'en' ? ', ' : '，'}${t.pdfVerdict(d.summary.errors, d.summary.warnings)}`
              : ` — ${t.pdfDocumentFailed}${d.failure?.[language] ?? ''}`}
          </li>
        ))}
      </ol>
    </nav>
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

/**
 * A document of a PDF of several is drawn from its own pages (its HTML report's strip): from the page
 * after the document before it (a PDF's documents follow each other) to its last. Unknown when the
 * document before could not be checked: the whole file then.
 */
function ownPages(
  pdf: PdfSource | undefined,
  report: Report,
  before: Report | null | undefined,
  part: number,
): PdfSource | undefined {
  if (!pdf) return pdf;
  if (part === 0) return { ...pdf, pages: { from: 1, to: report.source.pages } };
  return before ? { ...pdf, pages: { from: before.source.pages + 1, to: report.source.pages } } : pdf;
}

interface Together {
  reports: { urls: string[]; part?: number | undefined; report: Report }[];
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
function TogetherPage({
  id,
  url,
  part,
  dossier,
}: {
  id: string;
  url?: string | undefined;
  part?: number | undefined;
  dossier?: string | undefined;
}) {
  const [language, setLanguage] = useState<Language>('zh');
  const [together, setTogether] = useState<Together | null>();
  const [shown, setShown] = useState<{
    url?: string | undefined;
    part?: number | undefined;
    dossier?: string | undefined;
  }>({ url, part, dossier });
  const pdf = usePdf(shown.url);
  useEffect(() => {
    void loadSettings().then((s) => setLanguage(s.language));
    void sendMessage('together:reports', { id })
      .catch(() => null)
      .then((group) => {
        if (!group) return setTogether(null);
        const read = readTogether(group.documents);
        setTogether({
          reports: read.documents.map((d) => ({ urls: d.input.urls, part: d.input.part, report: d.report })),
          dossiers: read.dossiers,
          missing: group.documents.length - read.documents.length,
        });
      });
  }, [id]);
  if (together === undefined) return null;
  const t = strings(language);
  // A PDF of several documents: the one asked for (`part`), else its first read together.
  const ofUrl = shown.url ? (together?.reports.filter((r) => r.urls.includes(shown.url as string)) ?? []) : [];
  const entry = ofUrl.find((r) => shown.part === undefined || r.part === shown.part) ?? ofUrl[0];
  const key = shown.dossier ?? entry?.report.pairing?.key;
  const ofDepartment = together?.dossiers.find((d) => d.key === key);
  const open = (name: string) => {
    const target = together?.reports.find((r) => r.report.source.name === name);
    if (target?.urls[0]) setShown({ url: target.urls[0], part: target.part, dossier: undefined });
  };
  const place = entry?.part ?? 0;
  const before = ofUrl.find((r) => r.part === place - 1)?.report;
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
        {ofUrl.length > 1 && (
          // The documents of this PDF read together (test hook: data-report-document).
          <nav aria-label={t.pdfDocuments(ofUrl.length)}>
            <ol>
              {ofUrl.map((r) => (
                <li
                  key={r.report.source.name}
                  data-report-document={r.report.source.name}
                  data-status={r.report.summary.verdict}
                >
                  <button
                    type="button"
                    aria-current={r === entry ? 'true' : undefined}
                    onClick={() => setShown({ url: shown.url, part: r.part, dossier: undefined })}
                  >
                    {r.report.source.name}
                  </button>{' '}
                  {t.status[r.report.summary.verdict]}
                </li>
              ))}
            </ol>
          </nav>
        )}
        {entry ? (
          <ReportView
            key={entry.report.source.name}
            report={entry.report}
            pdf={entry.part === undefined ? pdf : ownPages(pdf, entry.report, before, place)}
            dossier={ofDepartment}
          />
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
/** A document of a PDF of several (its place, from 0), when one was asked for. */
const part = /^\d+$/.test(params.get('part') ?? '') ? Number(params.get('part')) : undefined;
render(
  together ? (
    <TogetherPage
      id={together}
      url={params.get('url') ?? undefined}
      part={part}
      dossier={params.get('dossier') ?? undefined}
    />
  ) : (
    <ReportPage url={params.get('url') ?? ''} part={part ?? 0} />
  ),
  document.getElementById('app') as HTMLElement,
);
