import {
  type BudgetTable,
  type CompiledTemplate,
  childrenByParent,
  formatAmount,
  type Report,
  sumFen,
  type TableRow,
  templateOf,
} from '@hezhang/core';
import { useMemo } from 'preact/hooks';
import { type Lang, type Strings, useLang, useStrings } from '../i18n.js';
import { memo, type Slices, useRenderedCount } from '../progressive.js';
import { columnTitle, type RowMark, rowKey, rowMarks, tableTitle } from '../report-model.js';
import { ScrollRegion } from './ScrollRegion.js';

const MARK: Record<RowMark | 'none', string> = { pass: '✓', none: '–', info: 'ℹ', warning: '!', error: '✗' };

interface TableProps {
  table: BudgetTable;
  template: CompiledTemplate;
  marks: Map<string, RowMark>;
  lang: Lang;
  t: Strings;
}

function amount(fen: number | null | undefined, table: BudgetTable): string {
  return fen == null ? '' : formatAmount(fen, table.unit);
}

function RowMarkCell({ mark, t }: { mark: RowMark | undefined; t: Strings }) {
  const label = mark === undefined ? t.rowUnchecked : mark === 'pass' ? t.rowPassed : t.severity[mark];
  return (
    <td class={`row-mark mark-${mark ?? 'none'}`}>
      <span aria-hidden="true">{MARK[mark ?? 'none']}</span>
      <span class="visually-hidden">{label}</span>
    </td>
  );
}

/** A value cell; a parent row also shows the sum of its children, marked when it differs. */
function ValueCell({
  table,
  row,
  column,
  parts,
  t,
}: {
  table: BudgetTable;
  row: TableRow;
  column: string;
  parts?: TableRow[] | undefined;
  t: Strings;
}) {
  const printed = row.values[column];
  const uncertain = row.inferred?.uncertain.includes(column);
  if (!parts) return <td class={uncertain ? 'num uncertain' : 'num'}>{amount(printed, table)}</td>;
  const sum = sumFen(parts.map((c) => c.values[column]));
  if (printed == null && sum === 0) return <td class="num" />;
  const differs = sum !== (printed ?? 0);
  return (
    <td class={`num parent${differs ? ' differs' : ''}`}>
      {amount(printed, table)}
      <span class="computed-sum" title={t.computedSumTitle(amount(sum, table))}>
        <span class="visually-hidden">{t.computedSum} </span>Σ {amount(sum, table)}
      </span>
    </td>
  );
}

function RowsTable({
  rows,
  columns,
  caption,
  ...props
}: TableProps & { rows: TableRow[]; columns: readonly string[]; caption?: string }) {
  const { table, template, marks, lang, t } = props;
  const children = useMemo(() => childrenByParent(table), [table]);
  const coded = table.rows.some((r) => /^\d+$/.test(r.key));
  return (
    <table class="budget-table">
      {caption && <caption>{caption}</caption>}
      <thead>
        <tr>
          <th scope="col">{t.status}</th>
          {coded && <th scope="col">{t.code}</th>}
          <th scope="col">{t.name}</th>
          {columns.map((c) => (
            <th key={c} scope="col">
              {columnTitle(template, table, c, lang)}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr
            key={`${row.side ?? ''}${row.key}`}
            class={`level-${row.level}`}
            title={row.inferred ? t.inferred : undefined}
          >
            <RowMarkCell mark={marks.get(rowKey(table.kind, row.key))} t={t} />
            {coded && <td class="code">{/^\d+$/.test(row.key) ? row.key : ''}</td>}
            <th scope="row" class="row-label">
              {row.label || row.key}
            </th>
            {columns.map((c) => (
              <ValueCell key={c} table={table} row={row} column={c} parts={children.get(row)} t={t} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Memoised: each later slice renders its own tables, not again the ones before. */
const TableSection = memo(function TableSection(props: TableProps) {
  const { table, template, lang, t } = props;
  const title = tableTitle(template, table.kind, lang);
  const income = table.rows.filter((r) => r.side === 'income');
  const expenditure = table.rows.filter((r) => r.side !== 'income');
  return (
    <section class="table-section">
      <h3>{title}</h3>
      <p class="table-meta">
        {table.title} · {t.unit(table.unit)} {t.pagesOf(table.pages)}
      </p>
      {table.notes.map((note) => (
        <p key={note} class="table-note">
          {note}
        </p>
      ))}
      <ScrollRegion class="table-scroll" label={title}>
        {income.length > 0 && (
          <RowsTable {...props} rows={income} columns={table.incomeColumns ?? ['amount']} caption={t.incomeSide} />
        )}
        {expenditure.length > 0 && (
          <RowsTable
            {...props}
            rows={expenditure}
            columns={table.columns}
            caption={income.length > 0 ? t.expenditureSide : undefined}
          />
        )}
      </ScrollRegion>
    </section>
  );
});

/**
 * Cells rendered when the tab opens, and in each later idle slice. A cell costs its DOM and its share of
 * the table's layout (a 500-page report has 315 tables, 5000 rows: seconds in one task; the final
 * account's 9 tables, ~1000 cells, 75–160 ms CPU at load 30), so a slice of ~200 cells stays under
 * 50 ms. A table is never split: one larger than a slice renders in a slice of its own.
 */
const CELL_SLICES: Slices = { first: 200, step: 200 };

/** What a table costs to render, in cells: its rows by its columns, with the mark, code and name. */
function cells(table: BudgetTable): number {
  const columns = Math.max(table.columns.length, table.incomeColumns?.length ?? 0);
  return table.rows.length * (columns + 3);
}

/**
 * The tables as read, in template order: each row with its status mark, parent rows with their computed
 * sums. Many tables render in slices (progressive.ts), the first at once, the rest in idle slices. Test
 * hooks on .tables: data-rendered (tables in the DOM now), data-total, data-complete (once all are).
 */
export function TablesView({ report }: { report: Report }) {
  const t = useStrings();
  const lang = useLang();
  const template = useMemo(() => templateOf(report.document), [report.document]);
  const marks = useMemo(() => rowMarks(report), [report]);
  const tables = useMemo(() => {
    const order = template.tables.map((x) => x.spec.kind);
    return [...report.tables].sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind));
  }, [report.tables, template]);
  // Where each table starts, counted in cells: a table is rendered once the cells before it are.
  const { starts, total } = useMemo(() => {
    let sum = 0;
    const starts = tables.map((table) => {
      const start = sum;
      sum += cells(table);
      return start;
    });
    return { starts, total: sum };
  }, [tables]);
  const cellsNow = useRenderedCount(total, report.source.name, CELL_SLICES);
  // At least one table at a time, and a table starting before the limit whole.
  const count = Math.max(Math.min(1, tables.length), starts.filter((start) => start < cellsNow).length);
  const now = cellsNow >= total ? tables : tables.slice(0, count);
  if (tables.length === 0) return <p class="empty">{t.noTables}</p>;
  return (
    <div
      class="tables"
      data-rendered={now.length}
      data-total={tables.length}
      data-complete={now.length === tables.length ? '' : undefined}
      aria-busy={now.length < tables.length}
    >
      {now.map((table) => (
        <TableSection
          key={`${table.kind}-${table.pages.join()}`}
          table={table}
          template={template}
          marks={marks}
          lang={lang}
          t={t}
        />
      ))}
    </div>
  );
}
