import { documentTitle, type Report } from '@hezhang/core';
import { useState } from 'preact/hooks';
import { useLang, useStrings } from '../i18n.js';
import { ScrollRegion } from './ScrollRegion.js';

type SortKey = 'name' | 'department' | 'year' | 'errors' | 'warnings';

const VALUE: Record<SortKey, (r: Report) => string | number> = {
  name: (r) => r.source.name,
  department: (r) => r.document.meta.department ?? '',
  year: (r) => r.document.meta.year ?? 0,
  errors: (r) => r.summary.errors,
  warnings: (r) => r.summary.warnings,
};

interface BatchListProps {
  reports: readonly Report[];
  /** The report shown beside the list, by file name. */
  selected?: string | undefined;
  onOpen: (name: string) => void;
}

/** The documents of a batch as a table, sortable by each column (most errors first by default). */
export function BatchList({ reports, selected, onOpen }: BatchListProps) {
  const t = useStrings();
  const lang = useLang();
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'errors', descending: true });
  const sorted = [...reports].sort((a, b) => {
    const x = VALUE[sort.key](a);
    const y = VALUE[sort.key](b);
    const order = typeof x === 'number' && typeof y === 'number' ? x - y : String(x).localeCompare(String(y), 'zh');
    return sort.descending ? -order : order;
  });
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
        <button
          type="button"
          class="sort-button"
          aria-label={t.sortBy(label)}
          onClick={() =>
            setSort({ key, descending: active ? !sort.descending : key === 'errors' || key === 'warnings' })
          }
        >
          {label}
          <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
        </button>
      </th>
    );
  };
  return (
    <ScrollRegion class="batch-scroll" label={t.batchTitle}>
      <table class="batch-table">
        <caption>{t.batchTitle}</caption>
        <thead>
          <tr>
            {header('name', t.batchDocument)}
            {header('department', t.batchDepartment)}
            {header('year', t.batchYear)}
            <th scope="col">{t.batchVerdict}</th>
            {header('errors', t.batchErrors)}
            {header('warnings', t.batchWarnings)}
            <th scope="col">{t.batchChecks}</th>
          </tr>
        </thead>
        <tbody>
          {sorted.map((r) => (
            <tr
              key={r.source.name}
              class={r.source.name === selected ? 'selected' : undefined}
              data-batch-row={r.source.name}
            >
              <th scope="row">
                <button
                  type="button"
                  class="link-button"
                  aria-current={r.source.name === selected ? 'true' : undefined}
                  onClick={() => onOpen(r.source.name)}
                >
                  {r.source.name}
                </button>
              </th>
              <td>{r.document.meta.department ?? ''}</td>
              <td>{yearAndKind(r, lang)}</td>
              <td>
                <span class={`badge badge-${r.summary.verdict}`}>{t.verdict[r.summary.verdict]}</span>
              </td>
              <td class="num">{r.summary.errors}</td>
              <td class="num">{r.summary.warnings}</td>
              <td class="num">
                {r.summary.checksRun}/{r.summary.notApplicable}/{r.summary.insufficientData}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}

/** "2024年度 部门决算": the year as the document writes it, and what it is. */
function yearAndKind(r: Report, lang: 'zh' | 'en'): string {
  const title = documentTitle(r.document.meta);
  return [title.year?.[lang], title.kind[lang]].filter(Boolean).join(' ');
}
