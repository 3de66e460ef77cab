/**
 * Annotations beside the corpus: one file per document in `.chitieu/` at the workspace root
 * (`.chitieu/<document path>.json`, see src/annotations/storeFormat.ts).
 *
 * - Loaded lazily per document; anchored again to the document's text whenever it changes: edits in
 *   an editor move anchors exactly (`shiftAnchors`), anything else is found by quote and context
 *   (`reanchor`). An annotation whose text is gone is kept and marked orphaned.
 * - Changes are written through annotationFiles.ts (atomic, merged with other windows' changes),
 *   recorded for undo (annotationUndo.ts); renames are followed by annotationRenames.ts.
 */
import * as vscode from 'vscode';
import { textOf } from '../platform/documentText';
import { ANNOTATION_DIR, type Annotation } from '../../annotations/model';
import { AnnotationFileError, documentPathFor, parseAnnotationFile } from '../../annotations/storeFormat';
import { mergeAnnotations, mergeDocumentDate } from '../../annotations/merge';
import { reanchor, shiftAnchors, type TextChange } from '../../annotations/anchor';
import { textHash } from '../../annotations/textHash';
import type { Log } from '../platform/log';
import { documentKey, sourceFileUri } from '../platform/sourceUri';
import { CannotSave, CorruptFiles, cannotSave, locate, readFile, writeAnnotations, type DocAnnotations } from './annotationFiles';
import { AnnotationRenames } from './annotationRenames';
import { UndoStack } from './annotationUndo';

export { CannotSave, type DocAnnotations } from './annotationFiles';

// A text view of a PDF or Word file stands for the file: its annotations are the file's (platform/sourceUri.ts).
const key = documentKey;
const sameAnnotations = (a: readonly Annotation[], b: readonly Annotation[]) => a.length === b.length && JSON.stringify(a) === JSON.stringify(b);

export class AnnotationStore implements vscode.Disposable {
  private readonly docs = new Map<string, DocAnnotations>();
  private readonly loading = new Map<string, Promise<DocAnnotations | undefined>>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  /** Fires with the document whose annotations changed (added, edited, re-anchored, reloaded). */
  readonly onDidChange = this.changed.event;
  private readonly disposables: vscode.Disposable[] = [];
  private readonly undoStack = new UndoStack();
  private readonly corrupt: CorruptFiles;
  /** Counts writes, for tests and the log. */
  writes = 0;

  constructor(private readonly log: Log) {
    this.corrupt = new CorruptFiles(log);
    const watcher = vscode.workspace.createFileSystemWatcher(`**/${ANNOTATION_DIR}/**/*.json`);
    this.disposables.push(
      watcher,
      watcher.onDidChange((u) => void this.reloadFile(u)),
      watcher.onDidCreate((u) => void this.reloadFile(u)),
      watcher.onDidDelete((u) => void this.reloadFile(u)),
      vscode.workspace.onDidChangeTextDocument((e) => this.onEdit(e)),
      vscode.workspace.onDidSaveTextDocument((d) => void this.onSave(d)),
      new AnnotationRenames(this, log),
      // A document opened again starts at version 1 with whatever text is on disk now: anchor afresh.
      vscode.workspace.onDidCloseTextDocument((d) => { const st = this.docs.get(key(d.uri)); if (st) st.anchoredTo = undefined; }),
      this.changed,
    );
  }

  // ------------------------------------------------------------------ reading

  /** The workspace folder, relative path and annotation file of a document, or why it has none. */
  locate(doc: vscode.Uri): ReturnType<typeof locate> { return locate(sourceFileUri(doc)); }

  /** The document's annotations as loaded (undefined until `load` has run). */
  peek(doc: vscode.Uri): DocAnnotations | undefined { return this.docs.get(key(doc)); }

  /** Whether the document has annotations (loaded). */
  has(doc: vscode.Uri): boolean { return (this.docs.get(key(doc))?.annotations.length ?? 0) > 0; }

  /** Every loaded document with annotations. */
  get all(): DocAnnotations[] { return [...this.docs.values()].filter((d) => d.annotations.length > 0 || d.error); }

  /** Loads (once) the annotations of a document; undefined when it cannot have any (untitled, outside the workspace). */
  load(doc: vscode.Uri): Promise<DocAnnotations | undefined> {
    doc = sourceFileUri(doc);
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
    if (open) this.anchor(state, () => textOf(open), String(open.version));
    if (state.annotations.length || state.error || state.documentDate) this.changed.fire(doc);
    return state;
  }

  private readFile(file: vscode.Uri): Promise<string | undefined> { return readFile(file, this.log); }

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
      this.corrupt.report(state);
    }
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
    this.corrupt.forget(file);
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
    if (open) this.anchor(state, () => textOf(open), String(open.version));
  }

  /**
   * Anchors the document's annotations to this text (its version named by `version`); true when any
   * moved. `trusted`: the offsets were carried exactly through the editor's edits since the last
   * anchoring (a quote still at its offsets stays). A text whose fingerprint is the one recorded with
   * the annotations is not re-anchored at all. `textOf`: the text, asked for only when there are
   * annotations to anchor (copying and fingerprinting a 1 MB document held the extension host 10–35 ms
   * as it opened); without any, no fingerprint is kept, so annotations added later are anchored afresh
   * the next time the file is read (never skipped on a fingerprint of some other text).
   */
  anchor(state: DocAnnotations, textOf: () => string, version: string, trusted = false): boolean {
    if (state.anchoredTo === version) return false;
    if (!state.annotations.length) { state.anchoredTo = version; state.textHash = undefined; return false; }
    const text = textOf();
    const hash = textHash(text);
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

  /**
   * The fingerprint of the text the annotations are anchored to, made when first needed: as they are
   * written (the first annotations of a document; later ones keep the fingerprint anchoring made).
   */
  private fingerprint(state: DocAnnotations, open: vscode.TextDocument | undefined): void {
    if (state.textHash !== undefined) return;
    if (open && state.anchoredTo === String(open.version)) state.textHash = textHash(textOf(open));
    else if (state.anchoredTo === 'disk' && state.anchoredText !== undefined) state.textHash = textHash(state.anchoredText);
  }

  /** The annotations of an open document, anchored to its current text. */
  forDocument(doc: vscode.TextDocument): Annotation[] {
    const state = this.docs.get(key(doc.uri));
    if (!state) { void this.load(doc.uri); return []; }
    this.anchor(state, () => textOf(doc), String(doc.version));
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
    this.anchor(state, () => text, 'disk');
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
    this.anchor(state, () => textOf(e.document), String(e.document.version), trusted);
    state.anchorsMoved = true;
    // No event: decorations and hovers follow the document's version; the tree follows its re-analysis.
  }

  /** Saving a document saves its annotations' new positions too (quietly; nothing is lost if it cannot). */
  private async onSave(doc: vscode.TextDocument): Promise<void> {
    const state = this.docs.get(key(doc.uri));
    if (!state || !state.anchorsMoved || !state.annotations.length || state.error) return;
    this.anchor(state, () => textOf(doc), String(doc.version));
    try {
      await this.write(state, state.annotations);
    } catch (e) {
      this.log.warn(`positions of the annotations of ${state.path} not saved: ${(e as Error).message}`);
    }
  }

  // ------------------------------------------------------------------ writing

  /** Why nothing can be saved for this document, or undefined when it can. */
  cannotSave(state: DocAnnotations | undefined, doc: vscode.Uri): string | undefined { return cannotSave(state, doc); }

  /**
   * Changes a document's annotations and saves them, merged with what another writer may have saved
   * meanwhile. Throws `CannotSave` (with a message for the person) when it cannot; then nothing changes.
   */
  async update(doc: vscode.Uri, change: (current: Annotation[]) => Annotation[], label: string, options: { undoable?: boolean; text?: vscode.TextDocument } = {}): Promise<Annotation[]> {
    doc = sourceFileUri(doc);
    const state = await this.load(doc);
    const why = this.cannotSave(state, doc);
    // The file is offered to open only when it is the problem (a corrupt file), not in Restricted Mode or on a read-only disk.
    if (why || !state) throw new CannotSave(why ?? 'cannot annotate this document', state?.error ? state.file : undefined);
    if (options.text) { const open = options.text; this.anchor(state, () => textOf(open), String(open.version)); }
    this.fingerprint(state, options.text);
    const before = state.annotations;
    const next = change(before);
    await this.write(state, next);
    if (options.undoable !== false) this.undoStack.recordChange(doc, label, before, next);
    this.changed.fire(doc);
    return state.annotations;
  }

  /**
   * Sets (or, with undefined, clears) the date the document speaks from, and saves it with the
   * document's annotations. Throws `CannotSave` as `update` does; then nothing changes.
   */
  async setDocumentDate(doc: vscode.Uri, date: string | undefined, label: string, undoable = true): Promise<void> {
    doc = sourceFileUri(doc);
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
    if (undoable && before !== state.documentDate) this.undoStack.recordDate(doc, label, before);
    this.changed.fire(doc);
  }

  /** The date set for a document (loaded), or undefined. */
  documentDateOf(doc: vscode.Uri): string | undefined { return this.docs.get(key(doc))?.documentDate; }

  /** Groups the undo records pushed since `mark` into one (annotating many documents at once). */
  undoMark(): number { return this.undoStack.mark(); }
  squashUndo(mark: number, label: string): void { this.undoStack.squash(mark, label); }

  /**
   * Undoes the last annotation change in every document it touched: what it added goes, what it
   * changed or removed comes back. Annotations another window saved meanwhile stay.
   */
  undo(): Promise<string | undefined> { return this.undoStack.undo(this); }

  private async write(state: DocAnnotations, next: Annotation[]): Promise<void> {
    await writeAnnotations(state, next, this.log, this.corrupt);
    this.writes++;
    this.reanchorOpen(state);
  }

  // ------------------------------------------------------------------ for renames (annotationRenames.ts)

  detach(doc: vscode.Uri): DocAnnotations | undefined { const held = this.docs.get(key(doc)); this.docs.delete(key(doc)); return held; }
  attach(doc: vscode.Uri, state: DocAnnotations): void { this.docs.set(key(doc), state); }
  notify(doc: vscode.Uri): void { this.changed.fire(sourceFileUri(doc)); }

  dispose(): void { for (const d of this.disposables) d.dispose(); }
}
