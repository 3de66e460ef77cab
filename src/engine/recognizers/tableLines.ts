/**
 * The lines of a text as table rows: each line's layout (`|`-separated, tab-separated, `key: value`,
 * a short line that is one cell, or prose) and its cells. One pass over the text; bounded work per line.
 */
import type { NormalizedText } from '../text/normalize';
import type { NumberConvention } from './numbers';
import { firstAtOrAfter } from '../text/sorted';
import { MAX_CELL, classifyCell } from './tableCells';

export type Layout = 'single' | 'pipe' | 'tab' | 'keyed' | 'prose';
export interface Line { start: number; end: number; layout: Layout; cells: Array<[number, number]> }

/** A province named by a row label: start and end of the name in the normalised text. */
/** A line split into more cells than this is not a table row (and is not read cell by cell). */
const MAX_COLUMNS = 64;

export interface ProvinceSpan { start: number; end: number }

/**
 * What the line before a table says about it: a short line is its title; of a paragraph, only a
 * last sentence that introduces the table (`…đạt được các kết quả sau:`).
 */
export function leadInBefore(text: string, line: Line): string {
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
export function splitLines(norm: NormalizedText, convention: NumberConvention, provinces: readonly ProvinceSpan[]): Line[] {
  const { text, lower, original } = norm;
  // Tabs separate cells only in a text that also has plain spaces: where every space is a tab, they separate words.
  const hasTabs = original.includes('\t') && original.includes(' ');
  const lines: Line[] = [];
  let s = 0;
  // The next `|` at or after the line start, found once per pipe (not per line): lines without one cost nothing.
  // -2: not looked for yet (looking it up before the loop made V8's later `indexOf('\n', s)` calls quadratic).
  let nextPipe = -2;
  // The next `:` likewise, looked for only from a short line (keyedCells reads the first of its line).
  let nextColon = -2;
  while (s <= text.length) {
    let e = text.indexOf('\n', s);
    if (e < 0) e = text.length;
    let a = s, b = e; // the line trimmed of spaces (it holds no line break)
    while (a < b && text.charCodeAt(a) === SPACE) a++;
    while (b > a && text.charCodeAt(b - 1) === SPACE) b--;
    if (b > a) {
      let pipes = 0;
      if (nextPipe === -2 || (nextPipe >= 0 && nextPipe < a)) nextPipe = text.indexOf('|', a);
      while (nextPipe >= 0 && nextPipe < b) { pipes++; nextPipe = text.indexOf('|', nextPipe + 1); }
      if (pipes >= 2 && pipes <= MAX_COLUMNS) lines.push({ start: a, end: b, layout: 'pipe', cells: splitAt(text, a, b, (k) => text[k] === '|') });
      else {
        const tabCells = hasTabs && pipes < 2 ? splitAt(text, a, b, (k) => text[k] === ' ' && original[norm.toOriginal(k, k + 1)[0]] === '\t') : [];
        if (tabCells.length >= 2 && tabCells.length <= MAX_COLUMNS) lines.push({ start: a, end: b, layout: 'tab', cells: tabCells });
        else if (b - a <= MAX_CELL) {
          if (nextColon === -2 || (nextColon >= 0 && nextColon < a)) nextColon = text.indexOf(':', a);
          const keyed = keyedCells(text, lower, a, b, nextColon >= 0 && nextColon < b ? nextColon : -1, convention, provinces);
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
 * A short line `key: value` or `<province> value`: the key and the value as two cells, or null
 * (`colon`: the first `:` of the line, or -1). The
 * value must be a whole value cell (`8,5%`, `tăng 9%`, `< 1,5`); after a province without a colon,
 * not a one-digit integer (`Tây Ninh 1` names a plant).
 */
function keyedCells(text: string, lower: string, a: number, b: number, colon: number, convention: NumberConvention,
  provinces: readonly ProvinceSpan[]): Array<[number, number]> | null {
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

const SPACE = 0x20, NEWLINE = 0x0a;
const isDigitAt = (text: string, i: number) => text[i] >= '0' && text[i] <= '9';
const isLetterOrMark = (text: string, i: number) => /[\p{L}\-–+•*(]/u.test(text[i] ?? '');

function trim(text: string, a: number, b: number): [number, number] {
  while (a < b && (text.charCodeAt(a) === SPACE || text.charCodeAt(a) === NEWLINE)) a++;
  while (b > a && (text.charCodeAt(b - 1) === SPACE || text.charCodeAt(b - 1) === NEWLINE)) b--;
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
