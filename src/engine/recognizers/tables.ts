/**
 * Tables flattened to text (copied from a PDF or a web page): a header with the indicator, the unit
 * and the year, then rows of `ordinal ⏎ label ⏎ number ⏎ number …`, or `|`- or tab-separated rows.
 *
 * A bare number in a cell is an amount with the unit and scale of its column, its row label or the
 * table's title (`Giá trị xuất khẩu (triệu USD)` ⏎ `864` → 864 000 000 USD). The column header
 * decides its role (`TH năm 2018`, `Ước TH` → actual; `KH năm 2019`, `Mục tiêu 2025` → target, with
 * that year as deadline); a title that states targets (`Chỉ tiêu giao cho các tỉnh năm 2026`) does
 * when the columns do not. Each amount carries a hint for goal assembly: the row's indicator, the
 * deadline, the province when the row label is one, and the row as evidence.
 *
 * Linear: each line is split once, each cell read once (bounded work), each region walked once.
 */
import type { Role } from '../types';
import type { AmountCandidate } from './amounts';
import type { NumberConvention } from './numbers';
import type { NormalizedText } from '../text/normalize';
import type { DocumentTime } from '../refiners/documentTime';
import { type Spanned, dropOverlapping } from '../refiners/overlaps';
import { type Cell, type Column, classifyCell, hasDigit, isLabelColumn, lastYear, measuredIn, periodIn, readColumn, titleRole, titleUnit, unitInBrackets } from './tableCells';
import { type Line, type ProvinceSpan, leadInBefore, splitLines } from './tableLines';
import { type Row, type Table, type TableAmount, type TableHint, emitRows } from './tableRows';

export type { ProvinceSpan } from './tableLines';
export { TABLE_RULES, type TableAmount, type TableHint } from './tableRows';

export interface TableResult { amounts: TableAmount[] }

export function recognizeTables(norm: NormalizedText, convention: NumberConvention, provinces: readonly ProvinceSpan[]): TableResult {
  const { text, lower } = norm;
  const out: TableResult = { amounts: [] };
  // Every table has two rows or more, one per line: a text of one line (a sentence, a title) has none.
  if (text.indexOf('\n') < 0) return out;
  const lines = splitLines(norm, convention, provinces);
  let i = 0;
  while (i < lines.length) {
    const layout = lines[i].layout;
    let j = i + 1;
    while (j < lines.length && lines[j].layout === layout && (layout !== 'single' || lines[j].start - lines[j - 1].end < 400)) j++;
    const region = lines.slice(i, j);
    const before = i > 0 ? leadInBefore(text, lines[i - 1]) : '';
    const found = layout === 'prose' ? [] : layout === 'single'
      ? flattenedTable(text, lower, region, before, convention, provinces)
      : gridTable(text, lower, region, before, convention, provinces, layout === 'keyed' ? 2 : 3);
    for (const a of found) out.amounts.push(a);
    i = j;
  }
  return out;
}


// ------------------------------------------------------------------ one cell per line

function flattenedTable(text: string, lower: string, region: Line[], before: string, convention: NumberConvention,
  provinces: readonly ProvinceSpan[]): TableAmount[] {
  if (region.length < 4 || region[0].cells.length === 0) return [];
  // A value or integer cell has a digit: a region with fewer than three lines that hold one is no table
  // (most runs of short lines: headings, signatures, lists), and its cells need not be classified.
  let withDigit = 0;
  for (let i = 0; i < region.length && withDigit < 3; i++) if (hasDigit(text, region[i].start, region[i].end)) withDigit++;
  if (withDigit < 3) return [];
  const cells = region.map((l) => classifyCell(text, lower, l.start, l.end, convention));
  if (cells.filter((c) => c.kind === 'value' || c.kind === 'int').length < 3) return [];
  const rows: Row[] = [];
  let pending: Cell[] = [];
  let row: Row | null = null;
  let table: Table | null = null;
  let lastOrdinal = 0;
  let sectionHeading = false;
  const close = () => { if (row && row.slots.length) rows.push(row); row = null; };
  const k = () => table?.columns.length ?? 0;
  for (let i = 0; i < cells.length; i++) {
    const c = cells[i];
    const nextIsText = cells[i + 1]?.kind === 'text';
    // An integer before a label numbers the row: it follows the row numbers before it, or closes a full
    // row. After a label still waiting for its cells (`Hà Tĩnh ⏎ 8 ⏎ Thanh Hóa`), only the next row number is one.
    const inSequence = c.int === lastOrdinal + 1 || (lastOrdinal === 0 && c.int === 1);
    const isOrdinal = c.kind === 'ordinal' || (c.kind === 'int' && nextIsText
      && (pending.length > 0 ? inSequence : !row || (k() > 0 && (row as Row).slots.length >= k()) || inSequence));
    if (c.kind === 'section' || isOrdinal) {
      table ??= readHeader(text, pending, before, false);
      close();
      pending = [];
      if (c.kind === 'section') sectionHeading = true;
      else if (c.int !== undefined) lastOrdinal = c.int;
      continue;
    }
    if (c.kind === 'text') {
      if (sectionHeading) sectionHeading = false; // `I ⏎ Kinh tế`: a section's name, not a row
      else pending.push(c);
      continue;
    }
    sectionHeading = false;
    if (!row || pending.length > 0) {
      table ??= readHeader(text, pending, before, true);
      close();
      row = { texts: pending, slots: [] };
      pending = [];
    }
    const r: Row = row;
    if (c.continues && r.slots.length > 0 && r.slots[r.slots.length - 1]) {
      const last = r.slots[r.slots.length - 1] as Cell;
      r.slots[r.slots.length - 1] = { ...last, end: c.end, values: [...(last.values ?? []), ...(c.values ?? [])] };
    } else r.slots.push(c.kind === 'blank' ? null : c);
  }
  close();
  if (!table || rows.length < 2) return [];
  return emitRows(text, rows, table, provinces);
}

/**
 * The header of a one-cell-per-line table: the last run of header-shaped cells (value columns such
 * as `KH năm 2019` and label columns such as `Stt`, `Chỉ tiêu`) before the first row; what precedes
 * it (or a label column inside it) is the title. `dropLabel`: the last cell is the first row's label.
 */
function readHeader(text: string, pending: readonly Cell[], before: string, dropLabel: boolean): Table {
  const cells = dropLabel ? pending.slice(0, -1) : pending.slice();
  let runStart = -1, bestStart = -1, bestEnd = -1;
  for (let i = 0; i <= cells.length; i++) {
    const c = i < cells.length ? text.slice(cells[i].start, cells[i].end) : '';
    const fits = i < cells.length && (isLabelColumn(c.toLowerCase()) || readColumn(c) !== null);
    if (fits && runStart < 0) runStart = i;
    if (!fits && runStart >= 0) {
      if (cells.slice(runStart, i).some((x) => readColumn(text.slice(x.start, x.end)))) { bestStart = runStart; bestEnd = i; }
      runStart = -1;
    }
  }
  let columns: Column[] = [];
  let titleEnd = cells.length;
  if (bestStart >= 0) {
    const firstLabelColumn = cells.slice(bestStart, bestEnd).findIndex((x) => isLabelColumn(text.slice(x.start, x.end).toLowerCase()));
    const headStart = firstLabelColumn >= 0 ? bestStart + firstLabelColumn : bestStart;
    columns = cells.slice(headStart, bestEnd).map((x) => readColumn(text.slice(x.start, x.end))).filter((x): x is Column => x !== null);
    titleEnd = headStart;
  }
  return makeTable(columns, before + '\n' + cells.slice(0, titleEnd).map((x) => text.slice(x.start, x.end)).join('\n'));
}

function makeTable(columns: Column[], title: string): Table {
  const t: Table = { columns };
  const lowerTitle = title.toLowerCase();
  const role = titleRole(lowerTitle);
  if (role) t.role = role;
  if (/(?<![\p{L}])dự báo(?![\p{L}])/u.test(lowerTitle)) t.forecast = true;
  const year = lastYear(lowerTitle);
  if (year) t.year = year;
  const period = periodIn(lowerTitle);
  if (period) t.period = period;
  const unit = titleUnit(title) ?? unitInBrackets(title.trim())?.unit;
  if (unit) t.unit = unit;
  const lastLine = title.trim().split('\n').pop() ?? '';
  const indicator = measuredIn(unitInBrackets(lastLine) ? lastLine.slice(0, unitInBrackets(lastLine)?.at) : lastLine);
  if (indicator && lastLine.length <= 120) t.indicator = indicator;
  return t;
}

// ------------------------------------------------------------------ `|` and tab rows

function gridTable(text: string, lower: string, region: Line[], before: string, convention: NumberConvention,
  provinces: readonly ProvinceSpan[], minValues: number): TableAmount[] {
  const rows: Row[] = [];
  const headers: Array<Array<[number, number]>> = [];
  for (const line of region) {
    if (line.cells.every(([a, b]) => /^[\s:+=-]*$/u.test(text.slice(a, b)))) continue; // `|---|---|`
    const cells = line.cells.map(([a, b]) => a === b ? { start: a, end: b, kind: 'blank' as const } : classifyCell(text, lower, a, b, convention));
    // The first value: a value cell, or an integer after a text cell (an integer first is the row's number).
    let sawText = false;
    const first = cells.findIndex((c) => {
      if (c.kind === 'value' || (c.kind === 'int' && sawText)) return true;
      sawText ||= c.kind === 'text';
      return false;
    });
    if (first < 0) { if (rows.length === 0) headers.push(line.cells); continue; }
    const texts = cells.slice(0, first).filter((c) => c.kind === 'text');
    if (texts.length === 0) continue;
    let end = cells.length;
    while (end > first && cells[end - 1].kind === 'text') end--; // notes
    const slots = cells.slice(first, end).map((c) => c.kind === 'value' || c.kind === 'int' ? c : null);
    rows.push({ texts, slots, positions: slots.map((_, p) => first + p) });
  }
  if (rows.length < 2 || rows.reduce((n, r) => n + r.slots.filter(Boolean).length, 0) < minValues) return [];
  const headerText = (h: Array<[number, number]>) => h.map(([a, b]) => text.slice(a, b));
  const width = rows.reduce((w, r) => Math.max(w, r.positions?.length ? r.positions[r.positions.length - 1] + 1 : 0), 0);
  const columns = headers.flatMap((h) => headerText(h).map(readColumn)).filter((c): c is Column => c !== null);
  const titleLines = headers.filter((h) => h.length === 1).map((h) => headerText(h)[0]);
  const table = makeTable(columns, before + '\n' + titleLines.join('\n'));
  // Header rows as wide as the rows align with them; stacked rows are read together (`Thực hiện` over `2024`).
  const aligned = headers.filter((h) => h.length >= width && h.length > 1).map((h) => mergedHeader(headerText(h)));
  if (aligned.length) table.grid = aligned[0].map((_, p) => readColumn(aligned.map((h) => h[p] ?? '').join(' ').trim()));
  return emitRows(text, rows, table, provinces);
}

/** A header row with each empty cell under the merged cell to its left (`Thực hiện | | Kế hoạch`). */
function mergedHeader(cells: readonly string[]): string[] {
  let left = '';
  return cells.map((c, p) => {
    if (c.trim()) { left = isLabelColumn(c.toLowerCase()) ? '' : c; return c; }
    return p > 0 ? left : '';
  });
}

/**
 * The document's amounts with the tables': a table amount replaces an ordinary one it overlaps; a
 * table amount over a time (a year read as a cell) gives way. Both lists sorted by start.
 */
export function withTableAmounts(ordinary: readonly AmountCandidate[], tables: TableResult, times: readonly Spanned[]): AmountCandidate[] {
  if (tables.amounts.length === 0) return [...ordinary];
  const cells = dropOverlapping(tables.amounts, times);
  return [...dropOverlapping(ordinary, cells), ...cells].sort((a, b) => a.start - b.start || a.end - b.end);
}

/**
 * The role of a table cell: its column's or title's when they say it; else, when the document's date
 * is known from real evidence (not guessed from a plan's years), by whether the column's year is still
 * ahead (`Năm 2025 | Năm 2030` in a 2026 text: actual, target). Undefined: the ordinary rules decide.
 */
export function tableRole(hint: TableHint | undefined, doc: DocumentTime | undefined, undatedFloor?: number): Role | undefined {
  if (!hint) return undefined;
  if (hint.role) return hint.role;
  if (!hint.deadline) return undefined;
  // Undated: a column year before the text's own plan period or nearest deadline is a baseline.
  if (!doc) return undatedFloor === undefined ? undefined : Number(hint.deadline) < undatedFloor ? 'actual' : 'target';
  return Number(hint.deadline) > doc.year ? 'target' : 'actual';
}
