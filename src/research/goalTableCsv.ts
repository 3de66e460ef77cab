/**
 * The goals table's rows as CSV (its "Export shown as CSV"): the rows shown, in their order, raw
 * values (numbers unformatted, so a spreadsheet reads them as numbers), UTF-8 with a BOM and CRLF
 * line ends; cells quoted and formula-safe as every chitieu CSV (csvCell). Pure TypeScript.
 */
import { csvCell } from '../export/formats';
import type { GoalRow } from './goalTable';

export const CSV_COLUMNS = ['province', 'unit2025', 'indicator', 'indicatorGroup', 'value', 'max', 'unit', 'qualifier', 'deadline', 'period', 'quantitative', 'document', 'documentDate', 'state', 'start', 'end', 'evidence'] as const;

function value(r: GoalRow, c: (typeof CSV_COLUMNS)[number]): unknown {
  switch (c) {
    case 'start': return r.span[0];
    case 'end': return r.span[1];
    default: return r[c];
  }
}

export function rowsAsCsv(rows: readonly GoalRow[]): string {
  let out = '\ufeff' + CSV_COLUMNS.join(',') + '\r\n';
  for (const r of rows) out += CSV_COLUMNS.map((c) => csvCell(value(r, c))).join(',') + '\r\n';
  return out;
}
