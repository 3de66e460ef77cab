/**
 * The document model, through the extension's public surface: every view reads one reviewed result
 * (the Outline and the status bar leave out what a reviewer rejected), `chitieu.enable` holds for
 * closed files too, results for versions no longer current are dropped, and the goals tree says why
 * it is empty (the context key `chitieu.treeState`).
 */
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { ItemRef } from '../../src/extension/model/itemRefs';
import { MAX_OUTLINED_TIMES } from '../../src/extension/views/symbols';
import { stringAccess } from '../../src/extension/model/editedParagraphs';
import { documentAccess } from '../../src/extension/model/visibleWindow';
import { extract } from '../../src/engine';
import { api, closeAll, itNode, until, workspaceFile } from './helpers';

const TEXT = 'Kế hoạch phát triển tỉnh Thanh Hóa.\n\nĐến năm 2030, tỉnh phấn đấu thu hút 400 triệu USD vốn đầu tư nước ngoài.\n\nĐến năm 2030, tỷ lệ hộ nghèo giảm còn 2%.\n';
const setting = (key: string, value: unknown) => vscode.workspace.getConfiguration('chitieu').update(key, value, vscode.ConfigurationTarget.Workspace);

async function symbols(uri: vscode.Uri): Promise<string[]> {
  const s = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', uri);
  return (s ?? []).map((x) => x.name);
}

/** A seed article repeated to at least `chars` characters. */
async function largeText(chars: number): Promise<string> {
  const seed = new TextDecoder().decode(await vscode.workspace.fs.readFile(workspaceFile('000_b8550bfa09380357.txt')));
  let big = '';
  while (big.length < chars) big += seed + '\n\n';
  return big;
}

/** An untitled plain-text editor holding a seed article repeated to at least `chars` characters. */
async function openLargeDocument(chars: number): Promise<vscode.TextEditor> {
  return vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ language: 'plaintext', content: await largeText(chars) }));
}

describe('document model', function () {
  this.timeout(120000);
  afterEach(closeAll);

  itNode('runs the engine in a worker thread', async () => {
    assert.equal((await api()).model.analyzerKind, 'worker');
  });

  itNode('runs the index\'s engine workers below normal priority on Linux, the extension host\'s thread as it was', async function () {
    if (process.platform !== 'linux') this.skip();
    await (await api()).index.whenIdle();
    // The nice value of each thread of the extension host's process (/proc/<pid>/task/<tid>/stat: the 19th field; the main thread's tid is the pid).
    const task = vscode.Uri.file(`/proc/${process.pid}/task`);
    const niceOf = async (tid: string) => {
      const stat = new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(task, tid, 'stat')));
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
    };
    const main = await niceOf(String(process.pid));
    const threads = await Promise.all((await vscode.workspace.fs.readDirectory(task)).map(([tid]) => niceOf(tid).catch(() => NaN)));
    assert.ok(main < 10, `the extension host's thread: nice ${main}`);
    assert.ok(threads.some((n) => n === 10), `a thread at nice 10 among ${threads.join(' ')}`);
  });

  it('Outline and status bar show the reviewed result: a rejected target leaves both', async () => {
    const chitieu = await api();
    const uri = workspaceFile('model/outline.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    const doc = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(doc, { preview: false });
    const reviewed = await chitieu.model.reviewed(doc);
    const goals = reviewed.goals.length;
    assert.ok(goals >= 2, `two goals expected, got ${goals}`);
    const target = reviewed.entities.find((e) => e.label === 'target' && e.text.includes('400 triệu USD'));
    assert.ok(target, 'the 400 million USD target');
    await until(() => chitieu.status.text === `$(target) ${goals} goals`, `the status bar to count ${goals} goals (${chitieu.status.text})`);
    // Without annotations the status bar counts from the engine's result: the same as the review's.
    const targets = reviewed.entities.filter((e) => e.label === 'target').length;
    assert.ok(chitieu.status.tooltip.includes(`${goals} goals, ${targets} target amounts`), chitieu.status.tooltip);
    const before = await symbols(uri);
    assert.ok(before.some((n) => n.includes('400')), before.join(' | '));

    const ref: ItemRef = { uri: uri.toString(), kind: 'entity', span: [target.span[0], target.span[1]] };
    await vscode.commands.executeCommand('chitieu.reject', ref);
    await until(() => chitieu.status.text === `$(target) ${goals - 1} goal${goals - 1 === 1 ? '' : 's'}`, `the status bar to count one goal less (${chitieu.status.text})`);
    let last: string[] = [];
    const after = await until(async () => { last = await symbols(uri); return last.some((n) => n.includes('400')) ? undefined : last; }, 'the Outline to drop the rejected goal').catch((e) => { throw new Error(`${(e as Error).message}: ${before.join(' | ')} → ${last.join(' | ')}`); });
    assert.equal(after.filter((n) => /: /.test(n)).length, before.filter((n) => /: /.test(n)).length - 1, `${before.join(' | ')} → ${after.join(' | ')}`);
    // The highlights agree: the target is struck out, not highlighted.
    const ranges = await chitieu.decorations.apply(vscode.window.activeTextEditor!);
    assert.ok(!ranges.targets.some((r) => doc.getText(r).includes('400 triệu USD')));
    assert.ok(ranges.review.rejected.some((r) => doc.getText(r).includes('400 triệu USD')));
    await vscode.commands.executeCommand('chitieu.clearReview', ref);
  });

  itNode('drops the worker’s result for a version that is no longer current', async () => {
    const chitieu = await api();
    const editor = await openLargeDocument(1_000_000);
    const doc = editor.document;
    const dropped = chitieu.model.staleResults;
    // The edit must land while the worker analyses the version before it; on a busy machine the edit's
    // round trip can lose that race, so it is tried a few times (each try counts only if it raced).
    // Each try first makes the model's analysis out of date (an edit), so that `first` starts a run of
    // the worker instead of returning the analysis it already has.
    for (let k = 0; k < 5 && chitieu.model.staleResults === dropped; k++) {
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), ' '));
      const first = chitieu.model.analyse(doc);
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Đến năm 2030 đạt 7%. '));
      await first;
      const a = await chitieu.model.analyse(doc);
      assert.equal(a.version, doc.version, 'the analysis the model keeps is of the current version');
      assert.ok(a.result.entities.some((e) => e.span[0] < 30 && e.text.includes('7%')), 'it includes the edit');
    }
    assert.ok(chitieu.model.staleResults > dropped, `a stale result dropped (${chitieu.model.staleResults} vs ${dropped})`);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  itNode('highlights a large document where the editor shows it first, and the whole analysis agrees there', async () => {
    const chitieu = await api();
    const editor = await openLargeDocument(400_000);
    const doc = editor.document;
    editor.revealRange(new vscode.Range(3000, 0, 3000, 0), vscode.TextEditorRevealType.AtTop);
    await until(() => editor.visibleRanges[0].start.line >= 2900, 'the editor scrolled');
    const before = chitieu.model.provisionals;
    let first: Awaited<ReturnType<typeof chitieu.decorations.firstDrawn>> | undefined;
    // The model starts the visible part with its run; a reset (no earlier analysis to carry through an
    // edit, see the next test) starts a run while the editor shows line 3000.
    for (let k = 0; k < 3 && chitieu.model.provisionals === before; k++) {
      chitieu.model.reset();
      first = await chitieu.decorations.firstDrawn(editor);
      await chitieu.model.analyse(doc);
    }
    assert.ok(chitieu.model.provisionals > before, 'the visible part was analysed ahead of the whole');
    const full = await chitieu.decorations.apply(editor);
    const [from, to] = [editor.visibleRanges[0].start.line, editor.visibleRanges[editor.visibleRanges.length - 1].end.line];
    const inView = (rs: vscode.Range[]) => rs.filter((r) => r.start.line >= from && r.end.line <= to).map((r) => `${r.start.line}:${r.start.character}-${r.end.character}`).join(' ');
    for (const c of ['targets', 'amounts', 'deadlines'] as const) {
      assert.ok(first![c].every((r) => r.start.line >= from - 150 && r.end.line <= to + 400), `${c}: drawn around the visible lines only`);
      assert.equal(inView(first![c]), inView(full[c]), `${c} in view: the part's analysis agrees with the whole's`);
    }
    assert.ok(inView(full.targets).length + inView(full.amounts).length > 0, 'something to compare in view');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('opens a large file the index has read with the index’s analysis: the engine does not run on it again, and the result is the engine’s', async () => {
    const chitieu = await api();
    const big = await largeText(300_000);
    const uri = workspaceFile('model/large-indexed.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(big));
    try {
      await until(async () => { await chitieu.index.whenIdle(); return chitieu.index.documents.some((d) => d.uri.toString() === uri.toString()); }, 'the large file indexed');
      const runs = chitieu.model.runs, taken = chitieu.model.recentFiles.taken;
      const doc = await vscode.workspace.openTextDocument(uri);
      const editor = await vscode.window.showTextDocument(doc);
      const a = await chitieu.model.analyse(doc);
      assert.equal(chitieu.model.recentFiles.taken, taken + 1, 'the index’s analysis taken');
      assert.equal(chitieu.model.runs, runs, 'the engine not run for the editor');
      assert.deepStrictEqual(a.result, extract(doc.getText(), chitieu.model.optionsFor(uri)), 'what the engine gives for that text');
      const drawn = await chitieu.decorations.apply(editor);
      assert.ok(drawn.targets.length > 0 && drawn.deadlines.length > 0, 'highlighted');
      // Edited: its new text is analysed by the engine.
      await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Phấn đấu đến năm 2030 đạt 5%. '));
      const edited = await chitieu.model.analyse(editor.document);
      assert.ok(chitieu.model.runs > runs, 'analysed after the edit');
      assert.equal(edited.result.entities.length, a.result.entities.length + 2, 'the new figure and year');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    } finally {
      await vscode.workspace.fs.delete(uri).then(undefined, () => undefined);
    }
  });

  itNode('starts a large document’s analysis as it opens: its head is highlighted before an editor shows it; an editor showing another part has that part read', async () => {
    const chitieu = await api();
    const big = await largeText(1_000_000);
    const ahead = chitieu.model.openedAhead;
    const doc = await vscode.workspace.openTextDocument({ language: 'plaintext', content: big });
    assert.equal(chitieu.model.openedAhead, ahead + 1, 'its analysis started as it opened');
    // Before any editor shows it, the head is read (or, on a fast machine, the whole analysis is done).
    const ready = await until(() => chitieu.model.forHighlights(doc), 'highlights ready before an editor shows the document');
    assert.ok(ready.result.entities.length > 0);
    // (Unless the whole analysis's entities came first: then they are drawn, before its goals.)
    const whole = ready.result.entities.some((e) => e.span[0] >= 100_000);
    if (!chitieu.model.current(doc) && !whole) assert.ok(ready.result.entities.every((e) => e.span[0] < 100_000), 'the head was read first');
    if (whole) assert.ok(chitieu.model.entitiesAhead > 0, 'the whole document\'s entities, before its goals');
    const editor = await vscode.window.showTextDocument(doc);
    const first = await chitieu.decorations.firstDrawn(editor);
    assert.ok(first.targets.length + first.amounts.length + first.deadlines.length > 0, 'drawn as soon as the editor shows it');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    // Opened again, and shown at line 3000 (past the head): that part is read too, before the whole.
    const again = await vscode.workspace.openTextDocument({ language: 'plaintext', content: big });
    await until(() => chitieu.model.forHighlights(again), 'the head read');
    // Provisional readings of the part around line 3000 (offsets 300,000 on), as they arrive.
    let readThere = false;
    const listening = chitieu.model.onDidChangeProvisional((uri) => {
      const p = uri.toString() === again.uri.toString() && !chitieu.model.current(again) ? chitieu.model.forHighlights(again) : undefined;
      if (p?.result.entities.some((e) => e.span[0] > 300_000)) readThere = true;
    });
    try {
      const headOnly = !chitieu.model.current(again);
      const shown = await vscode.window.showTextDocument(again, { selection: new vscode.Range(3000, 0, 3000, 0) });
      await until(() => shown.visibleRanges[0].start.line > 2000, 'the editor shows line 3000');
      const [from, to] = [shown.visibleRanges[0].start, shown.visibleRanges[shown.visibleRanges.length - 1].end].map((p) => again.offsetAt(p));
      assert.ok(from > 300_000, `line 3000 is past the head (${from})`);
      await until(() => chitieu.model.forHighlights(again)?.result.entities.some((e) => e.span[0] >= from && e.span[1] <= to), 'highlights where the editor shows the document');
      // (When the whole analysis was done before the editor showed the document, there was nothing to read ahead.)
      if (headOnly) assert.ok(readThere || chitieu.model.current(again), 'the part shown was read (or the whole was done)');
      if (headOnly) await until(() => readThere || chitieu.model.current(again), 'the part shown read');
    } finally { listening.dispose(); }
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('the Outline of a document with more than 1,000 time expressions lists its goals alone', async () => {
    const chitieu = await api();
    const editor = await openLargeDocument(600_000);
    const a = await chitieu.model.analyse(editor.document);
    const times = a.result.entities.filter((e) => e.type === 'time').length;
    assert.ok(times > MAX_OUTLINED_TIMES && a.result.goals.length > 0, `${times} time expressions, ${a.result.goals.length} goals`);
    const listed = await vscode.commands.executeCommand<vscode.DocumentSymbol[]>('vscode.executeDocumentSymbolProvider', editor.document.uri);
    assert.equal(listed.filter((x) => x.kind === vscode.SymbolKind.Constant).length, 0, 'no time expression listed');
    assert.equal(listed.length, a.result.goals.length, 'every goal listed');
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('an editor document read in parts (after an edit of a large one) has the line edges and parts of its text, LF and CRLF', async () => {
    const contents = ['Dòng một đạt 5%.\n\nDòng hai\nba\n', 'Dòng một đạt 5%.\r\n\r\nDòng hai\r\nba', '\r\nx\r\n'];
    for (const [k, content] of contents.entries()) {
      // Files, not untitled documents: those stay modified, and closing every editor later asks to save them.
      const uri = workspaceFile(`read-in-parts-${k}.txt`);
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(content));
      const doc = await vscode.workspace.openTextDocument(uri);
      await vscode.workspace.fs.delete(uri);
      const text = doc.getText(), inDoc = documentAccess(doc), inString = stringAccess(text);
      assert.equal(text, content, 'the file as written (its line ends kept)');
      assert.equal(inDoc.length, text.length);
      for (let at = 0; at <= text.length; at++) {
        assert.equal(inDoc.lineStart(at), inString.lineStart(at), `line start at ${at} of ${JSON.stringify(text)}`);
        assert.equal(inDoc.lineEnd(at), inString.lineEnd(at), `line end at ${at} of ${JSON.stringify(text)}`);
        assert.equal(inDoc.slice(at, text.length), text.slice(at), `the text from ${at}`);
      }
    }
  });

  itNode('an edit in the middle of a 1 MB document reads only its paragraph again; the highlights until the whole analysis agree with it', async () => {
    const chitieu = await api();
    const editor = await openLargeDocument(1_000_000);
    const doc = editor.document;
    await chitieu.model.analyse(doc);
    await chitieu.decorations.whenAllSet(editor); // the chunks out of view are set in the turns after the draw
    const unchanged = chitieu.decorations.unchangedDraws;
    const key = (e: { type: string; span: [number, number]; role?: string }) => `${e.type}:${e.span[0]}-${e.span[1]}:${e.role ?? ''}`;
    let provisional: string[] | undefined;
    let setByEdit: { chunks: number; of: number } | undefined;
    let carriedItems: number | undefined;
    const listening = chitieu.model.onDidChangeProvisional((uri) => {
      const p = uri.toString() === doc.uri.toString() ? chitieu.model.forHighlights(doc) : undefined;
      // (The highlights listen from activation on: they have drawn it already.)
      // (The edited paragraphs' read: the whole analysis's entities, drawn before its goals, come after it.)
      if (p && p.version === doc.version && p.carried && !chitieu.model.current(doc)) { provisional = p.result.entities.map(key); setByEdit = { ...chitieu.decorations.lastSet }; carriedItems = chitieu.decorations.lastCarry?.carried; }
    });
    try {
      const line = Math.floor(doc.lineCount / 2);
      let offset = -1;
      // The whole analysis may (on an idle machine) come back before the edited paragraph's: tried a few times.
      for (let k = 0; k < 3 && !provisional; k++) {
        await editor.edit((e) => e.insert(new vscode.Position(line, 0), 'Phấn đấu đến năm 2030 đạt 5%. '));
        offset = doc.offsetAt(new vscode.Position(line, 0));
        await chitieu.model.analyse(doc);
      }
      assert.ok(provisional, 'the edited paragraph was read ahead of the whole');
      const read = chitieu.model.lastEditedRead!;
      assert.equal(read.version, doc.version);
      assert.ok(read.start <= offset && offset < read.end, `the edit (${offset}) is in what was read again [${read.start}, ${read.end})`);
      assert.ok(read.end - read.contextStart < 10_000, `${read.end - read.contextStart} characters read again of ${doc.getText().length}`);
      assert.ok(read.read > 0 && (carriedItems ?? 0) > 1000, `${read.read} entities read again, ${carriedItems} highlights carried`);
      const whole = (await chitieu.model.analyse(doc)).result.entities.map(key);
      const missing = whole.filter((k) => !provisional!.includes(k));
      const extra = provisional.filter((k) => !whole.includes(k));
      assert.deepEqual([missing, extra], [[], []], 'the provisional highlights are the whole analysis’s');
      // The edit's draw set only the chunks of highlights around the edit (VS Code moved the others).
      assert.ok(setByEdit && setByEdit.of >= 10 && setByEdit.chunks >= 1 && setByEdit.chunks <= 2, `chunks set by the edit's draw: ${JSON.stringify(setByEdit)}`);
      // …so the whole analysis's draw finds them drawn already, and sets nothing again.
      await until(() => chitieu.decorations.unchangedDraws > unchanged, 'the whole analysis drawn without setting the same ranges again');
      assert.deepEqual(chitieu.decorations.draw(editor, true).targets.length, chitieu.decorations.applied.get(doc.uri.toString())!.targets.length);
    } finally {
      listening.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('a large document\'s highlights: the chunks in view are set at once, the others in the turns after (a draw meanwhile sets those left)', async () => {
    const chitieu = await api();
    const editor = await openLargeDocument(1_000_000);
    await chitieu.decorations.apply(editor);
    await chitieu.decorations.whenAllSet(editor);
    const all = chitieu.decorations.draw(editor, true);
    const { chunks, of } = chitieu.decorations.lastSet;
    assert.ok(of >= 10 && chunks === of, `a forced draw sets every chunk: ${chunks} of ${of}`);
    const later = chitieu.decorations.pendingChunks(editor);
    assert.ok(later > 0 && later < of, `${later} of ${of} chunks left for later (those out of view)`);
    // A draw of the same items before they are set: the plan takes them as shown, so it sets the ones left.
    chitieu.decorations.draw(editor);
    assert.equal(chitieu.decorations.lastSet.chunks, later, 'the next draw sets the chunks the last one left');
    await chitieu.decorations.whenAllSet(editor);
    assert.equal(chitieu.decorations.pendingChunks(editor), 0);
    const n = (r: typeof all) => r.targets.length + r.amounts.length + r.deadlines.length + r.provinces.length;
    assert.equal(n(chitieu.decorations.applied.get(editor.document.uri.toString())!), n(all), 'every highlight drawn');
    chitieu.decorations.draw(editor);
    assert.equal(chitieu.decorations.lastSet.chunks, 0, 'once all are set, a draw of the same items sets nothing');
  });

  itNode('a large document\'s entities are drawn as soon as its worker has them, before its goals; the whole analysis is that same result', async () => {
    const chitieu = await api();
    const ahead = chitieu.model.entitiesAhead;
    // (Listening before the document opens: its analysis starts as it opens.)
    let doc: vscode.TextDocument | undefined;
    let early: { entities: unknown[]; goals: unknown[] } | undefined, goalsThen = -1;
    const listening = chitieu.model.onDidChangeProvisional((uri) => {
      doc ??= vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.getText().length >= 400_000);
      const p = doc && uri.toString() === doc.uri.toString() ? chitieu.model.forHighlights(doc) : undefined;
      if (p && !chitieu.model.current(doc!) && p.result.entities.some((e) => e.span[0] >= 300_000)) { early = p.result; goalsThen = p.result.goals.length; }
    });
    const editor = await openLargeDocument(400_000);
    try {
      assert.equal(doc ?? editor.document, editor.document);
      const done = await chitieu.model.analyse(editor.document);
      assert.equal(chitieu.model.entitiesAhead, ahead + 1, 'its whole analysis came in two steps');
      assert.ok(early, 'the whole document\'s entities were drawn before its goals');
      assert.equal(goalsThen, 0, 'no goals then');
      assert.equal(done.result, early, 'the whole analysis is the result drawn early, its goals put in');
      assert.ok(done.result.goals.length > 0);
      const first = await chitieu.decorations.apply(editor);
      assert.ok(first.targets.length > 0);
    } finally {
      listening.dispose();
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    }
  });

  it('chitieu.enable: never leaves the tree empty for closed files, and says why', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    await until(() => chitieu.tree.goalCount > 0, 'goals in the tree');
    try {
      await setting('enable', 'never');
      await until(() => chitieu.config().enable === 'never', 'the setting');
      await chitieu.index.whenIdle();
      chitieu.tree.rebuild();
      assert.equal(chitieu.tree.goalCount, 0);
      assert.equal(chitieu.index.documents.length, 0);
      assert.equal(chitieu.goalsView.state, 'disabled');
    } finally {
      await setting('enable', undefined);
    }
    await until(() => chitieu.config().enable === 'auto', 'the setting back');
    await chitieu.index.whenIdle();
    await until(() => chitieu.tree.goalCount > 0 && chitieu.goalsView.state === 'ready', 'the goals back');
  });

  it('the tree’s empty states: filtered, no documents, indexing', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    await until(() => chitieu.tree.goalCount > 0, 'goals in the tree');
    await vscode.commands.executeCommand('chitieu.filter', 'zzz không có chỉ tiêu nào như thế');
    await until(() => chitieu.goalsView.state === 'filtered', `the filtered state (${chitieu.goalsView.state})`);
    await vscode.commands.executeCommand('chitieu.clearFilter');
    await until(() => chitieu.goalsView.state === 'ready', 'ready again');
    try {
      await setting('workspace.include', ['**/*.nothing-here']);
      await until(async () => { await chitieu.index.whenIdle(); return chitieu.goalsView.state === 'noDocuments'; }, `the no-documents state (${chitieu.goalsView.state})`);
      // The files indexed before were read again while the workspace was searched, and none was kept: the search lists none.
      assert.equal(chitieu.index.documents.length, 0);
      assert.equal(chitieu.index.lastRun.listed, 0);
    } finally {
      const from = chitieu.goalsView.history.length;
      await setting('workspace.include', undefined);
      await until(async () => { await chitieu.index.whenIdle(); return chitieu.goalsView.state === 'ready'; }, 'the goals back');
      const h = chitieu.goalsView.history.slice(from);
      assert.deepEqual(h, ['indexing', 'ready'], `indexing shown while the tree was empty, then the goals: ${h.join(' → ')}`);
    }
  });

  it('finds the workspace\'s files in one search, and with globs of the user\'s own (braces, a folder)', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    const names = async () => (await chitieu.index.files()).map((u) => u.path.replace(/^.*\//, '')).sort();
    const all = await names();
    for (const f of ['000_b8550bfa09380357.txt', 'notes.md', 'dien-bien-2030.pdf', 'son-la-2030.docx']) assert.ok(all.includes(f), `${f} among ${all.join(', ')}`);
    assert.ok(!all.includes('.chitieu-export.json'), 'no export manifest listed as a document');
    try {
      // Braces of their own: searched glob by glob (VS Code's globs do not nest braces).
      await setting('workspace.include', ['**/*.{txt,md}', '**/*.pdf']);
      await until(() => chitieu.config().include.length === 2, 'the setting');
      const braced = await names();
      assert.deepEqual(braced, all.filter((f) => /\.(txt|md|pdf)$/.test(f)), 'the text files and the PDF');
      await setting('workspace.include', ['**/notes.md', '**/*.docx']);
      await until(() => chitieu.config().include[0] === '**/notes.md', 'the setting');
      assert.deepEqual(await names(), ['notes.md', 'son-la-2030.docx']);
    } finally {
      await setting('workspace.include', undefined);
      await until(async () => { await chitieu.index.whenIdle(); return chitieu.config().include.length === 5; }, 'the default include');
    }
  });

  itNode('the index has its engine workers read plain text files; the extension host reads a legacy-encoded one, PDF and Word files', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    const tcvn3 = workspaceFile('model/tcvn3.txt');
    // “Đến năm 2030, tỉnh phấn đấu đạt 5%.” in TCVN3 bytes: not UTF-8, handed back to the extension host.
    const { TCVN3 } = await import('../../src/sources/encodings/singleByte');
    const bytes = TCVN3.encode('Kế hoạch phát triển tỉnh Sơn La. Đến năm 2030, tỉnh phấn đấu thu hút 400 triệu USD vốn đầu tư.');
    assert.ok(bytes instanceof Uint8Array);
    await vscode.workspace.fs.writeFile(tcvn3, bytes);
    const fresh = workspaceFile('model/fresh-utf8.txt'); // never opened: read from the disk
    await vscode.workspace.fs.writeFile(fresh, new TextEncoder().encode(TEXT));
    try {
      // The file watcher indexes the new file on its own first.
      await until(async () => { await chitieu.index.whenIdle(); return [tcvn3, fresh].every((f) => chitieu.index.documents.some((d) => d.uri.toString() === f.toString())); }, 'the new files indexed');
      const before = { ...chitieu.index.reads };
      await chitieu.index.refresh();
      const inWorker = chitieu.index.reads.inWorker - before.inWorker, onHost = chitieu.index.reads.onHost - before.onHost;
      const files = (await chitieu.index.files()).map((u) => u.path);
      // Documents VS Code still holds (closed editors' too) are read from there, not from the disk.
      const held = new Set(vscode.workspace.textDocuments.map((d) => d.uri.path));
      const plain = files.filter((p) => /\.(txt|md)$/.test(p) && !p.endsWith('/model/tcvn3.txt') && !held.has(p)).length;
      assert.ok(plain >= 1, `the workspace's plain text files: ${files.join(', ')}`);
      assert.equal(inWorker, plain, `every UTF-8 text file read in the worker: ${inWorker} of ${plain} (${files.join(', ')})`);
      assert.ok(onHost >= 3 && onHost <= files.length - plain, `the host reads the TCVN3 file (handed back by the worker; through the source layer), the PDF and the Word file: ${onHost}`);
      for (const f of [tcvn3, fresh]) assert.ok(chitieu.index.documents.some((d) => d.uri.toString() === f.toString()), `${f.path} indexed`);
    } finally {
      await vscode.workspace.fs.delete(tcvn3);
      await vscode.workspace.fs.delete(fresh);
    }
  });

  itNode('a file an editor opens while the index\'s worker reads it is indexed with the editor\'s analysis, not the worker\'s copy', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    const uri = workspaceFile('model/opened-meanwhile.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    const model = chitieu.model;
    const fromDisk = model.analyseFileOnDisk;
    try {
      await until(async () => { await chitieu.index.whenIdle(); return chitieu.index.documents.some((d) => d.uri.toString() === uri.toString()); }, 'the new file indexed');
      // The editor opens the file while the worker analyses it from disk (the worker answers once it is open).
      let doc: vscode.TextDocument | undefined;
      model.analyseFileOnDisk = async (...args) => {
        const got = await fromDisk.apply(model, args);
        if (args[0].toString() === uri.toString()) doc = await vscode.workspace.openTextDocument(uri);
        return got;
      };
      const before = chitieu.index.openedMeanwhile;
      await chitieu.index.update(uri);
      assert.ok(doc, 'the worker was asked for the file');
      assert.equal(chitieu.index.openedMeanwhile, before + 1, 'the worker\'s result dropped');
      const entry = chitieu.index.documents.find((d) => d.uri.toString() === uri.toString());
      const current = model.current(doc);
      assert.ok(entry && current, 'indexed, and analysed as an open document');
      assert.strictEqual(entry.result, current.result, 'the index holds the editor\'s analysis itself');
    } finally {
      model.analyseFileOnDisk = fromDisk;
      await vscode.workspace.fs.delete(uri);
    }
  });

  itNode('a file read again while an older read of it runs keeps the newer read\'s result, whichever ends last', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    const uri = workspaceFile('model/read-twice.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT));
    const model = chitieu.model;
    const fromDisk = model.analyseFileOnDisk;
    const entry = () => chitieu.index.documents.find((d) => d.uri.toString() === uri.toString());
    const valuesOf = () => entry()?.result.goals.map((g) => g.value).sort((a, b) => (a ?? 0) - (b ?? 0));
    try {
      await until(async () => { await chitieu.index.whenIdle(); return !!entry(); }, 'the file indexed');
      await new Promise((r) => setTimeout(r, 300)); // the watcher's events of the write pass
      await chitieu.index.whenIdle();
      // The first read of the file (its first text) is held until a read of its second text has ended.
      let release!: () => void;
      const held = new Promise<void>((r) => { release = r; });
      let first = true;
      model.analyseFileOnDisk = async (...args) => {
        const got = await fromDisk.apply(model, args);
        if (first && args[0].toString() === uri.toString()) { first = false; await held; }
        return got;
      };
      const older = chitieu.index.update(uri);
      await until(() => !first, 'the first read made');
      await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(TEXT.replace('400 triệu USD', '900 triệu USD')));
      await chitieu.index.update(uri);
      await new Promise((r) => setTimeout(r, 300));
      await chitieu.index.whenIdle();
      assert.deepEqual(valuesOf(), [2, 900_000_000], 'the second text indexed');
      release();
      await older;
      assert.deepEqual(valuesOf(), [2, 900_000_000], 'the older read, ended last, did not put its text back');
    } finally {
      model.analyseFileOnDisk = fromDisk;
      await vscode.workspace.fs.delete(uri);
    }
  });

  it('a large document in the workspace starts the quick worker before it is opened', async () => {
    const chitieu = await api();
    await chitieu.index.whenIdle();
    const seen = chitieu.model.largeFilesSeen;
    const uri = workspaceFile('model/large-unopened.txt');
    await vscode.workspace.fs.writeFile(uri, new TextEncoder().encode(await largeText(150_000)));
    try {
      await until(async () => { await chitieu.index.whenIdle(); return chitieu.model.largeFilesSeen > seen; }, 'the index to read the large file');
      assert.ok(chitieu.model.quickStarted, 'the quick worker started');
      assert.ok(!vscode.workspace.textDocuments.some((d) => d.uri.toString() === uri.toString()), 'without the document being opened');
    } finally {
      await vscode.workspace.fs.delete(uri);
    }
  });
});
