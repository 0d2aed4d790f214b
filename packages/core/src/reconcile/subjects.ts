import type { Claim } from '../model/claim.js';
import type { BudgetTable, TableKind } from '../model/table.js';
import { FUNCTION_CLASSES } from '../templates/index.js';
import { compact } from '../text/normalize.js';
import type { Tables } from './cells.js';

/**
 * Finding the function code a subject line speaks of: by its printed code when it has one
 * ("司法（06款）"), by its levels' names ("一般公共服务支出（类）商贸事务（款）行政运行（项）"), or by name
 * at any level ("卫生健康支出"). Names are compared without spaces, and a name that differs only by a
 * trailing 支出 still finds its code (the name check reports the difference).
 */

export interface SubjectCode {
  code: string;
  /** The name the tables print for the code. */
  tableName: string;
  /** The printed name equals the table's exactly. */
  exact: boolean;
}

const loose = (name: string) => compact(name).replace(/支出$/, '');

export class SubjectIndex {
  /** code → name as printed in the tables (fund tables first). */
  readonly names = new Map<string, string>();

  /** Names from the `order` tables first (the fiscal ones), then from `more` (the template's other coded tables). */
  constructor(tables: Tables, order: readonly TableKind[], more: readonly TableKind[] = []) {
    const seen = new Set<BudgetTable>();
    const visit = (t: BudgetTable | undefined) => {
      if (!t || seen.has(t)) return;
      seen.add(t);
      for (const r of t.rows) {
        if (!/^\d+$/.test(r.key) || r.labelSource !== 'printed' || this.names.has(r.key)) continue;
        // Summary tables print class lines with enumerators: "一、社会保障和就业支出".
        this.names.set(r.key, compact(r.label).replace(/^[一二三四五六七八九十]+、/, ''));
      }
    };
    for (const kind of order) visit(tables.get(kind));
    for (const kind of more) visit(tables.get(kind));
    for (const [code, name] of Object.entries(FUNCTION_CLASSES)) if (!this.names.has(code)) this.names.set(code, name);
  }

  resolve(claim: Claim): SubjectCode[] {
    if (claim.code && this.names.has(claim.code)) return [this.entry(claim.code, claim.label)];
    const levels = claim.names ?? [claim.label];
    if (levels.length > 1) return this.byLevels(levels);
    return this.byName(claim.label);
  }

  private entry(code: string, printed: string): SubjectCode {
    const tableName = this.names.get(code) ?? '';
    return { code, tableName, exact: compact(printed) === tableName };
  }

  private byName(name: string, within?: string): SubjectCode[] {
    const exact: SubjectCode[] = [];
    const near: SubjectCode[] = [];
    for (const [code, tableName] of this.names) {
      if (within !== undefined && !(code.startsWith(within) && code.length === within.length + 2)) continue;
      if (tableName === compact(name)) exact.push({ code, tableName, exact: true });
      else if (loose(tableName) === loose(name)) near.push({ code, tableName, exact: false });
    }
    return exact.length > 0 ? exact : near;
  }

  private byLevels(levels: string[]): SubjectCode[] {
    let found: SubjectCode[] = this.byName(levels[0] ?? '').filter((c) => c.code.length === 3);
    for (const name of levels.slice(1)) {
      const next: SubjectCode[] = [];
      for (const parent of found) next.push(...this.byName(name, parent.code));
      if (next.length === 0) return [];
      // The subject is exact only if every level's name is.
      found = next.map((c) => ({ ...c, exact: c.exact && found.every((f) => f.exact || !c.code.startsWith(f.code)) }));
    }
    return found;
  }
}
