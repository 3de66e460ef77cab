/// <reference lib="dom" />
/**
 * The goals table in its webview (a browser page; bundled by esbuild into dist/goalsTable.js, no
 * `vscode` import). Document text only ever reaches the DOM through `textContent` and `title`.
 * The list is virtual: only the items in view (and a few around) are in the DOM, so 50,000 rows
 * scroll as 50. Keyboard: ↑ ↓ PageUp PageDown Home End move the focus, Enter opens the evidence
 * (or folds a group, as ← → do), Space and Shift+↑↓ select, Ctrl+A selects all, Ctrl+C copies as TSV,
 * G charts the focused goal's indicator group by province, T its province's target changes (also the
 * row's context menu: each row, and the grid for the focused row, name it in `data-vscode-context`).
 */
import './goalsTable.css';
import type { GoalRow } from '../../research/goalTable';
import { parseHostMessage, ROW_SECTION, type ChartRowView, type WebviewMessage } from './protocol';
import { cellText, columnValues, FILTER_COLUMNS, filterSummary, haystackOf, itemsOf, nextSort, restoreState, scrollToShow, shownRows, TABLE_COLUMNS, visibleWindow, withColumnValue, type ColumnValue, type FilterColumn, type GroupBy, type Item } from './tableModel';
import { fill, parsePageWords, type TableWord } from './words';

declare function acquireVsCodeApi(): { postMessage(m: WebviewMessage): void; getState(): unknown; setState(s: unknown): void };
const host = acquireVsCodeApi();

const ITEM_HEIGHT = 24;
// The page's words, in the person's language: given by the extension in the page's HTML (words.ts).
const page = parsePageWords(document.querySelector<HTMLMetaElement>('meta[name="chitieu-words"]')?.content);
const W = page.words;
document.documentElement.lang = page.lang;
type Saved = ReturnType<typeof restoreState>;

const state = restoreState(host.getState());
let rows: GoalRow[] = [];
let shown: GoalRow[] = [];
let items: Item[] = [];
let focus = 0;
let anchor = 0;
let received = false;
const selected = new Set<string>();

function el<K extends keyof HTMLElementTagNameMap>(tag: K, props: Partial<HTMLElementTagNameMap[K]> = {}, ...children: Node[]): HTMLElementTagNameMap[K] {
  const e = Object.assign(document.createElement(tag), props);
  for (const c of children) e.append(c);
  return e;
}

// --- the page ------------------------------------------------------------------------------------------
const filter = el('input', { type: 'search', id: 'filter', placeholder: W.filterPlaceholder, value: state.filter, spellcheck: false });
filter.setAttribute('aria-label', W.filterLabel);
const rejected = el('input', { type: 'checkbox', id: 'rejected', checked: state.rejected });
const groupBy = el('select', { id: 'groupBy' },
  el('option', { value: 'none', textContent: W.noGrouping }), el('option', { value: 'province', textContent: W.groupByProvince }), el('option', { value: 'indicator', textContent: W.groupByIndicator }));
groupBy.value = state.groupBy;
groupBy.setAttribute('aria-label', W.grouping);
const chartButtons = ([['provinces', 'chartIndicator'], ['changes', 'targetChanges']] as const).map(([view, word]) => {
  const b = el('button', { id: `chart-${view}`, textContent: W[word], title: W[`${word}Title`] });
  b.addEventListener('click', () => chart(view));
  return b;
});
const copyButton = el('button', { id: 'copy', textContent: W.copy, title: W.copyTitle });
const exportButton = el('button', { id: 'exportCsv', textContent: W.exportCsv, title: W.exportCsvTitle });
const reviewButtons = (['confirm', 'reject', 'edit'] as const).map((action) => {
  const b = el('button', { textContent: W[action], title: W[`${action}Title`] });
  b.dataset.action = action;
  b.addEventListener('click', () => review(action));
  return b;
});
const count = el('span', { id: 'count', className: 'count' });
count.setAttribute('aria-live', 'polite');
// Filters by column value: per column, a drop-down list of the values present (with their counts) to tick;
// rows with any value ticked are kept. The list is built when it opens (a column may have thousands of values).
const COLUMN_WORD: Record<FilterColumn, TableWord> = { province: 'colProvince', indicatorGroup: 'colIndicatorGroup', deadline: 'colDeadline', state: 'colState' };
interface ColumnMenu { column: FilterColumn; menu: HTMLDetailsElement; summary: HTMLElement; list: HTMLElement; values: ColumnValue[] }
const columnMenus: ColumnMenu[] = FILTER_COLUMNS.map((column) => {
  const summary = el('summary', { className: 'column-filter-summary' });
  const list = el('div', { className: 'column-filter-values' });
  list.setAttribute('role', 'group');
  list.setAttribute('aria-label', `${W[COLUMN_WORD[column]]} — ${W.filterValuesLabel}`);
  const menu = el('details', { id: `filter-${column}`, className: 'column-filter' }, summary, list);
  const entry: ColumnMenu = { column, menu, summary, list, values: [] };
  menu.addEventListener('toggle', () => {
    if (!menu.open) return;
    for (const m of columnMenus) if (m !== entry) m.menu.open = false;
    fillList(entry);
    list.querySelector<HTMLInputElement>('input')?.focus();
  });
  menu.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu.open) { menu.open = false; summary.focus(); e.preventDefault(); e.stopPropagation(); }
    else if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && (e.target as HTMLElement).matches('input')) {
      const boxes = Array.from(list.querySelectorAll<HTMLInputElement>('input'));
      boxes[Math.max(0, Math.min(boxes.length - 1, boxes.indexOf(e.target as HTMLInputElement) + (e.key === 'ArrowDown' ? 1 : -1)))]?.focus();
      e.preventDefault();
    }
  });
  list.addEventListener('change', (e) => {
    const box = e.target as HTMLInputElement;
    if (box.dataset.all !== undefined) {
      // *Every value*: the column unfiltered (unticking it when nothing is ticked changes nothing).
      const columns = { ...(state.columns ?? {}) };
      delete columns[column];
      state.columns = columns;
    } else state.columns = withColumnValue(state.columns, column, box.value, box.checked);
    focus = 0;
    recompute();
  });
  return entry;
});
// A click elsewhere closes an open list.
document.addEventListener('click', (e) => { for (const m of columnMenus) if (m.menu.open && !m.menu.contains(e.target as Node)) m.menu.open = false; });
const clearButton = el('button', { id: 'clearFilters', textContent: W.clearFilters, title: W.clearFiltersTitle });
const filters = el('div', { className: 'filters' }, ...columnMenus.map((m) => m.menu), clearButton);
const toolbar = el('div', { className: 'toolbar' }, filter, el('label', {}, rejected, document.createTextNode(` ${W.showRejected}`)), groupBy, ...reviewButtons, ...chartButtons, copyButton, exportButton, count);

const header = el('div', { className: 'header' });
header.setAttribute('role', 'row');
const headerCells = TABLE_COLUMNS.map((c) => {
  const button = el('button', { textContent: W[c.word], title: fill(W.sortBy, W[c.word].toLowerCase()) });
  button.dataset.column = c.id;
  const cell = el('div', { className: `cell col-${c.id}` }, button);
  cell.setAttribute('role', 'columnheader');
  header.append(cell);
  return { column: c.id, cell, button };
});
const spacer = el('div', { className: 'spacer' });
spacer.setAttribute('role', 'rowgroup');
// The header is inside the scrolled box (sticky at its top), so it scrolls sideways with the rows.
const viewport = el('div', { className: 'viewport', tabIndex: 0 }, header, spacer);
const empty = el('div', { className: 'empty' });
const grid = el('div', { className: 'grid', id: 'grid' }, viewport, empty);
// The focusable scrolled box is the grid: it holds the header row and the rows, and names the focused row (aria-activedescendant).
viewport.setAttribute('role', 'grid');
viewport.setAttribute('aria-label', W.gridLabel);
viewport.setAttribute('aria-multiselectable', 'true');
document.body.append(toolbar, filters, grid);

/** The column lists' values, from the rows (rejected ones only when shown); a value ticked stays offered even when no row has it now. */
function fillMenus(): void {
  const base = state.rejected ? rows : rows.filter((r) => r.state !== 'rejected');
  for (const m of columnMenus) {
    const kept = state.columns?.[m.column] ?? [];
    m.values = columnValues(base, m.column, page);
    for (const v of kept) if (!m.values.some((x) => x.value === v)) m.values.unshift({ value: v, label: v || W.noDeadline, count: 0 });
    m.summary.textContent = filterSummary(m.column, kept, m.values, page);
    m.menu.classList.toggle('active', kept.length > 0);
    if (m.menu.open) fillList(m);
  }
  clearButton.disabled = !state.filter && !Object.keys(state.columns ?? {}).length;
}

/** An open list's check boxes: *Every value*, then each value with its count (the focus stays on its box). */
function fillList(m: ColumnMenu): void {
  const kept = new Set(state.columns?.[m.column] ?? []);
  const focused = (document.activeElement as HTMLInputElement | null)?.closest('.column-filter-values') === m.list ? (document.activeElement as HTMLInputElement) : undefined;
  const again = focused ? (focused.dataset.all !== undefined ? '\u0000all' : focused.value) : undefined;
  const all = el('input', { type: 'checkbox', checked: kept.size === 0 });
  all.dataset.all = '';
  const boxes = m.values.map((v) => {
    const box = el('input', { type: 'checkbox', value: v.value, checked: kept.has(v.value) });
    return el('label', { title: v.label }, box, document.createTextNode(fill(W.valueCount, v.label.length > 60 ? `${v.label.slice(0, 59)}…` : v.label, v.count)));
  });
  m.list.replaceChildren(el('label', { className: 'all' }, all, document.createTextNode(W.selectAllValues)), ...boxes);
  if (again !== undefined) Array.from(m.list.querySelectorAll<HTMLInputElement>('input')).find((b) => (again === '\u0000all' ? b.dataset.all !== undefined : b.dataset.all === undefined && b.value === again))?.focus();
}

// --- state and rendering ---------------------------------------------------------------------------------
function save(): void {
  if (!received) return; // nothing shown yet: keep what was saved
  const f = items[focus];
  host.setState({ sort: state.sort, filter: state.filter, rejected: state.rejected, groupBy: state.groupBy, collapsed: state.collapsed, columns: state.columns,
    focusId: f ? (f.kind === 'row' ? f.row.id : `group:${f.key}`) : undefined, scrollTop: viewport.scrollTop } satisfies Saved);
}

const itemId = (it: Item) => (it.kind === 'row' ? it.row.id : `group:${it.key}`);

/** Filter, sort and group again (rows, filter, sort or grouping changed); the focus stays on its row when it is still shown. */
function recompute(): void {
  const before = items[focus] ? itemId(items[focus]) : state.focusId;
  shown = shownRows(rows, state);
  items = itemsOf(shown, state, page);
  const at = before === undefined ? -1 : items.findIndex((it) => itemId(it) === before);
  focus = at >= 0 ? at : Math.min(focus, Math.max(0, items.length - 1));
  const shownIds = new Set(shown.map((r) => r.id));
  for (const id of selected) if (!shownIds.has(id)) selected.delete(id);
  spacer.style.height = `${items.length * ITEM_HEIGHT}px`;
  hiddenRejected = rows.filter((r) => r.state === 'rejected').length;
  describe();
  empty.textContent = !received ? W.reading : rows.length === 0 ? W.noGoals : items.length === 0 ? W.noMatch : '';
  fillMenus();
  for (const h of headerCells) {
    const dir = state.sort?.column === h.column ? state.sort.direction : undefined;
    h.cell.setAttribute('aria-sort', dir === 'asc' ? 'ascending' : dir === 'desc' ? 'descending' : 'none');
    h.cell.classList.toggle('sorted', !!dir);
    h.button.dataset.arrow = dir === 'asc' ? '▲' : dir === 'desc' ? '▼' : '';
  }
  render();
  save();
}

let hiddenRejected = 0;
/** The count line: rows shown, of all; rejected ones hidden; the selection. */
function describe(): void {
  count.textContent = `${fill(W.count, shown.length, rows.length)}${!state.rejected && hiddenRejected ? ` ${fill(W.rejectedHidden, hiddenRejected)}` : ''}${selected.size ? ` · ${fill(W.selectedCount, selected.size)}` : ''}`;
}

function renderRow(it: Item, index: number): HTMLElement {
  const row = el('div', { id: `item-${index}` });
  row.setAttribute('role', 'row');
  row.setAttribute('aria-rowindex', String(index + 2));
  row.dataset.index = String(index);
  row.style.top = `${index * ITEM_HEIGHT}px`;
  if (it.kind === 'group') {
    row.className = 'item group';
    row.setAttribute('aria-expanded', String(!it.collapsed));
    const cell = el('div', { className: 'cell', textContent: `${it.collapsed ? '▸' : '▾'} ${it.label} (${it.count})` });
    cell.setAttribute('role', 'gridcell');
    row.append(cell);
  } else {
    const r = it.row;
    row.className = `item goal state-${r.state}`;
    row.dataset.id = r.id;
    row.title = `“${r.evidence.replace(/\s+/g, ' ')}”\n${r.document} @ ${r.span[0]}`;
    row.setAttribute('aria-selected', String(selected.has(r.id)));
    // The row's context menu (package.json, webview/context): the chart commands, on this row.
    row.dataset.vscodeContext = rowContext(r.id);
    for (const c of TABLE_COLUMNS) {
      const cell = el('div', { className: `cell col-${c.id}`, textContent: cellText(r, c.id, page) });
      cell.setAttribute('role', 'gridcell');
      row.append(cell);
    }
  }
  if (index === focus) row.classList.add('focused');
  return row;
}

/** Puts the items in view (and a few around) in the DOM: the list is virtual. */
function render(): void {
  const { first, last } = visibleWindow(viewport.scrollTop, rowsHeight() || 600, ITEM_HEIGHT, items.length);
  const nodes: HTMLElement[] = [];
  for (let i = first; i < last; i++) nodes.push(renderRow(items[i], i));
  spacer.replaceChildren(...nodes);
  viewport.setAttribute('aria-rowcount', String(items.length + 1));
  if (items[focus] && focus >= first && focus < last) viewport.setAttribute('aria-activedescendant', `item-${focus}`);
  else viewport.removeAttribute('aria-activedescendant');
  // The context menu key (Shift+F10) on the grid: the focused row's menu.
  const f = items[focus];
  if (f?.kind === 'row') viewport.dataset.vscodeContext = rowContext(f.row.id); else delete viewport.dataset.vscodeContext;
  for (const b of chartButtons) b.disabled = f?.kind !== 'row';
}

/** The height of the scrolled box below its sticky header: where rows show. */
const rowsHeight = () => viewport.clientHeight - header.offsetHeight;

/** What a row's context menu is given: its section (the menu's `when`) and its id (the command's argument); no Cut/Copy/Paste. */
const rowContext = (id: string) => JSON.stringify({ webviewSection: ROW_SECTION, rowId: id, preventDefaultContextMenuItems: true });

let frame = 0;
viewport.addEventListener('scroll', () => {
  if (frame) return;
  frame = requestAnimationFrame(() => { frame = 0; render(); save(); });
});
window.addEventListener('resize', () => render());

function moveFocus(to: number, extend = false): void {
  if (!items.length) return;
  focus = Math.max(0, Math.min(items.length - 1, to));
  if (extend) {
    selected.clear();
    const [a, b] = anchor <= focus ? [anchor, focus] : [focus, anchor];
    for (let i = a; i <= b; i++) { const it = items[i]; if (it.kind === 'row') selected.add(it.row.id); }
  } else {
    // As in VS Code's lists, the selection follows the focus (Shift extends it, Ctrl+click and Space toggle).
    anchor = focus;
    selected.clear();
    const it = items[focus];
    if (it.kind === 'row') selected.add(it.row.id);
  }
  describe();
  viewport.scrollTop = scrollToShow(focus, viewport.scrollTop, rowsHeight(), ITEM_HEIGHT);
  render();
  save();
}

function toggleGroup(key: string, open?: boolean): void {
  const closed = state.collapsed.includes(key);
  if (open === !closed) return;
  state.collapsed = closed ? state.collapsed.filter((k) => k !== key) : [...state.collapsed, key];
  recompute();
}

/** Enter or a click on an item: a goal opens its evidence in the editor, a group folds or unfolds. */
function activate(index: number): void {
  const it = items[index];
  if (!it) return;
  if (it.kind === 'group') toggleGroup(it.key);
  else host.postMessage({ type: 'open', id: it.row.id });
}

function selectedIds(): string[] {
  if (selected.size) return shown.filter((r) => selected.has(r.id)).map((r) => r.id);
  const it = items[focus];
  return it?.kind === 'row' ? [it.row.id] : it?.kind === 'group' ? shown.filter((r) => groupKey(r) === it.key).map((r) => r.id) : [];
}
const groupKey = (r: GoalRow) => (state.groupBy === 'province' ? r.province ?? '' : r.indicatorGroup);

/** The editor's review keys (by key position: Alt changes the character on some layouts). */
const REVIEW_KEYS = { KeyY: 'confirm', KeyN: 'reject', KeyE: 'edit' } as const;

viewport.addEventListener('keydown', (e) => {
  const page = Math.max(1, Math.floor(rowsHeight() / ITEM_HEIGHT) - 1);
  const it = items[focus];
  const ctrl = e.ctrlKey || e.metaKey;
  let handled = true;
  switch (e.key) {
    case 'ArrowDown': moveFocus(focus + 1, e.shiftKey); break;
    case 'ArrowUp': moveFocus(focus - 1, e.shiftKey); break;
    case 'PageDown': moveFocus(focus + page, e.shiftKey); break;
    case 'PageUp': moveFocus(focus - page, e.shiftKey); break;
    case 'Home': moveFocus(0, e.shiftKey); break;
    case 'End': moveFocus(items.length - 1, e.shiftKey); break;
    case 'Enter': activate(focus); break;
    case 'ArrowLeft': if (it?.kind === 'group') toggleGroup(it.key, false); else handled = false; break;
    case 'ArrowRight': if (it?.kind === 'group') toggleGroup(it.key, true); else handled = false; break;
    case ' ':
      if (it?.kind === 'row') { if (selected.has(it.row.id)) selected.delete(it.row.id); else selected.add(it.row.id); recompute(); }
      break;
    default:
      if (!ctrl && !e.altKey && (e.code === 'KeyG' || e.code === 'KeyT') && it?.kind === 'row') chart(e.code === 'KeyG' ? 'provinces' : 'changes');
      else if (ctrl && e.altKey && e.code in REVIEW_KEYS) review(REVIEW_KEYS[e.code as keyof typeof REVIEW_KEYS]);
      else if (ctrl && e.key.toLowerCase() === 'a') { for (const r of shown) selected.add(r.id); recompute(); }
      else if (ctrl && e.key.toLowerCase() === 'c') copy();
      else handled = false;
  }
  if (handled) e.preventDefault();
});

spacer.addEventListener('click', (e) => {
  const target = (e.target as HTMLElement).closest<HTMLElement>('[data-index]');
  if (!target) return;
  const index = Number(target.dataset.index);
  const it = items[index];
  viewport.focus({ preventScroll: true });
  if (it?.kind === 'row' && (e.ctrlKey || e.metaKey)) {
    if (selected.has(it.row.id)) selected.delete(it.row.id); else selected.add(it.row.id);
    focus = anchor = index;
    recompute();
    return;
  }
  if (e.shiftKey) { moveFocus(index, true); recompute(); return; }
  selected.clear();
  if (it?.kind === 'row') selected.add(it.row.id);
  focus = anchor = index;
  recompute();
  activate(index);
});

/** Review actions go to the extension, which runs its review commands; edit takes one row. */
function review(action: 'confirm' | 'reject' | 'edit'): void {
  const ids = selectedIds();
  if (!ids.length) return;
  host.postMessage({ type: 'review', action, ids: action === 'edit' ? [items[focus]?.kind === 'row' ? (items[focus] as Extract<Item, { kind: 'row' }>).row.id : ids[0]] : ids.slice(0, 1000) });
}

/** Opens the charts on the focused goal's indicator group: by province, or its province's target changes. */
function chart(view: ChartRowView): void {
  const it = items[focus];
  if (it?.kind === 'row') host.postMessage({ type: 'chart', view, id: it.row.id });
}

function copy(): void {
  const ids = selectedIds();
  if (ids.length) host.postMessage({ type: 'copy', ids });
}

for (const h of headerCells) h.button.addEventListener('click', () => { state.sort = nextSort(state.sort, h.column); recompute(); });
let typing: ReturnType<typeof setTimeout> | undefined;
filter.addEventListener('input', () => {
  clearTimeout(typing);
  typing = setTimeout(() => { state.filter = filter.value; recompute(); }, 120);
});
filter.addEventListener('keydown', (e) => { if (e.key === 'ArrowDown' || e.key === 'Enter') { e.preventDefault(); viewport.focus(); } });
rejected.addEventListener('change', () => { state.rejected = rejected.checked; recompute(); });
groupBy.addEventListener('change', () => { state.groupBy = groupBy.value as GroupBy; focus = 0; recompute(); });
copyButton.addEventListener('click', copy);
clearButton.addEventListener('click', () => { state.filter = filter.value = ''; state.columns = {}; focus = 0; for (const m of columnMenus) m.menu.open = false; recompute(); });
exportButton.addEventListener('click', () => host.postMessage({ type: 'exportCsv', ids: shown.map((r) => r.id) }));

window.addEventListener('message', (e: MessageEvent) => {
  const m = parseHostMessage(e.data);
  if (!m) return; // not ours, or malformed: ignored
  const first = !received;
  received = true;
  rows = m.rows;
  recompute();
  if (first) { viewport.scrollTop = state.scrollTop; render(); }
  warm(rows);
});

/** Folds the rows' text for the filter a slice at a time while the page is idle, so the first filter typed is fast too. */
function warm(list: GoalRow[], from = 0): void {
  if (list !== rows || from >= list.length) return;
  const end = Math.min(list.length, from + 2000);
  for (let i = from; i < end; i++) haystackOf(list[i]);
  setTimeout(() => warm(list, end), 0);
}

recompute();
host.postMessage({ type: 'ready' });
