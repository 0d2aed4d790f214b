import { strings } from '../shared/i18n';
import { PAGE_LIMITS } from '../shared/limits';
import { type PdfFailure, type PdfOutcome, sendMessage, type TogetherDocument } from '../shared/messages';
import type { Language } from '../shared/settings';
import { type DocumentVerdict, documentStatus, type Status, worse } from '../shared/status';
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

/** A document read with the page's others, as the background tells it (its place in its PDF when that holds several). */
type TogetherOne = TogetherDocument & { urls: string[]; part?: number };

/**
 * A document of a badged PDF that holds several, as the panel lists it: its own verdict, and as read
 * with the page's other documents when it was (`together`).
 */
export interface PdfPart extends DocumentVerdict {
  part: number;
  status: Status;
  together?: TogetherDocument;
}

/** A badged PDF that holds several documents (the panel lists each). */
export interface SeveralPdf {
  url: string;
  name: string;
  status: Status;
  documents: PdfPart[];
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
  /** URL → its documents as read with the page's other PDFs (together.ts: one, or each of a PDF of several), and its group. */
  private readonly together = new Map<string, { id: string; documents: TogetherOne[] }>();
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

  /**
   * The badged links whose PDF was checked and has a report, with the hash of the bytes it was read
   * from and how many documents it holds.
   */
  checked(): { url: string; hash: string; documents: number }[] {
    return [...this.outcomes].flatMap(([url, o]) =>
      o.ok && this.badges.has(url) ? [{ url, hash: o.verdict.hash, documents: o.verdict.documents?.length ?? 1 }] : [],
    );
  }

  /** The badged PDFs that hold several documents, each document with its verdict (read together when it was). */
  several(): SeveralPdf[] {
    const out: SeveralPdf[] = [];
    for (const [url, badges] of this.badges) {
      const outcome = this.outcomes.get(url);
      if (!outcome?.ok || !outcome.verdict.documents) continue;
      const documents = this.parts(url, outcome.verdict.documents);
      out.push({
        url,
        name: linkName(url, badges[0]?.host),
        status: documents.reduce<Status>((s, d) => worse(s, d.status), 'ok'),
        documents,
      });
    }
    return out;
  }

  /** A PDF's documents, each as read with the page's others when it was. */
  private parts(url: string, documents: readonly DocumentVerdict[]): PdfPart[] {
    const together = this.together.get(url)?.documents ?? [];
    return documents.map((d, part) => {
      const read = together.find((t) => t.part === part);
      return {
        ...d,
        part,
        status: read ? read.summary.verdict : documentStatus(d),
        ...(read ? { together: read } : {}),
      };
    });
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
  showTogether(id: string, documents: readonly TogetherOne[]): void {
    const before = [...this.together.keys()];
    this.together.clear();
    for (const document of documents)
      for (const url of document.urls) {
        const entry = this.together.get(url) ?? { id, documents: [] };
        entry.documents.push(document);
        this.together.set(url, entry);
      }
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
    if (outcome.ok && outcome.verdict.documents) {
      this.showSeveral(url, outcome.verdict.documents, outcome.verdict.name);
      return;
    }
    if (outcome.ok) {
      const together = this.together.get(url)?.documents[0];
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

  /**
   * A PDF of several documents: the badge shows the worst verdict over them (each as read with the
   * page's others when it was; one that could not be checked makes it 'incomplete' at least) and how
   * many there are; its tooltip one line per document (test hook: data-documents on the host).
   */
  private showSeveral(url: string, documents: readonly DocumentVerdict[], file: string): void {
    const t = strings(this.language);
    const parts = this.parts(url, documents);
    const status = parts.reduce<Status>((s, d) => worse(s, d.status), 'ok');
    const summaries = parts.flatMap((d) => {
      const summary = d.together?.summary ?? d.summary;
      return summary ? [summary] : [];
    });
    const errors = summaries.reduce((n, x) => n + x.errors, 0);
    const warnings = summaries.reduce((n, x) => n + x.warnings, 0);
    const lines = [`${t.pdfDocuments(parts.length)} · ${t.status[status]}：${t.pdfVerdict(errors, warnings)}`];
    for (const d of parts) {
      const label = `${pagesOf(d.name, file)}${d.kind ? ` ${d.kind[this.language]}` : ''}`;
      const summary = d.together?.summary ?? d.summary;
      lines.push(
        summary
          ? `· ${label}：${t.status[d.status]}，${t.pdfVerdict(summary.errors, summary.warnings)}`
          : `· ${label}：${t.pdfDocumentFailed}${d.failure?.[this.language] ?? ''}`,
      );
    }
    const between = parts.reduce((n, d) => n + (d.together?.findings.length ?? 0), 0);
    this.setState(url, status, `${lines.join('\n')}\n${t.pdfOpenReport}`, parts.length);
    for (const b of this.badges.get(url) ?? []) {
      if (parts.some((d) => d.together)) b.host.dataset.together = String(between);
      else delete b.host.dataset.together;
    }
  }

  /** `documents`: how many documents the PDF holds, when several (the badge says so). */
  private setState(url: string, state: LinkState, tip: string, documents?: number): void {
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
      b.badge.textContent = documents ? `${symbol}×${documents}` : symbol;
      if (documents) b.host.dataset.documents = String(documents);
      else delete b.host.dataset.documents;
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

/** A document of a PDF of several as a tooltip names it: its pages ("第1–14页"), else its name. */
function pagesOf(name: string, file: string): string {
  const rest = name.startsWith(file) ? name.slice(file.length) : name;
  return rest.replace(/^（(.+)）$/, '$1') || name;
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
