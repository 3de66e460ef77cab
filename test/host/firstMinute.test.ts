/**
 * In the real extension host, what a new user meets first: the walkthrough's sample, the goals
 * tree's filter (without diacritics) and what it says about its filter and grouping, review keys in
 * the goals view, the hover right after a review, and "Next unreviewed" across goals and documents.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, until, workspaceFile } from './helpers';
import type { GoalNode } from '../../src/extension/views/goalsTree';

const SEED = '000_b8550bfa09380357.txt';
const DIR = 'first-minute';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
type Went = { uri: string; span: [number, number]; wrapped: boolean } | undefined;

async function copy(name: string): Promise<vscode.Uri> {
  const uri = workspaceFile(`${DIR}/${name}`);
  await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceFile(SEED)));
  return uri;
}

describe('first minute', function () {
  this.timeout(60000);

  before(async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    await until(() => chitieu.tree.goalCount > 0, 'the workspace to be indexed');
  });
  afterEach(async () => { await closeAll(); });
  after(async () => {
    const chitieu = await api();
    chitieu.tree.filter = '';
    chitieu.tree.grouping = 'province';
    chitieu.tree.rebuild();
    chitieu.goalsView.update();
    // Folders deleted whole, as a user would: the index drops what was under them.
    for (const p of [DIR, `.chitieu/${DIR}`, 'zzzz-last']) {
      try { await vscode.workspace.fs.delete(workspaceFile(p), { recursive: true }); } catch { /* already gone */ }
    }
    // The next suites see the workspace as it was: the copies out of the index, the index at rest.
    const left = () => chitieu.index.documents.filter((d) => /\/(first-minute|zzzz-last)\//.test(d.uri.path)).map((d) => d.uri.path.split('/').slice(-2).join('/'));
    await until(() => left().length === 0, 'the copies to leave the index', 45000).catch((e: Error) => { throw new Error(`${e.message}; still indexed: ${left().join(', ')}`); });
    await chitieu.index.whenIdle();
    await new Promise((r) => setTimeout(r, 500));
  });

  it('the walkthrough is contributed, and "Open a sample" opens the shipped Vietnamese sample, unsaved, bound to the folder', async () => {
    const chitieu = await api();
    const manifest = vscode.extensions.getExtension('chitieu.chitieu')!.packageJSON;
    assert.deepEqual(manifest.contributes.walkthroughs[0].steps.map((s: { id: string }) => s.id), ['open', 'hover', 'confirm', 'export']);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>('chitieu.openSample');
    const doc = editor.document;
    assert.ok(doc.isUntitled, doc.uri.toString());
    assert.equal(doc.uri.path.split('/').pop(), 'chitieu-mau.txt');
    assert.ok(doc.getText().includes('gần 450 nghìn tỷ đồng'));
    // The cursor is on the target, ready for the hover.
    const at = doc.offsetAt(editor.selection.active);
    assert.ok(doc.getText().slice(at - 1, at + 16) === '450 nghìn tỷ đồng', doc.getText().slice(at - 5, at + 20));
    const analysis = await until(async () => { const a = await chitieu.model.analyse(doc); return a.vietnamese && a.result.goals.length ? a : undefined; }, 'the sample to be analysed');
    assert.ok(analysis.result.goals.some((g) => g.value === 450e12 && g.province === 'Vĩnh Phúc'));
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, editor.selection.active));
    assert.match(hover, /450,000,000,000,000/);
  });

  it('filters without diacritics or case, and says the filter and grouping above the tree', async () => {
    const chitieu = await api();
    await vscode.commands.executeCommand('chitieu.filter', 'Vinh Phuc');
    const n = chitieu.tree.goalCount;
    assert.ok(n > 0, 'Vinh Phuc finds Vĩnh Phúc');
    const groups = chitieu.tree.getChildren().map((g) => chitieu.tree.getTreeItem(g).label);
    assert.ok(groups.includes('Vĩnh Phúc'), groups.join(', '));
    assert.match(String(chitieu.view.description), /^filter “Vinh Phuc” · \d+ goals/);
    assert.match(String(chitieu.view.message), /filter: “Vinh Phuc”.*\d+ of \d+ goals shown/);
    await vscode.commands.executeCommand('chitieu.filter', 'cum cong nghiep');
    const cum = chitieu.tree.goalCount;
    await vscode.commands.executeCommand('chitieu.filter', 'cụm công nghiệp');
    assert.ok(cum > 0 && cum === chitieu.tree.goalCount, `${cum} without diacritics, ${chitieu.tree.goalCount} with`);
    await vscode.commands.executeCommand('chitieu.clearFilter');
    assert.equal(chitieu.view.message, undefined, 'all goals by province: nothing to say');
    await vscode.commands.executeCommand('chitieu.groupByYear');
    assert.match(String(chitieu.view.message), /Grouped by deadline year/);
    // Grouped by year, each goal says its province.
    const year = chitieu.tree.getChildren().find((g) => chitieu.tree.getTreeItem(g).label === '2025')!;
    const labels = chitieu.tree.getChildren(year).map((g) => String(chitieu.tree.getTreeItem(g).label));
    assert.ok(labels.includes('Vĩnh Phúc: nearly 450 trillion VND'), labels.join('\n'));
    await vscode.commands.executeCommand('chitieu.groupByProvince');
    assert.equal(chitieu.view.message, undefined);
  });

  it('review keys act on the goal selected in the goals view', async () => {
    const chitieu = await api();
    const uri = await copy('tree-keys.txt');
    await until(() => chitieu.index.documents.some((d) => d.uri.toString() === uri.toString()), 'the copy to be indexed', 45000);
    await until(() => { chitieu.tree.rebuild(); return chitieu.tree.goalNodes().some((g) => g.uri.toString() === uri.toString()); }, 'the copy in the tree', 45000);
    const node = chitieu.tree.goalNodes().find((g) => g.uri.toString() === uri.toString() && g.goal.value === 450e12)!;
    await chitieu.view.reveal(node as GoalNode, { select: true, focus: true });
    await until(() => chitieu.view.selection[0]?.kind === 'goal' && (chitieu.view.selection[0] as typeof node).goal.value === 450e12, 'the goal selected');
    // What the keybinding with "when": "focusedView == chitieu.goals" passes.
    const a = await vscode.commands.executeCommand<{ status: string }>('chitieu.confirm', { fromTree: true });
    assert.equal(a?.status, 'confirmed');
    await until(() => chitieu.tree.goalNodes().some((g) => g.uri.toString() === uri.toString() && g.goal.value === 450e12 && g.goal.state === 'confirmed'), 'the tree to show it confirmed');
    const pkg = vscode.extensions.getExtension('chitieu.chitieu')!.packageJSON;
    const keys = pkg.contributes.keybindings.filter((k: { when: string }) => k.when.startsWith('focusedView == chitieu.goals')).map((k: { command: string }) => k.command);
    for (const c of ['chitieu.confirm', 'chitieu.reject', 'chitieu.edit', 'chitieu.nextUnreviewed', 'chitieu.undoAnnotation']) assert.ok(keys.includes(c), c);
  });

  it('the hover says the new state right after Confirm in it', async () => {
    const chitieu = await api();
    const uri = await copy('hover.txt');
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await chitieu.store.load(uri);
    const e = (await chitieu.model.reviewed(editor.document)).entities.find((x) => x.text.includes('450 nghìn tỷ'))!;
    const at = editor.document.positionAt(e.span[0] + 2);
    assert.match(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)), /not reviewed yet/);
    await vscode.commands.executeCommand('chitieu.confirm', { uri: uri.toString(), kind: 'entity', span: e.span });
    // The hover is shown again at the item (the cursor is put there), and says so.
    const cursor = editor.document.offsetAt(editor.selection.active);
    assert.ok(cursor >= e.span[0] && cursor <= e.span[1], `cursor at ${cursor}, item ${e.span}`);
    assert.match(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, at)), /✓ confirmed/);
  });

  it('"Next unreviewed" visits qualitative goals too, then the next document of the index, and says when it starts over', async () => {
    const chitieu = await api();
    const uri = await copy('next.txt');
    await until(() => chitieu.index.documents.some((d) => d.uri.toString() === uri.toString()), 'the copy to be indexed', 45000);
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    await chitieu.store.load(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const goals = (await chitieu.model.reviewed(editor.document)).goals;
    const first = await vscode.commands.executeCommand<Went>('chitieu.nextUnreviewed');
    const qualitative = goals.find((g) => !g.valueSpan && g.span[0] === first?.span[0]);
    assert.ok(qualitative, `the first stop ${JSON.stringify(first)} is a qualitative goal`);
    // Confirm with the goal selected: the goal, not an item inside it.
    await vscode.commands.executeCommand('chitieu.confirm');
    assert.equal((await chitieu.model.reviewed(editor.document)).goals.find((g) => g.span[0] === qualitative.span[0] && !g.valueSpan)?.state, 'confirmed');
    // From the end of the document: the next document of the index with an unreviewed goal.
    const end = editor.document.positionAt(editor.document.getText().length);
    editor.selection = new vscode.Selection(end, end);
    const docs = chitieu.index.documents;
    const i = docs.findIndex((d) => d.uri.toString() === uri.toString());
    const expected = [...docs.slice(i + 1), ...docs.slice(0, i)].find((d) => chitieu.model.goalsOf(d).goals.some((g) => g.state === 'unreviewed'));
    const next = await vscode.commands.executeCommand<Went>('chitieu.nextUnreviewed');
    assert.equal(next?.uri, expected?.uri.toString());
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), next?.uri);
    // The last document of the index: it starts over from the first, and says so.
    const last = workspaceFile('zzzz-last/last.txt');
    await vscode.workspace.fs.writeFile(last, enc(dec(await vscode.workspace.fs.readFile(workspaceFile(SEED)))));
    await until(() => chitieu.index.documents.at(-1)?.uri.toString() === last.toString(), 'the last document to be indexed', 45000);
    const lastEditor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(last));
    const lastEnd = lastEditor.document.positionAt(lastEditor.document.getText().length);
    lastEditor.selection = new vscode.Selection(lastEnd, lastEnd);
    const wrapped = await vscode.commands.executeCommand<Went>('chitieu.nextUnreviewed');
    assert.equal(wrapped?.wrapped, true, JSON.stringify(wrapped));
    assert.equal(wrapped?.uri, chitieu.index.documents.find((d) => chitieu.model.goalsOf(d).goals.some((g) => g.state === 'unreviewed'))?.uri.toString());
  });
});
