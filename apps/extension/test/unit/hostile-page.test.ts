import { checkDocument, parseHtmlDocument, templateOf } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { PageLocator } from '../../src/content/locate';
import { rowMarks } from '../../src/content/marks';
import { SummaryPanel } from '../../src/content/panel';
import { placeRowBadges } from '../../src/content/row-badges';
import { scanPage } from '../../src/content/scan';
import { rootOf } from '../../src/content/shadow';

/** Cell text a government page may print (escaped in its HTML) that the extension must show, never run. */
const MARKUP = '<img src=x onerror="window.__hezhangInjected=1"><script>window.__hezhangInjected=2</script>';

/** A budget table whose 项 name and department print markup as text; 20805 does not add up. */
function page(): HTMLElement {
  document.body.replaceChildren();
  const title = document.createElement('h3');
  title.textContent = '2025年部门支出预算总表';
  const unit = document.createElement('p');
  unit.textContent = `编制部门：${MARKUP}上海市测试局 单位：元`;
  const table = document.createElement('table');
  const rows = [
    ['科目编码', '', '', '科目名称', '合计', '基本支出', '项目支出'],
    ['208', '', '', '社会保障和就业支出', '1,500', '1,000', '500'],
    ['208', '05', '', `行政事业单位养老支出${MARKUP}`, '1,600', '1,000', '600'],
    ['208', '05', '05', '机关事业单位基本养老保险缴费支出', '1,000', '1,000', ''],
    ['208', '05', '99', '其他行政事业单位养老支出', '500', '', '500'],
    ['合计', '', '', '', '1,500', '1,000', '500'],
  ];
  for (const cells of rows) {
    const tr = table.insertRow();
    for (const text of cells) tr.insertCell().textContent = text;
  }
  document.body.append(title, unit, table);
  return document.body;
}

function injected(root: ParentNode): number {
  let n = root.querySelectorAll('script, img, svg, iframe').length;
  for (const el of Array.from(root.querySelectorAll('*'))) {
    const shadow = rootOf(el);
    if (shadow) n += injected(shadow);
  }
  return n;
}

describe('page text that looks like markup', () => {
  it('stays text in the row badges and the summary panel', () => {
    const scanned = scanPage(page());
    const doc = parseHtmlDocument(scanned.page, { name: 'hostile' });
    const report = checkDocument(doc, { passes: true });
    const added = placeRowBadges(rowMarks(doc, report), doc.tables, templateOf(doc), new PageLocator(scanned), 'zh');
    const panel = new SummaryPanel(
      'zh',
      () => {},
      () => {},
    );
    panel.page({ report, tables: doc.tables.length, onSelect: () => {} });

    expect(added.length).toBeGreaterThan(0);
    expect(report.summary.verdict).toBe('error');
    // The markup is in the model and in what the extension shows, as characters.
    const badge = added.find((el) => (el as HTMLElement).dataset.row === '20805');
    const panelHost = document.querySelector('[data-hezhang-summary]');
    const tip = (badge && rootOf(badge)?.textContent) ?? '';
    const panelText = (panelHost && rootOf(panelHost)?.textContent) ?? '';
    // What the page's scripts see of them: nothing.
    expect(badge?.shadowRoot).toBeNull();
    expect(panelHost?.shadowRoot).toBeNull();
    expect(`${tip}${panelText}`).toContain('<script>');
    expect(injected(document)).toBe(0);
    expect((window as unknown as { __hezhangInjected?: number }).__hezhangInjected).toBeUndefined();
    panel.remove();
  });
});

describe('deeply nested markup', () => {
  it('is scanned without running out of stack', () => {
    const root = page();
    let parent: HTMLElement = root;
    // Parsers cap nesting at 512; pages that build their DOM by script do not.
    for (let i = 0; i < 3000; i++) {
      const div = document.createElement('div');
      parent.append(div);
      parent = div;
    }
    parent.textContent = '一、部门主要职能';
    const scanned = scanPage(root);
    expect(scanned.page.blocks.some((b) => b.type === 'text' && b.text.includes('部门主要职能'))).toBe(true);
    expect(scanned.page.blocks.some((b) => b.type === 'table')).toBe(true);
  });
});
