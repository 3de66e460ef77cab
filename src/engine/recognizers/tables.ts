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
import { firstAtOrAfter } from '../text/sorted';
import { type Spanned, dropOverlapping } from '../refiners/overlaps';
import {
  type Cell, type CellValue, type Column, type UnitSpec, MAX_CELL, classifyCell, cleanLabel, isBareLeadIn, isLabelColumn, isLeadIn, isSubItem,
  lastYear, measuredIn, parseUnit, periodIn, readColumn, titleRole, titleUnit, unitInBrackets,
} from './tableCells';

export interface TableHint {
  role?: Role;
  indicator?: string;
  deadline?: string;
  /** `2021-2025` when the column or title names a span (`KH 2021-2025`). */
  period?: string;
  /** Start of the province name that labels the row (normalised text), when the row is a province's. */
  provinceAt?: number;
  /** The row: its label with its cells (the evidence of a goal). */
  rowStart: number;
  rowEnd: number;
}

export type TableAmount = AmountCandidate & { table: TableHint };

/** Rule ids: a bare cell takes its unit from the headers; a cell that writes its unit keeps it. */
export const TABLE_RULES = { bare: 'amount.table.bare', cell: 'amount.table.cell' } as const;

type Layout = 'single' | 'pipe' | 'tab' | 'keyed' | 'prose';
interface Line { start: number; end: number; layout: Layout; cells: Array<[number, number]> }

interface Row {
  /** Text cells before the values: notes of the row before, lead-ins, then the label(s) and a unit cell. */
  texts: Cell[];
  slots: Array<Cell | null>;
  /** Positions of the value cells in a grid row, for alignment with the header row. */
  positions?: number[];
}

interface Table {
  columns: Column[];
  /** Grid tables: the header cell at each position. */
  grid?: Array<Column | null>;
  role?: Role;
  year?: string;
  period?: string;
  unit?: UnitSpec;
  indicator?: string;
}

/** A province named by a row label: start and end of the name in the normalised text. */
export interface ProvinceSpan { start: number; end: number }

export interface TableResult { amounts: TableAmount[] }

export function recognizeTables(norm: NormalizedText, convention: NumberConvention, provinces: readonly ProvinceSpan[]): TableResult {
  const { text, lower } = norm;
  const lines = splitLines(norm, convention, provinces);
  const out: TableResult = { amounts: [] };
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

/**
 * What the line before a table says about it: a short line is its title; of a paragraph, only a
 * last sentence that introduces the table (`…đạt được các kết quả sau:`).
 */
function leadInBefore(text: string, line: Line): string {
  if (line.layout !== 'prose') return text.slice(line.start, line.end);
  if (text[line.end - 1] !== ':') return '';
  const tail = text.slice(Math.max(line.start, line.end - 200), line.end);
  const stop = Math.max(tail.lastIndexOf('. '), tail.lastIndexOf('; '));
  return stop >= 0 ? tail.slice(stop + 2) : tail;
}

/**
 * Lines of the text, each with its layout: `pipe` (two or more `|`), `tab` (cells separated by tabs
 * in the text as given; normalisation turned them into spaces), `keyed` (a key and its value: `Nghệ
 * An: 8,5%`, `Tỉnh Hà Tĩnh 8%`, `- Công nghiệp: 9,5%`), `single` (any other short line: one cell).
 * Blank lines are skipped; a long line is `prose` and ends any region.
 */
function splitLines(norm: NormalizedText, convention: NumberConvention, provinces: readonly ProvinceSpan[]): Line[] {
  const { text, lower, original } = norm;
  // Tabs separate cells only in a text that also has plain spaces: where every space is a tab, they separate words.
  const hasTabs = original.includes('\t') && original.includes(' ');
  const lines: Line[] = [];
  let s = 0;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    const [a, b] = trim(text, s, e);
    if (b > a) {
      let pipes = 0;
      for (let k = a; k < b; k++) if (text[k] === '|') pipes++;
      if (pipes >= 2) lines.push({ start: a, end: b, layout: 'pipe', cells: splitAt(text, a, b, (k) => text[k] === '|') });
      else {
        const tabCells = hasTabs ? splitAt(text, a, b, (k) => text[k] === ' ' && original[norm.toOriginal(k, k + 1)[0]] === '\t') : [];
        if (tabCells.length >= 2) lines.push({ start: a, end: b, layout: 'tab', cells: tabCells });
        else if (b - a <= MAX_CELL) {
          const keyed = keyedCells(text, lower, a, b, convention, provinces);
          lines.push(keyed ? { start: a, end: b, layout: 'keyed', cells: keyed } : { start: a, end: b, layout: 'single', cells: [[a, b]] });
        }
        else lines.push({ start: a, end: b, layout: 'prose', cells: [] }); // a long line ends a region
      }
    }
    s = e + 1;
  }
  return lines;
}

/**
 * A short line `key: value` or `<province> value`: the key and the value as two cells, or null. The
 * value must be a whole value cell (`8,5%`, `tăng 9%`, `< 1,5`); after a province without a colon,
 * not a one-digit integer (`Tây Ninh 1` names a plant).
 */
function keyedCells(text: string, lower: string, a: number, b: number, convention: NumberConvention,
  provinces: readonly ProvinceSpan[]): Array<[number, number]> | null {
  const colon = text.indexOf(':', a);
  if (colon > a + 1 && colon < b - 1 && colon - a <= 60 && !isDigitAt(text, colon + 1) && isLetterOrMark(text, a)) {
    const value = trim(text, colon + 1, b);
    const kind = classifyCell(text, lower, value[0], value[1], convention).kind;
    if (kind === 'value' || kind === 'int') return [trim(text, a, colon), value];
  }
  const p = provinces[firstAtOrAfter(provinces, a)];
  if (!p || p.end >= b || !/^(?:(?:tỉnh|thành phố|tp\.?)\s*)?$/u.test(lower.slice(a, p.start))) return null;
  const value = trim(text, p.end, b);
  const cell = classifyCell(text, lower, value[0], value[1], convention);
  return cell.kind === 'value' || (cell.kind === 'int' && (cell.int ?? 0) >= 10) ? [[a, p.end], value] : null;
}

const isDigitAt = (text: string, i: number) => text[i] >= '0' && text[i] <= '9';
const isLetterOrMark = (text: string, i: number) => /[\p{L}\-–+•*(]/u.test(text[i] ?? '');

function trim(text: string, a: number, b: number): [number, number] {
  while (a < b && (text[a] === ' ' || text[a] === '\n')) a++;
  while (b > a && (text[b - 1] === ' ' || text[b - 1] === '\n')) b--;
  return [a, b];
}

/** Cells of [a, b) split where `isSep`; outer empty cells of a `| … |` row dropped, inner ones kept. */
function splitAt(text: string, a: number, b: number, isSep: (k: number) => boolean): Array<[number, number]> {
  const cells: Array<[number, number]> = [];
  let s = a;
  for (let k = a; k <= b; k++) {
    if (k === b || isSep(k)) { cells.push(trim(text, s, k)); s = k + 1; }
  }
  if (cells.length && cells[0][0] === cells[0][1]) cells.shift();
  if (cells.length && cells[cells.length - 1][0] === cells[cells.length - 1][1]) cells.pop();
  return cells;
}

// ------------------------------------------------------------------ one cell per line

function flattenedTable(text: string, lower: string, region: Line[], before: string, convention: NumberConvention,
  provinces: readonly ProvinceSpan[]): TableAmount[] {
  if (region.length < 4 || region[0].cells.length === 0) return [];
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

// ------------------------------------------------------------------ rows → amounts

function emitRows(text: string, rows: readonly Row[], table: Table, provinces: readonly ProvinceSpan[]): TableAmount[] {
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
    row.slots.slice(0, used).forEach((slot, p) => {
      if (!slot?.values || (labels.length && labels.every((c) => NOTE_LINE.test(cellText(text, c))))) return;
      const label: Cell | undefined = labels[subLabels ? p % j : 0];
      const column = subLabels ? table.columns[Math.floor(p / j)] : columnOf(table, row, p);
      const labelText = label ? cellText(text, label) : '';
      const province = label ? provinceIn(text, label, provinces) : undefined;
      // A label that only says when (`Năm 2025:`, `Kế hoạch 2030`) is a column of its own.
      const when = !province && label && !measuredIn(cleanLabel(labelText)) ? readColumn(labelText) : null;
      let indicator = province || when ? (column?.indicator ?? table.indicator) : cleanLabel(labelText);
      if (!province && !when && indicator && isSubItem(labelText)) {
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
      const rowUnit = unitInBrackets(labelText)?.unit ?? unitCellOf(text, row.texts, label);
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
  if (last && texts.length >= 2 && parseUnit(cellText(text, last))) return texts[texts.length - 2];
  return last;
}

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
export function tableRole(hint: TableHint | undefined, doc: DocumentTime | undefined): Role | undefined {
  if (!hint) return undefined;
  if (hint.role) return hint.role;
  if (!hint.deadline || !doc || doc.source === 'plan') return undefined;
  return Number(hint.deadline) > doc.year ? 'target' : 'actual';
}
