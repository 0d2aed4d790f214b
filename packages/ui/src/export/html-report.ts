/**
 * The report a person can open: one HTML file, nothing fetched (styles inline, pictures as data:
 * URIs, charts as SVG, and a Content-Security-Policy that forbids any request), with each document's
 * identity (department, year, type, file, SHA-256, when checked, Hezhang's version), its verdict
 * after review, a strip of its pages marking where the findings are, charts of its money, and every
 * finding with its formula, mark, note and the picture of the cells it points at.
 */
import {
  type Box,
  type Dossier,
  describeRefs,
  type Finding,
  groupFindings,
  type Report,
  type ReviewMark,
  reviewOf,
  SECTION_TITLES,
  sectionOf,
  templateOf,
} from '@hezhang/core';
import { formatDate } from '../dates.js';
import { type Lang, PUNCTUATION } from '../i18n.js';
import type { PagePicture, ReportPictures } from '../pdf/pictures.js';
import { boxesByPage } from '../report-model.js';
import { REVIEW_STRINGS, type ReviewStrings } from '../review-strings.js';
import { DISMISSED_COLOUR, SEVERITY_COLOUR } from '../severity-colours.js';
import { barChartSvg, expenditureByClass, yearOnYear } from './charts.js';
import { DOSSIER_STYLE, dossierHtml } from './dossier-html.js';

export interface HtmlReportEntry {
  /** A report, with its review when it has one. */
  report: Report;
  /** Pictures of its PDF (absent for text files). */
  pictures?: ReportPictures;
}

export interface HtmlReportOptions {
  lang: Lang;
  /** Hezhang's version. */
  version: string;
  /** When the documents were checked (ms since 1970). */
  checkedAt: number;
  /** The dossiers of the departments these documents belong to (documents read together), shown first. */
  dossiers?: readonly Dossier[];
}

const esc = (s: string | number) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const STYLE = `
:root{--fg:#1b1f24;--muted:#57606a;--border:#d0d7de;--panel:#f6f8fa;--error:#b3261e;--warning:#8a5300;--info:#1f5fa8;--ok:#1a7f37;--incomplete:#6e4aa3}
*{box-sizing:border-box}
body{font-family:system-ui,"Noto Sans CJK SC","Microsoft YaHei",sans-serif;color:var(--fg);margin:0 auto;max-width:64rem;padding:1.5rem;line-height:1.5}
h1{font-size:1.6rem;margin:0 0 1rem}h2{font-size:1.3rem;margin:2rem 0 .5rem}h3{font-size:1.1rem;margin:1.5rem 0 .5rem}
.document{border-top:3px solid var(--border);margin-top:1.5rem}
table.identity{border-collapse:collapse;margin:.5rem 0}table.identity th{text-align:left;color:var(--muted);font-weight:normal;padding:.15rem 1rem .15rem 0;vertical-align:top}
table.identity td{padding:.15rem 0}.hash{font-family:ui-monospace,monospace;font-size:.85em;overflow-wrap:anywhere}
.verdict{border:1px solid var(--border);border-left:.4rem solid var(--border);border-radius:.5rem;padding:.6rem 1rem;margin:.75rem 0}
.verdict-error{border-left-color:var(--error)}.verdict-warning{border-left-color:var(--warning)}.verdict-ok{border-left-color:var(--ok)}.verdict-incomplete{border-left-color:var(--incomplete)}
.verdict p{margin:.2rem 0}
.badge{display:inline-block;padding:0 .5rem;border-radius:1rem;font-weight:600;font-size:.9em;background:var(--panel)}
.badge-error{color:var(--error);background:#fdecea}.badge-warning{color:var(--warning);background:#fff4d6}.badge-info{color:var(--info);background:#e8f1fb}.badge-ok{color:var(--ok);background:#e6f4ea}.badge-incomplete{color:var(--incomplete);background:#f1ebfa}
.muted{color:var(--muted);font-size:.9em}
.strip{display:flex;gap:.6rem;overflow-x:auto;list-style:none;padding:0 0 .5rem;margin:0}
.strip li{flex:0 0 auto}.strip figure{margin:0;text-align:center;font-size:.85em}
.pic{position:relative;display:inline-block;line-height:0;border:1px solid var(--border)}
.pic img{display:block;max-width:100%;height:auto}.pic svg{position:absolute;inset:0;width:100%;height:100%}
.strip .pic img{width:150px}.strip .has-findings{outline:2px solid var(--error)}
.chart{max-width:100%;height:auto;font-size:12px;font-family:inherit}.chart text{fill:var(--fg)}.chart .value{fill:var(--muted)}
.chart .series-0{fill:#1f5fa8}.chart .series-1{fill:#9fbfe3}
figure.chart-figure{margin:1rem 0}figure.chart-figure figcaption{font-weight:600;margin-bottom:.3rem}
ol.findings{padding:0;list-style:none;display:flex;flex-direction:column;gap:.75rem}
.finding{border:1px solid var(--border);border-left:.3rem solid var(--info);border-radius:.4rem;padding:.5rem .8rem;break-inside:avoid}
.finding-error{border-left-color:var(--error)}.finding-warning{border-left-color:var(--warning)}
.finding.review-dismissed{opacity:.7;border-left-style:dashed}
.finding p{margin:.25rem 0}.formula code{font-family:ui-monospace,"Noto Sans Mono CJK SC",monospace;background:var(--panel);padding:.1rem .3rem;overflow-wrap:anywhere}
.amounts{display:flex;flex-wrap:wrap;gap:.2rem 1.2rem;margin:.25rem 0}.amounts div{display:flex;gap:.4rem}.amounts dt{color:var(--muted)}.amounts dd{margin:0;font-weight:600}
.review{font-weight:600}.review-confirmed{color:var(--error)}.review-dismissed{color:var(--muted)}
.snippet{margin:.5rem 0}.snippet figcaption{color:var(--muted);font-size:.85em}
footer{margin-top:2rem;color:var(--muted);font-size:.85em;border-top:1px solid var(--border);padding-top:.5rem}
@media print{body{max-width:none;padding:0}.strip{flex-wrap:wrap}}
`;

interface Outline {
  box: Box;
  colour: string;
  dashed: boolean;
}

/** Boxes over a picture: an SVG in the picture's region of the page (points), one rect per box. */
function overlay(region: Box, boxes: readonly Outline[]): string {
  const [x0, y0, x1, y1] = region;
  const rects = boxes
    .map(
      ({ box, colour, dashed }) =>
        `<rect x="${(box[0] - 1).toFixed(1)}" y="${(box[1] - 1).toFixed(1)}" width="${(box[2] - box[0] + 2).toFixed(1)}" height="${(box[3] - box[1] + 2).toFixed(1)}" fill="none" stroke="${colour}" stroke-width="1.5"${dashed ? ' stroke-dasharray="4 2"' : ''}/>`,
    )
    .join('');
  return `<svg viewBox="${x0.toFixed(1)} ${y0.toFixed(1)} ${(x1 - x0).toFixed(1)} ${(y1 - y0).toFixed(1)}" preserveAspectRatio="none" aria-hidden="true">${rects}</svg>`;
}

function picture(pic: PagePicture, alt: string, boxes: readonly Outline[], cls = ''): string {
  return `<div class="pic${cls ? ` ${cls}` : ''}"><img src="${pic.src}" alt="${esc(alt)}"/>${overlay(pic.region, boxes)}</div>`;
}

function identity(report: Report, s: ReviewStrings, options: HtmlReportOptions): string {
  const m = report.document.meta;
  const date = new Date(options.checkedAt);
  const rows: [string, string, string?][] = [
    [s.department, m.department ?? '—'],
    [s.year, m.year ? String(m.year) : '—'],
    [s.documentType, s.docType(m.scope, m.stage)],
    [s.fileName, report.source.name],
    [s.fileHash, report.source.sha256 ?? '—', 'hash'],
    [s.checkedAt, Number.isNaN(date.getTime()) ? '—' : formatDate(date.getTime(), options.lang)],
    [s.version, options.version || '—'],
  ];
  return `<table class="identity" data-identity="">${rows
    .map(([k, v, cls]) => `<tr><th scope="row">${esc(k)}</th><td${cls ? ` class="${cls}"` : ''}>${esc(v)}</td></tr>`)
    .join('')}</table>`;
}

function verdict(report: Report, s: ReviewStrings): string {
  const { summary } = report;
  const review = reviewOf(report);
  return `<section class="verdict verdict-${summary.verdict}" data-status="${summary.verdict}">
<p><span class="badge badge-${summary.verdict}">${esc(s.verdict[summary.verdict])}</span> ${esc(s.counts(summary.errors, summary.warnings, summary.infos))}</p>
${review ? `<p data-review-counts="">${esc(s.reviewCounts(review.confirmed, review.dismissed, review.open))}</p>` : ''}
<p class="muted">${esc(s.checksRun(summary.checksRun, summary.notApplicable, summary.insufficientData))}</p></section>`;
}

function markOf(report: Report, index: number): ReviewMark | undefined {
  return reviewOf(report)?.marks[index];
}

function pageStrip(report: Report, pictures: ReportPictures, s: ReviewStrings): string {
  if (pictures.thumbnails.length === 0) return '';
  const items = pictures.thumbnails.map((thumb) => {
    const boxes: Outline[] = [];
    let count = 0;
    report.findings.forEach((finding, index) => {
      const here = boxesByPage(finding).get(thumb.page);
      if (!here) return;
      count++;
      const dismissed = markOf(report, index)?.status === 'dismissed';
      for (const box of here)
        boxes.push({
          box,
          colour: dismissed ? DISMISSED_COLOUR : SEVERITY_COLOUR[finding.severity],
          dashed: dismissed,
        });
    });
    const caption = `${s.pageLabel(thumb.page)}${count ? ` · ${count}` : ''}`;
    return `<li data-page="${thumb.page}" data-findings="${count}"><figure>${picture(thumb, s.pageLabel(thumb.page), boxes, count ? 'has-findings' : '')}<figcaption>${esc(caption)}</figcaption></figure></li>`;
  });
  const omitted = pictures.pages - pictures.thumbnails.length;
  return `<section class="pages"><h3>${esc(s.pagesTitle)}</h3><p class="muted">${esc(s.pagesNote)}</p><ol class="strip" data-strip="">${items.join('')}</ol>${omitted > 0 ? `<p class="muted">${esc(s.pagesOmitted(omitted))}</p>` : ''}</section>`;
}

function charts(report: Report, s: ReviewStrings): string {
  const figures: string[] = [];
  const byClass = expenditureByClass(report);
  if (byClass) {
    const title = `${s.byClassTitle}（${byClass.table}）`;
    figures.push(
      `<figure class="chart-figure"><figcaption>${esc(title)} <span class="muted">${esc(s.byClassUnit(byClass.unit))}</span></figcaption>${barChartSvg(
        byClass.bars.map((b) => ({ label: b.label, values: [b.fen] })),
        byClass.unit,
        { id: 'by-class', title },
      )}</figure>`,
    );
  }
  const years = yearOnYear(report);
  // One unit per chart: the quantities stated in the unit most of them use.
  const unit = years.pairs.filter((p) => p.unit === '万元').length * 2 >= years.pairs.length ? '万元' : '元';
  const pairs = years.pairs.filter((p) => p.unit === unit);
  if (pairs.length > 0) {
    const title = s.yearsTitle(years.year, years.baseYear);
    figures.push(
      `<figure class="chart-figure"><figcaption>${esc(title)} <span class="muted">${esc(s.byClassUnit(unit))}</span></figcaption>${barChartSvg(
        pairs.map((p) => ({ label: p.label, values: [p.thisYear, p.lastYear] })),
        unit,
        {
          id: 'years',
          title,
          // What each series is: this document's amounts, and last year's as its text states them.
          series: [s.thisYear(years.year), s.lastYear(years.baseYear)],
        },
      )}</figure>`,
    );
  }
  return figures.length > 0
    ? `<section class="charts"><h3>${esc(s.chartsTitle)}</h3>${figures.join('')}</section>`
    : '';
}

function findingHtml(
  report: Report,
  finding: Finding,
  index: number,
  pictures: ReportPictures | undefined,
  s: ReviewStrings,
  lang: Lang,
): string {
  const mark = markOf(report, index);
  const status = mark?.status ?? 'open';
  const template = templateOf(report.document);
  const places = describeRefs(finding.refs, template, lang, report.document);
  const amounts = [
    [s.expected, finding.expected?.text],
    [s.actual, finding.actual?.text],
    [s.difference, finding.difference?.text],
  ].filter((a): a is [string, string] => Boolean(a[1]));
  const pages = boxesByPage(finding);
  const snippets = (pictures?.snippets[index] ?? []).map((pic) => {
    const boxes = (pages.get(pic.page) ?? []).map((box) => ({
      box,
      colour: status === 'dismissed' ? DISMISSED_COLOUR : SEVERITY_COLOUR[finding.severity],
      dashed: status === 'dismissed',
    }));
    return `<figure class="snippet" data-snippet-page="${pic.page}">${picture(pic, s.snippetAlt(pic.page), boxes)}<figcaption>${esc(s.pageLabel(pic.page))}</figcaption></figure>`;
  });
  const unpictured = pictures ? pages.size - (pictures.snippets[index]?.length ?? 0) : 0;
  return `<li class="finding finding-${finding.severity} review-${status}" data-finding="" data-rule="${esc(finding.rule)}" data-severity="${finding.severity}" data-review="${status}">
<p><span class="badge badge-${finding.severity}">${esc(s.severity[finding.severity])}</span> <span class="muted">${esc(SECTION_TITLES[sectionOf(report, finding)][lang])}</span> ${esc(finding.message[lang])}${finding.count && finding.count > 1 ? ` <span class="muted">(×${finding.count})</span>` : ''}</p>
${finding.formula ? `<p class="formula"><span class="muted">${esc(s.formula)}</span> <code>${esc(finding.formula[lang])}</code></p>` : ''}
${amounts.length ? `<dl class="amounts">${amounts.map(([k, v]) => `<div><dt>${esc(k)}</dt><dd>${esc(v)}</dd></div>`).join('')}</dl>` : ''}
${places.length ? `<p class="muted">${esc(s.where)}${esc(PUNCTUATION[lang].colon)}${esc(places.join(PUNCTUATION[lang].list))}</p>` : ''}
<p class="review review-${status}">${esc(s.reviewLabel)}：${esc(s.status[status])}${mark?.note ? ` — ${esc(mark.note)}` : ''}</p>
${snippets.join('')}${unpictured > 0 ? `<p class="muted">${esc(s.morePages(unpictured))}</p>` : ''}
</li>`;
}

function documentHtml(entry: HtmlReportEntry, options: HtmlReportOptions): string {
  const { report, pictures } = entry;
  const s = REVIEW_STRINGS[options.lang];
  const m = report.document.meta;
  const heading = [m.department, m.year ? String(m.year) : '', s.docType(m.scope, m.stage)].filter(Boolean).join(' · ');
  const findings = groupFindings(report).flatMap((group) =>
    group.findings.map(({ finding, index }) => findingHtml(report, finding, index, pictures, s, options.lang)),
  );
  const notRun = report.checks.filter((c) => c.status === 'insufficient_data');
  return `<article class="document" data-document="${esc(report.source.name)}">
<h2>${esc(heading || report.source.name)}</h2>
${identity(report, s, options)}
<h3>${esc(s.verdictTitle)}</h3>
${verdict(report, s)}
${pictures ? pageStrip(report, pictures, s) : ''}
${charts(report, s)}
<section><h3>${esc(s.findingsTitle)}</h3>
${findings.length ? `<ol class="findings">${findings.join('')}</ol>` : `<p>${esc(s.noFindings)}</p>`}
</section>
${notRun.length ? `<section><h3>${esc(s.notRunTitle)}</h3><ul>${notRun.map((c) => `<li>${esc(c.title[options.lang])}${c.reason ? ` — ${esc(c.reason[options.lang])}` : ''}</li>`).join('')}</ul></section>` : ''}
</article>`;
}

/** The HTML file: one or more documents' reports, self-contained. */
export function htmlReport(entries: readonly HtmlReportEntry[], options: HtmlReportOptions): string {
  const s = REVIEW_STRINGS[options.lang];
  const title =
    entries.length === 1 && entries[0] ? `${s.reportTitle} · ${entries[0].report.source.name}` : s.reportTitle;
  return `<!doctype html>
<html lang="${options.lang === 'zh' ? 'zh-CN' : 'en'}">
<head>
<meta charset="utf-8"/>
<meta name="viewport" content="width=device-width, initial-scale=1"/>
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"/>
<meta name="generator" content="Hezhang ${esc(options.version)}"/>
<title>${esc(title)}</title>
<style>${STYLE}${options.dossiers?.length ? DOSSIER_STYLE : ''}</style>
</head>
<body>
<h1>${esc(s.reportTitle)}</h1>
${(options.dossiers ?? [])
  .map((d) =>
    dossierHtml(
      d,
      options.lang,
      entries.map((e) => e.report),
    ),
  )
  .join('\n')}
${entries.map((e) => documentHtml(e, options)).join('\n')}
<footer>${esc(s.footer)} ${esc(s.madeBy)} ${esc(options.version)}</footer>
</body>
</html>
`;
}
