import type { ReadLimits } from './limits.js';
import type { ExtractSettingsInput } from './settings.js';

/** How to load pdf.js' resources and the document. */
export interface PdfOptions {
  /**
   * Where pdf.js finds its CMaps (`pdfjs-dist/cmaps/`): a URL in a browser, a filesystem path in Node,
   * ending in `/`. Without it Chinese text in non-embedded fonts (STSong-Light, GBK-EUC-H) disappears.
   * The Node entry fills it in.
   */
  cMapUrl?: string;
  /** Where pdf.js finds its standard fonts (`pdfjs-dist/standard_fonts/`), ending in `/`. */
  standardFontDataUrl?: string;
  /** Fetch CMaps and fonts from inside pdf.js' worker (true inside a Web Worker or an offscreen document). */
  useWorkerFetch?: boolean;
  /**
   * A pdf.js worker to parse this document in (browser): a `Worker` running pdf.worker.mjs. Without
   * it pdf.js uses `GlobalWorkerOptions.workerPort` / `workerSrc`. The caller owns it: reads at once
   * may share one port (each document is its own in pdf.js' worker), a read never ends it, and a read
   * aborted through `signal` does not wait for the worker's answer (its owner may be ending it).
   */
  workerPort?: Worker;
  /**
   * The pdf.js worker (`workerPort`, or `GlobalWorkerOptions`' port) is `@hezhang/pdf/pdfjs-worker`'s:
   * each page is read inside it (thread-reading.ts) and only the read page is posted back, not its
   * operator list. Never set it for another worker (pdf.js' own answers no such request).
   */
  workerReadsPages?: boolean;
  /** Password of an encrypted PDF. */
  password?: string;
  /** Give up after this many milliseconds (default 60 000; 0 for no limit). */
  timeoutMs?: number;
  /** Cancels reading; the promise rejects with InputError code 'aborted'. */
  signal?: AbortSignal;
  /**
   * Called when the read ended as stuck (`timeoutMs` or the per-page watchdog, `limits.stallMs`),
   * before the promise rejects: pdf.js' worker may be in a loop and answer nothing more; whoever owns
   * `workerPort` should end it (and the other reads on it).
   */
  onStuck?: () => void;
  /** Bounds on what one file may cost (limits.ts' READ_LIMITS, overridden per field). */
  limits?: Partial<ReadLimits>;
  /** Overrides of the page reader's tolerances (`EXTRACT_SETTINGS`), group by group. */
  settings?: ExtractSettingsInput;
}

export interface ReadOptions extends PdfOptions {
  /** File name or URL shown in reports. */
  name?: string;
  /** Called after each page is read. */
  onProgress?: (progress: { page: number; pages: number }) => void;
}
