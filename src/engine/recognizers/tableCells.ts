/**
 * Cells of a table flattened to text: what one cell holds (a value, an ordinal, a blank, or words),
 * what a column header says (role, year, unit), and what a row label says (indicator, unit).
 *
 * Every function here reads one cell (a line or a `|`/tab-separated piece of a line, at most
 * `MAX_CELL` characters), so the work per cell is bounded.
 */
import type { Qualifier, Role } from '../types';
import { DIGIT_TOKEN, type NumberConvention, parseDigitToken } from './numbers';
import { type UnitKind, recognizeAmounts } from './amounts';
import { QUALIFIER_WORDS } from '../lexicon/qualifiers';

/** Cells longer than this are prose, not cells. */
export const MAX_CELL = 160;

export interface CellValue {
  start: number;
  end: number;
  value: number;
  max?: number;
  /** Set when the cell writes its own unit (`8,5%`, `1.200 tỷ đồng`): no scale from the headers then. */
  unit?: string;
  unitKind?: UnitKind;
  qualifier?: Qualifier;
}

/**
 * text: words (a label, a header, a note); value: one or more amounts; blank: a placeholder
 * (`-`, `x`, `…`) holding a column's place; int: a small bare integer, an ordinal or a value
 * depending on where it stands; ordinal: `1.`, `a)`; section: a Roman numeral.
 */
export type CellKind = 'text' | 'value' | 'blank' | 'int' | 'ordinal' | 'section';

export interface Cell {
  start: number;
  end: number;
  kind: CellKind;
  values?: CellValue[];
  /** The integer of an `int` cell. */
  int?: number;
  /** A value cell wholly in brackets (`(còn 4,33%)`): it continues the cell before it. */
  continues?: boolean;
}

export interface UnitSpec { factor: number; unit: string; kind: UnitKind }

const QUALIFIERS = new Map<string, Qualifier>(QUALIFIER_WORDS.map(([w, q]) => [w, q]));
/** Words that may open a value cell before its number (`còn 4,33%`, `giảm 0,7`, `Trên 90`). */
const CELL_LEAD_WORDS = new Set(['còn', 'tăng', 'giảm', 'đạt', 'giảm còn', 'còn dưới', 'còn trên', 'khoảng']);
const BLANK_CELL = /^(?:[-–—x×…]|\.{2,4}|k\/c|n\/a)$/iu;
const ROMAN_CELL = /^[IVXL]{1,6}\.?$/u;
const ORDINAL_CELL = /^(?:\d{1,3}[.)]|[a-zđ][.)])$/u;
/** The longest cell (in code units) any of the three above matches: a longer one is none of them, untested. */
const MAX_MARK_CELL = 7;
const YEAR_TOKEN = /^(?:19|20)\d{2}$/u;
const VALUE_PREFIX = /^(\(\s*)?((?:[\p{L}]+ ){0,3}?)([<>≤≥~]=?)?\s*([-−])?(?=\d)/u;
const TAIL_WORDS = /^(?:(?:\s+|\s*\/\s*)[\p{L}]+(?![\p{L}])){1,2}(?=\s*(?:\(|$))/u;
const BOUND_AFTER = /^\s+trở\s+(lên|xuống)(?![\p{L}])/u;
const RANGE_TAIL = /\s*[-–—]\s*(\d+(?:[.,]\d+)*)/y;

/** What the cell [start, end) of the text holds (offsets are trimmed by the caller). */
export function classifyCell(text: string, lower: string, start: number, end: number, convention: NumberConvention): Cell {
  const s = lower.slice(start, end);
  if (end - start > MAX_CELL) return { start, end, kind: 'text' };
  if (end - start <= MAX_MARK_CELL) {
    if (BLANK_CELL.test(s)) return { start, end, kind: 'blank' };
    if (ROMAN_CELL.test(text.slice(start, end))) return { start, end, kind: 'section' };
    if (ORDINAL_CELL.test(s)) return { start, end, kind: 'ordinal' };
  }
  // Without a digit a cell holds no integer and no value (both need one): words.
  if (!hasDigit(lower, start, end)) return { start, end, kind: 'text' };
  if (end - start <= 3 && /^\d{1,3}$/u.test(s)) return { start, end, kind: 'int', int: Number(s), values: [{ start, end, value: Number(s) }] };
  const values = parseValueCell(text, lower, start, end, convention, 0);
  if (!values) return { start, end, kind: 'text' };
  const cell: Cell = { start, end, kind: 'value', values };
  if (s.startsWith('(')) cell.continues = true;
  return cell;
}

/** Whether s[start, end) holds a digit. */
export function hasDigit(s: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) { const c = s.charCodeAt(i); if (c >= 0x30 && c <= 0x39) return true; }
  return false;
}

/** The amounts of a cell that holds nothing but them, or null. `depth` bounds bracketed continuations. */
function parseValueCell(text: string, lower: string, start: number, end: number, convention: NumberConvention, depth: number): CellValue[] | null {
  const s = lower.slice(start, end);
  const m = VALUE_PREFIX.exec(s);
  if (!m) return null;
  const [, open, lead, symbol, sign] = m;
  const leadWords = lead.trim();
  let qualifier: Qualifier | undefined;
  if (leadWords) {
    qualifier = QUALIFIERS.get(leadWords);
    if (!qualifier && !CELL_LEAD_WORDS.has(leadWords)) return null;
  }
  if (symbol) qualifier = QUALIFIERS.get(symbol) ?? qualifier;
  const numStart = start + m[0].length;
  DIGIT_TOKEN.lastIndex = numStart;
  const tok = DIGIT_TOKEN.exec(lower);
  if (!tok || tok.index !== numStart) return null;
  const close = open ? start + s.lastIndexOf(')') : -1;
  if (open && close !== end - 1) return null; // `(3) Số bác sĩ`: a bracket that does not close the cell
  const bodyEnd = open ? close : end;
  const bareValue = numStart + tok[0].length <= bodyEnd ? parseDigitToken(tok[0], convention) : null;
  if (bareValue === null) return null;
  let v: CellValue;
  let cursor: number;
  // A unit written in the cell: read it with the amount recognizer on the cell alone.
  const inline = recognizeAmounts(text.slice(numStart, bodyEnd), lower.slice(numStart, bodyEnd), convention)[0];
  if (inline && inline.start === 0 && inline.unitKind !== 'none') {
    v = { start: numStart, end: numStart + inline.end, value: inline.value, unit: inline.unit, unitKind: inline.unitKind };
    if (inline.max !== undefined) v.max = inline.max;
    if (inline.qualifier && !qualifier) qualifier = inline.qualifier; // `95% trở lên`
    cursor = numStart + inline.end;
    // A unit's own modifier may follow it (`32 m2 sàn/người`, `95% trở lên`): up to two words, no number.
    const tail = TAIL_WORDS.exec(lower.slice(cursor, bodyEnd));
    if (tail) cursor += tail[0].length;
  } else {
    if (YEAR_TOKEN.test(tok[0]) && !symbol && !sign && !leadWords) return null; // a year: a header
    v = { start: numStart, end: numStart + tok[0].length, value: bareValue };
    cursor = v.end;
    RANGE_TAIL.lastIndex = cursor;
    const r = RANGE_TAIL.exec(lower);
    const high = r && r.index === cursor ? parseDigitToken(r[1], convention) : null;
    if (r && r.index + r[0].length <= bodyEnd && high !== null && high > bareValue) { v.max = high; v.end = cursor = r.index + r[0].length; }
    if (cursor < bodyEnd && (lower[cursor] === '‰' || lower[cursor] === '%')) { v.unit = lower[cursor]; v.unitKind = 'percent'; v.end = ++cursor; }
    const bound = BOUND_AFTER.exec(lower.slice(cursor, bodyEnd)); // `95 trở lên`
    if (bound) { qualifier ??= bound[1] === 'lên' ? 'at_least' : 'at_most'; cursor += bound[0].length; }
  }
  if (sign) { v.start -= 1; v.value = -v.value; if (v.max !== undefined) v.max = -v.max; }
  if (qualifier) v.qualifier = qualifier;
  const out = [v];
  // What may follow: nothing, or a bracketed amount of its own (`0,7% (còn 4,33%)`).
  let k = cursor;
  while (k < bodyEnd && lower[k] === ' ') k++;
  if (k < bodyEnd) {
    if (lower[k] !== '(' || depth > 0) return null;
    const inner = k + lower.slice(k, bodyEnd).lastIndexOf(')');
    if (inner <= k) return null;
    const more = parseValueCell(text, lower, k, inner + 1, convention, depth + 1);
    if (!more) return null;
    out.push(...more);
  }
  return out;
}

// ------------------------------------------------------------------ units

/** Scale words as table headers shorten them: `Tr.USD`, `Tr. đồng`, `Ng.người`. */
const SCALE_ABBREVIATION = /^(?:tr|ng)\.\s*/iu;
const SCALE_WORD: Record<string, string> = { t: 'triệu ', n: 'nghìn ' };
/** A unit written with its factor as digits: `1000 tấn`, `1.000 người`. */
const FACTOR_WORD: Record<string, string> = { '1000': 'nghìn ', '1000000': 'triệu ', '1000000000': 'tỷ ' };
/** Words in a header's brackets that qualify the figures, not count anything (`Năm 2025 (ước)`, `(sơ bộ)`). */
const NOT_UNITS = new Set(['ước', 'mới', 'cũ', 'tổng', 'gộp', 'tạm', 'chung', 'riêng', 'cả', 'dự', 'sơ', 'lũy', 'luỹ', 'bq']);
const UNIT_PREFIX = /^(?:đơn vị tính|đơn vị|đvt)\s*[:.]?\s*/iu;

/**
 * A unit as headers write it: `%`, `‰`, `triệu USD`, `Tỷ đồng`, `nghìn người`, `ha`, `Đơn vị: tỷ
 * đồng`. The scale word becomes the factor the cells are multiplied by. Null when the words are not
 * a unit (`GRDP`, `giá so sánh 2010`).
 */
export function parseUnit(raw: string): UnitSpec | null {
  const s = raw.trim().replace(UNIT_PREFIX, '').replace(/\/\s*[\p{L}]+$/u, '').trim()
    .replace(SCALE_ABBREVIATION, (m) => SCALE_WORD[m[0].toLowerCase()] ?? m).replace(/^(\d{1,3}(?:\.\d{3})+|\d+)\s+/u, (m, n: string) => FACTOR_WORD[n.replace(/\./g, '')] ?? m);
  if (s === '%') return { factor: 1, unit: '%', kind: 'percent' };
  if (s === '‰') return { factor: 1, unit: '‰', kind: 'percent' };
  if (s.length === 0 || s.length > 30 || /\d/.test(s)) return null;
  const probe = '1 ' + s;
  const found = recognizeAmounts(probe, probe.toLowerCase(), 'vi');
  const c = found[0];
  if (!c || found.length !== 1 || c.start !== 0 || c.end !== probe.length || c.unitKind === 'none' || c.max !== undefined) return null;
  if (c.unitKind === 'count' && NOT_UNITS.has(c.unit.toLowerCase())) return null;
  // A unit cell is written like a sentence (`Doanh nghiệp`): the counted noun is `doanh nghiệp`.
  const unit = c.unitKind === 'count' && /^\p{Lu}\p{Ll}/u.test(c.unit) ? c.unit[0].toLowerCase() + c.unit.slice(1) : c.unit;
  return { factor: c.value, unit, kind: c.unitKind };
}

/** The unit in a label's last bracket (`Giá trị xuất khẩu (triệu USD)`), with where the bracket starts. */
export function unitInBrackets(label: string): { unit: UnitSpec; at: number } | null {
  const close = label.lastIndexOf(')');
  if (close < 0 || label.slice(close + 1).trim().replace(/:$/u, '') !== '') return null;
  const open = label.lastIndexOf('(', close);
  if (open < 0) return null;
  const unit = parseUnit(label.slice(open + 1, close));
  return unit ? { unit, at: open } : null;
}

// ------------------------------------------------------------------ column headers

export interface Column {
  role?: Role;
  /** The year the column reports or plans (`KH năm 2019` → 2019). */
  year?: string;
  /** `KH 2021-2025` → `2021-2025`. */
  period?: string;
  unit?: UnitSpec;
  /** What the column measures when rows are provinces (`Mục tiêu tăng trưởng GRDP 2025 (%)`). */
  indicator?: string;
}

/** Headers of the label columns: they hold no values. */
const LABEL_COLUMNS = new Set([
  'stt', 'tt', 'số tt', 'số thứ tự', 'chỉ tiêu', 'các chỉ tiêu', 'chỉ tiêu chủ yếu', 'tên chỉ tiêu', 'nội dung', 'danh mục',
  'tỉnh', 'tỉnh, thành phố', 'tỉnh/thành phố', 'tỉnh, thành', 'tỉnh/thành', 'địa phương', 'đơn vị', 'đvt', 'đơn vị tính',
  'ghi chú', 'xếp hạng', 'hạng', 'thứ hạng', 'chỉ số', 'lĩnh vực', 'ngành',
]);
/** Column headers of reported values: thực hiện, ước thực hiện, kết quả, comparisons. */
const ACTUAL_HEADER = /^(?:ước(?:\s+(?:th|thực hiện|tính|đạt))?|th|thực hiện|kết quả|đã đạt|lũy kế|luỹ kế|so sánh|so với|so cùng kỳ|tăng\s*\/\s*giảm|tỷ lệ so|cùng kỳ|năm trước)(?![\p{L}])|^(?:th|thực hiện)\s*\/|%\s*so\s+(?:với|kh|cùng)/u;
/** Column headers of values to be reached: kế hoạch, mục tiêu, chỉ tiêu giao, dự kiến. */
const TARGET_HEADER = /^(?:kh|kế hoạch|mục tiêu|chỉ tiêu(?:\s+(?:giao|kế hoạch|phấn đấu))|dự kiến|dự toán|phấn đấu|định hướng|đến năm)(?![\p{L}])/u;
const YEAR_IN = /(?<![\p{N}])(?:19|20)\d{2}(?![\p{N}])/gu;

export function lastYear(s: string): string | undefined {
  let year: string | undefined;
  YEAR_IN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = YEAR_IN.exec(s)) !== null) year = m[0];
  return year;
}

const PERIOD_IN = /(?<![\p{N}])((?:19|20)\d{2})\s*[-–—]\s*((?:19|20)\d{2})(?![\p{N}])/u;

/** A span of years (`giai đoạn 2021 - 2025` → `2021-2025`). */
export function periodIn(s: string): string | undefined {
  const m = PERIOD_IN.exec(s);
  return m && m[2] > m[1] ? `${m[1]}-${m[2]}` : undefined;
}

export const isLabelColumn = (lowerCell: string) => LABEL_COLUMNS.has(lowerCell.replace(/\s+/g, ' ').replace(/[.:]$/u, '').trim());

/** The header of a value column, or null when the cell is not one. */
export function readColumn(cell: string): Column | null {
  const lower = cell.toLowerCase().replace(/\s+/g, ' ').trim();
  if (lower.length > 80 || lower.startsWith('(') || isLabelColumn(lower) || /ngày|\d{1,2}\/\d{1,2}\//u.test(lower)) return null;
  const col: Column = {};
  if (ACTUAL_HEADER.test(lower)) col.role = 'actual';
  else if (TARGET_HEADER.test(lower)) col.role = 'target';
  else { const role = titleRole(lower); if (role) col.role = role; }
  const year = lastYear(lower);
  if (year) col.year = year;
  const period = periodIn(lower);
  if (period) col.period = period;
  const unit = unitInBrackets(cell);
  if (unit) col.unit = unit.unit;
  if (!col.role && !col.year && !col.unit) return null;
  const indicator = measuredIn(unit ? cell.slice(0, unit.at) : cell);
  if (indicator) col.indicator = indicator;
  return col;
}

const ROLE_WORDS = /^(?:bảng\s*\d*[.:]?\s*)?(?:ước\s+th|ước\s+thực\s+hiện|th\s*\/\s*kh|so sánh|so với cùng kỳ|so với|so cùng kỳ|tăng\s*\/\s*giảm|kh|th|kế hoạch|thực hiện|mục tiêu|chỉ tiêu giao|chỉ tiêu|dự kiến|phấn đấu|kết quả)(?![\p{L}])\s*/iu;
const STATUS_BRACKET = /\(\s*(?:ước(?:\s+(?:tính|th|thực hiện|đạt))?|sơ bộ|dự kiến|kế hoạch|kh|th|chính thức)\s*\)/giu;
const TIME_WORDS = /\s*(?:(?:giai đoạn|đến năm|đến|năm|vào năm)?\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?|\d{1,2}\s+tháng(?:\s+đầu\s+năm)?|quý\s+[ivx\d]+)(?![\p{L}\p{N}])/giu;
const FOR_PROVINCES = /\s*(?:(?:giao cho|giao|của|cho|tại|ở)?\s*(?:các|từng|một số|những|\d+)\s+(?:tỉnh|địa phương|thành phố)|(?:của|tại|ở)\s+(?:tỉnh|thành phố|tp\.?))(?![\p{L}]).*$/iu;

/** What a header measures: its words without role, time, unit and `của các tỉnh` (`Mục tiêu tăng trưởng GRDP 2025` → `tăng trưởng GRDP`). */
export function measuredIn(header: string): string | undefined {
  const s = header.replace(STATUS_BRACKET, '').replace(ROLE_WORDS, '').replace(TIME_WORDS, '').replace(FOR_PROVINCES, '').replace(/\s+/g, ' ').replace(/^[\s,.:–-]+|[\s,.:–-]+$/gu, '');
  return s.length >= 3 ? s : undefined;
}

// ------------------------------------------------------------------ titles

/** A title of results (`Kết quả thực hiện…`, `…đạt được trong năm 2019`) outweighs the plan it reports on. */
const ACTUAL_TITLE = /(?<![\p{L}])(?:kết quả|đạt được|thực hiện|ước|xếp hạng|tình hình)(?![\p{L}])/u;
const TARGET_TITLE = /(?<![\p{L}])(?:mục tiêu|chỉ tiêu giao|giao chỉ tiêu|giao cho|được giao|kế hoạch|dự kiến|phấn đấu|định hướng)(?![\p{L}])/u;

export function titleRole(lowerTitle: string): Role | undefined {
  if (ACTUAL_TITLE.test(lowerTitle)) return 'actual';
  if (TARGET_TITLE.test(lowerTitle)) return 'target';
  return undefined;
}

/** `Đơn vị tính: tỷ đồng`, `(ĐVT: %)` in a title. */
export function titleUnit(title: string): UnitSpec | null {
  const m = /(?:đơn vị tính|đơn vị|đvt)\s*[:.]\s*([^()\n;]{1,30})/iu.exec(title);
  return m ? parseUnit(m[1].replace(/\)\s*$/u, '')) : null;
}

/** `1.`, `2.1.`, `a)`, `(3)`, `IV.` opening a list item. */
const LIST_NUMBER = /^(?:\(?\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVX]{1,4}\.)\s+/u;

/** A label's words: list marks and numbers, the unit bracket and a closing colon removed. */
export function cleanLabel(label: string): string {
  const unit = unitInBrackets(label);
  const s = unit ? label.slice(0, unit.at) : label;
  return s.replace(/^[\s\-–—+•*.]+/u, '').replace(LIST_NUMBER, '').replace(/[\s:]+$/u, '').replace(/\s+/g, ' ').trim();
}

/** A sub-item of the row before (`- Nông nghiệp`, `+ Dịch vụ`). */
export const isSubItem = (label: string) => /^\s*[-–+•]/u.test(label);
/** A heading that introduces sub-items (`Trong đó:`, `Tỷ lệ trẻ em suy dinh dưỡng:`). */
export const isLeadIn = (label: string) => /:\s*$/u.test(label);
/** `Trong đó:`, `Tr.đó:`: a lead-in that names nothing of its own. */
export const isBareLeadIn = (label: string) => /^\s*(?:trong đó|tr\.\s*đó|gồm|bao gồm|chia ra|cụ thể)\s*:?\s*$/iu.test(label);
