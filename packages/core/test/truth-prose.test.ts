import { describe, expect, it } from 'vitest';
import { checkDocument, type Finding, parseText, type Report } from '../src/index.js';
import { czj, setCell } from './czj-final.js';
import { SEEDS } from './helpers.js';

/**
 * How the prose is read, and the mistakes a careful reader finds in it (issue 18): each test puts a
 * real sentence (quoted from the PDF it comes from, or from the held-out documents) with one
 * thing changed into a seed, and asserts the finding it gives — and that the sentence as it should
 * have been written gives none.
 */

const seedText = (id: string) => SEEDS.find((x) => x.id === id)?.text ?? '';
const edit = (id: string, from: string, to: string) => {
  const text = seedText(id);
  expect(text.includes(from), `seed ${id} contains "${from}"`).toBe(true);
  return text.replace(from, to);
};
const parse = (text: string, name = 'seed.txt') => parseText(text, { name });
const check = (text: string) => checkDocument(parse(text));
const on = (r: Report, rule: string) => r.findings.filter((f) => f.rule === rule);
const brief = (fs: Finding[]) => fs.map((f) => [f.severity, f.message.zh]);

describe('a list continued on its own indented line continues the list and the paragraph', () => {
  // Held out (a Putuo 司法局 budget): "具体包括：1.普陀区司法局本部" and, on the next line, indented,
  // "2.普陀区法律援助中心".
  const list = '具体包括：\n\n1. 上海市杨浦区医疗保障局本部\n2. 上海市杨浦区医疗保险事务中心';
  const inline = '具体包括：1.上海市杨浦区医疗保障局本部\n    2.上海市杨浦区医疗保险事务中心';

  it('reads both units as the list of 机构设置', () => {
    const doc = parse(edit('002', list, inline));
    const org = doc.claims.find((c) => c.kind === 'organization');
    expect(org?.names).toEqual(['上海市杨浦区医疗保障局本部', '上海市杨浦区医疗保险事务中心']);
    const section = doc.sections.find((s) => s.kind === 'organization');
    expect(section?.paragraphs.map((p) => p.text)).toEqual([
      '上海市杨浦区医疗保障局部门预算是包括上海市杨浦区医疗保障局本部以及下属1家预算单位的综合收支计划。本部门中，行政单位1家，事业单位1家，具体包括：1.上海市杨浦区医疗保障局本部2.上海市杨浦区医疗保险事务中心',
    ]);
    expect(on(checkDocument(doc), 'prose.organization')).toEqual([]);
  });

  it('a third unit missing from the counts is still found', () => {
    const r = check(edit('002', list, `${inline}\n    3.上海市杨浦区医疗保障监督所`));
    expect(brief(on(r, 'prose.organization'))).toEqual([
      ['error', '机构设置中单位数不一致：各类单位合计2家，所列单位3家'],
    ]);
  });

  it('a numbered line that does not follow the inline list starts its own paragraph', () => {
    const doc = parse(edit('002', list, '具体包括：1.上海市杨浦区医疗保障局本部\n    3.上海市杨浦区医疗保险事务中心'));
    const section = doc.sections.find((s) => s.kind === 'organization');
    expect(section?.paragraphs).toHaveLength(2);
  });
});

describe('refs point at the page where the matched words are', () => {
  it('a typo on the second page of a paragraph that runs over a page break points at that page', () => {
    const doc = parse(
      edit(
        '000',
        '财政拨款收入支出减少的主要原因是项目经费预算减少。',
        '财政拨款收入支出减少的主要原因是项目经费预算减少，公务车用车运行费减少。',
      ),
    );
    const section = doc.sections.findIndex((s) => s.paragraphs.some((p) => p.text.includes('公务车用车')));
    const paragraph = doc.sections[section]?.paragraphs.find((p) => p.text.includes('公务车用车'));
    expect(paragraph).toBeDefined();
    if (!paragraph) return;
    // As a PDF gives it: the paragraph's first line on page 6, its second on page 7.
    const cut = paragraph.text.indexOf('，') + 1;
    paragraph.pieces = [
      { start: 0, end: cut, page: 6, box: [90, 700, 500, 712] },
      { start: cut, end: paragraph.text.length, page: 7, box: [72, 80, 300, 92] },
    ];
    paragraph.source = { page: 6 };
    const typo = on(checkDocument(doc), 'document.typos')[0];
    expect(typo?.refs.map((r) => [r.page, r.box])).toEqual([[7, [72, 80, 300, 92]]]);
  });
});

describe('a listed item printed 0.00 while its block adds up is an info', () => {
  // czj-2024-final p23: 人员经费 "主要包括：…退休费、个人农业生产补贴"; p17 leaves 30310 blank and prints
  // 0.31 for 30309 奖励金 (a warning: the list names an empty line and leaves a filled one out).
  const items = (r: Report) => brief(on(r, 'prose.economic_items'));

  it('blank in the table: the warning stays', () => {
    expect(items(checkDocument(czj())).map(([s]) => s)).toEqual(['warning']);
  });

  it('printed 0.00 with 303 adding up as printed: an info, the item may hold a few 元', () => {
    const r = checkDocument(czj(undefined, (d) => setCell(d, 'final_basic_by_economic', '30310', 'amount', 0)));
    expect(items(r)).toEqual([
      [
        'info',
        '“人员经费”所列“个人农业生产补贴”在表中印为0.00；其所在类的合计与各项相符，该项可能为不足0.01万元的金额',
      ],
    ]);
  });
});
