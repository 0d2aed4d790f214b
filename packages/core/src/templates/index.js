import { compact } from '../text/normalize.js';
import { SHANGHAI_BUDGET } from './shanghai.js';
import { SHANGHAI_FINAL } from './shanghai-final.js';

export * from './classification/index.js';
export { SHANGHAI_BUDGET, SHANGHAI_FINAL };
/** Templates known to this build, most specific first. */
export const TEMPLATES = [SHANGHAI_BUDGET, SHANGHAI_FINAL];
export function templateById(id) {
  return TEMPLATES.find((t) => t.id === id);
}
const cache = new WeakMap();
export function compileTemplate(template) {
  const hit = cache.get(template);
  if (hit) return hit;
  const tables = template.tables.map(compileTable);
  const compiled = {
    template,
    tables,
    byKind: new Map(tables.map((t) => [t.spec.kind, t])),
    sections: template.sections.map((spec) => ({ spec, patterns: spec.patterns.map((p) => new RegExp(p)) })),
  };
  cache.set(template, compiled);
  return compiled;
}
function compileTable(spec) {
  const columns = [...spec.columns, ...(spec.incomeColumns ?? [])];
  const columnByHeader = new Map();
  for (const c of columns) for (const h of c.headers) columnByHeader.set(compact(h), c.id);
  // Header words of qualified names ("合计/预算数") are words of their own.
  const qualified = [...columnByHeader.keys()].flatMap((h) => h.split('/'));
  return {
    spec,
    titles: spec.titles.map((p) => new RegExp(`^(?<prefix>.{0,40}?)${p}$`)),
    headerWords: new Set([...spec.headerWords.map(compact), ...columnByHeader.keys(), ...qualified, '类', '款', '项']),
    incomeLines: compileLines(spec.incomeLines),
    expenditureLines: compileLines(spec.expenditureLines),
    namedRows: compileLines(spec.namedRows),
    columnByHeader,
  };
}
function compileLines(lines = []) {
  return lines.map((l) => ({ spec: l, patterns: l.patterns.map((p) => new RegExp(p)) }));
}
/** The template whose table titles the document prints most often (budget or final accounts). */
export function chooseTemplate(lines) {
  let best = TEMPLATES[0];
  let bestCount = 0;
  for (const template of TEMPLATES) {
    const compiled = compileTemplate(template);
    const count = lines.filter((l) => matchTitle(compiled, l) !== undefined).length;
    if (count > bestCount) {
      best = template;
      bestCount = count;
    }
  }
  return best;
}
/** Enumerators before a title mean a line of the contents, not a table title. */
const ENUMERATED = /^(?:[-•·]|\d+[.、．]|[（(]?[一二三四五六七八九十]+[、)）]|第[一二三四五六七八九十\d]+)/;
/**
 * Recognises a table title in a line; `line` may contain spaces ("2025年 部门收入预算总表"). Where
 * several tables' titles match ("收入支出决算总表" inside "财政拨款收入支出决算总表"), the one that
 * needs the shortest prefix — the most specific — is the table.
 */
export function matchTitle(compiled, line) {
  const text = compact(line);
  if (text.length < 5 || text.length > 80 || !text.endsWith('表')) return undefined;
  let best;
  for (const table of compiled.tables) {
    for (const re of table.titles) {
      const m = re.exec(text);
      if (!m) continue;
      const prefix = m.groups?.prefix ?? '';
      if (ENUMERATED.test(prefix) || /[，。；：:]/.test(prefix)) continue;
      if (best && best.prefix.length <= prefix.length) continue;
      const year = m.groups?.year;
      const scope = m.groups?.scope;
      best = {
        table,
        prefix,
        ...(year ? { year: Number(year) } : {}),
        ...(scope ? { scope: scope === '单位' ? 'unit' : 'department' } : {}),
      };
    }
  }
  return best;
}
//# sourceMappingURL=index.js.map
