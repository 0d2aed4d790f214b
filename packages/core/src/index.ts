/**
 * @hezhang/core — reads Chinese government budget disclosures into one typed model and checks them.
 *
 * Data flow (every import points down it): bytes → layout → recognize → read (tables; prose, meta)
 * → model → claims → reconcile → report → review, with text/ (normalisation), model/ (the types every stage
 * speaks) and templates/ (everything regional, as data) beneath all of them, and the entries on top:
 * parse.ts (input → BudgetDocument) and check.ts (BudgetDocument → Report). This file names the
 * public API, export by export.
 */

// Documents read together: grouped by department, paired, checked with each other; a department's dossier.
export { buildDossiers } from './across/dossier.js';
export { type Identity, identify, kindOf, titleOf } from './across/identity.js';
export { type DocumentGroup, type PairedDocuments, pairDocuments, type Related } from './across/pairing.js';
// Bytes: the front door's first stage (PDF or text, which encoding; what is refused).
export {
  type DecodedText,
  decodeText,
  type FileContent,
  fileContent,
  isPdf,
  isPdfName,
  looksLikeHtml,
  MAX_CONTROL_SHARE,
  MAX_LINE_LENGTH,
  MAX_REPLACED_SHARE,
  PDF_HEADER_WINDOW,
  type RefusalCode,
  type TextEncodingName,
} from './bytes/index.js';
// Entries: reading and checking.
export { type CheckOptions, checkDocument } from './check.js';
// Debugging the PDF reader: a picture of its decisions.
export { readingPictures } from './debug/reading-picture.js';
// Layout: the lines readers produce.
export { detectTextFormat, type TextFormat, textLayout } from './layout/detect.js';
export {
  expandTable,
  type HtmlBlock,
  type HtmlCell,
  type HtmlCellOrigin,
  type HtmlGrid,
  type HtmlLineOrigin,
  type HtmlPage,
  type HtmlTable,
  type HtmlText,
  htmlLayout,
  htmlLineOrigins,
} from './layout/html.js';
export { PDF_SETTINGS, type PdfSettings, type PdfSettingsOverride, pdfSettings } from './layout/pdf-settings.js';
export type { PdfFont, PositionedDocument, PositionedItem, PositionedPage, Ruling } from './layout/pdf-types.js';
export { positionedLayout } from './layout/positioned.js';
export { normalizeRulings } from './layout/rulings.js';
export type { Cell, CellMode, Layout, Line } from './layout/types.js';
// The document's facts: whether a file read is a budget document at all (CLI, page and extension alike).
export { budgetRefusal, type DocumentRefusal, NOT_BUDGET } from './meta/budget-document.js';
// Departments: one key for the ways a department prints its name.
export { bareName, departmentKey, sameDepartment } from './meta/department.js';
export { type ListedUnit, listedUnits, sameUnit, type UnitDocument } from './meta/units.js';
// The model.
export {
  FEN_PER,
  type Fen,
  formatAmount,
  formatPercent,
  isAmountText,
  NOT_COMPUTABLE,
  type ParsedAmount,
  parseAmount,
  percentOf,
  roundTo,
  sumFen,
  truncateTo,
  type Unit,
} from './model/amount.js';
export { Bilingual, bi, countEn, joinBi, type Lang, PUNCTUATION, quote, tidyQuotes } from './model/bilingual.js';
export {
  CLAIM_KINDS,
  Claim,
  ClaimKind,
  PrintedAmount,
  PrintedPercent,
  ProsePlace,
  StatedChange,
  StatedExecution,
  StatedShare,
  TextSpan,
} from './model/claim.js';
export {
  BudgetDocument,
  ContentsEntry,
  Diagnostic,
  DocumentMeta,
  Paragraph,
  Section,
  SectionKind,
  TextPiece,
} from './model/document.js';
export { Dossier, DossierDocument, Series, SeriesPoint } from './model/dossier.js';
export { Finding, Quantity, Ref, Severity } from './model/finding.js';
export { DocumentKind, ImpossiblePairing, PairedDocument, Pairing, Relation } from './model/pairing.js';
export { Problem, type ProblemCode, ProblemParam, problem, problemText } from './model/problem.js';
export {
  CheckResult,
  CheckStatus,
  PassedComparison,
  Report,
  ReportSummary,
  RuleSection,
  SECTION_TITLES,
  Verdict,
} from './model/report.js';
export { Box, SourceInfo, SourceKind, SourceRef } from './model/source.js';
export { BudgetTable, CellValue, RowSide, TableKind, TableRow, UnitSchema } from './model/table.js';
export { type ParseOptions, parseLayout, parsePositioned, parsePositionedParts, parseText } from './parse.js';
export { parseHtmlDocument } from './parse-html.js';
export {
  type LineRole,
  ReadingTrace,
  type TokenRole,
  type TracedLine,
  type TracedSegment,
  type TracedTable,
  type TracedToken,
} from './read/trace.js';
// Rules.
export type { CheckContext, Rule, RuleOutcome } from './reconcile/rule.js';
export { childrenByParent } from './reconcile/rules/hierarchy.js';
export { RULES } from './reconcile/rules/index.js';
export { rulesMarkdown } from './reconcile/rules-doc.js';
// Reports as readers see them.
export {
  type FindingGroup,
  groupFindings,
  type IndexedFinding,
  orderedFindings,
  SEVERITIES,
  sectionOf,
} from './report/groups.js';
export { compareFindings, findingPlace, orderFindings } from './report/order.js';
export { describeRef, describeRefs } from './report/places.js';
export { type ReadingProblem, readingProblems } from './report/reading.js';
export { makeReport, summarize } from './report/report.js';
// Review: a volunteer's marks on findings (已核实 / 误报 / open), keyed to survive a re-check.
export {
  applyReview,
  documentIdentity,
  dossierMarks,
  findingKey,
  MAX_NOTE_LENGTH,
  type MarkLookup,
  markFinding,
  newerMark,
  REVIEW_FORMAT,
  type ReportReview,
  ReviewEntry,
  type ReviewedReport,
  ReviewFile,
  ReviewFileError,
  ReviewMark,
  ReviewStatus,
  readReviewMarks,
  reviewFile,
  reviewKeys,
  reviewOf,
} from './review/index.js';
// The 政府收支分类科目 (function and economic codes) as data, with the years each name held.
export {
  CLASSIFICATION_SOURCES,
  type Classification,
  type ClassificationSource,
  COMPLETE_CHILDREN,
  type CompleteChildren,
  childrenComplete,
  classificationOf,
  codesNamed,
  ECONOMIC_SUBJECTS,
  FUNCTION_SUBJECTS,
  holdsIn,
  knownChildren,
  looseSubjectName,
  type NamedCode,
  type StaleName,
  type SubjectEntry,
  sameSubjectName,
  staleName,
  staleNames,
  subjectEntries,
  subjectName,
} from './templates/classification/index.js';
// Templates: everything regional.
export {
  type AbsencePhrase,
  type AmountPhrase,
  type ClaimPhrases,
  type ClaimTarget,
  type ColumnRef,
  type ColumnSpec,
  type CompiledTable,
  type CompiledTemplate,
  type Composition,
  type CrossIdentity,
  chooseTemplate,
  columnName,
  compileTemplate,
  type DocumentWords,
  describeOperand,
  documentTitle,
  ECONOMIC_CLASSES,
  FUNCTION_CLASSES,
  functionClassCode,
  type LineSpec,
  lineName,
  matchTitle,
  type Operand,
  type SameChange,
  type SectionSpec,
  SHANGHAI_BUDGET,
  SHANGHAI_FINAL,
  type TableSpec,
  TEMPLATES,
  type Template,
  type TemplateRoles,
  type TitleMatch,
  type TotalPhrase,
  tableName,
  templateById,
  templateOf,
} from './templates/index.js';
export { compact, inDrawnOrder, normalizeText } from './text/normalize.js';
export {
  type CheckingTogether,
  checkDocuments,
  checkingTogether,
  groupDocuments,
  type TogetherOptions,
} from './together.js';
