import type { Report } from '@hezhang/core';
import { DocumentSummary, useLang, useStrings } from '@hezhang/ui';
import { type Entry, inProgress } from '../checking.js';

interface FileListProps {
  entries: readonly Entry[];
  selected: string | undefined;
  onOpen: (id: string) => void;
  onCancel: (id: string) => void;
  onCancelAll: () => void;
  onRemove: (id: string) => void;
  /** A finished report as the reader's marks leave it (dismissed findings out of the verdict). */
  reviewed: (report: Report) => Report;
}

/** Several files: how many are finished, and one button to cancel the rest (test hook: data-done, data-total). */
function BatchProgress({ entries, onCancelAll }: { entries: readonly Entry[]; onCancelAll: () => void }) {
  const t = useStrings();
  const total = entries.length;
  const working = entries.filter((e) => inProgress(e.state)).length;
  if (total < 2 || working === 0) return null;
  const done = total - working;
  return (
    <div class="batch-progress" data-done={done} data-total={total}>
      <p role="status">
        <label>
          {t.batchProgress(
            done,
            total,
            entries.some((e) => e.file),
          )}{' '}
          <progress max={total} value={done} />
        </label>
      </p>
      <button type="button" onClick={onCancelAll}>
        {t.cancelAll}
      </button>
    </div>
  );
}

function Progress({ entry }: { entry: Entry }) {
  const t = useStrings();
  const { state } = entry;
  if (state.status === 'queued') return <p class="file-state">{t.queued}</p>;
  if (state.status === 'checking') return <p class="file-state">{t.checking}</p>;
  if (state.status === 'cancelled') return <p class="file-state">{t.cancelled}</p>;
  if (state.status !== 'reading') return null;
  const { page, pages } = state.progress;
  return (
    <p class="file-state">
      <label>
        {t.reading(page, pages)} <progress max={pages || 1} value={pages ? page : undefined} />
      </label>
    </p>
  );
}

/** A document of a file of several: which file it is from (test hook: data-file, data-part "2/3"). */
function FilePart({ entry }: { entry: Entry }) {
  const t = useStrings();
  const { file } = entry;
  if (!file) return null;
  return (
    <p class="file-part" data-file={file.name} data-part={`${file.index + 1}/${file.count}`}>
      {t.documentOfFile(file.index + 1, file.count, file.name)}
    </p>
  );
}

/**
 * The session's files: progress while reading and checking, the verdict when done (test hook:
 * data-document and data-status), a clear message when a file cannot be checked (data-error). A file
 * that holds several documents has, once read, one card per document, each named with its pages.
 */
export function FileList({ entries, selected, onOpen, onCancel, onCancelAll, onRemove, reviewed }: FileListProps) {
  const t = useStrings();
  const lang = useLang();
  return (
    <>
      <BatchProgress entries={entries} onCancelAll={onCancelAll} />
      <ul class="file-list" aria-label={t.queue}>
        {entries.map((entry) => {
          const { state } = entry;
          const working = inProgress(state);
          if (state.status === 'done')
            return (
              <li key={entry.id} class={entry.id === selected ? 'file selected' : 'file'}>
                <DocumentSummary report={reviewed(state.report)} level={3}>
                  <FilePart entry={entry} />
                  <div class="file-actions">
                    <button type="button" aria-pressed={entry.id === selected} onClick={() => onOpen(entry.id)}>
                      {t.open}
                    </button>
                    <button type="button" onClick={() => onRemove(entry.id)}>
                      {t.remove}
                    </button>
                  </div>
                </DocumentSummary>
              </li>
            );
          return (
            <li
              key={entry.id}
              class={`file file-${state.status}`}
              data-document={entry.name}
              data-error={state.status === 'failed' ? state.error.code : undefined}
              aria-busy={working}
            >
              <h3 class="summary-name">{entry.name}</h3>
              <FilePart entry={entry} />
              <Progress entry={entry} />
              {state.status === 'failed' && (
                <p class="file-error" role="alert" title={state.error.detail}>
                  <strong>{entry.file ? t.errorTitleDocument : t.errorTitle}：</strong>
                  {state.error.reason?.[lang] ?? t.errors[state.error.code]}
                </p>
              )}
              <div class="file-actions">
                {working ? (
                  <button type="button" onClick={() => onCancel(entry.id)}>
                    {t.cancel}
                  </button>
                ) : (
                  <button type="button" onClick={() => onRemove(entry.id)}>
                    {t.remove}
                  </button>
                )}
              </div>
            </li>
          );
        })}
      </ul>
    </>
  );
}
