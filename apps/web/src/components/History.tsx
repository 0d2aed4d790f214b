import { useLang, useStrings } from '@hezhang/ui';
import type { SavedSummary } from '../history.js';

interface HistoryProps {
  saved: readonly SavedSummary[];
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
}

/** Reports kept in this browser, newest first, each deletable. */
export function History({ saved, onOpen, onDelete, onDeleteAll }: HistoryProps) {
  const t = useStrings();
  const lang = useLang();
  const date = (ms: number) => new Date(ms).toLocaleString(lang === 'zh' ? 'zh-CN' : 'en-GB');
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
