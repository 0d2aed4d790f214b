import type { Claim } from '../model/claim.js';
import type { BudgetTable, TableKind } from '../model/table.js';
import { codesNamed, FUNCTION_CLASSES, sameSubjectName, staleName } from '../templates/index.js';
import { compact } from '../text/normalize.js';
import type { Tables } from './cells.js';

/**
 * Finding the function code a subject line speaks of, by its path (class → 款 → 项): each level by its
 * printed code digits where it has them, else by name among the children of the level above — the
 * tables' names first (exactly, then leniently: spaces, bracket widths, 其它/其他, a trailing 支出), then
 * the dictionary's names of any year, so a former name ("医疗卫生与计划生育支出") still finds its code and
 * is marked stale. A single name without a path is looked for at every level: a 项 name printed under
 * several 款 ("行政运行") gives every code it names, and the amount check accepts any of them.
 */

export interface StaleLevel {
  printed: string;
  code: string;
  current: string;
  since: number;
}

export interface SubjectCode {
  code: string;
  /** The name the tables print for the code. */
  tableName: string;
  /** Every printed level name equals the table's (spaces and bracket widths aside). */
  exact: boolean;
  /** Levels found through a name the dictionary records as former in the document's year. */
  stale: StaleLevel[];
  /** Levels found only leniently or through the dictionary, and not stale: names that differ from the table's. */
  variants: string[];
}

/** Spaces and bracket widths never make two names differ. */
const plain = (name: string) => compact(name).replace(/[（(]/g, '(').replace(/[）)]/g, ')');
const CODE_LENGTH = [3, 5, 7] as const;

interface Step {
  code: string;
  stale: StaleLevel[];
  variants: string[];
}

export class SubjectIndex {
  /** code → name as printed in the tables (fund tables first). */
  readonly names = new Map<string, string>();

  /**
   * Names from the `order` tables first (the fiscal ones), then from `more` (the template's other coded
   * tables); `year` is the document's, for the classification's names of that year.
   */
  constructor(
    tables: Tables,
    order: readonly TableKind[],
    more: readonly TableKind[] = [],
    private readonly year?: number,
  ) {
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
    const levels = claim.path ?? (claim.names ?? [claim.label]).map((name) => ({ name }));
    if (claim.code && this.names.has(claim.code)) return [this.byCode(claim.code, levels)];
    const steps = levels.length === 1 ? this.anyLevel(levels[0] ?? {}) : this.byPath(levels);
    return steps.map((s) => this.result(s));
  }

  private result(s: Step): SubjectCode {
    return {
      code: s.code,
      tableName: this.names.get(s.code) ?? '',
      exact: s.stale.length === 0 && s.variants.length === 0,
      stale: s.stale,
      variants: s.variants,
    };
  }

  /** A printed whole code found in the tables: the printed names are compared with its path's. */
  private byCode(code: string, levels: readonly { name?: string; level?: number }[]): SubjectCode {
    const step: Step = { code, stale: [], variants: [] };
    for (const [i, l] of levels.entries()) {
      const length = CODE_LENGTH[(l.level ?? i + 1) - 1] ?? code.length;
      const own = levels.length === 1 ? code : code.slice(0, length);
      if (l.name) this.judge(l.name, own, step);
    }
    return this.result(step);
  }

  /** How a printed name stands to the code it was matched with: same, stale, or a variant. */
  private judge(printed: string, code: string, step: Step): void {
    if (plain(printed) === this.plainName(code)) return;
    const stale = this.year !== undefined ? staleName(printed, this.year, 'function') : undefined;
    if (stale && stale.code === code)
      step.stale.push({ printed, code, current: stale.current.name, since: (stale.former.until ?? 0) + 1 });
    else step.variants.push(printed);
  }

  /** `plain` of each code's table name, worked out once per code (the names are settled at construction). */
  private readonly plainNames = new Map<string, string>();

  private plainName(code: string): string {
    let p = this.plainNames.get(code);
    if (p === undefined) this.plainNames.set(code, (p = plain(this.names.get(code) ?? '')));
    return p;
  }

  /** The codes among `candidates` a printed name names: exact first, then lenient, then the dictionary's names. */
  private named(name: string, candidates: readonly string[]): string[] {
    const wanted = plain(name);
    const exact = candidates.filter((c) => this.plainName(c) === wanted);
    if (exact.length > 0) return exact;
    const loose = candidates.filter((c) => sameSubjectName(name, this.names.get(c) ?? ''));
    if (loose.length > 0) return loose;
    const known = new Set(codesNamed(name, { classification: 'function' }).map((n) => n.entry.code));
    return candidates.filter((c) => known.has(c));
  }

  private anyLevel(level: { name?: string; code?: string }): Step[] {
    const codes = [...this.names.keys()].filter((c) => !level.code || c === level.code);
    const found = level.name ? this.named(level.name, codes) : level.code ? codes : [];
    return found.map((code) => {
      const step: Step = { code, stale: [], variants: [] };
      if (level.name) this.judge(level.name, code, step);
      return step;
    });
  }

  private byPath(levels: readonly { name?: string; code?: string; level?: number }[]): Step[] {
    let found: Step[] = [{ code: '', stale: [], variants: [] }];
    for (const [i, l] of levels.entries()) {
      const length = CODE_LENGTH[(l.level ?? i + 1) - 1];
      if (length === undefined) return [];
      const next: Step[] = [];
      for (const parent of found) {
        let children = [...this.names.keys()].filter((c) => c.length === length && c.startsWith(parent.code));
        if (l.code) children = children.filter((c) => c.endsWith(l.code as string));
        const matched = l.name ? this.named(l.name, children) : children;
        for (const code of matched) {
          const step: Step = { code, stale: [...parent.stale], variants: [...parent.variants] };
          if (l.name) this.judge(l.name, code, step);
          next.push(step);
        }
      }
      if (next.length === 0) return [];
      found = next;
    }
    return found;
  }
}
