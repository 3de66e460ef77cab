/** In the real extension host: the workspace index kept between sessions (model/indexCache.ts), a window opened again simulated by `index.start(true)`. */
import { strict as assert } from 'assert';
import * as vscode from 'vscode';
import { api, itNode, until, workspaceFile } from './helpers';
import type { ChitieuApi } from '../../src/extension/activate';
import type { Goal } from '../../src/engine';
import { TCVN3 } from '../../src/sources/encodings/singleByte';

describe('the workspace index across sessions (its cache)', function () {
  this.timeout(120000);
  const goalsOf = (chitieu: ChitieuApi) => new Map(chitieu.index.documents.map((d) => [d.uri.toString(), JSON.stringify(d.result.goals)]));
  const text = 'Tỉnh Nghệ An phấn đấu đến năm 2030 thu hút 2 tỷ USD vốn FDI; tỷ lệ đô thị hóa đạt 40%.';
  const uri = () => workspaceFile('cache-lan-sau.txt');
  /** A text file in a legacy encoding (TCVN3): the extension host converts it. */
  const legacy = () => workspaceFile('cache-lai-chau-tcvn3.txt');
  /** A window opened again: the index emptied, its cache read again from its file, the workspace indexed through it. */
  const reopen = async (chitieu: ChitieuApi) => { await chitieu.indexCache.save(); await chitieu.index.start(true); await chitieu.index.whenIdle(); };
  const indexedGoals = (chitieu: ChitieuApi): Goal[] | undefined => chitieu.index.documents.find((d) => d.uri.toString() === uri().toString())?.result.goals;

  before(async function () {
    const chitieu = await api();
    if (!chitieu.indexCache.file) this.skip(); // the browser build keeps no cache (its worker reads no files)
    await vscode.workspace.fs.writeFile(uri(), new TextEncoder().encode(text));
    const tcvn3 = TCVN3.encode('Tỉnh Lai Châu phấn đấu đến năm 2030 tỷ lệ che phủ rừng đạt 55%; thu hút 500 tỷ đồng vốn đầu tư.');
    assert.ok(tcvn3 instanceof Uint8Array);
    await vscode.workspace.fs.writeFile(legacy(), tcvn3);
    await until(async () => { await chitieu.index.whenIdle(); return indexedGoals(chitieu)?.length; }, 'the new file indexed');
    // Files get a stamp once they have been unchanged for a moment (platform/nodeFileBytes.ts RACY_MS): read again after it.
    await new Promise((r) => setTimeout(r, 3100));
    await chitieu.index.refresh();
  });
  after(async () => {
    for (const u of [uri(), legacy()]) await vscode.workspace.fs.delete(u).then(undefined, () => undefined);
  });

  itNode('a window opened again lists the same goals, reading again only what the cache does not hold', async () => {
    const chitieu = await api();
    const before = goalsOf(chitieu);
    // What the cache holds: every plain text file the worker read, without annotations (whether it has
    // goals or not); an open document's editor and an annotated document's text are read instead.
    // (A PDF's or Word file's text view stands for its file: platform/sourceUri.ts sourceFileUri.)
    const fileOf = (u: vscode.Uri) => (u.scheme === 'chitieu-source' ? u.with({ scheme: u.query || 'file', query: '' }) : u);
    const open = new Set(vscode.workspace.textDocuments.map((d) => fileOf(d.uri).toString()));
    const held = [...chitieu.indexCache.uris()].filter((k) => !open.has(k) && !chitieu.store.has(vscode.Uri.parse(k))).length;
    const reads = { ...chitieu.index.reads };
    await reopen(chitieu);
    assert.deepEqual([...goalsOf(chitieu)].sort(), [...before].sort(), 'the same documents and goals');
    const unchanged = chitieu.index.reads.unchanged - reads.unchanged, inWorker = chitieu.index.reads.inWorker - reads.inWorker;
    assert.ok(held >= 5, `${held} files in the cache`);
    assert.equal(unchanged, held, 'each file in the cache found unchanged, none read');
    // Read again: the documents with annotations (their text is kept), and files read another way (PDF, Word, legacy encodings).
    assert.ok(inWorker < unchanged, `${inWorker} read by the worker again`);
    // The files the cache knows are read while the workspace is searched, not after.
    assert.ok(chitieu.index.lastRun.readsBeforeListing > 0 && chitieu.index.lastRun.listed >= held, JSON.stringify(chitieu.index.lastRun));
    await until(() => chitieu.tree.goalCount > 0, 'the tree built again');
  });

  itNode('PDF and Word files unchanged are not converted again; the tree still gives a PDF goal\'s page', async () => {
    const chitieu = await api();
    const conversions = chitieu.sources.conversions;
    await reopen(chitieu);
    assert.equal(chitieu.sources.conversions, conversions, 'no file converted again');
    await until(() => chitieu.tree.goalCount > 0, 'the tree built again');
    const group = await until(() => chitieu.tree.getChildren().find((n) => n.kind === 'group' && n.label === 'Điện Biên'), 'Điện Biên in the tree');
    const tourism = chitieu.tree.getChildren(group).find((g) => g.kind === 'goal' && g.goal.indicator.includes('tổng thu từ du lịch'));
    assert.ok(tourism);
    assert.match(String(chitieu.tree.getTreeItem(tourism).description), /dien-bien-2030\.pdf · p\. 2/);
    assert.ok(chitieu.tree.getChildren().some((n) => n.kind === 'group' && n.label === 'Sơn La'), 'the .docx\'s goals');
    // A legacy-encoded text file: its entry says so (a window opened anew marks it from there, not converting it).
    assert.equal(chitieu.indexCache.get(legacy().toString())?.legacy, true);
    assert.ok(chitieu.index.documents.some((d) => d.uri.toString() === legacy().toString() && d.result.goals.length > 0), 'listed with its goals');
  });

  itNode('trusts a file that still has its stamp, and reads again one whose stamp or options changed', async () => {
    const chitieu = await api();
    const k = uri().toString();
    const cached = chitieu.indexCache.get(k);
    assert.ok(cached?.result, 'the file is in the cache');
    const real = JSON.stringify(indexedGoals(chitieu));
    // What the cache says of the file is what a reopened window lists, while the file has its stamp ...
    const marked = { ...cached.result, goals: cached.result.goals.map((g) => ({ ...g, indicator: `${g.indicator} (cached)` })) };
    chitieu.indexCache.set(k, { ...cached, result: marked });
    await reopen(chitieu);
    assert.ok(indexedGoals(chitieu)?.every((g) => g.indicator.endsWith('(cached)')), 'taken from the cache');
    // ... but a stamp that differs (here its status-change time: a write) has it read again,
    chitieu.indexCache.set(k, { ...cached, stamp: [cached.stamp[0], cached.stamp[1], cached.stamp[2] + 1, cached.stamp[3]], result: marked });
    await reopen(chitieu);
    assert.equal(JSON.stringify(indexedGoals(chitieu)), real, 'read again');
    // and so do other options (a document date, a reference date, chitieu.enable).
    chitieu.indexCache.set(k, { ...chitieu.indexCache.get(k)!, options: '{"referenceDate":"2019"} auto', result: marked });
    await reopen(chitieu);
    assert.equal(JSON.stringify(indexedGoals(chitieu)), real, 'read again');
  });

  itNode('a cache written by another build of chitieu, or a damaged one, is not used', async () => {
    const chitieu = await api();
    const file = vscode.Uri.file(chitieu.indexCache.file!.path);
    const real = JSON.stringify(indexedGoals(chitieu));
    for (const content of ['{"format":1,"engine":"another build"}\n["x",[1,2,3,4],"",null]\n', '{"format":1,"engine":"', 'not a cache at all']) {
      await vscode.workspace.fs.writeFile(file, new TextEncoder().encode(content));
      const reads = { ...chitieu.index.reads };
      await chitieu.index.start(true);
      await chitieu.index.whenIdle();
      assert.equal(chitieu.index.reads.unchanged, reads.unchanged, `nothing taken from ${JSON.stringify(content.slice(0, 30))}`);
      assert.equal(JSON.stringify(indexedGoals(chitieu)), real);
    }
    // Written again as this build's.
    await chitieu.indexCache.save();
    const reads = { ...chitieu.index.reads };
    await reopen(chitieu);
    assert.ok(chitieu.index.reads.unchanged > reads.unchanged);
  });

  itNode('Refresh reads every file again', async () => {
    const chitieu = await api();
    const reads = { ...chitieu.index.reads };
    await vscode.commands.executeCommand('chitieu.refresh');
    await chitieu.index.whenIdle();
    assert.equal(chitieu.index.reads.unchanged, reads.unchanged);
    assert.ok(chitieu.index.reads.inWorker > reads.inWorker);
  });
});
