/** The goals table's webview: messages validated on both sides, what it shows (sort, group, virtual window, cells), its CSV. */
import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import type { GoalRow } from '../../src/research/goalTable';
import { CSV_COLUMNS, rowsAsCsv } from '../../src/research/goalTableCsv';
import { isGoalRow, parseHostMessage, parseRowContext, parseWebviewMessage } from '../../src/webview/goalsTable/protocol';
import { cellText, columnValues, filterSummary, INITIAL_STATE, itemsOf, nextSort, restoreState, scrollToShow, shownRows, visibleWindow, withColumnValue, type TableState } from '../../src/webview/goalsTable/tableModel';
import { fill, parsePageWords, TABLE_WORDS } from '../../src/webview/goalsTable/words';

const row = (over: Partial<GoalRow> = {}): GoalRow => ({
  id: 'a.txt#0-10', document: 'a.txt', province: 'Vĩnh Phúc', unit2025: 'Phú Thọ', indicator: 'giá trị sản xuất công nghiệp',
  indicatorGroup: 'gia tri san xuat cong nghiep', quantitative: true, state: 'unreviewed', span: [0, 10], evidence: 'đạt gần 450 nghìn tỷ đồng',
  value: 450e12, unit: 'VND', qualifier: 'nearly', deadline: '2025', period: '2021-2025', ...over,
});

describe('goals table: messages from the webview', () => {
  it('accepts the four messages it knows', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'open', id: 'a.txt#0-10', extra: 1 }), { type: 'open', id: 'a.txt#0-10' });
    assert.deepEqual(parseWebviewMessage({ type: 'copy', ids: ['x', 'y'] }), { type: 'copy', ids: ['x', 'y'] });
    assert.deepEqual(parseWebviewMessage({ type: 'exportCsv', ids: [] }), { type: 'exportCsv', ids: [] });
    assert.deepEqual(parseWebviewMessage({ type: 'review', action: 'confirm', ids: ['x', 'y'] }), { type: 'review', action: 'confirm', ids: ['x', 'y'] });
    assert.deepEqual(parseWebviewMessage({ type: 'review', action: 'edit', ids: ['x'] }), { type: 'review', action: 'edit', ids: ['x'] });
  });
  it('refuses review actions it does not know, none or too many rows, an edit of several rows', () => {
    for (const bad of [{ type: 'review', action: 'delete', ids: ['x'] }, { type: 'review', action: 'confirm', ids: [] }, { type: 'review', action: 'confirm' },
      { type: 'review', action: 'edit', ids: ['x', 'y'] }, { type: 'review', action: 'reject', ids: Array.from({ length: 1001 }, (_, i) => `r${i}`) }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad).slice(0, 80));
    }
  });
  it('refuses anything else', () => {
    for (const bad of [null, undefined, 'open', 42, [], {}, { type: 'run', command: 'x' }, { type: 'open' }, { type: 'open', id: '' },
      { type: 'open', id: 7 }, { type: 'open', id: 'x'.repeat(5000) }, { type: 'copy', ids: 'x' }, { type: 'copy', ids: [1] },
      { type: 'exportCsv', ids: [null] }, { type: 'open', id: { toString: () => 'a' } }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad));
    }
  });
  it('a chart of a row: by province or target changes, one row id', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'chart', view: 'provinces', id: 'a.txt#0-10' }), { type: 'chart', view: 'provinces', id: 'a.txt#0-10' });
    assert.deepEqual(parseWebviewMessage({ type: 'chart', view: 'changes', id: 'x', extra: 1 }), { type: 'chart', view: 'changes', id: 'x' });
    for (const bad of [{ type: 'chart', view: 'pie', id: 'x' }, { type: 'chart', id: 'x' }, { type: 'chart', view: 'provinces' }, { type: 'chart', view: 'provinces', id: '' },
      { type: 'chart', view: 'provinces', id: ['x'] }, { type: 'chart', view: 'provinces', id: 'x'.repeat(5000) }]) {
      assert.equal(parseWebviewMessage(bad), undefined, JSON.stringify(bad).slice(0, 80));
    }
  });
  it('a row’s context menu argument: its section and row id, from this table', () => {
    assert.deepEqual(parseRowContext({ webview: 'chitieu.goalsTable', webviewSection: 'goal', rowId: 'a.txt#0-10', preventDefaultContextMenuItems: true }, 'chitieu.goalsTable'), { rowId: 'a.txt#0-10' });
    assert.deepEqual(parseRowContext({ webviewSection: 'goal', rowId: 'x' }, 'chitieu.goalsTable'), { rowId: 'x' });
    for (const bad of [undefined, null, 'x', { webview: 'chitieu.charts', webviewSection: 'goal', rowId: 'x' }, { webviewSection: 'group', rowId: 'x' },
      { webviewSection: 'goal' }, { webviewSection: 'goal', rowId: 7 }, { webviewSection: 'goal', rowId: '' }]) {
      assert.equal(parseRowContext(bad, 'chitieu.goalsTable'), undefined, JSON.stringify(bad));
    }
  });
  it('copies the ids it is given (a later change to the message does not reach them)', () => {
    const ids = ['a'];
    const m = parseWebviewMessage({ type: 'copy', ids });
    ids.push('b');
    assert.deepEqual(m, { type: 'copy', ids: ['a'] });
  });
});

describe('goals table: messages from the extension', () => {
  it('accepts rows and refuses a message with one malformed row', () => {
    assert.deepEqual(parseHostMessage({ type: 'rows', rows: [row()] }), { type: 'rows', rows: [row()] });
    assert.ok(isGoalRow(row({ province: null, unit2025: null, value: undefined, qualifier: undefined })));
    for (const bad of [row({ span: [0] as unknown as [number, number] }), row({ state: 'deleted' as GoalRow['state'] }), row({ value: '1' as unknown as number }),
      row({ value: Number.NaN }), row({ indicator: 1 as unknown as string }), { ...row(), id: undefined }]) {
      assert.equal(parseHostMessage({ type: 'rows', rows: [row(), bad] }), undefined, JSON.stringify(bad));
    }
    assert.equal(parseHostMessage({ type: 'rows' }), undefined);
    assert.equal(parseHostMessage({ type: 'html', html: '<b>' }), undefined);
  });
});

describe('goals table: what it shows', () => {
  const rows = [
    row({ id: '1', province: 'Thanh Hóa', unit2025: 'Thanh Hóa', value: 5, unit: '%', indicator: 'tăng trưởng', indicatorGroup: 'toc do tang grdp' }),
    row({ id: '2', province: 'Vĩnh Phúc', value: 450e12, indicator: 'giá trị sản xuất công nghiệp' }),
    row({ id: '3', province: null, unit2025: null, value: undefined, unit: undefined, quantitative: false, indicator: 'trung tâm', indicatorGroup: 'trung tam', state: 'confirmed' }),
    row({ id: '4', province: 'Hải Dương', unit2025: 'Hải Phòng', value: 30, indicator: 'số cụm công nghiệp', unit: 'cụm', state: 'rejected' }),
    row({ id: '5', province: 'Vĩnh Phúc', value: 15, unit: '%', indicator: 'tăng trưởng', indicatorGroup: 'toc do tang grdp' }),
  ];
  it('sorts by a column: a click ascending, again descending', () => {
    let s = nextSort(undefined, 'value');
    assert.deepEqual(s, { column: 'value', direction: 'asc' });
    assert.deepEqual(shownRows(rows, { ...INITIAL_STATE, sort: s }).map((r) => r.id), ['1', '5', '2', '3']);
    s = nextSort(s, 'value');
    assert.deepEqual(shownRows(rows, { ...INITIAL_STATE, sort: s }).map((r) => r.id), ['2', '5', '1', '3'], 'empty cells last either way');
    assert.deepEqual(nextSort(s, 'value').direction, 'asc');
    assert.deepEqual(nextSort(s, 'province').direction, 'asc');
  });
  it('hides rejected rows unless asked, and filters without diacritics', () => {
    assert.deepEqual(shownRows(rows, INITIAL_STATE).map((r) => r.id), ['1', '2', '3', '5']);
    assert.deepEqual(shownRows(rows, { ...INITIAL_STATE, rejected: true }).map((r) => r.id), ['1', '2', '3', '4', '5']);
    assert.deepEqual(shownRows(rows, { ...INITIAL_STATE, filter: 'vinh phuc' }).map((r) => r.id), ['2', '5']);
  });
  it('groups by province or indicator, folds groups', () => {
    const state: TableState = { ...INITIAL_STATE, groupBy: 'province' };
    const items = itemsOf(shownRows(rows, state), state);
    assert.deepEqual(items.map((i) => (i.kind === 'group' ? `[${i.label} ${i.count}]` : i.row.id)), ['[Thanh Hóa 1]', '1', '[Vĩnh Phúc 2]', '2', '5', '[Cả nước (national) 1]', '3']);
    const folded: TableState = { ...state, collapsed: ['Vĩnh Phúc'] };
    assert.deepEqual(itemsOf(shownRows(rows, folded), folded).map((i) => (i.kind === 'group' ? `[${i.label}${i.collapsed ? ' +' : ''}]` : i.row.id)), ['[Thanh Hóa]', '1', '[Vĩnh Phúc +]', '[Cả nước (national)]', '3']);
    const byIndicator: TableState = { ...INITIAL_STATE, groupBy: 'indicator' };
    const groups = itemsOf(shownRows(rows, byIndicator), byIndicator).filter((i) => i.kind === 'group');
    // Grouped by indicator group, named by its normalised name (as the indicator group column and the exports name it).
    assert.deepEqual(groups.map((g) => g.kind === 'group' && `${g.label} ${g.count}`), ['toc do tang grdp 2', 'gia tri san xuat cong nghiep 1', 'trung tam 1']);
  });
  it('formats cells: grouped digits with the unit, qualifier and state in words, national goals named', () => {
    assert.equal(cellText(rows[1], 'value'), '450,000,000,000,000 VND');
    assert.equal(cellText(rows[0], 'value'), '5%');
    assert.equal(cellText(row({ value: 6700, max: 7500, unit: 'USD' }), 'value'), '6,700 – 7,500 USD');
    assert.equal(cellText(rows[2], 'value'), '(qualitative)');
    assert.equal(cellText(rows[1], 'qualifier'), 'nearly');
    assert.equal(cellText(rows[2], 'province'), 'Cả nước (national)');
    assert.equal(cellText(rows[2], 'unit2025'), '');
    assert.equal(cellText(rows[2], 'state'), '✓ confirmed');
    assert.equal(cellText(rows[0], 'state'), '');
  });
  it('renders only the window in view (virtual scrolling)', () => {
    assert.deepEqual(visibleWindow(0, 600, 24, 50_000, 8), { first: 0, last: 33 });
    assert.deepEqual(visibleWindow(24 * 25_000, 600, 24, 50_000, 8), { first: 24_992, last: 25_033 });
    assert.deepEqual(visibleWindow(24 * 49_990, 600, 24, 50_000, 8), { first: 49_982, last: 50_000 });
    assert.deepEqual(visibleWindow(0, 600, 24, 0), { first: 0, last: 0 });
    assert.equal(scrollToShow(10, 0, 600, 24), 0, 'in view: unchanged');
    assert.equal(scrollToShow(30, 0, 600, 24), 31 * 24 - 600, 'below: its bottom at the bottom');
    assert.equal(scrollToShow(2, 480, 600, 24), 48, 'above: at the top');
  });
});

describe('goals table: CSV of the rows shown', () => {
  it('quotes, neutralises formulas, keeps numbers raw, BOM and CRLF', () => {
    const csv = rowsAsCsv([
      row({ indicator: 'vốn "FDI", đăng ký; mới', evidence: 'dòng một\ndòng hai' }),
      row({ id: 'b', province: null, unit2025: null, indicator: '=HYPERLINK("x")', value: -2.5, unit: '%', qualifier: undefined }),
    ]);
    assert.ok(csv.startsWith('\ufeffprovince,unit2025,indicator,indicatorGroup,value,'));
    assert.ok(csv.endsWith('\r\n'));
    const records = parse(csv.slice(1), { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(Object.keys(records[0]), [...CSV_COLUMNS]);
    assert.equal(records.length, 2);
    assert.equal(records[0].indicator, 'vốn "FDI", đăng ký; mới');
    assert.equal(records[0].evidence, 'dòng một\ndòng hai');
    assert.equal(records[0].value, '450000000000000');
    assert.equal(records[0].start, '0');
    assert.equal(records[1].province, '');
    assert.equal(records[1].indicator, `'=HYPERLINK("x")`);
    assert.equal(records[1].value, '-2.5', 'a negative number stays a number');
  });
  it('is only the header for no rows', () => {
    assert.equal(rowsAsCsv([]), `\ufeff${CSV_COLUMNS.join(',')}\r\n`);
  });
});

describe('goals table: filters by column value, and words from the extension', () => {
  const rows = [
    row({ id: '1', province: 'Vĩnh Phúc', deadline: '2025', state: 'confirmed' }),
    row({ id: '2', province: null, unit2025: null, deadline: undefined, indicatorGroup: 'ty le ho ngheo', indicator: 'tỷ lệ hộ nghèo' }),
    row({ id: '3', province: 'Hải Dương', deadline: '2030' }),
    row({ id: '4', province: 'Vĩnh Phúc', deadline: '2030', state: 'rejected' }),
  ];
  it('lists each column’s values with their counts (national goals and no deadline as one value, states in review order)', () => {
    assert.deepEqual(columnValues(rows, 'province').map((v) => [v.value, v.label, v.count]), [['', 'Cả nước (national)', 1], ['Hải Dương', 'Hải Dương', 1], ['Vĩnh Phúc', 'Vĩnh Phúc', 2]]);
    assert.deepEqual(columnValues(rows, 'deadline').map((v) => [v.value, v.label, v.count]), [['', '(no deadline)', 1], ['2025', '2025', 1], ['2030', '2030', 2]]);
    assert.deepEqual(columnValues(rows, 'state').map((v) => v.value), ['unreviewed', 'confirmed', 'rejected']);
    assert.deepEqual(columnValues(rows, 'indicatorGroup').map((v) => v.label), ['gia tri san xuat cong nghiep', 'ty le ho ngheo']);
  });
  it('keeps the rows with a value ticked per column (all columns at once, with the text filter)', () => {
    const shown = (columns: TableState['columns'], extra: Partial<TableState> = {}) => shownRows(rows, { ...INITIAL_STATE, columns, ...extra }).map((r) => r.id);
    assert.deepEqual(shown({ province: ['Vĩnh Phúc'] }), ['1']);
    assert.deepEqual(shown({ province: ['Vĩnh Phúc'] }, { rejected: true }), ['1', '4']);
    assert.deepEqual(shown({ province: [''] }), ['2'], 'national');
    assert.deepEqual(shown({ deadline: [''] }), ['2'], 'no deadline');
    assert.deepEqual(shown({ deadline: ['2030'], state: ['unreviewed'] }), ['3']);
    assert.deepEqual(shown({ indicatorGroup: ['ty le ho ngheo'] }), ['2']);
    assert.deepEqual(shown({ deadline: ['2030'] }, { filter: 'hai duong' }), ['3']);
  });
  it('keeps the rows with any of several values ticked in a column; none ticked is every value', () => {
    const shown = (columns: TableState['columns'], extra: Partial<TableState> = {}) => shownRows(rows, { ...INITIAL_STATE, columns, ...extra }).map((r) => r.id);
    assert.deepEqual(shown({ province: ['Vĩnh Phúc', 'Hải Dương'] }), ['1', '3']);
    assert.deepEqual(shown({ province: ['Vĩnh Phúc', ''] }, { rejected: true }), ['1', '2', '4'], 'a province or national goals');
    assert.deepEqual(shown({ deadline: ['2025', '2030'], province: ['Hải Dương', ''] }), ['3'], 'columns combine: every column must match');
    assert.deepEqual(shown({ state: ['confirmed', 'rejected'] }, { rejected: true }), ['1', '4']);
    assert.deepEqual(shown({ province: [] }), ['1', '2', '3'], 'an empty list filters nothing');
    assert.deepEqual(shown({ province: ['Hà Nội'] }), [], 'a value no row has');
  });
  it('ticks and unticks values: kept in the order ticked, the column unfiltered when none is left, the state given unchanged', () => {
    const one = withColumnValue(undefined, 'province', 'Vĩnh Phúc', true);
    assert.deepEqual(one, { province: ['Vĩnh Phúc'] });
    const two = withColumnValue(one, 'province', '', true);
    assert.deepEqual(two, { province: ['Vĩnh Phúc', ''] });
    assert.deepEqual(one, { province: ['Vĩnh Phúc'] }, 'not changed');
    assert.deepEqual(withColumnValue(two, 'province', 'Vĩnh Phúc', true), { province: ['', 'Vĩnh Phúc'] }, 'ticked again: once');
    assert.deepEqual(withColumnValue({ ...two, state: ['confirmed'] }, 'province', 'Vĩnh Phúc', false), { province: [''], state: ['confirmed'] });
    assert.deepEqual(withColumnValue({ province: [''] }, 'province', '', false), {}, 'none left: unfiltered');
  });
  it('says on its button what a column keeps: every value, the one value, or how many of how many', () => {
    const values = columnValues(rows, 'province');
    assert.equal(filterSummary('province', undefined, values), 'All provinces');
    assert.equal(filterSummary('province', [], values), 'All provinces');
    assert.equal(filterSummary('province', ['Vĩnh Phúc'], values), 'Province: Vĩnh Phúc');
    assert.equal(filterSummary('province', [''], values), 'Province: Cả nước (national)');
    assert.equal(filterSummary('province', ['Vĩnh Phúc', ''], values), 'Province: 2 of 3');
    assert.equal(filterSummary('deadline', ['1999'], columnValues(rows, 'deadline')), 'Deadline: 1999', 'a value no row has now');
    assert.equal(filterSummary('indicatorGroup', ['a', 'b'], []), 'Indicator group: 2 of 2');
  });
  it('restores a saved state field by field: an older one-value column filter becomes a list, anything malformed is dropped', () => {
    assert.deepEqual(restoreState({ columns: { province: 'Vĩnh Phúc', deadline: ['2025', 7, '2025', '2030'], state: [], nope: ['x'] } }).columns, { province: ['Vĩnh Phúc'], deadline: ['2025', '2030'] });
    const s = restoreState({ filter: 'vinh', rejected: true, groupBy: 'indicator', collapsed: ['a', 1], sort: { column: 'indicatorGroup', direction: 'desc' }, focusId: 'r1', scrollTop: 48 });
    assert.deepEqual(s, { ...INITIAL_STATE, filter: 'vinh', rejected: true, groupBy: 'indicator', collapsed: ['a'], sort: { column: 'indicatorGroup', direction: 'desc' }, focusId: 'r1', scrollTop: 48 });
    assert.deepEqual(restoreState({ sort: { column: 'evil', direction: 'asc' }, groupBy: 'x', scrollTop: -1 }), { ...INITIAL_STATE, collapsed: [], scrollTop: 0 });
    assert.deepEqual(restoreState('garbage'), { ...INITIAL_STATE, collapsed: [], scrollTop: 0 });
  });
  it('takes the words it is given, the English ones for any missing, and shows cells in them', () => {
    const page = parsePageWords(JSON.stringify({ lang: 'vi', words: { national: 'Cả nước', stateConfirmed: '✓ đã xác nhận', colProvince: 7 } }));
    assert.equal(page.lang, 'vi');
    assert.equal(page.words.national, 'Cả nước');
    assert.equal(page.words.colProvince, TABLE_WORDS.colProvince, 'not a string: the default');
    assert.equal(cellText(rows[1], 'province', page), 'Cả nước');
    assert.equal(cellText(rows[0], 'state', page), '✓ đã xác nhận');
    assert.equal(cellText(rows[0], 'qualifier', page), 'gần');
    assert.deepEqual(parsePageWords('not json'), { lang: 'en', words: TABLE_WORDS });
    assert.equal(fill('{0} of {1} goals', 3, 4), '3 of 4 goals');
  });
});
