/**
 * @hezhang/core — reads Chinese government budget disclosures into one typed model and checks them.
 *
 * Data flow: text or positioned PDF text → lines (layout) → tables and prose (recognize, read)
 * → BudgetDocument (model) → claims → checks → Report.
 */

export * from './bytes/index.js';
export { detectTextFormat, type TextFormat, textLayout } from './layout/detect.js';
export type { PdfFont, PositionedDocument, PositionedItem, PositionedPage, Ruling } from './layout/pdf-types.js';
export { positionedLayout } from './layout/positioned.js';
export type { Cell, CellMode, Layout, Line } from './layout/types.js';
export * from './model/index.js';
export { type ParseOptions, parseLayout, parsePositioned, parseText } from './parse.js';
export * from './parse-html.js';
export { checkDocuments, type DocumentGroup, groupDocuments } from './reconcile/batch.js';
export { type CheckOptions, checkDocument } from './reconcile/engine.js';
export { type CheckContext, type Rule, type RuleOutcome, type RuleSection, SECTION_TITLES } from './reconcile/rule.js';
export { childrenByParent } from './reconcile/rules/hierarchy.js';
export { RULES } from './reconcile/rules/index.js';
export { rulesMarkdown } from './reconcile/rules-doc.js';
export { columnName, columnNameEn, tableName, tableNameEn } from './reconcile/wording.js';
export { type FindingGroup, groupFindings, SEVERITIES, sectionOf } from './report/groups.js';
export { describeRef, describeRefs } from './report/places.js';
export { makeReport, summarize } from './report/report.js';
export * from './templates/index.js';
export { compact, normalizeText } from './text/normalize.js';
