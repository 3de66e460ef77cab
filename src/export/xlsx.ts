/**
 * An Excel workbook of reviewed documents: a Goals sheet and an Entities sheet, the columns of the
 * reviewed CSVs (reviewed.ts). Vietnamese Excel reads `;` as its list separator, so a comma CSV can
 * open as one column there; a workbook opens the same everywhere.
 *
 * Numbers are numbers (values, offsets), everything else is text: a cell is never a formula, whatever
 * it starts with (`=HYPERLINK(…)` stays the text it is). The header row is bold, frozen and filtered;
 * column widths follow the content (within bounds). Written with exceljs.
 */
import ExcelJS from 'exceljs';
import type { ReviewedDocument } from '../annotations/model';
import type { IndicatorGroups } from '../research/indicatorKey';
import { REVIEWED_ENTITY_COLUMNS, REVIEWED_GOAL_COLUMNS, reviewedEntityRows, reviewedGoalRows } from './reviewed';

const MIN_WIDTH = 6;
const MAX_WIDTH = 60;

function addSheet(wb: ExcelJS.Workbook, name: string, header: readonly string[], rows: unknown[][]): void {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.addRow([...header]);
  ws.getRow(1).font = { bold: true };
  for (const r of rows) {
    // Numbers stay numbers; every other value becomes plain text (a string cell is never read as a formula).
    ws.addRow(r.map((v) => (v === undefined || v === null ? null : typeof v === 'number' ? v : String(v))));
  }
  ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: header.length } };
  header.forEach((h, i) => {
    let w = h.length;
    for (const r of rows) { const v = r[i]; if (v !== undefined && v !== null) w = Math.max(w, String(v).length); }
    ws.getColumn(i + 1).width = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, w + 2));
  });
}

/** The workbook's bytes. */
export async function reviewedWorkbook(docs: readonly ReviewedDocument[], groups: IndicatorGroups = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'chitieu';
  addSheet(wb, 'Goals', REVIEWED_GOAL_COLUMNS, reviewedGoalRows(docs, groups));
  addSheet(wb, 'Entities', REVIEWED_ENTITY_COLUMNS, reviewedEntityRows(docs, groups));
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
