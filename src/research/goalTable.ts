/**
 * The goals table's data: every reviewed goal of the workspace as a row, and the sorting, filtering
 * and grouping the table view applies. Rows carry raw values; the view formats them. Pure TypeScript.
 */
import type { ReviewedDocument, ReviewState } from '../annotations/model';
import { PROVINCES } from '../engine/data/provinces.data';
import { definedAbbreviations, foldText, indicatorGroup, type IndicatorGroups } from './indicatorKey';

export interface GoalRow {
  /** Stable id: document path and the goal's span. */
  id: string;
  document: string;
  /** The date the document speaks from (`YYYY`, `YYYY-MM`, `YYYY-MM-DD`), when known. */
  documentDate?: string;
  /** The province as the goal names it (canonical name), null for a national goal; and its unit from 1 July 2025. */
  province: string | null;
  unit2025: string | null;
  indicator: string;
  /** The indicator's group across documents, the researcher's merges and splits applied: its normalised name (see indicatorKey.ts). */
  indicatorGroup: string;
  value?: number;
  max?: number;
  unit?: string;
  qualifier?: string;
  deadline?: string;
  period?: string;
  quantitative: boolean;
  state: ReviewState;
  /** Where the evidence is (UTF-16 offsets into the document) and its text. */
  span: [number, number];
  evidence: string;
}

export type Column = 'document' | 'documentDate' | 'province' | 'unit2025' | 'indicator' | 'indicatorGroup' | 'value' | 'unit' | 'qualifier' | 'deadline' | 'period' | 'state';
export const COLUMNS: readonly Column[] = ['province', 'unit2025', 'indicator', 'indicatorGroup', 'value', 'unit', 'qualifier', 'deadline', 'period', 'document', 'documentDate', 'state'];

const UNIT_2025 = (() => {
  const byId = new Map(PROVINCES.map((r) => [r.id, r]));
  const m = new Map<string, string>();
  // New units first, so a name that is both (Hà Nội) maps to itself.
  for (const r of [...PROVINCES].sort((a, b) => (a.era === b.era ? 0 : a.era === 'new' ? -1 : 1))) {
    if (m.has(r.name)) continue;
    m.set(r.name, r.era === 'new' ? r.name : byId.get(r.successor ?? '')?.name ?? r.name);
  }
  return m;
})();

/** The unit a province (canonical name) belongs to from 1 July 2025. */
export function unit2025Of(province: string | null): string | null {
  return province === null ? null : UNIT_2025.get(province) ?? province;
}

export interface TableDocument { doc: ReviewedDocument; documentDate?: string }

/** One row per reviewed goal (rejected ones included: the state says so; the view hides them by default). */
export function goalRows(docs: readonly TableDocument[], groups: IndicatorGroups = {}): GoalRow[] {
  const rows: GoalRow[] = [];
  for (const { doc, documentDate } of docs) {
    const defined = definedAbbreviations(doc.text);
    for (const g of doc.goals) {
      const row: GoalRow = {
        id: `${doc.path}#${g.span[0]}-${g.span[1]}`, document: doc.path, province: g.province, unit2025: unit2025Of(g.province),
        indicator: g.indicator, indicatorGroup: indicatorGroup(g.indicator, defined, groups), quantitative: g.quantitative,
        state: g.state, span: [g.span[0], g.span[1]], evidence: g.evidence,
      };
      const date = documentDate ?? (doc.documentYear !== undefined ? String(doc.documentYear) : undefined);
      if (date) row.documentDate = date;
      for (const k of ['value', 'max', 'unit', 'qualifier', 'deadline', 'period'] as const) if (g[k] !== undefined) (row as unknown as Record<string, unknown>)[k] = g[k];
      rows.push(row);
    }
  }
  return rows;
}

/** The value a column sorts and filters by. */
export function cell(row: GoalRow, column: Column): string | number | undefined {
  const v = row[column];
  return v === null ? undefined : v;
}

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });

/** Rows sorted by a column (stable; empty cells last whichever the direction). */
export function sortRows(rows: readonly GoalRow[], column: Column, direction: 'asc' | 'desc' = 'asc'): GoalRow[] {
  const sign = direction === 'asc' ? 1 : -1;
  return rows.map((r, i) => [r, i] as const).sort(([a, i], [b, j]) => {
    const x = cell(a, column), y = cell(b, column);
    if (x === undefined || y === undefined) return x === y ? i - j : x === undefined ? 1 : -1;
    const c = typeof x === 'number' && typeof y === 'number' ? x - y : collator.compare(String(x), String(y));
    return c ? sign * c : i - j;
  }).map(([r]) => r);
}

export interface RowFilter {
  /** Words that must all occur in the row (province, indicator, evidence, document), without regard to case or diacritics: `vinh phuc`, `cum`. */
  text?: string;
  /** Per column, the values kept (as shown: strings; a number column compares its value as a string). */
  columns?: Partial<Record<Column, readonly string[]>>;
  /** Keep rejected goals (default: no). */
  rejected?: boolean;
}

/** The text a row's filter words are looked for in: province, 2025 unit, indicator, evidence and document, folded, a space on each side. */
export function rowHaystack(r: GoalRow): string {
  return ` ${foldText([r.province ?? '', r.unit2025 ?? '', r.indicator, r.evidence, r.document].join(' '))} `;
}

/** `haystack`: a row's folded text (rowHaystack); a view filtering the same rows again and again passes a memoised one. */
export function filterRows(rows: readonly GoalRow[], filter: RowFilter, haystack: (r: GoalRow) => string = rowHaystack): GoalRow[] {
  const words = filter.text ? foldText(filter.text).split(' ').filter(Boolean) : [];
  const columns = Object.entries(filter.columns ?? {}) as Array<[Column, readonly string[]]>;
  return rows.filter((r) => {
    if (r.state === 'rejected' && !filter.rejected) return false;
    for (const [c, values] of columns) { const v = cell(r, c); if (!values.includes(v === undefined ? '' : String(v))) return false; }
    if (!words.length) return true;
    const hay = haystack(r);
    return words.every((w) => hay.includes(` ${w}`));
  });
}

export interface RowGroup { key: string; rows: GoalRow[] }

/** Rows grouped by province (national goals under `''`) or by indicator group, groups in first-seen order. */
export function groupRows(rows: readonly GoalRow[], by: 'province' | 'indicator'): RowGroup[] {
  const groups = new Map<string, GoalRow[]>();
  for (const r of rows) {
    const k = by === 'province' ? r.province ?? '' : r.indicatorGroup;
    const list = groups.get(k);
    if (list) list.push(r); else groups.set(k, [r]);
  }
  return [...groups].map(([key, list]) => ({ key, rows: list }));
}

/** Rows as tab-separated values (what is shown, in its order), for the clipboard. */
export function rowsAsTsv(rows: readonly GoalRow[], columns: readonly Column[] = COLUMNS): string {
  const clean = (v: unknown) => (v === undefined || v === null ? '' : String(v).replace(/[\t\r\n]+/g, ' '));
  return [columns.join('\t'), ...rows.map((r) => columns.map((c) => clean(cell(r, c))).join('\t'))].join('\n') + '\n';
}
