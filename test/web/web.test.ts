/**
 * The browser build (dist/web/extension.js) in the browser's extension host, a Web Worker: run by
 * `node scripts/vscode/run-host-tests.mjs --web` (code-server with chitieu installed as a web extension,
 * chromium), after the test/host suites. What is said about the web here is checked here: no Node, the
 * engine on the extension host because code-server refuses workers, the seed highlighted with a hover,
 * goals in the tree (.docx and PDF read, .doc refused with a message), a confirmation saved to `.chitieu/`
 * and exports written through workspace.fs. Opening a PDF as text with highlights and hovers is
 * test/host/sources.test.ts, which runs here too.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, offsetOf, open, unescapeMarkdown, until, workspaceFile } from '../host/helpers';

const SEED = '000_b8550bfa09380357.txt';
const DIR = 'web';
const dec = (b: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(b);

describe('the browser build (VS Code for the Web)', function () {
  this.timeout(90000);

  before(async () => { await api(); });
  afterEach(closeAll);
  after(async () => {
    for (const p of [DIR, `.chitieu/${DIR}`]) {
      try { await vscode.workspace.fs.delete(workspaceFile(p), { recursive: true }); } catch { /* already gone */ }
    }
  });

  it('runs as a web extension: its browser entry, in a host with no Node', () => {
    const ext = vscode.extensions.getExtension('chitieu.chitieu');
    assert.ok(ext?.isActive, 'chitieu is active');
    assert.equal(ext.packageJSON.browser, './dist/web/extension.js');
    assert.equal(typeof (globalThis as { process?: unknown }).process, 'undefined', 'no process global');
    assert.equal(typeof (globalThis as { importScripts?: unknown }).importScripts, 'function', 'a Web Worker');
  });

  it('analyses in a Web Worker where the host allows one, else on the extension host (code-server refuses workers to the web extensions it serves)', async () => {
    const chitieu = await api();
    const url = vscode.Uri.joinPath(vscode.extensions.getExtension('chitieu.chitieu')!.extensionUri, 'dist', 'web', 'engineWorker.js').toString(true);
    const Worker = (globalThis as unknown as { Worker: new (u: string) => { terminate(): void } }).Worker;
    let refused: Error | undefined;
    try { new Worker(url).terminate(); } catch (e) { refused = e as Error; }
    if (vscode.env.remoteName) assert.match(String(refused?.message), /Creating workers from remote extensions is currently not supported/, 'a server refuses');
    assert.equal(chitieu.model.analyzerKind, refused ? 'in-process' : 'worker');
  });

  it('highlights a seed, and hovers its amount with the value', async () => {
    const chitieu = await api();
    const editor = await open(SEED);
    const ranges = await chitieu.decorations.apply(editor);
    const texts = (rs: vscode.Range[]) => rs.map((r) => editor.document.getText(r));
    assert.ok(texts(ranges.targets).includes('450 nghìn tỷ đồng'), texts(ranges.targets).join(' | '));
    assert.ok(texts(ranges.amounts).includes('1,8 tỷ USD'), texts(ranges.amounts).join(' | '));
    assert.ok(texts(ranges.deadlines).includes('đến năm 2025'));
    const pos = editor.document.positionAt(offsetOf(editor.document, '450 nghìn tỷ đồng') + 1);
    const text = unescapeMarkdown(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos)));
    assert.match(text, /Value: nearly 450 trillion VND/);
  });

  it('lists the goals of the texts, the .docx and the PDF in the tree; a Word 97–2003 .doc is refused with what to do', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    const provinces = await until(() => { const p = chitieu.tree.getChildren().map((n) => chitieu.tree.getTreeItem(n).label as string); return p.includes('Sơn La') && p.includes('Điện Biên') ? p : undefined; }, 'Sơn La (the .docx) and Điện Biên (the PDF) in the tree');
    for (const p of ['Vĩnh Phúc', 'Quảng Ninh']) assert.ok(provinces.includes(p), `${p} in ${provinces.join(', ')}`);
    assert.ok(chitieu.tree.goalNodes().some((g) => g.uri.path.endsWith('/dien-bien-2030.pdf')), 'goals from the PDF');
    const doc = workspaceFile(`${DIR}/old.doc`);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(vscode.extensions.getExtension('chitieu.chitieu')!.extensionUri, 'test', 'fixtures', 'sources', 'table.doc'), doc, { overwrite: true });
    await assert.rejects(chitieu.sources.get(doc), /save it as \.docx/);
    assert.equal(await vscode.commands.executeCommand('chitieu.openAsText', doc), undefined, 'nothing opens');
  });

  it('reads PDFs with pdf.js loaded on demand (dist/web/pdfReader.js), in this worker with no DOM: pages, and a scanned page reported', async () => {
    const chitieu = await api();
    assert.equal(typeof (globalThis as { document?: unknown }).document, 'undefined', 'no DOM');
    const text = await chitieu.sources.get(workspaceFile('dien-bien-2030.pdf'));
    assert.equal(text.format, 'pdf');
    assert.equal(text.pages, 2);
    assert.match(text.text, /tỉnh Điện Biên phấn đấu đến năm 2025/);
    const scanned = workspaceFile(`${DIR}/scanned.pdf`);
    await vscode.workspace.fs.copy(vscode.Uri.joinPath(vscode.extensions.getExtension('chitieu.chitieu')!.extensionUri, 'test', 'fixtures', 'sources', 'scanned.pdf'), scanned, { overwrite: true });
    const losses = (await chitieu.sources.get(scanned)).losses;
    assert.ok(losses.some((l) => l.kind === 'scanned-page'), JSON.stringify(losses));
  });

  it('reads the seeds printed to PDF (ours and LibreOffice\'s) to the seeds\' text, as the desktop does (test/unit/sourceReaders.test.ts)', async () => {
    const chitieu = await api();
    const root = vscode.extensions.getExtension('chitieu.chitieu')!.extensionUri;
    /** What a format keeps of a text: its non-empty lines, spaces collapsed. */
    const kept = (t: string) => t.split('\n').map((l) => l.replace(/\s+/gu, ' ').trim()).filter(Boolean).join('\n');
    const seeds = (await vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(root, 'test', 'fixtures', 'seeds'))).map(([n]) => n).filter((n) => n.endsWith('.txt')).sort();
    assert.ok(seeds.length >= 5, seeds.join(', '));
    for (const pdf of [...seeds.map((n) => n.replace(/\.txt$/, '.pdf')), `libreoffice-${seeds[0].replace(/\.txt$/, '.pdf')}`]) {
      const file = workspaceFile(`${DIR}/seeds/${pdf}`);
      await vscode.workspace.fs.copy(vscode.Uri.joinPath(root, 'test', 'fixtures', 'sources', pdf), file, { overwrite: true });
      const seed = dec(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(root, 'test', 'fixtures', 'seeds', pdf.replace(/^libreoffice-/, '').replace(/\.pdf$/, '.txt'))));
      const text = await chitieu.sources.get(file);
      assert.equal(kept(text.text), kept(seed), pdf);
      assert.ok(text.spans.every((s) => typeof s.page === 'number' && s.page >= 1 && s.page <= text.pages!), `${pdf}: every span has its page`);
    }
  });

  it('saves a confirmation in .chitieu/ and exports JSON, CSV and an Excel workbook through workspace.fs', async () => {
    const chitieu = await api();
    const seed = dec(await vscode.workspace.fs.readFile(workspaceFile(SEED)));
    const uri = workspaceFile(`${DIR}/confirm.txt`);
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(seed));
    const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri), { preview: false });
    const e = (await chitieu.model.reviewed(editor.document)).entities.find((x) => x.text.includes('450 nghìn tỷ'));
    assert.ok(e, 'the 450 trillion target');
    await vscode.commands.executeCommand('chitieu.confirm', { uri: uri.toString(), kind: 'entity', span: [e.span[0], e.span[1]] });
    const file = JSON.parse(dec(await vscode.workspace.fs.readFile(workspaceFile(`.chitieu/${DIR}/confirm.txt.json`))));
    assert.equal(file.annotations.length, 1);
    assert.equal(file.annotations[0].status, 'confirmed');
    await until(() => chitieu.tree.goalNodes().some((g) => g.uri.toString() === uri.toString() && g.goal.state === 'confirmed'), 'the goal confirmed in the tree');

    const json = workspaceFile(`${DIR}/out/goals.json`);
    await vscode.commands.executeCommand('chitieu.exportJson', json);
    assert.equal(JSON.parse(dec(await vscode.workspace.fs.readFile(json))).version, 1);
    const csv = workspaceFile(`${DIR}/out/reviewed.csv`);
    assert.ok(await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'goals-csv', scope: 'workspace', rejected: 'omit', target: csv }));
    assert.match(dec(await vscode.workspace.fs.readFile(csv)), /confirmed/);
    const xlsx = workspaceFile(`${DIR}/out/reviewed.xlsx`);
    assert.ok(await vscode.commands.executeCommand('chitieu.exportDataset', { format: 'xlsx', scope: 'workspace', rejected: 'omit', target: xlsx }));
    const bytes = await vscode.workspace.fs.readFile(xlsx);
    assert.deepEqual([...bytes.slice(0, 2)], [0x50, 0x4b], 'a zip (an .xlsx workbook)');
  });
});
