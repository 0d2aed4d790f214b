import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import {
  type BudgetDocument,
  type BudgetTable,
  parseAmount,
  parseText,
  SHANGHAI_FINAL,
  type TableRow,
} from '../src/index.js';

/**
 * A final account as a test document: the 情况说明 of 上海市普陀区财政局2024年度部门决算 (czj-2024-final) as
 * printed, and its tables as read from the PDF and checked by hand (the pdf package's golden file).
 * Tests change one value or word and assert what the rules say.
 */

export const FINAL = { template: SHANGHAI_FINAL, name: 'final.txt', format: 'tsv' as const };

/** A final account's prose: a cover, then headed sections of paragraphs. */
export function prose(sections: Record<string, string[]>, cover = '上海市普陀区财政局2024年度部门决算'): string {
  return [cover, '', ...Object.entries(sections).flatMap(([h, ps]) => [h, '', ...ps.flatMap((p) => [p, ''])])].join(
    '\n',
  );
}
export const claimsOf = (sections: Record<string, string[]>) => parseText(prose(sections), FINAL).claims;

// The 情况说明 of czj-2024-final, as printed (sections 一 to 九 and 十一).
export const CZJ: Record<string, string[]> = {
  '一、收入支出决算总体情况说明': [
    '上海市普陀区财政局2024年度收入支出总计2995.39万元。与2023年度相比，收入支出总计减少56.95万元，下降1.87%。主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。',
  ],
  '二、收入决算情况说明': [
    '本年收入合计2946.25万元，其中： 财政拨款收入2940.05万元，占99.79%；其他收入6.2万元，占0.21%；',
  ],
  '三、支出决算情况说明': [
    '本年支出合计2940.05万元，其中：基本支出2336.91万元，占79.49%； 项目支出603.14万元，占20.51%；',
  ],
  '四、财政拨款收入支出决算总体情况说明': [
    '上海市普陀区财政局2024年度财政拨款收入支出总计0.3万元。与2023年度相比，财政拨款收入支出总计持平。主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。',
  ],
  '五、一般公共预算财政拨款支出决算情况说明': [
    '（一）一般公共预算财政拨款支出决算总体情况',
    '一般公共预算财政拨款支出2940.05万元，占本年支出合计的100.00%。与2023年度相比，一般公共预算财政拨款支出减少63.14万元，下降2.10%。主要原因：基本支出中人员进出及退休变化，以及项目支出中合同支付进度条款等原因减少支付。',
    '（二）一般公共预算财政拨款支出决算结构情况',
    '一般公共预算财政拨款支出2940.05万元，主要用于以下方面：一般公共服务支出（类）2106.66万元，占71.73%；社会保障和就业支出（类）326.72万元，占11.11%；卫生健康支出（类）60.99万元，占2.07%；住房保障支出（类）445.69万元，占15.16%；',
    '（三）一般公共预算财政拨款支出决算具体情况',
    '一般公共预算财政拨款支出年初预算为2993.92万元，支出决算为2940.05万元，完成年初预算的98.20%。决算数小于预算数的主要原因：因年度工作计划安排，个别信息化项目和中介机构服务调减。其中：',
    '1、一般公共服务支出（类）财政事务（款）行政运行（项）。主要用于：局本部人员经费及公用经费等的基本支出。年初预算为1560.05万元，支出决算为1511.89万元。决算数小于预算数的主要原因：人员进出及退休变化，减少人员经费开支。',
    '2、一般公共服务支出（类）财政事务（款）一般行政管理事务（项）。主要用于：局财政业务指导与宣传等基本支出。年初预算为10.00万元，支出决算为10.00万元。',
    '决算数与预算数基本持平。',
    '3、一般公共服务支出（类）财政事务（款）信息化建设（项）。主要用于：信息化系统日常维护费等支出。年初预算为135.90万元，支出决算为135.25万元。决算数小于预算数的主要原因：因产业政策扶持资金管理系统项目进度，调减相关经费。',
    '4、一般公共服务支出（类）财政事务（款）财政委托业务支出（项）。主要用于：委托中介机构开展各类审计及绩效评价工作。年初预算为450.52万元，支出决算为449.52万元。决算数小于预算数的主要原因：因个别项目评审费未能实施或未来得及支付完毕，于明年重新申请。',
    '5、社会保障和就业支出（类）行政事业单位养老支出（款）行政单位离退休（项）。主要用于：退休人员经费支出。年初预算为85.55万元，支出决算为84.65万元。决算数小于预算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。',
    '6、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位基本养老保险缴费支出（项）。主要用于：在职人员的基本养老保险支出。年初预算为161.62万元，支出决算为160.75万元。决算数小于预算数的主要原因：预算按充分保障预估，实际执行基本贴合预期。',
    '7、社会保障和就业支出（类）行政事业单位养老支出（款）机关事业单位职业年金缴费支出（项）。主要用于：在职人员的职业年金缴费支出。年初预算为80.81万元，支出决算为80.38万元。决算数小于预算数的主要原因：预算按周全保障测算，实际执行基本贴合预期。',
    '8、社会保障和就业支出（类）行政事业单位养老支出（款）其他行政事业单位养老支出（项）。主要用于：退休人员经费支出。年初预算为0.94万元，支出决算为0.94万元。决算数与预算数基本持平。',
    '9、卫生健康支出（类）行政事业单位医疗（款）行政单位医疗（项）。主要用于：在职人员基本医疗保险费。年初预算为62.29万元，支出决算为60.99万元。决算数小于预算数的主要原因：预算按周全保障测算，实际执行基本贴合预期。',
    '10、住房保障支出（类）住房改革支出（款）住房公积金（项）。主要用于：缴纳在职人员住房公积金。年初预算为187.75万元，支出决算为187.19万元。决算数小于预算数的主要原因：预算按周全保障测算，实际执行基本贴合预期。',
    '11、住房保障支出（类）住房改革支出（款）购房补贴（项）。主要用于：缴纳在职人员住房购房补贴。年初预算为258.50万元，支出决算为258.50万元。决算数与预算数基本持平。',
  ],
  '六、一般公共预算财政拨款基本支出决算情况说明': [
    '一般公共预算财政拨款基本支出2336.91万元。其中：人员经费2152.26万元，主要包括：基本工资、津贴补贴、机关事业单位基本养老保险缴费、职业年金缴费、职工基本医疗保险缴费、其他社会保障缴费、住房公积金、其他工资福利支出、退休费、个人农业生产补贴；公用经费184.65万元，主要包括：办公费、印刷费、手续费、邮电费、差旅费、维修（护）费、培训费、劳务费、工会经费、福利费、其他交通费用、其他商品和服务支出、办公设备购置。',
  ],
  '七、财政拨款“三公”经费支出决算情况说明': [
    '（一）“三公”经费财政拨款支出决算总体情况说明。',
    '“三公”经费财政拨款支出年初预算为0.95万元，支出决算为0.00万元，完成预算的0%，其中：因公出国（境）费决算为0.00万元，完成预算的0%；公务用车购置及运行维护费支出决算为0.00万元，完成预算的0%；公务接待费支出决算为0.00万元，完成预算的0%。2024年度“三公”经费支出决算数小于预算数的主要原因：当年度无“三公”经费支出。',
    '2024年度“三公”经费财政拨款支出决算数与2023年度持平。其中：因公出国（境）费支出决算持平； 公务用车购置及运行维护费支出决算持平； 公务接待费支出决算持平。',
    '（二）“三公”经费财政拨款支出决算具体情况说明。',
    '上海市普陀区财政局2024年度无“三公”经费财政拨款支出。',
  ],
  '八、政府性基金预算财政拨款收入支出决算情况说明': ['上海市普陀区财政局2024年度无政府性基金预算财政拨款收入和支出。'],
  '九、国有资本经营预算财政拨款收入支出决算情况说明': [
    '上海市普陀区财政局2024年度无国有资本经营预算财政拨款收入和支出。',
  ],
};

/** The tables of czj-2024-final as read from the PDF and checked by hand (the pdf package's golden file). */
const GOLDEN = JSON.parse(
  readFileSync(new URL('../../pdf/test/golden/real/czj-2024-final.tables.json', import.meta.url), 'utf8'),
) as Record<
  string,
  {
    title: string;
    unit: '万元';
    notes: string[];
    columns: string[] | { income: string[]; expenditure: string[] };
    rows: string[];
  }
>;

export function goldenTable(kind: string): BudgetTable {
  const g = GOLDEN[kind];
  if (!g) throw new Error(`no golden ${kind}`);
  const spec = SHANGHAI_FINAL.tables.find((t) => t.kind === kind);
  const lines = [...(spec?.incomeLines ?? []), ...(spec?.expenditureLines ?? []), ...(spec?.namedRows ?? [])];
  const two = !Array.isArray(g.columns);
  const columns = Array.isArray(g.columns) ? g.columns : g.columns.expenditure;
  const incomeColumns = Array.isArray(g.columns) ? undefined : g.columns.income;
  const rows: TableRow[] = g.rows.map((line) => {
    const m = /^(\S+) (.*?) :: (.*?)(?:\s+\[(\w+)\])?$/.exec(line);
    if (!m) throw new Error(line);
    const [, key = '', label = '', cells = '', side] = m;
    const cols = side === 'income' ? (incomeColumns ?? []) : columns;
    const values = Object.fromEntries(
      cells.split(' | ').map((c, i) => [cols[i] ?? `c${i}`, c === '—' ? null : (parseAmount(c, '万元')?.fen ?? null)]),
    );
    const level = /^\d+$/.test(key)
      ? key.length === 3
        ? 1
        : key.length === 5
          ? 2
          : 3
      : key === 'total'
        ? 0
        : (lines.find((l) => l.key === key)?.level ?? 0);
    return {
      key,
      label,
      level: two && /^\d+$/.test(key) ? 1 : level,
      ...(side ? { side: side as 'income' | 'expenditure' } : {}),
      values,
      source: {},
      labelSource: 'printed',
    };
  });
  return {
    kind,
    title: g.title,
    unit: '万元',
    unitDeclared: true,
    pages: [1],
    headers: [],
    notes: g.notes,
    columns,
    ...(incomeColumns ? { incomeColumns } : {}),
    rows,
    source: {},
    problems: [],
  };
}

/** czj-2024-final as a document: its real prose (changed by `edit`) and its tables (changed by `tables`). */
export function czj(
  edit: (sections: Record<string, string[]>) => void = () => {},
  tables: (doc: BudgetDocument) => void = () => {},
): BudgetDocument {
  const sections = structuredClone(CZJ);
  edit(sections);
  const doc = parseText(prose(sections), FINAL);
  doc.tables = SHANGHAI_FINAL.tables.map((t) => goldenTable(t.kind));
  tables(doc);
  return doc;
}

export function setCell(
  doc: BudgetDocument,
  kind: string,
  key: string,
  column: string,
  fen: number | null,
  side?: string,
) {
  const table = doc.tables.find((t) => t.kind === kind);
  let row = table?.rows.find((r) => r.key === key && (side === undefined || r.side === side));
  if (!table) throw new Error(kind);
  if (!row) {
    row = {
      key,
      label: key,
      level: key.length === 3 ? 1 : key.length === 5 ? 2 : 3,
      values: {},
      source: {},
      labelSource: 'printed',
    };
    table.rows.push(row);
  }
  row.values[column] = fen;
}

/** Replaces one exact occurrence in the paragraphs of a section (the test fails loudly when it is not there). */
export const swap = (heading: string, from: string, to: string) => (sections: Record<string, string[]>) => {
  const list = sections[heading] ?? [];
  const i = list.findIndex((p) => p.includes(from));
  expect(i, `${heading} contains "${from}"`).toBeGreaterThanOrEqual(0);
  list[i] = (list[i] as string).replace(from, to);
};
