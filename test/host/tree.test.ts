/** In the real extension host: the goals tree across the workspace, grouping, filter, reveal and export. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, until, workspaceFile } from './helpers';
import type { GoalNode } from '../../src/extension/views/goalsTree';
import { extract } from '../../src/engine';

describe('goals tree', function () {
  this.timeout(60000);

  const labels = async (node?: GoalNode) => {
    const chitieu = await api();
    return chitieu.tree.getChildren(node).map((n) => chitieu.tree.getTreeItem(n).label as string);
  };

  before(async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    await until(() => chitieu.tree.goalCount > 0, 'the workspace to be indexed');
  });

  it('lists goals per province across the workspace', async () => {
    const groups = await labels();
    for (const p of ['Vĩnh Phúc', 'Hải Dương', 'Thanh Hóa', 'Quảng Ninh']) assert.ok(groups.includes(p), `${p} in ${groups.join(', ')}`);
    assert.ok(!groups.includes('Ninh Bình'), 'a province named only in a site banner has no goals');
  });

  it('shows goals under a province, and where each is stated under the goal', async () => {
    const chitieu = await api();
    const vp = chitieu.tree.getChildren().find((n) => n.kind === 'group' && n.label === 'Vĩnh Phúc')!;
    const goals = chitieu.tree.getChildren(vp);
    const texts = goals.map((g) => chitieu.tree.getTreeItem(g).label as string);
    // The label is what a reader scans for, short enough for the side bar: the value; the year and indicator follow.
    const i450 = texts.indexOf('nearly 450 trillion VND');
    assert.ok(i450 >= 0, texts.join('\n'));
    assert.match(String(chitieu.tree.getTreeItem(goals[i450]).description), /^2025 · giá trị sản xuất công nghiệp · 000_b8550bfa09380357\.txt/);
    const evidence = chitieu.tree.getChildren(goals[0]);
    assert.equal(evidence.length, 1);
    assert.equal(chitieu.tree.getTreeItem(evidence[0]).command?.command, 'chitieu.openGoal');
    assert.match(String(chitieu.view.description), /\d+ goals · \d+ provinces/);
  });

  it('regroups by deadline year and by document, and filters by text', async () => {
    const chitieu = await api();
    await vscode.commands.executeCommand('chitieu.groupByYear');
    assert.ok((await labels()).includes('2025'));
    await vscode.commands.executeCommand('chitieu.groupByDocument');
    assert.ok((await labels()).some((l) => l.includes('000_b8550bfa09380357.txt')));
    await vscode.commands.executeCommand('chitieu.groupByProvince');
    await vscode.commands.executeCommand('chitieu.filter', 'cụm công nghiệp');
    const n = chitieu.tree.goalCount;
    assert.ok(n > 0 && n < 10, `${n} goals match`);
    await vscode.commands.executeCommand('chitieu.clearFilter');
    assert.ok(chitieu.tree.goalCount > n);
  });

  it('a rebuild with nothing changed gathers what the last one placed; new filters place the goals again', async () => {
    const chitieu = await api();
    chitieu.tree.rebuild();
    const placed = chitieu.tree.placements, n = chitieu.tree.goalCount, groups = await labels();
    chitieu.tree.rebuild();
    assert.equal(chitieu.tree.placements, placed, 'no document placed again');
    assert.equal(chitieu.tree.goalCount, n);
    assert.deepEqual(await labels(), groups);
    await vscode.commands.executeCommand('chitieu.filter', 'cụm công nghiệp');
    assert.ok(chitieu.tree.placements > placed, 'the filter places them again');
    assert.ok(chitieu.tree.goalCount < n);
    await vscode.commands.executeCommand('chitieu.clearFilter');
    assert.equal(chitieu.tree.goalCount, n);
    assert.deepEqual(await labels(), groups);
  });

  it('groups provinces by their 2025 unit when the setting says so', async () => {
    await vscode.workspace.getConfiguration('chitieu').update('tree.provinceGrouping', 'unit2025', vscode.ConfigurationTarget.Workspace);
    try {
      await until(async () => (await labels()).includes('Phú Thọ'), 'Vĩnh Phúc to be grouped under Phú Thọ');
      assert.ok((await labels()).includes('Hải Phòng'), 'Hải Dương under Hải Phòng');
    } finally {
      await vscode.workspace.getConfiguration('chitieu').update('tree.provinceGrouping', undefined, vscode.ConfigurationTarget.Workspace);
    }
  });

  it('opens a goal in its document with the evidence selected', async () => {
    const chitieu = await api();
    const vp = chitieu.tree.getChildren().find((n) => n.kind === 'group' && n.label === 'Vĩnh Phúc')!;
    const goal = chitieu.tree.getChildren(vp)[0];
    const cmd = chitieu.tree.getTreeItem(goal).command!;
    await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
    const editor = await until(() => vscode.window.activeTextEditor, 'an editor');
    assert.ok(!editor.selection.isEmpty);
    assert.ok(goal.kind === 'goal' && editor.document.getText(editor.selection) === goal.goal.evidence);
  });

  it('keeps current when a file changes on disk', async () => {
    const uri = workspaceFile('moi-them.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Tỉnh Nghệ An phấn đấu đến năm 2030 thu hút 2 tỷ USD vốn FDI. Nghệ An sẽ trở thành trung tâm công nghiệp của vùng.'));
    await until(async () => (await labels()).includes('Nghệ An'), 'the new file to be indexed');
    await vscode.workspace.fs.delete(uri);
    await until(async () => !(await labels()).includes('Nghệ An'), 'the deleted file to leave the tree');
  });

  it('a deleted file that was opened and annotated leaves the tree, and stays out when its annotations go too', async () => {
    const chitieu = await api();
    const uri = workspaceFile('da-xoa/ke-hoach.txt');
    const inIndex = () => chitieu.index.documents.some((d) => d.uri.toString() === uri.toString());
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode('Tỉnh Cà Mau phấn đấu đến năm 2030 thu hút 3 tỷ USD vốn FDI.'));
    await until(inIndex, 'the new file to be indexed');
    // Opened and annotated: VS Code keeps the document after its editor closes, the store keeps a file of annotations.
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await chitieu.store.load(uri);
    const target = (await chitieu.model.reviewed(editor.document)).entities.find((e) => e.text.includes('3 tỷ USD'))!;
    await vscode.commands.executeCommand('chitieu.confirm', { uri: uri.toString(), kind: 'entity', span: target.span });
    await closeAll();
    await vscode.workspace.fs.delete(uri);
    await until(() => !inIndex(), 'the deleted file to leave the index');
    await vscode.workspace.fs.delete(workspaceFile('.chitieu/da-xoa'), { recursive: true });
    await vscode.workspace.fs.delete(workspaceFile('da-xoa'), { recursive: true });
    // The annotations' deletion makes the model read the (closed, still loaded) document again: it must not bring it back.
    for (let k = 0; k < 20; k++) {
      await new Promise((r) => setTimeout(r, 100));
      assert.ok(!inIndex(), `the deleted file came back into the index after ${k * 100} ms`);
    }
    assert.ok(!(await labels()).includes('Cà Mau'));
  });

  it('a folder of documents copied in is indexed, and deleting the folder takes its goals out of the tree', async () => {
    const chitieu = await api();
    const names = ['thu-muc-moi/ke-hoach-1.txt', 'thu-muc-moi/con/ke-hoach-2.txt', 'thu-muc-moi/con/chau/ke-hoach-3.md'];
    const under = () => chitieu.index.documents.filter((d) => d.uri.path.includes('/thu-muc-moi/')).length;
    // Written at once, as a copy or an unzip does: the folders and their files appear together.
    await Promise.all(names.map((n, i) => vscode.workspace.fs.writeFile(workspaceFile(n), new TextEncoder().encode(`Tỉnh Lai Châu phấn đấu đến năm 2030 thu hút ${i + 1} tỷ USD vốn FDI.`))));
    await until(() => under() === 3, 'the three copied files to be indexed');
    await until(async () => (await labels()).includes('Lai Châu'), 'Lai Châu in the tree');
    // The folder deleted whole: VS Code reports the folder, not its files.
    await vscode.workspace.fs.delete(workspaceFile('thu-muc-moi'), { recursive: true });
    await until(() => under() === 0, 'the deleted folder\'s files to leave the index');
    await until(async () => !(await labels()).includes('Lai Châu'), 'Lai Châu out of the tree');
  });

  it('exports the goals as JSON and CSV through the same code as the CLI', async () => {
    const json = workspaceFile('export/goals.json');
    const csv = workspaceFile('export/goals.csv');
    await vscode.commands.executeCommand('chitieu.exportJson', json);
    await vscode.commands.executeCommand('chitieu.exportCsv', csv);
    const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json)));
    assert.equal(data.version, 1);
    assert.ok(data.documents.some((d: { goals: Array<{ value?: number }> }) => d.goals.some((g) => g.value === 450000000000000)));
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csv));
    assert.ok(text.startsWith('\ufeffdocument,province,indicator'));
    assert.match(text, /Quảng Ninh/);
  });

  it('keeps only the goals of a closed document without annotations; the JSON export still has its entities', async () => {
    const chitieu = await api();
    const text = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('000_b8550bfa09380357.txt')));
    const uri = workspaceFile('tree-closed/never-opened.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(text));
    try {
      const entry = await until(async () => { await chitieu.index.whenIdle(); return chitieu.index.documents.find((d) => d.uri.toString() === uri.toString()); }, 'the new file indexed');
      assert.equal(entry.withoutEntities, true, 'its entities are not kept');
      assert.deepEqual(entry.result.entities, []);
      assert.ok(entry.result.goals.length > 0, 'its goals are');
      const json = workspaceFile('export/goals-with-entities.json');
      await vscode.commands.executeCommand('chitieu.exportJson', json);
      const data = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(json))) as { documents: Array<{ path: string; entities: unknown[] }> };
      const exported = data.documents.find((d) => d.path === vscode.workspace.asRelativePath(uri));
      const engine = extract(text, chitieu.model.optionsFor(uri));
      assert.ok(exported && engine.entities.length > 0);
      assert.deepEqual(exported.entities, JSON.parse(JSON.stringify(engine.entities)), 'the export reads them again');
      assert.equal(chitieu.index.documents.find((d) => d.uri.toString() === uri.toString())?.withoutEntities, true, 'and the index still keeps only the goals');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('reveals a goal from its hover link', async () => {
    const chitieu = await api();
    const doc = await vscode.workspace.openTextDocument(workspaceFile('000_b8550bfa09380357.txt'));
    const index = (await chitieu.model.analyse(doc)).result.goals.findIndex((g) => g.value === 450000000000000);
    assert.ok(index >= 0);
    assert.equal(await vscode.commands.executeCommand('chitieu.revealGoal', doc.uri.toString(), index), true);
  });
});
