import { strings } from '../shared/i18n';
import { PAGE_LIMITS } from '../shared/limits';
import { type PdfFailure, type PdfOutcome, sendMessage, type TogetherDocument } from '../shared/messages';
import type { Language } from '../shared/settings';
import type { Status } from '../shared/status';
import { attachShadow, createHost, rootOf } from './shadow';

/** Links that name a PDF: by the path's extension, the declared type, or a file name in the link text. */
export function isPdfLink(a: HTMLAnchorElement): boolean {
  if (a.protocol !== 'http:' && a.protocol !== 'https:') return false;
  if (/\.pdf$/i.test(a.pathname) || /\.pdf(?:$|&)/i.test(a.search)) return true;
  if (/^application\/(?:x-)?pdf\b/i.test(a.type)) return true;
  return /\.pdf\s*$/i.test(a.download || a.textContent || '');
}

/** A link's badge before and while it is checked; `data-status` is set only once a verdict is in. */
type LinkState = 'idle' | 'queued' | 'checking' | Status | 'failed' | 'refused';

interface LinkBadge {
  host: HTMLElement;
  badge: HTMLElement;
  tip: HTMLElement;
}

/** A badged PDF link that could not be checked, and why (in the reader's language): the panel names it. */
export interface UnreadPdf {
  url: string;
  /** The link's file name (else its text). */
  name: string;
  reason: string;
}

/** What the page says of its PDF links (the popup's line): checked, could not be, read together. */
export interface PdfCounts {
  checked: number;
  unread: number;
}

const { maxPdfBadges: MAX_PDF_BADGES, linkSlice: SLICE } = PAGE_LIMITS;

/** Resolves when the browser is idle (or after `within` ms at the latest): work in slices, between the page's tasks. */
export function idle(within = 200): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => resolve(), { timeout: within });
    else setTimeout(resolve, 0);
  });
}

/**
 * Badges next to PDF links, one check per URL however many links point to it. Checking happens in the
 * background (queued, cached); the badge shows the verdict and opens the full report when clicked.
 * Links are badged in idle slices, at most MAX_PDF_BADGES of them, then a note with how many more.
 */
export class PdfLinks {
  private readonly badges = new Map<string, LinkBadge[]>();
  private readonly outcomes = new Map<string, PdfOutcome>();
  private readonly pending = new Set<string>();
  /** URL → why its check ended with no answer (the background failed or replied nothing). */
  private readonly broken = new Map<string, string>();
  /** URL → the document as read with the page's other PDFs (together.ts), and its group. */
  private readonly together = new Map<string, { id: string; document: TogetherDocument }>();
  private placed = 0;
  private more: HTMLElement | undefined;

  /** `onSettled` hears each check that ends (the page's PDFs are then read together: together.ts). */
  constructor(
    private readonly language: Language,
    private readonly onSettled?: () => void,
  ) {}

  /** Whether a check is still running. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** The badged links whose PDF was checked and has a report, with the hash of the bytes it was read from. */
  checked(): { url: string; hash: string }[] {
    return [...this.outcomes].flatMap(([url, o]) =>
      o.ok && this.badges.has(url) ? [{ url, hash: o.verdict.hash }] : [],
    );
  }

  /**
   * The badged links whose PDF could not be checked — fetch failed, damaged, refused, not readable as a
   * budget, access not granted — with why, in the reader's language. A link being checked again is
   * listed until its new answer comes.
   */
  unread(): UnreadPdf[] {
    const out: UnreadPdf[] = [];
    for (const [url, badges] of this.badges) {
      const outcome = this.outcomes.get(url);
      const reason = outcome
        ? outcome.ok
          ? undefined
          : failureText(outcome.failure, this.language)
        : this.broken.get(url);
      if (reason !== undefined) out.push({ url, name: linkName(url, badges[0]?.host), reason });
    }
    return out;
  }

  /** How many badged links were checked (a report) and how many could not be. */
  counts(): PdfCounts {
    let checked = 0;
    for (const [url, o] of this.outcomes) if (o.ok && this.badges.has(url)) checked++;
    return { checked, unread: this.unread().length };
  }

  /**
   * Shows on each badge its document as read with the others: the verdict with the findings between
   * them (none: each badge back to its document's own verdict). A badge shown together before and not
   * now is shown again as it is.
   */
  showTogether(id: string, documents: readonly (TogetherDocument & { urls: string[] })[]): void {
    const before = [...this.together.keys()];
    this.together.clear();
    for (const document of documents) for (const url of document.urls) this.together.set(url, { id, document });
    for (const url of new Set([...before, ...this.together.keys()])) {
      const outcome = this.outcomes.get(url);
      if (outcome) this.show(url, outcome);
    }
  }

  get count(): number {
    return this.badges.size;
  }

  /** Origins of links whose check stopped for a missing host permission. */
  originsNeedingPermission(): string[] {
    const out = new Set<string>();
    for (const o of this.outcomes.values())
      if (!o.ok && o.failure.kind === 'needs-permission') out.add(o.failure.origin);
    return [...out];
  }

  /** Adds badges to PDF links not badged yet, in idle slices; checks them right away when `auto`. */
  async scan(root: ParentNode, auto: boolean): Promise<void> {
    const links = Array.from(root.querySelectorAll<HTMLAnchorElement>('a[href]'));
    let unbadged = 0;
    let last: HTMLAnchorElement | undefined;
    for (let i = 0; i < links.length; i++) {
      if (i > 0 && i % SLICE === 0) await idle();
      const a = links[i] as HTMLAnchorElement;
      if (!a.isConnected || a.nextElementSibling?.localName === 'hezhang-pdf' || !isPdfLink(a)) continue;
      if (this.placed >= MAX_PDF_BADGES) {
        unbadged++;
        continue;
      }
      const url = a.href.split('#')[0] as string;
      const badge = this.createBadge(url);
      a.after(badge.host);
      this.placed++;
      last = a;
      const list = this.badges.get(url) ?? [];
      list.push(badge);
      this.badges.set(url, list);
      const outcome = this.outcomes.get(url);
      if (outcome) this.show(url, outcome);
      else this.setState(url, this.pending.has(url) ? 'checking' : 'idle', strings(this.language).pdfIdle);
      if (auto && !outcome) void this.check(url);
    }
    this.noteMore(unbadged, last);
  }

  /** How many PDF links past the cap have no badge (test hook: data-hezhang-pdf-more, data-count). */
  private noteMore(count: number, after: HTMLAnchorElement | undefined): void {
    if (count === 0) return;
    if (!this.more?.isConnected) {
      this.more = createHost('hezhang-pdf-more', {
        display: 'inline-block',
        margin: '0 0 0 4px',
        padding: '0',
        border: '0',
      });
      this.more.dataset.hezhangPdfMore = '';
      const note = document.createElement('span');
      note.className = 'badge pdf idle';
      attachShadow(this.more).append(note);
      if (after) after.after(this.more);
      else document.body.append(this.more);
    }
    this.more.dataset.count = String(count);
    const note = rootOf(this.more)?.firstElementChild;
    if (note) note.textContent = strings(this.language).moreLinks(count);
  }

  /** Checks every badged link again (the popup's "check now"). */
  checkAll(force: boolean): void {
    for (const url of this.badges.keys()) void this.check(url, force);
  }

  async check(url: string, force = false): Promise<void> {
    if (this.pending.has(url)) return;
    this.pending.add(url);
    this.setState(url, 'checking', strings(this.language).pdfChecking);
    try {
      const outcome = await sendMessage('pdf:check', { url, force });
      if (outcome) {
        this.broken.delete(url);
        this.outcomes.set(url, outcome);
        this.show(url, outcome);
      } else this.fail(url, '');
    } catch (error) {
      this.fail(url, String(error));
    } finally {
      this.pending.delete(url);
      this.onSettled?.();
    }
  }

  /** A check that ended with no answer: its badge and the panel say so (an earlier answer no longer holds). */
  private fail(url: string, why: string): void {
    const tip = `${strings(this.language).pdfFailed}${why}`;
    this.outcomes.delete(url);
    this.broken.set(url, tip);
    this.setState(url, 'failed', tip);
  }

  private createBadge(url: string): LinkBadge {
    const host = createHost('hezhang-pdf', { display: 'inline-block', margin: '0', padding: '0', border: '0' });
    host.dataset.hezhangPdf = '';
    host.dataset.url = url;
    const anchor = document.createElement('span');
    anchor.className = 'anchor';
    const badge = document.createElement('span');
    badge.tabIndex = 0;
    badge.setAttribute('role', 'button');
    const tip = document.createElement('span');
    tip.className = 'tip';
    anchor.append(badge, tip);
    attachShadow(host).append(anchor);
    const activate = (event: Event) => {
      event.preventDefault();
      event.stopPropagation();
      const outcome = this.outcomes.get(url);
      const together = this.together.get(url);
      if (outcome?.ok && together) void sendMessage('together:open', { id: together.id, url });
      else if (outcome?.ok) void sendMessage('report:open', { url });
      else void this.check(url, true);
    };
    badge.addEventListener('click', activate);
    badge.addEventListener('keydown', (e) => {
      if (e.key === 'Enter' || e.key === ' ') activate(e);
    });
    return { host, badge, tip };
  }

  private show(url: string, outcome: PdfOutcome): void {
    const t = strings(this.language);
    if (outcome.ok) {
      const together = this.together.get(url)?.document;
      const { verdict, errors, warnings } = together?.summary ?? outcome.verdict.summary;
      const kind = outcome.verdict.kind?.[this.language];
      const lines = [`${kind ? `${kind} · ` : ''}${t.status[verdict]}：${t.pdfVerdict(errors, warnings)}`];
      if (together) lines.push(...togetherLines(together, this.language));
      this.setState(url, verdict, `${lines.join('\n')}\n${t.pdfOpenReport}`);
      for (const b of this.badges.get(url) ?? []) {
        if (together) b.host.dataset.together = String(together.findings.length);
        else delete b.host.dataset.together;
      }
      return;
    }
    const f = outcome.failure;
    if (f.kind === 'not-pdf') {
      for (const b of this.badges.get(url) ?? []) b.host.remove();
      this.badges.delete(url);
      return;
    }
    const tip = failureText(f, this.language);
    this.setState(url, f.kind === 'needs-permission' ? 'idle' : f.kind === 'refused' ? 'refused' : 'incomplete', tip);
  }

  private setState(url: string, state: LinkState, tip: string): void {
    const verdict = state === 'ok' || state === 'warning' || state === 'error' || state === 'incomplete';
    const symbol = {
      ok: '✓',
      warning: '!',
      error: '✕',
      incomplete: '?',
      idle: 'PDF',
      queued: '…',
      checking: '…',
      failed: '!',
      refused: '–',
    }[state];
    for (const b of this.badges.get(url) ?? []) {
      b.host.dataset.state = state;
      if (verdict) b.host.dataset.status = state;
      else delete b.host.dataset.status;
      b.badge.className = `badge pdf ${state === 'failed' || state === 'refused' ? 'incomplete' : state}`;
      b.badge.textContent = symbol;
      b.badge.setAttribute('aria-label', tip);
      b.tip.textContent = tip;
    }
  }
}

/** Why a link has no verdict, as its badge's tooltip and the panel say it. */
function failureText(f: PdfFailure, language: Language): string {
  const t = strings(language);
  if (f.kind === 'needs-permission') return t.pdfNeedsPermission(f.origin);
  if (f.kind === 'refused') return `${t.pdfRefused}${f.reason[language]}`;
  if (f.kind === 'not-pdf') return t.pdfNotPdf;
  return `${t.pdfFailed}${language === 'en' ? f.message : f.messageZh}`;
}

/** A link as the panel names it: the file name of its URL, else the link's text, else the URL. */
function linkName(url: string, host: HTMLElement | undefined): string {
  let file = '';
  try {
    file = decodeURIComponent(new URL(url).pathname.split('/').pop() ?? '');
  } catch {}
  if (/\.pdf$/i.test(file)) return file;
  const link = host?.previousElementSibling;
  const text = link?.localName === 'a' ? (link.textContent ?? '').trim().replace(/\s+/g, ' ') : '';
  return (text || file || url).slice(0, 120);
}

/** A document read with others, in a badge's tooltip: what it was paired with, the findings between them. */
function togetherLines(document: TogetherDocument, language: Language): string[] {
  const t = strings(language);
  const { paired, unpaired } = document.pairing;
  const lines = [unpaired ? `${t.togetherUnpaired}${unpaired[language]}` : t.togetherPaired(paired.map((p) => p.name))];
  for (const f of document.findings.slice(0, 3))
    lines.push(`${f.severity === 'error' ? '✕' : '!'} ${f.message[language]}`);
  if (document.findings.length > 3) lines.push(t.togetherMore(document.findings.length - 3));
  return lines;
}
