import { lineSource } from '../layout/line-source.js';
import type { PdfSettings } from '../layout/pdf-settings.js';
import type { Ruling } from '../layout/pdf-types.js';
import type { CellMode } from '../layout/types.js';
import type { Unit } from '../model/amount.js';
import { located, problem } from '../model/problem.js';
import type { Box } from '../model/source.js';
import type { BudgetTable, TableKind, TableRow } from '../model/table.js';
import { headerKind } from '../recognize/line-kind.js';
import { splitDepartmentCode } from '../recognize/marks.js';
import type { TableBlock } from '../recognize/segment.js';
import type { CompiledTable, CompiledTemplate, CrossIdentity, Operand } from '../templates/index.js';
import { type PrintedAmount, projectBlock } from './geometry.js';
import { type DraftTable, readGrid } from './grid.js';
import { applyPlacement, type FixedSum, type Placement, planPlacement } from './infer.js';
import type { ReadingTrace } from './trace.js';
import { readTwoSided } from './two-sided.js';

/**
 * From table blocks to model tables: read each block with the reader its layout needs, decide the
 * columns plain text lost (tables whose identities settle them alone first, then with the cells other
 * tables fix), recover names lost on some pages, and assemble the model.
 */
export function readTables(
  blocks: TableBlock[],
  template: CompiledTemplate,
  mode: CellMode,
  rulings: ReadonlyMap<number, readonly Ruling[]>,
  settings: PdfSettings,
  trace?: ReadingTrace,
): BudgetTable[] {
  const drafts = blocks.map((original) => {
    const unit: Unit = original.unit ?? original.match.table.spec.unit;
    // Geometry first decides each value's column (and which optional columns the table prints);
    // the rows are then read like slot lines. Text keeps no header to tell optional columns by.
    const projected =
      mode === 'geometry' ? projectBlock(original, original.match.table, rulings, unit, settings, trace) : undefined;
    const block = projected?.block ?? original;
    const table = projected?.table ?? withoutOptionalColumns(original.match.table);
    // Geometry gives typed rows (codes, name, values with boxes); text lines are read by their anatomy.
    const draft =
      table.spec.layout === 'two_sided'
        ? readTwoSided(block, table, mode, unit, projected?.sides)
        : readGrid(block, table, mode, unit, projected?.grid);
    draft.problems.unshift(...(projected?.problems ?? []));
    if (projected) completeness(draft, projected.printed, trace);
    return draft;
  });
  placeAll(drafts, template);
  recoverNames(drafts);
  for (const draft of drafts) headLost(draft);
  return drafts.map(assemble);
}

/**
 * The completeness count of a table read from a PDF (like Camelot's parsing report, at run time):
 * every amount printed in its rows was read into exactly one cell, or a problem says where it went
 * wrong; one read nowhere and said nowhere becomes a problem with its page and box, leaving its column
 * (or, printed outside the columns, its side's sums) in doubt. The trace records the counts per page.
 */
function completeness(draft: DraftTable, printed: readonly PrintedAmount[], trace?: ReadingTrace): void {
  const same = (a: Box, b: Box) => a.every((v, i) => Math.abs(v - (b[i] as number)) < 0.01);
  const inside = (a: Box, b: Box) => {
    const [x, y] = [(a[0] + a[2]) / 2, (a[1] + a[3]) / 2];
    return x >= b[0] - 0.01 && x <= b[2] + 0.01 && y >= b[1] - 0.01 && y <= b[3] + 0.01;
  };
  const cells = draft.rows.flatMap((r) =>
    Object.values(r.row.cells ?? {}).flatMap((c) => (c.box && c.page ? [{ page: c.page, box: c.box }] : [])),
  );
  // A problem met at a place accounts for the amounts printed there (a whole page where it has no box).
  const reported = draft.problems.flatMap((p) => (p.at?.page ? [{ page: p.at.page, box: p.at.box }] : []));
  const counts = new Map<number, { printed: number; placed: number; reported: number }>();
  for (const amount of printed) {
    const count = counts.get(amount.page) ?? { printed: 0, placed: 0, reported: 0 };
    counts.set(amount.page, count);
    count.printed++;
    if (cells.some((c) => c.page === amount.page && same(c.box, amount.box))) {
      count.placed++;
      continue;
    }
    if (reported.some((r) => r.page === amount.page && (!r.box || inside(amount.box, r.box)))) {
      count.reported++;
      continue;
    }
    const column = amount.column;
    draft.problems.push(
      located(
        problem('unplaced_amount', { page: amount.page, text: amount.text }),
        { page: amount.page, box: amount.box },
        column ? { side: column.side, columns: [column.id] } : undefined,
      ),
    );
  }
  if (!trace) return;
  const traced = (page: number) => trace.tables.find((t) => t.kind === draft.table.spec.kind && t.page === page);
  for (const [page, count] of counts) {
    const t = traced(page);
    if (t) t.amounts = count;
  }
  for (const p of draft.problems) {
    const t = p.at?.page ? traced(p.at.page) : undefined;
    if (t && !t.problems.includes(p)) t.problems.push(p);
  }
}

/** A 类's code: three digits (款 five, 项 seven). */
const CLASS_DIGITS = 3;

/**
 * A table whose page of its title and first rows was lost, read from the rows after it: the rows of a
 * code it does not print before its first may be there, and its totals (合计) may sum rows not read —
 * both in doubt; the rows of codes it prints are read. So are rows kept apart (recognize/page-break.ts),
 * and a table recognised by its header, no title (its title's page lost), whose first row is a 款 or a
 * 项: a table of subjects opens with a 类 (after its 合计, where it prints one first), so a page opening
 * with a 款 went on with rows printed before it. One opening with a 类 is read as printed (its title
 * an image, or the page lost at a class: nothing printed tells).
 */
function headLost(draft: DraftTable): void {
  const { apart, untitled, title } = draft.block;
  const first = draft.rows.find((r) => /^\d+$/.test(r.row.key))?.row.key;
  if (first === undefined) return;
  const opensDeep = untitled && draft.rows[0]?.row.key === first && first.length > CLASS_DIGITS;
  const page = apart?.page ?? (opensDeep ? title.page : undefined);
  if (page === undefined) return;
  draft.problems.push(located(problem('head_lost', { page }), { page }, { unprintedBefore: first }));
}

function withoutOptionalColumns(table: CompiledTable): CompiledTable {
  if (!table.spec.columns.some((c) => c.optional)) return table;
  return { ...table, spec: { ...table.spec, columns: table.spec.columns.filter((c) => !c.optional) } };
}

function hasPending(d: DraftTable): boolean {
  return d.rows.some((r) => r.pending && r.pending.length > 0);
}

function placeAll(drafts: DraftTable[], template: CompiledTemplate): void {
  let open = drafts.filter(hasPending);
  const identities = template.template.identities;
  // Tables settle one another: keep going while some table's placement becomes certain. A table is
  // planned again only when the sums other tables fix in it have changed.
  const last = new Map<DraftTable, { signature: string; plan: Placement }>();
  const plan = (d: DraftTable): Placement => {
    const fixed = fixedSums(d, drafts, identities);
    const signature = JSON.stringify(fixed.map((f) => [f.rows, f.column, f.value]));
    const hit = last.get(d);
    if (hit && hit.signature === signature) return hit.plan;
    const p = planPlacement(d, fixed);
    last.set(d, { signature, plan: p });
    return p;
  };
  for (let round = 0; round < 4 && open.length > 0; round++) {
    let progress = false;
    for (const d of open) {
      const p = plan(d);
      if (p.solved && !p.ambiguous) {
        applyPlacement(p);
        progress = true;
      }
    }
    open = open.filter(hasPending);
    if (!progress) break;
  }
  for (const d of open) applyPlacement(plan(d));
}

/**
 * Sums another table fixes in this one: identities whose one side lies wholly in this table (one
 * column) and whose other side is made of cells already read.
 */
function fixedSums(target: DraftTable, drafts: DraftTable[], identities: readonly CrossIdentity[]): FixedSum[] {
  const kind = target.table.spec.kind;
  const byKind = new Map<TableKind, DraftTable>();
  for (const d of drafts) if (!byKind.has(d.table.spec.kind)) byKind.set(d.table.spec.kind, d);
  const out: FixedSum[] = [];
  for (const id of identities) {
    if (id.severity !== 'error' || id.relation !== '=' || id.whereColumnsPrinted) continue;
    for (const [mine, other] of [
      [id.left, id.right],
      [id.right, id.left],
    ] as const) {
      if (!mine.every((o) => o.table === kind) || other.some((o) => o.table === kind)) continue;
      const column = mine[0]?.column;
      if (!column || mine.some((o) => o.column !== column)) continue;
      if (other.some((o) => !byKind.has(o.table))) continue;
      for (const code of expand(id, [...mine, ...other], byKind)) {
        const value = knownSum(other, code, byKind);
        if (value === undefined) continue;
        out.push({
          rows: mine.map((o) => ({ key: o.row.replace('{code}', code), ...(o.side ? { side: o.side } : {}) })),
          column,
          value,
          from: other.map((o) => o.table).join('+'),
        });
      }
    }
  }
  return out;
}

/** The codes an identity runs over: one pass without `each`, else every class/code row of its tables. */
function expand(id: CrossIdentity, operands: readonly Operand[], byKind: Map<TableKind, DraftTable>): string[] {
  if (!id.each) return [''];
  const codes = new Set<string>();
  for (const o of operands) {
    for (const r of byKind.get(o.table)?.rows ?? []) {
      if (!/^\d+$/.test(r.row.key)) continue;
      if (id.each === 'class' ? r.row.level === 1 : true) codes.add(r.row.key);
    }
  }
  return [...codes];
}

/** Σ of operand cells if every one is known (a missing row in a present table counts as blank). */
function knownSum(operands: readonly Operand[], code: string, byKind: Map<TableKind, DraftTable>): number | undefined {
  let sum = 0;
  for (const o of operands) {
    const d = byKind.get(o.table);
    if (!d) return undefined;
    const key = o.row.replace('{code}', code);
    const row = d.rows.find((r) => r.row.key === key && (o.side === undefined || r.row.side === o.side));
    if (!row) continue;
    if (row.pending && row.pending.length > 0) return undefined;
    sum += row.row.values[o.column] ?? 0;
  }
  return sum;
}

/** Names lost on some pages (a page without the name column) are taken from other tables by code. */
function recoverNames(drafts: DraftTable[]): void {
  const names = new Map<string, string>();
  for (const d of drafts) {
    if (d.table.spec.codes !== 'function') continue;
    for (const r of d.rows)
      if (r.row.labelSource === 'printed' && /^\d+$/.test(r.row.key)) names.set(r.row.key, r.row.label);
  }
  for (const d of drafts) {
    if (d.table.spec.codes !== 'function') continue;
    for (const r of d.rows) {
      if (r.row.labelSource !== 'missing') continue;
      const name = names.get(r.row.key);
      if (name) {
        r.row.label = name;
        r.row.labelSource = 'recovered';
      }
    }
  }
}

/** An amount printed to the 分 ("18,500.00", "-3.20"), not a percentage. */
const FEN_PRINTED = /(?:^|[\s\u3000(（])-?\d[\d,]*\.\d\d(?![\d%.])/;

function assemble(d: DraftTable): BudgetTable {
  const { block, table } = d;
  const spec = table.spec;
  const rows: TableRow[] = d.rows.map((r) => r.row);
  const printsFen = d.unit === '元' && block.body.some((l) => FEN_PRINTED.test(l.text));
  const department = block.department ? splitDepartmentCode(block.department).name : undefined;
  return {
    kind: spec.kind,
    // A table recognised by its header (its title not found) is named as the template names it.
    title: block.untitled ? spec.name.zh : block.title.text.replace(/\s+/g, ' ').trim(),
    unit: d.unit,
    unitDeclared: block.unit !== undefined,
    ...(department ? { department } : {}),
    pages: block.pages,
    headers: (block.header ?? block.body.filter((l) => headerKind(l, table) === 'word')).map((l) =>
      l.text.replace(/\s+/g, ' ').trim(),
    ),
    notes: block.notes.map((n) => n.text.trim()),
    columns: spec.columns.map((c) => c.id),
    ...(spec.incomeColumns ? { incomeColumns: spec.incomeColumns.map((c) => c.id) } : {}),
    rows,
    ...(printsFen ? { printsFen } : {}),
    source: lineSource(block.title),
    problems: d.problems,
  };
}
