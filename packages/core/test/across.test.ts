import { describe, expect, it } from 'vitest';
import {
  type BudgetDocument,
  buildDossiers,
  checkDocuments,
  checkingTogether,
  type Finding,
  groupDocuments,
  listedUnits,
  parseText,
  type Report,
  RULES,
} from '../src/index.js';
import { type BudgetSpec, budgetText, type Leaf, sumOf } from './budget-text.js';

/**
 * Documents read together (issue 19): hand-made budgets of one department and its units (test/budget-text.ts,
 * every document consistent in itself), each with one mistake between documents planted — a unit above
 * its department, units that do not add up to it, a 本部 that differs from the department its other
 * units are merged into, a year whose change does not follow from last year's document — each caught
 * at its line; consistent sets give nothing; unrelated and unreadable documents are never compared.
 */

const DEPARTMENT = '上海市普陀区示例局';
const CENTRE = '上海市普陀区示例服务中心';
const MERGED = '上海市普陀区示例所';

const HQ: Leaf[] = [
  { code: '2010301', basic: 1_234_567, project: 0 },
  { code: '2080505', basic: 300_000, project: 0 },
  { code: '2101101', basic: 120_000, project: 0 },
  { code: '2210201', basic: 250_000, project: 0 },
];
const CENTRE_LEAVES: Leaf[] = [
  { code: '2010350', basic: 500_000, project: 200_000 },
  { code: '2080505', basic: 100_000, project: 0 },
  { code: '2210201', basic: 80_000, project: 0 },
  { code: '2296002', basic: 0, project: 800_000, fund: 'gov_fund' },
];

const headquarters = (year = 2025, leaves = HQ): BudgetSpec => ({ name: DEPARTMENT, year, scope: 'unit', leaves });
const centre = (year = 2025, leaves = CENTRE_LEAVES): BudgetSpec => ({ name: CENTRE, year, scope: 'unit', leaves });
const department = (
  units: readonly BudgetSpec[],
  edit: (leaves: Leaf[]) => Leaf[] = (l) => l,
  list = [{ name: '示例局本部' }, { name: CENTRE }, { name: MERGED, merged: true }],
): BudgetSpec => ({ name: DEPARTMENT, year: units[0]?.year ?? 2025, units: list, leaves: edit(sumOf(units)) });

const read = (spec: BudgetSpec, file: string) => parseText(budgetText(spec), { name: file });
const across = (r: Report | undefined) => (r?.findings ?? []).filter((f) => f.rule.startsWith('across.'));
const check = (r: Report | undefined, rule: string) => r?.checks.find((c) => c.rule === rule);
/** "table/row" of every place a finding points at, "file:" first when it is another document's. */
const places = (f: Finding | undefined) =>
  (f?.refs ?? []).map((r) => `${r.document ? `${r.document}:` : ''}${r.table ?? '§'}/${r.row ?? ''}`);
const change = (leaves: Leaf[], code: string, edit: Partial<Leaf>) =>
  leaves.map((l) => (l.code === code ? { ...l, ...edit } : l));

describe('a department and its units', () => {
  const hq = headquarters();
  const ctr = centre();

  it('every unit present and consistent: paired, compared line by line, nothing reported', () => {
    const docs = [read(department([hq, ctr]), 'dept.txt'), read(hq, 'hq.txt'), read(ctr, 'centre.txt')];
    const [rd, rh, rc] = checkDocuments(docs);
    expect(rd?.pairing?.paired.map((p) => [p.relation, p.name, p.rule])).toEqual([
      ['units', 'hq.txt', 'across.units'],
      ['units', 'centre.txt', 'across.units'],
    ]);
    expect(rh?.pairing).toMatchObject({ unit: '示例局本部', kind: 'unit_budget' });
    expect(rh?.pairing?.paired.map((p) => [p.relation, p.name])).toEqual([['department', 'dept.txt']]);
    expect(rc?.pairing).toMatchObject({ unit: CENTRE });
    expect(check(rd, 'across.units')?.status).toBe('pass');
    expect(check(rd, 'across.units')?.comparisons).toBeGreaterThan(100);
    expect([rd, rh, rc].flatMap(across)).toEqual([]);
    // Each document is consistent in itself: the hand-made budgets are sound.
    expect([rd, rh, rc].map((r) => r?.summary.verdict)).toEqual(['ok', 'ok', 'ok']);
  });

  it('a unit above its department, at its line (one unit missing: the sum is not checked, and the report says why)', () => {
    const dept = department([hq, ctr], (l) => change(l, '2010301', { basic: 1_200_000 }));
    const [rd] = checkDocuments([read(dept, 'dept.txt'), read(hq, 'hq.txt')]);
    const found = across(rd);
    expect(found.map((f) => [f.severity, f.message.zh])).toEqual([
      [
        'error',
        '单位“示例局本部”（hq.txt）的2010301 行政运行为1,234,567元，超过部门的1,200,000元（收入预算总表合计；支出预算总表、一般公共预算支出功能分类预算表中同一行亦然）',
      ],
    ]);
    expect(places(found[0])).toContain('revenue_summary/2010301');
    expect(places(found[0])).toContain('hq.txt:revenue_summary/2010301');
    expect(found[0]?.refs.find((r) => r.document === 'hq.txt')?.line).toBeGreaterThan(0);
    expect(rd?.pairing?.impossible.map((p) => p.reason.zh)).toEqual([
      `本次没有所列单位“${CENTRE}”的2025年单位预算：部门数 = 各单位之和无法核对（已有单位的数不超过部门数照常核对）`,
    ]);
  });

  it('units that do not add up to their department, at its line', () => {
    const dept = department([hq, ctr], (l) => change(l, '2010350', { project: 210_000 }));
    const [rd] = checkDocuments([read(dept, 'dept.txt'), read(hq, 'hq.txt'), read(ctr, 'centre.txt')]);
    const found = across(rd);
    expect(found).toHaveLength(1);
    expect(found[0]?.message.zh).toMatch(
      /^2010350 事业运行：部门为710,000元，各单位（示例局本部、上海市普陀区示例服务中心）之和为700,000元（收入预算总表合计；/,
    );
    expect(places(found[0])).toEqual(
      expect.arrayContaining(['revenue_summary/2010350', 'centre.txt:revenue_summary/2010350']),
    );
    expect(found[0]?.expected?.label?.zh).toBe('各单位之和');
  });

  it('a 本部 that differs from the department whose other units are merged into it, at its line', () => {
    const list = [{ name: '示例局本部' }, { name: MERGED, merged: true }];
    const consistent = department([hq], undefined, list);
    const [ok] = checkDocuments([read(consistent, 'dept.txt'), read(hq, 'hq.txt')]);
    expect(check(ok, 'across.units')?.status).toBe('pass');
    expect(ok?.pairing?.impossible).toEqual([]);
    const differs = department([hq], (l) => change(l, '2010301', { project: 15_000 }), list);
    const [rd] = checkDocuments([read(differs, 'dept.txt'), read(hq, 'hq.txt')]);
    const found = across(rd);
    expect(found).toHaveLength(1);
    expect(found[0]?.message.zh).toMatch(
      /^其余单位不单列预算、并入本部，部门数应与本部（示例局本部）相同：2010301 行政运行部门为1,249,567元，本部为1,234,567元/,
    );
    expect(places(found[0])).toEqual(
      expect.arrayContaining(['expenditure_summary/2010301', 'hq.txt:expenditure_summary/2010301']),
    );
  });

  it('reads the list of units: 本部, merged units, a 序号 table', () => {
    const doc = (paragraphs: string[]) =>
      ({
        sections: [
          {
            kind: 'organization',
            heading: '机构设置',
            source: {},
            paragraphs: paragraphs.map((text) => ({ text, source: {} })),
          },
        ],
      }) as unknown as BudgetDocument;
    expect(
      listedUnits(
        doc([
          '上海市普陀区商务委员会部门预算是包括商务委本部以及下属1家预算单位的综合收支计划。',
          '本部门中，行政单位1家，事业单位1家，具体包括：',
          '1. 商务委本部，上海市普陀区商务委员会机关设9个内设机构，包括：办公室、综合调研科。',
          '2. 上海市普陀区中小企业服务中心，不单列预算。',
        ]),
      ).map((u) => [u.name, u.headquarters, u.merged]),
    ).toEqual([
      ['商务委本部', true, false],
      ['上海市普陀区中小企业服务中心', false, true],
    ]);
    expect(
      listedUnits(
        doc([
          '本部门中，行政单位1家，事业单位1家，具体包括（列示至基层预算单位）：',
          '1.上海市普陀区人民政府办公室本部。',
          '2.下属事业单位上海市普陀区交流服务中心不单列预算，并入本部。',
        ]),
      ).map((u) => [u.name, u.headquarters, u.merged]),
    ).toEqual([
      ['上海市普陀区人民政府办公室本部', true, false],
      ['上海市普陀区交流服务中心', false, true],
    ]);
    expect(
      listedUnits(
        doc([
          '纳入上海市普陀区财政局2024年度部门决算编制范围的单位包括：',
          '序号 单位名称 备注',
          '1 上海市普陀区财政局（本级）',
          '2 上海市普陀区财政局财政所 预算不单列，并入本级',
        ]),
      ).map((u) => [u.name, u.headquarters, u.merged]),
    ).toEqual([
      ['上海市普陀区财政局（本级）', true, false],
      ['上海市普陀区财政局财政所', false, true],
    ]);
  });
});

describe('a department over the years', () => {
  const year = (y: number, leaves: Leaf[], stated?: BudgetSpec['change']) => ({
    ...department([headquarters(y, leaves), centre(y)]),
    ...(stated ? { change: stated } : {}),
  });
  const y2024 = year(2024, change(HQ, '2010301', { basic: 1_100_000 }));

  it('a change that follows from last year’s document: paired, checked, nothing reported', () => {
    // 2025 is 134,567 元 more: 13.46万元 (13.4567 rounded).
    const [r24, r25] = checkDocuments([
      read(y2024, '2024.txt'),
      read(year(2025, HQ, { direction: '增加', amount: '13.46' }), '2025.txt'),
    ]);
    expect(r25?.pairing?.paired.map((p) => [p.relation, p.name, p.rule])).toEqual([
      ['earlier', '2024.txt', 'across.years'],
    ]);
    expect(r24?.pairing?.paired.map((p) => [p.relation, p.name])).toEqual([['later', '2025.txt']]);
    expect(check(r25, 'across.years')?.status).toBe('pass');
    expect(across(r25)).toEqual([]);
  });

  it('a change that does not: the figure it gives for last year is named beside last year’s', () => {
    const [, r25] = checkDocuments([
      read(y2024, '2024.txt'),
      read(year(2025, HQ, { direction: '增加', amount: '15.00' }), '2025.txt'),
    ]);
    const found = across(r25);
    expect(found.map((f) => f.message.zh)).toEqual([
      expect.stringMatching(
        /^“财政拨款收入”写作“比2024年预算增加15.00万元”：据此2024年为\S+万元，而2024年的文档（2024.txt）为\S+万元，实际增加13.46万元$/,
      ),
    ]);
    expect(places(found[0])).toEqual(expect.arrayContaining(['2024.txt:finance_summary/fiscal_grant']));
  });
});

describe('documents that do not belong together', () => {
  it('another department in the same folder is never compared', () => {
    const other = { ...department([headquarters(), centre()]), name: '上海市普陀区另一局' };
    const [rd, ro] = checkDocuments([
      read(department([headquarters(), centre()]), 'dept.txt'),
      read(other, 'other.txt'),
    ]);
    expect(rd?.pairing?.paired).toEqual([]);
    expect(ro?.pairing?.paired).toEqual([]);
    expect(ro?.pairing?.unpaired?.zh).toBe('本次的其他文档都不是上海市普陀区另一局的，未与本文档比较');
    expect(
      groupDocuments([read(department([headquarters(), centre()]), 'dept.txt'), read(other, 'other.txt')]).map(
        (g) => g.department,
      ),
    ).toEqual([DEPARTMENT, '上海市普陀区另一局']);
    expect([rd, ro].map((r) => check(r, 'across.units')?.status)).toEqual(['not_applicable', 'not_applicable']);
  });

  it('a name printed otherwise is the same department (上海市 left out, 和 for 与)', () => {
    const a = { ...department([headquarters(), centre()]), name: '上海市普陀区规划与示例局' };
    const b = { ...department([headquarters(2024), centre(2024)]), name: '普陀区规划和示例局' };
    const [ra] = checkDocuments([read(a, 'a.txt'), read(b, 'b.txt')]);
    expect(ra?.pairing?.paired.map((p) => p.name)).toEqual(['b.txt']);
  });

  it('a document whose department cannot be read is unpaired, saying why', () => {
    const nameless = read(department([headquarters(), centre()]), 'nameless.txt');
    delete nameless.meta.department;
    const [r, other] = checkDocuments([nameless, read(department([headquarters(2024), centre(2024)]), '2024.txt')]);
    expect(r?.pairing?.unpaired?.zh).toBe('未能读出文档的所属部门（封面、表头和说明中都没有读到），无法与其他文档配对');
    expect(r?.pairing?.paired).toEqual([]);
    expect(other?.pairing?.paired).toEqual([]);
  });

  it('final accounts and the next year’s budget: not the same year, said as an impossible pairing', () => {
    const final = read(department([headquarters(2024), centre(2024)]), 'final-2024.txt');
    final.meta.stage = 'final';
    final.meta.template = 'shanghai-final';
    const [rf, rb] = checkDocuments([final, read(department([headquarters(), centre()]), 'budget-2025.txt')]);
    expect(rf?.pairing?.impossible.find((p) => p.rule === 'across.budget')?.reason.zh).toBe(
      '本次没有2024年的预算（budget-2025.txt（2025年部门预算）不是同一年度的）：决算中的年初预算数只与同一年度的预算核对',
    );
    expect(rb?.pairing?.paired.map((p) => [p.relation, p.name])).toEqual([['earlier', 'final-2024.txt']]);
    expect(check(rf, 'across.budget')?.status).toBe('not_applicable');
  });

  it('the same document twice: the second is compared with nothing, and says so', () => {
    const [, second] = checkDocuments([read(headquarters(), 'hq.txt'), read(headquarters(), 'hq-copy.txt')]);
    expect(second?.pairing?.unpaired?.zh).toContain('只有先给出的hq.txt与其他文档比较');
  });
});

describe('the dossier', () => {
  it('one department: its documents by year, the links, and its totals by fund and by class over the years', () => {
    const docs = [
      read(department([headquarters(2024), centre(2024)]), 'dept-2024.txt'),
      read(department([headquarters(), centre()]), 'dept-2025.txt'),
      read(headquarters(), 'hq-2025.txt'),
    ];
    const [dossier, ...rest] = buildDossiers(checkDocuments(docs));
    expect(rest).toEqual([]);
    expect(dossier?.department).toBe(DEPARTMENT);
    expect(dossier?.documents.map((d) => [d.name, d.kind, d.year, d.verdict])).toEqual([
      ['dept-2024.txt', 'department_budget', 2024, 'ok'],
      ['dept-2025.txt', 'department_budget', 2025, 'ok'],
      ['hq-2025.txt', 'unit_budget', 2025, 'ok'],
    ]);
    expect(dossier?.links.map((l) => [l.from, l.relation, l.to])).toEqual([
      ['dept-2025.txt', 'earlier', 'dept-2024.txt'],
      ['dept-2025.txt', 'units', 'hq-2025.txt'],
    ]);
    expect(dossier?.years).toEqual([2024, 2025]);
    const total = 1_234_567 + 300_000 + 120_000 + 250_000 + 700_000 + 100_000 + 80_000 + 800_000;
    expect(dossier?.totals[0]?.points).toEqual([
      { year: 2024, budget: total * 100 },
      { year: 2025, budget: total * 100 },
    ]);
    expect(dossier?.funds.map((s) => [s.key, s.points.map((p) => p.budget)])).toEqual([
      ['fund:general_expenditure', [(total - 800_000) * 100, (total - 800_000) * 100]],
      ['fund:gov_fund_expenditure', [800_000 * 100, 800_000 * 100]],
    ]);
    expect(dossier?.classes.map((s) => s.key)).toEqual([
      'class:201',
      'class:208',
      'class:210',
      'class:221',
      'class:229',
    ]);
  });
});

describe('the dossier’s findings', () => {
  it('errors first, then warnings, whatever document holds them; within a severity in the documents’ order', () => {
    const above = (y: number) =>
      department([headquarters(y), centre(y)], (l) => change(l, '2010301', { basic: 1_200_000 }));
    const reports = checkDocuments([
      read(above(2024), 'dept-2024.txt'),
      read(headquarters(2024), 'hq-2024.txt'),
      read(above(2025), 'dept-2025.txt'),
      read(headquarters(), 'hq-2025.txt'),
    ]);
    // Each department document holds one error (its 本部 above it at 2010301).
    expect(reports.map((r) => across(r).map((f) => f.severity))).toEqual([['error'], [], ['error'], []]);
    // The earlier year's made a warning: the later year's error is met first.
    const softened = reports.map((r) =>
      r.source.name === 'dept-2024.txt'
        ? {
            ...r,
            findings: r.findings.map((f) =>
              f.rule.startsWith('across.') ? { ...f, severity: 'warning' as const } : f,
            ),
          }
        : r,
    );
    const [dossier] = buildDossiers(softened);
    expect(dossier?.findings.map((f) => [f.document, f.finding.severity])).toEqual([
      ['dept-2025.txt', 'error'],
      ['dept-2024.txt', 'warning'],
    ]);
    const [unchanged] = buildDossiers(reports);
    expect(unchanged?.findings.map((f) => f.document)).toEqual(['dept-2024.txt', 'dept-2025.txt']);
    // Each names its place in its own report's findings (where the report's review marks are kept).
    for (const { document, index, finding } of unchanged?.findings ?? []) {
      const holder = reports.find((r) => r.source.name === document);
      expect(holder?.findings[index]).toBe(finding);
      expect(index).toBe(holder?.findings.findIndex((f) => f.rule.startsWith('across.')));
    }
  });
});

describe('documents checked as they arrive (checkingTogether)', () => {
  /** Every rule, each run counted per document (by file name). */
  const counted = () => {
    const runs: string[] = [];
    const rules = RULES.map((rule) => ({
      ...rule,
      run(ctx: Parameters<typeof rule.run>[0]) {
        if (rule === RULES[0]) runs.push(ctx.document.source.name);
        return rule.run(ctx);
      },
    }));
    return { runs, rules };
  };
  const hq = headquarters();
  const ctr = centre();
  const other = { name: '上海市普陀区另一局', year: 2025, scope: 'department' as const, leaves: HQ };

  it('checks a document on arrival and again only when what it is checked with changed; the reports are checkDocuments’', () => {
    const dept = read(
      department([hq, ctr], (l) => change(l, '2010350', { project: 210_000 })),
      'dept.txt',
    );
    const [h, c, o] = [read(hq, 'hq.txt'), read(ctr, 'centre.txt'), read(other, 'other.txt')];
    const { runs, rules } = counted();
    const together = checkingTogether({ rules });
    for (const doc of [o, h, dept]) together.add(doc);
    expect(runs).toEqual(['other.txt', 'hq.txt', 'dept.txt']);

    // The department meets its 本部: it is checked again with it; the 本部 (its checks compare it with no
    // other document) and the unrelated document are not.
    runs.length = 0;
    const first = together.reports([dept, h, o]);
    expect(runs).toEqual(['dept.txt']);
    expect(first).toEqual(checkDocuments([dept, h, o], { rules }));

    // Nothing new: nothing checked again. A unit not checked before arrives: it, and the department (its
    // units changed).
    runs.length = 0;
    expect(together.reports([dept, h, o])).toEqual(first);
    expect(runs).toEqual([]);
    const second = together.reports([dept, h, o, c]);
    expect(runs.sort()).toEqual(['centre.txt', 'dept.txt']);
    expect(second).toEqual(checkDocuments([dept, h, o, c], { rules }));
    expect(across(second[0]).map((f) => f.message.zh)).toEqual([
      expect.stringMatching(/^2010350 事业运行：部门为710,000元/),
    ]);
    // The unrelated document's report is the one made on arrival, and says it was paired with nothing.
    expect(second[2]?.pairing?.paired).toEqual([]);
    expect(second[2]?.findings).toEqual(checkDocuments([o])[0]?.findings);
  });
});
