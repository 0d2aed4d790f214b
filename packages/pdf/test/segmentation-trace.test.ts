import { readFileSync } from 'node:fs';
import { parsePositioned, ReadingTrace } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { extractPositioned } from '../src/node.js';

/**
 * Segmentation's decisions on printed PDFs (issue 17 item 7): LibreOffice-printed fixtures with a bold
 * heading after a table — right under it (heading-after.pdf) or at the top of the next page
 * (heading-page.pdf). The reading trace says where the table ended and why, and takes the heading
 * (its type size and weight as printed) for a heading.
 */
const fixture = (name: string) => new Uint8Array(readFileSync(new URL(`../fixtures/layouts/${name}`, import.meta.url)));

async function traced(name: string) {
  const trace = new ReadingTrace();
  parsePositioned(await extractPositioned(fixture(name)), { trace });
  return trace;
}

describe('segmentation in the reading trace', () => {
  it.each([
    ['heading-after.pdf', 'basic_by_economic', 'heading', false],
    ['heading-page.pdf', 'general_budget_by_function', 'page break', true],
  ])('%s: %s ends at the heading (%s)', async (file, kind, why, ownPage) => {
    const trace = await traced(file);
    const heading = trace.lines.find((l) => l.text.startsWith('第三部分'));
    expect(heading).toMatchObject({ role: 'heading', bold: true });
    const body = trace.lines.filter((l) => l.table === kind && l.role === 'table');
    expect(body.length).toBeGreaterThan(3);
    // Printed larger than the table's lines.
    expect(heading?.size).toBeGreaterThan(Math.max(...body.map((l) => l.size ?? 0)));
    const started = trace.segments.find((s) => s.kind === kind && s.edge === 'starts');
    const ended = trace.segments.find((s) => s.kind === kind && s.edge === 'ends');
    expect(started?.why).toBe('title');
    expect(ended).toMatchObject({ why, page: heading?.page, text: heading?.text });
    // On its own page, the heading is that page's first line; the table's last line is on the page before.
    const last = body.at(-1);
    if (ownPage) expect(last?.page).toBe((heading?.page ?? 0) - 1);
    else expect(last?.page).toBe(heading?.page);
    // The paragraph under the heading is prose.
    const paragraph = trace.lines.find((l) => l.text.includes('本部门无其他需要说明的情况'));
    expect(paragraph?.role).toBe('prose');
  });

  it('heading-page.pdf: tables run over pages with their header repeated, and each page says why', async () => {
    const trace = await traced('heading-page.pdf');
    const over = trace.segments.filter((s) => s.edge === 'goes_on');
    expect(over.length).toBeGreaterThanOrEqual(2);
    expect(new Set(over.map((s) => s.why))).toEqual(new Set(['header']));
  });
});
