import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli as run } from './run.js';

const FIXTURE = fileURLToPath(new URL('../../pdf/fixtures/seed-003.pdf', import.meta.url));

describe('hezhang debug', () => {
  it('draws the reader’s decisions on a page: columns, rows and every text’s role', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'hezhang-debug-')), 'p2.html');
    const { code, stdout } = await run(['debug', FIXTURE, '--page', '4', '--out', out]);
    expect(code).toBe(0);
    expect(stdout).toContain(out);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<svg');
    // Page 4 of the fixture holds the revenue table: its five value columns are drawn and named.
    expect(html).toMatch(/\[revenue_summary\]：5 列/);
    for (const id of ['total', 'fiscal_grant', 'business', 'operating', 'other'])
      expect(html).toContain(`>${id}</text>`);
    // Every amount went to a value column, none was left unplaced.
    expect(html).toMatch(/value → expenditure\/total/);
    expect(html).toMatch(/text placed nowhere：<b[^>]*>0<\/b>/);
  });

  it('draws segmentation’s decisions: each line’s role, and where a table ends and why', async () => {
    // heading-page.pdf: 一般公共预算支出表 runs over pages; a bold heading starts the page after it.
    const file = fileURLToPath(new URL('../../pdf/fixtures/layouts/heading-page.pdf', import.meta.url));
    const out = join(mkdtempSync(join(tmpdir(), 'hezhang-debug-')), 'all.html');
    const { code } = await run(['debug', file, '--out', out]);
    expect(code).toBe(0);
    const html = readFileSync(out, 'utf8');
    // Without --page, the heading's page is drawn too (a table ends there, though none is read on it).
    const section = html.split('<section>').find((s) => s.includes('标题行 / heading：第三部分'));
    expect(section).toBeDefined();
    expect(section).toMatch(/一般公共预算支出功能分类预算表：结束 \/ ends — page break（第三部分/);
    expect(section).toContain('data-edge="ends"');
    expect(section).toContain('data-segment="heading"');
    expect(section).toContain('data-segment="prose"');
    // The pages of the table: where it starts, and each page its repeated header carries it over.
    expect(html).toMatch(/一般公共预算支出功能分类预算表：开始 \/ starts — title/);
    expect(html).toMatch(/一般公共预算支出功能分类预算表：跨页继续 \/ goes on — header/);
    expect(html).toContain('data-segment="table"');
  });

  it('refuses a page the file does not have, with exit code 2', async () => {
    const { code, stderr } = await run(['debug', FIXTURE, '--page', '99', '--out', join(tmpdir(), 'x.html')]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/no page 99/);
  });
});
