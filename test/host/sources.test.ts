/**
 * In the real extension host: PDF and Word files opened as text with chitieu (a read-only document on
 * the `chitieu-source` scheme) get highlights and hovers (with the PDF page); the goals tree lists
 * their goals and opens the text view at one; annotations on the text view are stored against the
 * source file and survive closing and reopening it; a file that cannot be converted opens nothing.
 * A Word 97–2003 .doc too; and a text file in a legacy encoding, opened in VS Code (garbled), is shown
 * converted in its place (or offered, or refused with the candidates), its goals in the tree.
 * The PDF tests run in the browser's extension host too (pdf.js loaded on demand, dist/web/pdfReader.js);
 * the .doc one in Node only (test/web says what the browser does with a .doc).
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, itNode, offsetOf, until, workspaceFile } from './helpers';
import type { AnnotationFile } from '../../src/annotations/model';
import { textHash } from '../../src/annotations/textHash';
import { TCVN3, VISCII } from '../../src/sources/encodings/singleByte';
import type { SourceError } from '../../src/sources/types';
import type { ItemRef } from '../../src/extension/model/itemRefs';

const PDF = 'dien-bien-2030.pdf';
const DOCX = 'son-la-2030.docx';
const DIR = 'srcdocs';
const dec = (b: Uint8Array) => new TextDecoder().decode(b);
const encoded = (codec: typeof TCVN3, text: string) => { const b = codec.encode(text); assert.ok(b instanceof Uint8Array, 'encodable'); return b; };
/** A file of the repository's source fixtures (the extension under test is this repository). */
const fixture = (name: string) => vscode.Uri.joinPath(vscode.extensions.getExtension('chitieu.chitieu')!.extensionUri, 'test', 'fixtures', 'sources', name);
const activeView = (file: vscode.Uri) => {
  const e = vscode.window.activeTextEditor;
  return e && e.document.uri.scheme === 'chitieu-source' && e.document.uri.path === file.path ? e : undefined;
};
const fileTabs = (file: vscode.Uri) => vscode.window.tabGroups.all.flatMap((g) => g.tabs).filter((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.toString() === file.toString());

async function openAsText(name: string): Promise<vscode.TextEditor> {
  const editor = await vscode.commands.executeCommand<vscode.TextEditor | undefined>('chitieu.openAsText', workspaceFile(name));
  assert.ok(editor, `${name} opened as text`);
  return editor;
}

describe('PDF and Word files as text', function () {
  this.timeout(90000);

  before(async () => { await api(); });
  afterEach(async () => { await closeAll(); });
  after(async () => {
    for (const p of [DIR, `.chitieu/${DIR}`]) {
      try { await vscode.workspace.fs.delete(workspaceFile(p), { recursive: true }); } catch { /* already gone */ }
    }
  });

  it('opens a PDF as a read-only text document with highlights; the hover says the page', async () => {
    const chitieu = await api();
    const editor = await openAsText(PDF);
    const doc = editor.document;
    assert.equal(doc.uri.scheme, 'chitieu-source');
    assert.match(doc.getText(), /tỉnh Điện Biên phấn đấu đến năm 2025/);
    const reviewed = await chitieu.model.reviewed(doc);
    const targets = reviewed.entities.filter((e) => e.label === 'target').map((e) => e.text);
    assert.ok(targets.some((t) => t.includes('45.000 tỷ đồng')), targets.join(' | '));
    const ranges = await chitieu.decorations.apply(editor);
    assert.ok(ranges.targets.length >= 3, `${ranges.targets.length} targets highlighted`);
    // Page 2 holds the tourism targets.
    const at = doc.positionAt(offsetOf(doc, '45.000 tỷ đồng') + 2);
    const hover = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at));
    assert.match(hover, /PDF page 2 of dien-bien-2030\.pdf/, hover);
    const first = doc.positionAt(offsetOf(doc, '15.000 tỷ đồng') + 2);
    assert.match(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, first)), /PDF page 1 of/);
    assert.match(chitieu.status.text, /goals?/);
  });

  it('opens a .docx as text with its goals', async () => {
    const chitieu = await api();
    const editor = await openAsText(DOCX);
    const goals = (await chitieu.model.reviewed(editor.document)).goals;
    assert.ok(goals.some((g) => g.province === 'Sơn La' && g.unit === '%'), JSON.stringify(goals.map((g) => g.indicator)));
  });

  it('the goals tree lists the PDF’s goals with their page; opening one lands on the text view', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    const group = await until(() => chitieu.tree.getChildren().find((n) => n.kind === 'group' && n.label === 'Điện Biên'), 'Điện Biên in the tree');
    const goals = chitieu.tree.getChildren(group);
    const tourism = goals.find((g) => g.kind === 'goal' && g.goal.indicator.includes('tổng thu từ du lịch'));
    assert.ok(tourism, goals.map((g) => chitieu.tree.getTreeItem(g).label).join(' | '));
    const item = chitieu.tree.getTreeItem(tourism);
    assert.match(String(item.description), /dien-bien-2030\.pdf · p\. 2/);
    assert.ok(item.command);
    const editor = await vscode.commands.executeCommand<vscode.TextEditor>(item.command.command, ...(item.command.arguments ?? []));
    assert.equal(editor.document.uri.scheme, 'chitieu-source');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), editor.document.uri.toString());
    assert.match(editor.document.getText(editor.selection), /45\.000 tỷ đồng|tổng thu từ du lịch/);
    const sonLa = chitieu.tree.getChildren().find((n) => n.kind === 'group' && n.label === 'Sơn La');
    assert.ok(sonLa, 'the .docx’s goals are listed too');
  });

  it('annotations on a PDF’s text view are stored against the PDF and survive reopening it', async () => {
    const chitieu = await api();
    const copy = workspaceFile(`${DIR}/${PDF}`);
    await vscode.workspace.fs.copy(workspaceFile(PDF), copy, { overwrite: true });
    let editor = await openAsText(`${DIR}/${PDF}`);
    let doc = editor.document;
    await chitieu.store.load(doc.uri);
    const target = (await chitieu.model.reviewed(doc)).entities.find((e) => e.text.includes('45.000 tỷ đồng'));
    assert.ok(target);
    const ref: ItemRef = { uri: doc.uri.toString(), kind: 'entity', span: [target.span[0], target.span[1]] };
    await vscode.commands.executeCommand('chitieu.confirm', ref);
    const file = JSON.parse(dec(await vscode.workspace.fs.readFile(workspaceFile(`.chitieu/${DIR}/${PDF}.json`)))) as AnnotationFile;
    assert.equal(file.document, `${DIR}/${PDF}`);
    assert.equal(file.annotations.length, 1);
    assert.equal(file.annotations[0].status, 'confirmed');
    assert.equal(file.textHash, textHash(doc.getText()), 'the converted text’s fingerprint is recorded');
    await closeAll();
    await until(() => !vscode.workspace.textDocuments.some((d) => d.uri.toString() === doc.uri.toString()), 'the text view to close', 3000).catch(() => undefined);
    editor = await openAsText(`${DIR}/${PDF}`);
    doc = editor.document;
    const again = await until(async () => (await chitieu.model.reviewed(doc)).entities.find((e) => e.text.includes('45.000 tỷ đồng') && e.state === 'confirmed'), 'the confirmed target after reopening');
    assert.equal(doc.getText(new vscode.Range(doc.positionAt(again.span[0]), doc.positionAt(again.span[1]))), again.text);
    // Exporting "this document" from the text view exports the PDF, with its review.
    const out = workspaceFile(`${DIR}/export.jsonl`);
    assert.ok(await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'doccano', scope: 'document', rejected: 'omit', target: out }));
    const line = JSON.parse(dec(await vscode.workspace.fs.readFile(out)).trim());
    assert.equal(line.path, `${DIR}/${PDF}`);
    assert.ok(line.label.some((l: [number, number, string]) => l[2] === 'TARGET' && [...line.text].slice(l[0], l[1]).join('') === '45.000 tỷ đồng'));
    // The goals tree says it too (the index keeps the PDF's converted text to anchor the annotation).
    await closeAll();
    await until(() => chitieu.tree.goalNodes().some((g) => g.uri.path.endsWith(`/${DIR}/${PDF}`) && g.goal.state === 'confirmed'), 'the confirmed goal in the tree');
  });

  it('a PDF that cannot be read is refused with a message, nothing opens, and the index leaves it out', async () => {
    const chitieu = await api();
    const broken = workspaceFile(`${DIR}/broken.pdf`);
    await vscode.workspace.fs.writeFile(broken, new TextEncoder().encode('%PDF-1.4\nnot really a PDF\n'));
    const r = await vscode.commands.executeCommand('chitieu.openAsText', broken);
    assert.equal(r, undefined);
    assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.scheme === 'chitieu-source' && d.uri.path.endsWith('/broken.pdf')));
    await assert.rejects(chitieu.sources.get(broken), /not a readable PDF/);
    await chitieu.index.update(broken);
    assert.ok(!chitieu.index.documents.some((d) => d.uri.path.endsWith('/broken.pdf')));
  });

  it('saves a UTF-8 copy of a TCVN3 text file; the copy is highlighted', async () => {
    const chitieu = await api();
    const text = 'Tỉnh Sơn La phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 50%, thu ngân sách đạt 8.000 tỷ đồng.\n';
    const bytes = TCVN3.encode(text);
    assert.ok(bytes instanceof Uint8Array);
    const legacy = workspaceFile(`${DIR}/son-la-tcvn3.txt`), copy = workspaceFile(`${DIR}/son-la-tcvn3.utf8.txt`);
    await vscode.workspace.fs.writeFile(legacy, bytes);
    const saved = await vscode.commands.executeCommand<vscode.Uri>('chitieu.saveAsUtf8', legacy, copy);
    assert.equal(saved?.toString(), copy.toString());
    assert.equal(dec(await vscode.workspace.fs.readFile(copy)), text);
    const editor = await until(() => vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === copy.toString()), 'the copy opened');
    const reviewed = await chitieu.model.reviewed(editor.document);
    assert.ok(reviewed.entities.some((e) => e.label === 'target' && e.text.includes('8.000 tỷ đồng')));
    // Already UTF-8: nothing written.
    assert.equal(await vscode.commands.executeCommand('chitieu.saveAsUtf8', copy, workspaceFile(`${DIR}/again.txt`)), undefined);
  });

  // word-extractor reads .doc in Node only: the browser build refuses it (a test of its own there).
  itNode('opens a Word 97–2003 .doc as text with highlights; the goals tree lists its goals and opens its text view', async () => {
    const chitieu = await api();
    const name = `${DIR}/bang-chi-tieu.doc`;
    const file = workspaceFile(name);
    await vscode.workspace.fs.copy(fixture('table.doc'), file, { overwrite: true });
    const editor = await openAsText(name);
    assert.equal(editor.document.uri.scheme, 'chitieu-source');
    const reviewed = await chitieu.model.reviewed(editor.document);
    assert.ok(reviewed.entities.some((e) => e.text === '12.000 tỷ đồng'), reviewed.entities.map((e) => e.text).join(' | '));
    assert.ok(reviewed.goals.length > 0);
    const ranges = await chitieu.decorations.apply(editor);
    assert.ok(ranges.targets.length >= 1, `${ranges.targets.length} targets highlighted`);
    await closeAll();
    const node = await until(() => chitieu.tree.goalNodes().find((g) => g.uri.toString() === file.toString()), 'the .doc’s goal in the tree', 30000);
    const item = chitieu.tree.getTreeItem(node);
    assert.ok(item.command);
    const opened = await vscode.commands.executeCommand<vscode.TextEditor>(item.command.command, ...(item.command.arguments ?? []));
    assert.equal(opened.document.uri.scheme, 'chitieu-source');
    assert.equal(opened.document.uri.path, file.path);
    assert.ok(opened.document.getText(opened.selection).length > 0, 'the goal is selected');
  });

  it('a TCVN3 .txt is indexed converted; opened in VS Code it shows converted in its place, highlighted, annotations stored against the file', async () => {
    const chitieu = await api();
    const text = 'Tỉnh Lai Châu phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 52%, thu ngân sách đạt 9.500 tỷ đồng.\n';
    const file = workspaceFile(`${DIR}/lai-chau-tcvn3.txt`);
    await vscode.workspace.fs.writeFile(file, encoded(TCVN3, text));
    // The index reads it (the encoding detected on the bytes) before anyone opens it.
    await until(() => chitieu.tree.goalNodes().some((g) => g.uri.toString() === file.toString()), 'the TCVN3 file’s goals in the tree', 30000);
    await vscode.commands.executeCommand('vscode.open', file);
    const editor = await until(() => activeView(file), 'the converted view in place of the garbled file');
    assert.equal(chitieu.legacyText.considered.get(file.toString()), 'switched');
    assert.equal(editor.document.getText(), text);
    await until(() => fileTabs(file).length === 0, 'the garbled tab to close');
    const target = await until(async () => (await chitieu.model.reviewed(editor.document)).entities.find((e) => e.text.includes('9.500 tỷ đồng')), 'the target in the converted view');
    assert.ok((await chitieu.decorations.apply(editor)).targets.length >= 1);
    await chitieu.store.load(editor.document.uri);
    const ref: ItemRef = { uri: editor.document.uri.toString(), kind: 'entity', span: [target.span[0], target.span[1]] };
    await vscode.commands.executeCommand('chitieu.confirm', ref);
    const stored = JSON.parse(dec(await vscode.workspace.fs.readFile(workspaceFile(`.chitieu/${DIR}/lai-chau-tcvn3.txt.json`)))) as AnnotationFile;
    assert.equal(stored.document, `${DIR}/lai-chau-tcvn3.txt`);
    assert.equal(stored.annotations[0].status, 'confirmed');
    // Save a UTF-8 Copy from the converted view: the copy is the file's text.
    const copy = workspaceFile(`${DIR}/lai-chau.utf8.txt`);
    assert.equal((await vscode.commands.executeCommand<vscode.Uri>('chitieu.saveAsUtf8', editor.document.uri, copy))?.toString(), copy.toString());
    assert.equal(dec(await vscode.workspace.fs.readFile(copy)), text);
    await closeAll();
    // The tree opens the converted view at the goal, not the garbled file.
    const node = await until(() => chitieu.tree.goalNodes().find((g) => g.uri.toString() === file.toString() && g.goal.indicator.includes('thu ngân sách')), 'the goal in the tree');
    const item = chitieu.tree.getTreeItem(node);
    const opened = await vscode.commands.executeCommand<vscode.TextEditor>(item.command!.command, ...(item.command!.arguments ?? []));
    assert.equal(opened.document.uri.scheme, 'chitieu-source');
    assert.match(opened.document.getText(opened.selection), /9\.500 tỷ đồng|thu ngân sách/);
  });

  it('a legacy .txt whose encoding is not sure is offered, not switched; one that reads alike in two is left as it is, the candidates named', async () => {
    const chitieu = await api();
    const unsure = workspaceFile(`${DIR}/ngan-tcvn3.txt`);
    await vscode.workspace.fs.writeFile(unsure, encoded(TCVN3, 'đạt 50%'));
    await vscode.commands.executeCommand('vscode.open', unsure);
    await until(() => chitieu.legacyText.considered.get(unsure.toString()) === 'offered', 'the offer');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), unsure.toString(), 'still the file as saved');
    const ambiguous = workspaceFile(`${DIR}/ha-noi-viscii.txt`);
    await vscode.workspace.fs.writeFile(ambiguous, encoded(VISCII, 'Hà Nội'));
    await vscode.commands.executeCommand('vscode.open', ambiguous);
    await until(() => chitieu.legacyText.considered.get(ambiguous.toString()) === 'ambiguous', 'the message naming the candidates');
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), ambiguous.toString());
    const e = await chitieu.sources.get(ambiguous).then(() => undefined, (x: SourceError) => x);
    assert.equal(e?.problem, 'ambiguous');
    assert.match(e?.message ?? '', /TCVN3.*VISCII|VISCII.*TCVN3/);
    await chitieu.index.update(ambiguous);
    assert.ok(!chitieu.index.documents.some((d) => d.uri.toString() === ambiguous.toString()));
  });

  it('Reopen with Encoding…: a .txt that reads alike in two is read as picked, in place of the garbled tab; picked again, read again; remembered and used when opened again', async () => {
    const chitieu = await api();
    // In VISCII, and read in TCVN3 it is well-formed Vietnamese too (“HỔ Nài: cọ nồm kinh tê tồng 7%…”).
    const text = 'Hà Nội: cả năm kinh tế tăng 7%, giá trị sản xuất tăng 5%.';
    const file = workspaceFile(`${DIR}/ha-noi-viscii.txt`);
    const bytes = encoded(VISCII, text);
    await vscode.workspace.fs.writeFile(file, bytes);
    await vscode.commands.executeCommand('vscode.open', file);
    await until(() => chitieu.legacyText.considered.get(file.toString()) === 'ambiguous', 'the warning naming the candidates');
    assert.equal(chitieu.encodings.get(file), undefined);
    /** Runs the command on the active file and answers its quick pick: `down` items below the first. */
    const pick = async (down: number) => {
      const done = Promise.resolve(vscode.commands.executeCommand<vscode.TextEditor | undefined>('chitieu.reopenWithEncoding'));
      let settled = false;
      void done.finally(() => { settled = true; });
      await new Promise((r) => setTimeout(r, 1500)); // the pick opens (the file is read and each reading previewed)
      for (let i = 0; i < down; i++) await vscode.commands.executeCommand('workbench.action.quickOpenSelectNext');
      for (let k = 0; k < 10 && !settled; k++) {
        await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
        await new Promise((r) => setTimeout(r, 300));
      }
      return done;
    };
    // The two candidates come first, alike (TCVN3 before VISCII): the first is the wrong one.
    const wrong = TCVN3.decode(bytes).normalize('NFC');
    assert.notEqual(wrong, text);
    const first = await pick(0);
    assert.equal(chitieu.encodings.get(file), 'tcvn3');
    assert.ok(first && activeView(file), 'the converted view');
    assert.equal(first.document.getText(), wrong);
    await until(() => fileTabs(file).length === 0, 'the garbled tab to close');
    // Picked again: VISCII, the view reads again, the index finds Hà Nội.
    await pick(1);
    assert.equal(chitieu.encodings.get(file), 'viscii');
    const view = await until(() => { const e = activeView(file); return e && e.document.getText() === text ? e : undefined; }, 'the view read as VISCII');
    await until(async () => (await chitieu.model.reviewed(view.document)).entities.some((e) => e.label === 'province' && e.text === 'Hà Nội'), 'Hà Nội found in the view');
    await until(() => chitieu.index.documents.some((d) => d.uri.toString() === file.toString() && d.result.provinces.some((p) => p.name === 'Hà Nội')), 'the index read as VISCII');
    // Opened again later (another session: the choice is in the workspace state): shown converted, as chosen, without asking.
    await closeAll();
    chitieu.legacyText.considered.delete(file.toString());
    await vscode.commands.executeCommand('vscode.open', file);
    const again = await until(() => { const e = activeView(file); return e && e.document.getText() === text ? e : undefined; }, 'the converted view, as chosen');
    assert.equal(chitieu.legacyText.considered.get(file.toString()), 'switched');
    assert.equal((await chitieu.sources.get(file)).encoding?.given, true);
    // Named as an argument: UTF-8 shows the file itself and closes the view; an unknown name changes nothing.
    assert.equal(await vscode.commands.executeCommand('chitieu.reopenWithEncoding', again.document.uri, 'koi8-r'), undefined);
    assert.equal(chitieu.encodings.get(file), 'viscii');
    const itself = await vscode.commands.executeCommand<vscode.TextEditor>('chitieu.reopenWithEncoding', again.document.uri, 'utf-8');
    assert.equal(itself?.document.uri.toString(), file.toString());
    await until(() => !vscode.window.tabGroups.all.flatMap((g) => g.tabs).some((tab) => tab.input instanceof vscode.TabInputText && tab.input.uri.scheme === 'chitieu-source' && tab.input.uri.path === file.path), 'the view to close');
    assert.equal(chitieu.encodings.get(file), 'utf-8');
    await chitieu.encodings.set(file, undefined);
  });

  it('a UTF-16 file with a byte order mark is indexed as VS Code reads it, and opens as itself', async () => {
    const chitieu = await api();
    const text = 'Tỉnh Hà Giang phấn đấu đến năm 2030 thu ngân sách đạt 4.200 tỷ đồng.\n';
    const file = workspaceFile(`${DIR}/ha-giang-utf16.txt`);
    const units = Uint16Array.from([0xfeff, ...[...text].map((c) => c.charCodeAt(0))]);
    await vscode.workspace.fs.writeFile(file, new Uint8Array(units.buffer));
    await until(() => chitieu.tree.goalNodes().some((g) => g.uri.toString() === file.toString()), 'the UTF-16 file’s goals in the tree', 30000);
    await vscode.commands.executeCommand('vscode.open', file);
    await until(() => vscode.window.activeTextEditor?.document.uri.toString() === file.toString(), 'the file open');
    await new Promise((r) => setTimeout(r, 500));
    assert.equal(vscode.window.activeTextEditor?.document.uri.toString(), file.toString(), 'not switched: VS Code shows it right');
    assert.equal(chitieu.legacyText.considered.get(file.toString()), undefined);
  });

  it('opening a PDF in VS Code offers to open it as text, once', async () => {
    const chitieu = await api();
    await vscode.commands.executeCommand('vscode.open', workspaceFile(PDF));
    await until(() => chitieu.sourceOffer.offered.has(workspaceFile(PDF).toString()), 'the offer');
  });
});
