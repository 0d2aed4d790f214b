import { PAGE_LIMITS } from '../shared/limits';
import { sendMessage, type TogetherResult } from '../shared/messages';
import type { PdfLinks } from './pdf-links';

/** How long the page's checks must have been quiet before its PDFs are read together. */
const SETTLE_MS = 300;

/**
 * The page's checked PDFs read together (a listing page links a department's budgets, its units' and
 * its final accounts, year after year): once no check is running, the background pairs them with
 * core's pairing and checks each with the others (together-service.ts); the badges then show each
 * document's verdict with the findings between documents, and `onResult` hands the result to the
 * panel. Asked again only when the set of checked PDFs changed.
 */
export class PageTogether {
  private timer: ReturnType<typeof setTimeout> | undefined;
  private asked = '';
  /** The group last read together (its reports and dossiers open by it). */
  id: string | undefined;

  constructor(
    private readonly links: () => PdfLinks,
    /** The result, or undefined when the page no longer has PDFs read together. */
    private readonly onResult: (result: TogetherResult | undefined) => void,
  ) {}

  /** A check ended: read together once the page's checks are quiet. */
  settled(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = undefined;
      if (!this.links().busy) void this.read();
    }, SETTLE_MS);
  }

  private async read(): Promise<void> {
    const checked = this.links()
      .checked()
      .sort((a, b) => a.url.localeCompare(b.url))
      .slice(0, PAGE_LIMITS.maxPdfBadges);
    const urls = checked.map((c) => c.url);
    // Asked again when a link was added, or one was checked again and its bytes had changed.
    const key = checked.map((c) => `${c.url} ${c.hash}`).join('\n');
    if (key === this.asked) return;
    this.asked = key;
    // Fewer than two documents checked now (a check again failed): what was read together no longer
    // holds. One PDF of several documents is enough: its documents are read with each other.
    if (checked.reduce((n, c) => n + c.documents, 0) < 2) return this.show(undefined);
    try {
      // null: the background has nothing to read together (two links to the same bytes, reports gone).
      this.show((await sendMessage('pdf:together', { urls })) ?? undefined);
    } catch (error) {
      // The badges keep each PDF's own verdict; the next settled check asks again.
      this.asked = '';
      console.warn('[hezhang] reading the page PDFs together failed:', error);
    }
  }

  private show(result: TogetherResult | undefined): void {
    if (!result && this.id === undefined) return;
    this.id = result?.id;
    this.links().showTogether(result?.id ?? '', result?.documents ?? []);
    this.onResult(result);
  }

  stop(): void {
    clearTimeout(this.timer);
  }
}
