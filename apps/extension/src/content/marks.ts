import type {
  BudgetDocument,
  Finding,
  PassedComparison,
  Quantity,
  Ref,
  Report,
  RowSide,
  TableKind,
} from '@hezhang/core';
import { type Status, worse } from '../shared/status';

/** What a row's badge shows: its status, the findings it is the subject of, and computed sums. */
export interface RowMark {
  table: TableKind;
  key: string;
  side?: RowSide;
  label: string;
  /** Layout line of the row (core's `source.line`). */
  line: number;
  status: Status;
  findings: Finding[];
  /** Comparisons this row is the subject of that held (when the report recorded them), with their formulas. */
  passes: PassedComparison[];
  /** Where the printed total differs from the sum of its parts: the sum, per column. */
  sums: { column: string; expected: Quantity }[];
}

const STATUS_OF: Record<Finding['severity'], Status | undefined> = {
  error: 'error',
  warning: 'warning',
  info: undefined,
};

/**
 * The cells a finding is about. A sum (total = parts) is about its total, the first reference; a
 * comparison of two cells is about both, since either may be the wrong one.
 */
export function subjectRefs(f: Pick<Finding, 'refs'>): { refs: Ref[]; sum: boolean } {
  const cells = f.refs.filter((r) => r.table !== undefined && r.row !== undefined);
  if (cells.length === 2) return { refs: cells, sum: false };
  const first = f.refs[0];
  return first?.table !== undefined && first.row !== undefined
    ? { refs: [first], sum: cells.length > 2 }
    : { refs: [], sum: false };
}

const rowId = (table: string, key: string) => `${table}\u0000${key}`;

/**
 * One mark per read table row, in table order. A row on a line where the table reader met text it
 * could not read as a value (an amount holding direction controls, say) is not fully checked: never ✓.
 */
export function rowMarks(doc: BudgetDocument, report: Report): RowMark[] {
  const marks = new Map<string, RowMark>();
  for (const t of doc.tables) {
    const unreadLines = new Set(
      t.problems.map((p) => (p.params as { line?: unknown } | undefined)?.line).filter((l) => typeof l === 'number'),
    );
    for (const r of t.rows) {
      if (r.source.line === undefined) continue;
      const unread = unreadLines.has(r.source.line) || (r.inferred?.uncertain.length ?? 0) > 0;
      marks.set(rowId(t.kind, r.key), {
        table: t.kind,
        key: r.key,
        ...(r.side ? { side: r.side } : {}),
        label: r.label,
        line: r.source.line,
        status: unread ? 'incomplete' : 'ok',
        findings: [],
        passes: [],
        sums: [],
      });
    }
  }
  for (const f of report.findings) {
    const status = STATUS_OF[f.severity];
    if (!status) continue;
    const { refs, sum } = subjectRefs(f);
    for (const ref of refs) {
      const mark = marks.get(rowId(ref.table as string, ref.row as string));
      if (!mark) continue;
      mark.status = worse(mark.status, status);
      mark.findings.push(f);
      if (sum && ref.column && f.expected?.fen !== undefined)
        mark.sums.push({ column: ref.column, expected: f.expected });
    }
  }
  for (const p of report.passes ?? []) {
    for (const ref of subjectRefs(p).refs) marks.get(rowId(ref.table as string, ref.row as string))?.passes.push(p);
  }
  return [...marks.values()];
}
