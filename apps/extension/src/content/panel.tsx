import type { Finding, Report } from '@hezhang/core';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { strings } from '../shared/i18n';
import { type Language, panelOpenItem } from '../shared/settings';
import { findingText } from './row-badges';
import { attachShadow, createHost } from './shadow';

interface PanelProps {
  report: Report;
  tables: number;
  /** Tables the scan left unread for their size (scan.ts SCAN_LIMITS). */
  skippedTables?: number;
  language: Language;
  onSelect: (finding: Finding) => void;
}

interface PanelState {
  open: boolean;
  onToggle: (open: boolean) => void;
}

function Panel({ report, tables, skippedTables = 0, language, onSelect, open, onToggle }: PanelProps & PanelState) {
  const t = strings(language);
  const [collapsed, setCollapsed] = useState(!open);
  const toggle = () => {
    setCollapsed(!collapsed);
    onToggle(collapsed);
  };
  const { verdict, errors, warnings } = report.summary;
  const shown = report.findings.filter((f) => f.severity !== 'info');
  return (
    <section class={`panel ${verdict}${collapsed ? ' collapsed' : ''}`} aria-label="Hezhang 核账">
      <header>
        <span>
          核账 · {t.status[verdict]}
          <br />
          <small>
            {t.pageSummary(tables, errors, warnings)}
            {skippedTables > 0 && (
              <>
                <br />
                {t.skippedTables(skippedTables)}
              </>
            )}
          </small>
        </span>
        <button type="button" aria-expanded={!collapsed} onClick={toggle}>
          {collapsed ? t.expand : t.collapse}
        </button>
      </header>
      <ul>
        {shown.length === 0 && <li style={{ padding: '4px 10px' }}>{t.noFindings}</li>}
        {shown.map((f, i) => {
          const [message, formula] = findingText(f, language).split('\n');
          return (
            <li key={i}>
              <button
                type="button"
                data-hezhang-finding={f.rule}
                data-severity={f.severity}
                onClick={() => onSelect(f)}
              >
                {f.severity === 'error' ? '✕ ' : '! '}
                {message}
                {formula && <span class="formula">{formula}</span>}
              </button>
            </li>
          );
        })}
      </ul>
    </section>
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
 * the test hooks `data-hezhang-summary`, `data-status` and `data-layout` (corner or bar).
 */
export class SummaryPanel {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;
  private props: PanelProps | undefined;
  private readonly narrow = matchMedia(NARROW);
  private readonly relayout = () => this.host && place(this.host, this.narrow.matches);
  /** The reader's last choice; until storage answers, closed. */
  private open: boolean | undefined;

  show(props: PanelProps): void {
    this.props = props;
    if (!this.host?.isConnected) {
      this.host = createHost('hezhang-panel', { position: 'fixed', 'z-index': '2147483647', display: 'block' });
      place(this.host, this.narrow.matches);
      this.narrow.addEventListener('change', this.relayout);
      this.host.dataset.hezhangSummary = '';
      this.root = attachShadow(this.host);
      document.documentElement.append(this.host);
    }
    this.host.dataset.status = props.report.summary.verdict;
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

  remove(): void {
    this.narrow.removeEventListener('change', this.relayout);
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = undefined;
  }
}
