import { compact } from '../text/normalize.js';

/**
 * A subject as a subject line names it, read into a path of levels (class first), each with its name
 * and/or its code. The styles documents print:
 *   卫生健康支出                                       one name, any level
 *   一般公共服务支出（类）商贸事务（款）行政运行（项）   levels marked, brackets of either width
 *   公共安全支出（204类）司法（06款）行政运行（01项）    levels marked with their codes
 *   （204类）（06款）（01项）                           codes alone
 *   一般公共服务支出-政府办公厅（室）及相关机构事务-行政运行   a hyphen-joined path
 *   2101101 行政单位医疗 / 行政单位医疗（2101101）      a whole code with a name
 * A name may hold brackets of its own ("政府办公厅（室）…"): only （类）（款）（项）, with or without
 * digits, mark a level.
 */

export interface SubjectLevel {
  /** The name as printed, spaces removed. */
  name?: string;
  /** The level's own digits as printed: 3 for a class, 2 for a 款 or 项 — or a whole code (5 or 7 digits). */
  code?: string;
  /** 1 类, 2 款, 3 项, when the text marks it or the code's length says it. */
  level?: 1 | 2 | 3;
}

export interface SubjectReference {
  levels: SubjectLevel[];
  /** The most specific name printed (or the code when no name is). */
  label: string;
  /** The whole function code, when the printed codes give one. */
  code?: string;
}

const LEVEL_OF = { 类: 1, 款: 2, 项: 3 } as const;
/** "（类）", "(204类)", "（06款)", "（ 01 项 ）". */
export const LEVEL_MARK = String.raw`[（(]\s*\d*\s*[类款项]\s*[)）]`;
const LEVEL_MARK_RE = /[（(]\s*(\d*)\s*([类款项])\s*[)）]/gu;
const HAS_LEVEL_MARK = new RegExp(LEVEL_MARK, 'u');
/** Hyphens and dashes that join a path's levels. */
const PATH_JOIN = /\s*[-－—–―]\s*/u;
const WHOLE_CODE = /^(\d{3}(?:\s?\d{2}){0,2})(?!\d)\s*(.*)$/u;
const TRAILING_CODE = /^(.+?)\s*[（(]\s*(\d{3}|\d{5}|\d{7})\s*[)）]$/u;

const levelOfCode = (code: string): 1 | 2 | 3 | undefined =>
  code.length === 3 ? 1 : code.length === 5 ? 2 : code.length === 7 ? 3 : undefined;

/** Name and code of one printed level without a level mark: "2101101 行政单位医疗", "行政单位医疗（2101101）". */
function plainLevel(text: string): SubjectLevel {
  const t = text.trim();
  const lead = WHOLE_CODE.exec(t);
  if (lead?.[1]) {
    const code = lead[1].replace(/\s/g, '');
    const name = compact(lead[2] ?? '');
    const level = levelOfCode(code);
    return { ...(name ? { name } : {}), code, ...(level ? { level } : {}) };
  }
  const trail = TRAILING_CODE.exec(t);
  if (trail?.[2]) {
    const level = levelOfCode(trail[2]);
    return { name: compact(trail[1] ?? ''), code: trail[2], ...(level ? { level } : {}) };
  }
  return { name: compact(t) };
}

function markedLevels(raw: string): SubjectLevel[] {
  const levels: SubjectLevel[] = [];
  let from = 0;
  for (const m of raw.matchAll(LEVEL_MARK_RE)) {
    const name = compact(raw.slice(from, m.index)).replace(/^[-－—–―、,，]+/, '');
    const code = m[1] ?? '';
    levels.push({
      ...(name ? { name } : {}),
      ...(code ? { code } : {}),
      level: LEVEL_OF[m[2] as keyof typeof LEVEL_OF],
    });
    from = (m.index ?? 0) + m[0].length;
  }
  return levels;
}

function pathLevels(raw: string): SubjectLevel[] | undefined {
  const parts = raw.split(PATH_JOIN).map((p) => p.trim());
  // A path has two or three levels, each a name of two characters or more or a code.
  if (parts.length < 2 || parts.length > 3) return undefined;
  if (!parts.every((p) => /^\d{2,3}$/.test(p) || compact(p).replace(/\d/g, '').length >= 2)) return undefined;
  return parts.map((p, i) => {
    const level = (i + 1) as 1 | 2 | 3;
    if (/^\d{2,3}$/.test(p)) return { code: p, level };
    const plain = plainLevel(p);
    return { ...plain, level: plain.level ?? level };
  });
}

/**
 * The whole code the printed codes give: the level digits in order (3 + 2 + 2, from the class down),
 * or a level printed with a whole code.
 */
function wholeCode(levels: readonly SubjectLevel[]): string | undefined {
  const whole = levels.findLast((l) => l.code && l.code.length >= 5);
  if (whole?.code) return whole.code;
  if (levels.length === 1) return levels[0]?.code?.length === 3 ? levels[0].code : undefined;
  let code = '';
  for (const [i, l] of levels.entries()) {
    if (!l.code || l.code.length !== (i === 0 ? 3 : 2)) return undefined;
    code += l.code;
  }
  return code;
}

export function parseSubjectReference(raw: string): SubjectReference {
  const text = raw.trim().replace(/\s*科目$/, '');
  const levels = HAS_LEVEL_MARK.test(text) ? markedLevels(text) : (pathLevels(text) ?? [plainLevel(text)]);
  const code = wholeCode(levels);
  const label = levels.findLast((l) => l.name)?.name ?? code ?? compact(text);
  return { levels, label, ...(code ? { code } : {}) };
}
