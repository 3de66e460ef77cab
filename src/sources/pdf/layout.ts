/**
 * PDF text runs → reading-order text. Runs are grouped into lines by baseline and sorted by x; a wide
 * gap inside a line is a table cell (tab); lines repeating at the top or bottom of most pages (running
 * headers, page numbers) are dropped; a line that runs to the right margin and is followed by a line at
 * the left margin continues in it (hard wraps and hyphenation undone); the text is NFC.
 */
import type { Loss, SourceSpan, SourceText } from '../types';

export interface TextRun { str: string; x: number; y: number; width: number; size: number }
export interface PageContent { runs: TextRun[]; images: number }

/** `columns`: where cells start on the line's page (x, rounded), from the rows whose cells are wide apart. */
interface Line { page: number; runs: TextRun[]; x0: number; x1: number; y: number; size: number; columns: ReadonlySet<number> }

/** A baseline within this share of the font size is the same line. */
const SAME_LINE = 0.5;
/** A gap wider than this many font sizes separates table cells. */
const CELL_GAP = 1.5;
/** A text column narrower than this many font sizes has no wrapped lines. */
const MIN_COLUMN = 25;
/** A gap wider than this share of the font size is a space. */
const WORD_GAP = 0.15;

const isMark = (s: string) => /^\p{M}/u.test(s);

function linesOf(page: number, runs: readonly TextRun[]): Line[] {
  const sorted = runs.filter((r) => r.str.trim() !== '').sort((a, b) => b.y - a.y || a.x - b.x);
  const lines: Line[] = [];
  for (const r of sorted) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(last.y - r.y) <= SAME_LINE * Math.max(last.size, r.size)) last.runs.push(r);
    else lines.push({ page, runs: [r], x0: 0, x1: 0, y: r.y, size: r.size, columns: new Set() });
  }
  for (const l of lines) {
    l.runs.sort((a, b) => a.x - b.x);
    l.x0 = l.runs[0].x;
    l.x1 = Math.max(...l.runs.map((r) => r.x + r.width));
    l.size = Math.max(...l.runs.map((r) => r.size));
  }
  // A cell that nearly fills its column leaves a narrow gap: in a table row, a run starting where
  // other rows' cells start (a column) is a new cell too.
  const columns = new Set<number>();
  for (const l of lines) l.runs.forEach((r, i) => { if (i > 0 && wideGap(l.runs[i - 1], r)) columns.add(Math.round(r.x)); });
  for (const l of lines) l.columns = columns;
  return lines;
}

/** What goes between two runs of a line: nothing, a space, or a tab (a table cell). */
const wideGap = (prev: TextRun, next: TextRun) => !isMark(next.str) && next.x - (prev.x + prev.width) > CELL_GAP * Math.max(prev.size, next.size);

function separator(prev: TextRun, next: TextRun, row = false, columns: ReadonlySet<number> = new Set()): string {
  if (isMark(next.str)) return '';
  const gap = next.x - (prev.x + prev.width);
  if (wideGap(prev, next)) return '\t';
  if (row && gap > WORD_GAP * next.size && columns.has(Math.round(next.x))) return '\t';
  if (gap > WORD_GAP * next.size && !/\s$/u.test(prev.str) && !/^\s/u.test(next.str)) return ' ';
  return '';
}

const isTableRow = (l: Line) => l.runs.some((r, i) => i > 0 && wideGap(l.runs[i - 1], r));

/** The text of a line and where each run lies in it. */
function lineText(l: Line): { text: string; spans: SourceSpan[] } {
  let text = '';
  const spans: SourceSpan[] = [];
  const row = isTableRow(l);
  l.runs.forEach((r, i) => {
    if (i > 0) text += separator(l.runs[i - 1], r, row, l.columns);
    const str = r.str.replace(/\s+/gu, ' ');
    spans.push({ start: text.length, end: text.length + str.length, page: l.page, x: Math.round(r.x), y: Math.round(r.y) });
    text += str;
  });
  return { text, spans };
}

const keyOf = (l: Line) => l.runs.map((r) => r.str).join(' ').replace(/\d+/gu, '#').replace(/\s+/gu, ' ').trim();

/** Drops lines at the top or bottom of pages whose text (digits aside) repeats on most pages. */
function dropRunningLines(pages: Line[][], losses: Loss[]): Line[][] {
  if (pages.filter((p) => p.length).length < 2) return pages;
  const needed = Math.max(2, Math.ceil(pages.length / 2));
  const drop = new Set<Line>();
  for (const end of ['first', 'last'] as const) {
    const counts = new Map<string, Line[]>();
    for (const p of pages) {
      const l = end === 'first' ? p[0] : p[p.length - 1];
      if (!l || p.length < 2) continue;
      const k = keyOf(l);
      counts.set(k, [...(counts.get(k) ?? []), l]);
    }
    for (const [k, ls] of counts) {
      if (ls.length < needed) continue;
      ls.forEach((l) => drop.add(l));
      losses.push({ kind: 'header-footer', count: ls.length, message: `a running ${end === 'first' ? 'header' : 'footer'} on ${ls.length} pages was left out: “${k}”` });
    }
  }
  return pages.map((p) => p.filter((l) => !drop.has(l)));
}

/** The room b's first word needs at the end of the line above (its share of b's first run, a space, some slack). */
function roomNeeded(b: Line): number {
  const r = b.runs[0];
  const word = r.str.trimStart().split(/\s/u)[0];
  const share = r.str.length ? r.width * (word.length / r.str.length) : 0;
  return Math.max(1.2 * share + 0.5 * b.size, b.size);
}

/** Whether line `b` continues the paragraph of line `a` (a hard wrap). */
function continues(a: Line, b: Line, rightEdge: number, leftEdge: number, leading: number): boolean {
  if (isTableRow(a) || isTableRow(b)) return false;
  if (rightEdge - leftEdge < MIN_COLUMN * a.size) return false; // no text column to wrap in (lists, short lines)
  if (rightEdge - a.x1 > roomNeeded(b)) return false; // b's first word would have fitted on a: a ends its paragraph
  if (b.x0 > leftEdge + 0.5 * b.size) return false; // an indented line starts one
  if (a.page === b.page && a.y - b.y > 1.6 * leading) return false; // a blank gap
  return true;
}

const median = (xs: number[]) => { const s = [...xs].sort((p, q) => p - q); return s.length ? s[(s.length - 1) >> 1] : 0; };

/** Lays out the pages' runs as text with spans and losses (scanned pages, images, dropped running lines). */
export function layOutPages(pages: readonly PageContent[]): SourceText {
  const losses: Loss[] = [];
  pages.forEach((p, i) => {
    const hasText = p.runs.some((r) => r.str.trim() !== '');
    if (!hasText) losses.push({ kind: 'scanned-page', page: i + 1, message: p.images ? `page ${i + 1} is a scanned image: no text` : `page ${i + 1} has no text (blank, or drawn without a text layer)` });
    else if (p.images) losses.push({ kind: 'image', page: i + 1, count: p.images, message: `page ${i + 1} has ${p.images} image(s): any text in them is not read` });
  });
  const kept = dropRunningLines(pages.map((p, i) => linesOf(i + 1, p.runs)), losses);
  const lines = kept.flat();
  // The text block's edges over the whole document (a page with one short line has no margin of its own).
  // The right margin: where the longer lines end (a long unbreakable word may run past it).
  const ends = lines.map((l) => l.x1).sort((p, q) => q - p);
  const rightEdge = ends[Math.floor(ends.length / 10)] ?? 0;
  const leftEdge = Math.min(...lines.map((l) => l.x0));
  // A right margin is where several lines end; with fewer, no line is known to be wrapped.
  const size = median(lines.map((l) => l.size));
  const hasColumn = lines.filter((l) => l.x1 >= rightEdge - 4 * size).length >= 2 && rightEdge - leftEdge >= MIN_COLUMN * size;
  const leading = median(lines.slice(1).map((l, i) => (lines[i].page === l.page ? lines[i].y - l.y : NaN)).filter((d) => d > 0)) || 14;

  let text = '';
  const spans: SourceSpan[] = [];
  lines.forEach((l, i) => {
    const lt = lineText(l);
    let body = lt.text;
    let joiner = '';
    if (i > 0) {
      const prev = lines[i - 1];
      if (hasColumn && continues(prev, l, rightEdge, leftEdge, leading)) {
        const hyphenated = /\p{L}-$/u.test(text) && /^\p{Ll}/u.test(body);
        if (hyphenated) { text = text.slice(0, -1); const last = spans[spans.length - 1]; if (last) last.end = Math.min(last.end, text.length); }
        joiner = hyphenated ? '' : ' ';
      } else joiner = '\n';
    }
    text += joiner;
    const base = text.length;
    // NFC per line: a mark drawn as its own glyph joins its letter; spans follow the shortened text.
    const nfc = body.normalize('NFC');
    const at = (k: number) => Math.min(nfc.length, body.slice(0, k).normalize('NFC').length);
    for (const s of lt.spans) spans.push({ ...s, start: base + at(s.start), end: base + at(s.end) });
    body = nfc;
    text += body;
  });
  return { format: 'pdf', text, spans: spans.filter((s) => s.end > s.start), losses, pages: pages.length };
}
