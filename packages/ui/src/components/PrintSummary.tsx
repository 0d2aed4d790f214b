import { describeRefs, type Finding, type Report, type ReviewMark, reviewOf, templateOf } from '@hezhang/core';
import { render } from 'preact';
import { useEffect, useRef } from 'preact/hooks';
import { type Lang, LangContext, PUNCTUATION, useLang, useStrings } from '../i18n.js';
import { groupFindings } from '../report-model.js';
import { useReviewStrings } from '../review.js';

/**
 * Findings of one group that print alike (the same message in the printed language, the same review
 * mark and note), folded into one item.
 */
function foldByMessage(
  findings: readonly { finding: Finding; index: number }[],
  lang: 'zh' | 'en',
  marks: readonly ReviewMark[] | undefined,
) {
  const folded = new Map<string, { first: number; items: Finding[] }>();
  for (const { finding, index } of findings) {
    const mark = marks?.[index];
    const key = JSON.stringify([finding.message[lang], mark?.status ?? null, mark?.note ?? null]);
    const seen = folded.get(key);
    if (seen) seen.items.push(finding);
    else folded.set(key, { first: index, items: [finding] });
  }
  return [...folded.values()];
}

/** Places printed per finding: a line or two on paper; the rest is counted. */
const PLACES_PRINTED = 6;

/** Today as the printed page dates itself: 2026-03-01. */
function today(): string {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
}

/**
 * What "Print summary" prints: who and which year the document is about, the date it was printed, the
 * verdict, every finding with its formula and where it is (findings that read alike in the printed
 * language once, with how many), and the checks that did not run. Page numbers come from the print
 * stylesheet (@page). Hidden on screen.
 */
export function PrintSummary({ report }: { report: Report }) {
  const t = useStrings();
  const s = useReviewStrings();
  const lang = useLang();
  const marks = reviewOf(report)?.marks;
  const template = templateOf(report.document);
  const meta = report.document.meta;
  const notRun = report.checks.filter((c) => c.status === 'insufficient_data' || c.status === 'not_applicable');
  const facts: [string, string | number | undefined][] = [
    [t.printFacts.department, meta.department],
    [t.printFacts.year, meta.year],
    [t.printFacts.document, report.source.name],
    [t.printFacts.printed, today()],
  ];
  return (
    <div class="print-summary" aria-hidden="true">
      <h1>{meta.department ? `${meta.department}${meta.year ? ` · ${meta.year}` : ''}` : report.source.name}</h1>
      <dl class="print-facts">
        {facts.map(([label, value]) =>
          value === undefined || value === '' ? null : (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ),
        )}
      </dl>
      <p>
        {t.verdict[report.summary.verdict]} — {t.verdictLong[report.summary.verdict]}{' '}
        {t.counts(report.summary.checksRun, report.summary.notApplicable, report.summary.insufficientData)}
      </p>
      {groupFindings(report).map((g) => (
        <section key={g.severity}>
          <h2>{t.severity[g.severity]}</h2>
          <ol>
            {foldByMessage(g.findings, lang, marks).map(({ first, items }) => {
              const finding = items[0] as Finding;
              const places = describeRefs(
                items.flatMap((f) => f.refs),
                template,
                lang,
                report.document,
              );
              return (
                <li key={first} data-print-finding="" data-count={items.length}>
                  {finding.message[lang]}
                  {items.length > 1 && <span class="print-count"> ({t.printFacts.alike(items.length)})</span>}
                  {items.map((f, i) =>
                    f.formula ? (
                      <div key={i} class="print-formula">
                        {f.formula[lang]}
                      </div>
                    ) : null,
                  )}
                  {marks?.[first] && (marks[first].status !== 'open' || marks[first].note) && (
                    <div class="print-review">
                      {s.reviewLabel}
                      {PUNCTUATION[lang].colon}
                      {s.status[marks[first].status]}
                      {marks[first].note ? ` — ${marks[first].note}` : ''}
                    </div>
                  )}
                  {places.length > 0 && (
                    <div class="print-where">
                      {t.where}
                      {PUNCTUATION[lang].colon}
                      {places.slice(0, PLACES_PRINTED).join(PUNCTUATION[lang].list)}
                      {places.length > PLACES_PRINTED && t.printFacts.more(places.length - PLACES_PRINTED)}
                    </div>
                  )}
                </li>
              );
            })}
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

/**
 * The print summary, made only when the page is printed: a report's summary lists every finding (a
 * 300-finding report took the page's main thread tens of milliseconds to render it, hidden, with the
 * report). It is rendered synchronously in `beforeprint` (window.print() and the browser's own print
 * both fire it before the page is laid out for paper), and when the print media query starts to match
 * (print emulation), and taken away after printing. Without a window (render-to-string) it is rendered
 * with the report, as there is no later. Test hook: .print-slot, holding .print-summary while printing.
 */
export function PrintOnDemand({ report }: { report: Report }) {
  const lang = useLang();
  const slot = useRef<HTMLDivElement>(null);
  const latest = useRef<{ report: Report; lang: Lang }>({ report, lang });
  latest.current = { report, lang };
  const shown = useRef(false);
  const draw = () => {
    const el = slot.current;
    if (!el) return;
    shown.current = true;
    const now = latest.current;
    render(
      <LangContext.Provider value={now.lang}>
        <PrintSummary report={now.report} />
      </LangContext.Provider>,
      el,
    );
  };
  useEffect(() => {
    const el = slot.current;
    if (!el) return;
    const clear = () => {
      if (!shown.current) return;
      shown.current = false;
      render(null, el);
    };
    const query = typeof matchMedia === 'function' ? matchMedia('print') : undefined;
    const onMedia = () => (query?.matches ? draw() : clear());
    addEventListener('beforeprint', draw);
    addEventListener('afterprint', clear);
    query?.addEventListener('change', onMedia);
    if (query?.matches) draw();
    return () => {
      removeEventListener('beforeprint', draw);
      removeEventListener('afterprint', clear);
      query?.removeEventListener('change', onMedia);
      clear();
    };
  }, []);
  // Marks or the language changed while printing (print emulation): the summary follows.
  useEffect(() => {
    if (shown.current) draw();
  }, [report, lang]);
  if (typeof window === 'undefined')
    return (
      <div class="print-slot">
        <PrintSummary report={report} />
      </div>
    );
  return <div class="print-slot" ref={slot} />;
}
