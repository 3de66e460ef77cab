/**
 * The researcher's indicator-group corrections (merge, separate: `.chitieu/indicator-groups.json`) apply
 * wherever an indicator group is shown: the goals table's rows, its indicator group column, its grouping
 * and its CSV/TSV, and the reviewed exports (goals and entities CSV, JSON, workbook).
 */
import { strict as assert } from 'node:assert';
import { parse } from 'csv-parse/sync';
import ExcelJS from 'exceljs';
import type { ReviewedDocument, ReviewedEntity, ReviewedGoal } from '../../src/annotations/model';
import type { IndicatorGroups } from '../../src/research/indicatorKey';
import { COLUMNS, goalRows, groupRows, rowsAsTsv } from '../../src/research/goalTable';
import { rowsAsCsv } from '../../src/research/goalTableCsv';
import { REVIEWED_ENTITY_COLUMNS, REVIEWED_GOAL_COLUMNS, indicatorGroupsOf, reviewedEntitiesCsv, reviewedGoalsCsv, reviewedJson } from '../../src/export/reviewed';
import { reviewedWorkbook } from '../../src/export/xlsx';
import { renderDataset } from '../../src/export/dataset';
import { cellText, INITIAL_STATE, itemsOf, shownRows, TABLE_COLUMNS, type TableState } from '../../src/webview/goalsTable/tableModel';

const TEXT = 'Số khu công nghiệp (KCN) đạt 12. Tỷ lệ nghèo dưới 2%. Tỷ lệ hộ nghèo còn 1,5%. Số dự án FDI đạt 40.';
const goal = (indicator: string, value: number, at: number): ReviewedGoal => ({
  province: 'Vĩnh Phúc', indicator, value, quantitative: true, span: [at, at + 5], evidence: TEXT.slice(at, at + 5), rule: 'test', state: 'unreviewed',
});
const doc = (path: string, goals: ReviewedGoal[], entities: ReviewedEntity[] = []): ReviewedDocument => ({ path, text: TEXT, provinces: [], entities, goals, orphans: [] });
const docs = [
  doc('a.txt', [goal('số KCN', 12, 0), goal('tỷ lệ nghèo', 2, 33), goal('tỷ lệ hộ nghèo', 1.5, 55), goal('số dự án FDI', 40, 82)],
    [{ label: 'target', span: [33, 38], text: TEXT.slice(33, 38), attrs: { indicator: 'tỷ lệ nghèo', value: 2 }, state: 'unreviewed', rule: 'test' },
      { label: 'deadline', span: [0, 3], text: 'Số', attrs: {}, state: 'unreviewed', rule: 'test' }]),
];
// The researcher separated `tỷ lệ nghèo` from `tỷ lệ hộ nghèo` (a synonym had joined them) and merged the FDI projects into `so du an von fdi`.
const GROUPS: IndicatorGroups = { split: ['ty le ngheo'], merge: { 'so du an fdi': 'so du an von fdi' } };

describe('indicator groups everywhere: the goals table', () => {
  it('rows carry the corrected group (automatic without corrections)', () => {
    assert.deepEqual(goalRows(docs.map((d) => ({ doc: d }))).map((r) => r.indicatorGroup), ['so kcn', 'ty le ho ngheo', 'ty le ho ngheo', 'so du an fdi']);
    assert.deepEqual(goalRows(docs.map((d) => ({ doc: d })), GROUPS).map((r) => r.indicatorGroup), ['so kcn', 'ty le ngheo', 'ty le ho ngheo', 'so du an von fdi']);
  });
  it('the indicator group is a column of the table, its TSV and its CSV', () => {
    const rows = goalRows(docs.map((d) => ({ doc: d })), GROUPS);
    assert.ok(TABLE_COLUMNS.some((c) => c.id === 'indicatorGroup'));
    assert.equal(COLUMNS[COLUMNS.indexOf('indicator') + 1], 'indicatorGroup');
    assert.equal(cellText(rows[3], 'indicatorGroup'), 'so du an von fdi');
    const tsv = rowsAsTsv(rows).split('\n').map((l) => l.split('\t'));
    const col = tsv[0].indexOf('indicatorGroup');
    assert.deepEqual(tsv.slice(1, -1).map((l) => l[col]), ['so kcn', 'ty le ngheo', 'ty le ho ngheo', 'so du an von fdi']);
    const csv = parse(rowsAsCsv(rows).slice(1), { columns: true }) as Array<Record<string, string>>;
    assert.deepEqual(csv.map((r) => r.indicatorGroup), ['so kcn', 'ty le ngheo', 'ty le ho ngheo', 'so du an von fdi']);
  });
  it('grouping by indicator uses the corrected group, and so do the sort and the column filter', () => {
    const merged: IndicatorGroups = { merge: { 'so kcn': 'ty le ho ngheo' } }; // an odd merge, to see two indicators fall in one group
    const rows = goalRows(docs.map((d) => ({ doc: d })), merged);
    assert.deepEqual(groupRows(rows, 'indicator').map((g) => [g.key, g.rows.length]), [['ty le ho ngheo', 3], ['so du an fdi', 1]]);
    const state: TableState = { ...INITIAL_STATE, groupBy: 'indicator' };
    const headers = itemsOf(shownRows(rows, state), state).filter((i) => i.kind === 'group').map((i) => i.kind === 'group' && `${i.label} (${i.count})`);
    assert.deepEqual(headers, ['ty le ho ngheo (3)', 'so du an fdi (1)']);
    const sorted = shownRows(goalRows(docs.map((d) => ({ doc: d })), GROUPS), { ...INITIAL_STATE, sort: { column: 'indicatorGroup', direction: 'asc' } });
    assert.deepEqual(sorted.map((r) => r.indicatorGroup), ['so du an von fdi', 'so kcn', 'ty le ho ngheo', 'ty le ngheo']);
  });
});

describe('indicator groups everywhere: the reviewed exports', () => {
  it('a document’s groups: its defined abbreviations count, the corrections apply, no indicator is empty', () => {
    const group = indicatorGroupsOf(docs[0], GROUPS);
    assert.equal(group('số khu công nghiệp'), 'so kcn', 'the text defines KCN');
    assert.equal(indicatorGroupsOf({ text: '' })('số khu công nghiệp'), 'so khu cong nghiep');
    assert.equal(group('tỷ lệ nghèo'), 'ty le ngheo');
    assert.equal(group(undefined), '');
    assert.equal(group(''), '');
  });
  it('the goals and entities CSVs end with indicator_group', () => {
    const goals = parse(reviewedGoalsCsv(docs, GROUPS), { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.equal(REVIEWED_GOAL_COLUMNS.at(-1), 'indicator_group');
    assert.deepEqual(goals.map((r) => r.indicator_group), ['so kcn', 'ty le ngheo', 'ty le ho ngheo', 'so du an von fdi']);
    const entities = parse(reviewedEntitiesCsv(docs, GROUPS), { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.equal(REVIEWED_ENTITY_COLUMNS.at(-1), 'indicator_group');
    assert.deepEqual(entities.map((r) => r.indicator_group), ['ty le ngheo', ''], 'an entity without an indicator has none');
    const automatic = parse(reviewedGoalsCsv(docs), { columns: true, bom: true }) as Array<Record<string, string>>;
    assert.deepEqual(automatic.map((r) => r.indicator_group), ['so kcn', 'ty le ho ngheo', 'ty le ho ngheo', 'so du an fdi']);
  });
  it('the JSON gives every goal, and every entity with an indicator, its indicatorGroup', () => {
    const json = JSON.parse(reviewedJson(docs, GROUPS)) as { documents: Array<{ goals: Array<{ indicatorGroup: string }>; entities: Array<{ indicatorGroup?: string }> }> };
    assert.deepEqual(json.documents[0].goals.map((g) => g.indicatorGroup), ['so kcn', 'ty le ngheo', 'ty le ho ngheo', 'so du an von fdi']);
    assert.deepEqual(json.documents[0].entities.map((e) => e.indicatorGroup), ['ty le ngheo', undefined]);
    assert.ok(!('indicatorGroup' in docs[0].goals[0]), 'the documents given are not changed');
    const viaDataset = renderDataset(docs, 'json', GROUPS);
    assert.ok('single' in viaDataset && viaDataset.single === reviewedJson(docs, GROUPS));
  });
  it('the workbook’s Goals and Entities sheets have an indicator_group column', async () => {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(Buffer.from(await reviewedWorkbook(docs, GROUPS)) as unknown as ArrayBuffer);
    const column = (sheet: string) => {
      const ws = wb.getWorksheet(sheet)!;
      const header = (ws.getRow(1).values as unknown[]).slice(1);
      const c = header.indexOf('indicator_group') + 1;
      assert.ok(c > 0, sheet);
      return ws.getRows(2, ws.rowCount - 1)!.map((r) => r.getCell(c).value ?? '');
    };
    assert.deepEqual(column('Goals'), ['so kcn', 'ty le ngheo', 'ty le ho ngheo', 'so du an von fdi']);
    assert.deepEqual(column('Entities'), ['ty le ngheo', '']);
  });
});
