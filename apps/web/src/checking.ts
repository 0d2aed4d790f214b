/**
 * The files of a session and their progress. Files are read one after another by a small pool of
 * checking workers (one per spare core, at most two), then checked together by one more worker so
 * that documents of the same department meet last year's. A reader that may not be fit to read the
 * next file — cancelled, timed out, stopped by a bound of @hezhang/pdf's limits (its pdf.js worker may
 * be stuck in a loop), or dead (out of memory) — is ended and replaced: the next file is read by a
 * new one as if nothing had happened, and the file's card says what happened.
 *
 * The page's main thread carries no document and no report in one piece: each reader sends its
 * documents to the checker through a channel of their own, and a report comes back as a head and
 * slices of bulk (worker/report-pieces.ts), each decoded in a task of its own.
 */
import type { Report } from '@hezhang/core';
import { READ_LIMITS, type ReadLimits } from '@hezhang/pdf/limits';
import { proxy, type Remote, transfer, wrap } from 'comlink';
import { savedId } from './history.js';
import {
  type CheckedReport,
  type CheckerApi,
  documentId,
  type InputError,
  type PdfResources,
  type ReadOutcome,
  type ReadProgress,
} from './worker/protocol.js';
import { joinReport, type PieceMessage, type ReportPiece } from './worker/report-pieces.js';

export type EntryState =
  | { status: 'queued' }
  | { status: 'reading'; progress: ReadProgress }
  | { status: 'checking' }
  | { status: 'done'; report: Report; checkedAt: number }
  | { status: 'failed'; error: InputError }
  | { status: 'cancelled' };

/** A file still in progress: waiting for its turn, being read, or being checked. */
export function inProgress(state: EntryState): boolean {
  return state.status === 'queued' || state.status === 'reading' || state.status === 'checking';
}

export interface Entry {
  id: string;
  /** The file's name; a document of a file of several: the document's, with its pages ("file.pdf（第15–33页）"). */
  name: string;
  /**
   * A document of a file that holds several (a department's budget with its unit's after it): the file
   * it came from and its place there. Such a file's entry gives way, once read, to one entry per document.
   */
  file?: { id: string; name: string; index: number; count: number; pages?: { from: number; to: number } };
  size: number;
  /** The PDF's bytes, kept to draw its pages; absent for text files. */
  pdf?: Uint8Array;
  state: EntryState;
}

interface Job {
  entry: Entry;
  file: File;
}

/** A worker and its comlink proxy; cancelling a read ends the worker, so each slot can be renewed. */
interface Slot {
  worker: Worker;
  api: Remote<CheckerApi>;
  /** The entry being read and how to abandon it (with the outcome to report). */
  busy?: { id: string; abandon: (outcome: ReadOutcome) => void };
}

/**
 * A read that reports no page for stallMs and this margin is stuck beyond what the reader's own
 * watchdog catches (pdf.js' pages are watched by @hezhang/pdf for stallMs; core's reading of what
 * pdf.js gave, and of text, has no clock: ~5 s at most for a 2 MB text): its worker is ended and the
 * file fails.
 */
const STALL_MARGIN_MS = 25_000;
/**
 * Page progress reaches the page at most this often: pdf.js reads up to 50 pages a second, and each
 * update renders the file list (and whatever report is open) again.
 */
const PROGRESS_INTERVAL_MS = 200;

/** A checking worker: a reader (`hezhang-reader`) or the one that checks documents together (`hezhang-checker`). */
function startWorker(name: 'hezhang-reader' | 'hezhang-checker'): Slot {
  const worker = new Worker(new URL('./worker/checker.worker.ts', import.meta.url), { type: 'module', name });
  const slot: Slot = { worker, api: wrap<CheckerApi>(worker) };
  // A worker that fails to load or dies answers nothing: its read fails instead of waiting forever.
  worker.addEventListener('error', (event) => {
    slot.busy?.abandon({
      ok: false,
      error: { code: 'failed', detail: event.message || 'the checking worker stopped', reason: DIED },
    });
  });
  return slot;
}

const DIED = {
  zh: '读取程序意外停止（可能是内存不足）；下一个文件由新的读取程序读取',
  en: 'the reader stopped (out of memory?); the next file is read by a new one',
};
const CANCELLED: ReadOutcome = { ok: false, error: { code: 'aborted' } };
function stalled(ms: number): ReadOutcome {
  return {
    ok: false,
    error: {
      code: 'timeout',
      reason: {
        zh: `读取超时：${Math.round(ms / 1000)} 秒无进展，已停止；下一个文件由新的读取程序读取`,
        en: `reading timed out: no progress for ${Math.round(ms / 1000)} s, stopped; the next file is read by a new reader`,
      },
    },
  };
}

/**
 * Outcomes after which a reader is replaced: its pdf.js worker may still be busy with the file (a
 * timeout, a bound broken on a page), or it may be dead. Before, a reader whose pdf.js worker had
 * timed out read every later file as "damaged" until the page was reloaded.
 */
const REPLACE_AFTER = new Set<string>(['aborted', 'timeout', 'too_complex', 'failed']);

export function poolSize(): number {
  return Math.max(1, Math.min(2, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));
}

export class Checking {
  entries: Entry[] = [];
  /** Files read and handed to the checking worker, which keeps their documents. */
  private readonly handed = new Set<string>();
  private readonly waiting: Job[] = [];
  private readonly readers: (Slot | undefined)[] = Array.from({ length: poolSize() });
  private checkerSlot: Slot | undefined;
  /** Report pieces arrived from the checker, by ticket, and who waits for more of them. */
  private readonly pieces = new Map<string, ReportPiece[]>();
  private readonly pieceWaiters = new Map<string, () => void>();
  private checks: Promise<void> = Promise.resolve();
  /** A check is queued and not started yet: it will take every document read by then. */
  private checkQueued = false;
  private readonly listeners = new Set<() => void>();
  private nextId = 0;

  /** A read that reports no page for this long is stuck (see STALL_MARGIN_MS). */
  private readonly stallMs: number;

  constructor(
    private readonly resources: PdfResources,
    /** Called with each finished report and the PDF it came from (the checking worker saves the report itself). */
    private readonly onReport: (entry: Entry, report: Report) => void,
    /** Called once the reports of a check are saved in the history. */
    private readonly onSaved: () => void,
    /** Bounds on each read, over @hezhang/pdf's READ_LIMITS (use-checking.ts: a maintainer's setting). */
    private readonly limits?: Partial<ReadLimits>,
  ) {
    this.stallMs = (limits?.stallMs ?? READ_LIMITS.stallMs) + STALL_MARGIN_MS;
  }

  /**
   * Starts the first reading worker (pdf.js' worker inside it) and the checking worker ahead of the
   * first file, each running its code once on the sample budget: called while the page is idle, it
   * takes the workers' start and their first, slowest run out of the time from choosing a file to its
   * verdict. A file chosen meanwhile goes first: the reader drops the sample, and the checker is not
   * warmed once real documents reach it. Resolves when both are ready (or were overtaken).
   */
  async warm(sample: string): Promise<void> {
    if (this.entries.length > 0) return;
    const reader = (this.readers[0] ??= this.startReader());
    const sent = await reader.api.warmReader(this.resources, sample).catch(() => false);
    if (sent && this.handed.size === 0) await this.checker.api.warmChecker().catch(() => undefined);
  }

  /** The checking worker, started with its port for report pieces on first use. */
  private get checker(): Slot {
    if (this.checkerSlot) return this.checkerSlot;
    const slot = startWorker('hezhang-checker');
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = (event: MessageEvent<PieceMessage>) => this.receive(event.data);
    void slot.api.connectChecker(transfer(port2, [port2]), 'page');
    this.checkerSlot = slot;
    return slot;
  }

  /** A reader, with a channel of its own to the checker. */
  private startReader(): Slot {
    const slot = startWorker('hezhang-reader');
    const { port1, port2 } = new MessageChannel();
    void this.checker.api.connectChecker(transfer(port2, [port2]), 'reader');
    void slot.api.connectReader(transfer(port1, [port1]));
    return slot;
  }

  private receive({ ticket, index, piece }: PieceMessage): void {
    const got = this.pieces.get(ticket) ?? [];
    got[index] = piece;
    this.pieces.set(ticket, got);
    this.pieceWaiters.get(ticket)?.();
  }

  /** A checked report whole again, once all its pieces are in. */
  private async collect({ ticket, head, pieces }: CheckedReport): Promise<Report> {
    const count = () => (this.pieces.get(ticket) ?? []).filter(Boolean).length;
    while (count() < pieces)
      await new Promise<void>((resolve) => {
        this.pieceWaiters.set(ticket, resolve);
      });
    this.pieceWaiters.delete(ticket);
    const got = this.pieces.get(ticket) ?? [];
    this.pieces.delete(ticket);
    return joinReport(head, got);
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  add(files: readonly File[]): void {
    for (const file of files) {
      const entry: Entry = { id: `f${this.nextId++}`, name: file.name, size: file.size, state: { status: 'queued' } };
      this.entries = [...this.entries, entry];
      this.waiting.push({ entry, file });
    }
    this.changed();
    for (let i = 0; i < this.readers.length; i++) void this.drain(i);
  }

  cancel(id: string): void {
    const queued = this.waiting.findIndex((j) => j.entry.id === id);
    if (queued >= 0) {
      this.waiting.splice(queued, 1);
      this.update(id, { state: { status: 'cancelled' } });
      return;
    }
    this.readers.find((slot) => slot?.busy?.id === id)?.busy?.abandon(CANCELLED);
  }

  /** Cancels every file still waiting or being read; finished ones keep their reports. */
  cancelAll(): void {
    const waiting = this.waiting.splice(0);
    for (const job of waiting) this.update(job.entry.id, { state: { status: 'cancelled' } });
    for (const slot of this.readers) slot?.busy?.abandon(CANCELLED);
  }

  remove(id: string): void {
    this.cancel(id);
    if (this.handed.delete(id)) void this.checkerSlot?.api.remove(id);
    this.entries = this.entries.filter((e) => e.id !== id);
    this.changed();
  }

  private async drain(index: number): Promise<void> {
    if (this.readers[index]?.busy) return;
    const job = this.waiting.shift();
    if (!job) return;
    const slot = (this.readers[index] ??= this.startReader());
    const outcome = await this.read(slot, job);
    slot.busy = undefined;
    if (!outcome.ok && REPLACE_AFTER.has(outcome.error.code)) {
      // Ending the worker ends the pdf.js worker nested in it: the next file gets a new pair.
      slot.worker.terminate();
      this.readers[index] = undefined;
    }
    if (outcome === CANCELLED) {
      this.update(job.entry.id, { state: { status: 'cancelled' } });
      // Its document may have reached the checker before the cancel did.
      void this.checkerSlot?.api.remove(job.entry.id);
    } else if (this.entries.some((e) => e.id === job.entry.id)) this.settle(job.entry.id, outcome);
    void this.drain(index);
  }

  /**
   * A file read (and not removed meanwhile): checked with the others, or failed. A file of several
   * documents gives way, in its place in the list, to one entry per document (the file's PDF shared),
   * each checked as a file of its own is; a document that could not be taken fails alone.
   */
  private settle(id: string, outcome: ReadOutcome): void {
    if (!outcome.ok) {
      this.update(id, { state: { status: 'failed', error: outcome.error } });
      return;
    }
    const entry = this.entries.find((e) => e.id === id);
    if (!entry) return;
    const count = outcome.documents.length;
    const parts: Entry[] = outcome.documents.map((document, index) => ({
      ...entry,
      id: documentId(id, index, count),
      name: count === 1 ? entry.name : document.name,
      ...(count === 1
        ? {}
        : { file: { id, name: entry.name, index, count, ...(document.pages ? { pages: document.pages } : {}) } }),
      state: document.error ? { status: 'failed', error: document.error } : { status: 'checking' },
    }));
    this.entries = this.entries.flatMap((e) => (e.id === id ? parts : [e]));
    for (const part of parts) {
      if (part.state.status !== 'checking') continue;
      this.handed.add(part.id);
      // Sent before the check that follows it (one port, messages in order); the check waits for the document.
      void this.checker.api.add(part.id, savedId(part.name, part.size), part.file?.pages);
    }
    this.changed();
    this.checkAll();
  }

  private async read(slot: Slot, { entry, file }: Job): Promise<ReadOutcome> {
    let stall: ReturnType<typeof setTimeout> | undefined;
    const abandoned = new Promise<ReadOutcome>((resolve) => {
      slot.busy = { id: entry.id, abandon: resolve };
    });
    const watch = () => {
      clearTimeout(stall);
      stall = setTimeout(() => slot.busy?.abandon(stalled(this.stallMs)), this.stallMs);
    };
    watch();
    this.update(entry.id, { state: { status: 'reading', progress: { page: 0, pages: 0 } } });
    let latest: ReadProgress | undefined;
    let shown: ReturnType<typeof setTimeout> | undefined;
    const show = () => {
      shown = undefined;
      if (latest && this.entries.find((e) => e.id === entry.id)?.state.status === 'reading')
        this.update(entry.id, { state: { status: 'reading', progress: latest } });
    };
    const onProgress = proxy((progress: ReadProgress) => {
      watch();
      latest = progress;
      shown ??= setTimeout(show, PROGRESS_INTERVAL_MS);
    });
    let bytes: Uint8Array | undefined;
    const reading = file
      .arrayBuffer()
      .then((buffer): Promise<ReadOutcome> => {
        bytes = new Uint8Array(buffer);
        return slot.api.read(entry.id, file.name, bytes, this.resources, onProgress, this.limits);
      })
      .catch(
        (error: unknown): ReadOutcome => ({
          ok: false,
          error: { code: 'failed', detail: error instanceof Error ? error.message : String(error) },
        }),
      );
    const outcome = await Promise.race([reading, abandoned]);
    clearTimeout(stall);
    clearTimeout(shown);
    if (outcome.ok && outcome.kind === 'pdf' && bytes) this.update(entry.id, { pdf: bytes });
    return outcome;
  }

  /**
   * Checks every document read so far together: one check at a time, the latest set each time, and
   * files finishing while a check runs share the next one (50 files dropped at once make a handful
   * of checks, not fifty).
   */
  private checkAll(): void {
    if (this.checkQueued) return;
    this.checkQueued = true;
    this.checks = this.checks.then(async () => {
      this.checkQueued = false;
      if (this.handed.size === 0) return;
      const checker = this.checker;
      let reports: { id: string; report: Report; checkedAt: number }[];
      try {
        const checked = await checker.api.check();
        reports = [];
        for (const c of checked) reports.push({ id: c.id, report: await this.collect(c), checkedAt: c.checkedAt });
        // The last piece was decoded in this task: the reports render in a task of their own.
        if (checked.length > 0) await new Promise((resolve) => setTimeout(resolve, 0));
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        for (const id of this.handed)
          if (this.entries.find((e) => e.id === id)?.state.status === 'checking')
            this.update(id, { state: { status: 'failed', error: { code: 'failed', detail } } });
        return;
      }
      for (const { id, report, checkedAt } of reports) {
        const entry = this.entries.find((e) => e.id === id);
        if (!entry) continue;
        const state: EntryState = { status: 'done', report, checkedAt };
        this.update(id, { state });
        this.onReport({ ...entry, state }, report);
      }
      if (reports.length > 0) void checker.api.saved().then(this.onSaved, () => undefined);
    });
  }

  private update(id: string, change: Partial<Entry>): void {
    this.entries = this.entries.map((e) => (e.id === id ? { ...e, ...change } : e));
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}
