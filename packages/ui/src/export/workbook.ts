/**
 * The inspection sheet as an .xlsx workbook. write-excel-file is loaded here, on export only; its
 * universal build makes a Blob in browsers and in Node alike.
 */
import type { Report } from '@hezhang/core';
import { STRINGS } from '../i18n.js';
import { inspectionSheetData } from './inspection-sheet.js';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function inspectionWorkbook(report: Report): Promise<Blob> {
  const { default: writeExcelFile } = await import('write-excel-file/universal');
  const [header = [], ...rows] = inspectionSheetData(report);
  const data = [
    header.map((value) => ({ value, fontWeight: 'bold' as const })),
    ...rows.map((cells) => cells.map((value) => ({ value, wrap: true, alignVertical: 'top' as const }))),
  ];
  return writeExcelFile(data, {
    sheet: STRINGS.zh.sheet.sheetName,
    columns: [{ width: 36 }, { width: 10 }, { width: 100 }, ...(header.length > 3 ? [{ width: 50 }] : [])],
    stickyRowsCount: 1,
  }).toBlob();
}
