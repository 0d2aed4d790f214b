import { describe, expect, it } from 'vitest';
import type { Line } from '../src/layout/types.js';
import { readProse } from '../src/prose/sections.js';
import { compileTemplate, SHANGHAI_FINAL } from '../src/templates/index.js';

/**
 * Prose lines of a PDF page into paragraphs: a sentence whose full stop falls at the end of a line the
 * page width cut does not end its paragraph where the page indents its paragraphs' first lines
 * (clean-wps-cjk-digits' 预算绩效管理 paragraph, wanli's items “18. …事务。” / “2023年当年…”).
 */
const template = compileTemplate(SHANGHAI_FINAL);
const SIZE = 10;
/** A line of the page: `indent` characters in from the margin (43.5 pt), `chars` wide. */
const line = (text: string, y: number, indent: number, chars = text.length): Line => ({
  text,
  cells: [{ text }],
  page: 23,
  box: [43.5 + indent * SIZE, y, 43.5 + (indent + chars) * SIZE, y + SIZE],
  indent,
  gap: 0,
});
const paragraphs = (lines: Line[]) =>
  readProse(lines, template).sections.flatMap((s) => s.paragraphs.map((p) => p.text));

describe('prose lines into paragraphs', () => {
  const first = line('本部门绩效自评的2024年度项目5个，涉及预算金额', 232, 2, 73);
  const full = line('427.40万元，平均得分95.20分（其中，绩效评级为“优”的项目4个）。', 247, 0, 74.5);
  const after = line('绩效自评中共发现问题2个，已经完成整改的1个，正在整改的1个。', 262, 0, 31);
  const next = line('机关运行经费支出182.32万元。', 277, 2, 20);

  it('goes on after a full stop at the end of a line the page width cut, on a line flush with the margin', () => {
    expect(paragraphs([first, full, after, next])).toEqual([`${first.text}${full.text}${after.text}`, next.text]);
    // Not after a full stop on a shorter line, nor before an indented line, nor where the page does not
    // indent its paragraphs.
    const short = { ...full, box: [43.5, 247, 43.5 + 40 * SIZE, 257] as Line['box'] };
    expect(paragraphs([first, short, after])).toEqual([`${first.text}${short.text}`, after.text]);
    expect(paragraphs([first, full, { ...after, indent: 2 }])).toEqual([`${first.text}${full.text}`, after.text]);
    expect(paragraphs([{ ...first, indent: 0 }, full, after])).toEqual([`${first.text}${full.text}`, after.text]);
  });
});
