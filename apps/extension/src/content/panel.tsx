import type { Finding, Report } from '@hezhang/core';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { strings } from '../shared/i18n';
import type { TogetherResult } from '../shared/messages';
import { type Language, panelOpenItem } from '../shared/settings';
import { type Status, withUnread, worse } from '../shared/status';
import type { SeveralPdf, UnreadPdf } from './pdf-links';
import { findingText } from './row-badges';
import { attachShadow, createHost } from './shadow';

/** The page's own budget tables, checked as one document. */
export interface PageTables {
  report: Report;
  tables: number;
  /** Tables the scan left unread for their size (scan.ts SCAN_LIMITS). */
  skippedTables?: number;
  onSelect: (finding: Finding) => void;
}

interface PanelProps {
  page?: PageTables | undefined;
  /** The page's PDFs read together (together.ts). */
  together?: TogetherResult | undefined;
  /** The page's PDF links that could not be checked (pdf-links.ts), each named with why. */
  unread?: readonly UnreadPdf[] | undefined;
  /** The page's PDFs that hold several documents (pdf-links.ts), each document with its verdict. */
  several?: readonly SeveralPdf[] | undefined;
  language: Language;
  /** Opens a department's dossier (its key), or a document read together (its URL; `part`: its place in a PDF of several). */
  onOpen: (target: { dossier: string } | { url: string; part?: number }) => void;
  /** Opens a checked PDF's own report (`part`: one document of a PDF of several). */
  onOpenReport: (url: string, part?: number) => void;
}

interface PanelState {
  open: boolean;
  onToggle: (open: boolean) => void;
}

/**
 * What the panel's border and `data-status` show: the page's tables' verdict, else the worst of its
 * PDFs read together — and never 'ok' while a linked PDF could not be checked (at least 'incomplete').
 */
export function panelStatus({
  page,
  together,
  unread,
  several,
}: Pick<PanelProps, 'page' | 'together' | 'unread' | 'several'>): Status {
  const status = page
    ? page.report.summary.verdict
    : (together?.documents ?? []).reduce<Status>((s, d) => worse(s, d.summary.verdict), 'ok');
  // A PDF of several documents counts each (one that could not be checked: 'incomplete' at least).
  const documents = (several ?? []).reduce<Status>((s, pdf) => worse(s, pdf.status), status);
  return withUnread(documents, unread?.length ?? 0);
}

/** Unread PDF links the panel names one by one; past them, how many more (each badge says why). */
const UNREAD_SHOWN = 50;

function Panel({
  page,
  together,
  unread = [],
  several = [],
  language,
  onOpen,
  onOpenReport,
  open,
  onToggle,
}: PanelProps & PanelState) {
  const t = strings(language);
  const [collapsed, setCollapsed] = useState(!open);
  const toggle = () => {
    setCollapsed(!collapsed);
    onToggle(collapsed);
  };
  const verdict = panelStatus({ page, together, unread, several });
  const shown = page?.report.findings.filter((f) => f.severity !== 'info') ?? [];
  const across = together?.documents.flatMap((d) => d.findings.map((f) => ({ d, f }))) ?? [];
  return (
    <section class={`panel ${verdict}${collapsed ? ' collapsed' : ''}`} aria-label="Hezhang 核账">
      <header>
        <span>
          核账 · {t.status[verdict]}
          <br />
          <small>
            {page && t.pageSummary(page.tables, page.report.summary.errors, page.report.summary.warnings)}
            {page && (page.skippedTables ?? 0) > 0 && (
              <>
                <br />
                {t.skippedTables(page.skippedTables ?? 0)}
              </>
            )}
            {page && together && <br />}
            {together &&
              t.togetherSummary(
                together.documents.length,
                across.filter(({ f }) => f.severity === 'error').length,
                across.filter(({ f }) => f.severity === 'warning').length,
              )}
            {(page || together) && unread.length > 0 && <br />}
            {unread.length > 0 && t.unreadSummary(unread.length)}
          </small>
        </span>
        <button type="button" aria-expanded={!collapsed} onClick={toggle}>
          {collapsed ? t.expand : t.collapse}
        </button>
      </header>
      {page && (
        <ul>
          {shown.length === 0 && <li style={{ padding: '4px 10px' }}>{t.noFindings}</li>}
          {shown.map((f, i) => (
            <FindingItem key={i} finding={f} language={language} onClick={() => page.onSelect(f)} />
          ))}
        </ul>
      )}
      {several.length > 0 && <Several pdfs={several} language={language} onOpen={onOpen} onOpenReport={onOpenReport} />}
      {together && <Together result={together} language={language} onOpen={onOpen} />}
      {unread.length > 0 && (
        <div class="together unread">
          <h4>{t.unreadTitle}</h4>
          <ul>
            {unread.slice(0, UNREAD_SHOWN).map((u) => (
              <li key={u.url} data-hezhang-unread={u.url}>
                {u.name} — {u.reason}
              </li>
            ))}
            {unread.length > UNREAD_SHOWN && <li>{t.unreadMore(unread.length - UNREAD_SHOWN)}</li>}
          </ul>
        </div>
      )}
    </section>
  );
}

/** A finding in the panel, clicked to show where it is (test hooks `data-hezhang-finding`, `data-severity`, `data-document`). */
function FindingItem({
  finding: f,
  document,
  language,
  onClick,
}: {
  finding: Finding;
  document?: string;
  language: Language;
  onClick: () => void;
}) {
  const [message, formula] = findingText(f, language).split('\n');
  return (
    <li>
      <button
        type="button"
        data-hezhang-finding={f.rule}
        data-severity={f.severity}
        data-document={document}
        onClick={onClick}
      >
        {f.severity === 'error' ? '✕ ' : '! '}
        {document && `${document}：`}
        {message}
        {formula && <span class="formula">{formula}</span>}
      </button>
    </li>
  );
}

/**
 * The page's PDFs read together: per department which documents were compared with which and why,
 * which comparison these documents cannot make and why, the documents paired with none (and why), the
 * findings between documents (click one for its document's report), and a link to each dossier. Test
 * hooks: `[data-hezhang-together]`, `[data-hezhang-dossier]`, `[data-hezhang-paired]`,
 * `[data-hezhang-impossible]`, `[data-hezhang-unpaired]`, `[data-hezhang-finding]` with `data-document`.
 */
function Together({
  result,
  language,
  onOpen,
}: { result: TogetherResult; language: Language } & Pick<PanelProps, 'onOpen'>) {
  const t = strings(language);
  const unpaired = result.documents.filter((d) => d.pairing.unpaired);
  const findings = result.documents.flatMap((d) => d.findings.map((f) => ({ d, f })));
  return (
    <div class="together" data-hezhang-together={result.id}>
      <h4>{t.togetherTitle}</h4>
      <ul>
        {result.dossiers.map((dossier) => (
          <li key={dossier.key} data-hezhang-dossier={dossier.key}>
            <b>{dossier.department}</b>
            <button type="button" data-hezhang-open-dossier onClick={() => onOpen({ dossier: dossier.key })}>
              {t.togetherOpenDossier}
            </button>
            <ul>
              {dossier.links.map((l) => (
                <li key={`${l.from}|${l.to}|${l.relation}`} data-hezhang-paired={l.rule}>
                  {l.from} ↔ {l.to}：{l.reason[language]}
                </li>
              ))}
              {dossier.impossible.map((i) => (
                <li key={`${i.document}|${i.relation}`} data-hezhang-impossible={i.rule}>
                  {t.togetherImpossible}
                  {i.document}：{i.reason[language]}
                </li>
              ))}
            </ul>
          </li>
        ))}
        {unpaired.map((d) => (
          <li key={d.hash} data-hezhang-unpaired={d.name}>
            {t.togetherUnpaired}
            {d.name}：{d.pairing.unpaired?.[language]}
          </li>
        ))}
        {findings.length === 0 && <li>{t.togetherNoFindings}</li>}
        {findings.map(({ d, f }, i) => (
          <FindingItem
            key={i}
            finding={f}
            document={d.name}
            language={language}
            onClick={() => d.urls[0] && onOpen({ url: d.urls[0], ...(d.part !== undefined ? { part: d.part } : {}) })}
          />
        ))}
        {result.left > 0 && <li>{t.togetherLeft(result.left)}</li>}
      </ul>
    </div>
  );
}

/** Findings listed per document of a PDF of several; past them, how many more (the report has them all). */
const DOCUMENT_FINDINGS_SHOWN = 5;

/**
 * The page's PDFs that hold several documents: each document with its verdict (as read with the
 * page's others, when it was) and its first findings, or why it could not be checked; a click opens
 * its report. Test hooks: `[data-hezhang-several]` (the PDF's URL, with `data-status`),
 * `[data-hezhang-pdf-document]` (the document's name, with `data-status`), `[data-hezhang-document-finding]`.
 */
function Several({
  pdfs,
  language,
  onOpen,
  onOpenReport,
}: { pdfs: readonly SeveralPdf[]; language: Language } & Pick<PanelProps, 'onOpen' | 'onOpenReport'>) {
  const t = strings(language);
  return (
    <div class="together several">
      <h4>{t.severalTitle}</h4>
      <ul>
        {pdfs.map((pdf) => (
          <li key={pdf.url} data-hezhang-several={pdf.url} data-status={pdf.status}>
            <b>{pdf.name}</b> · {t.pdfDocuments(pdf.documents.length)}
            <ul>
              {pdf.documents.map((d) => {
                const summary = d.together?.summary ?? d.summary;
                const open = () =>
                  d.together ? onOpen({ url: pdf.url, part: d.part }) : onOpenReport(pdf.url, d.part);
                const shown = d.findings.slice(0, DOCUMENT_FINDINGS_SHOWN);
                const more = summary ? summary.errors + summary.warnings - shown.length : 0;
                return (
                  <li key={d.part} data-hezhang-pdf-document={d.name} data-status={d.status}>
                    {d.name}
                    {d.kind && ` · ${d.kind[language]}`}
                    {language === 'en' ? ': ' : '：'}
                    {t.status[d.status]}
                    {summary
                      ? `${language === 'en' ? ', ' : '，'}${t.pdfVerdict(summary.errors, summary.warnings)}`
                      : ` — ${t.pdfDocumentFailed}${d.failure?.[language] ?? ''}`}
                    {summary && (
                      <ul>
                        {shown.length === 0 && <li>{t.severalNoFindings}</li>}
                        {shown.map((f, i) => (
                          <li key={i}>
                            <button
                              type="button"
                              data-hezhang-document-finding={d.name}
                              data-severity={f.severity}
                              onClick={open}
                            >
                              {f.severity === 'error' ? '✕ ' : '! '}
                              {f.message[language]}
                            </button>
                          </li>
                        ))}
                        {more > 0 && <li>{t.severalMore(more)}</li>}
                      </ul>
                    )}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </div>
  );
}

/** Below this width the panel is a bar along the bottom of the window rather than a card in its corner. */
export const NARROW = '(max-width: 600px)';

/** Where the host sits: a card in the bottom right corner, or on narrow screens a bar along the bottom. */
function place(host: HTMLElement, narrow: boolean): void {
  const at = narrow ? { left: '0', right: '0', bottom: '0' } : { left: 'auto', right: '16px', bottom: '16px' };
  for (const [name, value] of Object.entries(at)) host.style.setProperty(name, value, 'important');
  host.dataset.layout = narrow ? 'bar' : 'corner';
}

/**
 * The page's summary: fixed position, so the page's layout does not move; closed at first (the
 * verdict and its counts only), open or closed afterwards as the reader last left it. The host carries
 * the test hooks `data-hezhang-summary`, `data-status` and `data-layout` (corner or bar). Shown when
 * the page has budget tables, PDFs read together, or PDF links that could not be checked (each named,
 * with why: `[data-hezhang-unread]`, its URL).
 */
export class SummaryPanel {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private props: PanelProps | undefined;
  private readonly narrow = matchMedia(NARROW);
  private readonly relayout = () => this.host && place(this.host, this.narrow.matches);
  /** The reader's last choice; until storage answers, closed. */
  private open: boolean | undefined;

  constructor(
    private readonly language: Language,
    private readonly onOpen: PanelProps['onOpen'],
    private readonly onOpenReport: PanelProps['onOpenReport'],
  ) {}

  /** The page's own tables (undefined: none); the PDFs read together stay shown. */
  page(page: PageTables | undefined): void {
    this.update({ ...this.props, page });
  }

  /** The page's PDFs read together. */
  together(together: TogetherResult | undefined): void {
    this.update({ ...this.props, together });
  }

  /** The page's PDF links that could not be checked (none: the panel shows only the rest). */
  unread(unread: readonly UnreadPdf[]): void {
    this.update({ ...this.props, unread });
  }

  /** The page's PDFs that hold several documents. */
  several(several: readonly SeveralPdf[]): void {
    this.update({ ...this.props, several });
  }

  private update(parts: Pick<PanelProps, 'page' | 'together' | 'unread' | 'several'>): void {
    this.props = { ...parts, language: this.language, onOpen: this.onOpen, onOpenReport: this.onOpenReport };
    if (!parts.page && !parts.together && !parts.unread?.length && !parts.several?.length) {
      this.removeHost();
      return;
    }
    if (!this.host?.isConnected) {
      this.host = createHost('hezhang-panel', { position: 'fixed', 'z-index': '2147483647', display: 'block' });
      place(this.host, this.narrow.matches);
      this.narrow.addEventListener('change', this.relayout);
      this.host.dataset.hezhangSummary = '';
      this.root = attachShadow(this.host);
      document.documentElement.append(this.host);
    }
    this.host.dataset.status = panelStatus(parts);
    this.draw();
    if (this.open === undefined)
      void panelOpenItem.getValue().then(
        (open) => {
          if (this.open !== undefined) return;
          this.open = open;
          if (open) this.draw();
        },
        () => {},
      );
  }

  private draw(): void {
    if (!this.root || !this.props) return;
    const open = this.open ?? false;
    const onToggle = (next: boolean) => {
      this.open = next;
      void panelOpenItem.setValue(next).catch(() => {});
    };
    // Keyed by the stored choice: when storage answers "open" after the first drawing, the panel opens.
    render(<Panel key={String(open)} {...this.props} open={open} onToggle={onToggle} />, this.root);
  }

  private removeHost(): void {
    this.narrow.removeEventListener('change', this.relayout);
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = undefined;
  }

  remove(): void {
    this.props = undefined;
    this.removeHost();
  }
}
