import { bareName, departmentKey, sameDepartment } from '../meta/department.js';
import { type ListedUnit, listedUnits, sameUnit, type UnitDocument } from '../meta/units.js';
import { type Bilingual, bi, quote } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { PairedDocument, Pairing, Relation } from '../model/pairing.js';
import { type Identity, identify, titleOf } from './identity.js';

/**
 * Documents read together, grouped and paired. A group is a department: its 部门预算 and 部门决算 of
 * every year, and the 单位预算 / 单位决算 of its units (the 本部 by the department's own name, any other
 * unit by the department's list of units). Within a group each document meets
 * - the document of the year before, of its own unit (across.years): a budget last year's budget and
 *   last year's final accounts (they state last year's initial budget), final accounts last year's;
 * - the budget of its own year, for final accounts (across.budget);
 * - its units of the same year and kind, for a department's document (across.units).
 * Each pairing says why; each comparison a rule would make and this run cannot says why not.
 * Documents of different departments are never paired, nor is a document whose department or year
 * could not be read.
 */

/** What `checkDocument` gets besides the document: the documents its across rules compare it with. */
export interface Related {
  /** Earlier documents of the same department or unit, nearest year first (budgets and final accounts). */
  previous: BudgetDocument[];
  /** Final accounts: the budget of the same year, department and scope. */
  budget?: BudgetDocument;
  /** A department's document: its units' documents of the same year and kind. */
  units: UnitDocument[];
}

export interface DocumentGroup {
  /** The department's name as printed (the fullest form its documents print). */
  department: string;
  key: string;
  /** By year, then department before units, budget before final accounts. */
  documents: BudgetDocument[];
}

export interface PairedDocuments {
  groups: DocumentGroup[];
  pairing: Map<BudgetDocument, Pairing>;
  related: Map<BudgetDocument, Related>;
}

interface Member {
  id: Identity;
  /** The department itself, or one of its units (its key). */
  entity: string;
  role: 'department' | 'unit';
  /** A unit: its name as the department lists it (or as its document prints it). */
  unit?: string;
  listed?: ListedUnit;
  headquarters: boolean;
  /** The same entity, year and kind came earlier in the inputs: this one is compared with nothing. */
  duplicateOf?: Member;
}

interface Group {
  key: string;
  names: string[];
  members: Member[];
}

const HEADQUARTERS = '本部';

export function pairDocuments(documents: readonly BudgetDocument[]): PairedDocuments {
  const ids = documents.map(identify);
  const groups: Group[] = [];
  const unreadable = ids.filter((i) => i.unreadable);
  const readable = ids.filter((i) => !i.unreadable);
  // Departments first (names with a region before names without one, so those join them), then units.
  const departments = readable
    .filter((i) => i.document.meta.scope === 'department')
    .sort((a, b) => (b.key?.length ?? 0) - (a.key?.length ?? 0) || a.index - b.index);
  for (const id of departments) {
    const group = joinable(groups, id.department as string) ?? newGroup(groups, id);
    group.names.push(id.department as string);
    group.members.push({ id, entity: group.key, role: 'department', headquarters: false });
  }
  const unitIds = readable
    .filter((i) => i.document.meta.scope === 'unit')
    .sort((a, b) => (b.key?.length ?? 0) - (a.key?.length ?? 0) || a.index - b.index);
  for (const id of unitIds) groupUnit(groups, id);
  for (const g of groups) markDuplicates(g);

  const pairing = new Map<BudgetDocument, Pairing>();
  const related = new Map<BudgetDocument, Related>();
  for (const id of unreadable) {
    pairing.set(id.document, {
      ...(id.department ? { department: id.department, key: id.key } : {}),
      ...(id.year !== undefined ? { year: id.year } : {}),
      kind: id.kind,
      paired: [],
      impossible: [],
      ...(id.unreadable ? { unpaired: id.unreadable } : {}),
    });
    related.set(id.document, { previous: [], units: [] });
  }
  for (const g of groups) {
    for (const m of g.members) {
      pairing.set(m.id.document, pairingOf(g, m, documents.length > 1));
      related.set(m.id.document, relatedOf(g, m));
    }
  }
  return {
    groups: groups
      .map((g) => ({
        department: displayName(g.names),
        key: g.key,
        documents: sortMembers(g.members).map((m) => m.id.document),
        first: Math.min(...g.members.map((m) => m.id.index)),
      }))
      .sort((a, b) => a.first - b.first)
      .map(({ first: _, ...g }) => g),
    pairing,
    related,
  };
}

/** The group whose department this name is; none when no group or several (不同地区的同名部门) claim it. */
function joinable(groups: readonly Group[], name: string): Group | undefined {
  const exact = groups.find((g) => g.key === departmentKey(name));
  if (exact) return exact;
  const candidates = groups.filter((g) => g.names.some((n) => sameDepartment(n, name)));
  return candidates.length === 1 ? candidates[0] : undefined;
}

function newGroup(groups: Group[], id: Identity): Group {
  const group: Group = { key: id.key as string, names: [], members: [] };
  groups.push(group);
  return group;
}

/**
 * A unit's document joins its department's group: as the 本部 when it prints the department's own
 * name, else as the unit a department's document of the group lists under its name; else it is a
 * group of its own (a unit whose department is not among the inputs still meets its other years).
 */
function groupUnit(groups: Group[], id: Identity): void {
  const name = id.department as string;
  const departmentGroups = groups.filter((g) => g.members.some((m) => m.role === 'department'));
  const own = joinable(departmentGroups, name);
  if (own) {
    const listed = listOf(own, id.year).find((u) => u.headquarters);
    own.members.push({
      id,
      entity: `${own.key}|${HEADQUARTERS}`,
      role: 'unit',
      unit: listed?.name ?? `${bareName(name)}${HEADQUARTERS}`,
      ...(listed ? { listed } : {}),
      headquarters: true,
    });
    return;
  }
  for (const g of departmentGroups) {
    const listed = listOf(g, id.year).find((u) => !u.headquarters && sameUnit(u.name, name));
    if (!listed) continue;
    g.members.push({
      id,
      entity: `${g.key}|${departmentKey(name)}`,
      role: 'unit',
      unit: listed.name,
      listed,
      headquarters: false,
    });
    return;
  }
  const unitGroups = groups.filter((g) => g.members.every((m) => m.role === 'unit'));
  const group = joinable(unitGroups, name) ?? newGroup(groups, id);
  group.names.push(name);
  group.members.push({ id, entity: group.key, role: 'unit', unit: bareName(name), headquarters: false });
}

/** The units a department's document of that year lists (else of the nearest year that lists any). */
function listOf(group: Group, year: number | undefined): ListedUnit[] {
  const departments = group.members
    .filter((m) => m.role === 'department')
    .sort((a, b) => Math.abs((a.id.year ?? 0) - (year ?? 0)) - Math.abs((b.id.year ?? 0) - (year ?? 0)));
  for (const m of departments) {
    const units = listedUnits(m.id.document);
    if (units.length > 0) return units;
  }
  return [];
}

function markDuplicates(group: Group): void {
  const seen = new Map<string, Member>();
  for (const m of [...group.members].sort((a, b) => a.id.index - b.id.index)) {
    const slot = `${m.entity}|${m.id.year}|${m.id.kind}`;
    const first = seen.get(slot);
    if (first) m.duplicateOf = first;
    else seen.set(slot, m);
  }
}

const STAGE_ORDER = { budget: 0, final: 1 } as const;

function sortMembers(members: readonly Member[]): Member[] {
  return [...members].sort(
    (a, b) =>
      (a.id.year ?? 0) - (b.id.year ?? 0) ||
      (a.role === b.role ? 0 : a.role === 'department' ? -1 : 1) ||
      STAGE_ORDER[a.id.document.meta.stage] - STAGE_ORDER[b.id.document.meta.stage] ||
      a.id.index - b.id.index,
  );
}

/** The fullest printed form of a department's name (上海市普陀区财政局 over 普陀区财政局). */
function displayName(names: readonly string[]): string {
  return [...names].map(bareName).sort((a, b) => b.length - a.length)[0] ?? '';
}

// ── pairings ───────────────────────────────────────────────────────────────────────────────────

const live = (g: Group) => g.members.filter((m) => !m.duplicateOf);
const stageOf = (m: Member) => m.id.document.meta.stage;
const nameOf = (m: Member) => m.id.document.source.name;

/** "swj-2025-unit.pdf（2025年单位预算）". */
function named(m: Member): Bilingual {
  const title = titleOf(m.id.document);
  return bi(`${nameOf(m)}（${title.zh}）`, `${nameOf(m)} (${title.en})`);
}

function paired(m: Member, relation: Relation, rule: string, reason: Bilingual): PairedDocument {
  return {
    name: nameOf(m),
    kind: m.id.kind,
    ...(m.id.year !== undefined ? { year: m.id.year } : {}),
    relation,
    rule,
    reason,
  };
}

/**
 * Which earlier documents a document's statements about the year before are checked against: a
 * budget's "比2024年预算" against the 2024 budget and the 2024 final accounts (they state the 2024
 * initial budget); final accounts' "与2023年度相比" against the 2023 final accounts.
 */
function usefulEarlier(m: Member, other: Member): boolean {
  return stageOf(m) === 'budget' || stageOf(other) === 'final';
}

function pairingOf(group: Group, m: Member, several: boolean): Pairing {
  const base: Pairing = {
    department: displayName(group.names),
    key: group.key,
    ...(m.role === 'unit' && m.unit ? { unit: m.unit } : {}),
    ...(m.id.year !== undefined ? { year: m.id.year } : {}),
    kind: m.id.kind,
    paired: [],
    impossible: [],
  };
  if (m.duplicateOf) {
    const first = m.duplicateOf;
    return {
      ...base,
      unpaired: bi(
        `与${nameOf(first)}是同一部门、同一年度的同类文档（${titleOf(first.id.document).zh}），只有先给出的${nameOf(first)}与其他文档比较`,
        `${nameOf(first)} is the same department's ${titleOf(first.id.document).en} too: only ${nameOf(first)}, given first, is compared with the other documents`,
      ),
    };
  }
  const others = live(group).filter((o) => o !== m);
  if (others.length === 0 && several)
    return {
      ...base,
      unpaired: bi(
        `本次的其他文档都不是${displayName(group.names)}的，未与本文档比较`,
        `none of the other documents is ${displayName(group.names)}'s: none was compared with this one`,
      ),
    };
  const year = m.id.year as number;
  const same = others.filter((o) => o.entity === m.entity);
  const out = base;

  // A department over the years.
  const earlier = same.filter((o) => o.id.year === year - 1 && usefulEarlier(m, o));
  for (const o of earlier) {
    const t = titleOf(o.id.document);
    out.paired.push(
      paired(
        o,
        'earlier',
        'across.years',
        stageOf(m) === 'budget' && stageOf(o) === 'final'
          ? bi(
              `同一${m.role === 'unit' ? '单位' : '部门'}上一年度的决算：其中的年初预算数即本文档“比${year - 1}年预算”所比的数`,
              `the same ${m.role === 'unit' ? 'unit' : 'department'}'s final accounts of the year before: their initial budgets are what this document's changes against ${year - 1} start from`,
            )
          : bi(
              `同一${m.role === 'unit' ? '单位' : '部门'}上一年度的${t.zh}：本文档与${year - 1}年比较的增减与之核对`,
              `the same ${m.role === 'unit' ? 'unit' : 'department'}'s ${t.en}: this document's changes against ${year - 1} are checked against it`,
            ),
      ),
    );
  }
  for (const o of same.filter((o) => o.id.year === year + 1 && usefulEarlier(o, m))) {
    out.paired.push(
      paired(
        o,
        'later',
        'across.years',
        bi(
          `同一${m.role === 'unit' ? '单位' : '部门'}下一年度的文档：其与${year}年比较的增减与本文档核对（见其报告）`,
          `the same ${m.role === 'unit' ? 'unit' : 'department'}'s document of the year after: its changes against ${year} are checked against this one (in its report)`,
        ),
      ),
    );
  }
  const otherYears = [...new Set(same.filter((o) => o.id.year !== year).map((o) => o.id.year as number))].sort();
  if (earlier.length === 0 && otherYears.length > 0) {
    const wanted = stageOf(m) === 'final' ? `${year - 1}年度决算` : `${year - 1}年的预算或决算`;
    out.impossible.push({
      relation: 'earlier',
      rule: 'across.years',
      reason: bi(
        `本次没有${wanted}（有${otherYears.join('、')}年的文档）：与${year - 1}年比较的增减只与${year - 1}年的文档核对`,
        `no ${stageOf(m) === 'final' ? 'final accounts' : 'budget or final accounts'} of ${year - 1} among the documents (there are documents of ${otherYears.join(', ')}): changes against ${year - 1} are checked only against documents of ${year - 1}`,
      ),
    });
  }

  // A budget and its final accounts.
  const sameYear = same.filter((o) => o.id.year === year && stageOf(o) !== stageOf(m));
  if (stageOf(m) === 'final') {
    const budget = sameYear[0];
    if (budget)
      out.paired.push(
        paired(
          budget,
          'budget',
          'across.budget',
          bi(
            `同一${m.role === 'unit' ? '单位' : '部门'}同一年度的预算：决算中的年初预算数与之核对`,
            `the same ${m.role === 'unit' ? 'unit' : 'department'}'s budget of the same year: the initial budgets of these final accounts are checked against it`,
          ),
        ),
      );
    else if (others.length > 0) {
      const budgets = same.filter((o) => stageOf(o) === 'budget');
      out.impossible.push({
        relation: 'budget',
        rule: 'across.budget',
        reason: bi(
          `本次没有${year}年的预算${budgets.length > 0 ? `（${budgets.map((b) => named(b).zh).join('、')}不是同一年度的）` : ''}：决算中的年初预算数只与同一年度的预算核对`,
          `no budget of ${year} among the documents${budgets.length > 0 ? ` (${budgets.map((b) => named(b).en).join(', ')} ${budgets.length > 1 ? 'are' : 'is'} of another year)` : ''}: the initial budgets of final accounts are checked only against the budget of their own year`,
        ),
      });
    }
  } else {
    const final = sameYear[0];
    if (final)
      out.paired.push(
        paired(
          final,
          'final',
          'across.budget',
          bi(
            `同一${m.role === 'unit' ? '单位' : '部门'}同一年度的决算：其年初预算数与本预算核对（见其报告）`,
            `the same ${m.role === 'unit' ? 'unit' : 'department'}'s final accounts of the same year: their initial budgets are checked against this budget (in their report)`,
          ),
        ),
      );
    // Said where the inputs hold final accounts (of other years): a budget's year is often not over yet.
    else if (same.some((o) => stageOf(o) === 'final')) {
      out.impossible.push({
        relation: 'final',
        rule: 'across.budget',
        reason: bi(
          `本次没有${year}年度的决算：无法核对决算中的年初预算数是否为本预算`,
          `no final accounts of ${year} among the documents: whether their initial budgets are this budget cannot be checked`,
        ),
      });
    }
  }

  // A department and its units.
  if (m.role === 'department') {
    const units = unitsOf(group, m);
    for (const u of units) {
      out.paired.push(
        paired(
          u,
          'units',
          'across.units',
          u.headquarters
            ? bi(
                `本部门的本部（${u.unit}）同一年度的${titleOf(u.id.document).zh}：与部门同名`,
                `this department's headquarters (${u.unit}), same year: it bears the department's name`,
              )
            : bi(
                `本部门所列单位“${u.unit}”同一年度的${titleOf(u.id.document).zh}`,
                `the ${titleOf(u.id.document).en} of ${quote(u.unit ?? '')}, a unit this department lists, same year`,
              ),
        ),
      );
    }
    const list = listedUnits(m.id.document);
    const separate = list.filter((u) => !u.merged);
    const missing = separate.filter(
      (l) => !units.some((u) => (l.headquarters && u.headquarters) || (!!u.unit && sameUnit(l.name, u.unit))),
    );
    if (missing.length > 0 && (units.length > 0 || others.length > 0)) {
      out.impossible.push({
        relation: 'units',
        rule: 'across.units',
        reason: bi(
          `本次没有所列单位${missing.map((u) => `“${u.name}”`).join('、')}的${year}年${m.id.document.meta.stage === 'final' ? '单位决算' : '单位预算'}：部门数 = 各单位之和无法核对${units.length > 0 ? '（已有单位的数不超过部门数照常核对）' : ''}`,
          `no ${year} ${m.id.document.meta.stage === 'final' ? 'unit final accounts' : 'unit budget'} of ${missing.map((u) => `${quote(u.name)}`).join(', ')} among the documents: that the department is the sum of its units cannot be checked${units.length > 0 ? ' (that no unit exceeds the department still is)' : ''}`,
        ),
      });
    }
  } else {
    const department = others.find((o) => o.role === 'department' && o.id.year === year && stageOf(o) === stageOf(m));
    if (department)
      out.paired.push(
        paired(
          department,
          'department',
          'across.units',
          m.headquarters
            ? bi(
                `所属部门同一年度的${titleOf(department.id.document).zh}：本文档是其本部（与部门同名）`,
                `its department's ${titleOf(department.id.document).en}, same year: this is its headquarters (it bears the department's name)`,
              )
            : bi(
                `所属部门同一年度的${titleOf(department.id.document).zh}：本单位在其所列单位中（见其报告）`,
                `its department's ${titleOf(department.id.document).en}, same year: it lists this unit (in its report)`,
              ),
        ),
      );
    else if (others.some((o) => o.role === 'department'))
      out.impossible.push({
        relation: 'department',
        rule: 'across.units',
        reason: bi(
          `本次没有所属部门${year}年的${m.id.document.meta.stage === 'final' ? '部门决算' : '部门预算'}：无法核对本单位的数不超过部门数`,
          `no ${year} ${m.id.document.meta.stage === 'final' ? 'department final accounts' : 'department budget'} of its department among the documents: that this unit does not exceed it cannot be checked`,
        ),
      });
  }
  return out;
}

/** A department's units of the same year and kind. */
function unitsOf(group: Group, m: Member): Member[] {
  return live(group)
    .filter((o) => o.role === 'unit' && o.entity !== group.key && o.id.year === m.id.year && stageOf(o) === stageOf(m))
    .sort((a, b) => listOrder(a) - listOrder(b) || a.id.index - b.id.index);
}

/** Units in the order the department lists them, 本部 first; units it does not list last. */
const listOrder = (m: Member) => (m.headquarters ? -1 : (m.listed?.paragraph ?? Number.MAX_SAFE_INTEGER));

function relatedOf(group: Group, m: Member): Related {
  if (m.duplicateOf) return { previous: [], units: [] };
  const year = m.id.year as number;
  const same = live(group).filter((o) => o !== m && o.entity === m.entity);
  const previous = same
    .filter((o) => (o.id.year as number) < year)
    .sort((a, b) => (b.id.year as number) - (a.id.year as number) || STAGE_ORDER[stageOf(a)] - STAGE_ORDER[stageOf(b)])
    .map((o) => o.id.document);
  const budget = stageOf(m) === 'final' ? same.find((o) => o.id.year === year && stageOf(o) === 'budget') : undefined;
  const units =
    m.role === 'department'
      ? unitsOf(group, m).map((u) => ({
          document: u.id.document,
          ...(u.listed ? { listed: u.listed } : {}),
          headquarters: u.headquarters,
        }))
      : [];
  return { previous, ...(budget ? { budget: budget.id.document } : {}), units };
}
