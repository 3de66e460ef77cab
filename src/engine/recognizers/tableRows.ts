/**
 * Rows of a table → amounts: each value cell takes its column (role, year, unit), its row label
 * (indicator, unit, province) and the table's title where those say nothing, and carries them as a
 * hint for roles and goal assembly.
 */
import type { Role } from '../types';
import type { AmountCandidate } from './amounts';
import type { ProvinceSpan } from './tableLines';
import { firstAtOrAfter } from '../text/sorted';
import {
  type Cell, type CellValue, type Column, type UnitSpec, cleanLabel, isBareLeadIn, isLabelColumn, isLeadIn, isSubItem,
  measuredIn, parseUnit, readColumn, unitInBrackets,
} from './tableCells';

export interface TableHint {
  role?: Role;
  indicator?: string;
  deadline?: string;
  /** `2021-2025` when the column or title names a span (`KH 2021-2025`). */
  period?: string;
  /** The table's title forecasts (`Dự báo …`): its values are no one's goals. */
  forecast?: boolean;
  /** Start of the province name that labels the row (normalised text), when the row is a province's. */
  provinceAt?: number;
  /** The row: its label with its cells (the evidence of a goal). */
  rowStart: number;
  rowEnd: number;
}

export type TableAmount = AmountCandidate & { table: TableHint };

/** Rule ids: a bare cell takes its unit from the headers; a cell that writes its unit keeps it. */
export const TABLE_RULES = { bare: 'amount.table.bare', cell: 'amount.table.cell' } as const;

export interface Row {
  /** Text cells before the values: notes of the row before, lead-ins, then the label(s) and a unit cell. */
  texts: Cell[];
  slots: Array<Cell | null>;
  /** Positions of the value cells in a grid row, for alignment with the header row. */
  positions?: number[];
}

export interface Table {
  columns: Column[];
  /** Grid tables: the header cell at each position. */
  grid?: Array<Column | null>;
  role?: Role;
  year?: string;
  period?: string;
  unit?: UnitSpec;
  indicator?: string;
  forecast?: boolean;
}

// ------------------------------------------------------------------ rows → amounts

export function emitRows(text: string, rows: readonly Row[], table: Table, provinces: readonly ProvinceSpan[]): TableAmount[] {
  const out: TableAmount[] = [];
  let mainLabel = '';
  for (const row of rows) {
    const k = table.columns.length;
    const n = row.slots.length;
    // Sub-rows written label, label, then their cells interleaved (`-Theo cân nặng (%)`, `-Theo chiều cao (%)`, 7,6, 10,4, …).
    const j = k > 0 && n > k && n % k === 0 ? n / k : 1;
    const subLabels = j > 1 && row.texts.length >= j && row.texts.slice(-j).every((c) => isSubItem(cellText(text, c)) || unitInBrackets(cellText(text, c)))
      ? row.texts.slice(-j) : null;
    const single = labelCell(text, row.texts);
    const labels: Cell[] = subLabels ?? (single ? [single] : []);
    const leadIn = [...row.texts].reverse().find((c) => !labels.includes(c) && isLeadIn(cellText(text, c)) && !isBareLeadIn(cellText(text, c)));
    const rowStart = labels.length ? Math.min(...labels.map((c) => c.start)) : (row.slots.find(Boolean)?.start ?? 0);
    const lastSlot = [...row.slots].reverse().find(Boolean);
    const rowEnd = lastSlot ? lastSlot.end : rowStart;
    // Cells beyond the columns that do not fill a sub-row (a page number after the row) are not the table's.
    const used = k > 0 && !subLabels && row.positions === undefined ? Math.min(n, k) : n;
    const noteRow = labels.length > 0 && labels.every((c) => NOTE_LINE.test(cellText(text, c)));
    // What a label says is read once per label, not once per cell of its row.
    const facts: Array<LabelFacts | undefined> = [];
    row.slots.slice(0, used).forEach((slot, p) => {
      if (!slot?.values || noteRow) return;
      const li = subLabels ? p % j : 0;
      const { province, when, cleaned, subItem, rowUnit } = facts[li] ??= labelFacts(text, labels[li], row.texts, provinces);
      const column = subLabels ? table.columns[Math.floor(p / j)] : columnOf(table, row, p);
      let indicator = province || when ? (column?.indicator ?? table.indicator) : cleaned;
      if (!province && !when && indicator && subItem) {
        const parent = leadIn ? cleanLabel(cellText(text, leadIn)) : mainLabel;
        if (parent) indicator = `${parent}${/^\p{Ll}/u.test(indicator) ? ' ' : ', '}${indicator}`;
      }
      const hint: TableHint = { rowStart, rowEnd };
      const role = column?.role ?? when?.role ?? table.role;
      if (role) hint.role = role;
      if (indicator) hint.indicator = indicator;
      const year = column?.year ?? when?.year ?? table.year;
      if (year) hint.deadline = year;
      const period = column?.period ?? when?.period ?? table.period;
      if (period) hint.period = period;
      if (province) hint.provinceAt = province.start;
      if (table.forecast) hint.forecast = true;
      for (const v of slot.values) {
        const a = cellAmount(v, column?.unit ?? rowUnit ?? table.unit, column !== undefined, hint);
        if (a) out.push(a);
      }
    });
    const main = labels[0] && !isSubItem(cellText(text, labels[0])) ? cleanLabel(cellText(text, labels[0])) : '';
    if (main) mainLabel = main;
  }
  return out.sort((a, b) => a.start - b.start);
}

/** What a row label says, for each of its cells. */
interface LabelFacts {
  province: ProvinceSpan | undefined;
  /** A label that only says when (`Năm 2025:`, `Kế hoạch 2030`) is a column of its own. */
  when: Column | null;
  /** The label as an indicator. */
  cleaned: string;
  subItem: boolean;
  rowUnit: UnitSpec | undefined;
}

function labelFacts(text: string, label: Cell | undefined, texts: readonly Cell[], provinces: readonly ProvinceSpan[]): LabelFacts {
  const labelText = label ? cellText(text, label) : '';
  const province = label ? provinceIn(text, label, provinces) : undefined;
  const cleaned = cleanLabel(labelText);
  const when = !province && label && !measuredIn(cleaned) ? readColumn(labelText) : null;
  const rowUnit = unitInBrackets(labelText)?.unit ?? unitCellOf(text, texts, label);
  return { province, when, cleaned, subItem: isSubItem(labelText), rowUnit };
}

/** The amount of one cell value: its own unit, else the headers' with their scale; none without either unit or column. */
function cellAmount(v: CellValue, headerUnit: UnitSpec | undefined, inColumn: boolean, hint: TableHint): TableAmount | null {
  const own = v.unit !== undefined;
  const unit: UnitSpec | undefined = own ? { factor: 1, unit: v.unit ?? '', kind: v.unitKind ?? 'none' } : headerUnit;
  if (!unit && !inColumn) return null;
  const factor = own ? 1 : unit?.factor ?? 1;
  const a: TableAmount = {
    start: v.start, end: v.end, value: v.value * factor, unit: unit?.unit ?? '', unitKind: unit?.kind ?? 'none',
    rule: own ? TABLE_RULES.cell : TABLE_RULES.bare, table: hint,
  };
  if (v.max !== undefined) a.max = v.max * factor;
  if (v.qualifier) a.qualifier = v.qualifier;
  return a;
}

/** `Nguồn: Cục Thống kê`, `Ghi chú: …`: a line that says something after its colon is a note, not a row label. */
const NOTE_LINE = /:\s*[\p{L}]/u;

const cellText = (text: string, c: Cell) => text.slice(c.start, c.end);

/** The row label: the last text cell, or the one before it when the last is a unit (`ĐVT` column). */
function labelCell(text: string, texts: readonly Cell[]): Cell | undefined {
  const last = texts[texts.length - 1];
  const k = last && texts.length >= 2 && parseUnit(cellText(text, last)) ? texts.length - 2 : texts.length - 1;
  const label = texts[k];
  // A label wrapped over two lines: the second half goes on in lower case (`Tỷ lệ dân số nông thôn` ⏎ `sử dụng nước sạch (%)`).
  const before = texts[k - 1];
  const head = before ? cellText(text, before) : '';
  if (label && before && /^\p{Ll}/u.test(cellText(text, label)) && !isLeadIn(head) && !NOTE_WORDS.test(head)
    && !isLabelColumn(head.toLowerCase()) && !readColumn(head)) {
    return { start: before.start, end: label.end, kind: 'text' };
  }
  return label;
}

/** The notes column of a results table (`Đạt`, `Không đạt`, `Vượt`). */
const NOTE_WORDS = /^(?:không\s+|chưa\s+)?(?:đạt|vượt|hoàn thành)(?:\s+kế hoạch)?$/iu;

function unitCellOf(text: string, texts: readonly Cell[], label: Cell | undefined): UnitSpec | undefined {
  const last = texts[texts.length - 1];
  if (!last || last === label) return undefined;
  return parseUnit(cellText(text, last)) ?? undefined;
}

/** The column of the row's `p`-th value: by position under the header row of a grid, else in order. */
function columnOf(table: Table, row: Row, p: number): Column | undefined {
  if (table.grid && row.positions) return table.grid[row.positions[p]] ?? undefined;
  return table.columns[p];
}

/** The province a label names, if the label is nothing but its name (binary search over the sorted names). */
function provinceIn(text: string, label: Cell, provinces: readonly ProvinceSpan[]): ProvinceSpan | undefined {
  const i = firstAtOrAfter(provinces, label.start);
  const p = provinces[i];
  return p && p.end <= label.end && provinceLabel(text, label, p) ? p : undefined;
}

/** A label that is a province's name, with at most an administrative word around it (`Tỉnh Nghệ An`, `TP. Huế`). */
function provinceLabel(text: string, label: Cell, p: ProvinceSpan): boolean {
  const rest = (text.slice(label.start, p.start) + ' ' + text.slice(p.end, label.end)).toLowerCase().replace(/[\s.,:()-]+/gu, ' ').trim();
  return rest === '' || /^(?:tỉnh|thành phố|tp)$/u.test(rest);
}

