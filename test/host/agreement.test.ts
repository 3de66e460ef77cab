/**
 * In the real extension host: the annotator (`chitieu.annotator`) recorded on what one confirms,
 * another annotator's review kept beside it, and *Compare annotations…* between two annotators of a
 * small document — κ and F1 as computed by hand, the report's page, an adjudication written as a
 * confirmed annotation by the current annotator (both sides kept) and the report following it.
 * Works under `agree/` (removed at the end).
 */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { makeAnchor } from '../../src/annotations/anchor';
import type { Annotation, ReviewedEntity } from '../../src/annotations/model';
import type { Comparison } from '../../src/extension/model/agreementData';
import { api, closeAll, hoverText, unescapeMarkdown, until, workspaceFile } from './helpers';

const TEXT = 'Năm 2025, tỉnh phấn đấu tốc độ tăng trưởng GRDP đạt 8%. Thu ngân sách nhà nước đạt 20.000 tỷ đồng. Tỷ lệ hộ nghèo giảm còn 1,5% vào năm 2030.\n';
const enc = (s: string) => new TextEncoder().encode(s);

async function setAnnotator(name: string | undefined): Promise<void> {
  await vscode.workspace.getConfiguration('chitieu').update('annotator', name, vscode.ConfigurationTarget.Workspace);
  const chitieu = await api();
  if (name) await until(() => chitieu.config().annotator === name, `the annotator to be ${name}`);
}

describe('annotators and agreement', function () {
  this.timeout(60000);
  let uri: vscode.Uri;
  let doc: vscode.TextDocument;
  let entities: ReviewedEntity[];
  const byText = (s: string) => { const e = entities.find((x) => x.text.includes(s)); assert.ok(e, `entity ${s}: ${entities.map((x) => x.text).join(' | ')}`); return e; };

  before(async () => {
    const chitieu = await api();
    uri = workspaceFile('agree/ket-qua.txt');
    await vscode.workspace.fs.writeFile(uri, enc(TEXT));
    doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc);
    await chitieu.store.load(uri);
    entities = (await chitieu.model.reviewed(doc)).entities;
  });
  after(async () => {
    const chitieu = await api();
    chitieu.agreement.webviewPanel?.dispose();
    await setAnnotator(undefined);
    await closeAll();
    for (const p of ['agree', '.chitieu/agree']) {
      try { await vscode.workspace.fs.delete(workspaceFile(p), { recursive: true }); } catch { /* already gone */ }
    }
  });

  it('records the annotator on confirm, and keeps another annotator’s review beside one’s own', async () => {
    const chitieu = await api();
    const e = byText('8%');
    const ref = { uri: uri.toString(), kind: 'entity', span: e.span };
    await setAnnotator('alice');
    const a = await vscode.commands.executeCommand<Annotation>('chitieu.confirm', ref);
    assert.equal(a?.annotator, 'alice');
    const disk = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('.chitieu/agree/ket-qua.txt.json'))));
    assert.equal(disk.annotations[0].annotator, 'alice', 'written to the file');
    await setAnnotator('bob');
    const b = await vscode.commands.executeCommand<Annotation>('chitieu.reject', ref);
    assert.equal(b?.annotator, 'bob');
    const held = chitieu.store.forDocument(doc);
    assert.deepEqual(held.map((x) => [x.annotator, x.status]).sort(), [['alice', 'confirmed'], ['bob', 'rejected']], 'both reviews kept');
    // Bob changes his mind: his own annotation is replaced, Alice's stays.
    await vscode.commands.executeCommand('chitieu.confirm', ref);
    assert.deepEqual(chitieu.store.forDocument(doc).map((x) => [x.annotator, x.status]).sort(), [['alice', 'confirmed'], ['bob', 'confirmed']]);
  });

  it('compares two annotators (κ, F1, disagreements) and writes an adjudication as a confirmed annotation', async () => {
    const chitieu = await api();
    const at = (e: ReviewedEntity, who: string, status: Annotation['status'], attrs = e.attrs, label = e.label): Annotation => ({
      id: `${who}-${e.span[0]}`, ...makeAnchor(TEXT, e.span[0], e.span[1]), label, status, attrs: { ...attrs }, annotator: who, updated: '2026-12-01T00:00:00.000Z', rule: e.rule,
    });
    const [eight, budget, poor] = [byText('8%'), byText('20.000'), byText('1,5%')];
    await chitieu.store.update(uri, () => [
      at(eight, 'alice', 'confirmed'), at(eight, 'bob', 'confirmed'),
      at(budget, 'alice', 'confirmed', budget.attrs, 'amount'), at(budget, 'bob', 'rejected', budget.attrs, 'amount'),
      at(poor, 'alice', 'confirmed'), at(poor, 'bob', 'edited', { ...poor.attrs, value: 2 }),
    ], 'test fixture', { undoable: false });
    await setAnnotator('carol');
    const c = await vscode.commands.executeCommand<Comparison>('chitieu.compareAnnotations', { annotators: ['alice', 'bob'] });
    assert.ok(c, 'a comparison');
    // κ on the 3 items both reviewed: pₒ = 2/3, pₑ = (2/3)·(2/3) = 4/9 → κ = 0.4. F1: A accepted 3, B 2, 2 exact matches → 0.8.
    assert.equal(c.report.overall.reviewedByBoth, 3);
    assert.ok(Math.abs(c.report.overall.kappa! - 0.4) < 1e-9, String(c.report.overall.kappa));
    assert.ok(Math.abs(c.report.overall.f1! - 0.8) < 1e-9, String(c.report.overall.f1));
    assert.equal(c.report.overall.valueAgreement, 0.5);
    assert.deepEqual(c.report.disagreements.map((d) => d.kind), ['decision', 'value']);
    // The page got the report.
    await until(() => chitieu.agreement.posts > 0, 'the report page to load', 30000);
    const html = chitieu.agreement.webviewPanel!.webview.html;
    assert.match(html, /script-src 'nonce-[0-9a-f]{32,}'/);
    assert.ok(!/unsafe-inline|unsafe-eval/.test(html));
    // Messages are checked: an index it did not send, a side that is not one.
    const before = chitieu.agreement.rejectedMessages;
    assert.equal(await chitieu.agreement.receive({ type: 'adjudicate', index: 7, side: 'a' }), false);
    assert.equal(await chitieu.agreement.receive({ type: 'adjudicate', index: 1, side: 'c' }), false);
    assert.equal(chitieu.agreement.rejectedMessages, before + 2);
    // Take B on the value disagreement (1,5%: Bob said 2).
    const posts = chitieu.agreement.posts;
    assert.equal(await chitieu.agreement.receive({ type: 'adjudicate', index: 1, side: 'b' }), true);
    const held = chitieu.store.forDocument(doc);
    const settled = held.filter((x) => x.adjudication);
    assert.equal(settled.length, 1);
    assert.equal(settled[0].status, 'confirmed');
    assert.equal(settled[0].annotator, 'carol');
    assert.equal(settled[0].attrs.value, 2);
    assert.deepEqual(settled[0].adjudication, { chose: 'bob', over: 'alice' });
    assert.equal(held.filter((x) => x.annotator === 'alice' || x.annotator === 'bob').length, 6, 'both sides kept');
    // The report follows: the same scores (an adjudication is neither side's), the disagreement settled.
    await until(() => chitieu.agreement.posts > posts, 'the report again');
    const again = chitieu.agreement.comparison!;
    assert.ok(Math.abs(again.report.overall.kappa! - 0.4) < 1e-9);
    const lines = chitieu.agreement.message(again).disagreements;
    assert.equal(lines[1].settled, 'b');
    assert.equal(lines[0].settled, undefined);
    // The goal now shows the adjudicated value.
    const rd = await chitieu.model.reviewed(doc);
    assert.equal(rd.entities.find((x) => x.text.includes('1,5%'))?.attrs.value, 2);
    // The hover says the adjudication decided it: who adjudicated, and which annotator's side was kept.
    const hoverAt = async (s: string) => unescapeMarkdown(hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', uri, doc.positionAt(TEXT.indexOf(s) + 1))));
    const adjudicated = await hoverAt('1,5%');
    const day = settled[0].updated.slice(0, 10);
    assert.ok(adjudicated.includes(`⚖ Adjudicated by carol (${day}): the side of bob kept, over alice`), adjudicated);
    assert.ok(!(await hoverAt('20.000')).includes('Adjudicated'), 'an item no adjudication decided says none');
    // Opening a disagreement selects its text.
    assert.equal(await chitieu.agreement.receive({ type: 'open', index: 0 }), true);
    await until(() => vscode.window.activeTextEditor?.document.getText(vscode.window.activeTextEditor.selection).includes('20.000'), 'the text selected');
  });
});
