import { type Report, reviewOf } from '@hezhang/core';
import { useLang, useStrings } from '../i18n.js';
import { groupFindings, sectionTitle } from '../report-model.js';
import { useReviewStrings } from '../review.js';

/** What "Print summary" prints: the verdict, every finding with its formula, and the checks that did not run. Hidden on screen. */
export function PrintSummary({ report }: { report: Report }) {
  const t = useStrings();
  const s = useReviewStrings();
  const lang = useLang();
  const marks = reviewOf(report)?.marks;
  const notRun = report.checks.filter((c) => c.status === 'insufficient_data' || c.status === 'not_applicable');
  return (
    <div class="print-summary" aria-hidden="true">
      <h1>{report.source.name}</h1>
      <p>
        {t.verdict[report.summary.verdict]} — {t.verdictLong[report.summary.verdict]}{' '}
        {t.counts(report.summary.checksRun, notRun.length)}
      </p>
      {groupFindings(report).map((g) => (
        <section key={`${g.section}-${g.severity}`}>
          <h2>
            {sectionTitle(g.section, lang)} · {t.severity[g.severity]}
          </h2>
          <ol>
            {g.findings.map(({ finding, index }) => (
              <li key={index}>
                {finding.message[lang]}
                {finding.formula && <div class="print-formula">{finding.formula[lang]}</div>}
                {marks?.[index] && (marks[index].status !== 'open' || marks[index].note) && (
                  <div class="print-review">
                    {s.reviewLabel}：{s.status[marks[index].status]}
                    {marks[index].note ? ` — ${marks[index].note}` : ''}
                  </div>
                )}
              </li>
            ))}
          </ol>
        </section>
      ))}
      {notRun.length > 0 && (
        <section>
          <h2>{t.checksTitle}</h2>
          <ul>
            {notRun.map((c) => (
              <li key={c.rule}>
                {c.title[lang]}: {t.checkStatus[c.status]}
                {c.reason ? ` — ${c.reason[lang]}` : ''}
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
