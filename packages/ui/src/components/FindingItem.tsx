import {
  type CompiledTemplate,
  describeRefs,
  type Finding,
  type Report,
  type ReviewMark,
  type ReviewStatus,
  type RuleSection,
} from '@hezhang/core';
import { PUNCTUATION, useLang, useStrings } from '../i18n.js';
import { memo } from '../progressive.js';
import { boxesByPage, firstRef, sectionTitle } from '../report-model.js';
import { ReviewControls } from './ReviewControls.js';

interface FindingItemProps {
  finding: Finding;
  template: CompiledTemplate;
  /** The document the finding points into (to name its places). */
  document: Report['document'];
  /** The section of the report its rule belongs to. */
  section: RuleSection;
  /** Opens the PDF page of the finding; absent when there is no PDF to show. */
  onShow?: (finding: Finding) => void;
  /** The finding's review mark, and how to change it; without them no review controls are shown. */
  mark?: ReviewMark | undefined;
  onMark?: ((key: string, status: ReviewStatus, note: string) => void) | undefined;
}

/** A mark as the finding shows it: applyReview makes every mark anew, equal marks render alike. */
function sameMark(a: ReviewMark | undefined, b: ReviewMark | undefined): boolean {
  return a === b || (!!a && !!b && a.key === b.key && a.status === b.status && a.note === b.note && a.at === b.at);
}

function sameItem(a: FindingItemProps, b: FindingItemProps): boolean {
  return (
    a.finding === b.finding &&
    a.template === b.template &&
    a.document === b.document &&
    a.section === b.section &&
    a.onShow === b.onShow &&
    a.onMark === b.onMark &&
    sameMark(a.mark, b.mark)
  );
}

/**
 * One finding: message, formula with both amounts, difference and tolerance, where it is, and a
 * button to see it on the page, and its review. Test hooks: data-finding, data-rule, data-severity,
 * data-table / data-row of the first reference, data-review (open, confirmed or dismissed) and
 * data-key (its review key). Memoised: a long list rendered in slices renders each finding once, and
 * marking a finding renders that finding again, not the others (its props are what it shows: a new
 * report with the marks applied leaves the finding, its document and the other marks' values as
 * they were; `onShow` and `onMark` must stay the same functions).
 */
export const FindingItem = memo(function FindingItem(props: FindingItemProps) {
  const { finding, onShow, mark, onMark } = props;
  const t = useStrings();
  const lang = useLang();
  const { table, row } = firstRef(finding);
  const message = finding.message[lang];
  const formula = finding.formula?.[lang];
  const firstPage = [...boxesByPage(finding).keys()][0];
  const places = describeRefs(finding.refs, props.template, lang, props.document);
  const amounts: [string, string | undefined][] = [
    // Two printed numbers that disagree are named by where they were printed (文字 / 表格), not expected / actual.
    [finding.expected?.label?.[lang] ?? t.expected, finding.expected?.text],
    [finding.actual?.label?.[lang] ?? t.actual, finding.actual?.text],
    [t.difference, finding.difference?.text],
    [t.tolerance, finding.tolerance?.[lang]],
  ];
  return (
    <li
      class={`finding finding-${finding.severity}${mark ? ` finding-${mark.status}` : ''}`}
      data-finding=""
      data-review={mark?.status}
      data-key={mark?.key}
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-table={table}
      data-row={row}
    >
      <p class="finding-message">
        <span class={`badge badge-${finding.severity}`}>{t.severity[finding.severity]}</span>{' '}
        <span class="finding-section">{sectionTitle(props.section, lang)}</span> {message}
        {finding.count !== undefined && finding.count > 1 && (
          <span class="finding-count"> ({t.folded(finding.count)})</span>
        )}
      </p>
      {formula && (
        <p class="finding-formula">
          <span class="label">{t.formula}</span> <code>{formula}</code>
        </p>
      )}
      {amounts.some(([, v]) => v) && (
        <dl class="finding-amounts">
          {amounts.map(([label, value]) =>
            value ? (
              <div key={label}>
                <dt>{label}</dt>
                <dd>{value}</dd>
              </div>
            ) : null,
          )}
        </dl>
      )}
      {places.length > 0 && (
        <p class="finding-where">
          <span class="label">{t.where}</span> {places.join(PUNCTUATION[lang].list)}
        </p>
      )}
      {onShow && firstPage !== undefined && (
        <button type="button" class="show-button" onClick={() => onShow(finding)}>
          {t.show(firstPage)}
        </button>
      )}
      {mark && onMark && <ReviewControls mark={mark} onMark={(status, note) => onMark(mark.key, status, note)} />}
    </li>
  );
}, sameItem);
