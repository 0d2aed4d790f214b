/**
 * Where the entries of the 政府收支分类科目 dictionary come from. Every entry names at least one of
 * these; docs/classification.md says the same in prose. No published list of the classification was
 * reachable while this was written (no network; the public code index holds none), so the entries
 * are the names official documents print, and an entry is left out where no source below supports it.
 */
export type SourceId =
  | 'final-template-2024'
  | 'putuo-documents'
  | 'shanghai-medical-seeds'
  | 'domain-notes'
  | 'pre-2019-class-list'
  | 'editions-recalled';

export interface ClassificationSource {
  id: SourceId;
  /** What it is and where it is. */
  what: string;
}

export const SOURCES: readonly ClassificationSource[] = [
  {
    id: 'final-template-2024',
    what: '附件2：部门决算模板 (2024, official publication template with filling instructions), its 一般公共预算财政拨款基本支出决算表: every 款 of 301, 302, 303 and the basic-expenditure 款 of 310 (shared/fixtures/real/final-template-2024.pdf, page 11)',
  },
  {
    id: 'putuo-documents',
    what: 'the tables of the published Putuo district documents of 2023–2025 (shared/fixtures/real: swj, wanli, shczj, czj, qfb), printed by the budget system: function 类/款/项 and economic codes with their names; czj-2024-final.pdf prints all 26 class lines of its year',
  },
  {
    id: 'shanghai-medical-seeds',
    what: 'the tables of the five Shanghai medical-insurance bureau documents of 2023–2026 (shared/seeds); seed 003 (2026) prints 22 class lines',
  },
  {
    id: 'domain-notes',
    what: 'shared/docs/domain.md “Subject codes change names” and issue 10: 210 医疗卫生与计划生育支出 → 卫生健康支出, 220 国土海洋气象等支出 → 自然资源海洋气象等支出, 22001 国土资源事务 → 自然资源事务, from the 2019 classification',
  },
  {
    id: 'pre-2019-class-list',
    what: 'a pre-2019 class list in public code: repository wxfwill/big-vue, src/pages/inspection-guarantee/constant/index.js (文化体育与传媒支出, 医疗卫生与计划生育支出, 资源勘探信息等支出, 国土海洋气象等支出 beside the unchanged classes)',
  },
  {
    id: 'editions-recalled',
    what: 'the 2019 edition of 《政府收支分类科目》 (after the 2018 reorganisation of State Council bodies) and the 部门预算支出经济分类科目 (2018 edition) as recalled, not re-read: the years of the 207 and 215 renames and of the 其他… subjects that carry a class name, 224 new in 2019, 234 new in 2020, 2101199 and 2210202 (the children of 21011 and 22102 the documents here do not print), and the class names 209, 230, 233, 307, 309, 311, 312, 313, 399 that no document here prints',
  },
];
