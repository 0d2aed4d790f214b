import { Report, type ReviewMark } from '@hezhang/core';
import {
  BatchList,
  DossierView,
  type Lang,
  LangContext,
  type PdfSource,
  ReportView,
  STRINGS,
  withReview,
} from '@hezhang/ui';
import { memo } from 'preact/compat';
import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { FileList } from './components/FileList.js';
import { History } from './components/History.js';
import { ReviewMarksPanel } from './components/ReviewMarksPanel.js';
import { exportHost } from './exports.js';
import { deleteAllSaved, deleteSaved, loadSaved, SavedList, type SavedReport } from './history.js';
import { loadPdfjs } from './pdfjs-loader.js';
import { SAMPLE_NAME, sampleUrl } from './resources.js';
import { useReviewMarks } from './review-marks.js';
import { useChecking } from './use-checking.js';
import { useDossiers } from './use-dossiers.js';
import { useFileDrop } from './use-file-drop.js';

const ACCEPT = '.pdf,.txt,.text,.md,.markdown,.tsv,application/pdf,text/plain,text/markdown';

/**
 * The open report renders again only when it changes: the file list updates many times a second while
 * files are read, and a long report takes the main thread hundreds of milliseconds to render.
 */
const OpenReport = memo(
  ReportView,
  (a, b) =>
    a.report === b.report &&
    a.pdf?.bytes === b.pdf?.bytes &&
    a.showSummary === b.showSummary &&
    a.review?.marks === b.review?.marks &&
    a.exportHost?.checkedAt === b.exportHost?.checkedAt &&
    a.dossier === b.dossier,
);

/** Each report with the marks applied, made again only when the marks change (once for the list and the open report). */
function useReviewed(marks: ReadonlyMap<string, ReviewMark>): (report: Report) => Report {
  return useCallback((report: Report) => withReview(report, marks), [marks]);
}

/** What the report area shows: a file of this session, or a report kept from before. */
type Shown = { kind: 'entry'; id: string } | { kind: 'saved'; saved: SavedReport };

/** A PDF to draw; a document of a file of several is drawn from its own pages (`pages`). */
function pdfSource(bytes: Uint8Array | undefined, pages?: { from: number; to: number }): PdfSource | undefined {
  return bytes ? { bytes, loadPdfjs, ...(pages ? { pages } : {}) } : undefined;
}

export function App() {
  const [lang, setLang] = useState<Lang>('zh');
  const t = STRINGS[lang];
  // The saved reports' list lives outside the App's state: History follows it alone.
  const savedList = useMemo(() => new SavedList(), []);
  const refreshSaved = savedList.refresh;
  const { checking, entries } = useChecking(refreshSaved);
  const review = useReviewMarks();
  const reviewed = useReviewed(review.marks);
  const [shown, setShown] = useState<Shown | undefined>();
  const addFiles = useCallback(
    (files: File[]) => {
      if (files.length === 0) return;
      // A past report on screen gives way to the files chosen now: choosing its file again showed
      // two cards (the saved report's and the new one's).
      setShown((now) => (now?.kind === 'saved' ? undefined : now));
      checking.add(files);
    },
    [checking],
  );
  const dragging = useFileDrop(addFiles);

  useEffect(refreshSaved, []);
  /** The sample budget, as a file the reader chose (it says what it is in its name). */
  const trySample = async () => {
    const response = await fetch(sampleUrl()).catch(() => undefined);
    if (!response?.ok) return;
    addFiles([new File([await response.blob()], SAMPLE_NAME[lang], { type: 'application/pdf' })]);
  };
  // Once there is something to read, the intake shrinks to a line: the verdict and the first findings
  // come up on the first screen (on a phone, they were a screen and a half down).
  const compact = entries.length > 0 || shown !== undefined;
  useEffect(() => {
    document.documentElement.lang = lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t.appTitle;
  }, [lang, t]);

  const done = entries.flatMap((e) => (e.state.status === 'done' ? [{ entry: e, report: e.state.report }] : []));
  // Until the reader picks one, the report shown is the first finished file's.
  const current = useMemo(():
    | { report: Report; pdf?: PdfSource | undefined; id?: string; checkedAt?: number | undefined }
    | undefined => {
    if (shown?.kind === 'saved')
      return {
        report: shown.saved.report,
        pdf: pdfSource(shown.saved.pdf, shown.saved.pages),
        checkedAt: shown.saved.checkedAt,
      };
    const pick = done.find((d) => shown?.kind === 'entry' && d.entry.id === shown.id) ?? done[0];
    return (
      pick && {
        report: pick.report,
        pdf: pdfSource(pick.entry.pdf, pick.entry.file?.pages),
        id: pick.entry.id,
        checkedAt: pick.entry.state.status === 'done' ? pick.entry.state.checkedAt : undefined,
      }
    );
  }, [shown, done]);
  const host = useMemo(() => exportHost(current?.checkedAt), [current?.checkedAt]);
  // Documents of one department read together: the dossier of the shown report's department.
  const dossiers = useDossiers(done.map((d) => reviewed(d.report)));
  const dossier =
    current && shown?.kind !== 'saved'
      ? dossiers.find((d) => d.documents.length > 1 && d.documents.some((x) => x.name === current.report.source.name))
      : undefined;
  const openByName = (name: string) => {
    const d = done.find((x) => x.report.source.name === name);
    if (d) setShown({ kind: 'entry', id: d.entry.id });
  };

  const openSaved = async (id: string) => {
    const saved = await loadSaved(id);
    if (!saved) return;
    // Reports saved by an older build may have another shape: say so rather than show a broken report.
    if (!Report.safeParse(saved.report).success) {
      window.alert(t.historyOutdated);
      return;
    }
    setShown({ kind: 'saved', saved });
  };

  return (
    <LangContext.Provider value={lang}>
      <div class="app">
        <header class="app-header screen-only">
          <h1>{t.appTitle}</h1>
          <button
            type="button"
            lang={lang === 'zh' ? 'en' : 'zh-CN'}
            title={t.languageLabel}
            onClick={() => setLang(lang === 'zh' ? 'en' : 'zh')}
          >
            {t.language}
          </button>
        </header>
        <main class="app-main">
          <section class={`intake screen-only${compact ? ' compact' : ''}`} aria-labelledby="intake-title">
            <h2 id="intake-title" class={compact ? 'visually-hidden' : 'intake-title'}>
              {t.appTagline}
            </h2>
            <div class="intake-actions">
              <label class="file-pick">
                <input
                  type="file"
                  data-pick="documents"
                  multiple
                  accept={ACCEPT}
                  class="visually-hidden"
                  onChange={(e) => {
                    const input = e.currentTarget;
                    addFiles([...(input.files ?? [])]);
                    input.value = '';
                  }}
                />
                <span class="file-pick-button">{t.pickFiles}</span>
              </label>
              <button type="button" class="sample-button" data-sample="" onClick={() => void trySample()}>
                {t.trySample}
              </button>
              {compact && <span class="intake-note">{t.dropMore}</span>}
            </div>
            {!compact && (
              <>
                <p class="intake-note">{t.sampleNote}</p>
                <p class="intake-note">{t.acceptedFormats}</p>
                <p class="intake-note">{t.privacyNote}</p>
              </>
            )}
          </section>
          {entries.length > 0 && (
            <section class="session screen-only" aria-label={t.queue}>
              <FileList
                entries={entries}
                selected={shown?.kind === 'saved' ? undefined : current?.id}
                onOpen={(id) => setShown({ kind: 'entry', id })}
                onCancel={(id) => checking.cancel(id)}
                onCancelAll={() => checking.cancelAll()}
                onRemove={(id) => checking.remove(id)}
                reviewed={reviewed}
              />
            </section>
          )}
          {done.length > 1 && (
            <div class="screen-only">
              <BatchList
                reports={done.map((d) => reviewed(d.report))}
                selected={current?.report.source.name}
                onOpen={openByName}
              />
            </div>
          )}
          {dossier && (
            <DossierView
              dossier={dossier}
              selected={current?.report.source.name}
              onOpen={openByName}
              reports={done.map((d) => reviewed(d.report))}
              pdfOf={(name) => {
                const entry = done.find((d) => d.report.source.name === name)?.entry;
                return pdfSource(entry?.pdf, entry?.file?.pages);
              }}
              host={host}
            />
          )}
          {current && (
            <OpenReport
              key={current.report.source.name}
              report={current.report}
              pdf={current.pdf}
              showSummary={shown?.kind === 'saved'}
              review={review}
              exportHost={host}
              dossier={dossier}
            />
          )}
          <div class="screen-only">
            <ReviewMarksPanel review={review} reports={done.map((d) => reviewed(d.report))} />
          </div>
          <div class="screen-only">
            <History
              list={savedList}
              onOpen={openSaved}
              onDelete={(id) => deleteSaved(id).then(refreshSaved)}
              onDeleteAll={() => {
                review.forget();
                deleteAllSaved().then(refreshSaved);
              }}
            />
          </div>
        </main>
        {dragging && (
          <div class="drop-overlay" aria-hidden="true">
            {t.dropHint}
          </div>
        )}
      </div>
    </LangContext.Provider>
  );
}
