/** The charts' data (targets by province, target changes), the indicator groups file and its edits, and the charts' messages. */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extract } from '../../src/engine';
import { review } from '../../src/annotations/review';
import { goalRows, type GoalRow } from '../../src/research/goalTable';
import { chartable, dateTime, defaultChange, indicatorGroups, provincesOf, targetChangesChart, targetsByProvince, targetYear } from '../../src/research/chartData';
import { indicatorGroup } from '../../src/research/indicatorKey';
import {
  applyGroupEdit, finalKey, IndicatorGroupsFileError, parseIndicatorGroupsFile, sameGroups, serializeIndicatorGroupsFile,
} from '../../src/annotations/indicatorGroupsFile';
import { documentPathFor } from '../../src/annotations/storeFormat';
import { parseHostMessage, parseWebviewMessage, safeFileName } from '../../src/webview/charts/protocol';

let n = 0;
function row(p: Partial<GoalRow> & { province: string | null; value?: number }): GoalRow {
  n++;
  return {
    id: `doc${n}.txt#${n}-${n + 5}`, document: `doc${n}.txt`, unit2025: p.province, indicator: 'tốc độ tăng GRDP', indicatorGroup: 'toc do tang grdp',
    quantitative: true, state: 'unreviewed', span: [n, n + 5], evidence: `GRDP tăng ${p.value}%`, unit: '%', deadline: '2025', ...p,
  };
}

describe('chart data: targets by province', () => {
  const rows = [
    row({ province: 'Vĩnh Phúc', value: 10, documentDate: '2021-03-01' }),
    row({ province: 'Vĩnh Phúc', value: 9.5, documentDate: '2023-06-01' }), // the later document wins
    row({ province: 'Hải Dương', value: 8.5, documentDate: '2021' }),
    row({ province: 'Bắc Ninh', value: 11, deadline: '2030' }),
    row({ province: 'Quảng Ninh', value: 12, documentDate: '2022' }),
    row({ province: 'Quảng Ninh', value: 7, state: 'rejected' }), // rejected: never charted
    row({ province: 'Thanh Hóa', value: 300, unit: 'nghìn tỷ đồng' }), // another unit: not on the same axis
    row({ province: null, value: 6.5 }), // national: not a province bar
    row({ province: 'Nghệ An', quantitative: false, value: undefined }),
  ];

  it('bars for the year with most provinces, one unit, largest first; the latest document of a province', () => {
    const c = targetsByProvince(rows, 'toc do tang grdp');
    assert.deepEqual(c.years, ['2025', '2030']);
    assert.equal(c.year, '2025');
    assert.equal(c.unit, '%');
    assert.deepEqual(c.units, [{ unit: '%', count: 4 }, { unit: 'nghìn tỷ đồng', count: 1 }]);
    assert.deepEqual(c.bars.map((b) => [b.province, b.value]), [['Quảng Ninh', 12], ['Vĩnh Phúc', 9.5], ['Hải Dương', 8.5]]);
    assert.equal(c.bars[1].others, 1);
    assert.equal(c.bars[1].documentDate, '2023-06-01');
  });

  it('another year and unit when asked; an unknown one falls back', () => {
    assert.deepEqual(targetsByProvince(rows, 'toc do tang grdp', '2030').bars.map((b) => b.province), ['Bắc Ninh']);
    assert.deepEqual(targetsByProvince(rows, 'toc do tang grdp', '2025', 'nghìn tỷ đồng').bars.map((b) => b.value), [300]);
    assert.equal(targetsByProvince(rows, 'toc do tang grdp', '1999', 'xx').year, '2025');
    assert.deepEqual(targetsByProvince(rows, 'nothing').bars, []);
  });

  it('a goal is due in its deadline year, else at the end of its period', () => {
    assert.equal(targetYear({ deadline: '2030-12-31' }), '2030');
    assert.equal(targetYear({ period: '2021-2025' }), '2025');
    assert.equal(targetYear({}), undefined);
    assert.equal(chartable(rows[5]), false);
    assert.equal(chartable(rows[8]), false);
  });

  it('indicator groups: most provinces first, labelled by the phrase written most', () => {
    const g = indicatorGroups([...rows, row({ province: 'Hà Nội', value: 3, indicator: 'số KCN', indicatorGroup: 'so kcn', unit: 'khu' })]);
    assert.equal(g[0].key, 'toc do tang grdp');
    assert.equal(g[0].label, 'tốc độ tăng GRDP');
    assert.equal(g[0].provinces, 5);
    assert.equal(g[1].key, 'so kcn');
  });
});

describe('chart data: target changes across documents', () => {
  const rows = [
    row({ province: 'Vĩnh Phúc', value: 9, documentDate: '2021-03-15', deadline: '2025' }),
    row({ province: 'Vĩnh Phúc', value: 10, documentDate: '2023', deadline: '2025' }),
    row({ province: 'Vĩnh Phúc', value: 8, documentDate: '2024-06', deadline: '2025' }),
    row({ province: 'Vĩnh Phúc', value: 12, documentDate: '2021-03-15', deadline: '2030' }),
    row({ province: 'Vĩnh Phúc', value: 11, documentDate: '2024-06', period: '2026-2030', deadline: undefined }),
    row({ province: 'Vĩnh Phúc', value: 7 }), // no document date: counted as left out
    row({ province: 'Hải Dương', value: 8, documentDate: '2022' }),
    row({ province: null, value: 6.5, documentDate: '2021' }),
  ];

  it('one series per deadline year, points by document date, raised / cut / kept', () => {
    const c = targetChangesChart(rows, 'Vĩnh Phúc', 'toc do tang grdp');
    assert.deepEqual(c.series.map((s) => s.year), ['2025', '2030']);
    assert.deepEqual(c.series[0].points.map((p) => [p.documentDate, p.value]), [['2021-03-15', 9], ['2023', 10], ['2024-06', 8]]);
    assert.deepEqual(c.series[0].changes, ['raised', 'cut']);
    assert.deepEqual(c.series[1].changes, ['cut']);
    assert.equal(c.undated, 1);
    assert.equal(c.series[0].points[0].time, Date.UTC(2021, 2, 15));
  });

  it('national goals under the national key; provinces with most documents first; the default is the richest', () => {
    assert.equal(targetChangesChart(rows, '', 'toc do tang grdp').series[0].points[0].value, 6.5);
    assert.equal(provincesOf(rows)[0].province, 'Vĩnh Phúc');
    assert.deepEqual(defaultChange(rows), { province: 'Vĩnh Phúc', group: 'toc do tang grdp' });
    assert.equal(dateTime('2023-13'), undefined);
    assert.equal(dateTime('soon'), undefined);
  });

  it('from real documents: two plans of a province, the target raised', () => {
    const a = 'Hà Nội, ngày 15 tháng 3 năm 2021\nTỉnh Vĩnh Phúc phấn đấu tốc độ tăng trưởng kinh tế đạt 7% đến năm 2025.';
    const b = 'Hà Nội, ngày 20 tháng 6 năm 2023\nTỉnh Vĩnh Phúc phấn đấu tốc độ tăng GRDP đạt 8,5% đến năm 2025.';
    const docs = [a, b].map((text, i) => { const x = extract(text); return { doc: review({ path: `plan-${i}.txt`, text, extraction: x, annotations: [] }), documentDate: x.documentDate?.date }; });
    const rs = goalRows(docs);
    const group = rs.find((r) => r.value === 7)?.indicatorGroup;
    assert.ok(group, JSON.stringify(rs.map((r) => [r.indicator, r.value])));
    const c = targetChangesChart(rs, 'Vĩnh Phúc', group);
    assert.deepEqual(c.series.map((s) => [s.year, s.points.map((p) => p.value), s.changes]), [['2025', [7, 8.5], ['raised']]]);
  });
});

describe('indicator groups file', () => {
  it('writes sorted, one entry a line, and reads back what it wrote (keys added by hand kept)', () => {
    const text = serializeIndicatorGroupsFile({ version: 1, groups: { merge: { 'so du an fdi': 'von fdi', a: 'b' }, split: ['ty le ngheo'] }, extra: { note: 'x' } });
    assert.equal(text, '{\n  "version": 1,\n  "note": "x",\n  "merge": {\n    "a": "b",\n    "so du an fdi": "von fdi"\n  },\n  "split": [\n    "ty le ngheo"\n  ]\n}\n');
    const back = parseIndicatorGroupsFile(text);
    assert.deepEqual(back.groups, { merge: { a: 'b', 'so du an fdi': 'von fdi' }, split: ['ty le ngheo'] });
    assert.deepEqual(back.extra, { note: 'x' });
    assert.equal(serializeIndicatorGroupsFile(back), text);
  });

  it('refuses what it cannot read (the caller keeps the file)', () => {
    for (const bad of ['{', '[]', '{"merge":{}}', '{"version":2}', '{"version":1,"merge":{"a":3}}', '{"version":1,"split":"x"}', '{"version":1,"merge":{"a":""}}']) {
      assert.throws(() => parseIndicatorGroupsFile(bad), IndicatorGroupsFileError, bad);
    }
    const p = parseIndicatorGroupsFile('{"version":1,"merge":{"__proto__":"x"}}');
    assert.equal(Object.getPrototypeOf(p.groups.merge), Object.prototype);
    assert.equal(p.groups.merge!['__proto__'], 'x');
  });

  it('the charts’ page ships in the .vsix', () => {
    const ignore = readFileSync(join(__dirname, '..', '..', '.vscodeignore'), 'utf8');
    for (const f of ['charts.js', 'charts.css']) assert.ok(ignore.split('\n').includes(`!dist/${f}`), f);
  });

  it('is not read as a document’s annotations', () => {
    assert.equal(documentPathFor('.chitieu/indicator-groups.json'), undefined);
    assert.equal(documentPathFor('.chitieu/a/indicator-groups.json'), 'a/indicator-groups');
  });

  it('merge, separate, unmerge and rejoin; the groups given are unchanged', () => {
    const none = {};
    const merged = applyGroupEdit(none, { kind: 'merge', from: 'so du an fdi', into: 'von fdi' });
    assert.deepEqual(none, {});
    assert.equal(indicatorGroup('số dự án FDI', undefined, merged), 'von fdi');
    // merging the group the first joined into a third takes both along
    const twice = applyGroupEdit(merged, { kind: 'merge', from: 'von fdi', into: 'dau tu' });
    assert.equal(indicatorGroup('số dự án FDI', undefined, twice), 'dau tu');
    assert.equal(finalKey(twice, 'so du an fdi'), 'dau tu');
    // a group into itself, or into one merged into it: nothing changes (no cycle)
    assert.ok(sameGroups(applyGroupEdit(twice, { kind: 'merge', from: 'dau tu', into: 'von fdi' }), twice));
    const unmerged = applyGroupEdit(twice, { kind: 'unmerge', key: 'von fdi' });
    assert.equal(indicatorGroup('số dự án FDI', undefined, unmerged), 'von fdi');
    // separate: a synonym's phrase leaves its group; rejoin brings it back
    assert.equal(indicatorGroup('tỷ lệ nghèo'), 'ty le ho ngheo');
    const apart = applyGroupEdit(none, { kind: 'separate', phrase: 'Tỷ lệ nghèo' });
    assert.equal(indicatorGroup('tỷ lệ nghèo', undefined, apart), 'ty le ngheo');
    assert.equal(indicatorGroup('tỷ lệ nghèo', undefined, applyGroupEdit(apart, { kind: 'rejoin', phrase: 'tỷ lệ nghèo' })), 'ty le ho ngheo');
  });
});

describe('charts messages', () => {
  it('accepts what the page sends, refuses anything else', () => {
    assert.deepEqual(parseWebviewMessage({ type: 'ready' }), { type: 'ready' });
    assert.deepEqual(parseWebviewMessage({ type: 'open', id: 'a#1-2' }), { type: 'open', id: 'a#1-2' });
    assert.equal(parseWebviewMessage({ type: 'open', id: 3 }), undefined);
    assert.equal(parseWebviewMessage({ type: 'exec', command: 'x' }), undefined);
    assert.deepEqual(parseWebviewMessage({ type: 'export', format: 'svg', name: '../Vĩnh Phúc/2025', data: '<svg xmlns="x"></svg>' }),
      { type: 'export', format: 'svg', name: 'Vinh-Phuc-2025', data: '<svg xmlns="x"></svg>' });
    assert.equal(parseWebviewMessage({ type: 'export', format: 'svg', name: 'a', data: '<script>' }), undefined);
    assert.ok(parseWebviewMessage({ type: 'export', format: 'png', name: 'a', data: 'data:image/png;base64,iVBORw0KGgo=' }));
    assert.equal(parseWebviewMessage({ type: 'export', format: 'png', name: 'a', data: 'data:text/html;base64,PGI+' }), undefined);
    assert.equal(parseWebviewMessage({ type: 'export', format: 'pdf', name: 'a', data: '<svg>' }), undefined);
    assert.deepEqual(parseWebviewMessage({ type: 'editGroups', edit: { kind: 'merge', from: 'a', into: 'b' } }), { type: 'editGroups', edit: { kind: 'merge', from: 'a', into: 'b' } });
    assert.equal(parseWebviewMessage({ type: 'editGroups', edit: { kind: 'merge', from: 'a', into: 'a' } }), undefined);
    assert.equal(parseWebviewMessage({ type: 'editGroups', edit: { kind: 'drop' } }), undefined);
    assert.equal(safeFileName('***'), 'chart');
  });

  it('the page accepts data with goal rows only, and selections it knows', () => {
    const ok = { type: 'data', rows: [row({ province: 'Vĩnh Phúc', value: 1 })], groups: { merge: {}, split: [] }, lang: 'vi', words: { Unit: 'Đơn vị' }, canEdit: true };
    assert.equal(parseHostMessage(ok)?.type, 'data');
    assert.equal(parseHostMessage({ ...ok, rows: [{ id: 'x' }] }), undefined);
    assert.equal(parseHostMessage({ ...ok, lang: 'fr' }), undefined);
    assert.equal(parseHostMessage({ ...ok, words: { a: 1 } }), undefined);
    assert.deepEqual(parseHostMessage({ type: 'show', selection: { view: 'changes', province: 'Vĩnh Phúc', group: 'g' } }), { type: 'show', selection: { view: 'changes', province: 'Vĩnh Phúc', group: 'g' } });
    assert.equal(parseHostMessage({ type: 'show', selection: { view: 'pie' } }), undefined);
  });
});
