import { codesNamed, FUNCTION_CLASSES, sameSubjectName, staleName } from '../templates/index.js';
import { compact } from '../text/normalize.js';

/** Spaces and bracket widths never make two names differ. */
const plain = (name) => compact(name).replace(/[（(]/g, '(').replace(/[）)]/g, ')');
const CODE_LENGTH = [3, 5, 7];
export class SubjectIndex {
  year;
  /** code → name as printed in the tables (fund tables first). */
  names = new Map();
  constructor(tables, order, year) {
    this.year = year;
    const seen = new Set();
    const visit = (t) => {
      if (!t || seen.has(t)) return;
      seen.add(t);
      for (const r of t.rows) {
        if (!/^\d+$/.test(r.key) || r.labelSource !== 'printed' || this.names.has(r.key)) continue;
        // Summary tables print class lines with enumerators: "一、社会保障和就业支出".
        this.names.set(r.key, compact(r.label).replace(/^[一二三四五六七八九十]+、/, ''));
      }
    };
    for (const kind of order) visit(tables.get(kind));
    for (const kind of ['revenue_summary', 'expenditure_summary']) visit(tables.get(kind));
    for (const [code, name] of Object.entries(FUNCTION_CLASSES)) if (!this.names.has(code)) this.names.set(code, name);
  }
  resolve(claim) {
    const levels = claim.path ?? (claim.names ?? [claim.label]).map((name) => ({ name }));
    if (claim.code && this.names.has(claim.code)) return [this.byCode(claim.code, levels)];
    const steps = levels.length === 1 ? this.anyLevel(levels[0] ?? {}) : this.byPath(levels);
    return steps.map((s) => this.result(s));
  }
  result(s) {
    return {
      code: s.code,
      tableName: this.names.get(s.code) ?? '',
      exact: s.stale.length === 0 && s.variants.length === 0,
      stale: s.stale,
      variants: s.variants,
    };
  }
  /** A printed whole code found in the tables: the printed names are compared with its path's. */
  byCode(code, levels) {
    const step = { code, stale: [], variants: [] };
    for (const [i, l] of levels.entries()) {
      const length = CODE_LENGTH[(l.level ?? i + 1) - 1] ?? code.length;
      const own = levels.length === 1 ? code : code.slice(0, length);
      if (l.name) this.judge(l.name, own, step);
    }
    return this.result(step);
  }
  /** How a printed name stands to the code it was matched with: same, stale, or a variant. */
  judge(printed, code, step) {
    const tableName = this.names.get(code) ?? '';
    if (plain(printed) === plain(tableName)) return;
    const stale = this.year !== undefined ? staleName(printed, this.year, 'function') : undefined;
    if (stale && stale.code === code)
      step.stale.push({ printed, code, current: stale.current.name, since: (stale.former.until ?? 0) + 1 });
    else step.variants.push(printed);
  }
  /** The codes among `candidates` a printed name names: exact first, then lenient, then the dictionary's names. */
  named(name, candidates) {
    const exact = candidates.filter((c) => plain(this.names.get(c) ?? '') === plain(name));
    if (exact.length > 0) return exact;
    const loose = candidates.filter((c) => sameSubjectName(name, this.names.get(c) ?? ''));
    if (loose.length > 0) return loose;
    const known = new Set(codesNamed(name, { classification: 'function' }).map((n) => n.entry.code));
    return candidates.filter((c) => known.has(c));
  }
  anyLevel(level) {
    const codes = [...this.names.keys()].filter((c) => !level.code || c === level.code);
    const found = level.name ? this.named(level.name, codes) : level.code ? codes : [];
    return found.map((code) => {
      const step = { code, stale: [], variants: [] };
      if (level.name) this.judge(level.name, code, step);
      return step;
    });
  }
  byPath(levels) {
    let found = [{ code: '', stale: [], variants: [] }];
    for (const [i, l] of levels.entries()) {
      const length = CODE_LENGTH[(l.level ?? i + 1) - 1];
      if (length === undefined) return [];
      const next = [];
      for (const parent of found) {
        let children = [...this.names.keys()].filter((c) => c.length === length && c.startsWith(parent.code));
        if (l.code) children = children.filter((c) => c.endsWith(l.code));
        const matched = l.name ? this.named(l.name, children) : children;
        for (const code of matched) {
          const step = { code, stale: [...parent.stale], variants: [...parent.variants] };
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
//# sourceMappingURL=subjects.js.map
