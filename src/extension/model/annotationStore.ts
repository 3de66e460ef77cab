/**
 * Annotations beside the corpus: one file per document in `.chitieu/` at the workspace root
 * (`.chitieu/<document path>.json`, see src/annotations/storeFormat.ts).
 *
 * - Loaded lazily per document; anchored again to the document's text whenever it changes: edits in
 *   an editor move anchors exactly (`shiftAnchors`), anything else is found by quote and context
 *   (`reanchor`). An annotation whose text is gone is kept and marked orphaned.
 * - Writes are atomic (a temporary file, then a rename) and merge with what is on disk: another
 *   window's changes made since we last read the file are kept (three-way merge by annotation id).
 * - A file that does not parse is never overwritten: the document is marked, a message names the
 *   file, and the rest of the workspace goes on working.
 * - Renaming or moving a document (or a folder) in VS Code moves its annotations.
 * - In Restricted Mode or on a read-only file system, writing says why it cannot.
 */
import * as vscode from 'vscode';
import { ANNOTATION_DIR, type Annotation, type AnnotationFile } from '../../annotations/model';
import { AnnotationFileError, annotationPathFor, documentPathFor, parseAnnotationFile, serializeAnnotationFile } from '../../annotations/storeFormat';
import { mergeAnnotations, mergeDocumentDate } from '../../annotations/merge';
import { reanchor, shiftAnchors, type TextChange } from '../../annotations/anchor';
import { textHash } from '../../annotations/textHash';

/** A reason an annotation cannot be saved, worded for the person annotating. */
export class CannotSave extends Error {
  constructor(message: string, readonly file?: vscode.Uri) { super(message); this.name = 'CannotSave'; }
}

export interface DocAnnotations {
  doc: vscode.Uri;
  folder: vscode.WorkspaceFolder;
  /** The document's path relative to its workspace folder, with `/`. */
  path: string;
  file: vscode.Uri;
  annotations: Annotation[];
  /** The annotations as last read from or written to disk (the merge base). */
  base: Annotation[] | undefined;
  /** The file's text as last read or written (to tell our own writes from other writers'). */
  diskText: string | undefined;
  /** Why the file cannot be used (it does not parse); writes are refused while it is set. */
  error?: string;
  /** The text version the anchors were last checked against (`doc.version`, or -1 for a text from disk). */
  anchoredTo?: string;
  /** The text from disk the anchors were last checked against (documents not open in an editor). */
  anchoredText?: string;
  /** Changes since the file was last written that only moved anchors (saved with the document). */
  anchorsMoved: boolean;
  /** The date the researcher set for the document (`YYYY[-MM[-DD]]`), and as last read or written (the merge base). */
  documentDate?: string;
  baseDocumentDate?: string;
  /** The fingerprint of the text the annotations were last anchored to (written with them, see textHash.ts). */
  textHash?: string;
  /** Top-level keys of the file added by hand: kept and written back. */
  extra?: Record<string, unknown>;
}

/** What one change did to one document: annotations it added (ids) and the prior versions of those it changed or removed. */
interface UndoEntry { doc: vscode.Uri; added: string[]; previous: Annotation[]; previousDate?: { date: string | undefined } }
interface UndoRecord { label: string; entries: UndoEntry[] }

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');
const key = (u: vscode.Uri) => u.toString();
const sameAnnotations = (a: readonly Annotation[], b: readonly Annotation[]) => a.length === b.length && JSON.stringify(a) === JSON.stringify(b);

export class AnnotationStore implements vscode.Disposable {
  private readonly docs = new Map<string, DocAnnotations>();
  private readonly loading = new Map<string, Promise<DocAnnotations | undefined>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the document whose annotations changed (added, edited, re-anchored, reloaded). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly undoStack: UndoRecord[] = [];
  private readonly reported = new Set<string>();
  /** Counts writes, for tests and the log. */
  writes = 0;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${ANNOTATION_DIR}/**/*.json`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => void this.reloadFile(u)),
      watcher.onDidCreate((u) => void this.reloadFile(u)),
      watcher.onDidDelete((u) => void this.reloadFile(u)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d)),
      vscode.workspace.onDidRenameFiles((e) => void this.onRename(e)),
      // A document opened again starts at version 1 with whatever text is on disk now: anchor afresh.
      vscode.workspace.onDidCloseTextDocument((d) => { const st = this.docs.get(key(d.uri)); if (st) st.anchoredTo = undefined; }),
      this.changed,
    );
  }

  // ------------------------------------------------------------------ reading

  /** The workspace folder, relative path and annotation file of a document, or why it has none. */
  locate(doc: vscode.Uri): { folder: vscode.WorkspaceFolder; path: string; file: vscode.Uri } | { reason: string } {
    if (doc.scheme === 'untitled') return { reason: 'Save the document first: annotations are stored beside saved documents.' };
    const folder = vscode.workspace.getWorkspaceFolder(doc);
    if (!folder) return { reason: `Annotations are stored in the workspace's ${ANNOTATION_DIR} folder: open the folder that holds ${doc.path.split('/').pop()} (File › Open Folder) to annotate it.` };
    const path = vscode.workspace.asRelativePath(doc, false).replace(/\\/g, '/');
    if (path.startsWith(`${ANNOTATION_DIR}/`)) return { reason: 'This is an annotation file; annotate the document it belongs to.' };
    return { folder, path, file: vscode.Uri.joinPath(folder.uri, annotationPathFor(path)) };
  }

  /** The document's annotations as loaded (undefined until `load` has run). */
  peek(doc: vscode.Uri): DocAnnotations | undefined { return this.docs.get(key(doc)); }

  /** Whether the document has annotations (loaded). */
  has(doc: vscode.Uri): boolean { return (this.docs.get(key(doc))?.annotations.length ?? 0) > 0; }

  /** Every loaded document with annotations. */
  get all(): DocAnnotations[] { return [...this.docs.values()].filter((d) => d.annotations.length > 0 || d.error); }

  /** Loads (once) the annotations of a document; undefined when it cannot have any (untitled, outside the workspace). */
  load(doc: vscode.Uri): Promise<DocAnnotations | undefined> {
    const k = key(doc);
    const have = this.docs.get(k);
    if (have) return Promise.resolve(have);
    let p = this.loading.get(k);
    if (!p) {
      p = this.read(doc).finally(() => this.loading.delete(k));
      this.loading.set(k, p);
    }
    return p;
  }

  /** Loads every annotation file of the workspace (for the goals tree and exports). */
  async loadAll(): Promise<void> {
    const files = await vscode.workspace.findFiles(`**/${ANNOTATION_DIR}/**/*.json`, '**/node_modules/**');
    await Promise.all(files.map(async (f) => {
      const folder = vscode.workspace.getWorkspaceFolder(f);
      if (!folder) return;
      const rel = vscode.workspace.asRelativePath(f, false).replace(/\\/g, '/');
      const docPath = documentPathFor(rel);
      if (docPath) await this.load(vscode.Uri.joinPath(folder.uri, docPath));
    }));
  }

  private async read(doc: vscode.Uri): Promise<DocAnnotations | undefined> {
    const where = this.locate(doc);
    if ('reason' in where) return undefined;
    const state: DocAnnotations = { doc, ...where, annotations: [], base: undefined, diskText: undefined, anchorsMoved: false };
    const text = await this.readFile(where.file);
    if (text !== undefined) this.takeDisk(state, text);
    // Another call may have loaded it meanwhile: the first one stays.
    const existing = this.docs.get(key(doc));
    if (existing) return existing;
    this.docs.set(key(doc), state);
    const open = vscode.workspace.textDocuments.find((d) => key(d.uri) === key(doc));
    if (open) this.anchor(state, open.getText(), String(open.version));
    if (state.annotations.length || state.error || state.documentDate) this.changed.fire(doc);
    return state;
  }

  private async readFile(file: vscode.Uri): Promise<string | undefined> {
    try {
      return decoder.decode(await vscode.workspace.fs.readFile(file));
    } catch (e) {
      if (e instanceof vscode.FileSystemError && e.code === 'FileNotFound') return undefined;
      if ((e as { code?: string }).code === 'ENOENT') return undefined;
      this.log.warn(`${file.fsPath}: cannot read it (${(e as Error).message})`);
      return undefined;
    }
  }

  /** Takes the file's text from disk as the document's annotations (or marks the file unusable). */
  private takeDisk(state: DocAnnotations, text: string): void {
    state.diskText = text;
    try {
      const parsed = parseAnnotationFile(text);
      state.annotations = parsed.annotations;
      state.base = parsed.annotations;
      state.documentDate = state.baseDocumentDate = parsed.documentDate;
      state.error = undefined;
      state.anchoredTo = undefined;
      state.textHash = parsed.textHash;
      state.extra = parsed.extra;
    } catch (e) {
      if (!(e instanceof AnnotationFileError)) throw e;
      state.error = `${vscode.workspace.asRelativePath(state.file)}: ${e.message}`;
      this.reportCorrupt(state);
    }
  }

  private reportCorrupt(state: DocAnnotations): void {
    const msg = `chitieu: the annotation file ${vscode.workspace.asRelativePath(state.file)} cannot be read (${state.error?.split(': ').slice(1).join(': ')}). It is kept as it is and nothing will overwrite it; fix or remove it to annotate ${state.path} again. Other documents are not affected.`;
    this.log.error(msg);
    if (this.reported.has(key(state.file))) return;
    this.reported.add(key(state.file));
    void vscode.window.showErrorMessage(msg, 'Open annotation file').then((pick) => {
      if (pick) void vscode.window.showTextDocument(state.file);
    });
  }

  /** Another writer changed (or removed) an annotation file: merge it into what we hold. */
  private async reloadFile(file: vscode.Uri): Promise<void> {
    const folder = vscode.workspace.getWorkspaceFolder(file);
    const docPath = folder && documentPathFor(vscode.workspace.asRelativePath(file, false).replace(/\\/g, '/'));
    if (!folder || !docPath) return;
    const doc = vscode.Uri.joinPath(folder.uri, docPath);
    const state = this.docs.get(key(doc));
    if (!state) return; // not loaded yet: it will be read when needed
    const text = await this.readFile(file);
    if (text === state.diskText) return; // our own write
    if (text === undefined) {
      // Deleted by someone else: what we hold becomes unsaved; keep it in memory, and say so.
      state.diskText = undefined;
      state.base = undefined;
      if (state.annotations.length) this.log.warn(`${vscode.workspace.asRelativePath(file)} was deleted on disk; ${state.annotations.length} annotations are kept in memory and are written again on the next change`);
      return;
    }
    const ours = state.annotations;
    const base = state.base;
    const hadError = state.error;
    const [ourDate, baseDate] = [state.documentDate, state.baseDocumentDate];
    this.takeDisk(state, text);
    if (state.error) return;
    if (!hadError) state.documentDate = mergeDocumentDate(baseDate, ourDate, state.documentDate);
    this.reported.delete(key(file));
    if (!hadError && base && !sameAnnotations(ours, base)) {
      const merged = mergeAnnotations(base, ours, state.annotations);
      state.annotations = merged.annotations;
    }
    state.anchoredTo = undefined;
    this.reanchorOpen(state);
    this.log.info(`${vscode.workspace.asRelativePath(file)} changed on disk: ${state.annotations.length} annotations`);
    this.changed.fire(doc);
  }

  // ------------------------------------------------------------------ anchoring

  private reanchorOpen(state: DocAnnotations): void {
    const open = vscode.workspace.textDocuments.find((d) => key(d.uri) === key(state.doc));
    if (open) this.anchor(state, open.getText(), String(open.version));
  }

  /**
   * Anchors the document's annotations to this text (its version named by `version`); true when any
   * moved. `trusted`: the offsets were carried exactly through the editor's edits since the last
   * anchoring (a quote still at its offsets stays). A text whose fingerprint is the one recorded with
   * the annotations is not re-anchored at all.
   */
  anchor(state: DocAnnotations, text: string, version: string, trusted = false): boolean {
    if (state.anchoredTo === version) return false;
    const hash = textHash(text);
    if (!state.annotations.length) { state.anchoredTo = version; state.textHash = hash; return false; }
    if (!trusted && hash === state.textHash) { state.anchoredTo = version; return false; }
    const oldLength = state.textHash ? Number(state.textHash.split(':')[2]) : undefined;
    const r = reanchor(text, state.annotations, { trustOffsets: trusted, oldLength });
    state.anchoredTo = version;
    state.textHash = hash;
    const changed = r.items.some((a, i) => a !== state.annotations[i] && (a.start !== state.annotations[i].start || a.end !== state.annotations[i].end || !!a.orphaned !== !!state.annotations[i].orphaned || !!a.ambiguous !== !!state.annotations[i].ambiguous));
    state.annotations = r.items;
    if (changed) state.anchorsMoved = true;
    return changed;
  }

  /** The annotations of an open document, anchored to its current text. */
  forDocument(doc: vscode.TextDocument): Annotation[] {
    const state = this.docs.get(key(doc.uri));
    if (!state) { void this.load(doc.uri); return []; }
    this.anchor(state, doc.getText(), String(doc.version));
    return state.annotations;
  }

  /** The annotations of a document not open in an editor, anchored to its text as read from disk. */
  forText(doc: vscode.Uri, text: string): Annotation[] {
    const state = this.docs.get(key(doc));
    if (!state) return [];
    const open = vscode.workspace.textDocuments.find((d) => key(d.uri) === key(doc));
    if (open) return this.forDocument(open);
    // The same text as last time (usually the very same string), and nothing changed the annotations since.
    if (state.anchoredTo === 'disk' && state.anchoredText === text) return state.annotations;
    this.anchor(state, text, 'disk');
    state.anchoredText = text;
    return state.annotations;
  }

  private onEdit(e: vscode.TextDocumentChangeEvent): void {
    const state = this.docs.get(key(e.document.uri));
    if (!state || !state.annotations.length || !e.contentChanges.length) return;
    const changes: TextChange[] = e.contentChanges.map((c) => ({ offset: c.rangeOffset, deleteCount: c.rangeLength, insert: c.text }));
    // Offsets carried exactly through the edit are trusted only when they were anchored to the text before it.
    const trusted = state.anchoredTo !== undefined;
    state.annotations = shiftAnchors(state.annotations, changes);
    state.anchoredTo = undefined;
    this.anchor(state, e.document.getText(), String(e.document.version), trusted);
    state.anchorsMoved = true;
    // No event: decorations and hovers follow the document's version; the tree follows its re-analysis.
  }

  /** Saving a document saves its annotations' new positions too (quietly; nothing is lost if it cannot). */
  private async onSave(doc: vscode.TextDocument): Promise<void> {
    const state = this.docs.get(key(doc.uri));
    if (!state || !state.anchorsMoved || !state.annotations.length || state.error) return;
    this.anchor(state, doc.getText(), String(doc.version));
    try {
      await this.write(state, state.annotations);
    } catch (e) {
      this.log.warn(`positions of the annotations of ${state.path} not saved: ${(e as Error).message}`);
    }
  }

  // ------------------------------------------------------------------ writing

  /** Why nothing can be saved for this document, or undefined when it can. */
  cannotSave(state: DocAnnotations | undefined, doc: vscode.Uri): string | undefined {
    if (!vscode.workspace.isTrusted) return 'chitieu does not save annotations in Restricted Mode. Trust this folder (Manage Workspace Trust) to annotate; highlights and exports keep working meanwhile.';
    if (!state) { const w = this.locate(doc); return 'reason' in w ? w.reason : undefined; }
    if (state.error) return `The annotation file ${vscode.workspace.asRelativePath(state.file)} cannot be read (${state.error.split(': ').slice(1).join(': ')}); chitieu keeps it as it is. Fix or remove it, then annotate again.`;
    if (vscode.workspace.fs.isWritableFileSystem(state.file.scheme) === false) return `The file system of ${vscode.workspace.asRelativePath(state.file)} is read-only, so annotations cannot be saved there. Copy the corpus to a writable folder to annotate it.`;
    return undefined;
  }

  /**
   * Changes a document's annotations and saves them, merged with what another writer may have saved
   * meanwhile. Throws `CannotSave` (with a message for the person) when it cannot; then nothing changes.
   */
  async update(doc: vscode.Uri, change: (current: Annotation[]) => Annotation[], label: string, options: { undoable?: boolean; text?: vscode.TextDocument } = {}): Promise<Annotation[]> {
    const state = await this.load(doc);
    const why = this.cannotSave(state, doc);
    // The file is offered to open only when it is the problem (a corrupt file), not in Restricted Mode or on a read-only disk.
    if (why || !state) throw new CannotSave(why ?? 'cannot annotate this document', state?.error ? state.file : undefined);
    if (options.text) this.anchor(state, options.text.getText(), String(options.text.version));
    const before = state.annotations;
    const next = change(before);
    await this.write(state, next);
    if (options.undoable !== false) {
      const was = new Map(before.map((a) => [a.id, a]));
      const now = new Map(next.map((a) => [a.id, a]));
      const added = next.filter((a) => !was.has(a.id)).map((a) => a.id);
      const previous = before.filter((a) => !now.has(a.id) || JSON.stringify(now.get(a.id)) !== JSON.stringify(a));
      if (added.length || previous.length) {
        this.undoStack.push({ label, entries: [{ doc, added, previous }] });
        if (this.undoStack.length > 100) this.undoStack.shift();
      }
    }
    this.changed.fire(doc);
    return state.annotations;
  }

  /**
   * Sets (or, with undefined, clears) the date the document speaks from, and saves it with the
   * document's annotations. Throws `CannotSave` as `update` does; then nothing changes.
   */
  async setDocumentDate(doc: vscode.Uri, date: string | undefined, label: string, undoable = true): Promise<void> {
    const state = await this.load(doc);
    const why = this.cannotSave(state, doc);
    if (why || !state) throw new CannotSave(why ?? 'cannot set the date of this document', state?.error ? state.file : undefined);
    const before = state.documentDate;
    state.documentDate = date || undefined;
    try {
      await this.write(state, state.annotations);
    } catch (e) {
      state.documentDate = before;
      throw e;
    }
    if (undoable && before !== state.documentDate) {
      this.undoStack.push({ label, entries: [{ doc, added: [], previous: [], previousDate: { date: before } }] });
      if (this.undoStack.length > 100) this.undoStack.shift();
    }
    this.changed.fire(doc);
  }

  /** The date set for a document (loaded), or undefined. */
  documentDateOf(doc: vscode.Uri): string | undefined { return this.docs.get(key(doc))?.documentDate; }

  /** Groups the undo records pushed since `mark` into one (annotating many documents at once). */
  undoMark(): number { return this.undoStack.length; }
  squashUndo(mark: number, label: string): void {
    const parts = this.undoStack.splice(mark);
    if (parts.length) this.undoStack.push({ label, entries: parts.flatMap((p) => p.entries) });
  }

  /**
   * Undoes the last annotation change in every document it touched: what it added goes, what it
   * changed or removed comes back. Annotations another window saved meanwhile stay.
   */
  async undo(): Promise<string | undefined> {
    const rec = this.undoStack.pop();
    if (!rec) return undefined;
    try {
      for (const { doc, added, previous, previousDate } of rec.entries) {
        if (previousDate) { await this.setDocumentDate(doc, previousDate.date, `undo ${rec.label}`, false); continue; }
        await this.update(doc, (current) => {
          const drop = new Set([...added, ...previous.map((a) => a.id)]);
          return [...current.filter((a) => !drop.has(a.id)), ...previous];
        }, `undo ${rec.label}`, { undoable: false });
      }
    } catch (e) {
      this.undoStack.push(rec);
      throw e;
    }
    return rec.label;
  }

  /** Writes atomically (temporary file + rename), after merging another writer's changes. */
  private async write(state: DocAnnotations, next: Annotation[]): Promise<void> {
    let annotations = next;
    const onDisk = await this.readFile(state.file);
    if (onDisk !== undefined && onDisk !== state.diskText) {
      let theirs: AnnotationFile;
      try {
        theirs = parseAnnotationFile(onDisk);
      } catch (e) {
        state.diskText = onDisk;
        state.error = `${vscode.workspace.asRelativePath(state.file)}: ${(e as Error).message}`;
        this.reportCorrupt(state);
        throw new CannotSave(this.cannotSave(state, state.doc) ?? state.error, state.file);
      }
      const merged = mergeAnnotations(state.base, annotations, theirs.annotations);
      annotations = merged.annotations;
      state.documentDate = mergeDocumentDate(state.baseDocumentDate, state.documentDate, theirs.documentDate);
      if (merged.fromTheirs) this.log.info(`${state.path}: merged ${merged.fromTheirs} change(s) saved by another window${merged.conflicts.length ? `, ${merged.conflicts.length} conflict(s) resolved by the latest change` : ''}`);
    }
    const body = serializeAnnotationFile({ version: 1, document: state.path, documentDate: state.documentDate, annotations, textHash: state.textHash, extra: state.extra });
    const tmp = state.file.with({ path: `${state.file.path}.${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}.tmp` });
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(state.file, '..'));
      await vscode.workspace.fs.writeFile(tmp, encoder.encode(body));
      await vscode.workspace.fs.rename(tmp, state.file, { overwrite: true });
    } catch (e) {
      try { await vscode.workspace.fs.delete(tmp); } catch { /* it was never written */ }
      const code = e instanceof vscode.FileSystemError ? e.code : (e as { code?: string }).code ?? '';
      const why = /NoPermissions|EACCES|EPERM|EROFS/.test(`${code} ${(e as Error).message}`)
        ? `it is not writable (${(e as Error).message}); check the permissions of the ${ANNOTATION_DIR} folder or copy the corpus to a writable folder`
        : (e as Error).message;
      throw new CannotSave(`Could not save the annotations of ${state.path} to ${vscode.workspace.asRelativePath(state.file)}: ${why}. Nothing was changed.`, state.file);
    }
    this.writes++;
    state.annotations = annotations;
    state.base = annotations;
    state.baseDocumentDate = state.documentDate;
    state.diskText = body;
    state.anchorsMoved = false;
    state.anchoredTo = undefined;
    this.reanchorOpen(state);
  }

  // ------------------------------------------------------------------ renames

  private async onRename(e: vscode.FileRenameEvent): Promise<void> {
    for (const { oldUri, newUri } of e.files) {
      const from = this.locate(oldUri), to = this.locate(newUri);
      if ('reason' in from || 'reason' in to) continue;
      // A document, or a folder of documents: every annotation file at or under the old path moves.
      const moves: Array<[vscode.Uri, vscode.Uri]> = [];
      const single = vscode.Uri.joinPath(from.folder.uri, annotationPathFor(from.path));
      if (await this.readFile(single) !== undefined) moves.push([oldUri, newUri]);
      else {
        const dir = vscode.Uri.joinPath(from.folder.uri, ANNOTATION_DIR, from.path);
        const files = await vscode.workspace.findFiles(new vscode.RelativePattern(dir, '**/*.json'));
        for (const f of files) {
          const rel = f.path.slice(dir.path.length + 1, -5);
          moves.push([vscode.Uri.joinPath(oldUri, rel), vscode.Uri.joinPath(newUri, rel)]);
        }
      }
      for (const [a, b] of moves) await this.move(a, b);
    }
  }

  private async move(oldDoc: vscode.Uri, newDoc: vscode.Uri): Promise<void> {
    const from = this.locate(oldDoc), to = this.locate(newDoc);
    if ('reason' in from || 'reason' in to) return;
    const text = await this.readFile(from.file);
    if (text === undefined) return;
    const held = this.docs.get(key(oldDoc));
    this.docs.delete(key(oldDoc));
    let body = text;
    try {
      const parsed = parseAnnotationFile(text);
      body = serializeAnnotationFile({ ...parsed, document: to.path });
    } catch { /* a broken file moves as it is, still broken and still named in messages */ }
    try {
      await vscode.workspace.fs.createDirectory(vscode.Uri.joinPath(to.file, '..'));
      if (await this.readFile(to.file) !== undefined) {
        this.log.warn(`${vscode.workspace.asRelativePath(to.file)} already exists; the annotations of ${from.path} stay in ${vscode.workspace.asRelativePath(from.file)}`);
        return;
      }
      const tmp = to.file.with({ path: `${to.file.path}.${Date.now().toString(36)}.tmp` });
      await vscode.workspace.fs.writeFile(tmp, encoder.encode(body));
      await vscode.workspace.fs.rename(tmp, to.file, { overwrite: false });
      await vscode.workspace.fs.delete(from.file);
      this.log.info(`moved annotations ${vscode.workspace.asRelativePath(from.file)} → ${vscode.workspace.asRelativePath(to.file)}`);
    } catch (e) {
      this.log.error(`could not move the annotations of ${from.path} to ${to.path}: ${(e as Error).message}`);
      void vscode.window.showWarningMessage(`chitieu: the annotations of ${from.path} could not follow it to ${to.path} (${(e as Error).message}); they are still in ${vscode.workspace.asRelativePath(from.file)}.`);
      if (held) this.docs.set(key(oldDoc), held);
      return;
    }
    if (held) void this.load(newDoc).then(() => this.changed.fire(newDoc));
    this.changed.fire(oldDoc);
  }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}
