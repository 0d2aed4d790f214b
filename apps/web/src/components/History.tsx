import { formatDate, useLang, useStrings } from '@hezhang/ui';
import { useEffect, useState } from 'preact/hooks';
import type { SavedList } from '../history.js';

interface HistoryProps {
  /** The saved reports; the panel follows it on its own (the page does not render again when it changes). */
  list: SavedList;
  onOpen: (id: string) => void;
  onDelete: (id: string) => void;
  onDeleteAll: () => void;
}

/** Reports kept in this browser, newest first, each deletable. */
export function History({ list, onOpen, onDelete, onDeleteAll }: HistoryProps) {
  const t = useStrings();
  const [saved, setSaved] = useState(list.items);
  useEffect(() => {
    setSaved(list.items);
    return list.subscribe(() => setSaved(list.items));
  }, [list]);
  const lang = useLang();
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
                <span class="history-date">{t.historySaved(formatDate(s.savedAt, lang))}</span>{' '}
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
