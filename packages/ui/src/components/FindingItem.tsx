import type { CompiledTemplate, Finding, Report } from '@hezhang/core';
import { type Lang, type Strings, useLang, useStrings } from '../i18n.js';
import { boxesByPage, firstRef, tableTitle } from '../report-model.js';

interface FindingItemProps {
  finding: Finding;
  template: CompiledTemplate;
  report: Report;
  /** Opens the PDF page of the finding; absent when there is no PDF to show. */
  onShow?: (finding: Finding) => void;
}

/** Where the references point, in words: "部门收入预算总表 · 2101399 · 第 12 页". */
function placeText(finding: Finding, props: FindingItemProps, lang: Lang, t: Strings): string[] {
  const places = new Set<string>();
  for (const ref of finding.refs) {
    const parts: string[] = [];
    if (ref.table) parts.push(tableTitle(props.template, ref.table, lang));
    if (ref.row) parts.push(ref.row === 'total' ? (lang === 'zh' ? '合计' : 'total') : ref.row);
    if (ref.section !== undefined) {
      const heading = props.report.document.sections[ref.section]?.heading;
      if (heading) parts.push(heading);
    }
    if (ref.page !== undefined) parts.push(t.page(ref.page));
    else if (ref.line !== undefined) parts.push(t.line(ref.line));
    if (parts.length) places.add(parts.join(' · '));
  }
  return [...places];
}

/**
 * One finding: message, formula with both amounts, difference and tolerance, where it is, and a
 * button to see it on the page. Test hooks: data-finding, data-rule, data-severity, and data-table /
 * data-row of the first reference.
 */
export function FindingItem(props: FindingItemProps) {
  const { finding, onShow } = props;
  const t = useStrings();
  const lang = useLang();
  const { table, row } = firstRef(finding);
  const message = lang === 'zh' ? finding.message : finding.messageEn;
  const formula = lang === 'zh' ? finding.formula : (finding.formulaEn ?? finding.formula);
  const firstPage = [...boxesByPage(finding).keys()][0];
  const places = placeText(finding, props, lang, t);
  const amounts: [string, string | undefined][] = [
    [t.expected, finding.expected?.text],
    [t.actual, finding.actual?.text],
    [t.difference, finding.difference?.text],
    [t.tolerance, finding.tolerance],
  ];
  return (
    <li
      class={`finding finding-${finding.severity}`}
      data-finding=""
      data-rule={finding.rule}
      data-severity={finding.severity}
      data-table={table}
      data-row={row}
    >
      <p class="finding-message">
        <span class={`badge badge-${finding.severity}`}>{t.severity[finding.severity]}</span> {message}
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
          <span class="label">{t.where}</span> {places.join('；')}
        </p>
      )}
      {onShow && firstPage !== undefined && (
        <button type="button" class="show-button" onClick={() => onShow(finding)}>
          {t.show(firstPage)}
        </button>
      )}
    </li>
  );
}
