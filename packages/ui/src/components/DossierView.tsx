import { type Dossier, dossierMarks, type Report } from '@hezhang/core';
import { useMemo, useState } from 'preact/hooks';
import { DOSSIER_STRINGS, ruleName } from '../dossier-strings.js';
import { dossierCharts } from '../export/dossier-charts.js';
import { download, exportName } from '../export/download.js';
import { PUNCTUATION, useLang } from '../i18n.js';
import type { PdfSource } from '../pdf/pdfjs.js';
import { useReviewStrings } from '../review.js';
import type { ExportHost } from './ExportBar.js';
import { ScrollRegion } from './ScrollRegion.js';

interface DossierViewProps {
  dossier: Dossier;
  /** The report shown beside it, by file name. */
  selected?: string | undefined;
  /** Opens a document's report. */
  onOpen?: (name: string) => void;
  /** The dossier's reports (with their review), for its HTML report. */
  reports?: readonly Report[];
  /** A document's PDF, for the pictures of the HTML report. */
  pdfOf?: (name: string) => PdfSource | undefined;
  host?: ExportHost | undefined;
}

/** An SVG picture as a PNG (twice its size, on white), drawn by the browser: what most posts accept. */
async function pngOf(svg: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * 2;
  canvas.height = image.naturalHeight * 2;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no canvas');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no picture'))), 'image/png'),
  );
}

/**
 * A department's documents read together: each with its verdict (open one for its report), which
 * were compared with which and why, what these documents cannot check, the findings between them,
 * and its money over the years as pictures to download — and the whole as one HTML report.
 * Test hooks: `[data-dossier]`, `[data-dossier-document]`, `[data-dossier-finding]`,
 * `[data-dossier-chart]`, `[data-dossier-export]`.
 */
export function DossierView({ dossier, selected, onOpen, reports, pdfOf, host }: DossierViewProps) {
  const lang = useLang();
  const s = DOSSIER_STRINGS[lang];
  const r = useReviewStrings();
  const charts = useMemo(() => dossierCharts(dossier, s, lang), [dossier, s, lang]);
  // A finding between documents shows the mark its own report gave it.
  const markOf = useMemo(() => dossierMarks(reports ?? []), [reports]);
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState<string | undefined>();
  const base = `${dossier.department}-${lang === 'zh' ? '档案' : 'dossier'}`;

  const run = async (make: () => Promise<[Blob, string]>) => {
    setBusy(true);
    setFailed(undefined);
    try {
      const [blob, name] = await make();
      download(blob, name);
    } catch (error) {
      setFailed(`${r.exportFailed}: ${error instanceof Error ? error.message : String(error)}`);
    } finally {
      setBusy(false);
    }
  };

  const exportHtml = () =>
    run(async () => {
      const [{ htmlReport }, pictures] = await Promise.all([
        import('../export/html-report.js'),
        import('../pdf/pictures.js'),
      ]);
      const mine = (reports ?? []).filter((x) => dossier.documents.some((d) => d.name === x.source.name));
      const entries = await Promise.all(
        mine.map(async (report) => {
          const pdf = pdfOf?.(report.source.name);
          return { report, ...(pdf ? { pictures: await pictures.reportPictures(pdf, report) } : {}) };
        }),
      );
      const html = htmlReport(entries, {
        lang,
        version: host?.version ?? '',
        checkedAt: host?.checkedAt ?? Date.now(),
        dossiers: [dossier],
      });
      return [new Blob([html], { type: 'text/html' }), exportName(base, '.report.html')];
    });

  return (
    <section class="dossier" data-dossier={dossier.key} aria-label={s.title(dossier.department)}>
      <h2>{s.title(dossier.department)}</h2>
      <p class="dossier-intro">{s.intro(dossier.documents.length)}</p>
      <ScrollRegion class="batch-scroll" label={s.documents}>
        <table class="dossier-documents">
          <caption>{s.documents}</caption>
          <thead>
            <tr>
              <th scope="col">{s.year}</th>
              <th scope="col">{s.type}</th>
              <th scope="col">{s.document}</th>
              <th scope="col">{s.result}</th>
            </tr>
          </thead>
          <tbody>
            {dossier.documents.map((d) => (
              <tr
                key={d.name}
                class={d.name === selected ? 'selected' : undefined}
                data-dossier-document={d.name}
                data-status={d.verdict}
              >
                <td>{d.year ?? '—'}</td>
                <td>
                  {s.kind[d.kind]}
                  {d.unit ? s.unit(d.unit) : ''}
                </td>
                <th scope="row">
                  {onOpen ? (
                    <button
                      type="button"
                      class="link-button"
                      aria-current={d.name === selected ? 'true' : undefined}
                      onClick={() => onOpen(d.name)}
                    >
                      {d.name}
                    </button>
                  ) : (
                    d.name
                  )}
                </th>
                <td>
                  <span class={`badge badge-${d.verdict}`}>{s.verdict[d.verdict]}</span>{' '}
                  <span class="dossier-counts">{s.counts(d.errors, d.warnings)}</span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollRegion>
      {dossier.links.length > 0 && (
        <>
          <h3>{s.links}</h3>
          <ul class="dossier-links">
            {dossier.links.map((l) => (
              <li key={`${l.from}|${l.to}|${l.rule}`} data-dossier-link={l.rule}>
                {l.from} ↔ {l.to}
                {s.aside(s.relation[l.relation], ruleName(l.rule, lang))}
                {l.reason[lang]}
              </li>
            ))}
          </ul>
        </>
      )}
      {dossier.impossible.length > 0 && (
        <details class="dossier-impossible">
          <summary>{s.counted(s.impossible, dossier.impossible.length)}</summary>
          <ul>
            {dossier.impossible.map((i) => (
              <li key={`${i.document}|${i.relation}`} data-dossier-impossible={i.rule}>
                {i.document}
                {PUNCTUATION[lang].colon}
                {i.reason[lang]}
              </li>
            ))}
          </ul>
        </details>
      )}
      <h3>{s.findings}</h3>
      {dossier.findings.length === 0 ? (
        <p data-dossier-findings="0">{s.noFindings}</p>
      ) : (
        <ol class="dossier-findings" data-dossier-findings={dossier.findings.length}>
          {dossier.findings.map(({ document, index, finding }, i) => {
            const mark = markOf({ document, index });
            return (
              <li
                key={`${document}|${i}`}
                class={`dossier-finding severity-${finding.severity}${mark ? ` review-${mark.status}` : ''}`}
                data-dossier-finding={finding.rule}
                data-severity={finding.severity}
                data-review={mark?.status}
              >
                <span class={`badge badge-${finding.severity}`}>{r.severity[finding.severity]}</span>{' '}
                {onOpen ? (
                  <button type="button" class="link-button" onClick={() => onOpen(document)}>
                    {document}
                  </button>
                ) : (
                  document
                )}
                {PUNCTUATION[lang].colon}
                {finding.message[lang]}
                {finding.formula && <code class="dossier-formula">{finding.formula[lang]}</code>}
                {mark && (mark.status !== 'open' || mark.note) && (
                  <span class={`review-status review-status-${mark.status}`}>
                    {' '}
                    {r.reviewLabel}
                    {PUNCTUATION[lang].colon}
                    {r.status[mark.status]}
                    {mark.note ? ` — ${mark.note}` : ''}
                  </span>
                )}
              </li>
            );
          })}
        </ol>
      )}
      {charts.length > 0 && (
        <>
          <h3>{s.charts}</h3>
          <p class="dossier-note">{s.chartNote}</p>
          {charts.map((c) => (
            <figure key={c.id} class="dossier-chart" data-dossier-chart={c.id}>
              {/* The picture is core's numbers drawn as SVG by this package (escaped text, no script). */}
              <div class="dossier-svg" dangerouslySetInnerHTML={{ __html: c.svg }} />
              <figcaption>
                <button
                  type="button"
                  data-dossier-export={`${c.id}-png`}
                  disabled={busy}
                  onClick={() => run(async () => [await pngOf(c.svg), exportName(`${base}-${c.id}`, '.png')])}
                >
                  {s.downloadPng}
                </button>
                <button
                  type="button"
                  data-dossier-export={`${c.id}-svg`}
                  disabled={busy}
                  onClick={() =>
                    run(async () => [
                      new Blob([c.svg], { type: 'image/svg+xml' }),
                      exportName(`${base}-${c.id}`, '.svg'),
                    ])
                  }
                >
                  {s.downloadSvg}
                </button>
              </figcaption>
            </figure>
          ))}
        </>
      )}
      {reports && (
        <p>
          <button type="button" data-dossier-export="html" disabled={busy} onClick={exportHtml}>
            {s.exportHtml}
          </button>
        </p>
      )}
      {failed && (
        <p class="export-error" role="alert">
          {failed}
        </p>
      )}
    </section>
  );
}
