import { readFileSync } from 'node:fs';
import { SHANGHAI_BUDGET } from '@hezhang/core';
import readXlsxFile from 'read-excel-file/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dropFiles, leftTheMachine, openSession, type Session } from './browser.js';
import { fixture, KNOWN_MISTAKE } from './fixtures.js';

describe('exports', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openSession();
    await s.page.goto(s.url);
    await dropFiles(s.page, [fixture(KNOWN_MISTAKE.file)]);
    await s.page.locator(`[data-document="${KNOWN_MISTAKE.file}"][data-status]`).waitFor();
  });
  afterAll(() => s?.close());

  async function save(name: RegExp): Promise<{ fileName: string; bytes: Buffer }> {
    const [download] = await Promise.all([
      s.page.waitForEvent('download'),
      s.page.getByRole('button', { name }).click(),
    ]);
    return { fileName: download.suggestedFilename(), bytes: readFileSync(await download.path()) };
  }

  it('writes the inspection sheet (检查表) workbook, which reads back row by row', async () => {
    const { fileName, bytes } = await save(/检查表/);
    expect(fileName).toBe('known-mistake.检查表.xlsx');
    const [sheet] = await readXlsxFile(bytes);
    expect(sheet?.sheet).toBe('检查表');
    const rows = sheet?.data ?? [];
    // The fourth column is each problem's review (待核查 until a volunteer marks it).
    expect(rows[0]).toEqual(['检查项目', '符合要求', '问题', '核查情况']);
    expect(rows.map((r) => r[0])).toEqual([
      '检查项目',
      ...['封面', '目录', '主要职能', '机构设置', '名词解释', '预算编制说明'],
      ...SHANGHAI_BUDGET.tables.map((t) => t.name.zh),
      ...['其他相关情况说明', '项目经费情况说明'],
    ]);
    const spending = rows.find((r) => r[0] === '支出预算总表');
    expect(spending?.[1]).toBe('否');
    expect(String(spending?.[2])).toContain('20805');
    expect(rows.slice(1).every((r) => r[1] === '是' || r[1] === '否')).toBe(true);
  });

  it('writes the report as JSON and the findings as CSV', async () => {
    const json = await save(/JSON/);
    const report = JSON.parse(json.bytes.toString('utf8'));
    expect(report.source.name).toBe(KNOWN_MISTAKE.file);
    expect(report.summary.verdict).toBe('error');
    const csv = await save(/CSV/);
    const text = csv.bytes.toString('utf8');
    expect(text.startsWith('\uFEFFdocument,verdict,rule')).toBe(true);
    expect(text).toContain(`${KNOWN_MISTAKE.rule},in_table,error`);
  });

  it('sent no request anywhere but 127.0.0.1', () => {
    expect(leftTheMachine(s)).toEqual([]);
  });
});
