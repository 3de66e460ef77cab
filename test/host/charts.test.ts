/** In the real extension host: the charts panel — opened once with a strict CSP, goals grouped by indicator, messages checked, evidence opened, SVG/PNG export, indicator groups merged and split in .chitieu/indicator-groups.json, following the workspace. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, until, workspaceFile } from './helpers';

const PLAN_A = 'UBND TỈNH NGHỆ AN\nNghệ An, ngày 15 tháng 3 năm 2021\nKẾ HOẠCH\nTỉnh Nghệ An phấn đấu tốc độ tăng trưởng kinh tế đạt 7% đến năm 2025. Tỉnh Hà Tĩnh phấn đấu tốc độ tăng trưởng kinh tế đạt 8% đến năm 2025.\n';
const PLAN_B = 'UBND TỈNH NGHỆ AN\nNghệ An, ngày 20 tháng 6 năm 2023\nKẾ HOẠCH\nTỉnh Nghệ An phấn đấu tốc độ tăng GRDP đạt 8,5% đến năm 2025. Tỷ lệ đô thị hóa của Nghệ An đạt 40% đến năm 2025.\n';
const enc = new TextEncoder();

describe('charts', function () {
  this.timeout(90000);
  const groupsFile = workspaceFile('.chitieu/indicator-groups.json');
  const planA = workspaceFile('chart-plan-2021.txt'), planB = workspaceFile('chart-plan-2023.txt');

  before(async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    await until(() => chitieu.tree.goalCount > 0, 'the workspace to be indexed');
  });
  after(async () => {
    const chitieu = await api();
    chitieu.charts.webviewPanel?.dispose();
    for (const f of [planA, planB, groupsFile]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
    await closeAll();
  });

  it('opens one panel (reused), with a strict CSP and the page from dist/', async () => {
    const chitieu = await api();
    await vscode.commands.executeCommand('chitieu.showCharts');
    const panel = chitieu.charts.webviewPanel;
    assert.ok(panel, 'a panel');
    await vscode.commands.executeCommand('chitieu.showCharts');
    assert.equal(chitieu.charts.webviewPanel, panel, 'the same panel');
    const html = panel!.webview.html;
    const csp = /http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html)?.[1] ?? '';
    assert.match(csp, /default-src 'none'/);
    const nonce = /script-src 'nonce-([0-9a-f]{32,})'/.exec(csp)?.[1];
    assert.ok(nonce, csp);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(csp), csp);
    const scripts = [...html.matchAll(/<script([^>]*)>/g)].map((m) => m[1]);
    assert.equal(scripts.length, 1);
    assert.ok(scripts[0].includes(`nonce="${nonce}"`) && /charts\.js/.test(scripts[0]), scripts[0]);
    const dist = panel!.webview.asWebviewUri(vscode.Uri.joinPath(vscode.extensions.getExtension('chitieu.chitieu')!.extensionUri, 'dist')).toString();
    const links = [...html.matchAll(/(?:src|href)="([^"]*)"/g)].map((m) => m[1]);
    assert.equal(links.length, 2, 'one script, one style sheet');
    for (const l of links) assert.ok(l.startsWith(`${dist}/charts.`), `${l} is the extension's own (no remote resources)`);
    await until(() => chitieu.charts.posts > 0, 'the page to load and get its data', 30000);
  });

  it('follows the workspace: two dated plans make a target change (raised), grouped across wordings', async () => {
    const chitieu = await api();
    const charts = chitieu.charts;
    const posts = charts.posts;
    await vscode.workspace.fs.writeFile(planA, enc.encode(PLAN_A));
    await vscode.workspace.fs.writeFile(planB, enc.encode(PLAN_B));
    const rows = await until(() => {
      const r = charts.rows().rows.filter((x) => x.province === 'Nghệ An' && x.unit === '%' && x.deadline === '2025' && /tăng/.test(x.indicator));
      return r.length === 2 && charts.posts > posts ? r : null;
    }, 'the two plans’ goals posted', 40000);
    assert.equal(rows[0].indicatorGroup, rows[1].indicatorGroup, `“${rows[0].indicator}” and “${rows[1].indicator}” are one indicator`);
    assert.deepEqual(rows.map((r) => r.documentDate).sort(), ['2021-03-15', '2023-06-20']);
  });

  it('opens a goal it sent with the evidence selected, and ignores goals it did not send or malformed messages', async () => {
    const chitieu = await api();
    const charts = chitieu.charts;
    const row = charts.rows().rows.find((r) => r.value === 8.5 && r.province === 'Nghệ An')!;
    assert.ok(row, JSON.stringify(charts.rows().rows.filter((r) => r.province === 'Nghệ An').map((r) => [r.document, r.indicator, r.indicatorGroup, r.value])));
    await until(() => charts.sentIds.has(row.id), 'the goal posted to the page');
    const before = charts.rejectedMessages;
    assert.equal(await charts.receive({ type: 'open', id: 'file:///etc/passwd#0-10' }), false);
    assert.equal(await charts.receive({ type: 'open', id: 42 }), false);
    assert.equal(await charts.receive({ type: 'exec', command: 'workbench.action.quit' }), false);
    assert.equal(await charts.receive({ type: 'export', format: 'svg', name: 'x', data: '<html>' }), false);
    assert.equal(await charts.receive({ type: 'editGroups', edit: { kind: 'merge', from: 'not sent', into: row.indicatorGroup } }), false);
    assert.equal(charts.rejectedMessages, before + 5);
    assert.equal(await charts.receive({ type: 'open', id: row.id }), true);
    const editor = await until(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.path.endsWith(row.document)), 'the document in an editor');
    assert.equal(editor.document.getText(editor.selection), row.evidence);
  });

  it('exports SVG and PNG where the save dialog says', async () => {
    const chitieu = await api();
    const charts = chitieu.charts;
    const svg = workspaceFile('chart-test.svg'), png = workspaceFile('chart-test.png');
    const asked: string[] = [];
    charts.saveTarget = async (format, name) => { asked.push(`${name}.${format}`); return format === 'svg' ? svg : png; };
    try {
      assert.equal(await charts.receive({ type: 'export', format: 'svg', name: 'chitieu targets Nghệ An', data: '<svg xmlns="http://www.w3.org/2000/svg"><rect width="1" height="1"/></svg>' }), true);
      const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(svg));
      assert.ok(text.startsWith('<?xml') && text.includes('<rect'), text);
      const onePixel = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
      assert.equal(await charts.receive({ type: 'export', format: 'png', name: 'c', data: `data:image/png;base64,${onePixel}` }), true);
      const bytes = await vscode.workspace.fs.readFile(png);
      assert.deepEqual([...bytes.slice(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
      assert.deepEqual(asked, ['chitieu-targets-Nghe-An.svg', 'c.png']);
    } finally {
      for (const f of [svg, png]) await vscode.workspace.fs.delete(f).then(undefined, () => undefined);
    }
  });

  it('merges two indicator groups and splits them again, in .chitieu/indicator-groups.json; a corrupt file is kept', async () => {
    const chitieu = await api();
    const charts = chitieu.charts;
    const groupOf = (re: RegExp) => charts.rows().rows.find((r) => r.province === 'Nghệ An' && re.test(r.indicator))?.indicatorGroup;
    const growth = groupOf(/tăng/)!, urban = groupOf(/đô thị/)!;
    assert.ok(growth && urban && growth !== urban, JSON.stringify(charts.rows().rows.filter((r) => r.province === 'Nghệ An').map((r) => [r.document, r.indicator, r.indicatorGroup, r.value])));
    assert.equal(await charts.receive({ type: 'editGroups', edit: { kind: 'merge', from: urban, into: growth } }), true);
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(groupsFile));
    assert.deepEqual(JSON.parse(text), { version: 1, merge: { [urban]: growth }, split: [] });
    await until(() => groupOf(/đô thị/) === growth, 'the rows regrouped');
    // what another window wrote meanwhile is kept: the edit is applied to the file as it is on disk
    await vscode.workspace.fs.writeFile(groupsFile, enc.encode(JSON.stringify({ version: 1, merge: { [urban]: growth, 'so du an': 'von fdi' }, split: [], note: 'by hand' })));
    await until(() => chitieu.indicatorGroups.groups.merge?.['so du an'] === 'von fdi', 'the file read again');
    assert.equal(await charts.receive({ type: 'editGroups', edit: { kind: 'unmerge', key: urban } }), true);
    const after = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(groupsFile)));
    assert.deepEqual(after, { version: 1, note: 'by hand', merge: { 'so du an': 'von fdi' }, split: [] });
    await until(() => groupOf(/đô thị/) === urban, 'the rows split again');
    // a file that does not parse: the groups are automatic, an edit is refused, the file is untouched
    await vscode.workspace.fs.writeFile(groupsFile, enc.encode('{ "version": 1, "merge": '));
    await until(() => chitieu.indicatorGroups.error, 'the corrupt file noticed');
    assert.equal(await charts.receive({ type: 'editGroups', edit: { kind: 'merge', from: urban, into: growth } }), false);
    assert.equal(new TextDecoder().decode(await vscode.workspace.fs.readFile(groupsFile)), '{ "version": 1, "merge": ');
    await vscode.workspace.fs.delete(groupsFile);
    await until(() => !chitieu.indicatorGroups.error, 'the groups automatic again');
  });

  it('charts a goal of the tree: its indicator by province, its province’s target changes', async () => {
    const chitieu = await api();
    const node = await until(() => chitieu.tree.goalNodes().find((n) => n.goal.province === 'Nghệ An' && n.goal.value === 8.5), 'the goal in the tree');
    const byProvince = chitieu.charts.selectionFor(node.uri, node.goal.span, node.goal.province, 'provinces');
    const row = chitieu.charts.rows().rows.find((r) => r.value === 8.5 && r.province === 'Nghệ An')!;
    assert.deepEqual(byProvince, { view: 'provinces', group: row.indicatorGroup, year: '2025', unit: '%' });
    assert.deepEqual(chitieu.charts.selectionFor(node.uri, node.goal.span, node.goal.province, 'changes'), { view: 'changes', group: row.indicatorGroup, province: 'Nghệ An', unit: '%' });
    assert.equal(await vscode.commands.executeCommand('chitieu.chartTargetChanges', node), true);
    assert.ok(chitieu.charts.webviewPanel?.visible);
  });

  it('charts the indicator of a table row (its buttons and keys, its context menu), only a row the table sent', async () => {
    const chitieu = await api();
    const table = chitieu.goalsTable;
    chitieu.charts.webviewPanel?.dispose();
    const posts = table.posts;
    await vscode.commands.executeCommand('chitieu.openGoalsTable');
    await until(() => table.posts > posts, 'the table’s rows posted', 30000);
    const row = table.rows().rows.find((r) => r.value === 8.5 && r.province === 'Nghệ An')!;
    assert.ok(row, 'the row of the 2023 plan');
    const group = chitieu.charts.rows().rows.find((r) => r.value === 8.5 && r.province === 'Nghệ An')!.indicatorGroup;
    assert.equal(row.indicatorGroup, group, 'the table and the charts group alike');
    // The page's message (button *Chart indicator*, key G): targets by province for the row's deadline year.
    assert.equal(await table.receive({ type: 'chart', view: 'provinces', id: row.id }), true);
    assert.deepEqual(chitieu.charts.lastSelection, { view: 'provinces', group, year: '2025', unit: '%' });
    const panel = await until(() => (chitieu.charts.webviewPanel?.visible ? chitieu.charts.webviewPanel : undefined), 'the charts shown');
    await until(() => chitieu.charts.posts > 0, 'the charts’ page to load');
    // The row's context menu (webview/context): the command with the row's data-vscode-context.
    const context = { webview: 'chitieu.goalsTable', webviewSection: 'goal', rowId: row.id, preventDefaultContextMenuItems: true };
    assert.equal(await vscode.commands.executeCommand('chitieu.chartTargetChanges', context), true);
    assert.deepEqual(chitieu.charts.lastSelection, { view: 'changes', group, province: 'Nghệ An', unit: '%' });
    assert.equal(chitieu.charts.webviewPanel, panel, 'the same charts panel');
    // Rows the table did not send, and malformed messages, are refused.
    const before = table.rejectedMessages;
    assert.equal(await table.receive({ type: 'chart', view: 'provinces', id: 'file:///etc/passwd#0-10' }), false);
    assert.equal(table.rejectedMessages, before + 1);
    assert.equal(await table.receive({ type: 'chart', view: 'pie', id: row.id }), false);
    assert.equal(await vscode.commands.executeCommand('chitieu.chartIndicator', { ...context, rowId: 'not-sent' }), false);
    assert.deepEqual(chitieu.charts.lastSelection, { view: 'changes', group, province: 'Nghệ An', unit: '%' }, 'unchanged');
  });
});
