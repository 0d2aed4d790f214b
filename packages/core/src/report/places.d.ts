import type { BudgetDocument } from '../model/document.js';
import type { Ref } from '../model/finding.js';
import type { CompiledTemplate } from '../templates/index.js';
/**
 * Where a finding's reference points, in a reader's words: "支出预算总表 · 21015 医疗保障管理事务 ·
 * 基本支出 · 第9页", or the section heading and a quotation for prose. Shared by every report view.
 */
export declare function describeRef(
  ref: Ref,
  template: CompiledTemplate,
  lang: 'zh' | 'en',
  document?: Pick<BudgetDocument, 'sections'>,
): string;
/** The distinct places of a list of references, in order. */
export declare function describeRefs(
  refs: readonly Ref[],
  template: CompiledTemplate,
  lang: 'zh' | 'en',
  document?: Pick<BudgetDocument, 'sections'>,
): string[];
//# sourceMappingURL=places.d.ts.map
