import { useLang, useStrings } from '@hezhang/ui';
import type { SavedSummary } from '../history.js';

interface HistoryProps {
  saved: readonly SavedSummary[];
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
}

/** Date and time as toLocaleString prints them, with one formatter per language (making one takes ~20 ms). */
const FORMATS = new Map<string, Intl.DateTimeFormat>();
function formatDate(ms: number, locale: string): string {
  let format = FORMATS.get(locale);
  if (!format) {
    const numeric = 'numeric';
    format = new Intl.DateTimeFormat(locale, {
      year: numeric,
      month: numeric,
      day: numeric,
      hour: numeric,
      minute: numeric,
      second: numeric,
    });
    FORMATS.set(locale, format);
  }
  return format.format(ms);
}

/** Reports kept in this browser, newest first, each deletable. */
export function History({ saved, onOpen, onDelete, onDeleteAll }: HistoryProps) {
  const t = useStrings();
  const lang = useLang();
  const date = (ms: number) => formatDate(ms, lang === 'zh' ? 'zh-CN' : 'en-GB');
  return (
    <section class="history" aria-labelledby="history-title">
      <h2 id="history-title">{t.history}</h2>
      {saved.length === 0 ? (
        <p class="empty">{t.historyEmpty}</p>
      ) : (
        <>
          <ul class="history-list">
            {saved.map((s) => (
              <li key={s.id} data-saved={s.name}>
                <button type="button" class="link-button" onClick={() => onOpen(s.id)}>
                  {s.name}
                </button>{' '}
                <span class={`badge badge-${s.verdict}`}>{t.verdict[s.verdict]}</span>{' '}
                <span class="history-date">{t.historySaved(date(s.savedAt))}</span>{' '}
                <button type="button" onClick={() => onDelete(s.id)} aria-label={`${t.deleteReport} ${s.name}`}>
                  {t.deleteReport}
                </button>
              </li>
            ))}
          </ul>
          <button type="button" onClick={onDeleteAll}>
            {t.deleteAll}
          </button>
        </>
      )}
    </section>
  );
}
