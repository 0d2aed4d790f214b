/**
 * The volunteer's review marks, kept in this browser's IndexedDB (never sent anywhere) by key: the
 * file's SHA-256, the rule and the places a finding points at. Checking the same file again, today
 * or after a reload, finds its marks; they are deleted with "delete all" of the history.
 *
 * No mark is lost (issue 20):
 * - each mark is first written synchronously to a journal in localStorage, then to IndexedDB, and
 *   taken out of the journal once IndexedDB has it: a reload (or a crash) in the middle of a write
 *   finds it in the journal and writes it again;
 * - a write IndexedDB refuses (the disk is full: QuotaExceededError) leaves the mark in this page's
 *   memory, counted as unsaved: the page says so and offers the marks as a file to download (the
 *   CLI's marks file, which this page imports again);
 * - two tabs marking the same file tell each other (BroadcastChannel) and each write merges with what
 *   IndexedDB holds (newerMark: the later mark of a finding stands), so neither overwrites the other.
 */
import { newerMark, type ReviewMark } from '@hezhang/core';
import type { ReviewStore } from '@hezhang/ui';
import { clear, createStore, entries, update } from 'idb-keyval';
import { useEffect, useMemo, useState } from 'preact/hooks';

const marksStore = createStore('hezhang-review', 'marks');
const JOURNAL = 'hezhang-review-journal:';
const CHANNEL = 'hezhang-review';

/** Why marks are unsaved: the browser's storage is full, or another failure (its words). */
export interface SaveProblem {
  kind: 'quota' | 'failed';
  detail: string;
}

type Broadcast = { kind: 'mark'; mark: ReviewMark } | { kind: 'forget' };

/** The marks of this page: in memory at once, in IndexedDB behind, in the journal in between. */
export class MarkStore {
  marks: ReadonlyMap<string, ReviewMark> = new Map();
  /** Marks IndexedDB does not hold yet (a write in flight, or one it refused). */
  readonly unsaved = new Map<string, ReviewMark>();
  problem: SaveProblem | undefined;
  private readonly listeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | undefined;

  constructor() {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(CHANNEL) : undefined;
    this.channel?.addEventListener('message', ({ data }: MessageEvent<Broadcast>) => {
      if (data.kind === 'forget') this.replace(new Map());
      else this.merge([data.mark]);
    });
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Loads the stored marks, and writes again what the journal holds (writes a reload interrupted). */
  async load(): Promise<void> {
    const journal = readJournal();
    let stored: [string, ReviewMark][] = [];
    try {
      stored = await entries<string, ReviewMark>(marksStore);
    } catch (error) {
      this.fail(error);
    }
    this.merge([...stored.map(([, m]) => m), ...journal]);
    for (const mark of journal) void this.write(this.marks.get(mark.key) ?? mark);
  }

  /** Sets a mark now: shown at once, journalled, written behind, told to the other tabs. */
  set(mark: ReviewMark): void {
    this.replace(new Map(this.marks).set(mark.key, mark));
    journal(mark);
    this.channel?.postMessage({ kind: 'mark', mark } satisfies Broadcast);
    void this.write(mark);
  }

  /** Marks from a file (the CLI's marks file, or the page's JSON export): each stands if it is newer. */
  importMarks(marks: readonly ReviewMark[]): number {
    let taken = 0;
    for (const mark of marks) {
      const now = this.marks.get(mark.key);
      const kept = { key: mark.key, status: mark.status, note: mark.note, ...(mark.at ? { at: mark.at } : {}) };
      if (newerMark(now, kept) === kept && kept.at) {
        this.set(kept);
        taken++;
      }
    }
    return taken;
  }

  /** Writes every unsaved mark again (after the user made room). */
  retry(): void {
    for (const mark of [...this.unsaved.values()]) void this.write(mark);
  }

  forget(): void {
    this.replace(new Map());
    this.unsaved.clear();
    this.problem = undefined;
    for (const key of journalKeys()) localStorage.removeItem(key);
    this.channel?.postMessage({ kind: 'forget' } satisfies Broadcast);
    clear(marksStore).catch((error: unknown) => this.fail(error));
    this.changed();
  }

  /** Marks arriving from elsewhere (another tab, the store): each stands if it is newer. */
  private merge(incoming: readonly ReviewMark[]): void {
    const next = new Map(this.marks);
    let changed = false;
    for (const mark of incoming) {
      const now = next.get(mark.key);
      const winner = newerMark(now, mark);
      if (winner !== now) {
        next.set(mark.key, winner);
        changed = true;
      }
    }
    if (changed) this.replace(next);
  }

  private async write(mark: ReviewMark): Promise<void> {
    this.unsaved.set(mark.key, mark);
    this.changed();
    try {
      // Read and written in one transaction: a newer mark another tab wrote meanwhile stands.
      await update<ReviewMark>(mark.key, (stored) => newerMark(stored, mark), marksStore);
      if (this.unsaved.get(mark.key) === mark) this.unsaved.delete(mark.key);
      unjournal(mark);
      if (this.unsaved.size === 0) this.problem = undefined;
    } catch (error) {
      this.fail(error);
    }
    this.changed();
  }

  private fail(error: unknown): void {
    const name = (error as { name?: string } | null)?.name;
    const detail = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    this.problem = { kind: name === 'QuotaExceededError' ? 'quota' : 'failed', detail };
    this.changed();
  }

  private replace(marks: ReadonlyMap<string, ReviewMark>): void {
    this.marks = marks;
    this.changed();
  }

  private changed(): void {
    for (const listener of this.listeners) listener();
  }
}

/** Journalled synchronously, one key per mark (two tabs never rewrite each other's entries). */
function journal(mark: ReviewMark): void {
  try {
    localStorage.setItem(`${JOURNAL}${mark.key}`, JSON.stringify(mark));
  } catch {
    // localStorage full or unavailable: the mark is in memory and on its way to IndexedDB.
  }
}

function unjournal(mark: ReviewMark): void {
  try {
    const raw = localStorage.getItem(`${JOURNAL}${mark.key}`);
    // A newer mark of the same finding journalled meanwhile stays.
    if (raw && (JSON.parse(raw) as ReviewMark).at === mark.at) localStorage.removeItem(`${JOURNAL}${mark.key}`);
  } catch {}
}

function journalKeys(): string[] {
  try {
    return Object.keys(localStorage).filter((k) => k.startsWith(JOURNAL));
  } catch {
    return [];
  }
}

function readJournal(): ReviewMark[] {
  const out: ReviewMark[] = [];
  for (const key of journalKeys()) {
    try {
      const mark = JSON.parse(localStorage.getItem(key) ?? 'null') as ReviewMark | null;
      if (mark && typeof mark.key === 'string' && typeof mark.status === 'string') out.push(mark);
    } catch {}
  }
  return out;
}

export interface ReviewMarks extends ReviewStore {
  forget: () => void;
  store: MarkStore;
  /** Marks this page holds that IndexedDB does not (yet). */
  unsaved: number;
  problem: SaveProblem | undefined;
}

/** The marks as a ReviewStore for the report components, with what the page needs to say about saving. */
export function useReviewMarks(): ReviewMarks {
  const store = useMemo(() => new MarkStore(), []);
  const [, setVersion] = useState(0);
  useEffect(() => {
    const unsubscribe = store.subscribe(() => setVersion((v) => v + 1));
    void store.load();
    return unsubscribe;
  }, [store]);
  const { marks, problem } = store;
  const unsaved = store.unsaved.size;
  return useMemo(
    () => ({
      marks,
      setMark: (mark: ReviewMark) => store.set(mark),
      forget: () => store.forget(),
      store,
      unsaved,
      problem,
    }),
    [marks, problem, unsaved, store],
  );
}
