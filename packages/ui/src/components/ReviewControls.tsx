import { MAX_NOTE_LENGTH, type ReviewMark, type ReviewStatus } from '@hezhang/core';
import { useId, useState } from 'preact/hooks';
import { useReviewStrings } from '../review.js';

interface ReviewControlsProps {
  mark: ReviewMark;
  onMark: (status: ReviewStatus, note: string) => void;
}

const ACTIONS = [
  { action: 'confirm', status: 'confirmed' },
  { action: 'dismiss', status: 'dismissed' },
  { action: 'reopen', status: 'open' },
] as const;

/**
 * A finding's review: 已核实, 误报 or open again, and a short note (kept when it loses focus). Test
 * hooks: data-review-action="confirm|dismiss|reopen" on the buttons, data-review-note on the note.
 */
export function ReviewControls({ mark, onMark }: ReviewControlsProps) {
  const s = useReviewStrings();
  const noteId = useId();
  // What the reader typed, against the note it was typed over. When the mark's note changes from
  // elsewhere (an import, "delete all", another tab) the draft is stale and the mark's note shows in
  // the same render — resetting the draft in an effect showed the old note for one frame.
  const [draft, setDraft] = useState<{ over: string; text: string } | null>(null);
  const note = draft !== null && draft.over === mark.note ? draft.text : mark.note;
  const saveNote = () => {
    if (note.trim() !== mark.note) onMark(mark.status, note);
  };
  return (
    <div class={`review review-${mark.status}`}>
      <span class="review-label">{s.reviewLabel}</span>{' '}
      <span class={`review-status review-status-${mark.status}`}>{s.status[mark.status]}</span>
      <span class="review-actions">
        {ACTIONS.map(({ action, status }) => (
          <button
            key={action}
            type="button"
            data-review-action={action}
            title={s.actionTitle[action]}
            aria-pressed={action === 'reopen' ? undefined : mark.status === status}
            disabled={action === 'reopen' && mark.status === 'open'}
            onClick={() => onMark(status, note)}
          >
            {s.action[action]}
          </button>
        ))}
      </span>
      <label class="review-note" for={noteId}>
        <span class="visually-hidden">{s.note}</span>
        <textarea
          id={noteId}
          data-review-note=""
          rows={1}
          maxLength={MAX_NOTE_LENGTH}
          placeholder={s.notePlaceholder}
          value={note}
          onInput={(e) => setDraft({ over: mark.note, text: e.currentTarget.value })}
          onBlur={saveNote}
        />
      </label>
    </div>
  );
}
