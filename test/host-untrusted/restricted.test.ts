/**
 * In the real extension host, with the workspace in Restricted Mode (not trusted): run by
 * `node scripts/vscode/run-host-tests.mjs --tests out/test/host-untrusted --untrusted`.
 * chitieu activates (it declares `untrustedWorkspaces: { supported: true }`), highlights and hovers as
 * usual, and refuses to save annotations, saying why, without writing anything to `.chitieu/`.
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, closeAll, hoverText, offsetOf, open, unescapeMarkdown, workspaceFile } from '../host/helpers';
import type { ItemRef } from '../../src/extension/model/itemRefs';

const SEED = '000_b8550bfa09380357.txt';
const TARGET = '450 nghìn tỷ đồng';

async function exists(uri: vscode.Uri): Promise<boolean> {
  try { await vscode.workspace.fs.stat(uri); return true; } catch { return false; }
}

describe('chitieu in Restricted Mode', function () {
  this.timeout(60000);

  before(async () => { await api(); });
  afterEach(async () => { await closeAll(); });

  it('runs in an untrusted workspace, and chitieu is active', async () => {
    assert.equal(vscode.workspace.isTrusted, false, 'the harness must open the workspace untrusted (--untrusted)');
    const ext = vscode.extensions.getExtension('chitieu.chitieu');
    assert.ok(ext, 'chitieu.chitieu is installed');
    assert.equal(ext.isActive, true);
    assert.equal(await exists(workspaceFile('.chitieu')), false, 'the workspace starts without annotations');
  });

  it('still highlights and hovers', async () => {
    const chitieu = await api();
    const editor = await open(SEED);
    const ranges = await chitieu.decorations.apply(editor);
    assert.ok(ranges.targets.map((r) => editor.document.getText(r)).includes(TARGET));
    const pos = editor.document.positionAt(offsetOf(editor.document, TARGET) + 1);
    const text = hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', editor.document.uri, pos));
    assert.match(unescapeMarkdown(text), /450 trillion VND \(450,000,000,000,000\)/);
    assert.match(text, /target/);
  });

  it('does not save annotations: confirm returns nothing and no .chitieu folder appears', async () => {
    const chitieu = await api();
    const editor = await open(SEED);
    await chitieu.store.load(editor.document.uri);
    const e = (await chitieu.model.reviewed(editor.document)).entities.find((x) => x.text.includes('450 nghìn tỷ'));
    assert.ok(e, 'the target is found');
    const writes = chitieu.store.writes;
    const ref: ItemRef = { uri: editor.document.uri.toString(), kind: 'entity', span: [e.span[0], e.span[1]] };
    assert.equal(await vscode.commands.executeCommand('chitieu.confirm', ref), undefined);
    assert.equal(chitieu.store.writes, writes, 'nothing written');
    assert.equal(chitieu.store.forDocument(editor.document).length, 0, 'nothing annotated in memory');
    assert.equal((await chitieu.model.reviewed(editor.document)).entities.find((x) => x.span[0] === e.span[0])?.state, 'unreviewed');
    assert.equal(await exists(workspaceFile('.chitieu')), false, 'no .chitieu folder');
  });

  it('says why: cannotSave names Restricted Mode', async () => {
    const chitieu = await api();
    const uri = workspaceFile(SEED);
    const why = chitieu.store.cannotSave(await chitieu.store.load(uri), uri);
    assert.match(why ?? '', /^chitieu does not save annotations in Restricted Mode/);
  });

  it('does not save a document date either, and reads the document as before', async () => {
    const chitieu = await api();
    const editor = await open(SEED);
    const before = (await chitieu.model.analyse(editor.document)).result.goals.length;
    const writes = chitieu.store.writes;
    assert.equal(await vscode.commands.executeCommand('chitieu.setDocumentDate', editor.document.uri, '2031'), undefined);
    assert.equal(chitieu.store.writes, writes, 'nothing written');
    assert.equal(chitieu.store.documentDateOf(editor.document.uri), undefined, 'no date in memory');
    assert.equal((await chitieu.model.analyse(editor.document)).result.goals.length, before);
    assert.equal(await exists(workspaceFile('.chitieu')), false, 'no .chitieu folder');
  });
});
