/**
 * The volunteer's marks as a file, and what the page says when the browser would not keep them: the
 * marks export as the CLI's marks file (`hezhang check --review marks.json`, with every finding of the
 * reports open here) and import from one (or from a report's JSON export). When the browser's storage
 * refuses a mark (full disk), an alert says how many marks exist only in this page and offers them as
 * that file. Test hooks: data-marks-export, data-marks-import, data-marks-unsaved (the count).
 */
import { type Report, type ReviewedReport, ReviewFileError, readReviewMarks, reviewFile } from '@hezhang/core';
import { useLang } from '@hezhang/ui';
import { useState } from 'preact/hooks';
import type { ReviewMarks } from '../review-marks.js';

const STRINGS = {
  zh: {
    title: '核查标记',
    help: '标记保存在本浏览器中；可导出为标记文件（命令行 hezhang check --review 使用同一格式），在其他电脑或浏览器中导入。',
    export: '导出标记文件',
    import: '导入标记文件…',
    imported: (n: number) => `已导入 ${n} 条标记`,
    unsaved: (n: number, quota: boolean) =>
      `${n} 条核查标记未能保存到浏览器${quota ? '（存储空间已满）' : ''}：它们只在本页中，关闭或刷新页面前请下载标记文件，以后可在此导入。`,
    download: '下载标记文件',
    retry: '重试保存',
  },
  en: {
    title: 'Review marks',
    help: 'Marks are kept in this browser; export them as a marks file (the format of hezhang check --review) to import them elsewhere.',
    export: 'Export marks file',
    import: 'Import marks file…',
    imported: (n: number) => `${n} mark${n === 1 ? '' : 's'} imported`,
    unsaved: (n: number, quota: boolean) =>
      `${n} review mark${n === 1 ? '' : 's'} could not be saved in this browser${quota ? ' (its storage is full)' : ''}: they exist only in this page. Download the marks file before closing or reloading it; it can be imported here later.`,
    download: 'Download marks file',
    retry: 'Try saving again',
  },
} as const;

/** The marks file of this page: every finding of the reports open here, and every other mark kept. */
function marksFile(review: ReviewMarks, reports: readonly Report[], lang: 'zh' | 'en'): Blob {
  const reviewed = reports.filter((r): r is ReviewedReport => 'review' in r);
  const inReports = new Set(reviewed.flatMap((r) => r.review.marks.map((m) => m.key)));
  const others = [...review.marks.values()].filter((m) => !inReports.has(m.key));
  const file = reviewFile(reviewed, others, lang);
  return new Blob([`${JSON.stringify(file, null, 2)}\n`], { type: 'application/json' });
}

function save(blob: Blob, name: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export function ReviewMarksPanel({ review, reports }: { review: ReviewMarks; reports: readonly Report[] }) {
  const lang = useLang();
  const t = STRINGS[lang];
  const [message, setMessage] = useState<string>();
  const download = () => save(marksFile(review, reports, lang), 'hezhang-marks.json');

  const importFile = async (file: File) => {
    try {
      const marks = readReviewMarks(JSON.parse((await file.text()).replace(/^\uFEFF/, '')));
      setMessage(t.imported(review.store.importMarks(marks)));
    } catch (error) {
      setMessage(error instanceof ReviewFileError ? error.reason[lang] : String(error));
    }
  };

  return (
    <section class="review-marks" aria-labelledby="marks-title">
      <h2 id="marks-title">{t.title}</h2>
      {review.problem && review.unsaved > 0 && (
        <div class="marks-unsaved" role="alert" data-marks-unsaved={review.unsaved} title={review.problem.detail}>
          <p>{t.unsaved(review.unsaved, review.problem.kind === 'quota')}</p>
          <button type="button" onClick={download}>
            {t.download}
          </button>{' '}
          <button type="button" onClick={() => review.store.retry()}>
            {t.retry}
          </button>
        </div>
      )}
      <p class="intake-note">{t.help}</p>
      <button type="button" data-marks-export="" onClick={download}>
        {t.export}
      </button>{' '}
      <label class="file-pick">
        <input
          type="file"
          accept=".json,application/json"
          class="visually-hidden"
          data-marks-import=""
          onChange={(e) => {
            const input = e.currentTarget;
            const file = input.files?.[0];
            if (file) void importFile(file);
            input.value = '';
          }}
        />
        <span class="file-pick-button">{t.import}</span>
      </label>
      {message && (
        <p role="status" class="intake-note">
          {message}
        </p>
      )}
    </section>
  );
}
