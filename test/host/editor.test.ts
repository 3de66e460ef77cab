/**
 * In the real VS Code extension host (code-server 1.139): hovers, document symbols, highlights per
 * category, settings that switch categories off, an English file getting nothing, an edit moving
 * highlights, the status bar.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, offsetOf, open, unescapeMarkdown, until, workspaceFile } from './helpers';

const SEED_VINH_PHUC = '000_b8550bfa09380357.txt';

describe('chitieu in the editor', function () {
  this.timeout(60000);

  before(async () => { await api(); });
  afterEach(async () => {
    await vscode.workspace.getConfiguration('chitieu').update('highlight.amounts', undefined, vscode.ConfigurationTarget.Workspace);
    await closeAll();
  });

  it('hovers an amount with its normalised value, and a target with its goal', async () => {
    const editor = await open(SEED_VINH_PHUC);
    const pos = editor.document.positionAt(offsetOf(editor.document, '450 nghìn tỷ đồng') + 1);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos);
    const text = unescapeMarkdown(hoverText(hovers));
    assert.match(text, /Value: nearly 450 trillion VND \(450,000,000,000,000\)/);
    assert.match(text, /target/);
    assert.match(text, /Vĩnh Phúc/);
    assert.match(text, /giá trị sản xuất công nghiệp/);
    assert.match(text, /command:chitieu\.revealGoal/);
  });

  it('hovers a time expression with its kind and ISO interval', async () => {
    const editor = await open(SEED_VINH_PHUC);
    const pos = editor.document.positionAt(offsetOf(editor.document, '5 tháng đầu năm 2024') + 3);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
    assert.match(text, /point/);
    assert.match(text, /2024-01 – 2024-05/);
  });

  it('escapes document text in hovers: a markdown command link in a document stays inert', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Phấn đấu đến năm 2025 đạt 30% [x](command:workbench.action.quit) của tỉnh Quảng Ninh, trên địa bàn tỉnh.' });
    await vscode.window.showTextDocument(doc);
    const pos = doc.positionAt(doc.getText().indexOf('30%') + 1);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, pos));
    assert.ok(text.length > 0, 'a hover');
    assert.doesNotMatch(text, /\]\(command:workbench/, 'no live link to another command');
  });

  it('lists goals and time expressions as document symbols', async () => {
    const editor = await open(SEED_VINH_PHUC);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    const names = symbols.map((s) => s.name);
    assert.ok(names.some((n) => /giá trị sản xuất công nghiệp: nearly 450 trillion VND/.test(n)), names.join(' | '));
    assert.ok(names.includes('đến năm 2025'), names.join(' | '));
  });

  it('highlights targets, amounts and time expressions; provinces are off by default', async () => {
    const editor = await open(SEED_VINH_PHUC);
    const chitieu = await api();
    const ranges = await chitieu.decorations.apply(editor);
    const texts = (rs: vscode.Range[]) => rs.map((r) => editor.document.getText(r));
    assert.ok(texts(ranges.targets).includes('450 nghìn tỷ đồng'), texts(ranges.targets).join(' | '));
    assert.ok(texts(ranges.amounts).includes('1,8 tỷ USD'), texts(ranges.amounts).join(' | '));
    assert.ok(texts(ranges.deadlines).includes('đến năm 2025'));
    assert.equal(ranges.provinces.length, 0);
  });

  it('draws a document with no annotations from the engine exactly as from its review', async () => {
    const chitieu = await api();
    const uri = workspaceFile('khong-chu-thich/ban-sao.txt');
    await vscode.workspace.fs.writeFile(uri, await vscode.workspace.fs.readFile(workspaceFile(SEED_VINH_PHUC)));
    try {
      const editor = await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
      await chitieu.store.load(uri);
      const drawn = await chitieu.decorations.apply(editor);
      // What the review gives (every item unreviewed): category by label, in span order.
      const reviewed = await chitieu.model.reviewed(editor.document);
      assert.ok(reviewed.entities.length > 10 && reviewed.entities.every((e) => e.state === 'unreviewed'));
      const key = (r: vscode.Range) => `${editor.document.offsetAt(r.start)}-${editor.document.offsetAt(r.end)}`;
      const of = (label: string) => reviewed.entities.filter((e) => e.label === label).map((e) => `${e.span[0]}-${e.span[1]}`);
      assert.deepEqual(drawn.targets.map(key), of('target'));
      assert.deepEqual(drawn.amounts.map(key), of('amount'));
      assert.deepEqual(drawn.deadlines.map(key), of('deadline'));
    } finally {
      await closeAll();
      await vscode.workspace.fs.delete(workspaceFile('khong-chu-thich'), { recursive: true });
    }
  });

  it('switches a category off through its setting and its command', async () => {
    const editor = await open(SEED_VINH_PHUC);
    const chitieu = await api();
    assert.ok((await chitieu.decorations.apply(editor)).amounts.length > 0);
    await vscode.commands.executeCommand('chitieu.toggleAmounts');
    await until(() => chitieu.config().highlight.amounts === false, 'the setting to change');
    assert.equal((await chitieu.decorations.apply(editor)).amounts.length, 0);
    assert.ok((await chitieu.decorations.apply(editor)).targets.length > 0, 'other categories stay on');
  });

  it('leaves an English file alone', async () => {
    const editor = await open('README-en.md');
    const chitieu = await api();
    assert.equal((await chitieu.model.analyse(editor.document)).vietnamese, false);
    const r = await chitieu.decorations.apply(editor);
    assert.equal(r.targets.length + r.amounts.length + r.deadlines.length, 0);
    const symbols = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(symbols?.length ?? 0, 0);
  });

  it('moves highlights when the text is edited', async () => {
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Tỉnh phấn đấu đến năm 2025 thu hút 400 triệu USD vốn đầu tư.' });
    const editor = await vscode.window.showTextDocument(doc);
    const chitieu = await api();
    const before = (await chitieu.decorations.apply(editor)).targets.map((r) => doc.getText(r));
    assert.deepEqual(before, ['400 triệu USD']);
    await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Theo kế hoạch, '));
    const moved = doc.positionAt(doc.getText().indexOf('400 triệu USD'));
    const after = await until(() => {
      const rs = chitieu.decorations.applied.get(doc.uri.toString())?.targets;
      return rs && rs.length && rs[0].start.isEqual(moved) ? rs : undefined;
    }, 'highlights to follow the edit (after the debounce)');
    assert.equal(doc.getText(after[0]), '400 triệu USD');
  });

  it('shows the number of goals of the active document in the status bar', async () => {
    await open(SEED_VINH_PHUC);
    const chitieu = await api();
    await until(() => /\d+ goals?/.test(chitieu.status.text), 'the status bar');
  });

  it('exists in the workspace', () => { assert.ok(workspaceFile(SEED_VINH_PHUC)); });
});
