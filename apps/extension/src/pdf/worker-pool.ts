/**
 * How many pdf.js workers the reads at once share. One: the reads of a listing page (two at once,
 * background.ts) each open their document in the same worker (pdf.js gives each its own docId), so
 * pdf.js' worker code is compiled and optimised by V8 once rather than once per worker — on a fresh
 * profile the optimising compilers of three isolates (this document and two workers) cost as much
 * CPU as the reading itself (/work/notes/ext-speed.md, ext-shared.md).
 */
export const SHARED_WORKERS = 1;

/** A Worker of the DOM, or a stand-in (unit tests). */
export interface PortLike {
  terminate(): void;
}

/** The reason a read's signal is aborted with when its worker is ended under it. */
export class WorkerEnded extends Error {
  override readonly name = 'WorkerEnded';
}

/** One read's hold on a pdf.js worker. */
export interface PdfWorkerLease<P extends PortLike = Worker> {
  port: P;
  /** Aborted (reason WorkerEnded) when the worker is ended under the read: pass it to the read. */
  signal: AbortSignal;
  /** Another read was on the same worker at some point of this one. */
  readonly hadCompany: boolean;
  /** The worker was ended under this read (another read on it got stuck): its outcome says nothing of its PDF. */
  readonly ended: boolean;
  /**
   * The read is over. `stuck`: it timed out (timeoutMs or the per-page watchdog): the worker may be
   * in a loop. Any other outcome, failures included, leaves the worker to the other reads.
   */
  release(stuck: boolean): void;
}

interface Entry<P extends PortLike> {
  port: P;
  leases: Set<Lease<P>>;
  /** Takes no new reads: one of its reads got stuck, or it is a worker of one read's own. */
  closed: boolean;
}

interface Lease<P extends PortLike> extends PdfWorkerLease<P> {
  hadCompany: boolean;
  ended: boolean;
  controller: AbortController;
}

/**
 * pdf.js workers for the reads of PDFs. Reads share SHARED_WORKERS workers (the least busy one);
 * `alone` gives a read a worker of its own (a retry, see read-pdf.ts), ended after it. A worker is
 * ended only when a read on it got stuck (a timeout: a loop may hold it, and it answers nothing more
 * while it loops): from then on it takes no new read, every other read on it is aborted at once with
 * a WorkerEnded reason (their PDFs are not at fault: read-pdf.ts reads them again, each alone), and it
 * is terminated once they have all let go of it (an aborted read on a port does not wait for the
 * worker's answer). Any other failure (a damaged file, a bound broken, an abort) was answered by the
 * worker (pdf.js' destroy of that document) and leaves it to the others.
 */
export class PdfWorkerPool<P extends PortLike = Worker> {
  readonly #entries: Entry<P>[] = [];

  constructor(
    private readonly start: () => P,
    private readonly size = SHARED_WORKERS,
  ) {}

  /** Starts the shared workers before the first read: their code is fetched and compiled while the PDF is fetched. */
  warm(): void {
    while (this.#shared().length < this.size) this.#add(false);
  }

  /** Workers alive (tests). */
  get workers(): number {
    return this.#entries.length;
  }

  lease(options: { alone?: boolean } = {}): PdfWorkerLease<P> {
    let entry: Entry<P> | undefined;
    if (options.alone) entry = this.#add(true);
    else {
      const shared = this.#shared();
      if (shared.length < this.size) entry = this.#add(false);
      else entry = shared.reduce((a, b) => (b.leases.size < a.leases.size ? b : a));
    }
    const controller = new AbortController();
    const company = entry.leases.size > 0;
    const lease: Lease<P> = {
      port: entry.port,
      signal: controller.signal,
      controller,
      hadCompany: company,
      ended: false,
      release: (stuck) => this.#release(entry, lease, stuck),
    };
    for (const other of entry.leases) other.hadCompany = true;
    entry.leases.add(lease);
    return lease;
  }

  #shared(): Entry<P>[] {
    return this.#entries.filter((e) => !e.closed);
  }

  #add(alone: boolean): Entry<P> {
    const entry: Entry<P> = { port: this.start(), leases: new Set(), closed: alone };
    this.#entries.push(entry);
    return entry;
  }

  #release(entry: Entry<P>, lease: Lease<P>, stuck: boolean): void {
    if (!entry.leases.delete(lease)) return; // released twice
    if (stuck) {
      entry.closed = true;
      for (const other of entry.leases) {
        if (other.ended) continue;
        other.ended = true;
        other.controller.abort(new WorkerEnded('the pdf.js worker was ended: another PDF read on it got stuck'));
      }
    }
    if (entry.closed && entry.leases.size === 0) {
      entry.port.terminate();
      this.#entries.splice(this.#entries.indexOf(entry), 1);
    }
  }
}
