/**
 * A department's dossier as a section of the HTML report: its documents and verdicts, which were
 * compared with which and why, what these documents cannot check, the findings between them, and
 * its pictures of the years. Plain HTML with the report's own styles; nothing fetched.
 */
import { type Dossier, dossierMarks, type Report } from '@hezhang/core';
import { DOSSIER_STRINGS, ruleName } from '../dossier-strings.js';
import { type Lang, PUNCTUATION } from '../i18n.js';
import { REVIEW_STRINGS } from '../review-strings.js';
import { dossierCharts } from './dossier-charts.js';

const esc = (s: string | number) =>
  String(s).replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/** Styles the dossier section adds to the report's. */
export const DOSSIER_STYLE = `
.dossier{border:1px solid var(--border);border-radius:.5rem;padding:.5rem 1rem 1rem;margin:1rem 0}
table.dossier-documents{border-collapse:collapse;width:100%}table.dossier-documents th,table.dossier-documents td{text-align:left;padding:.2rem .6rem .2rem 0;border-bottom:1px solid var(--border)}
.dossier ul{padding-left:1.2rem}.dossier li{margin:.2rem 0}
.dossier figure{margin:1rem 0}.dossier figure svg{max-width:100%;height:auto}
`;

export function dossierHtml(dossier: Dossier, lang: Lang, reports: readonly Report[] = []): string {
  const markOf = dossierMarks(reports);
  const s = DOSSIER_STRINGS[lang];
  const docs = dossier.documents
    .map(
      (d) =>
        `<tr data-dossier-document="${esc(d.name)}"><td>${esc(d.year ?? '—')}</td><td>${esc(s.kind[d.kind])}${d.unit ? esc(s.unit(d.unit)) : ''}</td><td>${esc(d.name)}</td><td><span class="badge badge-${d.verdict}">${esc(s.verdict[d.verdict])}</span> <span class="muted">${esc(s.counts(d.errors, d.warnings))}</span></td></tr>`,
    )
    .join('');
  const links = dossier.links
    .map(
      (l) =>
        `<li data-dossier-link="${esc(l.rule)}">${esc(l.from)} ↔ ${esc(l.to)}${esc(s.aside(s.relation[l.relation], ruleName(l.rule, lang)))}${esc(l.reason[lang])}</li>`,
    )
    .join('');
  const impossible = dossier.impossible
    .map(
      (i) =>
        `<li data-dossier-impossible="${esc(i.rule)}">${esc(i.document)}${esc(PUNCTUATION[lang].colon)}${esc(i.reason[lang])}</li>`,
    )
    .join('');
  const findings = dossier.findings
    .map(({ document, index, finding }) => {
      const r = REVIEW_STRINGS[lang];
      const mark = markOf({ document, index });
      const status = mark?.status ?? 'open';
      // As the report's own findings show their mark (html-report.ts).
      const marked =
        mark && (status !== 'open' || mark.note)
          ? `<p class="review review-${status}">${esc(r.reviewLabel)}${esc(PUNCTUATION[lang].colon)}${esc(r.status[status])}${mark.note ? ` — ${esc(mark.note)}` : ''}</p>`
          : '';
      return `<li class="finding finding-${finding.severity} review-${status}" data-dossier-finding="${esc(finding.rule)}" data-review="${status}"><p><span class="badge badge-${finding.severity}">${esc(r.severity[finding.severity])}</span> ${esc(document)}${esc(PUNCTUATION[lang].colon)}${esc(finding.message[lang])}</p>${finding.formula ? `<p class="formula"><code>${esc(finding.formula[lang])}</code></p>` : ''}${marked}</li>`;
    })
    .join('');
  const charts = dossierCharts(dossier, s, lang)
    .map((c) => `<figure data-dossier-chart="${c.id}">${c.svg}</figure>`)
    .join('');
  return `<section class="dossier" data-dossier="${esc(dossier.key)}">
<h2>${esc(s.title(dossier.department))}</h2>
<p class="muted">${esc(s.intro(dossier.documents.length))}</p>
<table class="dossier-documents"><thead><tr><th>${esc(s.year)}</th><th>${esc(s.type)}</th><th>${esc(s.document)}</th><th>${esc(s.result)}</th></tr></thead><tbody>${docs}</tbody></table>
${links ? `<h3>${esc(s.links)}</h3><ul>${links}</ul>` : ''}
${impossible ? `<h3>${esc(s.impossible)}</h3><ul>${impossible}</ul>` : ''}
<h3>${esc(s.findings)}</h3>
${findings ? `<ol class="findings">${findings}</ol>` : `<p>${esc(s.noFindings)}</p>`}
${charts ? `<h3>${esc(s.charts)}</h3><p class="muted">${esc(s.chartNote)}</p>${charts}` : ''}
</section>`;
}
