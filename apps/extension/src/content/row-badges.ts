import { type BudgetTable, type CompiledTemplate, columnName, type Finding } from '@hezhang/core';
import { strings } from '../shared/i18n';
import type { Language } from '../shared/settings';
import type { PageLocator } from './locate';
import type { RowMark } from './marks';
import { attachShadow, createHost } from './shadow';

const SYMBOL = { ok: '✓', warning: '!', error: '✕', incomplete: '?' } as const;

export function findingText(f: Finding, language: Language): string {
  const message = f.message[language];
  const formula = f.formula?.[language];
  return formula ? `${message}\n${formula}` : message;
}

function tooltip(mark: RowMark, language: Language): string {
  const t = strings(language);
  if (mark.findings.length === 0) {
    if (mark.status === 'incomplete') return t.rowIncomplete;
    // What was checked, with both amounts: a green mark is evidence too.
    const held = mark.passes.map((p) => p.formula[language]);
    return held.length > 0 ? `${t.rowOk}\n${held.slice(0, 6).join('\n')}${held.length > 6 ? '\n…' : ''}` : t.rowOk;
  }
  return mark.findings.map((f) => findingText(f, language)).join('\n\n');
}

/**
 * Puts a badge at the start of each row's name cell (an inline element 17px wide: the only shift of the
 * page's layout) and, where a printed total differs from the sum of its parts, that sum on a small line
 * above the printed amount in its cell, its column named as the document's template names it. Returns
 * the elements added, to remove them before the next pass.
 */
export function placeRowBadges(
  marks: readonly RowMark[],
  tables: readonly BudgetTable[],
  template: CompiledTemplate,
  locator: PageLocator,
  language: Language,
): Element[] {
  const added: Element[] = [];
  const t = strings(language);
  // Looked up by key: a page of thousands of rows must not cost rows × marks.
  const byKind = new Map(tables.map((x) => [x.kind as string, x]));
  const rowsOf = new Map(tables.map((x) => [x.kind as string, new Map(x.rows.map((r) => [r.key, r]))]));
  for (const mark of marks) {
    const table = byKind.get(mark.table);
    const row = rowsOf.get(mark.table)?.get(mark.key);
    const place = table && row ? locator.row(table, row) : undefined;
    if (!table || !place) continue;

    const host = createHost('hezhang-badge', { display: 'inline-block', margin: '0', padding: '0', border: '0' });
    host.dataset.hezhangBadge = '';
    host.dataset.status = mark.status;
    host.dataset.table = mark.table;
    host.dataset.row = mark.key;
    const anchor = document.createElement('span');
    anchor.className = 'anchor';
    const badge = document.createElement('span');
    badge.className = `badge ${mark.status}`;
    badge.tabIndex = 0;
    badge.textContent = SYMBOL[mark.status];
    badge.setAttribute('role', 'img');
    badge.setAttribute('aria-label', `${t.status[mark.status]}：${mark.label}`);
    const tip = document.createElement('span');
    tip.className = 'tip';
    tip.textContent = `${t.status[mark.status]}\n${tooltip(mark, language)}`;
    anchor.append(badge, tip);
    attachShadow(host).append(anchor);
    place.label.prepend(host);
    added.push(host);

    for (const sum of mark.sums) {
      const cell = place.value(sum.column);
      if (!cell || cell.querySelector(`hezhang-sum[data-column="${sum.column}"]`)) continue;
      // A line of its own above the printed amount, inside the cell: laid over the amount (as it was),
      // it hid the very number it disputes. Only rows with a disputed total grow, by one small line.
      const sumHost = createHost('hezhang-sum', {
        display: 'block',
        margin: '0',
        padding: '0',
        border: '0',
        'text-align': 'inherit',
      });
      sumHost.dataset.hezhangSum = '';
      sumHost.dataset.column = sum.column;
      sumHost.dataset.expected = sum.expected.text;
      const label = document.createElement('span');
      label.className = 'sum';
      label.title = `${t.computedSum}（${columnName(template, mark.table, sum.column)[language]}）`;
      label.textContent = `Σ ${sum.expected.text}`;
      attachShadow(sumHost).append(label);
      cell.prepend(sumHost);
      added.push(sumHost);
    }
  }
  return added;
}
