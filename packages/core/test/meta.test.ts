import { describe, expect, it } from 'vitest';
import { parseText, SHANGHAI_BUDGET, SHANGHAI_FINAL } from '../src/index.js';
import { readMeta } from '../src/meta/meta.js';
import type { Section } from '../src/model/document.js';
import { SEEDS } from './helpers.js';

/** A cover of these lines, one paragraph each (as a text with blank lines between them reads). */
const cover = (...lines: string[]): Section[] => [
  {
    kind: 'cover',
    heading: '',
    paragraphs: lines.map((text, i) => ({ text, source: { line: i + 1 } })),
    source: { line: 1 },
  },
];

/** The department and year a cover alone gives (no table names the department). */
const fromCover = (template: typeof SHANGHAI_BUDGET, ...lines: string[]) => {
  const meta = readMeta(cover(...lines), [], [], template);
  return { department: meta.department, year: meta.year, stage: meta.stage };
};

describe('the department on a cover', () => {
  it('is read from a title on one line, as before', () => {
    expect(fromCover(SHANGHAI_FINAL, '上海市普陀区财政局2024年度部门决算')).toEqual({
      department: '上海市普陀区财政局',
      year: 2024,
      stage: 'final',
    });
  });

  it('is read from a title wrapped over two lines', () => {
    expect(fromCover(SHANGHAI_FINAL, '上海市普陀区财政局', '2024年度部门决算')).toEqual({
      department: '上海市普陀区财政局',
      year: 2024,
      stage: 'final',
    });
    // Cut inside the name.
    expect(fromCover(SHANGHAI_BUDGET, '上海市普陀区人民政府万里街道', '办事处2024年部门预算')).toEqual({
      department: '上海市普陀区人民政府万里街道办事处',
      year: 2024,
      stage: 'budget',
    });
  });

  it('is read from a department line wrapped over two lines', () => {
    expect(
      fromCover(
        SHANGHAI_BUDGET,
        '上海市普陀区2024年区级部门预算',
        '预算主管部门：上海市普陀区人民政府万里街道',
        '办事处',
      ),
    ).toMatchObject({ department: '上海市普陀区人民政府万里街道办事处', year: 2024 });
  });

  it('takes no other line for a part of the name', () => {
    // "附件1" above the title, a region without a department, a complete name followed by the contents.
    expect(fromCover(SHANGHAI_BUDGET, '附件1', '上海市普陀区2023年区级部门预算').department).toBeUndefined();
    expect(fromCover(SHANGHAI_BUDGET, '附件', '2023年部门预算').department).toBeUndefined();
    expect(fromCover(SHANGHAI_BUDGET, '上海市2025年市级单位预算', '预算单位：上海市财政局', '目录').department).toBe(
      '上海市财政局',
    );
  });

  it('is read in a whole document whose cover title wraps', () => {
    const seed = SEEDS.find((s) => s.id === '003');
    const lines = (seed?.text ?? '').split('\n');
    // Seed 003's cover, its title wrapped after the department's name and no department line.
    expect(lines[2]).toBe('上海市松江区2026年区级部门预算');
    // The tables' "编制部门：" lines left out too, so that only the cover names the department.
    const rest = lines.slice(5).filter((l) => !l.startsWith('编制部门：'));
    const text = ['', '', '上海市松江区医疗保障局', '', '2026年区级部门预算', '', ...rest].join('\n');
    const doc = parseText(text, { name: 'wrapped.txt' });
    expect(doc.sections[0]?.paragraphs.map((p) => p.text)).toEqual(['上海市松江区医疗保障局', '2026年区级部门预算']);
    expect(doc.meta).toMatchObject({ department: '上海市松江区医疗保障局', year: 2026 });
  });
});
