import { departmentKey } from '../meta/department.js';
import { type Bilingual, bi } from '../model/bilingual.js';
import type { BudgetDocument } from '../model/document.js';
import type { DocumentKind } from '../model/pairing.js';
import { documentTitle } from '../templates/index.js';

/**
 * What a document is for reading it with others: its department (as printed, and the key that
 * groups its variant spellings), its year and its kind (部门预算, 单位预算, 部门决算, 单位决算). A document
 * whose department or year could not be read is paired with nothing, and says why.
 */
export interface Identity {
  document: BudgetDocument;
  /** Input order: ties are settled by it. */
  index: number;
  kind: DocumentKind;
  department?: string;
  key?: string;
  year?: number;
  /** Why this document cannot be paired with any other. */
  unreadable?: Bilingual;
}

export function kindOf(meta: Pick<BudgetDocument['meta'], 'scope' | 'stage'>): DocumentKind {
  return `${meta.scope}_${meta.stage}`;
}

export function identify(document: BudgetDocument, index: number): Identity {
  const { meta } = document;
  const kind = kindOf(meta);
  const department = meta.department?.trim() || undefined;
  const key = department ? departmentKey(department) : undefined;
  const year = meta.year;
  const missing = [!key ? bi('所属部门', 'department') : undefined, year === undefined ? bi('年度', 'year') : undefined]
    .filter((m): m is Bilingual => !!m)
    .map((m) => m);
  const unreadable =
    missing.length > 0
      ? bi(
          `未能读出文档的${missing.map((m) => m.zh).join('和')}（封面、表头和说明中都没有读到），无法与其他文档配对`,
          `the document's ${missing.map((m) => m.en).join(' and ')} could not be read (neither on the cover nor in the tables' headers or the text): it is paired with no other document`,
        )
      : undefined;
  return {
    document,
    index,
    kind,
    ...(department ? { department } : {}),
    ...(key ? { key } : {}),
    ...(year !== undefined ? { year } : {}),
    ...(unreadable ? { unreadable } : {}),
  };
}

/** "2024年度部门决算" / "2024 final accounts (department)": a document as its template names it. */
export function titleOf(document: Pick<BudgetDocument, 'meta'>): Bilingual {
  const { kind, year } = documentTitle(document.meta);
  return year ? bi(`${year.zh}${kind.zh}`, `${year.en} ${kind.en}`) : kind;
}
