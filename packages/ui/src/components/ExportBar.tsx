import type { Report } from '@hezhang/core';
import { useState } from 'preact/hooks';
import { findingsCsv } from '../export/csv.js';
import { download, exportName } from '../export/download.js';
import { useStrings } from '../i18n.js';

/** Exports of one report: JSON, CSV, the inspection sheet workbook (loaded on demand) and print. */
export function ExportBar({ report }: { report: Report }) {
  const t = useStrings();
  const [busy, setBusy] = useState(false);
  const name = report.source.name;

  const exportJson = () =>
    download(
      new Blob([JSON.stringify(report, null, 2)], { type: 'application/json' }),
      exportName(name, '.report.json'),
    );
  const exportCsv = () =>
    download(new Blob([findingsCsv([report])], { type: 'text/csv' }), exportName(name, '.findings.csv'));
  const exportWorkbook = async () => {
    setBusy(true);
    try {
      const { inspectionWorkbook } = await import('../export/workbook.js');
      download(await inspectionWorkbook(report), exportName(name, '.检查表.xlsx'));
    } finally {
      setBusy(false);
    }
  };

  return (
    <fieldset class="export-bar">
      <legend class="visually-hidden">{t.exportTitle}</legend>
      <button type="button" onClick={exportJson}>
        {t.exportJson}
      </button>
      <button type="button" onClick={exportCsv}>
        {t.exportCsv}
      </button>
      <button type="button" onClick={exportWorkbook} disabled={busy} aria-busy={busy} data-export="inspection-sheet">
        {busy ? t.exporting : t.exportXlsx}
      </button>
      <button type="button" onClick={() => globalThis.print()}>
        {t.exportPrint}
      </button>
    </fieldset>
  );
}
