/**
 * @hezhang/ui — Hezhang's report UI as Preact components, shared by the offline page (apps/web) and the
 * browser extension's full-report page. Import './styles.css' once. Everything shown comes from a core
 * Report; the PDF page viewer is given the PDF's bytes and a pdf.js loader by its host.
 */

export { BatchList } from './components/BatchList.js';
export { ChecksView } from './components/ChecksView.js';
export { DocumentSummary } from './components/DocumentSummary.js';
export { DossierView } from './components/DossierView.js';
export { ExportBar, type ExportHost } from './components/ExportBar.js';
export { FindingItem } from './components/FindingItem.js';
export { FindingsView } from './components/FindingsView.js';
export { fittedWidth, PageViewer } from './components/PageViewer.js';
export { PrintSummary } from './components/PrintSummary.js';
export { ReportView } from './components/ReportView.js';
export { ReviewControls } from './components/ReviewControls.js';
export { TablesView } from './components/TablesView.js';
export { formatDate } from './dates.js';
export { DOSSIER_STRINGS, type DossierStrings } from './dossier-strings.js';
export { findingsCsv } from './export/csv.js';
export {
  type ChartColumn,
  type DossierChart,
  dossierCharts,
  dossierColumns,
  groupedBarsSvg,
} from './export/dossier-charts.js';
export { dossierHtml } from './export/dossier-html.js';
export { download, exportName } from './export/download.js';
export { type HtmlReportEntry, type HtmlReportOptions, htmlReport } from './export/html-report.js';
export { type InspectionRow, inspectionRows, inspectionSheetData } from './export/inspection-sheet.js';
export { inspectionWorkbook, XLSX_TYPE } from './export/workbook.js';
export { type InputErrorCode, type Lang, LangContext, STRINGS, type Strings, useLang, useStrings } from './i18n.js';
export type { PdfDocument, Pdfjs, PdfjsLoader, PdfPage, PdfSource } from './pdf/pdfjs.js';
export * from './report-model.js';
export { type ReviewStore, useMemoryReview, useReviewStrings, withReview } from './review.js';
export { REVIEW_STRINGS, type ReviewStrings } from './review-strings.js';
export { DISMISSED_COLOUR, SEVERITY_COLOUR } from './severity-colours.js';
