import { bi } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { Finding } from '../model/finding.js';

/**
 * Rows a table lacks, and the sums they leave short. The identities between tables name the rows a
 * table does not print while another prints an amount for them (cross-table.ts: one finding per
 * table). Those rows are also parts of the table's own sums: a page lost from 一般公共预算支出表 leaves
 * its class and the 合计 short in every column — six more errors for one lost page. A sum of that
 * table whose parent (or 合计) is above a row it lacks, and whose printed total exceeds its printed
 * parts (what a part left out does), is folded into the finding that names the missing rows; so is a
 * convention between tables (a warning) that names only rows that table lacks.
 */
const SHORT_SUMS = new Set(['in_table.hierarchy', 'in_table.grand_total']);

export function lostRows(findings: Finding[], document: BudgetDocument): Finding[] {
  const printed = new Map<string, Set<string>>();
  for (const t of document.tables) {
    let keys = printed.get(t.kind);
    if (!keys) printed.set(t.kind, (keys = new Set()));
    for (const r of t.rows) keys.add(r.key);
  }
  // Each table's missing rows (named by any identity), and the finding they fold into: an error first.
  const missing = new Map<string, { finding: Finding; keys: Set<string> }>();
  for (const severity of ['error', 'warning'] as const)
    for (const f of findings) {
      if (!f.rule.startsWith('cross_table.') || f.severity !== severity) continue;
      for (const ref of f.refs) {
        if (!ref.table || !ref.row || ref.document || printed.get(ref.table)?.has(ref.row) !== false) continue;
        const entry = missing.get(ref.table);
        if (entry) entry.keys.add(ref.row);
        else missing.set(ref.table, { finding: f, keys: new Set([ref.row]) });
      }
    }
  if (missing.size === 0) return findings;
  const short = new Map<Finding, Finding[]>();
  const folded = new Set<Finding>();
  const fold = (into: Finding, f: Finding) => {
    let list = short.get(into);
    if (!list) short.set(into, (list = []));
    list.push(f);
    folded.add(f);
  };
  // A convention (warning) naming rows the error's table lacks says it again: folded too.
  for (const f of findings) {
    if (!f.rule.startsWith('cross_table.') || f.severity !== 'warning') continue;
    const lacking = f.refs.filter((r) => r.table && r.row && !r.document && printed.get(r.table)?.has(r.row) === false);
    const into = lacking[0]?.table ? missing.get(lacking[0].table)?.finding : undefined;
    if (into && into !== f && lacking.every((r) => missing.get(r.table as string)?.finding === into)) fold(into, f);
  }
  for (const f of findings) {
    const total = f.refs[0];
    if (!SHORT_SUMS.has(f.rule) || f.count || !total?.table || !total.row || (f.difference?.fen ?? 0) <= 0) continue;
    const entry = missing.get(total.table);
    const parent = total.row;
    const below = (key: string) => key !== parent && (parent === 'total' || key.startsWith(parent));
    if (!entry || ![...entry.keys].some(below)) continue;
    fold(entry.finding, f);
  }
  if (folded.size === 0) return findings;
  return findings.flatMap((f) => {
    if (folded.has(f)) return [];
    const sums = short.get(f);
    if (!sums) return [f];
    const formulas = sums.flatMap((s) => (s.formula ? [s.formula] : []));
    const n = sums.filter((s) => SHORT_SUMS.has(s.rule)).length;
    return [
      {
        ...f,
        // A convention's warning that takes a table's sums is an error: the table as printed does not add up.
        severity: sums.some((x) => x.severity === 'error') ? 'error' : f.severity,
        message:
          n > 0
            ? bi(
                `${f.message.zh}；该表因此有${n}处上级科目或合计大于其所列下级之和`,
                `${f.message.en}; so ${n} of its totals exceed the parts it prints`,
              )
            : f.message,
        formula: bi(
          [f.formula?.zh, ...formulas.map((x) => x.zh)].filter(Boolean).join('；'),
          [f.formula?.en, ...formulas.map((x) => x.en)].filter(Boolean).join('; '),
        ),
        refs: [...f.refs, ...sums.flatMap((s) => (s.refs[0] ? [s.refs[0]] : []))],
      },
    ];
  });
}
