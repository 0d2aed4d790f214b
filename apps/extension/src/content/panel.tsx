import type { Finding, Report } from '@hezhang/core';
import { render } from 'preact';
import { useState } from 'preact/hooks';
import { strings } from '../shared/i18n';
import type { Language } from '../shared/settings';
import { findingText } from './row-badges';
import { attachShadow, createHost } from './shadow';

interface PanelProps {
  report: Report;
  tables: number;
  language: Language;
  onSelect: (finding: Finding) => void;
}

function Panel({ report, tables, language, onSelect }: PanelProps) {
  const t = strings(language);
  const [collapsed, setCollapsed] = useState(false);
  const { verdict, errors, warnings } = report.summary;
  const shown = report.findings.filter((f) => f.severity !== 'info');
  return (
    <section class={`panel ${verdict}${collapsed ? ' collapsed' : ''}`} aria-label="Hezhang 核账">
      <header>
        <span>
          核账 · {t.status[verdict]}
          <br />
          <small>{t.pageSummary(tables, errors, warnings)}</small>
        </span>
        <button type="button" onClick={() => setCollapsed(!collapsed)}>
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

/**
 * The page's summary in a corner: fixed position, so the page's layout does not move. The host carries
 * the test hooks `data-hezhang-summary` and `data-status`.
 */
export class SummaryPanel {
  private host: HTMLElement | undefined;
  private root: ShadowRoot | undefined;

  show(props: PanelProps): void {
    if (!this.host?.isConnected) {
      this.host = createHost('hezhang-panel', {
        position: 'fixed',
        right: '16px',
        bottom: '16px',
        'z-index': '2147483647',
        display: 'block',
      });
      this.host.dataset.hezhangSummary = '';
      this.root = attachShadow(this.host);
      document.documentElement.append(this.host);
    }
    this.host.dataset.status = props.report.summary.verdict;
    render(<Panel {...props} />, this.root as ShadowRoot);
  }

  remove(): void {
    if (this.root) render(null, this.root);
    this.host?.remove();
    this.host = undefined;
  }
}
