import type { Report } from '@hezhang/core';
import { useLang, useStrings } from '../i18n.js';
import { SECTIONS, sectionOf, sectionTitle } from '../report-model.js';

/** Every rule with its status: which checks ran, which could not and why. */
export function ChecksView({ report }: { report: Report }) {
  const t = useStrings();
  const lang = useLang();
  const checks = [...report.checks].sort(
    (a, b) => SECTIONS.indexOf(sectionOf(report, a)) - SECTIONS.indexOf(sectionOf(report, b)),
  );
  return (
    <table class="checks-table">
      <caption class="visually-hidden">{t.checksTitle}</caption>
      <thead>
        <tr>
          <th scope="col">{t.filterSection}</th>
          <th scope="col">{t.checkRule}</th>
          <th scope="col">{t.status}</th>
          <th scope="col">{t.checkComparisons}</th>
          <th scope="col">{t.checkReason}</th>
        </tr>
      </thead>
      <tbody>
        {checks.map((c) => (
          <tr key={c.rule} class={`check-${c.status}`} data-check={c.rule} data-check-status={c.status}>
            <td data-label={t.filterSection}>{sectionTitle(sectionOf(report, c), lang)}</td>
            <th scope="row">{c.title[lang]}</th>
            <td data-label={t.status} class="check-status">
              {t.checkStatus[c.status]}
            </td>
            <td data-label={t.checkComparisons} class="num">
              {c.comparisons}
            </td>
            <td data-label={t.checkReason}>{c.reason?.[lang] ?? ''}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
