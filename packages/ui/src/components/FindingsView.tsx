import {
  type Finding,
  type Report,
  type ReviewStatus,
  type RuleSection,
  reviewOf,
  type Severity,
  templateOf,
} from '@hezhang/core';
import { useId, useMemo, useState } from 'preact/hooks';
import { useLang, useStrings } from '../i18n.js';
import { useRenderedCount } from '../progressive.js';
import {
  ALL_FINDINGS,
  type FindingFilter,
  filterCounts,
  groupFindings,
  SECTIONS,
  SEVERITIES,
  sectionOf,
  sectionTitle,
} from '../report-model.js';
import { useReviewStrings } from '../review.js';
import { FindingItem } from './FindingItem.js';

interface FindingsViewProps {
  report: Report;
  onShow?: (finding: Finding) => void;
  /** Marks a finding (the report then carries its review: `applyReview`). */
  onMark?: ((key: string, status: ReviewStatus, note: string) => void) | undefined;
}

/**
 * The findings by severity (errors first), each severity by page, with filters by severity, section and
 * text. A long list is rendered in slices (progressive.ts): the first findings at once, the rest in
 * idle slices, the counts whole from the start. Test hooks on .findings: data-rendered (findings in
 * the list now) and data-complete (present once all are).
 */
export function FindingsView({ report, onShow, onMark }: FindingsViewProps) {
  const t = useStrings();
  const lang = useLang();
  const id = useId();
  const [filter, setFilter] = useState<FindingFilter>(ALL_FINDINGS);
  const template = useMemo(() => templateOf(report.document), [report.document]);
  const marks = reviewOf(report)?.marks;
  // The chips count as the verdict does: a finding dismissed as 误报 under 误报, not under its severity.
  const counts = useMemo(() => filterCounts(report), [report]);
  const r = useReviewStrings();
  const groups = useMemo(() => groupFindings(report, filter), [report, filter]);
  const sections = useMemo(
    () => SECTIONS.filter((s) => report.findings.some((f) => sectionOf(report, f) === s)),
    [report],
  );
  const shown = groups.reduce((n, g) => n + g.findings.length, 0);
  const total = report.findings.length;
  const rendered = useRenderedCount(shown, report.source.name);
  let left = rendered;

  const toggleSeverity = (severity: Severity, on: boolean) => {
    const severities = new Set(filter.severities);
    if (on) severities.add(severity);
    else severities.delete(severity);
    setFilter({ ...filter, severities });
  };

  if (total === 0) return <p class="empty">{t.noFindings}</p>;
  return (
    <div class="findings" data-rendered={rendered} data-complete={rendered === shown ? '' : undefined}>
      <fieldset class="filters">
        <legend>{t.filters}</legend>
        <fieldset class="filter-severity">
          <legend class="visually-hidden">{t.filterSeverity}</legend>
          {SEVERITIES.map((s) => (
            <label key={s} class={`chip chip-${s}`} data-chip={s} data-count={counts[s]}>
              <input
                type="checkbox"
                checked={filter.severities.has(s)}
                onChange={(e) => toggleSeverity(s, e.currentTarget.checked)}
              />{' '}
              {t.severityCount(s, counts[s])}
            </label>
          ))}
          {counts.dismissed > 0 && (
            <label class="chip chip-dismissed" data-chip="dismissed" data-count={counts.dismissed}>
              <input
                type="checkbox"
                checked={filter.dismissed}
                onChange={(e) => setFilter({ ...filter, dismissed: e.currentTarget.checked })}
              />{' '}
              {r.dismissedCount(counts.dismissed)}
            </label>
          )}
        </fieldset>
        <label>
          {t.filterSection}{' '}
          <select
            value={filter.section}
            onChange={(e) => setFilter({ ...filter, section: e.currentTarget.value as RuleSection | 'all' })}
          >
            <option value="all">{t.allSections}</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {sectionTitle(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t.filterText}{' '}
          <input
            type="search"
            value={filter.text}
            onInput={(e) => setFilter({ ...filter, text: e.currentTarget.value })}
          />
        </label>
        <output class="filter-count" aria-live="polite">
          {t.shown(shown, total)}
        </output>
      </fieldset>
      {groups.length === 0 && <p class="empty">{t.noMatchingFindings}</p>}
      {groups.map((group) => {
        const headingId = `${id}-${group.severity}`;
        const now = group.findings.slice(0, Math.max(0, left));
        left -= now.length;
        return (
          <section key={headingId} class="finding-group" aria-labelledby={headingId}>
            <h3 id={headingId}>
              {t.severity[group.severity]} ({group.findings.length})
            </h3>
            <ul class="finding-list" aria-busy={now.length < group.findings.length}>
              {now.map(({ finding, index }) => (
                <FindingItem
                  key={index}
                  finding={finding}
                  document={report.document}
                  section={sectionOf(report, finding)}
                  template={template}
                  onShow={onShow}
                  mark={marks?.[index]}
                  onMark={onMark}
                />
              ))}
            </ul>
          </section>
        );
      })}
    </div>
  );
}
