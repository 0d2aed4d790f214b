import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { BudgetDocument, NOT_BUDGET, Report } from '@hezhang/core';
import { describe, expect, it } from 'vitest';
import { runCli } from './run.js';

const SEEDS = fileURLToPath(new URL('../../../seeds/', import.meta.url));
const seed = (id: string) =>
  join(
    SEEDS,
    { '000': '000_1e127ad13342b782.txt', '001': '001_44612e61586aee6a.txt', '002': '002_f3b27fa17e2522f1.txt' }[id] ??
      '',
  );

const run = (...argv: string[]) => runCli(argv);

describe('hezhang extract', () => {
  it('prints one valid BudgetDocument per input as a JSON array', async () => {
    const { code, stdout } = await run('extract', '--json', seed('000'), seed('001'));
    expect(code).toBe(0);
    const docs = JSON.parse(stdout) as unknown[];
    expect(docs).toHaveLength(2);
    for (const d of docs) expect(BudgetDocument.parse(d).tables).toHaveLength(9);
  });

  it('prints the tables as text', async () => {
    const { code, stdout } = await run('extract', seed('001'));
    expect(code).toBe(0);
    expect(stdout).toContain('2023年部门收入预算总表');
    expect(stdout).toMatch(/2101501 行政运行\s+67,580,403/);
  });
});

describe('hezhang check', () => {
  it('exits 0 when no error is found and 1 when one is', async () => {
    expect((await run('check', seed('001'))).code).toBe(0);
    const failing = await run('check', seed('002'));
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('收入总计（预算数）、支出总计（合计）、支出总计（一般公共预算）印为空');
  });

  it('lists errors, then warnings, then notes, each severity by place in the document, in both languages', async () => {
    const seed003 = join(SEEDS, '003_58f92ccbf64986b4.txt');
    for (const lang of ['zh', 'en'] as const) {
      const { stdout } = await run('check', '--lang', lang, seed003);
      const lines = stdout.split('\n');
      // The verdict says apart the checks that did not apply and those that lacked data.
      expect(lines[1]).toMatch(
        lang === 'zh'
          ? /因缺少数据未能运行 \d+ 项，不适用 \d+ 项$/
          : /\d+ could not run for want of data, \d+ did not apply$/,
      );
      const heads = lines.filter((l) => /^(错误|警告|提示|Errors|Warnings|Notes)\s?[（(]\d+[）)]$/.test(l));
      expect(heads.map((h) => h.replace(/\s?[（(].*$/, ''))).toEqual(
        lang === 'zh' ? ['错误', '警告', '提示'] : ['Errors', 'Warnings', 'Notes'],
      );
      // Each finding: its severity mark and the first line number it names.
      const findings: { rank: number; line: number }[] = [];
      for (const [i, l] of lines.entries()) {
        const mark = /^ {2}([✗!i]) /.exec(l)?.[1];
        if (!mark) continue;
        const where = lines.slice(i + 1, i + 4).find((w) => /^ {6}(位置：|where: )/.test(w)) ?? '';
        const line = Number(/(?:第|line )(\d+)/.exec(where)?.[1] ?? Number.POSITIVE_INFINITY);
        findings.push({ rank: '✗!i'.indexOf(mark), line });
      }
      expect(findings.length).toBeGreaterThan(10);
      for (const [i, f] of findings.entries()) {
        const before = findings[i - 1];
        if (!before) continue;
        expect(f.rank).toBeGreaterThanOrEqual(before.rank);
        if (f.rank === before.rank) expect(f.line).toBeGreaterThanOrEqual(before.line);
      }
    }
  });

  it('writes reports that validate against the Report model', async () => {
    const { stdout } = await run('check', '--json', seed('002'));
    const [report] = JSON.parse(stdout) as unknown[];
    const parsed = Report.parse(report);
    expect(parsed.summary.verdict).toBe('error');
    expect(parsed.findings[0]?.refs[0]).toMatchObject({ table: 'fiscal_summary', row: 'income_total' });
  });

  it('reads every budget file of a folder', async () => {
    const { stdout } = await run('check', '--json', SEEDS);
    expect((JSON.parse(stdout) as unknown[]).length).toBe(5);
  });

  it('speaks English with --lang en', async () => {
    const { stdout } = await run('check', '--lang', 'en', seed('002'));
    expect(stdout).toContain('verdict: errors found');
    // Counts agree with their number: seed 002 has one warning ("1 warnings" was printed).
    expect(stdout).toContain('1 error, 1 warning, 3 notes;');
    expect(stdout).not.toMatch(/\b1 (errors|warnings|notes|infos)\b|\binfos\b/);
  });

  // Five runs of the CLI over two seeds: 30 s in the full suite on a loaded two-core machine.
  it('ends a batch with one line per file (verdict, counts) and a total', { timeout: 120_000 }, async () => {
    const missing = join(mkdtempSync(join(tmpdir(), 'hezhang-batch-')), 'missing.pdf');
    // The counts each line must show, from the same batch's JSON reports.
    const reports = JSON.parse((await run('check', '--json', seed('001'), seed('002'))).stdout) as Report[];
    expect(reports).toHaveLength(2);
    const [one, two] = reports.map((r) => r.summary) as [Report['summary'], Report['summary']];
    expect([one.verdict, two.verdict]).toEqual(['warning', 'error']);
    const zh = (s: Report['summary']) => `错误 ${s.errors}，警告 ${s.warnings}，提示 ${s.infos}`;
    const { stdout } = await run('check', seed('001'), seed('002'), missing);
    const tail = stdout.trimEnd().split('\n').slice(-5);
    expect(tail[0]).toBe('━━ 汇总：3 个文件 ━━');
    expect(tail[1]).toMatch(/^ {2}× 无法读取 +\/\S+\/missing\.pdf（文件不存在或无法访问）$/);
    expect(tail[2]).toMatch(new RegExp(`^ {2}! 有警告 +${zh(one)} +001_44612e61586aee6a\\.txt$`));
    expect(tail[3]).toMatch(new RegExp(`^ {2}✗ 发现错误 +${zh(two)} +002_f3b27fa17e2522f1\\.txt$`));
    const sum = (k: 'errors' | 'warnings' | 'infos') => one[k] + two[k];
    expect(tail[4]).toBe(
      `合计：发现错误 1 个，有警告 1 个，一致 0 个，未能完整核对 0 个，无法读取 1 个；错误 ${sum('errors')}，警告 ${sum('warnings')}，提示 ${sum('infos')}`,
    );
    const en = await run('check', '--lang', 'en', seed('001'), seed('002'));
    const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
    expect(en.stdout.trimEnd().split('\n').at(-1)).toBe(
      `total: 1 with errors, 1 with warnings, 0 consistent, 0 not fully checked; ${count(sum('errors'), 'error')}, ${count(sum('warnings'), 'warning')}, ${count(sum('infos'), 'note')}`,
    );
    // One file, no summary.
    expect((await run('check', seed('001'))).stdout).not.toContain('汇总');
  });
});

describe('bad input and usage', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hezhang-cli-'));
  const binary = join(dir, 'image.txt');
  writeFileSync(binary, Buffer.from([0xff, 0xd8, 0xff, 0x00, 0x10]));
  const empty = join(dir, 'empty.txt');
  writeFileSync(empty, '');

  it('exits 2 with a one-line reason for missing, empty and non-text files, and still checks the rest', async () => {
    const { code, stderr, stdout } = await run('check', '--json', join(dir, 'missing.pdf'), binary, empty, seed('001'));
    expect(code).toBe(2);
    const lines = stderr.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toContain('missing.pdf');
    const results = JSON.parse(stdout) as { error?: unknown; summary?: unknown }[];
    expect(results).toHaveLength(4);
    expect(results.filter((r) => r.error)).toHaveLength(3);
    expect(results.filter((r) => r.summary)).toHaveLength(1);
  });

  it('prints the usage on stdout and exits 0 for --help, -h and help', async () => {
    for (const argv of [['--help'], ['-h'], ['help'], ['check', '--help']]) {
      const { code, stdout, stderr } = await run(...argv);
      expect(code).toBe(0);
      expect(stdout).toContain('hezhang check <file|folder…>');
      expect(stderr).toBe('');
    }
  });

  it('exits 2 on usage errors', async () => {
    expect((await run()).code).toBe(2);
    expect((await run('verify', seed('001'))).code).toBe(2);
    expect((await run('check')).code).toBe(2);
    expect((await run('check', '--lang', 'fr', seed('001'))).code).toBe(2);
  });

  it('refuses a text that is not a budget (a note, a letter) with exit 2 and a one-line reason, as the page does', async () => {
    const note = join(dir, 'note.txt');
    writeFileSync(note, '会议纪要\n今天讨论了下周的安排。\n请各位按时参加。\n');
    for (const lang of ['zh', 'en'] as const) {
      const { code, stdout, stderr } = await run('check', '--lang', lang, note, seed('001'));
      expect(code).toBe(2);
      expect(stderr).toBe(`hezhang: ${note}: ${NOT_BUDGET.reason[lang]}\n`);
      // The other input is still checked.
      expect(stdout).toContain('001_44612e61586aee6a.txt');
    }
    const json = await run('check', '--json', note);
    expect(JSON.parse(json.stdout)).toEqual([
      {
        source: { name: 'note.txt', path: note },
        error: { code: 'not_budget', message: NOT_BUDGET.reason.zh, messageEn: NOT_BUDGET.reason.en },
      },
    ]);
    expect((await run('extract', note)).code).toBe(2);
  });

  it('checks a budget whose tables could not be read in part, and never calls it consistent', async () => {
    const lines = readFileSync(seed('000'), 'utf8').split('\n');
    const end = lines.findIndex((l, i) => i > 40 && /财务收支预算总表/.test(l));
    const prose = join(dir, 'prose.txt');
    writeFileSync(prose, lines.slice(0, end).join('\n'));
    const { code, stdout } = await run('check', '--json', prose);
    expect(code).not.toBe(2);
    const [report] = JSON.parse(stdout) as { summary: { verdict: string } }[];
    expect(report?.summary.verdict).toBe('incomplete');
  });
});

describe('several documents of one department', () => {
  it('checks the later year’s change statements against the earlier document given with it', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'hezhang-years-'));
    // Last year's document of seed 000's department: the same text one year earlier, so every stated change is wrong.
    const text = readFileSync(seed('000'), 'utf8');
    const earlier = join(dir, 'bureau-2024.txt');
    writeFileSync(earlier, text.replaceAll('2024年', '2023年').replaceAll('2025年', '2024年'));
    const { stdout } = await run('check', '--json', seed('000'), earlier, seed('002'));
    const [later, previous, other] = JSON.parse(stdout) as Report[];
    expect(later?.previous).toEqual([{ name: 'bureau-2024.txt', year: 2024 }]);
    expect(later?.checks.find((c) => c.rule === 'across.years')?.status).toBe('fail');
    expect(previous?.previous).toEqual([]);
    expect(other?.checks.find((c) => c.rule === 'across.years')?.status).toBe('not_applicable');
  });
});

describe('hezhang rules', () => {
  it('prints the rule list that docs/rules.md holds', async () => {
    const { code, stdout } = await run('rules');
    expect(code).toBe(0);
    expect(stdout).toBe(readFileSync(fileURLToPath(new URL('../../../docs/rules.md', import.meta.url)), 'utf8'));
  });
});

describe('a table not read in full', () => {
  it('is named right after the verdict, and no finding rests on it', async () => {
    const seed = readFileSync(new URL('../../../seeds/001_44612e61586aee6a.txt', import.meta.url), 'utf8');
    // The revenue table's first 类 row: its 合计 printed as digits that make no amount.
    const lines = seed.split('\n');
    const title = lines.findLastIndex((l) => l.startsWith('2023年部门收入预算总表'));
    const row = lines.findIndex((l, i) => i > title && l.startsWith('208\t\t\t'));
    lines[row] = (lines[row] as string).replace('12,912,812', '12,912,8l2');
    const file = join(mkdtempSync(join(tmpdir(), 'hezhang-partial-')), 'partial.txt');
    writeFileSync(file, lines.join('\n'));
    const { stdout } = await run('check', file);
    const out = stdout.split('\n');
    expect(out[2]).toBe('');
    expect(out[3]).toBe('未能完整读取（依赖这些内容的检查未运行）：');
    expect(out[4]).toMatch(/^ {2}! 2023年部门收入预算总表：.*12,912,8l2/);
    expect(stdout).not.toMatch(/✗ 错误 {2}收入预算总表/);
  });
});
