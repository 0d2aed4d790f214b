import type { Rule } from '../rule.js';
import { againstBudget } from './across-budget.js';
import { acrossUnits } from './across-units.js';
import { acrossYears } from './across-years.js';
import { areas } from './areas.js';
import { changeAgreement, changeArithmetic, repeatedStatements } from './changes.js';
import { classCodes, codeNamesOfYear, printedCodes, staleSubjectNames, unknownCodes } from './classification.js';
import { composition } from './composition.js';
import { conventions, crossTable } from './cross-table.js';
import { codeNames, emptyTables, pageOrder, tablesPresent, tablesReadable, unitsFit } from './document-shape.js';
import { departmentNames, leftovers, punctuation, repeatedParagraphs, scopeWords, years } from './document-text.js';
import { budgetComparison, budgetInTables, budgetReasons, completion } from './execution.js';
import { absences, economicItems, structure } from './final-prose.js';
import { fundNotes } from './fund-notes.js';
import { grandTotal, hierarchy } from './hierarchy.js';
import { ownYears } from './own-years.js';
import { performanceForms, projectFunds } from './project-funds.js';
import { organization, procurement, products, projectParts, vehicles } from './prose-parts.js';
import { prosePerformance, proseThreePublic, proseTotals } from './prose-tables.js';
import { fullStops, incompleteSentences } from './sentences.js';
import { shares } from './shares.js';
import { subjectAmounts, subjectDescriptions, subjectNames, subjectSum, subjectTrend } from './subjects.js';
import { summaryLines } from './summary-lines.js';
import { textLayer } from './text-layer.js';
import { typos } from './typos.js';

/** Every rule, in report order: within tables, across tables, prose, document, text layer, across documents. */
export const RULES: readonly Rule[] = [
  hierarchy,
  grandTotal,
  composition,
  summaryLines,
  crossTable,
  conventions,
  proseTotals,
  subjectAmounts,
  subjectNames,
  subjectSum,
  subjectTrend,
  subjectDescriptions,
  changeArithmetic,
  changeAgreement,
  repeatedStatements,
  proseThreePublic,
  structure,
  shares,
  completion,
  budgetComparison,
  budgetReasons,
  budgetInTables,
  absences,
  economicItems,
  procurement,
  prosePerformance,
  vehicles,
  organization,
  projectParts,
  products,
  projectFunds,
  performanceForms,
  areas,
  tablesPresent,
  pageOrder,
  emptyTables,
  fundNotes,
  tablesReadable,
  codeNames,
  staleSubjectNames,
  codeNamesOfYear,
  unknownCodes,
  classCodes,
  printedCodes,
  unitsFit,
  years,
  ownYears,
  scopeWords,
  departmentNames,
  leftovers,
  incompleteSentences,
  typos,
  punctuation,
  fullStops,
  repeatedParagraphs,
  textLayer,
  acrossUnits,
  againstBudget,
  acrossYears,
];
