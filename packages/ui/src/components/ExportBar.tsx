import type { Dossier, Report } from '@hezhang/core';
import { useState } from 'preact/hooks';
import { findingsCsv } from '../export/csv.js';
import { download, exportName } from '../export/download.js';
import { type Lang, useLang, useStrings } from '../i18n.js';
import type { PdfSource } from '../pdf/pdfjs.js';
import { useReviewStrings } from '../review.js';

/** What the exports need from the page or extension that shows the report. */
export interface ExportHost {
  /** Hezhang's version, printed in the HTML report. */
  version?: string;
  /** When the document was checked (ms since 1970); the HTML report says so. Default: the export's time. */
  checkedAt?: number;
  /** Builds the annotated PDF off the main thread (the page: in a worker). Default: on this thread. */
  annotatePdf?: (bytes: Uint8Array, report: Report, lang: Lang) => Promise<Uint8Array>;
}

type Kind = 'json' | 'csv' | 'xlsx' | 'html' | 'annotated-pdf';

interface ExportBarProps {
  /** The report with its review applied: every export carries the marks. */
  report: Report;
  /** The PDF it was read from: the annotated PDF and the pictures of the HTML report need it. */
  pdf?: PdfSource | undefined;
  host?: ExportHost | undefined;
  /** The dossier of its department, when it was read with other documents: the HTML report carries it. */
  dossier?: Dossier | undefined;
}

/**
 * Exports of one report, each a download (test hook: data-export): the report as JSON, the findings
 * as CSV, the inspection sheet workbook, a self-contained HTML report, the annotated PDF, and print.
 * What a person needs to send it on: the heavy ones load on demand.
 */
export function ExportBar({ report, pdf, host, dossier }: ExportBarProps) {
  const t = useStrings();
  const s = useReviewStrings();
  const lang = useLang();
  const [busy, setBusy] = useState<Kind | undefined>();
  const [failed, setFailed] = useState<string | undefined>();
  const name = report.source.name;

  const run = async (kind: Kind, make: () => Promise<{ blob: Blob; suffix: string }>) => {
    setBusy(kind);
    setFailed(undefined);
    try {
      const { blob, suffix } = await make();
      download(blob, exportName(name, suffix));
    } catch (error) {
      setFailed(`${s.exportFailed}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(undefined);
    }
  };

  const exports: { kind: Kind; label: string; make: () => Promise<{ blob: Blob; suffix: string }> }[] = [
    {
      kind: 'json',
      label: t.exportJson,
      make: async () => ({
        blob: new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }),
        suffix: '.report.json',
      }),
    },
    {
      kind: 'csv',
      label: t.exportCsv,
      make: async () => ({ blob: new Blob([findingsCsv([report])], { type: 'text/csv' }), suffix: '.findings.csv' }),
    },
    {
      kind: 'xlsx',
      label: t.exportXlsx,
      make: async () => {
        const { inspectionWorkbook } = await import('../export/workbook.js');
        return { blob: await inspectionWorkbook(report), suffix: '.检查表.xlsx' };
      },
    },
    {
      kind: 'html',
      label: s.exportHtml,
      make: async () => {
        const [{ htmlReport }, pictures] = await Promise.all([
          import('../export/html-report.js'),
          pdf ? import('../pdf/pictures.js').then((m) => m.reportPictures(pdf, report)) : undefined,
        ]);
        const html = htmlReport([{ report, ...(pictures ? { pictures } : {}) }], {
          lang,
          version: host?.version ?? '',
          checkedAt: host?.checkedAt ?? Date.now(),
          ...(dossier ? { dossiers: [dossier] } : {}),
        });
        return { blob: new Blob([html], { type: 'text/html' }), suffix: '.report.html' };
      },
    },
  ];
  if (pdf)
    exports.push({
      kind: 'annotated-pdf',
      label: s.exportAnnotatedPdf,
      make: async () => {
        const bytes = host?.annotatePdf
          ? await host.annotatePdf(pdf.bytes, report, lang)
          : await (await import('../export/annotated-pdf.js')).annotatePdf(pdf.bytes, report, lang);
        return {
          blob: new Blob([bytes as Uint8Array<ArrayBuffer>], { type: 'application/pdf' }),
          suffix: '.annotated.pdf',
        };
      },
    });

  return (
    <fieldset class="export-bar">
      <legend class="visually-hidden">{t.exportTitle}</legend>
      {exports.map(({ kind, label, make }) => (
        <button
          key={kind}
          type="button"
          data-export={kind}
          onClick={() => run(kind, make)}
          disabled={busy !== undefined}
          aria-busy={busy === kind}
        >
          {busy === kind ? t.exporting : label}
        </button>
      ))}
      <button type="button" onClick={() => globalThis.print()}>
        {t.exportPrint}
      </button>
      {failed && (
        <p class="export-error" role="alert">
          {failed}
        </p>
      )}
    </fieldset>
  );
}
