import { describe, expect, it } from 'vitest';
import { budgetRefusal, NOT_BUDGET, parseText } from '../src/index.js';
import { SEEDS } from './helpers.js';

/** The one decision "is this a budget document at all", which the CLI and the page both make. */
describe('budgetRefusal', () => {
  const notBudgets = {
    note: '会议纪要\n今天讨论了下周的安排。\n请各位按时参加。\n',
    letter:
      '尊敬的王先生：\n您好！来信收到，关于预算公开的问题，我们将在下周答复。\n此致\n敬礼\n上海市财政局\n2024年3月1日\n',
    // A letter about a budget names one on its first line: still no table and no part of a budget.
    'letter about a budget':
      '关于2025年部门预算的说明\n各位同事：\n部门预算编制工作即将开始，请各处室于下周前报送材料。\n',
    'a few numbers': '合计\t100\t200\n小计\t50\t60\n',
  };
  for (const [name, text] of Object.entries(notBudgets)) {
    it(`refuses ${name}`, () => {
      const refusal = budgetRefusal(parseText(text, { name }));
      expect(refusal).toEqual(NOT_BUDGET);
      expect(refusal?.reason.zh).toMatch(/^不是预算文件/);
      expect(refusal?.reason.en).toMatch(/^not a budget document/);
    });
  }

  for (const seed of SEEDS) {
    it(`accepts seed ${seed.id}`, () => {
      expect(budgetRefusal(parseText(seed.text, { name: seed.file }))).toBeUndefined();
    });
  }

  it('accepts a budget whose tables could not be read: its prose is checked, and the report says the rest', () => {
    const seed = SEEDS.find((s) => s.id === '003') ?? SEEDS[0];
    const lines = (seed?.text ?? '').split('\n');
    // Everything before the first table: cover, contents, functions, organization, glossary, explanation.
    const end = lines.findIndex((l, i) => i > 40 && /财务收支预算总表/.test(l));
    const doc = parseText(lines.slice(0, end).join('\n'), { name: 'prose-only.txt' });
    expect(doc.tables).toHaveLength(0);
    expect(budgetRefusal(doc)).toBeUndefined();
  });
});
