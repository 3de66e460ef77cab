/**
 * What the goals table shows, as data: the columns, the rows after filter and sort (goalTable.ts),
 * grouped into a flat list of items (group headers and rows) for the virtual list, the window of
 * items to render for a scroll position, and cells as text. Pure TypeScript (no DOM): tested in Node.
 */
import { filterRows, groupRows, rowHaystack, sortRows, type Column, type GoalRow } from '../../research/goalTable';
import { qualifierWord } from '../../format';
import { groupDigits } from '../../export/formats';
import type { Qualifier } from '../../engine/types';
import { fill, TABLE_WORDS, type PageWords, type TableWord } from './words';

export type Direction = 'asc' | 'desc';
export type GroupBy = 'none' | 'province' | 'indicator';
/** The columns the table filters by value (a menu of the values present each). */
export type FilterColumn = 'province' | 'indicatorGroup' | 'deadline' | 'state';
export const FILTER_COLUMNS: readonly FilterColumn[] = ['province', 'indicatorGroup', 'deadline', 'state'];

/** What the person chose; kept by the webview across hide and show (getState/setState). */
export interface TableState {
  sort?: { column: Column; direction: Direction };
  filter: string;
  rejected: boolean;
  groupBy: GroupBy;
  /** Keys of collapsed groups. */
  collapsed: string[];
  /** Per column, the values kept (as `columnValues` gives them; any of them); absent or empty: every value. */
  columns?: Partial<Record<FilterColumn, string[]>>;
}

export const INITIAL_STATE: TableState = { filter: '', rejected: false, groupBy: 'none', collapsed: [] };

export interface TableColumn { id: Column; word: TableWord }
/** The columns shown, in order (value and unit share one, sorted by the value). */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { id: 'province', word: 'colProvince' },
  { id: 'unit2025', word: 'colUnit2025' },
  { id: 'indicator', word: 'colIndicator' },
  { id: 'indicatorGroup', word: 'colIndicatorGroup' },
  { id: 'value', word: 'colValue' },
  { id: 'qualifier', word: 'colQualifier' },
  { id: 'deadline', word: 'colDeadline' },
  { id: 'period', word: 'colPeriod' },
  { id: 'document', word: 'colDocument' },
  { id: 'state', word: 'colState' },
];

const ENGLISH: PageWords = { lang: 'en', words: TABLE_WORDS };

/** A click on a column header: sorted ascending; the same column again: descending; again: ascending. */
export function nextSort(current: TableState['sort'], column: Column): NonNullable<TableState['sort']> {
  return { column, direction: current?.column === column && current.direction === 'asc' ? 'desc' : 'asc' };
}

/** Each row's folded text, computed once (folding is most of a filter's time: 50,000 rows are filtered as you type). */
const haystacks = new WeakMap<GoalRow, string>();
export function haystackOf(r: GoalRow): string {
  let h = haystacks.get(r);
  if (h === undefined) { h = rowHaystack(r); haystacks.set(r, h); }
  return h;
}

/** The rows shown: filtered (text, column values, rejected), then sorted. */
export function shownRows(rows: readonly GoalRow[], state: TableState): GoalRow[] {
  const columns = Object.fromEntries(Object.entries(state.columns ?? {}).filter(([, v]) => Array.isArray(v) && v.length > 0));
  const kept = filterRows(rows, { text: state.filter, rejected: state.rejected, columns }, haystackOf);
  return state.sort ? sortRows(kept, state.sort.column, state.sort.direction) : kept;
}

/**
 * A column filter with a value ticked (`on`) or unticked: the values kept in that column, in the
 * order ticked; none left: the column is not filtered. The state given is not changed.
 */
export function withColumnValue(columns: TableState['columns'], column: FilterColumn, value: string, on: boolean): NonNullable<TableState['columns']> {
  const out = { ...(columns ?? {}) };
  const kept = (out[column] ?? []).filter((v) => v !== value);
  if (on) kept.push(value);
  if (kept.length) out[column] = kept; else delete out[column];
  return out;
}

/** What a column's filter button says: every value (`All provinces`), the one value kept, or how many of how many. */
export function filterSummary(column: FilterColumn, kept: readonly string[] | undefined, values: readonly ColumnValue[], page: PageWords = ENGLISH): string {
  const all: Record<FilterColumn, TableWord> = { province: 'allProvinces', indicatorGroup: 'allIndicators', deadline: 'allDeadlines', state: 'allStates' };
  const name: Record<FilterColumn, TableWord> = { province: 'colProvince', indicatorGroup: 'colIndicatorGroup', deadline: 'colDeadline', state: 'colState' };
  if (!kept?.length) return page.words[all[column]];
  if (kept.length === 1) {
    const label = values.find((v) => v.value === kept[0])?.label ?? (kept[0] || (column === 'province' ? page.words.national : column === 'deadline' ? page.words.noDeadline : kept[0]));
    return `${page.words[name[column]]}: ${label}`;
  }
  return fill(page.words.keptOfValues, page.words[name[column]], kept.length, Math.max(values.length, kept.length));
}

/**
 * A state saved by an earlier view of the table, checked field by field (it is ours, but may be from an
 * older version: a column filter was one value then, and is kept as a list of that value).
 */
export function restoreState(x: unknown): TableState & { focusId?: string; scrollTop: number } {
  const s: TableState & { focusId?: string; scrollTop: number } = { ...INITIAL_STATE, collapsed: [], scrollTop: 0 };
  if (typeof x !== 'object' || x === null) return s;
  const o = x as Record<string, unknown>;
  if (typeof o.filter === 'string') s.filter = o.filter;
  if (typeof o.rejected === 'boolean') s.rejected = o.rejected;
  if (o.groupBy === 'province' || o.groupBy === 'indicator') s.groupBy = o.groupBy;
  if (Array.isArray(o.collapsed)) s.collapsed = o.collapsed.filter((k): k is string => typeof k === 'string');
  const sort = o.sort as Record<string, unknown> | undefined;
  if (sort && TABLE_COLUMNS.some((c) => c.id === sort.column) && (sort.direction === 'asc' || sort.direction === 'desc')) s.sort = sort as TableState['sort'];
  if (typeof o.focusId === 'string') s.focusId = o.focusId;
  const columns = o.columns as Record<string, unknown> | undefined;
  if (columns && typeof columns === 'object') {
    s.columns = {};
    for (const c of FILTER_COLUMNS) {
      const v = columns[c];
      const list = typeof v === 'string' ? [v] : Array.isArray(v) ? [...new Set(v.filter((k): k is string => typeof k === 'string'))] : [];
      if (list.length) s.columns[c] = list;
    }
  }
  if (typeof o.scrollTop === 'number' && o.scrollTop >= 0) s.scrollTop = o.scrollTop;
  return s;
}

export type Item =
  | { kind: 'group'; key: string; label: string; count: number; collapsed: boolean }
  | { kind: 'row'; row: GoalRow };

/** The shown rows as the list's items: plain rows, or groups (in the order their first row comes) each followed by its rows unless collapsed. */
export function itemsOf(shown: readonly GoalRow[], state: TableState, page: PageWords = ENGLISH): Item[] {
  if (state.groupBy === 'none') return shown.map((row) => ({ kind: 'row', row }));
  const collapsed = new Set(state.collapsed);
  const items: Item[] = [];
  for (const g of groupRows(shown, state.groupBy)) {
    // Grouped by indicator: by its group (merges and splits applied), named as the group column names it.
    const label = state.groupBy === 'province' ? g.key || page.words.national : g.key || g.rows[0].indicator;
    const closed = collapsed.has(g.key);
    items.push({ kind: 'group', key: g.key, label, count: g.rows.length, collapsed: closed });
    if (!closed) for (const row of g.rows) items.push({ kind: 'row', row });
  }
  return items;
}

/** The items to render for a scroll position: those in view and `overscan` more on each side (`last` excluded). */
export function visibleWindow(scrollTop: number, viewportHeight: number, itemHeight: number, count: number, overscan = 8): { first: number; last: number } {
  const first = Math.max(0, Math.floor(scrollTop / itemHeight) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewportHeight) / itemHeight) + overscan);
  return { first, last: Math.max(first, last) };
}

/** The scroll position that brings item `index` into view (unchanged when it is already). */
export function scrollToShow(index: number, scrollTop: number, viewportHeight: number, itemHeight: number): number {
  const top = index * itemHeight;
  if (top < scrollTop) return top;
  if (top + itemHeight > scrollTop + viewportHeight) return top + itemHeight - viewportHeight;
  return scrollTop;
}

const STATE_WORD: Record<GoalRow['state'], TableWord> = { unreviewed: 'stateUnreviewed', confirmed: 'stateConfirmed', rejected: 'stateRejected', edited: 'stateEdited', manual: 'stateManual' };

/** A cell as text: numbers with grouped digits and their unit, qualifiers and states in words. */
export function cellText(row: GoalRow, column: Column, page: PageWords = ENGLISH): string {
  switch (column) {
    case 'province': return row.province ?? page.words.national;
    case 'unit2025': return row.unit2025 ?? '';
    case 'value': {
      if (row.value === undefined) return row.quantitative ? '' : page.words.qualitative;
      const v = `${groupDigits(row.value)}${row.max !== undefined ? ` – ${groupDigits(row.max)}` : ''}`;
      return `${v}${row.unit === '%' ? '%' : row.unit ? ` ${row.unit}` : ''}`;
    }
    case 'qualifier': return row.qualifier ? qualifierWord(row.qualifier as Qualifier, page.lang) ?? row.qualifier : '';
    case 'state': return row.state === 'unreviewed' ? '' : page.words[STATE_WORD[row.state]];
    default: { const v = row[column]; return v === undefined || v === null ? '' : String(v); }
  }
}

/** A value of a filtered column: what the filter keeps (`value`), how the menu names it, and how many rows have it. */
export interface ColumnValue { value: string; label: string; count: number }

const collator = new Intl.Collator('vi', { sensitivity: 'base', numeric: true });
const STATE_ORDER: readonly GoalRow['state'][] = ['unreviewed', 'confirmed', 'edited', 'manual', 'rejected'];

/**
 * The values a column holds in these rows, for its filter menu: provinces (national goals as one),
 * indicator groups (by their normalised name), deadlines (none as one), review states; with
 * their counts, in a sensible order (states in review order, the rest alphabetically, empty first).
 */
export function columnValues(rows: readonly GoalRow[], column: FilterColumn, page: PageWords = ENGLISH): ColumnValue[] {
  const m = new Map<string, ColumnValue>();
  for (const r of rows) {
    const value = column === 'province' ? r.province ?? '' : column === 'indicatorGroup' ? r.indicatorGroup : column === 'deadline' ? r.deadline ?? '' : r.state;
    const have = m.get(value);
    if (have) { have.count++; continue; }
    const label = column === 'province' ? r.province ?? page.words.national
      : column === 'indicatorGroup' ? r.indicatorGroup || r.indicator
        : column === 'deadline' ? r.deadline || page.words.noDeadline
          : page.words[STATE_WORD[r.state]];
    m.set(value, { value, label, count: 1 });
  }
  const list = [...m.values()];
  if (column === 'state') return list.sort((a, b) => STATE_ORDER.indexOf(a.value as GoalRow['state']) - STATE_ORDER.indexOf(b.value as GoalRow['state']));
  return list.sort((a, b) => (a.value === '' ? -1 : b.value === '' ? 1 : collator.compare(a.label, b.label)));
}
