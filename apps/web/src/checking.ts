/**
 * The files of a session and their progress. Files are read one after another by a small pool of
 * checking workers (one per spare core, at most two), then checked together by one more worker so
 * that documents of the same department meet last year's. Cancelling a file ends its worker.
 */
import type { BudgetDocument, Report } from '@hezhang/core';
import { proxy, type Remote, wrap } from 'comlink';
import type { CheckerApi, InputError, PdfResources, ReadOutcome, ReadProgress } from './worker/protocol.js';

export type EntryState =
  | { status: 'queued' }
  | { status: 'reading'; progress: ReadProgress }
  | { status: 'checking' }
  | { status: 'done'; report: Report }
  | { status: 'failed'; error: InputError }
  | { status: 'cancelled' };

export interface Entry {
  id: string;
  name: string;
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
  /** The entry being read and how to abandon it. */
  busy?: { id: string; cancel: () => void };
}

function startWorker(): Slot {
  const worker = new Worker(new URL('./worker/checker.worker.ts', import.meta.url), {
    type: 'module',
    name: 'hezhang-checker',
  });
  return { worker, api: wrap<CheckerApi>(worker) };
}

const CANCELLED: ReadOutcome = { ok: false, error: { code: 'aborted' } };

export function poolSize(): number {
  return Math.max(1, Math.min(2, (globalThis.navigator?.hardwareConcurrency ?? 2) - 1));
}

export class Checking {
  entries: Entry[] = [];
  private readonly documents = new Map<string, BudgetDocument>();
  private readonly waiting: Job[] = [];
  private readonly readers: (Slot | undefined)[] = Array.from({ length: poolSize() });
  private checker: Slot | undefined;
  private checks: Promise<void> = Promise.resolve();
  private readonly listeners = new Set<() => void>();
  private nextId = 0;

  constructor(
    private readonly resources: PdfResources,
    /** Called with each finished report (to keep it) and the PDF it came from. */
    private readonly onReport: (entry: Entry, report: Report) => void,
  ) {}

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
    this.readers.find((slot) => slot?.busy?.id === id)?.busy?.cancel();
  }

  remove(id: string): void {
    this.cancel(id);
    this.documents.delete(id);
    this.entries = this.entries.filter((e) => e.id !== id);
    this.changed();
  }

  private async drain(index: number): Promise<void> {
    if (this.readers[index]?.busy) return;
    const job = this.waiting.shift();
    if (!job) return;
    const slot = (this.readers[index] ??= startWorker());
    const outcome = await this.read(slot, job);
    slot.busy = undefined;
    if (outcome === CANCELLED) {
      slot.worker.terminate();
      this.readers[index] = undefined;
      this.update(job.entry.id, { state: { status: 'cancelled' } });
    } else if (this.entries.some((e) => e.id === job.entry.id)) {
      this.settle(job.entry.id, outcome);
    }
    void this.drain(index);
  }

  /** A file read (and not removed meanwhile): checked with the others, or failed. */
  private settle(id: string, outcome: ReadOutcome): void {
    if (!outcome.ok) {
      this.update(id, { state: { status: 'failed', error: outcome.error } });
      return;
    }
    this.documents.set(id, outcome.document);
    this.update(id, { state: { status: 'checking' } });
    this.checkAll();
  }

  private async read(slot: Slot, { entry, file }: Job): Promise<ReadOutcome> {
    const cancelled = new Promise<ReadOutcome>((resolve) => {
      slot.busy = { id: entry.id, cancel: () => resolve(CANCELLED) };
    });
    this.update(entry.id, { state: { status: 'reading', progress: { page: 0, pages: 0 } } });
    const bytes = new Uint8Array(await file.arrayBuffer());
    const onProgress = proxy((progress: ReadProgress) => {
      if (this.entries.find((e) => e.id === entry.id)?.state.status === 'reading')
        this.update(entry.id, { state: { status: 'reading', progress } });
    });
    const reading = slot.api.read(file.name, bytes, this.resources, onProgress).catch(
      (error: unknown): ReadOutcome => ({
        ok: false,
        error: { code: 'failed', detail: error instanceof Error ? error.message : String(error) },
      }),
    );
    const outcome = await Promise.race([reading, cancelled]);
    if (outcome.ok && outcome.document.source.kind === 'pdf') this.update(entry.id, { pdf: bytes });
    return outcome;
  }

  /** Checks every document read so far together (one check at a time, the latest set each time). */
  private checkAll(): void {
    this.checks = this.checks.then(async () => {
      const ids = [...this.documents.keys()];
      const documents = [...this.documents.values()];
      if (ids.length === 0) return;
      this.checker ??= startWorker();
      let reports: Report[];
      try {
        reports = await this.checker.api.check(documents);
      } catch (error) {
        const detail = error instanceof Error ? error.message : String(error);
        for (const id of ids) this.update(id, { state: { status: 'failed', error: { code: 'failed', detail } } });
        return;
      }
      ids.forEach((id, i) => {
        const report = reports[i];
        const entry = this.entries.find((e) => e.id === id);
        if (!report || !entry) return;
        const unchanged =
          entry.state.status === 'done' && JSON.stringify(entry.state.report) === JSON.stringify(report);
        if (unchanged) return;
        this.update(id, { state: { status: 'done', report } });
        this.onReport({ ...entry, state: { status: 'done', report } }, report);
      });
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
