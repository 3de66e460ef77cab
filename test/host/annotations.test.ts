/**
 * In the real extension host: confirm / reject / edit / add / annotate all / next unreviewed / undo,
 * annotation files in `.chitieu/`, re-anchoring after edits in the editor and on disk, two writers,
 * a corrupt file, a rename, a file system that refuses writes. Each test works on its own copy of a
 * seed text under `annot/`, removed at the end, so the other suites see the workspace unchanged.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, offsetOf, unescapeMarkdown, until, workspaceFile } from './helpers';
import type { Annotation, AnnotationFile, ReviewedEntity } from '../../src/annotations/model';
import type { ItemRef } from '../../src/extension/model/itemRefs';

const SEED = '000_b8550bfa09380357.txt';
const DIR = 'annot';
const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
let seed = '';

async function copy(name: string, text = seed): Promise<vscode.Uri> {
  const uri = workspaceFile(`${DIR}/${name}`);
  await vscode.workspace.fs.writeFile(uri, enc(text));
  return uri;
}
const annotationFile = (name: string) => workspaceFile(`.chitieu/${DIR}/${name}.json`);
async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}
async function readRaw(name: string): Promise<string> { return dec(await vscode.workspace.fs.readFile(annotationFile(name))); }
async function readFileJson(name: string): Promise<AnnotationFile> { return JSON.parse(await readRaw(name)); }
/**
 * The annotation file while it is being written, or undefined: VS Code's rename with overwrite removes
 * the old file before it moves the new one in, so a poll can fall between the two.
 */
async function readFileJsonIfThere(name: string): Promise<AnnotationFile | undefined> {
  try { return await readFileJson(name); } catch (e) { if (e instanceof vscode.FileSystemError || e instanceof SyntaxError || /ENOENT|EntryNotFound/.test(String(e))) return undefined; throw e; }
}

async function openDoc(uri: vscode.Uri): Promise<vscode.TextEditor> {
  const doc = await vscode.workspace.openTextDocument(uri);
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  const chitieu = await api();
  await chitieu.store.load(uri);
  return editor;
}

async function entity(doc: vscode.TextDocument, test: (e: ReviewedEntity) => boolean): Promise<ReviewedEntity> {
  const chitieu = await api();
  const e = (await chitieu.model.reviewed(doc)).entities.find(test);
  assert.ok(e, 'entity not found');
  return e;
}
const isTarget450 = (e: ReviewedEntity) => e.text.includes('450 nghìn tỷ');
const ref = (doc: vscode.TextDocument, e: ReviewedEntity): ItemRef => ({ uri: doc.uri.toString(), kind: 'entity', span: [e.span[0], e.span[1]] });

describe('annotations', function () {
  this.timeout(60000);

  before(async () => {
    await api();
    seed = dec(await vscode.workspace.fs.readFile(workspaceFile(SEED)));
  });
  afterEach(async () => { await closeAll(); });
  after(async () => {
    for (const p of [DIR, `.chitieu/${DIR}`]) {
      try { await vscode.workspace.fs.delete(workspaceFile(p), { recursive: true }); } catch { /* already gone */ }
    }
  });

  it('confirms a target: saved in .chitieu/<path>.json, one annotation per line, shown in the editor, hover and tree', async () => {
    const chitieu = await api();
    const uri = await copy('confirm.txt');
    const editor = await openDoc(uri);
    const e = await entity(editor.document, isTarget450);
    const a = await vscode.commands.executeCommand<Annotation>('chitieu.confirm', ref(editor.document, e));
    assert.equal(a?.status, 'confirmed');
    const file = await readFileJson('confirm.txt');
    assert.equal(file.document, `${DIR}/confirm.txt`);
    assert.equal(file.annotations.length, 1);
    const saved = file.annotations[0];
    assert.equal(saved.label, 'target');
    assert.equal(saved.quote, e.text);
    assert.equal(editor.document.getText().slice(saved.start, saved.end), saved.quote);
    assert.equal(saved.attrs.value, 450e12);
    assert.equal(saved.attrs.indicator && /công nghiệp/.test(saved.attrs.indicator), true, 'the goal\'s indicator travels with its target');
    assert.ok((await readRaw('confirm.txt')).split('\n').some((l) => l.trim().startsWith('{"id":')), 'one annotation per line');
    await until(() => chitieu.decorations.applied.get(uri.toString())?.review.confirmed.length === 1, 'a confirmed mark in the editor');
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(e.span[0] + 1)));
    assert.match(hover, /confirmed/);
    const node = await until(() => chitieu.tree.goalNodes().find((g) => g.uri.toString() === uri.toString() && g.goal.state === 'confirmed'), 'the goal confirmed in the tree');
    assert.equal(chitieu.tree.getTreeItem(node).contextValue, 'chitieu.goal.confirmed');
  });

  it('rejects the item at the cursor; it is struck out, and the goal made from it is rejected too', async () => {
    const chitieu = await api();
    const uri = await copy('reject.txt');
    const editor = await openDoc(uri);
    const e = await entity(editor.document, isTarget450);
    editor.selection = new vscode.Selection(editor.document.positionAt(e.span[0] + 2), editor.document.positionAt(e.span[0] + 2));
    // As the editor's context menu calls it: with the document's URI (the item is the one at the cursor).
    await vscode.commands.executeCommand('chitieu.reject', editor.document.uri);
    assert.equal((await readFileJson('reject.txt')).annotations[0].status, 'rejected');
    await until(() => chitieu.decorations.applied.get(uri.toString())?.review.rejected.length === 1, 'a rejected mark');
    const applied = chitieu.decorations.applied.get(uri.toString())!;
    assert.ok(!applied.targets.some((r) => editor.document.offsetAt(r.start) === e.span[0]), 'no longer highlighted as a target');
    await until(() => chitieu.tree.goalNodes().some((g) => g.uri.toString() === uri.toString() && g.goal.state === 'rejected' && g.goal.value === 450e12), 'the goal rejected in the tree');
    // Only unreviewed goals: the rejected one is hidden.
    await vscode.commands.executeCommand('chitieu.showUnreviewedOnly');
    try {
      assert.ok(!chitieu.tree.goalNodes().some((g) => g.goal.state !== 'unreviewed'));
      assert.ok(chitieu.tree.goalCount > 0);
    } finally { await vscode.commands.executeCommand('chitieu.showAllGoals'); }
  });

  it('edits a value and goal attributes; hover and tree show the correction; clear review goes back', async () => {
    const chitieu = await api();
    const uri = await copy('edit.txt');
    const editor = await openDoc(uri);
    const e = await entity(editor.document, isTarget450);
    await vscode.commands.executeCommand('chitieu.edit', ref(editor.document, e), { attrs: { value: 5e14, deadline: '2030' }, note: 'checked against the resolution' });
    const saved = (await readFileJson('edit.txt')).annotations[0];
    assert.equal(saved.status, 'edited');
    assert.equal(saved.attrs.value, 5e14);
    assert.equal(saved.note, 'checked against the resolution');
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, editor.document.positionAt(e.span[0] + 1)));
    assert.match(unescapeMarkdown(hover), /500 trillion VND \(500,000,000,000,000\)/);
    assert.match(hover, /edited/);
    await until(() => chitieu.tree.goalNodes().some((g) => g.uri.toString() === uri.toString() && g.goal.state === 'edited' && g.goal.value === 5e14 && g.goal.deadline === '2030'), 'the corrected goal in the tree');
    await vscode.commands.executeCommand('chitieu.clearReview', ref(editor.document, e));
    assert.equal((await readFileJson('edit.txt')).annotations.length, 0);
  });

  it('adds a target on a selection; it makes a goal of its own; rejecting it removes it', async () => {
    const chitieu = await api();
    const text = 'Tỉnh Thanh Hóa phấn đấu đến năm 2030 thu hút thêm nhiều dự án đầu tư vào khu kinh tế Nghi Sơn.\n';
    const uri = await copy('add.txt', text);
    const editor = await openDoc(uri);
    const s = text.indexOf('nhiều dự án');
    editor.selection = new vscode.Selection(editor.document.positionAt(s), editor.document.positionAt(s + 'nhiều dự án'.length));
    const a = await vscode.commands.executeCommand<Annotation>('chitieu.addAnnotation', 'target', { value: 50, unit: 'dự án', indicator: 'dự án đầu tư vào khu kinh tế Nghi Sơn', deadline: '2030' });
    assert.equal(a?.status, 'manual');
    assert.equal((await readFileJson('add.txt')).annotations[0].quote, 'nhiều dự án');
    await until(() => chitieu.decorations.applied.get(uri.toString())?.review.manual.length === 1, 'a manual mark');
    const goal = (await chitieu.model.reviewed(editor.document)).goals.find((g) => g.rule === 'manual');
    assert.equal(goal?.province, 'Thanh Hóa');
    assert.equal(goal?.value, 50);
    await vscode.commands.executeCommand('chitieu.reject', { uri: uri.toString(), kind: 'entity', span: [s, s + 'nhiều dự án'.length] });
    assert.equal((await readFileJson('add.txt')).annotations.length, 0);
  });

  it('annotates all occurrences of a phrase, and undo takes them all back', async () => {
    const text = 'Khu công nghiệp Bá Thiện đạt 80%. Khu công nghiệp Bá Thiện II mở rộng.\nTại Khu công nghiệp Bá Thiện, tỷ lệ lấp đầy tăng. Khu công nghiệp Bá Thiện.\n';
    const uri = await copy('all.txt', text);
    const editor = await openDoc(uri);
    const n = await vscode.commands.executeCommand<number>('chitieu.annotateAll', { phrase: 'Khu công nghiệp Bá Thiện', scope: 'document', label: 'goal', attrs: { indicator: 'tỷ lệ lấp đầy', province: 'Vĩnh Phúc' }, pick: 'all' });
    assert.equal(n, 4, 'four whole-phrase occurrences (the one followed by “II” counts: a space follows the phrase)');
    const saved = (await readFileJson('all.txt')).annotations;
    assert.equal(saved.length, 4);
    for (const a of saved) assert.equal(editor.document.getText().slice(a.start, a.end), 'Khu công nghiệp Bá Thiện');
    const again = await vscode.commands.executeCommand<number>('chitieu.annotateAll', { phrase: 'Khu công nghiệp Bá Thiện', scope: 'document', label: 'goal', attrs: { indicator: 'x' }, pick: 'all' });
    assert.equal(again, 0, 'occurrences already annotated are left alone');
    await vscode.commands.executeCommand('chitieu.undoAnnotation');
    assert.equal((await readFileJson('all.txt')).annotations.length, 0);
  });

  it('follows edits made in the editor and saves the new positions with the document', async () => {
    const chitieu = await api();
    const uri = await copy('moves.txt');
    const editor = await openDoc(uri);
    const e = await entity(editor.document, isTarget450);
    await vscode.commands.executeCommand('chitieu.confirm', ref(editor.document, e));
    const insert = 'Một đoạn mới ở đầu văn bản, có số 450 nghìn tỷ đồng khác.\n';
    await editor.edit((b) => b.insert(new vscode.Position(0, 0), insert));
    const [moved] = chitieu.store.forDocument(editor.document);
    assert.equal(moved.start, e.span[0] + insert.length, 'moved by exactly the inserted text, not to the new identical phrase');
    assert.equal(editor.document.getText().slice(moved.start, moved.end), moved.quote);
    await editor.document.save();
    await until(async () => (await readFileJsonIfThere('moves.txt'))?.annotations[0].start === e.span[0] + insert.length, 'the saved position');
  });

  it('finds annotations again after the file changes on disk; when their text is gone they are kept and listed as orphaned', async () => {
    const chitieu = await api();
    const uri = await copy('disk.txt');
    let editor = await openDoc(uri);
    const e = await entity(editor.document, isTarget450);
    await vscode.commands.executeCommand('chitieu.confirm', ref(editor.document, e));
    await closeAll();
    const prefix = 'Cập nhật ngày 1/6/2024.\n\n';
    await vscode.workspace.fs.writeFile(uri, enc(prefix + seed));
    editor = await openDoc(uri);
    // VS Code may still hold the closed document; it reloads it from disk when its watcher reports the change.
    await until(() => editor.document.getText().startsWith(prefix), 'the editor to hold the text from disk');
    const [found] = chitieu.store.forDocument(editor.document);
    assert.equal(found.start, e.span[0] + prefix.length);
    assert.ok(!found.orphaned);
    await closeAll();
    await vscode.workspace.fs.writeFile(uri, enc(prefix + seed.replace(e.text, 'một con số khác')));
    editor = await openDoc(uri);
    await until(() => !editor.document.getText().includes(e.text), 'the editor to hold the text from disk');
    const [gone] = chitieu.store.forDocument(editor.document);
    assert.equal(gone.orphaned, true);
    assert.equal(gone.quote, e.text, 'kept with its quote');
    await until(() => chitieu.tree.getChildren().some((n) => n.kind === 'orphans' && n.items.some((x) => x.annotation.id === gone.id)), 'the orphan listed in the tree');
    assert.equal((await readFileJson('disk.txt')).annotations.length, 1, 'still in the file');
  });

  it('keeps another window\'s changes: writes merge with what is on disk', async () => {
    const chitieu = await api();
    const uri = await copy('two.txt');
    const editor = await openDoc(uri);
    const target = await entity(editor.document, isTarget450);
    await vscode.commands.executeCommand('chitieu.confirm', ref(editor.document, target));
    // The other window confirms a time expression and writes the file itself.
    const time = await entity(editor.document, (x) => x.label === 'deadline');
    const theirs = await readFileJson('two.txt');
    theirs.annotations.push({ id: 'other-window-1', label: 'deadline', status: 'confirmed', start: time.span[0], end: time.span[1], quote: time.text, prefix: '', suffix: '', attrs: time.attrs, updated: new Date().toISOString() });
    await vscode.workspace.fs.writeFile(annotationFile('two.txt'), enc(JSON.stringify(theirs, null, 2)));
    // This window rejects an amount right away (before or after its watcher saw the other write).
    const amount = await entity(editor.document, (x) => x.label === 'amount');
    await vscode.commands.executeCommand('chitieu.reject', ref(editor.document, amount));
    const saved = (await readFileJson('two.txt')).annotations;
    assert.deepEqual(saved.map((a) => a.status).sort(), ['confirmed', 'confirmed', 'rejected']);
    assert.ok(saved.some((a) => a.id === 'other-window-1'));
    await until(() => chitieu.store.forDocument(editor.document).length === 3, 'all three in memory');
  });

  it('never overwrites a corrupt annotation file; other documents keep working', async () => {
    const chitieu = await api();
    const uri = await copy('corrupt.txt');
    const broken = '{ "version": 1, "document": "annot/corrupt.txt", "annotations": [ {"id": oops ';
    await vscode.workspace.fs.createDirectory(workspaceFile(`.chitieu/${DIR}`));
    await vscode.workspace.fs.writeFile(annotationFile('corrupt.txt'), enc(broken));
    const editor = await openDoc(uri);
    assert.match(chitieu.store.peek(uri)?.error ?? '', /corrupt\.txt\.json.*not valid JSON/);
    const e = await entity(editor.document, isTarget450);
    const result = await vscode.commands.executeCommand('chitieu.confirm', ref(editor.document, e));
    assert.equal(result, undefined);
    assert.equal(await readRaw('corrupt.txt'), broken, 'the broken file is untouched');
    const other = await copy('fine.txt');
    const ed2 = await openDoc(other);
    const e2 = await entity(ed2.document, isTarget450);
    assert.equal((await vscode.commands.executeCommand<Annotation>('chitieu.confirm', ref(ed2.document, e2)))?.status, 'confirmed');
  });

  it('moves annotations with their document when it is renamed in VS Code', async () => {
    const uri = await copy('rename.txt');
    const editor = await openDoc(uri);
    const e = await entity(editor.document, isTarget450);
    await vscode.commands.executeCommand('chitieu.confirm', ref(editor.document, e));
    await closeAll();
    const edit = new vscode.WorkspaceEdit();
    const to = workspaceFile(`${DIR}/renamed.txt`);
    edit.renameFile(uri, to);
    assert.ok(await vscode.workspace.applyEdit(edit));
    await until(async () => (await exists(annotationFile('renamed.txt'))) && !(await exists(annotationFile('rename.txt'))), 'the annotation file to move');
    const moved = await readFileJson('renamed.txt');
    assert.equal(moved.document, `${DIR}/renamed.txt`);
    assert.equal(moved.annotations[0].quote, e.text);
  });

  it('says why it cannot save, and changes nothing, when the file system refuses', async () => {
    const chitieu = await api();
    // A read-only file system is refused before writing, with a reason.
    const ro = vscode.workspace.registerFileSystemProvider('chitieu-ro', new ReadOnlyFs(), { isReadonly: true });
    try {
      const state = { ...(await chitieu.store.load(await copy('ro.txt')))!, file: vscode.Uri.parse('chitieu-ro:/.chitieu/ro.txt.json') };
      assert.match(chitieu.store.cannotSave(state, state.doc) ?? '', /read-only/);
    } finally { ro.dispose(); }
    // A write that fails (a file stands where the annotation file's folder should be) leaves the annotations as they were.
    const uri = await copy('blk/doc.txt');
    await vscode.workspace.fs.writeFile(workspaceFile(`.chitieu/${DIR}/blk`), enc('not a folder'));
    const editor = await openDoc(uri);
    const e = await entity(editor.document, isTarget450);
    assert.equal(await vscode.commands.executeCommand('chitieu.confirm', ref(editor.document, e)), undefined);
    assert.equal(chitieu.store.forDocument(editor.document).length, 0);
    assert.equal((await chitieu.model.reviewed(editor.document)).entities.find(isTarget450)?.state, 'unreviewed');
  });

  it('jumps to the next unreviewed item', async () => {
    const uri = await copy('next.txt');
    const editor = await openDoc(uri);
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const first = await vscode.commands.executeCommand<{ span: [number, number] }>('chitieu.nextUnreviewed');
    assert.ok(first);
    assert.equal(editor.document.offsetAt(editor.selection.start), first.span[0]);
    await vscode.commands.executeCommand('chitieu.confirm');
    editor.selection = new vscode.Selection(0, 0, 0, 0);
    const second = await vscode.commands.executeCommand<{ span: [number, number] }>('chitieu.nextUnreviewed');
    assert.ok(second && second.span[0] > first.span[0], 'the confirmed item is skipped');
  });

  it('exports the reviewed data set (doccano, brat, CSV) from the command', async () => {
    const uri = await copy('export.txt', '📈 ' + seed);
    const editor = await openDoc(uri);
    const target = await entity(editor.document, isTarget450);
    await vscode.commands.executeCommand('chitieu.edit', ref(editor.document, target), { attrs: { value: 5e14 } });
    const amount = await entity(editor.document, (x) => x.label === 'amount');
    await vscode.commands.executeCommand('chitieu.reject', ref(editor.document, amount));
    const jsonl = workspaceFile('out/export.jsonl');
    assert.ok(await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'doccano', scope: 'document', rejected: 'omit', target: jsonl }));
    const line = JSON.parse(dec(await vscode.workspace.fs.readFile(jsonl)).trim());
    const cps = [...line.text];
    const t = line.label.find((l: [number, number, string]) => l[2] === 'TARGET' && cps.slice(l[0], l[1]).join('') === target.text);
    assert.ok(t, 'the target at code-point offsets (the text starts with an emoji)');
    assert.ok(!line.label.some((l: [number, number, string]) => l[0] === [...line.text.slice(0, amount.span[0])].length && l[2] !== 'TARGET'), 'the rejected amount is left out');
    const brat = workspaceFile('out/brat');
    await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'brat', scope: 'document', rejected: 'mark', target: brat });
    const ann = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(brat, DIR, 'export.ann')));
    assert.match(ann, /\tStatus T\d+ rejected/);
    assert.match(ann, /\tStatus T\d+ edited/);
    const csv = workspaceFile('out/goals.csv');
    await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'goals-csv', scope: 'workspace', rejected: 'omit', target: csv });
    const rows = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await vscode.workspace.fs.readFile(csv));
    assert.ok(rows.startsWith('\ufeffdocument,'), 'UTF-8 with BOM');
    assert.match(rows, /500000000000000/);
    assert.match(rows, /004_998789e25377fdeb\.txt/, 'the other documents of the workspace too');
    assert.ok(rows.split('\r\n')[0].endsWith(',indicator_group'), 'the indicator group column');
    // The researcher's indicator groups (.chitieu/indicator-groups.json, edited in the charts) name the exported goals' groups.
    const json = workspaceFile('out/export.json');
    const edited = async () => {
      await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'json', scope: 'document', rejected: 'omit', target: json });
      const goals = (JSON.parse(dec(await vscode.workspace.fs.readFile(json))) as { documents: Array<{ goals: Array<{ value?: number; indicatorGroup: string }> }> }).documents[0].goals;
      return goals.find((g) => g.value === 5e14)!.indicatorGroup;
    };
    const automatic = await edited();
    assert.ok(automatic, 'a group');
    const chitieu = await api();
    const groupsFile = workspaceFile('.chitieu/indicator-groups.json');
    await vscode.workspace.fs.writeFile(groupsFile, new TextEncoder().encode(JSON.stringify({ version: 1, merge: { [automatic]: 'nhom kiem thu' } })));
    try {
      await until(() => chitieu.indicatorGroups.groups.merge?.[automatic] === 'nhom kiem thu', 'the groups file read');
      assert.equal(await edited(), 'nhom kiem thu');
    } finally {
      await vscode.workspace.fs.delete(groupsFile);
    }
    await vscode.workspace.fs.delete(workspaceFile('out'), { recursive: true });
  });

  it('never exports over the corpus: brat into the workspace root is refused and changes nothing; a new folder is kept out of the index (issue 11)', async () => {
    const text = '\ufeffNăm 2025 tỉnh Vĩnh Phúc phấn đấu tăng trưởng 9%.\r\n';
    const uri = await copy('corpus.txt', text);
    const editor = await openDoc(uri);
    const root = vscode.workspace.workspaceFolders![0].uri;
    const refused = await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'brat', scope: 'document', rejected: 'omit', target: root });
    assert.equal(refused, undefined, 'refused');
    assert.deepEqual([...await vscode.workspace.fs.readFile(uri)], [...enc(text)], 'BOM and CRLF kept, the file untouched');
    assert.equal(await exists(workspaceFile('annot/corpus.ann')), false);
    const chitieu = await api();
    const before = chitieu.index.documents.length;
    const out = workspaceFile('exports/brat-test');
    assert.ok(await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'brat', scope: 'document', rejected: 'omit', target: out }));
    assert.ok(await exists(vscode.Uri.joinPath(out, '.chitieu-export.json')), 'manifest written');
    await chitieu.index.refresh();
    assert.equal(chitieu.index.documents.filter((d) => d.uri.path.includes('/exports/')).length, 0, 'the export is not indexed');
    assert.ok(chitieu.index.documents.length >= before - 1);
    // A later export into the same folder replaces only its own files.
    assert.ok(await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'brat', scope: 'document', rejected: 'omit', target: out }));
    await vscode.workspace.fs.delete(workspaceFile('exports'), { recursive: true });
    void editor;
  });

  it('an Edit that changes nothing saves nothing (issue 11)', async () => {
    const uri = await copy('noop.txt');
    const editor = await openDoc(uri);
    const target = await entity(editor.document, isTarget450);
    const chitieu = await api();
    const writes = chitieu.store.writes;
    // Save pressed at once: the patch holds the item's own label and attributes (what the dialog returns untouched).
    const r = await vscode.commands.executeCommand('chitieu.edit', ref(editor.document, target), { label: target.label });
    assert.equal(r, undefined);
    assert.equal(chitieu.store.writes, writes, 'nothing written');
    assert.equal(await exists(annotationFile('noop.txt')), false);
  });

  it('offsets of annotations count UTF-16 units of the text as the editor holds it', async () => {
    const text = '📈 Năm 2024, tỉnh Vĩnh Phúc phấn đấu đạt tốc độ tăng trưởng 𠀋 kinh tế 9%.\n';
    const uri = await copy('bmp.txt', text);
    const editor = await openDoc(uri);
    const e = await entity(editor.document, (x) => x.text === '9%');
    await vscode.commands.executeCommand('chitieu.confirm', ref(editor.document, e));
    const saved = (await readFileJson('bmp.txt')).annotations[0];
    assert.equal(saved.start, text.indexOf('9%'));
    assert.equal(saved.start, offsetOf(editor.document, '9%'));
  });
});

/** A file system that can be read and never written (its provider is registered read-only). */
class ReadOnlyFs implements vscode.FileSystemProvider {
  private readonly emitter = new vscode.EventEmitter<vscode.FileChangeEvent[]>();
  readonly onDidChangeFile = this.emitter.event;
  watch(): vscode.Disposable { return new vscode.Disposable(() => undefined); }
  stat(): vscode.FileStat { throw vscode.FileSystemError.FileNotFound(); }
  readDirectory(): [string, vscode.FileType][] { return []; }
  createDirectory(): void { throw vscode.FileSystemError.NoPermissions('read-only'); }
  readFile(): Uint8Array { throw vscode.FileSystemError.FileNotFound(); }
  writeFile(): void { throw vscode.FileSystemError.NoPermissions('read-only'); }
  delete(): void { throw vscode.FileSystemError.NoPermissions('read-only'); }
  rename(): void { throw vscode.FileSystemError.NoPermissions('read-only'); }
}
