/**
 * In the real extension host: the date a document speaks from. "Set document date…" stores it in
 * `.chitieu/`, the engine reads the document against it (an undated plan's `đến năm 2030` targets are
 * past for a 2031 document, ahead for a 2024 one), the status bar and hovers say which date and where
 * from, undo takes it back; the `chitieu.referenceDate` setting dates undated documents. The goals tree
 * lists national goals under "Cả nước (national)" first, and a goal shared by provinces under each.
 * Files live under `dated/`, removed at the end.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, offsetOf, until, workspaceFile } from './helpers';
import type { AnnotationFile, ReviewedGoal } from '../../src/annotations/model';
import { GoalsTreeProvider, type GoalNode } from '../../src/extension/views/goalsTree';
import type { IndexedDocument, WorkspaceIndex } from '../../src/extension/model/workspaceIndex';
import { subjectOf } from '../../src/extension/model/itemRefs';
import { review } from '../../src/annotations/review';
import { makeAnchor } from '../../src/annotations/anchor';
import type { Extraction } from '../../src/engine';

const DIR = 'dated';
const PLAN = 'Kế hoạch phát triển đô thị tỉnh Quảng Trị\n\nĐến năm 2030, tỷ lệ đô thị hóa của tỉnh Quảng Trị đạt 45%; thu nhập bình quân đầu người đạt 120 triệu đồng.\n';
const NATIONAL_PLAN = 'Chiến lược phát triển lâm nghiệp quốc gia\n\nĐến năm 2030, tỷ lệ che phủ rừng của cả nước đạt 42%; giá trị xuất khẩu đồ gỗ và lâm sản đạt 25 tỷ USD.\n';
const NATIONAL = 'Cả nước (national)';
const enc = (s: string) => new TextEncoder().encode(s);
const written: vscode.Uri[] = [];

async function write(name: string, text: string): Promise<vscode.Uri> {
  const uri = workspaceFile(`${DIR}/${name}`);
  await vscode.workspace.fs.writeFile(uri, enc(text));
  written.push(uri);
  return uri;
}
async function annotationFile(name: string): Promise<AnnotationFile | undefined> {
  try { return JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile(`.chitieu/${DIR}/${name}.json`)))); } catch { return undefined; }
}
async function show(uri: vscode.Uri): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
}
async function hoverAt(editor: vscode.TextEditor, needle: string): Promise<string> {
  const pos = editor.document.positionAt(offsetOf(editor.document, needle) + 1);
  // appendText escapes Markdown punctuation: read the text as shown.
  return hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos)).replace(/\\([()[\]])/g, '$1');
}
const has45 = (goals: readonly { value?: number }[]) => goals.some((g) => g.value === 45);

describe('document date', function () {
  this.timeout(90000);

  before(async () => { await api(); });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('chitieu').update('referenceDate', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });
  after(async () => {
    // One file at a time, so the goals tree hears of each deletion (the other suites see the workspace as it was).
    const chitieu = await api();
    for (const uri of written) await vscode.workspace.fs.delete(uri);
    await until(() => !chitieu.index.documents.some((d) => d.uri.path.includes(`/${DIR}/`)), 'the dated files to leave the index');
    for (const p of [DIR, `.chitieu/${DIR}`]) {
      try { await vscode.workspace.fs.delete(workspaceFile(p), { recursive: true }); } catch { /* already gone */ }
    }
  });

  it('is set by command, stored in .chitieu/, read by the engine, shown in the status bar and the hover, and undone', async () => {
    const chitieu = await api();
    const uri = await write('plan.txt', PLAN);
    const editor = await show(uri);
    assert.ok(has45((await chitieu.model.analyse(editor.document)).result.goals), 'undated: the 2030 target is ahead');
    await until(() => chitieu.status.dateText.includes('dated') && !chitieu.status.dateText.includes('set by you'), 'the status bar to show the date from the text');

    assert.equal(await vscode.commands.executeCommand('chitieu.setDocumentDate', uri, '2031'), '2031');
    assert.equal((await annotationFile('plan.txt'))?.documentDate, '2031');
    assert.deepEqual((await annotationFile('plan.txt'))?.annotations, []);
    await until(async () => !has45((await chitieu.model.analyse(editor.document)).result.goals), 'a 2031 document to read the 2030 targets as past');
    assert.equal((await chitieu.model.analyse(editor.document)).result.documentYear, 2031);
    await until(() => chitieu.status.dateText === '$(calendar) dated 2031 (set by you)', `the status bar to say the date is set (${chitieu.status.dateText})`);
    const hover = await hoverAt(editor, '45%');
    assert.match(hover, /Document: dated 2031 \(set by you\)/);
    assert.match(hover, /command:chitieu\.setDocumentDate/);

    // A Vietnamese-order date is stored as ISO; the targets are ahead again.
    assert.equal(await vscode.commands.executeCommand('chitieu.setDocumentDate', uri.toString(), '12/03/2024'), '2024-03-12');
    assert.equal((await annotationFile('plan.txt'))?.documentDate, '2024-03-12');
    await until(async () => has45((await chitieu.model.analyse(editor.document)).result.goals), 'a 2024 document to keep the 2030 target');
    await until(() => chitieu.status.dateText === '$(calendar) dated 12/03/2024 (set by you)', 'the status bar to show the new date');
    assert.match(await hoverAt(editor, '45%'), /dated 12\/03\/2024 \(set by you\)/);

    // Undo brings the previous date back.
    await vscode.commands.executeCommand('chitieu.undoAnnotation');
    assert.equal((await annotationFile('plan.txt'))?.documentDate, '2031');
    await until(async () => !has45((await chitieu.model.analyse(editor.document)).result.goals), 'undo to date it 2031 again');

    // Empty clears it.
    assert.equal(await vscode.commands.executeCommand('chitieu.setDocumentDate', uri, ''), '');
    assert.equal((await annotationFile('plan.txt'))?.documentDate, undefined);
    await until(async () => has45((await chitieu.model.analyse(editor.document)).result.goals), 'the cleared date to leave the text’s');
    await until(() => !chitieu.status.dateText.includes('set by you'), 'the status bar to drop “set by you”');
  });

  it('refuses a date that does not read, and changes nothing', async () => {
    const chitieu = await api();
    const uri = await write('refused.txt', PLAN);
    await vscode.commands.executeCommand('chitieu.setDocumentDate', uri, '2024');
    const writes = chitieu.store.writes;
    for (const bad of ['2024-13', '30/02/2024', 'năm 2024']) assert.equal(await vscode.commands.executeCommand('chitieu.setDocumentDate', uri, bad), undefined, bad);
    assert.equal(chitieu.store.writes, writes);
    assert.equal((await annotationFile('refused.txt'))?.documentDate, '2024');
  });

  it('reaches documents not open in an editor: the goals tree follows the date', async () => {
    const chitieu = await api();
    const uri = await write('closed.txt', PLAN);
    const inTree = () => chitieu.tree.goalNodes().some((n) => n.uri.toString() === uri.toString() && n.goal.value === 45);
    await until(inTree, 'the undated plan’s goal in the tree');
    await vscode.commands.executeCommand('chitieu.setDocumentDate', uri.toString(), '2031');
    await until(() => !inTree(), 'the goal to leave the tree once the plan is dated 2031');
    await vscode.commands.executeCommand('chitieu.setDocumentDate', uri.toString(), '2025-06');
    await until(inTree, 'the goal to come back for a 2025 plan');
  });

  it('chitieu.referenceDate dates documents whose text states no date, not those with a date set', async () => {
    const chitieu = await api();
    const undated = await write('undated.txt', PLAN);
    const set = await write('set.txt', PLAN);
    await vscode.commands.executeCommand('chitieu.setDocumentDate', set, '2024');
    await vscode.workspace.getConfiguration('chitieu').update('referenceDate', '2031-06', vscode.ConfigurationTarget.Workspace);
    await until(() => chitieu.config().referenceDate === '2031-06', 'the setting to be read');
    const editor = await show(undated);
    await until(async () => !has45((await chitieu.model.analyse(editor.document)).result.goals), 'the undated plan read as of 2031');
    await until(() => chitieu.status.dateText === '$(calendar) dated 06/2031 (from the setting chitieu.referenceDate)', `the status bar to name the setting (${chitieu.status.dateText})`);
    const other = await show(set);
    assert.ok(has45((await chitieu.model.analyse(other.document)).result.goals), 'the date set for the document wins');
    await until(() => chitieu.status.dateText === '$(calendar) dated 2024 (set by you)', 'the status bar to show the set date');
    // A value that is not a date is ignored (the settings editor also flags it).
    await vscode.workspace.getConfiguration('chitieu').update('referenceDate', 'last year', vscode.ConfigurationTarget.Workspace);
    await until(() => chitieu.config().referenceDate === '', 'a malformed setting to read as empty');
  });

  it('lists national goals under “Cả nước (national)”, first, in both province groupings', async function () {
    // The test before changed chitieu.referenceDate twice: the whole workspace is indexed again, and in
    // the browser's extension host its PDFs are read on that thread.
    this.timeout(150000);
    const chitieu = await api();
    const uri = await write('national.txt', NATIONAL_PLAN);
    const groups = () => chitieu.tree.getChildren().filter((n) => n.kind === 'group') as Array<Extract<GoalNode, { kind: 'group' }>>;
    // The test before changed chitieu.referenceDate: the workspace is indexed again (slow on a busy machine).
    await chitieu.index.whenIdle();
    await until(() => groups()[0]?.label === NATIONAL && groups()[0].goals.some((g) => g.uri.toString() === uri.toString()), 'the national group first', 60000);
    assert.equal(chitieu.tree.getTreeItem(groups()[0]).label, NATIONAL);
    await vscode.workspace.getConfiguration('chitieu').update('tree.provinceGrouping', 'unit2025', vscode.ConfigurationTarget.Workspace);
    try {
      await until(() => groups().some((g) => g.label === 'Phú Thọ') && groups()[0]?.label === NATIONAL, 'the national group first by 2025 unit too');
    } finally {
      await vscode.workspace.getConfiguration('chitieu').update('tree.provinceGrouping', undefined, vscode.ConfigurationTarget.Workspace);
    }
    await vscode.commands.executeCommand('chitieu.filter', 'cả nước');
    try {
      // polled: a settings change of the test before may still be re-indexing (slower where the engine runs on the host's thread)
      await until(() => groups().length >= 1 && groups()[0].label === NATIONAL, 'the filter to find national goals by their group');
    } finally {
      await vscode.commands.executeCommand('chitieu.clearFilter');
    }
  });

  it('lists a goal shared by several provinces under each of them', async () => {
    const chitieu = await api();
    const uri = workspaceFile(`${DIR}/shared.txt`);
    const goal = (province: string | null, indicator: string): ReviewedGoal => ({
      province, indicator, value: 30, unit: '%', quantitative: true, deadline: '2030', span: [0, 40], valueSpan: [30, 33], evidence: 'x', rule: 'test', state: 'unreviewed',
    });
    const goals = [goal('Hải Dương', 'tỷ lệ đô thị hóa'), goal('Thanh Hóa', 'tỷ lệ đô thị hóa'), goal(null, 'tỷ lệ che phủ rừng')];
    const doc: IndexedDocument = { uri, result: { provinces: [], entities: [], goals } };
    const changed = new vscode.EventEmitter<void>();
    let grouping: 'asWritten' | 'unit2025' = 'asWritten';
    const index = { documents: [doc], onDidChange: changed.event } as unknown as WorkspaceIndex;
    const tree = new GoalsTreeProvider(index, () => ({ ...chitieu.config(), provinceGrouping: grouping }), () => ({ goals, orphans: [] }), changed.event);
    try {
      const byGroup = () => Object.fromEntries(tree.getChildren().map((g) => [g.kind === 'group' ? g.label : '', tree.getChildren(g).map((n) => (n.kind === 'goal' ? n.goal.province : ''))]));
      tree.rebuild();
      assert.deepEqual(tree.getChildren().map((g) => (g.kind === 'group' ? g.label : '')), [NATIONAL, 'Hải Dương', 'Thanh Hóa']);
      assert.deepEqual(byGroup(), { [NATIONAL]: [null], 'Hải Dương': ['Hải Dương'], 'Thanh Hóa': ['Thanh Hóa'] });
      assert.equal(tree.goalCount, 3);
      // Each appearance is its own node, revealable on its own.
      const ids = tree.goalNodes().map((n) => tree.getTreeItem(n).id);
      assert.equal(new Set(ids).size, 3);
      grouping = 'unit2025';
      tree.rebuild();
      assert.deepEqual(tree.getChildren().map((g) => (g.kind === 'group' ? g.label : '')), [NATIONAL, 'Hải Phòng', 'Thanh Hóa']);
      tree.filter = 'thanh hóa';
      tree.rebuild();
      assert.deepEqual(tree.getChildren().map((g) => (g.kind === 'group' ? g.label : '')), ['Thanh Hóa']);
    } finally {
      tree.dispose();
      changed.dispose();
    }
  });

  it('reviewing a target shared by provinces keeps each province’s goal', async () => {
    const text = 'Đối với Hải Dương và Thanh Hóa, đến năm 2030 tỷ lệ đô thị hóa đạt 45%.';
    const at = text.indexOf('45%');
    const span: [number, number] = [at, at + 3];
    const g = (province: string) => ({ province, indicator: 'tỷ lệ đô thị hóa', value: 45, unit: '%', quantitative: true, deadline: '2030', span: [0, text.length] as [number, number], valueSpan: span, evidence: text, rule: 'test' });
    const extraction: Extraction = {
      provinces: [], goals: [g('Hải Dương'), g('Thanh Hóa')],
      entities: [{ type: 'amount', span, text: '45%', rule: 'test', value: 45, unit: '%', role: 'target' }],
    };
    const uri = workspaceFile(`${DIR}/shared.txt`).toString();
    const rd = review({ path: 'shared.txt', text, extraction, annotations: [] }, { rejected: 'mark' });
    const s = subjectOf({ uri, kind: 'entity', span }, rd, []);
    assert.ok(s);
    assert.equal(s.attrs.province, undefined, 'the target’s annotation names no province');
    assert.equal(s.attrs.indicator, 'tỷ lệ đô thị hóa');
    const confirmed = { id: 'c', label: 'target' as const, status: 'confirmed' as const, attrs: s.attrs, updated: '2026-12-04T00:00:00.000Z', ...makeAnchor(text, span[0], span[1]) };
    const after = review({ path: 'shared.txt', text, extraction, annotations: [confirmed] }, { rejected: 'mark' });
    assert.deepEqual(after.goals.map((x) => [x.province, x.state]), [['Hải Dương', 'confirmed'], ['Thanh Hóa', 'confirmed']]);
    // A target of one province still carries it.
    const single = review({ path: 'one.txt', text, extraction: { ...extraction, goals: [g('Hải Dương')] }, annotations: [] }, { rejected: 'mark' });
    assert.equal(subjectOf({ uri, kind: 'entity', span }, single, [])?.attrs.province, 'Hải Dương');
  });
});
