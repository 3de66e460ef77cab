/**
 * What the goals table shows, as data: the columns, the rows after filter and sort (goalTable.ts),
 * grouped into a flat list of items (group headers and rows) for the virtual list, the window of
 * items to render for a scroll position, and cells as text. Pure TypeScript (no DOM): tested in Node.
 */
import { filterRows, groupRows, rowHaystack, sortRows, type Column, type GoalRow } from '../../research/goalTable';
import { qualifierWord } from '../../format';
import { groupDigits, NATIONAL } from '../../export/formats';
import type { Qualifier } from '../../engine/types';

export type Direction = 'asc' | 'desc';
export type GroupBy = 'none' | 'province' | 'indicator';

/** What the person chose; kept by the webview across hide and show (getState/setState). */
export interface TableState {
  sort?: { column: Column; direction: Direction };
  filter: string;
  rejected: boolean;
  groupBy: GroupBy;
  /** Keys of collapsed groups. */
  collapsed: string[];
}

export const INITIAL_STATE: TableState = { filter: '', rejected: false, groupBy: 'none', collapsed: [] };

export interface TableColumn { id: Column; title: string }
/** The columns shown, in order (value and unit share one, sorted by the value). */
export const TABLE_COLUMNS: readonly TableColumn[] = [
  { id: 'province', title: 'Province' },
  { id: 'unit2025', title: 'Unit 2025' },
  { id: 'indicator', title: 'Indicator' },
  { id: 'value', title: 'Value' },
  { id: 'qualifier', title: 'Qualifier' },
  { id: 'deadline', title: 'Deadline' },
  { id: 'period', title: 'Period' },
  { id: 'document', title: 'Document' },
  { id: 'state', title: 'Review' },
];

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

/** The rows shown: filtered (text, rejected), then sorted. */
export function shownRows(rows: readonly GoalRow[], state: TableState): GoalRow[] {
  const kept = filterRows(rows, { text: state.filter, rejected: state.rejected }, haystackOf);
  return state.sort ? sortRows(kept, state.sort.column, state.sort.direction) : kept;
}

export type Item =
  | { kind: 'group'; key: string; label: string; count: number; collapsed: boolean }
  | { kind: 'row'; row: GoalRow };

/** The shown rows as the list's items: plain rows, or groups (in the order their first row comes) each followed by its rows unless collapsed. */
export function itemsOf(shown: readonly GoalRow[], state: TableState): Item[] {
  if (state.groupBy === 'none') return shown.map((row) => ({ kind: 'row', row }));
  const collapsed = new Set(state.collapsed);
  const items: Item[] = [];
  for (const g of groupRows(shown, state.groupBy)) {
    const label = state.groupBy === 'province' ? g.key || NATIONAL : g.rows[0].indicator;
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

const STATE_WORD: Record<GoalRow['state'], string> = { unreviewed: '', confirmed: '✓ confirmed', rejected: '✗ rejected', edited: '✎ edited', manual: '+ added' };

/** A cell as text: numbers with grouped digits and their unit, qualifiers and states in words. */
export function cellText(row: GoalRow, column: Column): string {
  switch (column) {
    case 'province': return row.province ?? NATIONAL;
    case 'unit2025': return row.unit2025 ?? '';
    case 'value': {
      if (row.value === undefined) return row.quantitative ? '' : '(qualitative)';
      const v = `${groupDigits(row.value)}${row.max !== undefined ? ` – ${groupDigits(row.max)}` : ''}`;
      return `${v}${row.unit === '%' ? '%' : row.unit ? ` ${row.unit}` : ''}`;
    }
    case 'qualifier': return row.qualifier ? qualifierWord(row.qualifier as Qualifier, 'en') ?? row.qualifier : '';
    case 'state': return STATE_WORD[row.state];
    default: { const v = row[column]; return v === undefined || v === null ? '' : String(v); }
  }
}
